"""The packaging files stay true to the tree: the bundle build (packaging/build_bundle.sh, a minute or more)
is not run here, but what it reads is checked in well under a second."""

from __future__ import annotations

import ast
import configparser
import os
import runpy
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import PySide6
import pytest

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "telvalid-desktop.spec"
HOOK = ROOT / "packaging" / "hooks" / "pyi_rth_telvalid.py"
DESKTOP_FILE = ROOT / "packaging" / "linux" / "fr.telvalid.Desktop.desktop"


class _Recorded:
    """Stands for PyInstaller's Analysis, PYZ, EXE and COLLECT: keeps what the spec gave them."""

    calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]]

    def __init__(self, kind: str, *args: Any, **kwargs: Any) -> None:
        self.kind, self.args, self.kwargs = kind, args, kwargs
        self.binaries: list[tuple[str, str, str]] = []
        self.datas: list[tuple[str, str, str]] = []
        self.pure: list[tuple[str, str, str]] = []
        self.scripts: list[tuple[str, str, str]] = []
        _Recorded.calls.append((kind, args, kwargs))


def _run_spec(tmp_path: Path) -> dict[str, Any]:
    """Execute the spec as PyInstaller would, with its build classes replaced by recorders."""
    _Recorded.calls = []
    namespace: dict[str, Any] = {
        "SPECPATH": str(SPEC.parent),
        "workpath": str(tmp_path / "work"),
        **{
            kind: (lambda *a, _kind=kind, **k: _Recorded(_kind, *a, **k))
            for kind in ("Analysis", "PYZ", "EXE", "COLLECT")
        },
    }
    exec(compile(SPEC.read_text(), str(SPEC), "exec"), namespace)
    return namespace


def _analyses() -> list[dict[str, Any]]:
    return [kwargs | {"script": args[0][0]} for kind, args, kwargs in _Recorded.calls if kind == "Analysis"]


def test_spec_is_python() -> None:
    ast.parse(SPEC.read_text(), filename=str(SPEC))


def test_spec_builds_the_two_programs_from_files_that_exist(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TELVALID_TESSERACT_DIR", raising=False)
    _run_spec(tmp_path)
    analyses = _analyses()
    assert [Path(analysis["script"]).relative_to(ROOT).as_posix() for analysis in analyses] == [
        "main.py",
        "telvalid_desktop/__main__.py",
    ]
    for analysis in analyses:
        assert all(Path(hook).is_file() for hook in analysis["runtime_hooks"])
        for source, _destination in analysis["datas"]:
            assert Path(source).exists(), source
    destinations = {destination for _source, destination in analyses[0]["datas"]}
    assert {"resources/rules", "resources/icons", "docs/guide"} <= destinations
    assert not any(destination.startswith("tesseract") for destination in destinations)
    programs = {kwargs["name"]: kwargs["console"] for kind, _args, kwargs in _Recorded.calls if kind == "EXE"}
    assert programs == {"telvalid-desktop": False, "telvalid": True}


@pytest.mark.skipif(not Path("/usr/bin/tesseract").is_file(), reason="Debian's tesseract-ocr is not installed")
def test_spec_bundles_debians_tesseract(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELVALID_TESSERACT_DIR", "/usr")
    _run_spec(tmp_path)
    files = {(Path(source).name, destination) for source, destination in _analyses()[0]["datas"]}
    for model in ("fra", "eng", "osd"):
        assert (f"{model}.traineddata", "tesseract/tessdata") in files
    assert ("configs", "tesseract/tessdata/configs") in files  # pytesseract reads its 'tsv' config there
    assert ("tesseract", "tesseract") in files  # the wrapper the runtime hook puts first on PATH
    assert ("tesseract", "tesseract/bin") in files
    libraries = {name for name, destination in files if destination == "tesseract/lib"}
    assert any(name.startswith("libtesseract.so") for name in libraries)
    assert not any(name.startswith(("libc.so", "ld-linux", "libstdc++")) for name in libraries)


@pytest.mark.skipif(shutil.which("readelf") is None, reason="binutils (readelf) is not installed")
def test_trimming_drops_unused_qt_parts_and_what_only_they_needed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TELVALID_TESSERACT_DIR", raising=False)
    trimmed = _run_spec(tmp_path)["trimmed"]
    qt_lib = Path(PySide6.__file__ or "").parent / "Qt" / "lib"
    core, pdf = qt_lib / "libQt6Core.so.6", qt_lib / "libQt6Pdf.so.6"
    icu = qt_lib / "libicuuc.so.73"
    if not (core.is_file() and pdf.is_file() and icu.is_file()):
        pytest.skip("this PySide6 wheel lays its libraries out otherwise")
    binaries = [
        ("PySide6/Qt/lib/libQt6Core.so.6", str(core), "BINARY"),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", str(pdf), "BINARY"),
        ("libicuuc.so.73", str(icu), "BINARY"),  # needed by QtCore: kept
        ("libunused.so.1", str(icu), "BINARY"),  # needed by nothing: dropped
        ("libpython3.11.so.1.0", str(icu), "BINARY"),  # loaded by the bootloader: kept
        ("libstdc++.so.6", str(icu), "BINARY"),  # the user's own is used
    ]
    datas = [
        ("libQt6Pdf.so.6", "PySide6/Qt/lib/libQt6Pdf.so.6", "SYMLINK"),
        ("PySide6/Qt/translations/qtbase_fr.qm", "qtbase_fr.qm", "DATA"),
        ("PySide6/Qt/translations/qtbase_de.qm", "qtbase_de.qm", "DATA"),
    ]
    kept_binaries, kept_datas = trimmed(binaries, datas)
    assert [name for name, _source, _kind in kept_binaries] == [
        "PySide6/Qt/lib/libQt6Core.so.6",
        "libicuuc.so.73",
        "libpython3.11.so.1.0",
    ]
    assert [name for name, _source, _kind in kept_datas] == ["PySide6/Qt/translations/qtbase_fr.qm"]


def test_runtime_hook_points_ocr_at_the_bundled_tesseract(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "tesseract" / "tessdata").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setenv("TESSDATA_PREFIX", "/elsewhere/tessdata")
    monkeypatch.setenv("PATH", "/usr/bin")
    monkeypatch.setenv("LD_LIBRARY_PATH", str(tmp_path))  # what the bootloader sets
    monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", "/opt/user/lib")  # what the user had
    runpy.run_path(str(HOOK))
    assert os.environ["TESSDATA_PREFIX"] == str(tmp_path / "tesseract" / "tessdata")
    assert os.environ["PATH"] == f"{tmp_path / 'tesseract'}{os.pathsep}/usr/bin"
    if sys.platform.startswith("linux"):
        assert os.environ["LD_LIBRARY_PATH"] == "/opt/user/lib"
        assert "LD_LIBRARY_PATH_ORIG" not in os.environ


def test_runtime_hook_leaves_the_system_tesseract_when_none_is_bundled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setenv("PATH", "/usr/bin")
    monkeypatch.setenv("LD_LIBRARY_PATH", str(tmp_path))
    monkeypatch.delenv("LD_LIBRARY_PATH_ORIG", raising=False)
    monkeypatch.delenv("TESSDATA_PREFIX", raising=False)
    runpy.run_path(str(HOOK))
    assert os.environ["PATH"] == "/usr/bin"
    assert "TESSDATA_PREFIX" not in os.environ
    if sys.platform.startswith("linux"):
        assert "LD_LIBRARY_PATH" not in os.environ


def test_desktop_file_names_the_program_and_an_icon_we_ship() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign] - keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    entry = parser["Desktop Entry"]
    for key in (
        "Type",
        "Name",
        "Comment",
        "Comment[en]",
        "Exec",
        "Icon",
        "Categories",
        "Keywords",
        "Keywords[en]",
        "StartupWMClass",
    ):
        assert entry.get(key), key
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == entry["TryExec"] == "telvalid-desktop"  # the spec's window program
    icons = ROOT / "resources" / "icons"
    assert (icons / f"{entry['Icon']}.svg").is_file()
    assert all((icons / f"{entry['Icon']}-{size}.png").is_file() for size in (16, 32, 48, 64, 128, 256))


@pytest.mark.parametrize(
    "script", ["packaging/build_bundle.sh", "packaging/linux/install.sh", "packaging/linux/tesseract"]
)
def test_shell_scripts_parse_and_are_executable(script: str) -> None:
    path = ROOT / script
    assert os.access(path, os.X_OK)
    subprocess.run(["sh" if path.suffix != ".sh" else "bash", "-n", str(path)], check=True)


def test_application_icon_has_every_rendered_size(qapp: Any) -> None:
    from telvalid_desktop.gui.app_icon import ICON_SIZES, application_icon  # noqa: PLC0415 - Qt after the app

    icon = application_icon()
    assert not icon.isNull()
    assert sorted(size.width() for size in icon.availableSizes()) == list(ICON_SIZES)
    assert not icon.pixmap(24, 24).isNull()
