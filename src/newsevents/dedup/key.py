"""The matching key of an event mention and the day interval its date stands for.

Why these parts: GDELT and ICEWS identify an event by who did what to whom, where and when.
The full CAMEO code is left out of the key (two outlets often pick sibling codes of the same
root for one action) and so is the trigger wording (German and English reports of the same
event must meet).  Actors are compared by their code when coded, else by country+role, else
by their normalised name; a location by its country, else its name.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ..record import Actor, Event, Location

_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?\Z")
_WEEK = re.compile(r"(\d{4})-W(\d{2})\Z")


def _norm(s: str | None) -> str:
    return " ".join((s or "").casefold().split())


def actor_key(a: Actor | None) -> str:
    if a is None:
        return ""
    if a.code:
        return a.code.upper()
    if a.country or a.role:
        return f"{a.country or ''}{a.role or ''}".upper()
    if a.org:
        return "org:" + _norm(a.org)
    return "name:" + _norm(a.name or a.text)


def location_key(loc: Location | None) -> str:
    if loc is None:
        return ""
    return (loc.country or "").upper() or "name:" + _norm(loc.name)


def event_key(e: Event) -> str:
    return "|".join([e.cameo_root or (e.cameo or "")[:2], actor_key(e.source),
                     actor_key(e.target), location_key(e.location),
                     "neg" if e.negated else "", "hyp" if e.hypothetical else ""])


def mergeable(e: Event) -> bool:
    """An event naming neither source nor target says too little to be recognised in another
    sentence or article ("there were attacks"): it stays an event of its own."""
    return e.source is not None or e.target is not None


def dedup_key(e: Event, doc_id: str, idx: int) -> str:
    """The key stored with a mention: ``event_key``, made unique when not mergeable."""
    key = event_key(e)
    return key if mergeable(e) else f"{key}|only:{doc_id}#{idx}"


def day_interval(value: str | None) -> tuple[dt.date, dt.date] | None:
    """First and last day a TIMEX3-like date value covers ("2021-12" -> Dec 1..31)."""
    if not value:
        return None
    m = _DATE.match(value)
    try:
        if m:
            y = int(m.group(1))
            if m.group(3):
                d = dt.date(y, int(m.group(2)), int(m.group(3)))
                return d, d
            if m.group(2):
                mo = int(m.group(2))
                return dt.date(y, mo, 1), dt.date(y, mo, calendar.monthrange(y, mo)[1])
            return dt.date(y, 1, 1), dt.date(y, 12, 31)
        w = _WEEK.match(value)
        if w:
            start = dt.date.fromisocalendar(int(w.group(1)), int(w.group(2)), 1)
            return start, start + dt.timedelta(days=6)
    except ValueError:
        return None
    return None


def event_interval(e: Event, doc_date: str | None) -> tuple[dt.date, dt.date] | None:
    """The event's own date when it parses, else the document's date."""
    return day_interval(e.date) or day_interval(doc_date)
