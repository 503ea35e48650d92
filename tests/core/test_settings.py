"""Settings: defaults, missing keys filled, unknown keys ignored, bad values refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from telvalid_desktop.config import SETTINGS_VERSION, Settings, SettingsError, load_settings, save_settings
from telvalid_desktop.paths import APP_NAME, WORKSPACE_ENV, default_workspace


def test_a_missing_file_gives_the_defaults(tmp_path: Path) -> None:
    settings = load_settings(tmp_path / "settings.json")
    assert settings == Settings()
    assert (settings.language, settings.claim_timeout_minutes) == ("fr", 240)


def test_saved_settings_read_back_and_unknown_keys_are_ignored(tmp_path: Path) -> None:
    path = tmp_path / "config" / "settings.json"
    save_settings(Settings(claim_timeout_minutes=200, language="en"), path)
    assert load_settings(path) == Settings(claim_timeout_minutes=200, language="en")
    # an older file's team values (now in the database) are ignored like any unknown key
    path.write_text(json.dumps({"version": 0, "language": "en", "theme": "dark", "retention_months": 6}), "utf-8")
    loaded = load_settings(path)
    assert loaded == Settings(language="en")
    assert loaded.version == SETTINGS_VERSION


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", '{"claim_timeout_minutes": "soon"}', '{"language": true}'])
def test_an_unusable_file_is_a_typed_error(tmp_path: Path, content: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(SettingsError):
        load_settings(path)


def test_the_default_workspace_is_the_environment_then_the_setting_then_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert default_workspace() == tmp_path / "data" / APP_NAME / "workspace"  # XDG_DATA_HOME of the test
    assert default_workspace(str(tmp_path / "chosen")) == tmp_path / "chosen"
    monkeypatch.setenv(WORKSPACE_ENV, str(tmp_path / "session"))
    assert default_workspace(str(tmp_path / "chosen")) == tmp_path / "session"
