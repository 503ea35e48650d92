"""The number of an e-mail: quoted in its subject or text, held against its attachments' headers."""

from __future__ import annotations

from telvalid_desktop.intake.email_number import one_sending, quoted_number
from telvalid_desktop.intake.separation import PlannedSubmission, ReviewFlag
from telvalid_desktop.intake.trust import Doubt, Verdict
from telvalid_desktop.intake.types import NumberReading, PageAnalysis, ReadMethod

A = "48151623"
B = "73920158"


def test_the_subject_first_then_the_text() -> None:
    reading = quoted_number(f"RE: Dossier incomplet – numéro de procédure {A}", f"ma procédure {B}")
    assert reading is not None and (reading.number, reading.where, reading.reference) == (A, "subject", False)
    from_text = quoted_number("Documents", f"Bonjour,\nci-joint pour le dossier n° {B}.\nMerci")
    assert from_text is not None and (from_text.number, from_text.text) == (B, f"ci-joint pour le dossier n° {B}.")
    assert quoted_number("Bonjour", "Merci de votre retour, facture 12345678") is None
    assert quoted_number(f"Dossier {A} et dossier {B}", "") is None  # two numbers: a person chooses
    reference = quoted_number(f"Réf. : {A}", "")
    assert reference is not None and reference.reference  # counts only for a known procedure (trust)


def _page(index: int, number: str | None = None, method: ReadMethod = ReadMethod.TEXT_LAYER) -> PageAnalysis:
    reading = NumberReading(number, method, 1.0) if number else None
    return PageAnalysis(index=index, reading=reading)


def _plan(pages: tuple[int, ...], number: str | None, *flags: ReviewFlag) -> tuple[PlannedSubmission, Verdict]:
    verdict = Verdict(number, Doubt.NONE if number else Doubt.NO_NUMBER)
    return PlannedSubmission(pages, verdict, (), pages[0], flags), verdict


def test_one_submission_whatever_the_headers_say() -> None:
    pages = [_page(0), _page(1, A), _page(2), _page(3, B)]
    said = NumberReading(A, ReadMethod.TEXT_LAYER, 1.0, where="subject")
    plans = [_plan((0,), None), _plan((1, 2), A), _plan((3,), B, ReviewFlag.SEVERAL_NUMBERS)]

    plan, verdict, from_words = one_sending(plans, pages, said, frozenset())
    assert (plan.pages, verdict, from_words, plan.flags) == ((0, 1, 2, 3), Verdict(None, Doubt.CONFLICTING), False, ())

    plan, verdict, from_words = one_sending(plans[:2], pages, said, frozenset())
    assert (verdict.number, from_words, plan.disagreeing) == (A, False, ())

    plan, verdict, from_words = one_sending([_plan((0, 1, 2), None)], [_page(0), _page(1), _page(2)], said, {A})
    assert (plan.pages, verdict.number, from_words, plan.quoted) == ((0, 1, 2), A, True, True)


def test_a_bare_reference_counts_only_when_known() -> None:
    reference = NumberReading(A, ReadMethod.TEXT_LAYER, 1.0, where="subject", reference=True)
    plans = [_plan((0,), None)]
    assert one_sending(plans, [_page(0)], reference, frozenset({B}))[1] == Verdict(None, Doubt.UNKNOWN)
    assert one_sending(plans, [_page(0)], reference, frozenset({A}))[1] == Verdict(A, Doubt.NONE)


def test_a_typed_number_the_export_does_not_know_files_nothing() -> None:
    typed = NumberReading(A, ReadMethod.TEXT_LAYER, 1.0, where="subject")
    alone = one_sending([_plan((0, 1), None)], [_page(0), _page(1)], typed, frozenset({B}))
    assert (alone[1], alone[2]) == (Verdict(None, Doubt.UNKNOWN), False)
    # Beside pages whose header reads another number, it still disagrees with them: a person looks.
    against = one_sending([_plan((0,), None), _plan((1,), B)], [_page(0), _page(1, B)], typed, frozenset({B}))
    assert against[1] == Verdict(None, Doubt.CONFLICTING)
    assert one_sending([_plan((0, 1), None)], [_page(0), _page(1)], typed, frozenset())[1] == Verdict(A, Doubt.NONE)
