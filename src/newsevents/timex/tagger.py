"""Find temporal expressions in text and normalise them to TIMEX3 values.

``TimexTagger(lang).tag(text, dct)`` is the whole engine: it runs the grammar's patterns
over each sentence that contains a temporal trigger word, keeps the longest non-overlapping
matches and resolves each one against an anchor.  Anchors follow news style: relative
expressions ("gestern", "last week") resolve against the document date; clock times against
the date last named in the same sentence; "am nächsten Tag" (patterns with ``anchor: last``)
against the date last mentioned.  Whether "Friday" is the last or the next one comes from
tense cues near the expression (data: ``tense.tsv``), news being past by default.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from . import calendar as cal
from .calendar import Anchor
from .grammar import Grammar, Rule, load_grammar

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Found:
    """A temporal expression: ``text == source[start:end]``."""

    text: str
    start: int
    end: int
    type: str
    value: str
    rule: str
    mod: str | None = None
    unit: str | None = None  # for vague values: the unit counted ("vor einigen Tagen": D)


@dataclass(slots=True)
class _Context:
    dct: Anchor | None
    last: Anchor | None  # the date last mentioned (narrative reference time)
    sentence_day: Anchor | None  # a day named earlier in the same sentence
    direction: str | None  # "past" | "future" | None (no cue)


class TimexTagger:
    """The temporal tagger of one language (grammar loaded once, reused for every text)."""

    def __init__(self, lang: str):
        self.lang = lang
        self.grammar: Grammar = load_grammar(lang)

    # ------------------------------------------------------------------ finding
    def candidates(self, text: str, offset: int = 0) -> list[tuple[int, int, Rule, re.Match]]:
        """Every rule match in ``text`` (one sentence), as (start, end, rule, match)."""
        out = []
        probes = self.grammar.probes
        present: dict[str, bool] = {}

        def has(slot: str) -> bool:
            if slot not in present:
                present[slot] = probes[slot].search(text) is not None
            return present[slot]

        for rule in self.grammar.rules:
            if not all(any(has(n) for n in clause) for clause in rule.needs):
                continue
            for m in rule.regex.finditer(text):
                s, e = m.span("t") if "t" in rule.regex.groupindex and m.group("t") else m.span()
                if e > s:
                    out.append((s + offset, e + offset, rule, m))
        return out

    @staticmethod
    def select(cands: list[tuple[int, int, Rule, re.Match]]):
        """Longest expression first, then the longest match with its context, then the
        earlier rule."""
        cands = sorted(cands, key=lambda c: (-(c[1] - c[0]), -(c[3].end() - c[3].start()),
                                             c[2].order, c[0]))
        taken: list[tuple[int, int, Rule, re.Match]] = []
        for c in cands:
            if all(c[1] <= t[0] or c[0] >= t[1] for t in taken):
                taken.append(c)
        return sorted(taken, key=lambda c: c[0])

    def direction(self, text: str, start: int, end: int, past_spans: Iterable[int] = ()) -> str | None:
        """Tense cue nearest to the expression (characters ``start..end`` of ``text``)."""
        best, best_dist = None, 10 ** 9
        tense = self.grammar.tense
        for m in _WORD.finditer(text):
            v = tense.get(m.group().casefold())
            if v is None or v == "neutral" or start <= m.start() < end:
                continue
            dist = start - m.end() if m.end() <= start else m.start() - end
            if dist < best_dist:
                best, best_dist = v, dist
        for p in past_spans:
            dist = start - p if p <= start else p - end
            if dist < best_dist:
                best, best_dist = "past", dist
        return best

    def tag(self, text: str, dct: str | None, sentences: list[tuple[int, int]] | None = None,
            past_offsets: dict[int, list[int]] | None = None) -> list[Found]:
        """Temporal expressions of ``text``; ``sentences`` are (start, end) character spans
        (the whole text is one sentence when not given); ``past_offsets`` maps a sentence
        index to offsets (relative to the sentence) of past-tense verbs, when a tagger knows."""
        dct_a = Anchor.parse(dct)
        ctx = _Context(dct_a, dct_a, None, None)
        out: list[Found] = []
        for si, (s0, s1) in enumerate(sentences or [(0, len(text))]):
            sent = text[s0:s1]
            if not self.grammar.trigger.search(sent):
                continue
            ctx.sentence_day = None
            past = (past_offsets or {}).get(si, [])
            first = len(out)
            for s, e, rule, m in self.select(self.candidates(sent)):
                ctx.direction = self.direction(sent, s, e, past)
                res = self.resolve(rule, m, ctx)
                if res is None:
                    continue
                value, mod = res
                typ = rule.type
                if typ == "DATE" and value.startswith("P") and not value.endswith("_REF"):
                    typ = "DURATION"  # "in four decades" read as a span
                elif typ == "DURATION" and value.endswith("_REF"):
                    typ = "DATE"  # "vor wenigen Tagen": a vague point in the past
                unit = None
                if value.endswith("_REF") or value.startswith("PX"):
                    unit = self._unit(m, rule)
                out.append(Found(sent[s:e], s + s0, e + s0, typ, value, rule.id, mod, unit))
                a = Anchor.parse(value) if typ in ("DATE", "TIME") else None
                if a is not None and a.day is not None:
                    ctx.sentence_day = a
                if a is not None and (rule.resolve in ("calendar", "weekday")
                                      or (rule.resolve == "shift" and a.day is not None)):
                    ctx.last = a  # the date in focus for "am nächsten Tag", "am Nachmittag"
            if len(out) - first >= 2:
                out[first:] = self.link_times(text, out[first:])
                if self.grammar.offset_links:
                    out[first:] = self.compose(text, out[first:])
        return out

    def link_times(self, text: str, found: list[Found]) -> list[Found]:
        """"at 12:01 a.m. on Thursday", "um 20 Uhr am Freitag": a clock time followed by the
        day it belongs to (joined by a word of patterns.yaml ``time_links``) takes that day."""
        links = self.grammar.time_links
        out = list(found)
        for i in range(len(out) - 1):
            f, g = out[i], out[i + 1]
            if f.type != "TIME" or "T" not in f.value or g.type != "DATE" or len(g.value) != 10:
                continue
            if not g.value[:4].isdigit():
                continue
            link = " ".join(text[f.end:g.start].split()).casefold()
            if link in links:
                out[i] = Found(f.text, f.start, f.end, f.type,
                               g.value + f.value[f.value.index("T"):], f.rule, f.mod, f.unit)
        return out

    _OFFSET = re.compile(r"^P(\d+)(Y|M|W|D)$")

    def compose(self, text: str, found: list[Found]) -> list[Found]:
        """"zwei Wochen vor Weihnachten", "three days after January 12": a counted span
        joined to a date by a linking word (patterns.yaml ``offset_links``) becomes one
        date, the span moved from that date."""
        links = self.grammar.offset_links
        out: list[Found] = []
        i = 0
        while i < len(found):
            f = found[i]
            g = found[i + 1] if i + 1 < len(found) else None
            m = self._OFFSET.match(f.value) if f.type == "DURATION" else None
            if m and g is not None and g.type == "DATE":
                link = " ".join(text[f.end:g.start].split()).casefold()
                anchor = Anchor.parse(g.value)
                if link in links and anchor is not None:
                    k = int(m.group(1)) * int(links[link])
                    value = cal.move(anchor, m.group(2), k)
                    if value:
                        out.append(Found(text[f.start:g.end], f.start, g.end, "DATE", value,
                                         f"{f.rule}+{g.rule}"))
                        i += 2
                        continue
            out.append(f)
            i += 1
        return out

    # ------------------------------------------------------------------ resolving
    def _slot(self, m: re.Match, name: str) -> str | None:
        """The table value (or digits) a slot matched, trying ``name`` and ``name__2``..."""
        for g in (name, f"{name}__2", f"{name}__3"):
            if g in m.re.groupindex and m.group(g) is not None:
                raw = m.group(g)
                table = self.grammar.tables.get(name)
                return table.lookup(raw) if table else raw
        return None

    def resolve(self, rule: Rule, m: re.Match, ctx: _Context) -> tuple[str, str | None] | None:
        fn = getattr(self, f"_r_{rule.resolve}")
        value = fn(rule, m, ctx)
        if value is None:
            return None
        mod = self._slot(m, "partof")
        return value, mod

    def _anchor(self, rule: Rule, ctx: _Context) -> Anchor | None:
        return ctx.last if rule.params.get("anchor") == "last" else ctx.dct

    def _r_ignore(self, rule: Rule, m: re.Match, ctx: _Context) -> str | None:
        """Words that look temporal but are not (ages): matched so nothing else takes them."""
        return None

    def _r_nth_week(self, rule: Rule, m: re.Match, ctx: _Context) -> str | None:
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

    def _r_century(self, rule: Rule, m: re.Match, ctx: _Context) -> str | None:
        """"im 19. Jahrhundert": TIMEX3 writes a century as its first two digits ("18")."""
        n = int(self._slot(m, "int") or 0)
        return f"{n - 1:02d}" if 1 <= n <= 21 else None

    def _r_literal(self, rule: Rule, m: re.Match, ctx: _Context) -> str | None:
        value = rule.params.get("value", "")

        def sub(x: re.Match) -> str:
            v = self._slot(m, x.group(1)) or ""
            return v[:int(x.group(2))] if x.group(2) else v  # {decade:3}: first 3 characters
        return re.sub(r"\{([a-z_]+)(?::(\d+))?\}", sub, str(value)) or None

    def _r_vague(self, rule: Rule, m: re.Match, ctx: _Context) -> str | None:
        """A word like "jetzt"/"damals": its table value (PRESENT_REF, PAST_REF...)."""
        return self._slot(m, rule.params.get("slot", "refword"))

    def _year(self, m: re.Match, ctx: _Context, month: int | None, rule: Rule) -> int | None:
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
        return cal.month_year(anchor, month, ctx.direction or "")

    def _r_calendar(self, rule: Rule, m: re.Match, ctx: _Context) -> str | None:
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
                focus = ctx.last if (hour_s is None and ctx.last is not None
                                     and ctx.last.day is not None) else None
                day_anchor = ctx.sentence_day or focus or anchor
                if day_anchor is None:
                    return None
                base = day_anchor.value()
            elif day is None:
                return base
            if hour_s is not None:
                # "halb acht" = 7:30, "Viertel vor acht" = 7:45: the pattern says how
                h = int(hour_s) + int(rule.params.get("hour_shift", 0))
                mi = int(self._slot(m, "minute") or rule.params.get("minute", 0))
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

    def _r_weekday(self, rule: Rule, m: re.Match, ctx: _Context) -> str | None:
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
            f = float(n)
            n = str(int(f)) if f == int(f) else str(f)
        return n

    def _unit(self, m: re.Match, rule: Rule) -> str | None:
        return (self._slot(m, "unit") or self._slot(m, "units") or self._slot(m, "unitlong")
                or rule.params.get("unit"))

    def _r_shift(self, rule: Rule, m: re.Match, ctx: _Context) -> str | None:
        """A unit moved from the anchor: "gestern" (D -1), "letzte Woche" (W -1),
        "vor drei Jahren" (Y -3); an uncounted amount gives PAST_REF/FUTURE_REF."""
        unit = self._unit(m, rule)
        anchor = self._anchor(rule, ctx)
        sign = int(rule.params.get("sign", 1))
        offset = self._slot(m, "rel") or self._slot(m, "dayword")
        if offset is None:
            n = self._count(m, rule)
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

    def _r_unitpart(self, rule: Rule, m: re.Match, ctx: _Context) -> str | None:
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

    def _r_duration(self, rule: Rule, m: re.Match, ctx: _Context) -> str | None:
        unit = self._unit(m, rule)
        n = self._count(m, rule)
        if unit is None or n is None:
            return None
        if n == "X" and rule.params.get("vague_value"):
            return str(rule.params["vague_value"])
        if unit in ("H", "MIN", "S"):
            return f"PT{n}{'M' if unit == 'MIN' else unit}"
        return f"P{n}{unit}"  # ISO 8601 allows a decimal in the last part: P1.5Y

    def _r_in_units(self, rule: Rule, m: re.Match, ctx: _Context) -> str | None:
        """"in zwei Wochen" / "in two weeks": a point in the future when the sentence speaks
        of the future, else a span ("the highest in 20 years")."""
        if ctx.direction == "future" or (ctx.direction is None
                                         and rule.params.get("assume") == "future"):
            return self._r_shift(rule, m, ctx)
        return self._r_duration(rule, m, ctx)

    def _r_set(self, rule: Rule, m: re.Match, ctx: _Context) -> str | None:
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
