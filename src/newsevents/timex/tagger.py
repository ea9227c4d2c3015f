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
from .resolve import Context, Resolver

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


class TimexTagger(Resolver):
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
        folded = None
        holds: dict[frozenset[str], bool] = {}  # rules share word sets (weekdays, months)
        for rule in self.grammar.rules:
            if rule.words:
                if folded is None:
                    folded = text.casefold()
                found = holds.get(rule.words)
                if found is None:
                    found = holds[rule.words] = any(w in folded for w in rule.words)
                if not found:
                    continue
            # every clause of the rule's needs must have one slot whose words the text holds
            # (each slot probed once per text)
            ok = True
            for clause in rule.needs:
                for slot in clause:
                    found = present.get(slot)
                    if found is None:
                        found = present[slot] = probes[slot].search(text) is not None
                    if found:
                        break
                else:
                    ok = False
                    break
            if not ok:
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
        ctx = Context(dct_a, dct_a, None, None, window=self.grammar.focus_window)
        out: list[Found] = []
        prev_end = 0
        for si, (s0, s1) in enumerate(sentences or [(0, len(text))]):
            ctx.paragraph += text.count("\n", prev_end, s0)  # line breaks between sentences
            prev_end = s1
            sent = text[s0:s1]
            if not self.grammar.trigger.search(sent):
                continue
            ctx.sentence_day = None
            ctx.sentence = si
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
                                      or (rule.resolve == "shift" and a.day is not None)
                                      or rule.params.get("anchor") == "narrative"):
                    ctx.last = a  # the date in focus for "am nächsten Tag", "am Nachmittag"
                    ctx.last_sentence = si
                    ctx.last_paragraph = ctx.paragraph
                elif rule.params.get("anchor") == "last":
                    ctx.last_sentence = si  # using the focus keeps it alive ("die dritte Woche")
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
