"""Changing one setting in the user's config file: only that line, or a refusal."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.core.config import Settings, set_config_value, unknown_keys
from coach.core.errors import ConfigError


def test_one_line_changes_and_the_rest_stays(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(
        '# mine\n[llm]\ntemperature = 0.2 # warm\n\n[ui]\n# theme below\ntheme = "a"\n[engine]\nmax_probes = 1\n'
    )
    set_config_value(path, "ui", "theme", "nord")
    assert (
        path.read_text()
        == '# mine\n[llm]\ntemperature = 0.2 # warm\n\n[ui]\n# theme below\ntheme = "nord"\n[engine]\nmax_probes = 1\n'
    )
    set_config_value(path, "ui", "theme", 'a "quoted" théme')
    assert 'theme = "a \\"quoted\\" théme"' in path.read_text()


def test_a_missing_section_or_file_is_added(tmp_path: Path) -> None:
    path = tmp_path / "new" / "config.toml"
    set_config_value(path, "ui", "theme", "nord")
    assert path.read_text() == '[ui]\ntheme = "nord"\n' and oct(path.stat().st_mode & 0o777) == "0o600"
    other = tmp_path / "other.toml"
    other.write_text('model = "x"\n')
    set_config_value(other, "ui", "theme", "nord")
    assert other.read_text() == 'model = "x"\n\n[ui]\ntheme = "nord"\n'


def test_a_file_it_cannot_change_safely_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    original = 'ui.theme = "a"\n'  # a dotted key: a [ui] table added beside it would break the file
    path.write_text(original)
    with pytest.raises(ConfigError, match="set it there by hand"):
        set_config_value(path, "ui", "theme", "nord")
    assert path.read_text() == original


def test_unknown_keys_name_the_nearest_one() -> None:
    found = unknown_keys(
        {"modle": "x", "llm": {"temprature": 1, "timeout": 3}, "ui": {"keys": {"skip": "f9"}}}, Settings
    )
    assert found == [("modle", "model"), ("llm.temprature", "llm.temperature")]
