"""A readable summary of one record, for people at a terminal."""

from __future__ import annotations

from ..record import Actor, Record


def _actor(a: Actor | None) -> str:
    if a is None:
        return "—"
    code = a.code or "".join(x for x in (a.country, a.role) if x) or "?"
    return f"{a.text} [{code}]"


def summarise(record: Record, path: str | None = None) -> str:
    lines = [f"== {path or record.doc_id}  ({record.lang or '?'}, {record.date or 'undated'})"]
    lines.append(f"   {len(record.sentences)} sentences, {len(record.entities)} entities, "
                 f"{len(record.timexes)} dates and times, {len(record.quantities)} quantities, "
                 f"{len(record.quotes)} quotes, {len(record.events)} events")
    if record.entities:
        seen: dict[tuple[str, str], int] = {}
        for e in record.entities:
            seen[(e.type, e.name)] = seen.get((e.type, e.name), 0) + 1
        ents = ", ".join(f"{n} ({t}{'×%d' % c if c > 1 else ''})" for (t, n), c in seen.items())
        lines.append(f"   entities: {ents}")
    if record.timexes:
        lines.append("   time: " + ", ".join(f"{t.text} = {t.value}" for t in record.timexes))
    if record.quantities:
        lines.append("   quantities: " + ", ".join(
            f"{q.text} = {q.value}{'~' if q.approximate else ''}" for q in record.quantities))
    for q in record.quotes:
        lines.append(f"   quote: “{q.text[:70]}{'…' if len(q.text) > 70 else ''}” — {_actor(q.speaker)}")
    for ev in record.events:
        flags = "".join([" NOT" if ev.negated else "", " MAYBE" if ev.hypothetical else ""])
        lines.append(f"   event {ev.cameo} {ev.plover or ''}{flags}: {_actor(ev.source)} → "
                     f"{_actor(ev.target)}  “{ev.trigger.text}”  date {ev.date or '?'}")
    for w in record.warnings:
        lines.append(f"   warning: {w}")
    return "\n".join(lines)
