"""The timex language data: every table parses, has no duplicate forms, and holds only values
the engine understands; every pattern compiles and names only slots that exist."""

from __future__ import annotations

import re

import pytest

from newsevents.lang import data_path, load_tsv, load_yaml
from newsevents.timex.calendar import holiday_date
from newsevents.timex.grammar import BUILTIN_SLOTS, RESOLVERS, TYPES, load_grammar

LANGS = ["de", "en"]
UNITS = {"Y", "M", "W", "D", "H", "MIN", "S", "DE", "CE", "Q", "WE"}


def _int_in(lo, hi):
    return lambda v: v.lstrip("-").isdigit() and lo <= int(v) <= hi


CHECKS = {
    "month": _int_in(1, 12),
    "weekday": _int_in(1, 7),
    "weekday_set": _int_in(1, 7),
    "hourword": _int_in(0, 24),
    "dayord": _int_in(1, 31),
    "ordinal": lambda v: v in {"-1"} or _int_in(1, 12)(v),
    "rel": _int_in(-2, 2),
    "dayword": _int_in(-2, 2),
    "daypart": lambda v: v in {"MO", "MI", "AF", "EV", "NI", "DT"},
    "daypart_suffix": lambda v: v in {"MO", "MI", "AF", "EV", "NI", "DT"},
    "season": lambda v: v in {"SP", "SU", "FA", "WI"},
    "unit": lambda v: v in UNITS,
    "units": lambda v: v in UNITS,
    "unitlong": lambda v: v in UNITS,
    "num": lambda v: v == "X" or re.fullmatch(r"\d+(\.\d+)?", v) is not None,
    "refword": lambda v: v in {"PRESENT_REF", "PAST_REF", "FUTURE_REF"},
    "partof": lambda v: v in {"START", "MID", "END"},
    "unitpart": lambda v: re.fullmatch(r"Y(-\d\d(-\d\d)?)?|M", v) is not None,
    "holiday": lambda v: holiday_date(v, 2021) is not None,
    "ampm": lambda v: v in {"am", "pm"},
    "tense": lambda v: v in {"past", "future", "neutral"},
}


def _tables(lang):
    folder = data_path(lang, "time")
    return sorted(p.stem for p in folder.glob("*.tsv"))


@pytest.mark.parametrize("lang", LANGS)
def test_every_table_has_a_provenance_header(lang):
    for name in _tables(lang):
        text = data_path(lang, f"time/{name}.tsv").read_text("utf-8")
        head = [ln for ln in text.splitlines()[:3]]
        assert head[0].startswith("#"), f"{lang}/time/{name}.tsv lacks a header"
        assert "Version" in text.split("\nform")[0], f"{lang}/time/{name}.tsv lacks a version"
    yaml_text = data_path(lang, "time/patterns.yaml").read_text("utf-8")
    assert yaml_text.startswith("#") and "Version" in yaml_text[:600]


@pytest.mark.parametrize("lang", LANGS)
def test_tables_parse_without_duplicates_and_with_known_values(lang):
    for name in _tables(lang):
        rows = load_tsv(lang, f"time/{name}.tsv")
        assert rows, f"{lang}/time/{name}.tsv is empty"
        seen = set()
        check = CHECKS.get(name)
        assert check is not None, f"no value check for table {name}: add one to CHECKS"
        for r in rows:
            form, value = r["form"], r["value"]
            key = form if "case" in r.get("flags", "") else form.casefold()
            assert key not in seen, f"duplicate form {form!r} in {lang}/time/{name}.tsv"
            seen.add(key)
            assert check(value), f"bad value {value!r} for {form!r} in {lang}/time/{name}.tsv"
            assert r.get("flags", "") in {"", "case"}


@pytest.mark.parametrize("lang", LANGS)
def test_patterns_compile_with_unique_ids_and_known_slots(lang):
    spec = load_yaml(lang, "time/patterns.yaml")
    ids = [p["id"] for p in spec["patterns"]]
    assert len(ids) == len(set(ids)), "duplicate pattern ids"
    tables = set(_tables(lang))
    for p in spec["patterns"]:
        assert p["type"] in TYPES and p["resolve"] in RESOLVERS, p["id"]
        for name in re.findall(r"\{~?([a-z_]+)(?:#\d+)?(?::\d+)?\}", p["match"]):
            assert name in BUILTIN_SLOTS or name in tables, f"{p['id']}: unknown slot {name}"
    g = load_grammar(lang)
    assert len(g.rules) == len(ids)
    assert g.tense, "tense cues missing"


@pytest.mark.parametrize("lang", LANGS)
def test_chat_markers_list(lang):
    from newsevents.lang import load_lines
    words = load_lines(lang, "time/chat_markers.txt")
    assert words and len({w.casefold() for w in words}) == len(words)
    assert data_path(lang, "time/chat_markers.txt").read_text("utf-8").startswith("#")
