"""Settings: defaults, missing keys filled, unknown keys ignored, bad values refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from telvalid_desktop.config import SETTINGS_VERSION, Settings, SettingsError, load_settings, save_settings


def test_a_missing_file_gives_the_defaults(tmp_path: Path) -> None:
    settings = load_settings(tmp_path / "settings.json")
    assert settings == Settings()
    assert (settings.out_of_plan_allowance_eur, settings.language, settings.claim_timeout_minutes) == (150, "fr", 240)


def test_saved_settings_read_back_and_unknown_keys_are_ignored(tmp_path: Path) -> None:
    path = tmp_path / "config" / "settings.json"
    save_settings(Settings(out_of_plan_allowance_eur=200, language="en"), path)
    assert load_settings(path) == Settings(out_of_plan_allowance_eur=200, language="en")
    path.write_text(json.dumps({"version": 0, "language": "en", "theme": "dark"}), encoding="utf-8")
    loaded = load_settings(path)
    assert loaded == Settings(language="en")
    assert loaded.version == SETTINGS_VERSION


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", '{"claim_timeout_minutes": "soon"}', '{"language": true}'])
def test_an_unusable_file_is_a_typed_error(tmp_path: Path, content: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(SettingsError):
        load_settings(path)
