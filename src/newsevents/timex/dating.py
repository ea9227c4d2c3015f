"""The event dating hook: the date an event happened, not the day the article appeared.

``date_for(doc, sentence_id, start, end)`` is what the event coder calls for a clause.  It
prefers a DATE (or TIME) expression inside the clause, nearest to it; then one elsewhere in
the sentence (news sentences usually carry one governing time adverbial); then the document
date.  Vague values (PAST_REF, PRESENT_REF...) and durations do not date an event: a
PRESENT_REF or FUTURE_REF clause is dated by the document date, a PAST_REF one not at all
(we know only that it happened before) — unless it counts small units: "vor einigen Tagen"
or "in recent days" (days, weeks) fall in the document's month, "in den vergangenen Monaten"
in its year.  Precision is kept: "im Juli" gives "2021-07".

A headline (a one-sentence first paragraph) rarely carries a time but reports the lead's
event ("Car bomb kills dozens" / "A car bomb was on Monday rammed..."): without a timex of
its own it takes the date of the first lead sentence that has one (datelines skipped).
"""

from __future__ import annotations

import re

from ..doc import Doc
from ..record import Timex

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def calendar_date(value: str) -> str | None:
    """The YYYY[-MM[-DD]] part of a TIMEX3 value ("2021-12-31T14:00" -> "2021-12-31");
    None for weeks, seasons, quarters, vague values (they name no calendar date)."""
    m = _DATE.match(value)
    if not m:
        return None
    rest = value[m.end():]
    if rest and not rest.startswith("T"):
        # 2021-W52, 2021-SU, 2021-Q1, 2021-H2: the year is still known
        if rest[:2] in {"-W", "-Q", "-H"} or rest[1:3] in {"SU", "SP", "FA", "WI"}:
            return m.group(1)
        return None
    return m.group(0)


def _week_month(value: str) -> str | None:
    """An ISO week lies in a month or straddles two: keep the year-month of its Thursday."""
    import datetime as dt
    m = re.match(r"^(\d{4})-W(\d{2})", value)
    if not m:
        return None
    try:
        d = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 4)
    except ValueError:
        return None
    return f"{d.year:04d}-{d.month:02d}"


def timex_date(t: Timex) -> str | None:
    if t.type not in ("DATE", "TIME"):
        return None
    if "-W" in t.value:
        return _week_month(t.value)
    return calendar_date(t.value)


#: for vague expressions counting a unit: how much of the document date still holds
_VAGUE_KEEP = {"D": 7, "W": 7, "WE": 7, "M": 4}


def _vague_date(doc: Doc, t: Timex) -> str | None:
    """The date a vague expression still allows: PRESENT_REF/FUTURE_REF the document date;
    PAST_REF and "PX<unit>" the document's month (days, weeks) or year (months), else None."""
    if t.value in ("PRESENT_REF", "FUTURE_REF"):
        return doc.date
    unit = None
    for f in doc.analyses.get("timex", ()) or ():
        if getattr(f, "start", None) == t.start and getattr(f, "end", None) == t.end:
            unit = f.unit
            break
    if unit is None and t.value.startswith("PX"):
        unit = t.value[2:]
    keep = _VAGUE_KEEP.get(unit or "")
    if keep and doc.date:
        return doc.date[:keep]
    return None


def _is_vague(t: Timex) -> bool:
    return t.value.endswith("_REF") or t.value.startswith("PX")


#: how many sentences after a headline may hold the lead's date
LEAD_SENTENCES = 3


def _is_dateline(doc: Doc, t: Timex) -> bool:
    """A timex that is (nearly) its whole sentence: "Thursday, January 24, 2019"."""
    s = doc.sentence_at(t.start)
    if s is None:
        return False
    body = "".join(doc.text[s.start:s.end].split())
    return len("".join(t.text.split())) >= 0.8 * max(1, len(body))


def _headline_date(doc: Doc, sentence_id: int) -> str | None:
    """The lead's date for a headline sentence, or None when it is no headline."""
    sent = doc.sentences[sentence_id]
    if sent.paragraph != 0 or any(s.paragraph == 0 and s.id != sent.id for s in doc.sentences):
        return None
    seen = 0
    for s in doc.sentences[sentence_id + 1:]:
        ts = [t for t in doc.timexes if s.start <= t.start < s.end and not _is_dateline(doc, t)]
        if all(_is_dateline(doc, t) for t in doc.timexes if s.start <= t.start < s.end) and \
                any(s.start <= t.start < s.end for t in doc.timexes):
            continue  # a dateline sentence: not the lead
        seen += 1
        for t in ts:
            d = timex_date(t)
            if d:
                return d
        if seen >= LEAD_SENTENCES:
            break
    return None


def date_for(doc: Doc, sentence_id: int, start: int, end: int,
             trigger: int | None = None) -> str | None:
    """The date of the clause at characters ``start..end`` of sentence ``sentence_id``.

    ``trigger`` (a character offset, e.g. of the event verb) decides between several timexes
    inside the clause; by default the clause's middle.
    """
    if not (0 <= sentence_id < len(doc.sentences)):
        return doc.date
    sent = doc.sentences[sentence_id]
    in_sent = [t for t in doc.timexes if t.start >= sent.start and t.end <= sent.end]
    pivot = trigger if trigger is not None else (start + end) // 2

    def nearest(ts: list[Timex]) -> Timex | None:
        return min(ts, key=lambda t: min(abs(t.start - pivot), abs(t.end - pivot)), default=None)

    inside = [t for t in in_sent if t.start >= start and t.end <= end]
    for group in (inside, in_sent):
        dated = [t for t in group if timex_date(t)]
        best = nearest(dated)
        if best is not None:
            return timex_date(best)
        best = nearest([t for t in group if _is_vague(t)])
        if best is not None:
            return _vague_date(doc, best)
    return _headline_date(doc, sentence_id) or doc.date
