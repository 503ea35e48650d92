"""The plan of a field set: customers, their envelopes over two days, and the files the intake receives."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from tests.fieldset.forms import FormLayout, random_layout
from tests.fieldset.people import Customer, make_customer, neighbour, procedure_numbers
from tests.fieldset.spec import FileSpec, PageSpec

CUSTOMERS = {"small": 10, "full": 100}
COMPLEMENTS = {"typed_letter": 3, "handwritten": 2, "fax_cover": 2, "form_again": 2, "docs_only": 2}
SEPARATORS = {"patcht_code39": 3, "qr": 1, "patch_bars": 1, "app_sheet": 2, "mixed": 1, "none": 2}
SINGLE_KINDS = ("patcht_code39", "qr", "patch_bars", "app_sheet")


def deck(rng: random.Random, weights: dict[str, int], count: int) -> list[str]:
    """count draws in the weights' proportions (each option at least once when count allows), shuffled."""
    total = sum(weights.values())
    cards = [option for option, weight in weights.items() for _ in range(max(1, round(weight * count / total)))]
    while len(cards) < count:
        cards.append(rng.choices(list(weights), list(weights.values()))[0])
    rng.shuffle(cards)
    return cards[:count]


def opening_deck(rng: random.Random, weights: dict[str, int], count: int) -> list[str]:
    """Every option once first (shuffled), then weighted draws: a small set still sees each option."""
    first = list(weights)
    rng.shuffle(first)
    return first + deck(rng, weights, max(0, count - len(first)))


@dataclass
class Envelope:
    ident: str
    customer: Customer
    day: int
    channel: str
    pages: list[PageSpec] = field(default_factory=list)
    complement: str = ""  # empty for a first sending


@dataclass
class Plan:
    customers: list[Customer]
    envelopes: list[Envelope]
    files: list[FileSpec]
    export_extra: list[str]


class Planner:
    """Draws everything from one seeded random source, so a seed gives the same set every time."""

    def __init__(self, seed: int, scale: str, app_pdf: str | None) -> None:
        self.rng = random.Random(seed)
        self.scale = scale
        self.app_pdf = app_pdf
        self.envelopes: list[Envelope] = []
        self.files: list[FileSpec] = []
        self._counters: dict[str, int] = {}
        self.sep_modes = iter(opening_deck(self.rng, SEPARATORS, 400))
        self.duplex = iter(opening_deck(self.rng, {"duplex": 3, "simplex": 7}, 400))
        self.decoys = iter(opening_deck(self.rng, {"decoy": 1, "clean": 7}, 2000))

    def seed(self) -> int:
        return self.rng.randrange(2**31)

    def page(self, kind: str, env: Envelope | None, **kwargs: object) -> PageSpec:
        cust = env.customer if env is not None else None
        spec = PageSpec(
            kind=kind,
            envelope=env.ident if env is not None else None,
            dossier=cust.number if cust is not None else None,
            customer=cust,
            seed=self.seed(),
        )
        for key, value in kwargs.items():
            setattr(spec, key, value)
        return spec

    # ----- customers and envelopes -----
    def run(self) -> Plan:
        rng = self.rng
        count = CUSTOMERS.get(self.scale, CUSTOMERS["small"])
        numbers = procedure_numbers(rng, count)
        customers = [make_customer(f"c{k + 1:03d}", number, rng) for k, number in enumerate(numbers)]
        extra: set[str] = set()
        for cust in customers:
            cust.decoys = [neighbour(cust.number, rng)]
            extra.update(cust.decoys)
        extra.update(f"{rng.randrange(10**7, 10**8)}" for _ in range(count // 2 + 3))
        channels = deck(rng, {"post": 12, "email": 4, "fax": 2, "phone": 2}, count)
        splits = deck(rng, {"split": 3, "whole": 7} if self.scale == "full" else {"split": 5, "whole": 7}, count)
        modes = iter(opening_deck(rng, COMPLEMENTS, count))
        layouts = [random_layout(rng) for _ in customers]
        for cust, channel, split, layout in zip(customers, channels, splits, layouts, strict=True):
            self._customer(cust, channel, layout, next(modes) if split == "split" else "")
        for day in (1, 2):
            self._files(day)
        return Plan(customers, self.envelopes, self.files, sorted(extra - set(numbers)))

    def _customer(self, cust: Customer, channel: str, layout: FormLayout, complement: str) -> None:
        rng = self.rng
        docs = ["id_card" if rng.random() < 0.7 else "passport"]
        if cust.payment == "direct_debit" or rng.random() < 0.5:
            docs.append("rib")
        if cust.payment == "cheque":
            docs.append("cheque")
        if cust.company:
            docs.append("kbis")
        if rng.random() < 0.3:
            docs.append("proof_of_address")
        rng.shuffle(docs)
        form_pages = rng.choices((1, 2, 3), (3, 5, 2))[0]
        first_day = 1 if complement or rng.random() < 0.75 else 2
        first = Envelope(f"e{len(self.envelopes) + 1:03d}", cust, first_day, channel)
        self.envelopes.append(first)
        later: list[str] = []
        if complement:
            keep = rng.randint(0, len(docs) - 1)
            docs, later = docs[:keep], docs[keep:]
        self._fill_first(first, layout, form_pages, docs)
        if complement:
            second = Envelope(f"e{len(self.envelopes) + 1:03d}", cust, 2, self._complement_channel(complement))
            second.complement = complement
            self.envelopes.append(second)
            self._fill_complement(second, layout, form_pages, later)

    def _complement_channel(self, mode: str) -> str:
        roll = self.rng.random()
        if mode == "fax_cover":
            return "fax" if roll < 0.85 else "post"
        if mode == "typed_letter":
            return "post" if roll < 0.6 else "email"
        if mode == "handwritten":
            return "post" if roll < 0.7 else "phone"
        if mode == "form_again":
            return "post" if roll < 0.6 else ("email" if roll < 0.8 else "fax")
        return "post" if roll < 0.7 else ("phone" if roll < 0.85 else "email")

    def _form(self, env: Envelope, layout: FormLayout, pages: int) -> list[PageSpec]:
        signed = env.channel != "email" or self.rng.random() < 0.3
        return [
            self.page(
                "form",
                env,
                number_on_page="header",
                layout=layout,
                params={"page_no": k, "pages": pages, "signed": signed},
            )
            for k in range(1, pages + 1)
        ]

    def _docs(self, env: Envelope, docs: list[str]) -> list[PageSpec]:
        return [self.page(kind, env) for kind in docs]

    def _fill_first(self, env: Envelope, layout: FormLayout, form_pages: int, docs: list[str]) -> None:
        form = self._form(env, layout, form_pages)
        documents = self._docs(env, docs)
        env.pages = form + documents if self.rng.random() < 0.85 else documents + form
        self._maybe_decoy(env)

    def _fill_complement(self, env: Envelope, layout: FormLayout, form_pages: int, docs: list[str]) -> None:
        rng = self.rng
        documents = self._docs(env, docs)
        mode = env.complement
        lead: list[PageSpec] = []
        if mode == "typed_letter":
            where = rng.choice(("subject", "subject", "body"))
            params = {
                "where": where,
                "english": rng.random() < 0.2,
                "old_number": env.customer.decoys[0] if rng.random() < 0.07 else "",
            }
            lead = [self.page("cover_letter", env, number_on_page=where, params=params)]
        elif mode == "handwritten":
            lead = [self.page("handwritten_letter", env, number_on_page="handwritten")]
        elif mode == "fax_cover":
            lead = [self.page("fax_cover", env, number_on_page="subject", params={"pages": len(documents) + 1})]
        elif mode == "form_again":
            lead = self._form(env, layout, form_pages)
        if lead and documents and mode != "form_again" and rng.random() < 0.25:
            env.pages = documents[:1] + lead + documents[1:]  # the letter behind the ID card
        else:
            env.pages = lead + documents
        self._maybe_decoy(env)

    def _maybe_decoy(self, env: Envelope) -> None:
        if next(self.decoys) == "decoy":
            decoy = self.rng.choice(("asn", "qr", "code39", "rules"))
            spot = self.rng.randint(1, len(env.pages))
            env.pages.insert(spot, self.page("decoy_barcode_page", env, params={"decoy": decoy}))

    # ----- files -----
    def _name(self, day: int, stem: str, ext: str) -> str:
        key = f"{day}-{stem}"
        self._counters[key] = self._counters.get(key, 0) + 1
        return f"day{day}/{stem}-{self._counters[key]:03d}.{ext}"

    def _files(self, day: int) -> None:
        rng = self.rng
        todays = [env for env in self.envelopes if env.day == day]
        posted = [env for env in todays if env.channel == "post"]
        rng.shuffle(posted)
        while posted:
            if rng.random() < 0.2 or len(posted) == 1:
                self._scan_file(day, [posted.pop()], "none")
            else:
                size = min(len(posted), rng.randint(2, 7))
                group, posted = posted[:size], posted[size:]
                mode = next(self.sep_modes)
                self._scan_file(day, group, mode)
        for env in todays:
            if env.channel == "fax":
                self._fax_file(day, env)
            elif env.channel == "email":
                self._email_files(day, env)
            elif env.channel == "phone":
                self._phone_files(day, env)

    def _orient(self, pages: list[PageSpec], *, sideways: float) -> None:
        rng = self.rng
        upside_down = rng.random() < 0.04
        for page in pages:
            if page.kind in {"blank", "separator"}:
                continue
            roll = rng.random()
            turn_odds = sideways * (3 if page.kind in {"cheque", "id_card", "passport"} else 1)
            if upside_down or roll < 0.04:
                page.orientation = 180
            elif roll < 0.04 + turn_odds:
                page.orientation = rng.choice((90, 270))

    def _separator(self, kind: str) -> PageSpec:
        if kind == "app_sheet" and not self.app_pdf:
            kind = "patcht_code39"
        params: dict[str, object] = {"separator_kind": kind}
        if kind == "app_sheet":
            params["app_pdf"] = self.app_pdf
        orientation = 180 if self.rng.random() < 0.3 else 0
        return self.page("separator", None, separator_kind=kind, params=params, orientation=orientation)

    def _scan_file(self, day: int, group: list[Envelope], mode: str) -> None:
        rng = self.rng
        profile = rng.choices(("grey300", "bw200", "bw300"), (5, 4, 2))[0]
        tiff = rng.random() < (0.1 if profile == "grey300" else 0.4)
        duplex = next(self.duplex) == "duplex"
        pages: list[PageSpec] = []
        before_first = rng.random() < 0.3
        for index, env in enumerate(group):
            self._orient(env.pages, sideways=0.02)
            if mode != "none" and (index > 0 or before_first):
                kind = rng.choice(SINGLE_KINDS) if mode == "mixed" else mode
                sheets = [self._separator(kind)]
                if duplex:
                    sheets.append(self.page("blank", None, params={"bleed": False}))
                pages += sheets
            for page in env.pages:
                pages.append(page)
                if duplex and rng.random() < 0.6:
                    pages.append(self.page("blank", env, params={"bleed": rng.random() < 0.3}))
        stem = "batch" if len(group) > 1 else "scan"
        name = self._name(day, stem, "tif" if tiff else "pdf")
        self.files.append(FileSpec(name, day, "post", "tiff" if tiff else "pdf", profile, pages, self.seed()))

    def _fax_file(self, day: int, env: Envelope) -> None:
        self._orient(env.pages, sideways=0.0)
        tiff = self.rng.random() < 0.7
        name = self._name(day, "fax", "tif" if tiff else "pdf")
        self.files.append(FileSpec(name, day, "fax", "tiff" if tiff else "pdf", "fax", env.pages, self.seed()))

    def _email_files(self, day: int, env: Envelope) -> None:
        rng = self.rng
        digital = {"form": 1.0, "cover_letter": 1.0, "rib": 0.5, "kbis": 0.7, "proof_of_address": 0.6}
        for page in env.pages:
            if rng.random() < digital.get(page.kind, 0.0):
                page.profile = "digital"
            else:
                page.profile = rng.choice(("grey200", "grey300", "photo"))
                page.orientation = rng.choice((0, 0, 0, 0, 90)) if page.profile != "photo" else 0
        if rng.random() < 0.6:
            name = self._name(day, "mail", "pdf")
            self.files.append(FileSpec(name, day, "email", "pdf", "digital", env.pages, self.seed()))
            return
        chunks: list[list[PageSpec]] = []
        for page in env.pages:
            if chunks and page.kind == chunks[-1][0].kind == "form":
                chunks[-1].append(page)
            else:
                chunks.append([page])
        for chunk in chunks:
            name = self._name(day, "mail", "pdf")
            self.files.append(FileSpec(name, day, "email", "pdf", "digital", chunk, self.seed()))

    def _phone_files(self, day: int, env: Envelope) -> None:
        self._orient(env.pages, sideways=0.12)
        if self.rng.random() < 0.35:
            name = self._name(day, "photos", "pdf")
            self.files.append(FileSpec(name, day, "phone", "pdf", "photo", env.pages, self.seed()))
            return
        for page in env.pages:
            name = self._name(day, "photo", "jpg")
            self.files.append(FileSpec(name, day, "phone", "jpg", "photo", [page], self.seed()))
