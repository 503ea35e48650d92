"""A real IMAP server for the tests: Debian's Dovecot on a free loopback port, with a throw-away
configuration, user and mail store, over TLS with a certificate made for it.

``dovecot -F -c CONFIG`` runs in the foreground as the current user (as root, its login and
internal processes run as Debian's ``dovenull`` and ``dovecot`` users, which own the store);
the test's client trusts the certificate through ``SSL_CERT_FILE``. Without dovecot (or
openssl) installed the tests that need it are skipped, saying so; ``dev.sh`` installs both.
"""

from __future__ import annotations

import contextlib
import grp
import imaplib
import os
import pwd
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from telvalid_desktop.core.filing.imap_names import quoted

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
USER = "accueil"
PASSWORD = "Mot-de-passe-d'essai-7e3!"  # searched for in logs and outputs: it must never appear
START_DEADLINE_S = 15.0


@dataclass
class MailServer:
    """A running Dovecot and a client session for seeding and inspecting its folders."""

    port: int
    cafile: Path
    process: subprocess.Popen[bytes]
    home: Path

    def session(self) -> imaplib.IMAP4_SSL:
        context = ssl.create_default_context(cafile=str(self.cafile))
        client = imaplib.IMAP4_SSL("127.0.0.1", self.port, ssl_context=context, timeout=30)
        client.login(USER, PASSWORD)
        return client

    def append(self, messages: list[bytes], folder: str = "INBOX") -> None:
        client = self.session()
        try:
            for raw in messages:
                typed, data = client.append(quoted(folder), "", imaplib.Time2Internaldate(time.time()), raw)
                assert typed == "OK", data
        finally:
            client.logout()

    def empty(self) -> None:
        """Remove every message of every folder (a module's tests share one server)."""
        client = self.session()
        try:
            _, listed = client.list()
            for line in listed:
                name = bytes(line).rsplit(b" ", 1)[1].decode()
                _, count = client.select(name)
                if int(count[0] or 0) == 0:
                    continue
                client.store("1:*", "+FLAGS.SILENT", r"(\Deleted)")
                client.expunge()
        finally:
            client.logout()

    def folder(self, name: str) -> list[bytes]:
        """The raw messages of folder ``name`` (not flagged deleted), in UID order; [] if it does not exist."""
        client = self.session()
        try:
            typed, _ = client.select(quoted(name), readonly=True)
            if typed != "OK":
                return []
            _, found = client.uid("SEARCH", "UNDELETED")
            raws = []
            for uid in (found[0] or b"").split():
                _, data = client.uid("FETCH", uid.decode(), "(BODY.PEEK[])")
                raws += [bytes(item[1]) for item in data if isinstance(item, tuple)]
            return raws
        finally:
            client.logout()


def message_ids(raws: list[bytes]) -> list[str]:
    """The Message-ID of each raw message."""
    found = []
    for raw in raws:
        header = raw.split(b"\r\n\r\n", 1)[0].replace(b"\r\n", b"\n")
        found += [
            line.split(b":", 1)[1].strip().decode()
            for line in header.splitlines()
            if line.lower().startswith(b"message-id:")
        ]
    return found


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (its subjectAltName: Python checks the address)."""
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1"]
        + ["-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
    )
    return cert, key


def _config(home: Path, port: int, cert: Path, key: Path) -> Path:
    """Dovecot's configuration: IMAPS on ``port`` of the loopback only, one user in a passwd-file."""
    if os.geteuid() == 0:  # its login and internal processes refuse to run as root
        login_user, internal_user = "dovenull", "dovecot"
        owner = pwd.getpwnam("dovecot")
    else:
        login_user = internal_user = pwd.getpwuid(os.geteuid()).pw_name
        owner = pwd.getpwuid(os.geteuid())
    mail = home / "mail"
    mail.mkdir()
    os.chown(mail, owner.pw_uid, owner.pw_gid)
    (home / "users").write_text(f"{USER}:{{PLAIN}}{PASSWORD}:{owner.pw_uid}:{owner.pw_gid}::{mail}\n")
    (home / "users").chmod(0o644)  # read by its auth process; the suite's umask (a workspace's) is 077
    config = home / "dovecot.conf"
    config.write_text(
        f"""base_dir = {home}/run
state_dir = {home}/state
instance_name = telvalid-test-{port}
log_path = {home}/dovecot.log
protocols = imap
listen = 127.0.0.1
default_internal_user = {internal_user}
default_internal_group = {grp.getgrgid(pwd.getpwnam(internal_user).pw_gid).gr_name}
default_login_user = {login_user}
first_valid_uid = 1
ssl = required
ssl_cert = <{cert}
ssl_key = <{key}
auth_mechanisms = plain
auth_failure_delay = 0
mail_location = maildir:~/Maildir
service imap-login {{
  chroot =
  inet_listener imap {{
    port = 0
  }}
  inet_listener imaps {{
    port = {port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
}}
passdb {{
  driver = passwd-file
  args = {home}/users
}}
userdb {{
  driver = passwd-file
  args = {home}/users
}}
"""
    )
    return config


def _wait_until_listening(server: MailServer) -> None:
    """Poll the port until Dovecot answers (it binds it within a second or so)."""
    deadline = time.monotonic() + START_DEADLINE_S
    while True:
        with contextlib.suppress(OSError):
            socket.create_connection(("127.0.0.1", server.port), timeout=1).close()
            return
        assert server.process.poll() is None, (server.home / "dovecot.log").read_text(errors="replace")
        assert time.monotonic() < deadline, "dovecot did not listen in time"
        with contextlib.suppress(subprocess.TimeoutExpired):
            server.process.wait(timeout=0.05)


@contextlib.contextmanager
def running_dovecot() -> Iterator[MailServer]:
    """Start a throw-away Dovecot; skip the test when it is not installed."""
    if not Path(DOVECOT).is_file() or shutil.which("openssl") is None:
        pytest.skip("Dovecot (Debian package dovecot-imapd) or openssl not installed: ./dev.sh installs them")
    # Short and traversable by Dovecot's unprivileged processes (pytest's tmp_path is neither).
    home = Path(tempfile.mkdtemp(prefix="tv-imap-"))
    home.chmod(0o755)
    try:
        cert, key = _certificate(home)
        port = free_port()
        config = _config(home, port, cert, key)
        command = [DOVECOT, "-F", "-c", str(config)]
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT, start_new_session=True)
        server = MailServer(port=port, cafile=cert, process=process, home=home)
        try:
            _wait_until_listening(server)
            yield server
        finally:
            os.killpg(process.pid, signal.SIGKILL)  # the whole throw-away server at once (SIGTERM: a second)
            process.wait(timeout=10)
    finally:
        shutil.rmtree(home, ignore_errors=True)
