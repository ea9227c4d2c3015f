"""Places on the map: every LOC entity gets a country (ISO3) and coordinates.

Readings of a place name come from the entities component (``doc.analyses["entities"]
["candidates"]``) or, when entities came from elsewhere or a rule found the place without a
gazetteer entry ("Meran: Flohmarkt ..."), from this component's own gazetteer;
``newsevents.ner.places`` chooses among them by the article's other places, the kind of place
and population.  Entities are frozen records, so a resolved one is replaced
(``dataclasses.replace``).

``doc.analyses["geo"]``: {entity index: {"kind": COUNTRY|CITY|ADM1|REGION|..., "geonameid":
int | None, "population": int}} for every resolved place.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..doc import Doc
from ..registry import components
from .base import Component


@components.register("newsevents.geo.v1")
class Geo(Component):
    name = "geo"
    requires = ("entities",)
    assigns = ("geo",)

    def __init__(self, settings: dict[str, Any] | None = None):
        super().__init__(settings)
        self._gazetteer = None
        self._centres = None

    def _lookup(self, surface: str, lang: str | None):
        if self._gazetteer is None:
            from ..ner.gazetteer import Gazetteer
            self._gazetteer = Gazetteer()
        return self._gazetteer.lookup(surface, lang=lang)

    def __call__(self, doc: Doc) -> Doc:
        from ..ner.places import CountryCentres, choose, context_countries
        if self._centres is None:
            self._centres = CountryCentres()
        ana = doc.analyses.get("entities")
        given = (ana or {}).get("candidates", {})
        locs = [i for i, e in enumerate(doc.entities) if e.type == "LOC"]
        cands: dict[int, list] = {}
        for i in locs:
            e = doc.entities[i]
            c = given.get(i)
            if c is None:  # made elsewhere, or by a rule without a gazetteer entry ("Meran:")
                c = self._lookup(e.text, doc.lang) or self._lookup(e.name, doc.lang)
            cands[i] = [x for x in (c or []) if x.type == "LOC"]
        context = context_countries(list(cands.values()))
        info: dict[int, dict[str, Any]] = {}
        for i in locs:
            cs = cands[i]
            if not cs:
                continue
            own = context_countries([cs])
            place = choose(cs, context, next(iter(own)) if own else None)
            if place is None:
                continue
            lat, lon = place.lat, place.lon
            if (lat is None or lon is None) and place.kind == "COUNTRY" and place.country:
                lat, lon = self._centres.get(place.country) or (None, None)
            doc.entities[i] = replace(doc.entities[i], country=place.country or
                                      doc.entities[i].country, lat=lat, lon=lon)
            info[i] = {"kind": place.kind, "geonameid": place.geonameid,
                       "population": place.population}
        doc.analyses["geo"] = info
        return doc
