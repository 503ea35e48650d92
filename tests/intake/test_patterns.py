"""The label + number pattern: every label variant and OCR mangling read, every trap refused."""

from __future__ import annotations

import pytest

from telvalid_desktop.intake.patterns import (
    find_labelled_numbers,
    find_quoted_numbers,
    normalise_digits,
    numbers_it_is_about,
)

NUMBER = "48151623"


def numbers(text: str) -> list[str]:
    return [found.number for found in find_labelled_numbers(text)]


@pytest.mark.parametrize(
    "label",
    [
        "Numéro de procédure",
        "Numéro de procédure :",
        "NUMÉRO DE PROCÉDURE :",
        "NUMERO DE PROCEDURE",
        "numero de procedure:",
        "N° de procédure",
        "N° de procédure :",
        "N°de procédure",
        "Nº de procédure",
        "No de procédure",
        "No. de procédure",
        "N o de procédure",
        "N. de procédure",
        "Procédure n°",
        "Procédure n° :",
        "Procédure N°:",
        "PROCÉDURE N°",
        "Procedure number",
        "Procedure number:",
        "PROCEDURE NUMBER",
        "Procedure no.",
        "Numéro procédure",
        "Numéro de procédure -",
        "Numéro de procédure ;",
        "Numéro de procédure =",
    ],
)
def test_every_label_variant(label: str) -> None:
    assert numbers(f"{label} {NUMBER}") == [NUMBER]


@pytest.mark.parametrize(
    "label",
    [
        "Num6ro de proc6dure",
        "Numcro de procédurc",
        "Num éro de proc édure",
        "Numéro de Proc édure",
        "Numero de procedure",
        "Numér0 de pr0cédure",
        "N' de procédure",
        "N* de procédure",
        "N“ de procédure",
        "N0 de procédure",
        "n ° de procédure",
        "Nº de proc6dure",
        "Procédure n'",
        "Procédure n *",
        "Procédure n",
        "Proc édure n°",
        "Procedure numb er",
    ],
)
def test_ocr_mangled_labels(label: str) -> None:
    assert numbers(f"{label} : {NUMBER}") == [NUMBER]


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("48151623", "48151623"),
        ("4815l623", "48151623"),
        ("4815I623", "48151623"),
        ("4815|623", "48151623"),
        ("48I5O623", "48150623"),
        ("4815o623", "48150623"),
        ("48S51623", "48551623"),
        ("4B151623", "48151623"),
        ("48 151 623", "48151623"),
        ("4815 1623", "48151623"),
        ("123456", "123456"),
        ("0123456789", "0123456789"),
    ],
)
def test_number_repairs_only_when_unambiguous(token: str, expected: str) -> None:
    assert numbers(f"Numéro de procédure : {token}") == [expected]


@pytest.mark.parametrize(
    "token",
    [
        "12345",  # too short
        "12345678901",  # too long
        "481516231234",  # a 12-digit run is refused, never cut to 10
        "l4815162",  # look-alike at the edge of the run: not inside digits
        "4815162S",
        "48151623B",
        "48151623ABC",
        "481516 23",  # a long first group then a short one: ambiguous spacing
        "48 151 6a3",
        "48151623-01",
        "48151623/2",
        "12/03/2026",
        "12.03.2026",
        "FR7630006000011234567890189",
        "TEL-48151623-01",
        "",
    ],
)
def test_bad_number_tokens_refused(token: str) -> None:
    assert numbers(f"Numéro de procédure : {token}") == []


@pytest.mark.parametrize(
    "text",
    [
        "Réf. client : 12345678",
        "Référence client 12345678",
        "RUM : TEL-48151623-01",
        "Référence unique du mandat (RUM) : 481516230001",
        "Facture n° 2026-0451234",
        "Facture n° 20260451",
        "Page 1/2",
        "Le 12/03/2026",
        "IBAN : FR76 3000 6000 0112 3456 7890 189",
        "BIC : BNPAFRPPXXX",
        "ICS : FR12ZZZ123456",
        "Identifiant créancier SEPA : FR47ZZZ481516",
        "Tél. : 01 45 67 89 10",
        "Téléphone 0145678910",
        "12/03/2026 10:42 FAX 0145678910 P.001",
        "SIREN 512 340 987",
        "N° client : 48151623",
        "N° de facture : 48151623",
        "Dossier n° 48151623",
        "Numéro de téléphone : 0145678910",
        "Procédure de validation 48151623",  # a label word, but not the label
        "Procédures n° 48151623",
        "Numéro de procédure : voir Réf. client : 12345678",
        "Numéro de procédure :\n\nRéf. client : 12345678",
        "Numéro de procédure\n\n48151623",  # not adjacent: a blank line in between
    ],
)
def test_traps_never_taken(text: str) -> None:
    assert numbers(text) == []


def test_number_on_the_next_line() -> None:
    assert numbers("Numéro de procédure :\n48151623") == [NUMBER]
    assert numbers("Procédure n°\n  48151623 Page 1/2") == [NUMBER]


def test_header_line_with_traps_around() -> None:
    text = (
        "12/03/2026 10:42 FAX 0145678910 P.001\n"
        "Nuvéa Télécom  Page 1/2  Réf. client : 12345678\n"
        "N° de procédure : 48151623  Date : 12/03/2026\n"
        "IBAN FR76 3000 6000 0112 3456 7890 189  ICS FR12ZZZ123456"
    )
    found = find_labelled_numbers(text)
    assert [f.number for f in found] == [NUMBER]
    assert text[found[0].span[0] : found[0].span[1]] == NUMBER
    assert found[0].label == "N° de procédure"
    assert text[found[0].label_start :].startswith("N° de procédure")


def test_number_followed_by_a_date_or_words() -> None:
    assert numbers("Numéro de procédure : 48151623 12/03/2026") == [NUMBER]
    assert numbers("Numéro de procédure : 48151623 Page 1/2") == [NUMBER]
    assert numbers("Numéro de procédure : 48151623, merci") == [NUMBER]
    assert numbers("Numéro de procédure : 48151623.") == [NUMBER]


def test_cover_letter_sentence() -> None:
    text = "Objet : Complément de dossier – procédure n° 48151623\nMadame, Monsieur,"
    assert numbers(text) == [NUMBER]


def test_several_labels_all_returned_in_order() -> None:
    text = "Numéro de procédure : 48151623\nProcédure n° 99887766"
    assert numbers(text) == [NUMBER, "99887766"]


def test_label_inside_a_word_is_not_a_label() -> None:
    assert numbers("Bono de procédure 48151623") == []


@pytest.mark.parametrize(
    ("token", "expected"),
    [("48151623", "48151623"), ("4815l623", "48151623"), ("48 151 623", "48151623"), ("4815162a", None)],
)
def test_normalise_digits(token: str, expected: str | None) -> None:
    assert normalise_digits(token) == expected


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\t"])
def test_unusual_spaces(space: str) -> None:
    text = f"Numéro de procédure{space}:{space}{NUMBER}"
    found = find_labelled_numbers(text)
    assert [f.number for f in found] == [NUMBER]
    assert text[found[0].span[0] : found[0].span[1]] == NUMBER


@pytest.mark.parametrize(
    "text",
    ["Nr procédure : 48151623", "N de procédure ° 48151623 R", "Procédure n° ' 48151623", "N° de procédure ‘ 48151623"],
)
def test_a_drifted_degree_sign_or_a_speck_read_as_a_quote_does_not_hide_the_number(text: str) -> None:
    assert numbers(text) == [NUMBER]


def test_a_letter_quoting_the_number_in_brackets_is_read() -> None:
    text = "Objet : Envoi des documents (procédure 48151623)\nMadame, Monsieur,"
    assert [found.number for found in find_quoted_numbers(text)] == [NUMBER]


def test_a_closing_bracket_without_its_opening_one_may_be_a_misread_digit() -> None:
    assert find_quoted_numbers("mon dossier 4815162)") == []


def test_of_several_numbers_a_letter_quotes_its_subject_line_names_the_one_it_is_about() -> None:
    text = "Re: procedure 00719306 - missing documents\nMa précédente procédure n° 00719206 a été remplacée."
    quoted = find_quoted_numbers(text)
    assert {found.number for found in quoted} == {"00719306", "00719206"}
    assert numbers_it_is_about(text, quoted) == {"00719306"}


def test_of_several_numbers_a_letter_quotes_the_one_it_calls_previous_is_not_the_one_it_is_about() -> None:
    text = (
        "Objet : Complément de dossier\n"
        "Veuillez trouver les pièces concernant mon dossier n° 873079.\n"
        "Ma précédente procédure n° 873071 comportait une erreur et a été remplacée."
    )
    assert numbers_it_is_about(text, find_quoted_numbers(text)) == {"873079"}


def test_a_letter_quoting_two_numbers_without_saying_which_is_left_to_a_person() -> None:
    text = "Concernant mon dossier n° 873079 et la procédure 873071, merci."
    assert numbers_it_is_about(text, find_quoted_numbers(text)) == {"873079", "873071"}


@pytest.mark.parametrize("text", ["Réf. : 873071", "Réf : 873071", "Ref. 873071", "Référence : 873071", "RÉF.: 873071"])
def test_a_fax_cover_sheets_bare_reference_is_quoted_as_a_reference(text: str) -> None:
    quoted = find_quoted_numbers(f"Date : 19/12/2026\n{text}\nPages : 4")
    assert [(found.number, found.reference) for found in quoted] == [("873071", True)]


@pytest.mark.parametrize("text", ["Réf. client 2663146", "N/Réf. : 873071", "V/Réf : 873071", "Préf. 873071"])
def test_a_firms_own_reference_or_a_client_reference_is_not_quoted(text: str) -> None:
    assert find_quoted_numbers(text) == []


def test_a_procedure_label_is_not_a_reference() -> None:
    assert [found.reference for found in find_quoted_numbers("Réf. dossier n° 873071")] == [False]


def test_a_bold_colon_read_as_a_guillemet_does_not_hide_the_number() -> None:
    assert numbers("N° de procédure » 541879583") == ["541879583"]
    stacked = "Facture n° 20261208 No de procédure «\n00444220"
    boxes = [None if char in " \n" else (10 * i, 0, 10 * i + 9, 20) for i, char in enumerate(stacked)]
    line_two = stacked.index("\n") + 1
    for offset in range(len(stacked) - line_two):  # the number stands under the label
        boxes[line_two + offset] = (200 + 10 * offset, 30, 209 + 10 * offset, 50)
    assert [found.number for found in find_labelled_numbers(stacked, boxes)] == ["00444220"]


def test_a_label_whose_first_letter_was_lost_at_the_lines_start_is_read() -> None:
    assert numbers("rocedure number: 42764089") == ["42764089"]
    assert numbers("Ma procédure est close. Corocedure 42764089") == []
