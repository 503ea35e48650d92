"""Scores the intake's JSON answers (``telvalid ingest --json``) against the truth of a field set."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass, field
from typing import Any

CHANNELS = ("post", "email", "fax", "phone")
TYPED_CARRIERS = frozenset({"cover_letter", "fax_cover"})
LAYOUT_KEYS = ("label", "case", "colon", "stacked", "boxed", "logo", "position", "font", "size_pt")


@dataclass
class Ratio:
    hit: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.hit += int(ok)
        self.total += 1

    def __str__(self) -> str:
        if not self.total:
            return "-"
        return f"{self.hit}/{self.total} {100 * self.hit / self.total:.0f}%"


@dataclass
class WrongPage:
    file: str
    page: int
    kind: str
    channel: str
    truth: str
    got: str
    review_reason: str
    needs_review: bool = False


@dataclass
class PageResult:
    file: str
    page: int
    day: int
    channel: str
    truth: dict[str, Any]
    got: str | None
    review_reason: str
    separator: bool
    blank: bool
    needs_review: bool = False


@dataclass
class Report:
    """The figures of one run; figures[name][channel or 'all'] is a Ratio."""

    files: int = 0
    pages: int = 0
    wrong: list[WrongPage] = field(default_factory=list)
    figures: dict[str, dict[str, Ratio]] = field(default_factory=dict)
    form_by_layout: dict[str, dict[str, Ratio]] = field(default_factory=dict)
    split_without_number: dict[str, int] = field(default_factory=dict)
    rejected: list[str] = field(default_factory=list)
    ingest_seconds: float = 0.0
    with_export: bool = True

    @property
    def pages_per_minute(self) -> float:
        return 60 * self.pages / self.ingest_seconds if self.ingest_seconds else 0.0

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["pages_per_minute"] = round(self.pages_per_minute, 1)
        data["figures"] = {k: {c: str(r) for c, r in v.items()} for k, v in self.figures.items()}
        data["form_by_layout"] = {k: {c: str(r) for c, r in v.items()} for k, v in self.form_by_layout.items()}
        return data


def page_results(truth: list[dict[str, Any]], answers: dict[str, dict[str, Any]]) -> list[PageResult]:
    """One row per page of the truth, with what the intake did with it (answers: file name -> JSON object)."""
    rows: list[PageResult] = []
    for entry in truth:
        answer = answers.get(entry["file"], {})
        number: dict[int, tuple[str | None, str, bool]] = {}
        for submission in answer.get("submissions") or []:
            found = (
                submission.get("procedure_number"),
                submission.get("review_reason") or "",
                bool(submission.get("needs_review")),
            )
            for page in submission.get("pages") or []:
                number[int(page)] = found
        separators = {int(p) for p in answer.get("separator_pages") or []}
        blanks = {int(p) for p in answer.get("blank_pages") or []}
        for index, page in enumerate(entry["pages"], start=1):
            got, reason, review = number.get(index, (None, "", False))
            rows.append(
                PageResult(
                    entry["file"],
                    index,
                    entry["day"],
                    entry["channel"],
                    page,
                    got,
                    reason,
                    index in separators,
                    index in blanks,
                    review,
                )
            )
    return rows


class _Figures:
    def __init__(self) -> None:
        self.data: dict[str, dict[str, Ratio]] = defaultdict(lambda: defaultdict(Ratio))

    def add(self, name: str, channel: str, ok: bool) -> None:
        self.data[name]["all"].add(ok)
        self.data[name][channel].add(ok)


def _envelopes(rows: list[PageResult]) -> dict[str, list[PageResult]]:
    envelopes: dict[str, list[PageResult]] = defaultdict(list)
    for row in rows:
        if row.truth["envelope"] is not None:
            envelopes[row.truth["envelope"]].append(row)
    return envelopes


def _document_pages(pages: list[PageResult]) -> list[PageResult]:
    return [p for p in pages if p.truth["kind"] not in {"blank", "separator"}]


def _all_read(pages: list[PageResult]) -> bool:
    docs = _document_pages(pages)
    return bool(docs) and all(p.got == p.truth["dossier"] for p in docs)


def score(truth: list[dict[str, Any]], answers: dict[str, dict[str, Any]]) -> Report:
    rows = page_results(truth, answers)
    report = Report(files=len(truth), pages=len(rows))
    report.rejected = sorted(f for f, a in answers.items() if a.get("status") == "rejected")
    figures = _Figures()
    layout: dict[str, dict[str, Ratio]] = defaultdict(lambda: defaultdict(Ratio))
    for row in rows:
        kind, dossier = row.truth["kind"], row.truth["dossier"]
        if dossier is not None and row.got is not None and row.got != dossier:
            report.wrong.append(
                WrongPage(row.file, row.page, kind, row.channel, dossier, row.got, row.review_reason, row.needs_review)
            )
        if kind == "form":
            ok = row.got == dossier
            figures.add("form pages read", row.channel, ok)
            for key in LAYOUT_KEYS:
                layout[key][str(row.truth["layout"][key])].add(ok)
        if kind not in {"separator", "blank"} and dossier is not None:
            figures.add("pages that got their number", row.channel, row.got == dossier)
        if kind in TYPED_CARRIERS and row.truth["number_on_page"] != "none":
            # The letter itself, whatever became of the rest of its envelope (an e-mail's other attachments).
            figures.add("typed cover letter pages read", row.channel, row.got == dossier)
        if kind == "separator":
            figures.add(f"separators found: {row.truth['separator_kind']}", row.channel, row.separator)
            figures.add("separators found (all kinds)", row.channel, row.separator)
        elif kind == "decoy_barcode_page":
            figures.add("decoy pages taken for separators", row.channel, row.separator)
        elif row.separator:
            figures.add("other pages taken for separators", row.channel, True)
        if kind == "blank":
            figures.add("blank pages found", row.channel, row.blank)
        elif row.blank:
            figures.add("written pages taken for blank", row.channel, True)
    _envelope_figures(rows, figures, report)
    report.figures = {name: dict(values) for name, values in figures.data.items()}
    report.form_by_layout = {key: dict(sorted(values.items())) for key, values in layout.items()}
    return report


def _envelope_figures(rows: list[PageResult], figures: _Figures, report: Report) -> None:
    envelopes = _envelopes(rows)
    first_day: dict[str, list[PageResult]] = defaultdict(list)
    for pages in envelopes.values():
        if pages[0].day == 1:
            first_day[pages[0].truth["dossier"]].extend(pages)
    without = {"stayed unsorted": 0, "joined": 0, "wrong number": 0, "partly joined": 0}
    for pages in envelopes.values():
        carriers = {p.truth["kind"] for p in pages if p.truth["number_on_page"] != "none"}
        channel = pages[0].channel
        if carriers and carriers <= TYPED_CARRIERS:
            figures.add("typed cover letters read (envelopes)", channel, _all_read(pages))
        elif carriers == {"handwritten_letter"}:
            figures.add("handwritten letters read (envelopes)", channel, _all_read(pages))
        dossier = pages[0].truth["dossier"]
        if pages[0].day != 2 or dossier not in first_day:
            continue
        if carriers:
            first_ok = any(p.got == dossier for p in first_day[dossier])
            figures.add("split submissions joined (with a number)", channel, first_ok and _all_read(pages))
            continue
        got = {p.got for p in _document_pages(pages)}
        if got == {None}:
            without["stayed unsorted"] += 1
        elif got - {None, dossier}:
            without["wrong number"] += 1
        elif got == {dossier}:
            without["joined"] += 1
        else:
            without["partly joined"] += 1
        figures.add("split submissions without a number that stayed unsorted", channel, got == {None})
    report.split_without_number = without
