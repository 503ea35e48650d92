"""`telvalid mail fetch` against a real IMAP server (Dovecot, tests/mail_server.py).

The mailbox is seeded with the generator's e-mails (a reply to a hold e-mail, a phone photo, a
PDF with a text layer, a forwarded e-mail, a ZIP of scans, spam, a broken attachment, subjects
in UTF-8 and ISO-8859-1 encoded words, a program alone); the fetch must import each with its
number, move each to "Importé" or "Quarantaine" on the server, do nothing the second time,
and take a copy of a message already imported (same Message-ID) as a duplicate, moved too.
"""

from __future__ import annotations

import io
import json
import re
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from telvalid_desktop import cli
from telvalid_desktop.config import Settings, save_settings, settings_path
from telvalid_desktop.core.filing.imap_mailbox import Mailbox, MailboxAccount, MailboxError
from telvalid_desktop.core.filing.imap_names import imap_folder_name
from telvalid_desktop.core.filing.ingest import IngestService
from telvalid_desktop.core.filing.mail_password import load_password, password_file, save_password
from telvalid_desktop.core.filing.outcomes import FileOutcome
from telvalid_desktop.core.workspace import open_workspace
from telvalid_desktop.db.models import ReceivedEmail, StoredFile, Submission
from tests.generator.emails import eml
from tests.generator.mailbox import Sent, sample_mailbox
from tests.mail_server import PASSWORD, USER, MailServer, free_port, message_ids, running_dovecot

IMPORTED, QUARANTINE = "Importé", "Quarantaine"


def test_folder_names_are_sent_in_modified_utf7() -> None:
    assert imap_folder_name("Importé") == "Import&AOk-"
    assert imap_folder_name("Quarantaine") == "Quarantaine"
    assert imap_folder_name("R&D") == "R&-D"
    assert imap_folder_name("~peter/mail/台北/日本語") == "~peter/mail/&U,BTFw-/&ZeVnLIqe-"  # RFC 3501's example
    assert imap_folder_name("Reçus 😀") == "Re&AOc-us &2D3eAA-"  # a character outside the BMP: a surrogate pair


def test_plain_text_is_refused_beyond_this_computer() -> None:
    with pytest.raises(MailboxError) as refused:
        Mailbox(MailboxAccount("mail.example.fr", USER, port=143, security="plain"), PASSWORD)
    assert refused.value.code == "mailbox_plain_refused"


def test_the_password_file_is_its_owners_alone(tmp_path: Path) -> None:
    where = save_password("accueil@mail.example.fr", "s3cret")
    assert where == str(password_file("accueil@mail.example.fr"))
    assert stat.S_IMODE(password_file("accueil@mail.example.fr").stat().st_mode) == 0o600
    assert load_password("accueil@mail.example.fr") == "s3cret" and load_password("other@x") is None


def test_the_system_keyring_is_used_when_it_has_a_backend(monkeypatch: pytest.MonkeyPatch) -> None:
    kept: dict[tuple[str, str], str] = {}

    class Backend:
        priority = 5

    class FakeKeyring:  # the keyring package's three functions used here
        get_keyring = staticmethod(Backend)
        set_password = staticmethod(lambda service, account, secret: kept.__setitem__((service, account), secret))
        get_password = staticmethod(lambda service, account: kept.get((service, account)))

    monkeypatch.setitem(sys.modules, "keyring", FakeKeyring)
    assert save_password("a@b", "s3cret") == "trousseau du système"
    assert load_password("a@b") == "s3cret" and not password_file("a@b").exists()


@pytest.fixture(scope="module")
def server() -> Iterator[MailServer]:
    with running_dovecot() as started:
        yield started


@pytest.fixture
def mailbox(server: MailServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MailServer:
    """The server emptied, trusted, named in the settings, its password kept (read from stdin)."""
    server.empty()
    monkeypatch.setenv("SSL_CERT_FILE", str(server.cafile))
    save_settings(Settings(mail_host="127.0.0.1", mail_port=server.port, mail_user=USER), settings_path())
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
    assert cli.main(["mail", "password"]) == 0
    return server


def fetch(capsys: pytest.CaptureFixture[str], workspace: Path, *options: str) -> tuple[int, list[dict]]:
    code = cli.main(["--workspace", str(workspace), "-v", "mail", "fetch", "--json", "--workers", "0", *options])
    captured = capsys.readouterr()
    assert PASSWORD not in captured.out + captured.err
    return code, [json.loads(line) for line in captured.out.splitlines() if line.startswith("{")]


@pytest.fixture(scope="module")
def sent() -> list[Sent]:
    return sample_mailbox()


@pytest.mark.tesseract
def test_each_message_is_imported_with_its_number_and_moved_on_the_server(
    mailbox: MailServer, sent: list[Sent], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mailbox.append([item.raw for item in sent])
    workspace = tmp_path / "ws"

    code, outcomes = fetch(capsys, workspace)

    assert code == 1  # one message refused whole; the others went on
    assert [outcome["email"] and outcome["email"]["message_id"] for outcome in outcomes] == [
        item.message_id if not item.quarantined else None for item in sent
    ]
    filed = [outcome["submissions"][0]["procedure_number"] if outcome["submissions"] else None for outcome in outcomes]
    assert filed == [item.number for item in sent]
    assert [outcome["status"] for outcome in outcomes] == ["imported"] * 8 + ["rejected"]
    account = f"imap://{USER}@127.0.0.1:{mailbox.port}/"
    assert [outcome["moved_to"] for outcome in outcomes] == [account + IMPORTED] * 8 + [account + QUARANTINE]
    assert outcomes[-1]["error_code"] == "empty_email" and Path(outcomes[-1]["quarantine_path"]).is_file()
    subjects = [outcome["email"]["subject"] for outcome in outcomes[2:4]] + [outcomes[7]["email"]["subject"]]
    assert subjects[:2] == ["Documents", f"TR: dossier {sent[3].number} – pièces"]  # the latter base64 (B)
    assert subjects[2] == f"Dossier n° {sent[7].number} - pièces jointes"  # ISO-8859-1, quoted-printable (Q)
    broken = outcomes[6]["email"]["left_out"]
    assert [(item["name"], item["reason"]) for item in broken] == [("relevé cassé.pdf", "damaged")]
    # On the server: the inbox empty, each message in its folder (its bytes unchanged).
    assert mailbox.folder("INBOX") == []
    assert mailbox.folder(IMPORTED) == [item.raw.replace(b"\n", b"\r\n") for item in sent[:-1]]
    assert message_ids(mailbox.folder(QUARANTINE)) == ["<program@x>"]
    assert not any((workspace / "incoming").rglob("*.eml"))  # the local copies are gone, kept in the store

    # A second fetch finds nothing; a copy of an imported message (another client re-filed it) is a duplicate.
    assert fetch(capsys, workspace) == (0, [])
    mailbox.append([b"X-Refiled: yes\r\n" + sent[0].raw])
    code, [again] = fetch(capsys, workspace)
    assert (code, again["status"], again["moved_to"]) == (0, "duplicate", account + IMPORTED)
    assert again["submissions"] == outcomes[0]["submissions"]
    assert mailbox.folder("INBOX") == [] and len(mailbox.folder(IMPORTED)) == 9

    opened = open_workspace(workspace)
    assert ReceivedEmail.select().count() == 8 and StoredFile.select().where(StoredFile.channel == "email").count() == 8
    assert Submission.select().count() == 8
    opened.close()
    log = (workspace / "logs" / "telvalid.log").read_text(encoding="utf-8")
    assert re.search(r"mailbox accueil@127\.0\.0\.1: message \d+ imported, moved to Importé", log)
    assert PASSWORD not in log and PASSWORD not in settings_path().read_text(encoding="utf-8")


def test_without_move_a_message_is_copied_then_expunged_alone(mailbox: MailServer) -> None:
    """A server without MOVE (RFC 6851): COPY, flag deleted, UID EXPUNGE of that message only; a message
    flagged deleted (by this fallback stopped midway, or by another client) is not taken again."""
    mailbox.append(sample_mailbox_text())
    account = MailboxAccount("127.0.0.1", USER, port=mailbox.port)
    with Mailbox(account, PASSWORD, use_move=False) as session:
        first, second = session.new_uids()
        session.client.uid("STORE", str(second), "+FLAGS.SILENT", r"(\Deleted)")
        assert session.new_uids() == [first]
        session.move(first, IMPORTED)
        assert session.new_uids() == []
    assert message_ids(mailbox.folder(IMPORTED)) == ["<t1@x>"] and message_ids(mailbox.folder("INBOX")) == []


def sample_mailbox_text() -> list[bytes]:
    return [eml(f"Dossier 4815162{i}", "Par la poste.", message_id=f"<t{i}@x>").as_bytes() for i in (1, 2)]


def test_an_unreachable_or_untrusted_server_is_said_in_words(
    mailbox: MailServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    closed = MailboxAccount("127.0.0.1", USER, port=free_port())
    with pytest.raises(MailboxError) as unreachable:
        Mailbox(closed, PASSWORD)
    assert unreachable.value.code == "mailbox_unreachable"
    monkeypatch.delenv("SSL_CERT_FILE")  # the test server's certificate is then signed by no known authority
    with pytest.raises(MailboxError) as untrusted:
        Mailbox(MailboxAccount("127.0.0.1", USER, port=mailbox.port), PASSWORD)
    assert untrusted.value.code == "mailbox_tls" and "certificate verify failed" in untrusted.value.detail


def test_a_message_whose_import_fails_stays_in_the_inbox_and_the_others_go_on(
    mailbox: MailServer, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    mailbox.append(sample_mailbox_text())
    real = IngestService.ingest

    def failing_on_the_first(self: IngestService, path: Path, **options: Any) -> FileOutcome | None:
        if b"<t1@x>" in path.read_bytes():
            raise RuntimeError("database lost")
        return real(self, path, **options)

    monkeypatch.setattr(IngestService, "ingest", failing_on_the_first)
    code = cli.main(["--workspace", str(tmp_path / "ws"), "mail", "fetch", "--json", "--workers", "0"])
    captured = capsys.readouterr()
    [outcome] = [json.loads(line) for line in captured.out.splitlines()]
    assert code == 1 and outcome["email"]["message_id"] == "<t2@x>"
    assert "laissé dans la boîte pour le prochain relevé (voir le journal) : database lost" in captured.err
    assert message_ids(mailbox.folder("INBOX")) == ["<t1@x>"] and message_ids(mailbox.folder(IMPORTED)) == ["<t2@x>"]


def test_a_wrong_password_is_said_in_words_and_nothing_is_touched(
    mailbox: MailServer, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("pas-le-bon\n"))
    assert cli.main(["mail", "password"]) == 0
    capsys.readouterr()
    code = cli.main(["--workspace", str(tmp_path / "ws"), "mail", "fetch", "--json", "--workers", "0"])
    captured = capsys.readouterr()
    assert code == 1 and captured.out == ""
    assert "la boîte aux lettres refuse l'identifiant ou le mot de passe" in captured.err
    assert "pas-le-bon" not in captured.err
    # (the server is not asked again here: after a refused login Dovecot makes the next one wait seconds)
