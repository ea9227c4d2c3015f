"""Calendar arithmetic for TIMEX3 values: anchors, shifts, weekdays, weeks, Easter.

These are the algorithms of normalisation (the words live in data files).  An ``Anchor`` is
a point in time known to some precision: the document date "2021-12" knows year and month
only, and every value computed from it keeps no more precision than it has.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Anchor:
    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, value: str | None) -> "Anchor | None":
        """'2021-12-31' / '2021-12' / '2021' (a longer TIMEX3 value is cut to its date)."""
        if not value or len(value) < 4 or not value[:4].isdigit():
            return None
        try:
            y = int(value[:4])
            m = int(value[5:7]) if len(value) >= 7 and value[5:7].isdigit() else None
            d = int(value[8:10]) if m and len(value) >= 10 and value[8:10].isdigit() else None
            if d:
                dt.date(y, m, d)
            return cls(y, m, d)
        except ValueError:
            return None

    @property
    def date(self) -> dt.date | None:
        return dt.date(self.year, self.month, self.day) if self.month and self.day else None

    def value(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


def easter(year: int) -> dt.date:
    """Easter Sunday (Gregorian calendar; the anonymous 'Meeus/Jones/Butcher' computus)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def holiday_date(rule: str, year: int) -> dt.date | None:
    """Date of a holiday rule in ``year``: ``MM-DD``; ``easter+N``; ``nth:MM:W:N`` (N-th ISO
    weekday W of month MM, N = -1 the last); ``sundaybefore:MM-DD:N[-D]`` (the N-th Sunday
    before MM-DD, moved D days: "sundaybefore:12-25:5-4" is Buß- und Bettag)."""
    try:
        if rule.startswith("easter"):
            return easter(year) + dt.timedelta(days=int(rule[6:] or 0))
        if rule.startswith("sundaybefore:"):
            # the N-th Sunday before MM-DD (4 before Christmas: 1st Advent), +/- days
            _, mmdd, rest = rule.split(":")
            n, _, off = rest.partition("+") if "+" in rest else rest.partition("-")
            sign = -1 if "-" in rest else 1
            mm, dd = mmdd.split("-")
            ref = dt.date(year, int(mm), int(dd))
            last_sunday = ref - dt.timedelta(days=(ref.isoweekday() % 7) or 7)
            d = last_sunday - dt.timedelta(weeks=int(n) - 1)
            return d + dt.timedelta(days=sign * int(off or 0))
        if rule.startswith("nth:"):
            _, mm, wd, n = rule.split(":")
            if int(n) < 0:  # the last such weekday of the month
                nxt = dt.date(year + int(mm) // 12, int(mm) % 12 + 1, 1)
                last = nxt - dt.timedelta(days=1)
                return last - dt.timedelta(days=(last.isoweekday() - int(wd)) % 7)
            first = dt.date(year, int(mm), 1)
            delta = (int(wd) - first.isoweekday()) % 7
            return first + dt.timedelta(days=delta + 7 * (int(n) - 1))
        mm, dd = rule.split("-")
        return dt.date(year, int(mm), int(dd))
    except (ValueError, IndexError):
        return None


def week_value(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def shift(anchor: Anchor, unit: str, n: int) -> str | None:
    """The calendar unit ``n`` units away from ``anchor``, at the unit's granularity."""
    if unit == "Y":
        return f"{anchor.year + n:04d}"
    if unit == "DE":
        return f"{(anchor.year // 10 + n):03d}"
    if unit == "CE":
        return f"{(anchor.year // 100 + n):02d}"
    if anchor.month is None:
        return f"{anchor.year:04d}"
    if unit == "M":
        y, m = add_months(anchor.year, anchor.month, n)
        return f"{y:04d}-{m:02d}"
    if unit == "Q":
        q = (anchor.month - 1) // 3 + n
        y = anchor.year + q // 4
        return f"{y:04d}-Q{q % 4 + 1}"
    if anchor.day is None:
        return anchor.value()
    d = anchor.date
    assert d is not None
    if unit == "D":
        return (d + dt.timedelta(days=n)).isoformat()
    if unit == "W":
        return week_value(d + dt.timedelta(weeks=n))
    if unit == "WE":
        return week_value(d + dt.timedelta(weeks=n)) + "-WE"
    return None


def weekday(anchor: Anchor, wd: int, direction: str) -> str:
    """The weekday ``wd`` (ISO) nearest the anchor: the last one on or before it ("past") or
    the next one on or after it ("future").  Without a day anchor: ``XXXX-WXX-wd``."""
    d = anchor.date
    if d is None:
        return f"XXXX-WXX-{wd}"
    if direction == "future":
        return (d + dt.timedelta(days=(wd - d.isoweekday()) % 7)).isoformat()
    return (d - dt.timedelta(days=(d.isoweekday() - wd) % 7)).isoformat()


def month_year(anchor: Anchor, month: int, direction: str) -> int:
    """The year of a month named without one: the anchor's year, moved back when the text
    speaks of the past and the month lies after the anchor, forward in the mirror case."""
    if anchor.month is None:
        return anchor.year
    if direction == "past" and month > anchor.month:
        return anchor.year - 1
    if direction == "future" and month < anchor.month:
        return anchor.year + 1
    return anchor.year


def valid_date(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
        return True
    except ValueError:
        return False


#: the months a season covers (northern hemisphere, meteorological)
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def season_year(anchor: Anchor, season: str, rel: int) -> int:
    """The (starting) year of "last / this / next <season>" seen from the anchor.  A season
    is named by the year it starts in (winter 2020 = December 2020 to February 2021)."""
    if anchor.month is None or season not in SEASON_MONTHS:
        return anchor.year + rel
    start, end = SEASON_MONTHS[season]
    a, m = anchor.year, anchor.month
    recent = a if m >= start else a - 1  # the last one to have begun
    months_in = (m - start) % 12
    length = (end - start) % 12
    inside = months_in <= length and (m >= start or season == "WI")
    if rel < 0:
        return (recent - 1 if inside else recent) + rel + 1
    if rel > 0:
        return recent + rel
    if season == "WI":
        return recent if inside else a
    return a


def move(anchor: Anchor, unit: str, n: int) -> str | None:
    """``anchor`` moved by ``n`` units, keeping the anchor's precision ("two weeks before
    Christmas 2016" is a day; "three months after March 2016" a month)."""
    import calendar as _cal
    d = anchor.date
    if d is None:
        return shift(anchor, unit, n) if unit in ("Y", "M") else None
    if unit == "D":
        return (d + dt.timedelta(days=n)).isoformat()
    if unit == "W":
        return (d + dt.timedelta(weeks=n)).isoformat()
    if unit in ("M", "Y"):
        y, m = add_months(d.year, d.month, n if unit == "M" else 12 * n)
        return dt.date(y, m, min(d.day, _cal.monthrange(y, m)[1])).isoformat()
    return None
