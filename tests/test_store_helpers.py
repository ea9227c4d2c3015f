"""Helpers for the store/dedup/export tests: records with events built from real sentences.

The event coder is written in parallel; until its output is stable these tests attach Event
records that a careful coder would give for sentences of the seed article (shared eval
de-0001, bundled as the package sample), with offsets computed from the real text.
"""

from __future__ import annotations

from dataclasses import replace

from newsevents.record import (Actor, Entity, Event, Location, Quantity, Quote, Record, Span,
                               Timex)

IRQ_PM = dict(text="Iraks Ministerpräsident Mustafa al-Kadhimi", name="Mustafa al-Kadhimi",
              code="IRQGOV", country="IRQ", role="GOV")
COALITION = dict(text="der internationalen Koalition", name="internationale Koalition",
                 code="IGOMIL", country=None, role="MIL", org="Anti-IS-Koalition")

#: (sentence starts with, trigger, cameo, goldstein, quad, plover, source, target, location)
SEED_EVENTS = [
    ("Iraks Ministerpräsident Mustafa al-Kadhimi bedankte", "bedankte", "051", 3.4, 1,
     "SUPPORT", IRQ_PM, COALITION, ("Irak", "IRQ", 33.0, 44.0)),
    # the same thanks, stated again later in the article
    ("Ministerpräsident Mustafa al-Kadhimi hatte den Anführern", "gedankt", "051", 3.4, 1,
     "SUPPORT", dict(IRQ_PM, text="Ministerpräsident Mustafa al-Kadhimi"),
     dict(COALITION, text="den Anführern der Koalition"), ("Irak", "IRQ", 33.0, 44.0)),
    ("In den vergangenen Monaten waren mehrfach Einrichtungen angegriffen", "angegriffen", "190",
     -10.0, 4, "ASSAULT", None, dict(text="den USA", name="USA", code="USA", country="USA"),
     ("Irak", "IRQ", 33.0, 44.0)),
    ("Die USA hatten im Juli den Abzug", "verkündet", "030", 3.4, 1, None,
     dict(text="Die USA", name="USA", code="USA", country="USA"), None, None),
]


def sentence_start(record: Record, prefix: str) -> tuple[int, int]:
    for s in record.sentences:
        if record.text[s.start:s.end].startswith(prefix):
            return s.id, s.start
    raise AssertionError(f"no sentence starts with {prefix!r}")


def seed_events(record: Record, *, date: str | None = None, specs=SEED_EVENTS) -> tuple[Event, ...]:
    out = []
    for i, (prefix, trig, cameo, gold, quad, plover, src, tgt, loc) in enumerate(specs):
        sid, start = sentence_start(record, prefix)
        t = record.text.index(trig, start)
        out.append(Event(
            id=f"{record.doc_id}-e{i}", sentence_id=sid, trigger=Span(trig, t, t + len(trig)),
            cameo=cameo, cameo_root=cameo[:2], quad_class=quad, goldstein=gold,
            source=Actor(**src) if src else None, target=Actor(**tgt) if tgt else None,
            plover=plover, date=date, location=Location(*loc) if loc else None,
            negated=False, hypothetical=False, confidence=0.8, rule=f"test:{trig}"))
    return tuple(out)


def _span(record: Record, text: str, after: int = 0) -> tuple[int, int]:
    i = record.text.index(text, after)
    return i, i + len(text)


def rich_record(record: Record, **changes) -> Record:
    """The record with events, and with entities/timexes/quantities/quotes from real text
    (independent of what the parallel components find today)."""
    b = _span(record, "Bagdad")
    j = _span(record, "Im Juli", 0) if "Im Juli" in record.text else _span(record, "im Juli")
    n = _span(record, "rund 2.500")
    q = _span(record, "Es befinden sich keine weiteren ausländischen Kampftruppen auf "
                      "irakischem Boden")
    rec = replace(
        record,
        entities=(Entity("Bagdad", *b, "LOC", "Bagdad", "IRQ", 33.34, 44.4),
                  Entity(record.text[slice(*_span(record, "Mustafa al-Kadhimi"))],
                         *_span(record, "Mustafa al-Kadhimi"), "PERSON", "Mustafa al-Kadhimi")),
        timexes=(Timex(record.text[j[0]:j[1]], *j, "DATE", "2021-07"),),
        quantities=(Quantity("rund 2.500", *n, 2500, "US-Kräfte", True),
                    Quantity("rund 2.500", *n, 2.5, None, False)),
        quotes=(Quote(record.text[q[0]:q[1]], *q,
                      Actor("die Regierung in Bagdad", None, "IRQGOV", "IRQ", "GOV")),
                Quote(record.text[q[0]:q[1]], *q, None)),
        events=seed_events(record),
    )
    return replace(rec, **changes) if changes else rec


_SEED: list[Record] = []


def seed_sentences() -> Record:
    """The seed article split into sentences only (language + tokenize), so that tests of the
    store do not depend on the state of the later, parallel-developed components."""
    if not _SEED:
        from newsevents.cli.extract import sample_path
        from newsevents.pipeline import Pipeline
        from newsevents.readers import read_inputs
        [article] = list(read_inputs([sample_path()]))
        _SEED.append(Pipeline(only=["language", "tokenize"])(article))
    return _SEED[0]
