"""What the planner decides and the renderer draws: files, pages and each page's truth."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tests.fieldset.forms import FormLayout
from tests.fieldset.people import Customer

CHEQUE_MM = (175.0, 80.0)


@dataclass
class PageSpec:
    """One page: how to draw it, how it is captured, and its truth."""

    kind: str
    envelope: str | None
    dossier: str | None
    number_on_page: str = "none"
    customer: Customer | None = None
    layout: FormLayout | None = None
    params: dict[str, Any] = field(default_factory=dict)
    orientation: int = 0  # clockwise rotation of the content in the file
    separator_kind: str | None = None
    profile: str = ""  # per-page capture (e-mails mix digital pages and attached scans); empty: the file's
    seed: int = 0

    def truth(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "kind": self.kind,
            "dossier": self.dossier,
            "envelope": self.envelope,
            "number_on_page": self.number_on_page,
            "separator_kind": self.separator_kind,
            "orientation": self.orientation,
        }
        if self.layout is not None:
            data["layout"] = self.layout.truth()
        if "decoy" in self.params:
            data["decoy_kind"] = self.params["decoy"]
        if self.profile:
            data["capture"] = self.profile
        return data


@dataclass
class FileSpec:
    """One file as it reaches the intake."""

    name: str  # relative to the set's root, e.g. day1/batch-003.pdf
    day: int
    channel: str  # post | email | fax | phone
    container: str  # pdf | tiff | jpg
    profile: str  # grey300 | grey200 | bw200 | bw300 | fax | photo | digital
    pages: list[PageSpec]
    seed: int = 0

    def truth(self) -> dict[str, Any]:
        return {
            "file": self.name,
            "day": self.day,
            "channel": self.channel,
            "capture": self.profile,
            "pages": [page.truth() for page in self.pages],
        }
