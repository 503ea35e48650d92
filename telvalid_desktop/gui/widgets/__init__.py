"""Reusable widgets, one class per module (STYLE 18)."""
