"""Record <-> table rows.  The only place that knows how nested records become flat columns.

A round trip is exact: ``rows_to_record(record_to_rows(r)) == r`` for every Record, which
``tests/test_store.py`` checks on real pipeline output.
"""

from __future__ import annotations

import json
from typing import Any

from ..record import (Actor, Entity, Event, Location, Quantity, Quote, Record, SentenceSpan,
                      Span, Timex)
from .schema import TABLES, _ACTOR_COLS


def _actor_values(a: Actor | None) -> list[Any]:
    if a is None:
        return [None] * len(_ACTOR_COLS)
    return [a.text, a.name, a.code, a.country, a.role, a.org]


def _actor_from(row: dict[str, Any], prefix: str) -> Actor | None:
    if row.get(f"{prefix}_text") is None:  # Actor.text is required: NULL means no actor
        return None
    return Actor(**{c: row[f"{prefix}_{c}"] for c in _ACTOR_COLS})


def document_row(record: Record, *, hash: str, seq: int, outlet: str | None, path: str | None,
                 pipeline_version: str, lexicon_version: str, ingested_at,
                 story_id: str | None = None) -> list[Any]:
    return [record.doc_id, hash, seq, record.lang, record.date, record.date_precision,
            record.title, record.source, record.url, outlet, record.text, path, pipeline_version,
            lexicon_version, record.schema, json.dumps(list(record.warnings), ensure_ascii=False),
            ingested_at, story_id or record.doc_id]


def event_values(e: Event) -> list[Any]:
    """The columns of one event up to (not including) the deduplication columns."""
    loc = e.location
    return [e.id, e.sentence_id, e.trigger.text, e.trigger.start, e.trigger.end, e.cameo,
            e.cameo_root, e.quad_class, e.goldstein, e.plover, e.date,
            *_actor_values(e.source), *_actor_values(e.target), *_actor_values(e.reported_by),
            loc.name if loc else None, loc.country if loc else None, loc.lat if loc else None,
            loc.lon if loc else None, e.negated, e.hypothetical, e.confidence, e.rule]


def item_rows(record: Record) -> dict[str, list[list[Any]]]:
    """Rows for every item table except the dedup columns of events (filled by the writer)."""
    d = record.doc_id
    text = record.text
    return {
        "sentences": [[d, s.id, s.start, s.end, text[s.start:s.end]] for s in record.sentences],
        "entities": [[d, i, e.text, e.start, e.end, e.type, e.name, e.country, e.lat, e.lon]
                     for i, e in enumerate(record.entities)],
        "timexes": [[d, i, t.text, t.start, t.end, t.type, t.value]
                    for i, t in enumerate(record.timexes)],
        "quantities": [[d, i, q.text, q.start, q.end, float(q.value),
                        isinstance(q.value, int) and not isinstance(q.value, bool), q.object,
                        q.approximate] for i, q in enumerate(record.quantities)],
        "quotes": [[d, i, q.text, q.start, q.end, *_actor_values(q.speaker)]
                   for i, q in enumerate(record.quotes)],
        "events": [[d, i, *event_values(e)] for i, e in enumerate(record.events)],
    }


def columns(table: str) -> list[str]:
    return [c for c, _ in TABLES[table]]


def event_from_row(r: dict[str, Any]) -> Event:
    loc = None
    if r["location_name"] is not None:
        loc = Location(name=r["location_name"], country=r["location_country"],
                       lat=r["location_lat"], lon=r["location_lon"])
    return Event(
        id=r["event_id"], sentence_id=r["sentence_id"],
        trigger=Span(r["trigger_text"], r["trigger_start"], r["trigger_end"]),
        cameo=r["cameo"], cameo_root=r["cameo_root"], quad_class=r["quad_class"],
        goldstein=r["goldstein"], source=_actor_from(r, "source"),
        target=_actor_from(r, "target"), plover=r["plover"], date=r["date"], location=loc,
        negated=r["negated"], hypothetical=r["hypothetical"],
        reported_by=_actor_from(r, "reported_by"), confidence=r["confidence"], rule=r["rule"])


def rows_to_record(doc: dict[str, Any], items: dict[str, list[dict[str, Any]]]) -> Record:
    """Rebuild the Record from its document row and its item rows (each list in idx order)."""
    def quantity(r):
        v = r["value"]
        return Quantity(r["text"], r["start"], r["end"], int(v) if r["value_is_int"] else v,
                        r["object"], r["approximate"])

    return Record(
        doc_id=doc["doc_id"], lang=doc["lang"], date=doc["date"], text=doc["text"],
        title=doc["title"], source=doc["source"], url=doc["url"],
        sentences=tuple(SentenceSpan(r["sentence_id"], r["start"], r["end"])
                        for r in items["sentences"]),
        entities=tuple(Entity(r["text"], r["start"], r["end"], r["type"], r["name"],
                              r["country"], r["lat"], r["lon"]) for r in items["entities"]),
        timexes=tuple(Timex(r["text"], r["start"], r["end"], r["type"], r["value"])
                      for r in items["timexes"]),
        quantities=tuple(quantity(r) for r in items["quantities"]),
        quotes=tuple(Quote(r["text"], r["start"], r["end"], _actor_from(r, "speaker"))
                     for r in items["quotes"]),
        events=tuple(event_from_row(r) for r in items["events"]),
        schema=doc["schema"] or "newsevents/1", date_precision=doc["date_precision"],
        warnings=tuple(json.loads(doc["warnings"] or "[]")),
    )
