"""Database addresses: what is wrong with one is said as a code, and a server can be asked its version."""

from __future__ import annotations

from pathlib import Path

import pytest

from telvalid_desktop.db.database import (
    SQLITE_FILE,
    DatabaseUnavailable,
    DatabaseUrlError,
    parse_url,
    server_version,
    sqlite_path,
)
from tests import shared_database


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("mysql://db/telvalid", "scheme"),
        ("dbserver/telvalid", "scheme"),
        ("sqlite://server/telvalid.sqlite3", "sqlite_path"),
        ("sqlite:///", "sqlite_path"),
        ("postgresql://dbserver:port/telvalid", "port"),
        ("postgresql://dbserver:99999/telvalid", "port"),
    ],
)
def test_an_address_that_names_nothing_says_why(url: str, reason: str) -> None:
    with pytest.raises(DatabaseUrlError) as refused:
        parse_url(url)
    assert (refused.value.reason, str(refused.value)) == (reason, url)


def test_the_sqlite_file_of_an_address(tmp_path: Path) -> None:
    assert sqlite_path("", tmp_path) == tmp_path / SQLITE_FILE
    assert sqlite_path("sqlite:///srv/my%20data/base.sqlite3", tmp_path) == Path("/srv/my data/base.sqlite3")
    assert sqlite_path("postgres://clerk@dbserver:5432/telvalid", tmp_path) is None


def test_a_server_that_does_not_answer_is_said_without_the_password() -> None:
    with pytest.raises(DatabaseUnavailable) as unavailable:
        server_version("postgresql://clerk:secret@127.0.0.1:1/telvalid")  # port 1: nothing listens
    assert unavailable.value.url == "postgresql://clerk:***@127.0.0.1:1/telvalid"
    assert "secret" not in str(unavailable.value)
    with pytest.raises(DatabaseUrlError):
        server_version("sqlite:////tmp/base.sqlite3")  # no server to ask


@pytest.mark.skipif(not shared_database.test_database_url(), reason="needs a PostgreSQL server (the PostgreSQL pass)")
def test_a_server_says_its_version() -> None:
    major = server_version(shared_database.test_database_url()).split(".")[0]
    assert major.isdigit() and int(major) >= 12
