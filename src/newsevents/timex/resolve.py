"""Resolvers: from a pattern's match to a TIMEX3 value, one method per ``resolve`` name.

``patterns.yaml`` names how each pattern's value is computed (``resolve: calendar``,
``weekday``, ``shift``...); the method ``_r_<name>`` here computes it from the slots the
match filled, the pattern's options and the anchoring context.  The calendar arithmetic
itself lives in ``calendar``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import calendar as cal
from .calendar import Anchor
from .grammar import Grammar, Rule


@dataclass(slots=True)
class Context:
    """What a value is anchored on while a text is read."""

    dct: Anchor | None
    last: Anchor | None  # the date last mentioned (narrative reference time)
    sentence_day: Anchor | None  # a day named earlier in the same sentence
    direction: str | None  # "past" | "future" | None (no cue)
    last_sentence: int = -1  # where the date in focus was mentioned
    sentence: int = 0  # the sentence being read
    window: int = 3  # how many sentences a mentioned date stays in focus
    paragraph: int = 0  # the paragraph being read (line breaks counted)
    last_paragraph: int = 0  # the paragraph where the date in focus was mentioned

    def focus(self) -> Anchor | None:
        """The date in focus: the one last mentioned, if recent enough, else the DCT."""
        if self.last is not None and self.sentence - self.last_sentence <= self.window:
            return self.last
        return self.dct


class Resolver:
    """Turns matches into values; the tagger inherits it (``self.grammar`` is set there)."""

    grammar: Grammar

    # ------------------------------------------------------------------ resolving
    def _slot(self, m: re.Match, name: str) -> str | None:
        """The table value (or digits) a slot matched, trying ``name`` and ``name__2``..."""
        for g in (name, f"{name}__2", f"{name}__3"):
            if g in m.re.groupindex and m.group(g) is not None:
                raw = m.group(g)
                table = self.grammar.tables.get(name)
                return table.lookup(raw) if table else raw
        return None

    def resolve(self, rule: Rule, m: re.Match, ctx: Context) -> tuple[str, str | None] | None:
        fn = getattr(self, f"_r_{rule.resolve}")
        value = fn(rule, m, ctx)
        if value is None:
            return None
        mod = self._slot(m, "partof")
        return value, mod

    def _anchor(self, rule: Rule, ctx: Context) -> Anchor | None:
        """``anchor: last`` is the date in focus (recent, else the DCT); ``anchor: narrative``
        is the last date mentioned however far back ("zwei Jahre später", "the following
        year" say "after the time the story is at": HeidelTime's last reference date)."""
        if rule.params.get("anchor") == "narrative":
            return ctx.last if ctx.last is not None else ctx.dct
        return ctx.focus() if rule.params.get("anchor") == "last" else ctx.dct

    @staticmethod
    def _story_anchor(ctx: Context) -> Anchor | None:
        """The date a story is telling, when it is not the publication date: the date in
        focus (mentioned in the last few sentences) lying in another year than the DCT
        ("Am 3. März 2019 brach ein Feuer aus. Im April begann ..." = 2019-04; HeidelTime's
        narrative reference time), in the same paragraph, told to the month at least: a bare
        year is background more often than a story's time ("since 1960", "in 2011").  None when the text
        stays near the DCT, a new paragraph began, or the text speaks of the future from a
        past date ("2019 gegründet. Im April wird sie ...")."""
        focus = ctx.focus()
        if focus is None or ctx.dct is None or focus is ctx.dct or focus.year == ctx.dct.year \
                or focus.month is None or ctx.paragraph != ctx.last_paragraph:
            return None  # a new paragraph goes back to the present: "Die USA hatten im Juli"
        if ctx.direction == "future" and focus.year < ctx.dct.year:
            return None
        return focus

    @staticmethod
    def _story_day(ctx: Context) -> Anchor | None:
        """The day a clock time without a date belongs to, when a story is telling one: a day
        other than the DCT named in this or the previous sentence of the paragraph ("Am
        nächsten Tag kamen die Helfer. Gegen 13 Uhr war der Brand gelöscht.") told in the past
        tense.  Further back, with no such day, or without a past tense (event listings:
        "Bozen: Konzert, 20 Uhr."), the publication date."""
        last = ctx.last
        if last is None or last.day is None or last == ctx.dct or \
                ctx.paragraph != ctx.last_paragraph or ctx.direction != "past":
            return None
        return last if ctx.sentence - ctx.last_sentence <= 1 else None

    def _r_ignore(self, rule: Rule, m: re.Match, ctx: Context) -> str | None:
        """Words that look temporal but are not (ages): matched so nothing else takes them."""
        return None

    def _r_nth_week(self, rule: Rule, m: re.Match, ctx: Context) -> str | None:
        """"die dritte Woche (im Juli)": the ISO week holding day 1 + 7(n-1) of the month
        named, else of the month in focus (last mentioned), else of the document month."""
        n = int(self._slot(m, "ordinal") or 0)
        anchor = self._anchor(rule, ctx)
        month_s = self._slot(m, "month")
        if month_s:
            month = int(month_s)
            year = self._year(m, ctx, month, rule)
        elif anchor is not None and anchor.month is not None:
            month, year = anchor.month, anchor.year
        else:
            return None
        if year is None or n == 0:
            return None
        import datetime as dt
        if n > 0:
            d = dt.date(year, month, 1) + dt.timedelta(days=7 * (n - 1))
        else:  # the last week of the month
            ny, nm = cal.add_months(year, month, 1)
            d = dt.date(ny, nm, 1) - dt.timedelta(days=1)
        return cal.week_value(d)

    def _r_century(self, rule: Rule, m: re.Match, ctx: Context) -> str | None:
        """"im 19. Jahrhundert": TIMEX3 writes a century as its first two digits ("18")."""
        n = int(self._slot(m, "int") or 0)
        return f"{n - 1:02d}" if 1 <= n <= 21 else None

    def _r_literal(self, rule: Rule, m: re.Match, ctx: Context) -> str | None:
        value = rule.params.get("value", "")

        def sub(x: re.Match) -> str:
            v = self._slot(m, x.group(1)) or ""
            return v[:int(x.group(2))] if x.group(2) else v  # {decade:3}: first 3 characters
        return re.sub(r"\{([a-z_]+)(?::(\d+))?\}", sub, str(value)) or None

    def _r_vague(self, rule: Rule, m: re.Match, ctx: Context) -> str | None:
        """A word like "jetzt"/"damals": its table value (PRESENT_REF, PAST_REF...)."""
        return self._slot(m, rule.params.get("slot", "refword"))

    def _year(self, m: re.Match, ctx: Context, month: int | None, rule: Rule) -> int | None:
        y = self._slot(m, "year")
        if y:
            return int(y)
        yy = self._slot(m, "yy")
        if yy:
            return 2000 + int(yy) if int(yy) < 50 else 1900 + int(yy)
        rel = self._slot(m, "rel")
        anchor = self._anchor(rule, ctx)
        if anchor is None:
            return None
        if rel is not None and rule.params.get("rel_unit") == "Y":
            season = self._slot(m, "season")
            if season:
                return cal.season_year(anchor, season, int(rel))
            return anchor.year + int(rel)
        if month is None:
            return anchor.year
        story = self._story_anchor(ctx)
        if story is not None:
            return story.year  # "Im April" in a story set in 2019
        return cal.month_year(anchor, month, ctx.direction or "")

    def _r_calendar(self, rule: Rule, m: re.Match, ctx: Context) -> str | None:
        """Dates and times given by their parts (year, month, day, hour...); missing
        larger parts come from the anchor."""
        month_s = self._slot(m, "month") or self._slot(m, "monthnum")
        month = int(month_s) if month_s else None
        day_s = self._slot(m, "day") or self._slot(m, "dayord")
        day = int(day_s) if day_s else None
        hol = self._slot(m, "holiday")
        season = self._slot(m, "season")
        quarter = self._slot(m, "ordinal") if rule.params.get("quarter") else None
        hour_s = self._slot(m, "hour") or self._slot(m, "hourword")
        if hour_s is None and "hour" in rule.params:
            hour_s = str(rule.params["hour"])
        part = self._slot(m, "daypart") or self._slot(m, "daypart_suffix")
        anchor = self._anchor(rule, ctx)
        if day is not None and month is None:
            # "am 5." - a day of the anchor's month
            if anchor is None or anchor.month is None:
                return None
            month = anchor.month
        year = self._year(m, ctx, month, rule)
        if hol:
            if year is None:
                return None
            d = cal.holiday_date(hol, year)
            explicit = self._slot(m, "year") or self._slot(m, "rel")
            if d is not None and not explicit and anchor is not None and anchor.date:
                # "Christmas" said in the future tense is the next one, in the past the last
                if ctx.direction == "future" and d < anchor.date:
                    d = cal.holiday_date(hol, year + 1)
                elif ctx.direction == "past" and d > anchor.date:
                    d = cal.holiday_date(hol, year - 1)
            return d.isoformat() if d else None
        if year is None:
            if hour_s is None and part is None:
                if month is None:
                    return None
                return f"XXXX-{month:02d}" + (f"-{day:02d}" if day else "")
            base = None
        else:
            base = f"{year:04d}"
        if season:
            return f"{base}-{season}" if base else None
        if quarter:
            q = int(quarter)
            return f"{base}-Q{q if q > 0 else 4}" if base else None
        if month is not None and base:
            base += f"-{month:02d}"
            if day is not None:
                if not cal.valid_date(year, month, day):
                    return None
                base += f"-{day:02d}"
        if hour_s is not None or part is not None:
            if month is None:
                # a time of day without a date: the day named earlier in the sentence; for
                # a part of the day ("am Nachmittag") the day in focus (narrative), for a
                # clock time the document date (event listings name a day per line)
                focus = ctx.focus() if hour_s is None else self._story_day(ctx)
                focus = focus if focus is not None and focus.day is not None else None
                day_anchor = ctx.sentence_day or focus or anchor
                if day_anchor is None:
                    return None
                base = day_anchor.value()
            elif day is None:
                return base
            if hour_s is not None:
                # "halb acht" = 7:30, "Viertel vor acht" = 7:45: the pattern says how
                h = int(hour_s) + int(rule.params.get("hour_shift", 0))
                mi = int(self._slot(m, "minute") or self._slot(m, "minutes")
                         or rule.params.get("minute", 0))
                if rule.params.get("minutes_before"):
                    h, mi = (h - 1, 60 - mi) if mi else (h, 0)  # "ten to nine" = 8:50
                ampm = (self._slot(m, "ampm") or "").lower()
                if ampm == "pm" and h < 12:
                    h += 12
                elif ampm == "am" and h == 12:
                    h = 0
                elif part in ("AF", "EV") and h < 12:
                    h += 12  # "8 Uhr abends"
                elif part == "NI":
                    h = 0 if h == 12 else (h + 12 if 6 <= h < 12 else h)
                if h > 24:
                    return None
                return f"{base}T{h:02d}:{mi:02d}"
            return f"{base}T{part}"
        return base

    def _r_weekday(self, rule: Rule, m: re.Match, ctx: Context) -> str | None:
        wd = int(self._slot(m, "weekday") or 0)
        if not wd:
            return None
        anchor = self._anchor(rule, ctx)
        if anchor is None:
            return f"XXXX-WXX-{wd}"
        direction = rule.params.get("direction") or ctx.direction or "past"
        rel = self._slot(m, "rel")
        if rel is not None and anchor.date is not None:
            # "Tuesday of last week": that weekday in the week ``rel`` weeks away
            import datetime as dt
            d = anchor.date + dt.timedelta(weeks=int(rel))
            value = (d + dt.timedelta(days=wd - d.isoweekday())).isoformat()
        else:
            value = cal.weekday(anchor, wd, direction)
        part = self._slot(m, "daypart") or self._slot(m, "daypart_suffix")
        if part and len(value) == 10:
            return f"{value}T{part}"
        return value

    def _count(self, m: re.Match, rule: Rule) -> str | None:
        n = self._slot(m, "num") or self._slot(m, "int") or self._slot(m, "dec")
        if n is not None:
            n = n.replace(",", ".")
        if n is None:
            n = str(rule.params.get("count", "1"))
        if n != "X":
            f = float(n) + float(rule.params.get("plus", 0))  # "one and a half hours"
            n = str(int(f)) if f == int(f) else str(f)
        return n

    def _unit(self, m: re.Match, rule: Rule) -> str | None:
        return (self._slot(m, "unit") or self._slot(m, "units") or self._slot(m, "unitlong")
                or rule.params.get("unit"))

    def _r_shift(self, rule: Rule, m: re.Match, ctx: Context) -> str | None:
        """A unit moved from the anchor: "gestern" (D -1), "letzte Woche" (W -1),
        "vor drei Jahren" (Y -3); an uncounted amount gives PAST_REF/FUTURE_REF."""
        unit = self._unit(m, rule)
        anchor = self._anchor(rule, ctx)
        sign = int(rule.params.get("sign", 1))
        offset = self._slot(m, "rel") or self._slot(m, "dayword")
        if offset is None:
            n = self._count(m, rule)
            if n is not None and "." in n and unit == "Y" and anchor is not None:
                return self._fraction_of_years(anchor, float(n) * sign)
            if n == "X" or n is None or "." in n:
                return "PAST_REF" if sign < 0 else "FUTURE_REF"
            offset = str(int(n))
        k = int(offset) * sign
        if anchor is None or unit is None:
            return "PRESENT_REF" if k == 0 else ("PAST_REF" if k < 0 else "FUTURE_REF")
        if unit in ("H", "MIN", "S"):
            return "PRESENT_REF" if k == 0 else ("PAST_REF" if k < 0 else "FUTURE_REF")
        value = cal.shift(anchor, unit, k)
        part = self._slot(m, "daypart") or self._slot(m, "daypart_suffix")
        if value and part and len(value) == 10:
            value += f"T{part}"
        return value

    @staticmethod
    def _fraction_of_years(anchor: Anchor, years: float) -> str:
        """"eineinhalb Jahre später" from autumn 1997: 18 months on, told as the year
        (1999) — the precision of the unit the text counts in.  A bare year is read as its
        middle (July), so that half a year rounds to the nearer year."""
        y, _ = cal.add_months(anchor.year, anchor.month or 7, round(years * 12))
        return f"{y:04d}"

    def _r_unitpart(self, rule: Rule, m: re.Match, ctx: Context) -> str | None:
        """"Jahresende (2021)": the year (or month) named, to the table's precision."""
        spec = self._slot(m, "unitpart") or ""
        anchor = self._anchor(rule, ctx)
        y = self._slot(m, "year")
        if spec.startswith("Y"):
            year = int(y) if y else (anchor.year if anchor else None)
            return None if year is None else f"{year:04d}{spec[1:]}"
        if anchor is None or anchor.month is None:
            return None
        return f"{anchor.year:04d}-{anchor.month:02d}"

    def _r_duration(self, rule: Rule, m: re.Match, ctx: Context) -> str | None:
        unit = self._unit(m, rule)
        n = self._count(m, rule)
        if unit is None or n is None:
            return None
        if n == "X" and rule.params.get("vague_value"):
            return str(rule.params["vague_value"])
        if unit in ("H", "MIN", "S"):
            return f"PT{n}{'M' if unit == 'MIN' else unit}"
        return f"P{n}{unit}"  # ISO 8601 allows a decimal in the last part: P1.5Y

    def _r_in_units(self, rule: Rule, m: re.Match, ctx: Context) -> str | None:
        """"in zwei Wochen" / "in two weeks": a point in the future when the sentence speaks
        of the future, else a span ("the highest in 20 years")."""
        if ctx.direction == "future" or (ctx.direction is None
                                         and rule.params.get("assume") == "future"):
            return self._r_shift(rule, m, ctx)
        return self._r_duration(rule, m, ctx)

    def _r_set(self, rule: Rule, m: re.Match, ctx: Context) -> str | None:
        wd = self._slot(m, "weekday") or self._slot(m, "weekday_set")
        if wd:
            hour = self._slot(m, "hour")
            if hour is not None:
                h = int(hour) + (12 if (self._slot(m, "ampm") or "").lower() == "pm"
                                 and int(hour) < 12 else 0)
                minute = self._slot(m, "minute")
                return f"XXXX-WXX-{wd}T{h:02d}" + (f":{minute}" if minute else "")
            return f"XXXX-WXX-{wd}"
        unit = self._unit(m, rule)
        n = self._count(m, rule) or "1"
        if unit is None:
            return None
        if unit == "WE":
            return "XXXX-WXX-WE"
        if unit in ("H", "MIN", "S"):
            return f"PT{n}{'M' if unit == 'MIN' else unit}"
        return f"P{n}{unit}"
