"""The country gazetteer: names, demonyms, adjectives, capitals and seats in German and English."""

from __future__ import annotations

import pytest

from newsevents.gazetteer.countries import country_name, country_of, lookup
from newsevents.lang import load_tsv

ROLES = {"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "PTY", "REB", "INS", "UAF", "CVL", "MED",
         "BUS", "REL", "EDU", "IGO", "NGO", "ELI", "LAB", "SPY", "HLH", "REF", "AGR", "CRM"}


@pytest.mark.parametrize("word,lang,iso3", [
    ("Irak", "de", "IRQ"), ("Iraks", "de", "IRQ"), ("irakisch", "de", "IRQ"),
    ("irakischen", "de", "IRQ"), ("irakischem", "de", "IRQ"), ("Iraker", "de", "IRQ"),
    ("Iraqi", "en", "IRQ"), ("Iraqis", "en", "IRQ"), ("Iraq's", "en", "IRQ"),
    ("US", "en", "USA"), ("US-", "de", "USA"), ("USA", "de", "USA"), ("U.S.", "en", "USA"),
    ("amerikanisch", "de", "USA"), ("US-amerikanischen", "de", "USA"),
    ("pro-iranisch", "de", "IRN"), ("pro-iranische", "de", "IRN"), ("pro-Iranian", "en", "IRN"),
    ("Türkei", "de", "TUR"), ("türkische", "de", "TUR"), ("Turkish", "en", "TUR"),
    ("Kreml", "de", "RUS"), ("Kremlin", "en", "RUS"), ("Bagdad", "de", "IRQ"),
    ("Baghdad", "en", "IRQ"), ("Vereinigte Staaten", "de", "USA"),
    ("Vereinigten Staaten", "de", "USA"), ("Großbritannien", "de", "GBR"), ("Britain", "en", "GBR"),
    ("Russlands", "de", "RUS"), ("Moskau", "de", "RUS"), ("Deutschen", "de", "DEU"),
    ("Weißen Hauses", "de", "USA"), ("White House", "en", "USA"), ("US-Kräfte", "de", "USA"),
    ("Afghanen", "de", "AFG"), ("Ukrainerinnen", "de", "UKR"), ("Kyiv", "en", "UKR"),
    ("Georgien", "de", "GEO"), ("Georgia", "en", "GEO"),
])
def test_country_of(word, lang, iso3):
    assert country_of(word, lang) == iso3


@pytest.mark.parametrize("word,lang", [
    ("us", "en"), ("is", "en"), ("IS", "de"), ("IS", "en"), ("polish", "en"), ("turkey", "en"),
    ("al-Kadhimi", "de"), ("Koalition", "de"), ("Regierung", "de"), ("Die", "de"), ("", "de"),
    ("Anti-IS-Koalition", "de"), ("Victoria", "en"),
])
def test_not_a_country(word, lang):
    assert country_of(word, lang) is None


def test_kinds_and_roles():
    assert lookup("Pentagon", "en").role == "MIL"
    assert lookup("Kreml", "de").kind == "seat"
    assert lookup("Washington", "en").kind == "capital"
    assert lookup("irakische", "de").kind == "adjective"
    assert lookup("Iraker", "de").kind == "demonym"
    assert lookup("pro-iranische", "de").pro is True
    assert lookup("iranische", "de").pro is False


def test_country_name():
    assert country_name("IRQ", "de") == "Irak"
    assert country_name("IRQ", "en") == "Iraq"
    assert country_name("USA", "de") == "USA"
    assert country_name("XXX", "de") is None


@pytest.mark.parametrize("lang", ["de", "en"])
def test_country_table_valid(lang):
    import pycountry
    rows = load_tsv(lang, "actors/countries.tsv")
    assert len(rows) > 100
    seen = set()
    for r in rows:
        assert r["iso3"] not in seen, r["iso3"]
        seen.add(r["iso3"])
        assert r["iso3"] == "XKX" or pycountry.countries.get(alpha_3=r["iso3"]) is not None
        assert r["names"], r


@pytest.mark.parametrize("lang", ["de", "en"])
def test_seat_table_valid(lang):
    rows = load_tsv(lang, "actors/seats.tsv")
    forms = [r["form"] for r in rows]
    assert len(forms) == len(set(forms))
    for r in rows:
        assert len(r["iso3"]) == 3 and r["iso3"].isupper()
        assert r["role"] in ROLES, r
