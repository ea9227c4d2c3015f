"""PLOVER/POLECAT JSON: one object per deduplicated event, one per line.

Field names follow the PLOVER manual's "PLOVER JSON" table (id, date, actor, recipient, event,
event_loc, event_text, quad_code, event_scale, mode, context, text_info, cite_info, coder,
coded_date ...), entity objects its entity table (code, sector, entity_text,
identifier_text), locations its location table.  Mode and context come with the event type
from the official CAMEO->PLOVER table (CAMEO 041 "discuss by telephone" is CONSULT in mode
"phone"; 0312 is AGREE in context "military"); where that table names none they are null, as
the manual asks.  Events whose CAMEO code has no PLOVER category
(plain statements, CAMEO 01) are not PLOVER events and are left out.  Beyond the manual's
fields, each object carries GDELT's counts (``num_mentions``, ``num_sources``,
``num_articles``), the number of independent reports (``num_stories``: wire copies count
once) and the ``doc_ids`` of its articles, as the manual allows.
"""

from __future__ import annotations

import json
from typing import IO, Any

from .filters import Filters

CODER = "newsevents"


def _entity(r: dict[str, Any], p: str) -> list[dict[str, Any]]:
    if r[f"{p}_text"] is None:
        return []
    ent = {"code": r[f"{p}_country"], "sector": r[f"{p}_role"], "entity_text": r[f"{p}_text"],
           "identifier_text": r[f"{p}_name"] or r[f"{p}_org"]}
    if r[f"{p}_code"]:
        ent["cameo_code"] = r[f"{p}_code"]
    return [ent]


def _loc(r: dict[str, Any]) -> dict[str, Any] | None:
    if not r["location_name"]:
        return None
    return {"extracted_place": r["location_name"], "resolved_place": r["location_name"],
            "lat": r["location_lat"], "lon": r["location_lon"],
            "country_code": r["location_country"]}


def _cameo(code: str | None):
    """The ontology row of a CAMEO code (None for a code the tables do not know)."""
    from .. import ontology
    from ..errors import ConfigError
    try:
        return ontology.cameo(code) if code else None
    except ConfigError:
        return None


def plover_objects(store, filters: Filters | None = None):
    from .. import __version__
    mentions: dict[int, list[dict[str, Any]]] = {}
    for m in store.rows("mentions", Filters()):
        mentions.setdefault(m["global_event_id"], []).append(m)
    sent_text = {}
    for doc_id, sid, text in store.con.execute(
            "SELECT doc_id, sentence_id, text FROM sentences").fetchall():
        sent_text[(doc_id, sid)] = text
    for r in store.rows("events", filters or Filters()):
        if not r["plover"]:
            continue
        info = _cameo(r["cameo"])
        ms = mentions.get(r["global_event_id"], [])
        first = ms[0] if ms else None
        texts: list[str] = []
        for m in ms:
            t = sent_text.get((m["doc_id"], m["sentence_id"]))
            if t and t not in texts:
                texts.append(t)
        yield {
            "id": f"NEWSEVENTS-{r['global_event_id']}",
            "has_event": True,
            "date": r["day_start"].isoformat() if r["day_start"] else None,
            "enddate": (r["day_end"].isoformat()
                        if r["day_end"] and r["day_end"] != r["day_start"] else None),
            "actor": _entity(r, "source"),
            "recipient": _entity(r, "target"),
            "event": [r["plover"]],
            "mode": info.plover_mode if info else None,
            "context": list(info.plover_context) if info and info.plover_context else None,
            "event_loc": _loc(r),
            "event_text": texts,
            "quad_code": r["quad_class"],
            "event_scale": r["goldstein"],
            "text_info": ({"sequence": first["sentence_id"], "start": first["trigger_start"],
                           "end": first["trigger_end"]} if first else None),
            "cite_info": ({"citation": first["doc_id"], "url": first["url"],
                           "title": first["title"], "language": first["lang"],
                           "publication": first["outlet"], "coder": f"{CODER} {__version__}",
                           "codebook": "CAMEO 1.1b3 + CAMEO2PLOVER-2021"} if first else None),
            "coder": f"{CODER} {__version__}",
            "coded_date": r["date_added"].date().isoformat() if r["date_added"] else None,
            "cameo": r["cameo"],
            "num_mentions": r["num_mentions"], "num_sources": r["num_sources"],
            "num_articles": r["num_articles"], "num_stories": r["num_stories"],
            "doc_ids": sorted({m["doc_id"] for m in ms}),
        }


def write_plover(store, out: IO[str], filters: Filters | None = None) -> int:
    n = 0
    for obj in plover_objects(store, filters):
        out.write(json.dumps(obj, ensure_ascii=False) + "\n")
        n += 1
    return n
