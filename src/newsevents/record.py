"""The document record: frozen dataclasses mirroring shared/design/OUTPUT.md.

Every part of newsevents exchanges these records, so they are immutable and carry their own
(de)serialisation.  ``to_dict`` gives exactly the JSON shape of the contract; ``from_dict``
accepts what ``to_dict`` produced (and tolerates missing optional keys, so older files load).

Fields added beyond OUTPUT.md are optional and only ever *added* (``rule`` on events, the
``date_precision`` of a record), so consumers of ``newsevents/1`` keep working.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

SCHEMA = "newsevents/1"


def _pick(cls, data: dict[str, Any]) -> dict[str, Any]:
    """Keep only the keys that ``cls`` declares, so unknown keys from newer files are ignored."""
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in data.items() if k in names}


@dataclass(frozen=True, slots=True)
class Span:
    """Words in the record's text: ``text == record.text[start:end]``."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Span":
        return cls(**_pick(cls, d))


@dataclass(frozen=True, slots=True)
class SentenceSpan:
    id: int
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "SentenceSpan":
        return cls(**_pick(cls, d))


@dataclass(frozen=True, slots=True)
class Entity:
    text: str
    start: int
    end: int
    type: str  # PERSON | ORG | LOC | MISC
    name: str  # canonical name ("Irak" for "Iraks")
    country: str | None = None  # ISO3
    lat: float | None = None
    lon: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Entity":
        return cls(**_pick(cls, d))


@dataclass(frozen=True, slots=True)
class Timex:
    text: str
    start: int
    end: int
    type: str  # DATE | TIME | DURATION | SET
    value: str  # TIMEX3 value

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Timex":
        return cls(**_pick(cls, d))


@dataclass(frozen=True, slots=True)
class Quantity:
    text: str
    start: int
    end: int
    value: float | int
    object: str | None = None
    approximate: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Quantity":
        return cls(**_pick(cls, d))


@dataclass(frozen=True, slots=True)
class Actor:
    """Someone who can act: a person, an organisation or a group, coded CAMEO-style."""

    text: str
    name: str | None = None
    code: str | None = None  # "USAMIL", "IRQGOV", "IMGMUSISI"
    country: str | None = None  # ISO3
    role: str | None = None  # GOV MIL COP REB ...
    org: str | None = None  # "Islamic State", "NATO"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> "Actor | None":
        return None if d is None else cls(**_pick(cls, d))


@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    start: int
    end: int
    speaker: Actor | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end,
                "speaker": self.speaker.to_dict() if self.speaker else None}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Quote":
        return cls(text=d["text"], start=d["start"], end=d["end"],
                   speaker=Actor.from_dict(d.get("speaker")))


@dataclass(frozen=True, slots=True)
class Location:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> "Location | None":
        return None if d is None else cls(**_pick(cls, d))


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    sentence_id: int
    trigger: Span
    cameo: str
    cameo_root: str
    quad_class: int
    goldstein: float
    source: Actor | None = None
    target: Actor | None = None
    plover: str | None = None
    date: str | None = None
    location: Location | None = None
    negated: bool = False
    hypothetical: bool = False
    reported_by: Actor | None = None
    confidence: float = 0.5
    rule: str | None = None  # provenance: the lexicon entry that fired ("de/verbs.yaml:123 abziehen")

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "sentence_id": self.sentence_id, "trigger": self.trigger.to_dict(),
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "cameo": self.cameo, "cameo_root": self.cameo_root, "quad_class": self.quad_class,
            "goldstein": self.goldstein, "plover": self.plover, "date": self.date,
            "location": self.location.to_dict() if self.location else None,
            "negated": self.negated, "hypothetical": self.hypothetical,
            "reported_by": self.reported_by.to_dict() if self.reported_by else None,
            "confidence": self.confidence, "rule": self.rule,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Event":
        return cls(
            id=d["id"], sentence_id=d["sentence_id"], trigger=Span.from_dict(d["trigger"]),
            cameo=d["cameo"], cameo_root=d["cameo_root"], quad_class=d["quad_class"],
            goldstein=d["goldstein"], source=Actor.from_dict(d.get("source")),
            target=Actor.from_dict(d.get("target")), plover=d.get("plover"), date=d.get("date"),
            location=Location.from_dict(d.get("location")), negated=d.get("negated", False),
            hypothetical=d.get("hypothetical", False),
            reported_by=Actor.from_dict(d.get("reported_by")),
            confidence=d.get("confidence", 0.5), rule=d.get("rule"),
        )


@dataclass(frozen=True, slots=True)
class Record:
    """One analysed document: the unit of output, storage and export."""

    doc_id: str
    lang: str | None
    date: str | None
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    sentences: tuple[SentenceSpan, ...] = ()
    entities: tuple[Entity, ...] = ()
    timexes: tuple[Timex, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    schema: str = SCHEMA
    date_precision: str | None = None  # "day" | "month" | "year" | None
    warnings: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": self.schema, "doc_id": self.doc_id, "lang": self.lang, "date": self.date,
            "date_precision": self.date_precision,
            "title": self.title, "source": self.source, "url": self.url, "text": self.text,
            "sentences": [s.to_dict() for s in self.sentences],
            "entities": [e.to_dict() for e in self.entities],
            "timexes": [t.to_dict() for t in self.timexes],
            "quantities": [q.to_dict() for q in self.quantities],
            "quotes": [q.to_dict() for q in self.quotes],
            "events": [e.to_dict() for e in self.events],
            "warnings": list(self.warnings),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Record":
        return cls(
            doc_id=d["doc_id"], lang=d.get("lang"), date=d.get("date"), text=d["text"],
            title=d.get("title"), source=d.get("source"), url=d.get("url"),
            sentences=tuple(SentenceSpan.from_dict(x) for x in d.get("sentences", [])),
            entities=tuple(Entity.from_dict(x) for x in d.get("entities", [])),
            timexes=tuple(Timex.from_dict(x) for x in d.get("timexes", [])),
            quantities=tuple(Quantity.from_dict(x) for x in d.get("quantities", [])),
            quotes=tuple(Quote.from_dict(x) for x in d.get("quotes", [])),
            events=tuple(Event.from_dict(x) for x in d.get("events", [])),
            schema=d.get("schema", SCHEMA), date_precision=d.get("date_precision"),
            warnings=tuple(d.get("warnings", [])),
        )

    def check_offsets(self) -> list[str]:
        """Return a description of every span whose text is not ``text[start:end]``."""
        bad: list[str] = []
        spans: list[tuple[str, Any]] = []
        spans += [("entity", e) for e in self.entities]
        spans += [("timex", t) for t in self.timexes]
        spans += [("quantity", q) for q in self.quantities]
        spans += [("quote", q) for q in self.quotes]
        spans += [("trigger", e.trigger) for e in self.events]
        for kind, s in spans:
            if self.text[s.start:s.end] != s.text:
                bad.append(f"{kind} {s.text!r} at {s.start}:{s.end}")
        return bad
