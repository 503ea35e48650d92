"""The procedure number of an e-mail: what its subject or text says, held against its attachments' headers.

Customers write the number in the subject most often (a reply to our hold e-mail carries it:
"RE: Dossier incomplet – numéro de procédure 48151623"), and the attachments may carry it in
their headers. The typed words are exact, like a text layer; a bare "Réf." counts only for a
known procedure, as on a fax cover sheet (``trust``). One e-mail is one sending: its pages make
one submission, whatever their headers say; when the words and the headers disagree, a person
chooses (à trier), and both numbers stay visible (the text page reads one, the attachments the other).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from telvalid_desktop.intake.patterns import find_quoted_numbers, numbers_it_is_about
from telvalid_desktop.intake.separation import PlannedSubmission, ReviewFlag
from telvalid_desktop.intake.trust import Doubt, Verdict, body_verdict
from telvalid_desktop.intake.types import NumberReading, PageAnalysis, ReadMethod

SUBJECT = "subject"  # NumberReading.where of a number read in an e-mail's subject or text


def quoted_number(subject: str, body: str) -> NumberReading | None:
    """The number the subject quotes, else the one the text quotes; None when none, or several to choose from."""
    for text in (subject, body):
        found = find_quoted_numbers(text)
        about = numbers_it_is_about(text, found)
        if len(about) > 1:
            return None  # a person chooses
        if about:
            number = about.pop()
            quoting = [item for item in found if item.number == number]
            start = text.rfind("\n", 0, quoting[0].label_start) + 1
            end = text.find("\n", quoting[0].span[1])
            line = text[start : end if end >= 0 else len(text)].strip()[:200]
            reference = all(item.reference for item in quoting)
            return NumberReading(number, ReadMethod.TEXT_LAYER, 1.0, where=SUBJECT, text=line, reference=reference)
    return None


def words_verdict(quoted: NumberReading | None, known: Collection[str]) -> Verdict:
    """A number a person typed (a typo lands on another customer's procedure as easily as on none):
    once the export is loaded, it counts only for a known procedure (``known`` holds those a dossier
    holds too); without the export, as any number quoted in a letter's text."""
    if quoted is None:
        return Verdict(None, Doubt.NO_NUMBER)
    if known and quoted.number not in known:
        return Verdict(None, Doubt.UNKNOWN)
    return body_verdict(quoted, known)


def one_sending(
    placed: Sequence[tuple[PlannedSubmission, Verdict]],
    pages: Sequence[PageAnalysis],
    quoted: NumberReading | None,
    known: Collection[str],
) -> tuple[PlannedSubmission, Verdict, bool]:
    """The e-mail's single submission, its verdict, and whether the number comes from its words.

    Args:
        placed: the submissions its pages were first cut into, with their verdicts (from headers).
        pages: every page's analysis.
        quoted: the number its subject or text quotes (``quoted_number``, vouched for).
        known: procedure numbers of the manager export.
    """
    read = {verdict.number for _, verdict in placed if verdict.number is not None}
    said = words_verdict(quoted, known)
    # The words claim a number, even one no procedure has (a typo), unless it is a bare "Réf." nobody knows.
    claimed = quoted.number if quoted is not None and (said.number is not None or not quoted.reference) else None
    from_words = False
    if len(read) > 1 or (read and claimed is not None and claimed not in read):
        verdict = Verdict(None, Doubt.CONFLICTING)
    elif read:
        verdict = Verdict(read.pop(), Doubt.NONE)
    elif said.number is not None:
        verdict, from_words = said, True
    else:
        doubts = [verdict.doubt for _, verdict in placed if verdict.doubt not in (Doubt.NONE, Doubt.NO_NUMBER)]
        verdict = Verdict(None, doubts[0] if doubts else said.doubt)
    indices = tuple(sorted(index for plan, _ in placed for index in plan.pages))
    number = verdict.number
    readings = {index: pages[index].reading for index in indices}
    disagreeing = tuple(
        index for index, reading in readings.items() if number and reading is not None and reading.number != number
    )
    # One e-mail holds one sending by definition: several numbers are a conflict (above), not a missed sheet.
    flags = tuple(
        dict.fromkeys(flag for plan, _ in placed for flag in plan.flags if flag != ReviewFlag.SEVERAL_NUMBERS)
    )
    content = [index for index in indices if not pages[index].is_blank]
    plan = PlannedSubmission(indices, verdict, disagreeing, content[0] if content else None, flags, quoted=from_words)
    return plan, verdict, from_words
