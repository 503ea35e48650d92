"""An e-mail's files sorted before the intake: kinds told by bytes, ZIPs opened within bounds, decorations left out."""

from __future__ import annotations

import io
import sys
import zipfile
from email.message import EmailMessage
from pathlib import Path

import pymupdf
import pytest
from PIL import Image

from telvalid_desktop.core.filing.email_intake import attachment_file_name
from telvalid_desktop.intake import email_parts
from telvalid_desktop.intake.email_bundle import write_bundle
from telvalid_desktop.intake.email_parts import LeftOut, Part, sort_parts
from telvalid_desktop.intake.email_reader import EML, MSG, Attachment, email_kind, html_to_text, read_email
from telvalid_desktop.intake.errors import RejectReason, UnreadableFile
from telvalid_desktop.samples.scan_files import images_to_tiff
from tests.generator.emails import eml, logo_png, write_eml, write_msg

PDF = b"%PDF-1.4\n" + b"0" * 100


def zipped(members: dict[str, bytes], *, compression: int = zipfile.ZIP_STORED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def sorted_out(*attachments: Attachment) -> tuple[list[str], dict[str, str]]:
    parts, aside = sort_parts(attachments)
    return [part.name for part in parts], {item.name: item.reason for item in aside}


def test_files_are_told_by_their_bytes_not_their_names(tmp_path: Path) -> None:
    message = tmp_path / "scan.pdf"
    message.write_bytes(eml("Objet", "Texte").as_bytes())
    outlook = write_msg(tmp_path / "courrier.eml", "Objet", "Texte", [], message_id="<m@x>")
    text = tmp_path / "notes.eml"
    text.write_bytes(b"Subject: une seule ligne d'en-tete\n\nceci n'est pas un courriel")
    document = tmp_path / "form.eml"
    document.write_bytes(PDF)
    assert [email_kind(path) for path in (message, outlook, text, document)] == [EML, MSG, None, None]


def test_zip_members_in_name_order_and_zip_in_zip() -> None:
    inner = zipped({"b.pdf": PDF})
    names, aside = sorted_out(
        Attachment("scans.zip", zipped({"2.pdf": PDF, "1.pdf": PDF, "dossier/": b"", "z.zip": inner}))
    )
    assert names == ["scans.zip › 1.pdf", "scans.zip › 2.pdf", "scans.zip › z.zip › b.pdf"]
    assert aside == {}


def test_zip_bombs_depth_and_member_count_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    bomb = zipped({"zeros.pdf": b"\0" * (2 * 1024 * 1024)}, compression=zipfile.ZIP_DEFLATED)
    monkeypatch.setattr(email_parts, "MAX_ZIP_BYTES", 1024 * 1024)
    assert sorted_out(Attachment("bomb.zip", bomb)) == ([], {"bomb.zip": "too_large"})
    deep = zipped({"a.zip": zipped({"b.zip": zipped({"c.pdf": PDF})})})
    assert sorted_out(Attachment("deep.zip", deep))[1] == {"deep.zip › a.zip › b.zip": "too_large"}
    many = zipped({f"{index}.pdf": PDF for index in range(email_parts.MAX_ZIP_MEMBERS + 1)})
    assert sorted_out(Attachment("many.zip", many)) == ([], {"many.zip": "too_large"})
    assert sorted_out(Attachment("broken.zip", b"PK\x03\x04broken")) == ([], {"broken.zip": "damaged"})


def test_programs_scripts_and_macros_are_forbidden_whatever_their_names() -> None:
    macro_workbook = zipped({"[Content_Types].xml": b"<Types/>", "xl/vbaProject.bin": b"\0"})
    word = zipped({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w/>"})
    names, aside = sorted_out(
        Attachment("photo.jpg", b"MZ\x90\x00program"),
        Attachment("lancer.bat", b"@echo off"),
        Attachment("budget.xlsx", macro_workbook),
        Attachment("lettre.docx", word),
        Attachment("ok.pdf", PDF),
    )
    assert names == ["ok.pdf"]
    assert aside == {
        "photo.jpg": LeftOut.FORBIDDEN_TYPE,
        "lancer.bat": LeftOut.FORBIDDEN_TYPE,
        "budget.xlsx": LeftOut.FORBIDDEN_TYPE,
        "lettre.docx": "not_a_document",
    }


def test_logos_are_left_out_and_photos_kept() -> None:
    big = io.BytesIO()
    Image.effect_noise((800, 600), 60).convert("RGB").save(big, "JPEG", quality=90)
    names, aside = sorted_out(
        Attachment("logo.png", logo_png()),
        Attachment("photo.jpg", big.getvalue(), inline=True),  # a phone mail shows photos inline
    )
    assert names == ["photo.jpg"] and aside == {"logo.png": LeftOut.INLINE_IMAGE}


def test_encoded_subjects_names_and_an_html_only_body(tmp_path: Path) -> None:
    message = EmailMessage()
    message["From"] = "=?iso-8859-1?q?Andr=E9?= <andre@example.fr>"
    message["Subject"] = "=?utf-8?b?RG9zc2llciBuwrAgNDgxNTE2MjMgw6l0w6k=?="
    message["Message-ID"] = "<h@x>"
    message.set_content("<p>Bonjour</p><p>Mon num&eacute;ro</p><script>x()</script>", subtype="html")
    message.add_attachment(PDF, "application", "pdf", filename="relevé d'identité.pdf")
    path = tmp_path / "m.eml"
    path.write_bytes(message.as_bytes())
    read = read_email(path, EML)
    assert (read.sender, read.subject) == ("André <andre@example.fr>", "Dossier n° 48151623 été")
    assert read.body == "Bonjour\n\nMon numéro" and read.sent_at is None
    assert [attachment.name for attachment in read.attachments] == ["relevé d'identité.pdf"]
    assert html_to_text("<div>a<br>b</div>") == "a\nb"


def test_without_the_outlook_reader_an_outlook_file_is_refused_not_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_msg(tmp_path / "m.msg", "Objet", "Texte", [], message_id="<m@x>")
    monkeypatch.setitem(sys.modules, "extract_msg", None)  # as in an installation without it
    with pytest.raises(UnreadableFile) as refused:
        read_email(path, MSG)
    assert refused.value.reason == RejectReason.NOT_A_DOCUMENT


def test_the_laid_out_e_mail_keeps_every_page_and_the_text_layers(tmp_path: Path) -> None:
    form = pymupdf.open()
    form.new_page().insert_text((50, 50), "Numéro de procédure : 48151623", fontsize=11)
    fax = images_to_tiff([Image.new("1", (850, 1100), 1).copy() for _ in range(2)])  # a two-page fax
    message = read_email(write_eml(tmp_path, "m.eml", eml("Dossier 48151623", "Bonjour,\nvoici.")), EML)
    parts = [Part("fax.tif", fax), Part("form.pdf", form.tobytes()), Part("vide.pdf", b"%PDF-1.4\n%%EOF")]

    bundle = write_bundle(message, parts, tmp_path / "courriel.pdf")

    assert (bundle.page_count, bundle.text_pages) == (4, 1)
    assert [(source.name, source.first_page, source.page_count) for source in bundle.sources] == [
        ("fax.tif", 2, 2),
        ("form.pdf", 4, 1),
    ]
    assert [(item.name, item.reason) for item in bundle.set_aside] == [("vide.pdf", "damaged")]
    with pymupdf.open(tmp_path / "courriel.pdf") as laid_out:
        assert "Objet : Dossier 48151623" in laid_out[0].get_text()
        assert "Bonjour" in laid_out[0].get_text() and "Numéro de procédure : 48151623" in laid_out[3].get_text()


def test_a_quarantined_attachment_gets_a_file_name_every_system_accepts() -> None:
    assert attachment_file_name("scans.zip › dossier/a:b?.exe") == "scans.zip - dossier-a-b-.exe"
    long_name = attachment_file_name("日本" * 100 + ".pdf")
    assert long_name.endswith("日本.pdf") and len(long_name.encode()) <= 120
    assert attachment_file_name("..") == "piece"
