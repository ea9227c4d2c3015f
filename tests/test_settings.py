"""The pipeline is built from the shipped defaults.toml with a user file merged on top."""

from __future__ import annotations

import pytest

from newsevents.errors import ConfigError
from newsevents.pipeline import Pipeline
from newsevents.settings import default_config, load_config


def test_defaults_list_every_stage_in_order():
    names = default_config()["pipeline"]["components"]
    assert names[:3] == ["language", "tokenize", "tag"]
    for stage in ["entities", "geo", "timex", "quantities", "actors", "quotes", "events"]:
        assert stage in names
    Pipeline(default_config())  # builds: every requires met by an earlier stage


def test_user_file_overrides_key_by_key(tmp_path):
    user = tmp_path / "mine.toml"
    user.write_text('[pipeline]\ncomponents = ["language", "tokenize", "tag"]\n'
                    '[components.tag]\ncache_size = 7\n', encoding="utf-8")
    cfg = load_config(user)
    assert cfg["components"]["tag"]["cache_size"] == 7
    assert cfg["components"]["tag"]["factory"] == "newsevents.tag.v1"  # kept from defaults
    pipe = Pipeline(cfg)
    assert pipe.names == ["language", "tokenize", "tag"]
    assert dict(pipe.components)["tag"].cache_size == 7


def test_bad_user_files(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[pipeline\ncomponents = 3", encoding="utf-8")
    with pytest.raises(ConfigError, match="not a valid TOML"):
        load_config(bad)
    unknown = tmp_path / "unknown.toml"
    unknown.write_text('[pipeline]\ncomponents = ["tokenize", "sentiment"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown component 'newsevents.sentiment.v1'"):
        Pipeline(load_config(unknown))
