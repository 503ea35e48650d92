"""`telvalid ingest` on e-mail files (.eml, Outlook .msg): one e-mail, one submission on the e-mail channel.

The e-mails are written by tests/generator/emails.py with the manager's form, a RIB and ID card
from the samples: real headers with known numbers, a phone photo, a forwarded message, a ZIP of
scans, non-ASCII names and subjects, a signature logo, a program and a broken PDF attached.
"""

from __future__ import annotations

import json
import random
from email.message import EmailMessage
from pathlib import Path

import pytest

from telvalid_desktop import cli
from telvalid_desktop.core.workspace import open_workspace
from telvalid_desktop.db.models import Page, ReceivedEmail, StoredFile
from telvalid_desktop.samples.bank_documents import rib_pdf
from telvalid_desktop.samples.customers import random_customer
from telvalid_desktop.samples.identity_documents import id_card_pdf
from telvalid_desktop.samples.procedure_form import form_pdf
from tests.generator.emails import (
    Attached,
    eml,
    locked_pdf,
    oversized_png,
    pdf,
    photo_of,
    reply_subject,
    scans_zip,
    write_eml,
    write_msg,
)

A = "48151623"
B = "73920158"

pytestmark = pytest.mark.tesseract


def ingest(capsys: pytest.CaptureFixture[str], workspace: Path, *paths: Path) -> tuple[int, list[dict]]:
    code = cli.main(["--workspace", str(workspace), "ingest", "--json", "--workers", "0", *map(str, paths)])
    lines = capsys.readouterr().out.splitlines()
    return code, [json.loads(line) for line in lines if line.startswith("{")]


@pytest.fixture(scope="module")
def documents() -> dict[str, bytes]:
    rng = random.Random(18)
    customer = random_customer(rng)
    return {
        "form": form_pdf(A, customer=customer, rng=rng),
        "rib": rib_pdf(customer, rng),
        "id": id_card_pdf(customer, rng),
        "other_form": form_pdf(B, pages=1, rng=rng),
    }


def test_a_reply_with_everything_attached_is_one_submission(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], documents: dict[str, bytes]
) -> None:
    forwarded = eml(
        "Mon RIB", "Voici le RIB de ma banque.", [pdf("RIB banque.pdf", documents["rib"])], message_id="<f@x>"
    )
    message = eml(
        reply_subject(A) + " – pièces jointes été",  # RFC 2047 (non-ASCII)
        f"Bonjour,\nveuillez trouver mes pièces.\nCordialement\n\n> Dossier incomplet – numéro de procédure {A}",
        [
            photo_of(documents["id"], "Photo carte d'identité.jpg", seed=1),
            pdf("formulaire signé – procédure.pdf", documents["form"]),  # RFC 2231 file name
            forwarded,
            scans_zip("scans.zip", documents["rib"], seed=2),
            Attached("facture.exe", b"MZ\x90\x00" + b"\0" * 200, "application/octet-stream"),
            Attached("relevé cassé.pdf", documents["form"][: len(documents["form"]) // 3], "application/pdf"),
        ],
        logo=True,
    )
    path = write_eml(tmp_path, "réponse client.eml", message)

    code, [outcome] = ingest(capsys, tmp_path / "ws", path)

    assert code == 0 and outcome["status"] == "imported"
    email = outcome["email"]
    assert email["from"] == "Jérôme Dupré <jerome.dupre@example.fr>"
    assert email["subject"].startswith(f"RE: Dossier incomplet – numéro de procédure {A}")
    assert (email["date"], email["message_id"], email["number_quoted"]) == (
        "2026-03-09T08:41:05Z",
        "<reply-1@example.fr>",
        A,
    )
    # The text page, the photo, the form's 2 pages, the forwarded RIB, the ZIP's scans in name order.
    rib_pages = [attachment["pages"] for attachment in email["attachments"] if attachment["name"] == "RIB banque.pdf"][
        0
    ]
    names = [attachment["name"] for attachment in email["attachments"]]
    assert names == [
        "Photo carte d'identité.jpg",
        "formulaire signé – procédure.pdf",
        "RIB banque.pdf",
        "scans.zip › scan-001.jpg",
        *(["scans.zip › scan-002.jpg"] if len(rib_pages) > 1 else []),
    ]
    assert email["text_pages"] == 1 and email["attachments"][0]["pages"] == [2]
    assert [s["pages"] for s in outcome["submissions"]] == [list(range(1, outcome["page_count"] + 1))]
    [submission] = outcome["submissions"]
    assert (submission["procedure_number"], submission["needs_review"]) == (A, False)
    left = {item["name"]: item for item in email["left_out"]}
    assert {name: item["reason"] for name, item in left.items()} == {
        "logo.png": "email_inline_image",
        "facture.exe": "email_forbidden_type",
        "relevé cassé.pdf": "damaged",
    }
    assert left["logo.png"]["quarantine_path"] is None
    for name in ("facture.exe", "relevé cassé.pdf"):
        kept = Path(left[name]["quarantine_path"])
        assert kept.is_file() and "du courriel réponse client.eml" in Path(f"{kept}.txt").read_text(encoding="utf-8")

    workspace = open_workspace(tmp_path / "ws")
    stored = StoredFile.get()
    assert (stored.channel, stored.original_name) == ("email", "réponse client.eml")
    received = ReceivedEmail.get()
    assert workspace.store.path_for(received.original_sha256, "message/rfc822").read_bytes() == path.read_bytes()
    first = Page.get((Page.file == stored) & (Page.index == 0))
    assert (first.number_read, first.read_where) == (A, "subject")
    workspace.close()

    # The same message again (another copy of it, other bytes): a duplicate, nothing imported twice.
    message.replace_header("To", "autre.adresse@nuvea-telecom.fr")
    again = write_eml(tmp_path, "copie.eml", message)
    quarantined = sorted((tmp_path / "ws").rglob("*"))
    code, [duplicate] = ingest(capsys, tmp_path / "ws", again)
    assert sorted((tmp_path / "ws").rglob("*")) == quarantined  # its attachments are not set aside twice
    assert duplicate["status"] == "duplicate" and duplicate["duplicate_of"] == str(path)
    assert duplicate["submissions"] == outcome["submissions"] and duplicate["email"] == email


def test_subject_and_headers_disagree_it_is_left_to_sort_with_both_numbers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], documents: dict[str, bytes]
) -> None:
    message = eml(reply_subject(A), "Voici le formulaire.", [pdf("form.pdf", documents["other_form"])])
    code, [outcome] = ingest(capsys, tmp_path / "ws", write_eml(tmp_path, "m.eml", message))
    [submission] = outcome["submissions"]
    assert (submission["procedure_number"], submission["review_reason"]) == (None, "conflicting_numbers")
    assert submission["pages"] == [1, 2]
    workspace = open_workspace(tmp_path / "ws")
    assert [page.number_read for page in Page.select().order_by(Page.index)] == [A, B]
    workspace.close()


def test_an_outlook_message_is_one_submission_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], documents: dict[str, bytes]
) -> None:
    path = write_msg(
        tmp_path / "Réponse.msg",
        f"TR: complément dossier n° {A}",
        "Bonjour, voici mon RIB et mon formulaire.",
        [pdf("RIB.pdf", documents["rib"]), pdf("formulaire.pdf", documents["form"])],
        message_id="<outlook-1@example.fr>",
    )
    code, [outcome] = ingest(capsys, tmp_path / "ws", path)
    assert code == 0 and outcome["status"] == "imported"
    email = outcome["email"]
    assert (email["subject"], email["message_id"], email["number_quoted"]) == (
        f"TR: complément dossier n° {A}",
        "<outlook-1@example.fr>",
        A,
    )
    assert "jerome.dupre@example.fr" in email["from"] and email["date"] == "2026-03-09T08:41:05Z"
    assert [attachment["name"] for attachment in email["attachments"]] == ["RIB.pdf", "formulaire.pdf"]
    [submission] = outcome["submissions"]
    assert submission["procedure_number"] == A and submission["pages"] == list(range(1, outcome["page_count"] + 1))


def test_text_only_empty_and_plain_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], documents: dict[str, bytes]
) -> None:
    text_only = eml(f"Dossier {A}", "Je vous envoie les documents par la poste.", message_id="<t@x>")
    empty = EmailMessage()
    empty["From"], empty["Subject"], empty["Message-ID"] = "a@example.fr", "", "<e@x>"
    empty.add_attachment(b"MZ\x90\x00", "application", "octet-stream", filename="setup.exe")
    plain = tmp_path / "envelope.pdf"
    plain.write_bytes(documents["form"])
    paths = [write_eml(tmp_path, "texte.eml", text_only), write_eml(tmp_path, "vide.eml", empty), plain]

    code, [text, nothing, pdf_file] = ingest(capsys, tmp_path / "ws", *paths)

    assert code == 1  # one rejected, the batch went on
    assert text["page_count"] == 1 and text["submissions"][0]["procedure_number"] == A
    assert (nothing["status"], nothing["error_code"]) == ("rejected", "empty_email")
    assert "ni texte ni pièce jointe" in nothing["error"] and Path(nothing["quarantine_path"]).is_file()
    assert pdf_file["status"] == "imported" and pdf_file["email"] is None


def test_locked_and_oversized_attachments_are_quarantined_the_rest_imported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], documents: dict[str, bytes]
) -> None:
    message = eml(
        reply_subject(A),
        "Voici mes documents.",
        [
            pdf("verrouillé.pdf", locked_pdf(documents["rib"])),
            Attached("énorme.png", oversized_png(), "image/png"),
            pdf("formulaire.pdf", documents["form"]),
        ],
    )
    code, [outcome] = ingest(capsys, tmp_path / "ws", write_eml(tmp_path, "m.eml", message))
    assert code == 0 and outcome["submissions"][0]["procedure_number"] == A
    assert [item["pages"] for item in outcome["email"]["attachments"]] == [[2, 3]]
    left = {item["name"]: item for item in outcome["email"]["left_out"]}
    assert {name: item["reason"] for name, item in left.items()} == {
        "verrouillé.pdf": "encrypted",
        "énorme.png": "too_large",
    }
    note = Path(left["verrouillé.pdf"]["quarantine_path"] + ".txt").read_text(encoding="utf-8")
    assert "protégé par un mot de passe" in note and "Le reste du courriel a été importé" in note


def test_the_hot_folder_takes_e_mails_on_the_e_mail_channel(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], documents: dict[str, bytes]
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write_eml(inbox, "reponse.eml", eml(reply_subject(A), "Mon formulaire.", [pdf("f.pdf", documents["form"])]))
    code = cli.main(
        [
            "--workspace",
            str(tmp_path / "ws"),
            "watch",
            str(inbox),
            "--once",
            "--settle",
            "0",
            "--json",
            "--workers",
            "0",
        ]
    )
    [outcome] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert code == 0 and outcome["status"] == "imported" and outcome["moved_to"].endswith("reponse.eml")
    assert outcome["email"]["number_quoted"] == A and outcome["submissions"][0]["procedure_number"] == A
    workspace = open_workspace(tmp_path / "ws")
    assert StoredFile.get().channel == "email"
    workspace.close()


def test_once_the_export_is_loaded_a_typed_number_counts_only_for_a_known_procedure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], documents: dict[str, bytes]
) -> None:
    export = tmp_path / "export.csv"
    export.write_text(
        "procedure_number,created_at,account,telephony_group,customer_name,customer_type,payment_method\n"
        f"{B},2026-03-01T09:00:00Z,ab-1,grp-1,Marie Curie,individual,cheque\n",
        encoding="utf-8",
    )
    workspace = tmp_path / "ws"
    assert cli.main(["--workspace", str(workspace), "procedures", "import", str(export)]) == 0
    capsys.readouterr()
    typo = eml(f"Dossier {A}", "Bonjour, voici mon RIB.", message_id="<typo@x>")
    _, [unknown] = ingest(capsys, workspace, write_eml(tmp_path, "typo.eml", typo))
    assert [(s["procedure_number"], s["review_reason"]) for s in unknown["submissions"]] == [(None, "unknown_number")]

    form = tmp_path / "form.pdf"  # the form itself opens dossier A (its printed header is exact)
    form.write_bytes(documents["form"])
    ingest(capsys, workspace, form)
    later = eml(f"Dossier {A}", "Et voici ma pièce d'identité.", message_id="<later@x>")
    _, [held] = ingest(capsys, workspace, write_eml(tmp_path, "later.eml", later))
    assert held["submissions"][0]["procedure_number"] == A  # a dossier holds it: known as the export's
