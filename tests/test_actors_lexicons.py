"""Every actor lexicon parses, has no duplicates and uses only known codes."""

from __future__ import annotations

import re

import pytest

from newsevents.actors.lexicon import KINDS, PRONOUN_TYPES, ROLES, load_lexicon, norm
from newsevents.lang import load_tsv, load_yaml


@pytest.mark.parametrize("lang", ["de", "en"])
def test_roles(lang):
    rows = load_tsv(lang, "actors/roles.tsv")
    assert len(rows) > 100
    nouns = [r["noun"] for r in rows]
    dupes = {n for n in nouns if nouns.count(n) > 1}
    assert not dupes, dupes
    for r in rows:
        assert r["noun"] == r["noun"].casefold(), r
        assert r["role"] in ROLES, r
        assert r["match"] in {"word", "suffix", "phrase"}, r
        assert r["kind"] in KINDS, r
        assert r["org"] in ("", "coalition"), r
        assert (" " in r["noun"]) == (r["match"] == "phrase"), r


@pytest.mark.parametrize("lang", ["de", "en"])
def test_modifiers_pronouns_ambiguous(lang):
    mods = load_tsv(lang, "actors/modifiers.tsv")
    forms = [m["form"] for m in mods]
    assert len(forms) == len(set(forms))
    for m in mods:
        assert m["effect"] == "foreign" or (m["effect"].startswith("role=")
                                            and m["effect"][5:] in ROLES), m
    prons = load_tsv(lang, "actors/pronouns.tsv")
    assert len({p["form"] for p in prons}) == len(prons)
    assert all(p["type"] in PRONOUN_TYPES for p in prons)
    for row in load_tsv(lang, "actors/ambiguous.tsv"):
        assert re.fullmatch(r"[A-Z]{3}", row["iso3"]) and row["other_cues"]


def test_orgs():
    entries = load_yaml("common", "actors/orgs.yaml")
    names = [e["name"] for e in entries]
    assert len(names) == len(set(names))
    for lang in ("de", "en"):
        seen: dict[str, str] = {}
        for e in entries:
            assert e.get("role") in ROLES, e
            code = e.get("code")
            assert code is None or re.fullmatch(r"[A-Z]{3,12}", code), e
            assert e.get("country") is None or re.fullmatch(r"[A-Z]{3}", e["country"]), e
            aliases = e.get("aliases") or {}
            assert set(aliases) <= {"any", "de", "en"}, e
            for a in list(aliases.get("any") or []) + list(aliases.get(lang) or []):
                key = norm(str(a))
                assert seen.get(key, e["name"]) == e["name"], (key, e["name"], seen.get(key))
                seen[key] = e["name"]


def test_gold_org_keys_are_reachable():
    """Each org key of the gold (orgs.json) is named by some org in the lexicon."""
    import json

    from tests.conftest import shared_path
    gold = json.loads(shared_path("eval", "orgs.json").read_text("utf-8"))
    entries = load_yaml("common", "actors/orgs.yaml")
    texts = [" ".join([e["name"], e.get("code") or ""] + [str(a) for v in (e.get("aliases") or {}).values()
                                                          for a in v]).casefold()
             for e in entries]
    for key, aliases in gold.items():
        assert any(re.search(rf"(?<!\w){re.escape(a)}(?!\w)", t) for a in aliases for t in texts), key


def test_lexicon_tables():
    de = load_lexicon("de")
    assert de.role_noun("Sicherheitskräfte", "Sicherheitskraft").role == "MIL"
    assert de.role_noun("Außenminister").role == "GOV"
    assert de.role_noun("Polizeipräsident").role == "COP"  # longest suffix wins over "präsident"
    assert de.role_noun("Kampftruppen", "Kampftruppe").role == "MIL"
    assert de.role_noun("Bundestag") is None
    assert de.org("Anti-IS-Koalition").name == "anti-IS coalition"
    en = load_lexicon("en")
    assert en.org("anti - IS coalition").name == "anti-IS coalition"
    assert en.org("is") is None and en.org("IS").code == "IMGMUSISI"


def test_people_table():
    rows = load_tsv("common", "actors/people.tsv")
    names = [v.strip() for r in rows for v in r["name"].split("|")]
    assert len(names) == len(set(names))
    en = load_lexicon("en")
    for r in rows:
        assert r["country"] == "-" or re.fullmatch(r"[A-Z]{3}", r["country"]), r
        assert r["role"] in ROLES, r
        assert not r["org"] or en.org(r["org"]) is not None, r  # orgs must be in orgs.yaml
    assert en.known_person("Putin").country == "RUS"
    assert en.known_person("Ursula von der Leyen").org.code == "IGOEEC"
    assert en.known_person("Smith") is None


def test_titles_take_the_sector_of_the_noun_before():
    de = load_lexicon("de")
    assert de.role_noun("Regierungssprecher").role == "GOV"
    assert de.role_noun("Konzernsprecher").role == "BUS"
    assert de.role_noun("Gewerkschaftschef").role == "LAB"
    assert de.compound_role("Konzern-Sprecher").role == "BUS"
    assert de.role_noun("Bundesverteidigungsminister").role == "GOV"


def test_federal_tables_and_entity_kinds():
    for r in load_tsv("de", "actors/federal.tsv"):
        codes = r["countries"].split("|")
        assert r["prefix"].islower() and all(re.fullmatch(r"[A-Z]{3}", c) for c in codes)
    rows = load_tsv("de", "actors/federal_roles.tsv")
    assert len({(r["noun"], r["country"]) for r in rows}) == len(rows)
    assert all(r["role"] in ROLES for r in rows)
    kinds = load_tsv("common", "actors/entity_kinds.tsv")
    assert len({r["kind"] for r in kinds}) == len(kinds)
    assert all(r["role"] == "-" or r["role"] in ROLES for r in kinds)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_located_nouns_are_role_nouns(lang):
    from newsevents.lang import load_lines
    words = load_lines(lang, "actors/located.txt")
    assert len(words) == len(set(words))
    lex = load_lexicon(lang)
    for w in words:
        assert lex.role_noun(w) is not None or tuple(w.split()) in lex.phrases, w
