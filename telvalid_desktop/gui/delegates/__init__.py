"""Item delegates: how special cells are painted (badges)."""
