"""``telvalid demo``: built once for real (its JSON contract), then the other paths on that summary."""

from __future__ import annotations

import contextlib
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from telvalid_desktop import cli, cli_demo
from telvalid_desktop.cli_output import EXIT_OK, EXIT_USAGE
from telvalid_desktop.db.database import DATABASE_ENV, sqlite_url
from telvalid_desktop.demo import DEMO_MARKER, DemoSummary, build_demo

pytestmark = pytest.mark.tesseract

DOSSIER_KEYS = {"procedure_number", "scenario", "status", "channel", "submissions", "received_on", "superseded_by"}
KEYS = {
    "root", "created", "database", "dossiers", "batch", "unsorted", "letter", "export", "examples", "pages",
    "seconds", "open_command",
}  # fmt: skip


@dataclass
class FirstRun:
    """The real build through the command line: its exit code, its JSON, and the summary behind it."""

    root: Path
    code: int
    output: dict[str, Any]
    summaries: list[DemoSummary] = field(default_factory=list)


@pytest.fixture(scope="module")
def first_run(tmp_path_factory: pytest.TempPathFactory) -> FirstRun:
    home = tmp_path_factory.mktemp("home")
    root = tmp_path_factory.mktemp("demo") / "demo"
    run = FirstRun(root, 0, {})

    def keep(*args: Any, **options: Any) -> DemoSummary:
        run.summaries.append(build_demo(*args, **options))
        return run.summaries[-1]

    out = io.StringIO()
    with pytest.MonkeyPatch.context() as patch, contextlib.redirect_stdout(out):
        patch.setenv("XDG_CONFIG_HOME", str(home / "config"))  # no settings naming a server
        patch.delenv(DATABASE_ENV, raising=False)
        patch.setattr(cli_demo, "build_demo", keep)
        run.code = cli.main(["demo", str(root), "--json"])
    run.output = json.loads(out.getvalue())
    return run


class FakeBuild:
    """Stands for build_demo once the real one has run: records how it was called, returns its summary."""

    def __init__(self, summary: DemoSummary) -> None:
        self.summary = summary
        self.calls: list[tuple[Path, str | None, bool]] = []  # root, database_url, root existed

    def __call__(self, root: Path, *, database_url: str | None = None, progress: object = None) -> DemoSummary:
        self.calls.append((root, database_url, root.exists()))
        return self.summary


@pytest.fixture
def fake_build(first_run: FirstRun, monkeypatch: pytest.MonkeyPatch) -> FakeBuild:
    fake = FakeBuild(first_run.summaries[0])
    monkeypatch.setattr(cli_demo, "build_demo", fake)
    monkeypatch.delenv(DATABASE_ENV, raising=False)  # the PostgreSQL pass names its server there
    return fake


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_json_has_the_documented_keys(first_run: FirstRun) -> None:
    output, summary = first_run.output, first_run.summaries[0]
    assert first_run.code == EXIT_OK
    assert set(output) == KEYS
    assert (output["created"], output["root"]) == (True, str(first_run.root.resolve()))
    assert output["open_command"] == f"telvalid-desktop {first_run.root.resolve()}"
    assert output["database"] == sqlite_url(first_run.root)  # its own SQLite file
    assert all(set(dossier) == DOSSIER_KEYS for dossier in output["dossiers"])
    numbers = {dossier["scenario"]: dossier["procedure_number"] for dossier in output["dossiers"]}
    assert numbers == {dossier.scenario: dossier.procedure_number for dossier in summary.dossiers}
    assert set(output["batch"]) == {"file", "envelopes", "separator_sheets"}
    assert output["unsorted"] == 1
    assert Path(output["letter"]).is_file() and Path(output["export"]).is_file()
    assert (first_run.root / DEMO_MARKER).is_file()


def test_the_text_gives_each_scenario_its_dossier_number_and_how_to_open_it(
    fake_build: FakeBuild, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = (tmp_path / "demo").resolve()
    code, out, _ = run(capsys, "demo", str(root))
    summary = fake_build.summary
    assert code == EXIT_OK
    lines = {line.split()[0]: line for line in out.splitlines()[2:-3]}
    assert set(lines) == {dossier.procedure_number for dossier in summary.dossiers}
    split, on_hold, superseded = (summary.dossier(name) for name in ("split", "on_hold", "superseded"))
    assert " puis ".join(split.received_on) in lines[split.procedure_number]
    assert str(summary.letter) in lines[on_hold.procedure_number]
    assert f"remplacé par {superseded.superseded_by}" in lines[superseded.procedure_number]
    assert str(summary.export) in lines[summary.dossier("validated").procedure_number]
    lines = out.splitlines()
    assert any(summary.batch_file in line and "6 enveloppes" in line for line in lines)
    assert any(line.strip().startswith("à trier : 1 ") for line in lines)
    assert lines[-1] == f"Pour l'ouvrir : telvalid-desktop {root}"


def test_the_demo_keeps_its_own_database_whatever_the_environment_names(
    fake_build: FakeBuild, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DATABASE_ENV, "postgresql://team@server/telvalid")
    root = (tmp_path / "demo").resolve()
    code, out, _ = run(capsys, "demo", str(root))
    assert code == EXIT_OK
    assert fake_build.calls == [(root, sqlite_url(root), False)]
    assert f"Pour l'ouvrir : telvalid-desktop --database {sqlite_url(root)} {root}" in out  # the window follows the env
    run(capsys, "--database", "postgresql://me@localhost/demo", "demo", str(tmp_path / "other"))
    assert fake_build.calls[-1][1] == "postgresql://me@localhost/demo"  # named explicitly: used


def test_an_existing_demo_is_said_with_how_to_open_it(
    first_run: FirstRun, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(DATABASE_ENV, raising=False)
    root = first_run.root.resolve()
    code, out, _ = run(capsys, "demo", str(root))
    assert code == EXIT_OK
    assert f"{root} est déjà un espace de démonstration. Pour l'ouvrir : telvalid-desktop {root}" in out
    assert "--reset" in out
    code, out, _ = run(capsys, "demo", str(root), "--json")
    assert json.loads(out) == {"root": str(root), "created": False, "open_command": f"telvalid-desktop {root}"}


def test_reset_rebuilds_a_demo_from_an_empty_folder(
    fake_build: FakeBuild, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "demo"
    root.mkdir()
    (root / DEMO_MARKER).write_text("démonstration", encoding="utf-8")
    (root / "telvalid.sqlite3").write_bytes(b"old")
    code, _, _ = run(capsys, "demo", str(root), "--reset")
    assert code == EXIT_OK
    assert fake_build.calls == [(root.resolve(), sqlite_url(root), False)]  # the old demo went first
    root.mkdir()
    (root / DEMO_MARKER).write_text("démonstration", encoding="utf-8")
    code, _, err = run(capsys, "--database", "postgresql://me@localhost/demo", "demo", str(root), "--reset")
    assert code == EXIT_USAGE and "--reset ne vide que la base SQLite" in err


def test_a_folder_holding_anything_else_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "travail.pdf").write_bytes(b"%PDF")
    code, out, err = run(capsys, "demo", str(tmp_path), "--json")
    assert (code, out) == (EXIT_USAGE, "")
    assert f"{tmp_path.resolve()} n'est pas vide et n'est pas un espace de démonstration" in err
    assert [path.name for path in tmp_path.iterdir()] == ["travail.pdf"]
