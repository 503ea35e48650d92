"""Suite-wide set-up: no display needed, one OCR thread per process, a fresh workspace per test
(on SQLite, or on PostgreSQL with TELVALID_TEST_DATABASE: see tests/shared_database.py)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["OMP_THREAD_LIMIT"] = "1"
os.environ.setdefault("TELVALID_LANG", "fr")

from telvalid_desktop.core.correspondence.letterhead import write_letterhead  # noqa: E402
from telvalid_desktop.core.workspace import Workspace, open_workspace  # noqa: E402
from telvalid_desktop.samples.letterhead import DEMO_LETTERHEAD  # noqa: E402
from tests.shared_database import empty, route_workspaces_to, test_database_url  # noqa: E402

route_workspaces_to(test_database_url())


# Tests that never open a database: run once, on the SQLite pass, not again on PostgreSQL.
WITHOUT_DATABASE = (
    "tests/intake/",
    "tests/test_generator.py",
    "tests/test_architecture.py",
    "tests/test_packaging.py",
)


def _needs_no_database(item: pytest.Item) -> bool:
    path = item.nodeid.replace("\\", "/")
    return path.startswith(WITHOUT_DATABASE) and "workspace" not in getattr(item, "fixturenames", ())


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not test_database_url():
        return
    skip = pytest.mark.skip(reason="builds or reads the SQLite file itself; this run is on PostgreSQL")
    for item in items:
        if item.get_closest_marker("sqlite_only"):
            item.add_marker(skip)
    once = [item for item in items if _needs_no_database(item) or item.get_closest_marker("any_database")]
    if once:  # already run on the SQLite pass
        config.hook.pytest_deselected(items=once)
        ids = {id(item) for item in once}
        items[:] = [item for item in items if id(item) not in ids]


@pytest.fixture(autouse=True)
def _empty_database() -> None:
    """On PostgreSQL, each test starts from an empty database, as from a new SQLite file."""
    empty(test_database_url())


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings and data of the code under test never touch the developer's own."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("TELVALID_WORKSPACE", raising=False)


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    opened = open_workspace(tmp_path / "workspace")
    yield opened
    opened.close()


@pytest.fixture
def letterhead(workspace: Workspace) -> None:
    """The team's letterhead filled in (with the demo's fictitious one): letters may be written."""
    write_letterhead(DEMO_LETTERHEAD, "chef")
