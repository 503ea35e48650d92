"""The fictitious operator's letterhead: the demo signs its letters with it (and the tests theirs).

A real workspace has none until a lead fills in the team's own (``core.correspondence.letterhead``).
"""

from __future__ import annotations

from telvalid_desktop.core.correspondence.letterhead import Letterhead

DEMO_LETTERHEAD = Letterhead(
    company="Nuvéa Télécom",
    address=("Service Validation Téléphonie", "2 rue des Frères Lumière", "BP 80157", "59053 Roubaix Cedex 1"),
    city="Roubaix",
    email="validation.telephonie@nuvea-telecom.fr",
    legal=(
        "Nuvéa Télécom SAS au capital de 10 174 560 € – 2 rue des Frères Lumière 59100 Roubaix – "
        "RCS Lille Métropole 512 340 987 – TVA FR 22 512 340 987"
    ),
    signature="Le Service Validation Téléphonie",
)
