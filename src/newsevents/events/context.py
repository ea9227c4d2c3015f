"""What the coder needs from the rest of the document: actors in phrases, dates, places.

Each piece comes from another component (actors, timex dating, geo).  When that component is
missing or has not run, the functions here degrade to what the document itself offers (the
publication date, no actor, the most named country) rather than fail.
"""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass

from ..doc import ActorMention, Doc
from ..record import Location
from .model import Clause, Phrase


@dataclass
class ActorIndex:
    """Actor mentions found by token: which mention covers which token of the document."""

    by_token: dict[int, list[ActorMention]]
    starts: list[int] = None  # token start offsets
    mentions: list[ActorMention] = None  # all, in text order
    person_pronouns: frozenset[str] = frozenset()
    texts: list[str] = None  # token texts (lower-cased)
    first_person: frozenset[str] = frozenset()
    quotes: list = None  # doc.quotes with a speaker
    tokens: list = None

    def speaker_at(self, k: int) -> ActorMention | None:
        """The speaker of the direct quotation holding token k, as a mention at that token."""
        if not self.quotes or not self.tokens:
            return None
        t = self.tokens[k]
        for q in self.quotes:
            if q.start <= t.start < q.end:
                return ActorMention(start=t.start, end=t.end, sent=t.sent, actor=q.speaker,
                                    head=k)
        return None

    def _tok_start(self, k: int) -> int | None:
        if self.starts is None or k < 0 or k >= len(self.starts):
            return None
        return self.starts[k]

    @classmethod
    def build(cls, doc: Doc) -> "ActorIndex":
        by_token: dict[int, list[ActorMention]] = {}
        if not doc.tokens:
            return cls(by_token, [], [])
        if not doc.actors:
            return cls(by_token, [t.start for t in doc.tokens], [], frozenset(),
                       [t.text.lower() for t in doc.tokens], frozenset(),
                       [q for q in doc.quotes if q.speaker is not None], doc.tokens)
        # tokens are sorted by offset: walk mentions sorted by start with a moving pointer
        toks = doc.tokens
        starts = [t.start for t in toks]
        import bisect
        for m in doc.actors:
            k = bisect.bisect_right(starts, m.start) - 1
            k = max(k, 0)
            while k < len(toks) and toks[k].start < m.end:
                if toks[k].end > m.start:
                    by_token.setdefault(k, []).append(m)
                k += 1
        return cls(by_token, starts, sorted(doc.actors, key=lambda m: m.start), frozenset(),
                   [t.text.lower() for t in toks], frozenset(),
                   [q for q in doc.quotes if q.speaker is not None], toks)

    def _antecedent_person(self, k: int) -> list[ActorMention]:
        """The nearest named person before token k (same or previous two sentences)."""
        pos = self.starts[k]
        sent = self.tokens[k].sent if self.tokens else None
        best = None
        for m in self.mentions or ():
            if m.start >= pos:
                break
            if m.actor.name and not m.actor.org and (sent is None or m.sent >= sent - 2):
                best = m
        if best is None:
            return []
        return [best]

    def in_range(self, start: int, end: int) -> list[ActorMention]:
        seen: list[ActorMention] = []
        for k in range(start, end):
            for m in self.by_token.get(k, ()):
                if m not in seen:
                    seen.append(m)
        return seen

    def of_phrase(self, clauses: list[Clause], c: Clause, k: int,
                  _depth: int = 0) -> list[ActorMention]:
        """Actors a phrase stands for: the mention at its head, else any mention inside it,
        else (for a non-actor noun such as "die Aufgabe der Koalition") its genitive
        attribute's actor; a relative pronoun stands for its antecedent."""
        p = c.phrases[k]
        if p.relative and c.antecedent is not None and _depth < 3:
            cid, ak = c.antecedent
            return self.of_phrase(clauses, clauses[cid], ak, _depth + 1)
        start = p.start + 1 if p.kind == "PP" else p.start
        head = [m for m in self.by_token.get(p.head, ())]
        if head:
            # (and the same words' other countries: "Russian and Syrian warplanes", or other
            # people: "they" for "Haley and DeSantis")
            h0 = head[0]
            return [h0] + [m for m in head[1:] if (m.start, m.end) == (h0.start, h0.end)
                           and (m.actor.role == h0.actor.role
                                and m.actor.country != h0.actor.country
                                or m.actor.name and m.actor.name != h0.actor.name)]
        if p.kind == "PRON" and self.texts and self.texts[p.head] in self.first_person:
            # "„Wir werden ...“, sagte der Minister": the quotation's speaker
            m = self.speaker_at(p.head)
            return [m] if m is not None else []
        if p.kind == "PRON" and self.texts and self.texts[p.head] in self.person_pronouns:
            return self._antecedent_person(p.head)
        # the mention nearest the head ("Iraks Ministerpräsident Mustafa al-Kadhimi": the
        # minister, not Iraq), i.e. the last one that starts at or before the head
        inside = [m for m in self.in_range(start, p.end)]
        if inside:
            hs = self._tok_start(p.head)
            before = [m for m in inside if hs is None or m.start <= hs]
            return (before or inside)[-1:]
        for j, q in enumerate(c.phrases):
            if q.attached_to == k and q.role == "gen":
                got = self.in_range(q.start, q.end)
                if got:
                    hs = self._tok_start(q.head)
                    before = [m for m in got if hs is None or m.start <= hs]
                    return (before or got)[-1:]  # nearest its head: "of Hong Kong protesters"
        return []

    def of_phrases(self, clauses: list[Clause], c: Clause, k: int | None,
                   limit: int = 3) -> list[ActorMention]:
        """Actors of a phrase and of the phrases coordinated with it ("X und Y": two actors)."""
        out: list[ActorMention] = []
        while k is not None and len(out) < limit:
            for m in self.of_phrase(clauses, c, k):
                if m not in out:
                    out.append(m)
            k = c.phrases[k].conj_next
        return out


def date_for(doc: Doc, clause: Clause, trigger_start: int, trigger_end: int,
             deadline_preps: frozenset[str] = frozenset()) -> str | None:
    """The event's date: the temporal component's answer for the clause, steered to the
    clause's own time adverbial ("im Juli") rather than a deadline inside an argument ("den
    Abzug bis zum Jahresende"); without that component, a DATE timex in the clause, else the
    document date."""
    toks = doc.tokens
    cs, ce = toks[clause.start].start, toks[clause.end - 1].end
    pivot = trigger_start
    times = [p for p in clause.phrases if p.role == "time"
             or (p.kind == "PP" and p.prep not in deadline_preps and _is_time(doc, p))]
    times = [p for p in times if p.prep not in deadline_preps]
    if times:
        pivot = toks[times[0].head].start
    try:
        from ..timex.dating import date_for as dating
    except ImportError:
        dating = None
    date = _NOTHING
    if dating is not None:
        try:
            date = dating(doc, clause.sent, cs, ce, trigger=pivot)
        except TypeError:  # an older signature without `trigger`
            date = dating(doc, clause.sent, cs, ce)
        except Exception:  # a half-landed dating module must not lose the event
            date = _NOTHING
    if date is _NOTHING:
        date = next((t.value for t in doc.timexes if cs <= t.start < ce and t.type == "DATE"
                     and t.value[:1].isdigit()), doc.date)
    return _precision(doc, clause, date)


_NOTHING = object()


def _precision(doc: Doc, clause: Clause, date: str | None) -> str | None:
    """How precise an undated event's date can be.  A pluperfect ("hatte ... gedankt", "had
    asked") or a "recently" ("in recent days", "vor einigen Tagen") reports something that
    happened before the day the article narrates: its month is known, its day is not.  The
    present perfect ("hat ... verschoben", "has vetoed") is the tense news reports today's
    events in, so it keeps the day."""
    if not doc.date or len(doc.date) < 10:
        return date
    sent = doc.sentences[clause.sent]
    in_sent = [t for t in doc.timexes if sent.start <= t.start and t.end <= sent.end]
    if date is None and any(t.value == "PAST_REF" for t in in_sent):
        return doc.date[:7]
    toks = doc.tokens
    cs, ce = toks[clause.start].start, toks[clause.end - 1].end
    # a date in the clause, or the day of publication named in the sentence ("Brüssel,
    # 21.10.2014 – ... hat vorgeschlagen"): the event's day is known
    dated_here = any((cs <= t.start < ce and t.value[:1].isdigit()) or t.value == doc.date
                     for t in in_sent)
    if date == doc.date and clause.tense == "perfect" and clause.voice != "statal?" \
            and not dated_here and (clause.pluperfect or clause.reported_by is None):
        return doc.date[:7]
    if date == doc.date and not dated_here and _narrated_past(doc, clause):
        return doc.date[:7]
    if date == doc.date and not dated_here and not any(t.type == "DATE" for t in in_sent):
        told = _narrative_date(doc, clause)
        if told:
            return told
    day = news_day(doc)
    if date == doc.date and not dated_here and day != doc.date:
        # the article's news is of another day than its publication ("on Monday" in a
        # Thursday paper): an undated event's day is not known.  An article that names no
        # day reports the day it appeared, as GDELT and ICEWS assume.
        return doc.date[:7]
    return date


# Languages whose written news narrate earlier events in the simple past and report the day's
# own news in the present or perfect ("Die Polizei beschlagnahmte ..." happened before the
# report; "Parlament vertagt", "hat ... verschoben" is the news).  English news tell the
# day's events in the simple past ("Haley shot back"), so it is not listed.
_PAST_NARRATES = frozenset({"de"})


def _narrated_past(doc: Doc, clause: Clause) -> bool:
    """Is the clause a simple past (German Präteritum: "bedankte sich", "beschlagnahmte",
    "wurde festgenommen") of its own, not reported speech?  Such an undated event happened
    before the article's day: its month is known, its day is not."""
    if doc.lang not in _PAST_NARRATES or clause.finite is None or clause.tense \
            or clause.reported_by is not None or clause.modality not in (None, "factual"):
        return False
    s = doc.sentences[clause.sent]
    if any(t.value == "PRESENT_REF" for t in doc.timexes if s.start <= t.start < s.end):
        return False  # "forderte jetzt": today's news after all
    return _preterite(doc.tokens[clause.finite], _past_verb(doc.lang))


def _narrative_date(doc: Doc, clause: Clause) -> str | None:
    """A history told in the present ("1948 verkünden jüdische Führer die Gründung Israels.
    ... Israel ist in der Lage, die Angriffe abzuwehren."): an undated present-tense clause
    after a present-tense sentence dated years before publication happened then.  Its date
    is that sentence's year, or month when it names a day ("Am 5. Juni 1967 greift Israel
    an. In sechs Tagen erobert Israel ...": 1967-06).  The date must be among the previous few
    sentences (the timex grammar's ``focus_window``) with no other date in between, and not
    the start or end of a span ("seit 2014": lang/<lang>/syntax/span_prepositions.txt)."""
    if doc.lang not in _PAST_NARRATES or not doc.date or clause.kind not in ("main", "sub") \
            or not _present(doc, clause):
        return None  # (a relative clause describes its noun: "the land where they live")
    clauses = doc.analyses.get("clauses") or []
    window = _grammar_window(doc.lang)
    for sid in range(clause.sent - 1, max(clause.sent - 1 - window, -1), -1):
        s = doc.sentences[sid]
        dated = [t for t in doc.timexes if s.start <= t.start < s.end and t.type == "DATE"]
        if not dated:
            continue
        t = dated[-1]
        v = t.value
        if not (v[:4].isdigit() and int(v[:4]) <= int(doc.date[:4]) - 2) or _spans(doc, t) \
                or any(not x.value[:1].isdigit() for x in dated):
            return None  # ("ist bereits jetzt ..., auf die man sich 2015 geeinigt hatte")
        k = next((i for i in range(s.tok_start, s.tok_end) if doc.tokens[i].start >= t.start),
                 None)
        after = next((doc.tokens[i] for i in range(s.tok_start, s.tok_end)
                      if doc.tokens[i].start >= t.end), None)
        if after is not None and after.upos == "NOUN":
            return None  # a number with its unit ("über 1000 kg"), not a year
        # the innermost clause holding the date
        host = min((c for c in clauses if c.sent == sid and k is not None
                    and c.start <= k < c.end), key=lambda c: c.end - c.start, default=None)
        if host is None or not _present(doc, host):
            return None
        return v[:7] if len(v) >= 7 and v[4] == "-" and v[5:7].isdigit() else v[:4]
    return None


def _present(doc: Doc, clause: Clause) -> bool:
    """A clause in the plain present (no perfect, future or preterite), said by nobody."""
    return clause.finite is not None and not clause.tense and clause.reported_by is None \
        and clause.modality in (None, "factual") \
        and not _preterite(doc.tokens[clause.finite], _past_verb(doc.lang))


def _spans(doc: Doc, t) -> bool:
    """Is timex t the start or end of a span ("seit 2014", "bis 2030")?"""
    before = doc.text[max(0, t.start - 12):t.start].split()
    words = t.text.split()
    if words and words[0].lower() in _span_preps(doc.lang):
        return True
    return bool(before) and before[-1].lower() in _span_preps(doc.lang)


@functools.lru_cache(maxsize=None)
def _span_preps(lang: str) -> frozenset[str]:
    from ..errors import ConfigError
    from ..lang import load_lines
    try:
        return frozenset(w.lower() for w in load_lines(lang, "syntax/span_prepositions.txt"))
    except ConfigError:
        return frozenset()


@functools.lru_cache(maxsize=None)
def _grammar_window(lang: str) -> int:
    """For how many sentences a date anchors what follows (timex grammar ``focus_window``)."""
    try:
        from ..timex.grammar import load_grammar
        return int(load_grammar(lang).focus_window)
    except Exception:
        return 3


@functools.lru_cache(maxsize=None)
def _past_verb(lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(preterite endings, present endings) of the timex grammar's past-verb rule
    (lang/<lang>/time/patterns.yaml ``past_verb``); empty where there is none."""
    try:
        from ..timex.grammar import load_grammar
        pv = load_grammar(lang).past_verb or {}
    except Exception:  # no timex grammar for the language: no preterites known
        return (), ()
    return tuple(pv.get("endings", ())), tuple(pv.get("present_endings", ()))


def _preterite(tok, endings: tuple[tuple[str, ...], tuple[str, ...]]) -> bool:
    """A finite verb in the simple past: unlike its lemma, and ending like a preterite
    ("teilte", "trafen", "konnten", "wurden"), or a full verb ending unlike a present form
    ("traf", "nahm": auxiliaries and modals are not, "kann", "wird", "muss" are present),
    or "wurde", the one strong preterite in -e, told apart from the present ("werde") by
    not starting with its lemma's stem.  "war" / "hatte" are past auxiliaries."""
    past, present = endings
    low, lemma = tok.text.lower(), (tok.lemma or "").lower()
    if not past or not lemma or low == lemma or not tok.pos.endswith("FIN"):
        return False
    if low.endswith(past) or low in _past_auxiliaries():
        return True
    stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1]
    if low.endswith("e") and not low.startswith(stem):
        return True
    return tok.pos == "VVFIN" and not low.endswith(present)


@functools.lru_cache(maxsize=None)
def _past_auxiliaries() -> frozenset[str]:
    """German past auxiliaries ("war", "hatte": lang/de/syntax/past_auxiliaries.txt)."""
    from ..lang import load_lines
    return frozenset(w.lower() for w in load_lines("de", "syntax/past_auxiliaries.txt"))


def news_day(doc: Doc) -> str | None:
    """The day the article's news happened: the day its explicit dates name most often
    (those after publication are plans, not news); None when it names none.  Cached."""
    if "news_day" in doc.analyses:
        return doc.analyses["news_day"]
    counts: Counter[str] = Counter()
    for t in doc.timexes:
        v = t.value
        if len(v) == 10 and v[:4].isdigit() and v[4] == "-" and (not doc.date or v <= doc.date):
            counts[v] += 1
    day = None
    if counts:
        (top, n), *rest = counts.most_common()
        if not rest or rest[0][1] < n:  # a clear winner
            day = top
    doc.analyses["news_day"] = day
    return day


def _is_time(doc: Doc, p: Phrase) -> bool:
    h = doc.tokens[p.head]
    return any(t.start <= h.start and h.end <= t.end for t in doc.timexes)


def main_place(doc: Doc) -> Location | None:
    """The article's place: the dateline's place when the reader recorded it, else the
    country most often named (ties: the first named)."""
    dateline = doc.analyses.get("dateline")
    if isinstance(dateline, Location):
        return dateline
    locs = [e for e in doc.entities if e.type == "LOC" and e.country]
    if not locs:
        return None
    counts = Counter(e.country for e in locs)
    best = max(counts.values())
    for e in locs:
        if counts[e.country] == best:
            return Location(name=e.name, country=e.country, lat=e.lat, lon=e.lon)
    return None


def clause_place(doc: Doc, clause: Clause, preps: frozenset[str]) -> Location | None:
    """A place named in a locative prepositional phrase of the clause ("im Irak", "in
    Bagdad", "in Syria")."""
    toks = doc.tokens
    links = place_links(doc.lang)
    for i, p in enumerate(clause.phrases):
        if p.kind != "PP":
            continue
        if p.prep not in preps:
            # "im Hafen von Rotterdam", "in der Nähe von Kabul": the place of a locative
            # phrase's noun
            prev = clause.phrases[i - 1] if i else None
            if p.prep not in links or prev is None or prev.kind != "PP" \
                    or prev.prep not in preps or prev.end != p.start:
                continue
        s, e = toks[p.start].start, toks[p.end - 1].end
        for ent in doc.entities:
            if ent.type == "LOC" and s <= ent.start and ent.end <= e:
                return Location(name=ent.name, country=ent.country, lat=ent.lat, lon=ent.lon)
    return None


@functools.lru_cache(maxsize=None)
def place_links(lang: str | None) -> frozenset[str]:
    """Prepositions linking a place noun to a named place ("Hafen von Rotterdam"), from
    lang/<lang>/syntax/place_link_prepositions.txt; none for a language without that file."""
    from ..errors import ConfigError
    from ..lang import load_lines
    try:
        return frozenset(load_lines(lang or "", "syntax/place_link_prepositions.txt"))
    except ConfigError:
        return frozenset()


def sentence_place(doc: Doc, sent: int, preps: frozenset[str]) -> Location | None:
    """A place named in the sentence right after a locative preposition ("... in Idlib",
    "im Irak", "in the town of Saraqeb" is not: the town is not the named place)."""
    s = doc.sentences[sent]
    toks = doc.tokens
    starts = {toks[i].start: i for i in range(s.tok_start, s.tok_end)}
    for ent in doc.entities:
        if ent.type != "LOC" or not ent.country or not (s.start <= ent.start < s.end):
            continue
        k = starts.get(ent.start)
        if k is None or k == s.tok_start:
            continue
        j = k - 1  # back over modifiers: "in northwest Syria", "in the north of ..."
        while j > s.tok_start and j >= k - 3 and toks[j].upos in ("DET", "ADJ") \
                and toks[j].text.lower() not in preps:
            j -= 1
        if toks[j].text.lower() in preps or (toks[j].upos == "NOUN" and j - 1 >= s.tok_start
                                             and toks[j - 1].text.lower() in preps) \
                or _linked_place(toks, j, s.tok_start, preps, place_links(doc.lang)):
            return Location(name=ent.name, country=ent.country, lat=ent.lat, lon=ent.lon)
    return None


def _linked_place(toks, j: int, first: int, preps: frozenset[str],
                  links: frozenset[str]) -> bool:
    """Is token j a place-linking preposition after a noun in a locative phrase ("im Hafen
    von", "in der Nähe von", "in der Region um")?"""
    if j - 2 < first or toks[j].text.lower() not in links or toks[j - 1].upos != "NOUN":
        return False
    k = j - 2
    while k > first and k >= j - 4 and toks[k].upos in ("DET", "ADJ"):
        k -= 1
    return toks[k].text.lower() in preps


def phrase_span(doc: Doc, p: Phrase) -> tuple[int, int]:
    return doc.tokens[p.start].start, doc.tokens[p.end - 1].end
