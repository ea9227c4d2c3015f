"""Find the counts a conflict analyst tabulates: people killed, troops sent, money pledged.

A number becomes a quantity only when its context says what it counts, in one of six ways:

1. a counted noun follows it ("rund 2.500 US-Kräfte", "34 Turkish soldiers", "one of its
   soldiers", "74 Millionen Euro", "$3bn") — the noun must be in ``objects.tsv``;
2. a casualty verb governs it ("killed twelve", "wounded 110", "190 were dead", "4,000 drowned");
3. a casualty toll is the subject of the sentence ("death tolls ... exceeded 100");
4. it repeats an earlier count elliptically ("25.000 Flüchtlinge ..., davon 2000 ... und 1700");
5. it is a vote tally ("stimmten mit 322 zu 306") — a sports score is not;
6. it is a share won ("erhielt 36 Prozent") — other percentages are not counts.

Everything else (years, dates, times, ages, ordinals, page and phone numbers, "nine years")
is left alone: the first five demand a context a year or a page number does not have, and
explicit guards catch the rest.  Vague plurals ("Tausende", "dozens") are read with a
lower-bound value when the ``vague`` setting is on; the dev gold does not count them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from ..doc import Token
from ..record import Quantity
from .lexicon import QuantityLexicon
from .numbers import NumberMatch, match_number, parse_number_word

_NOUNISH = {"NOUN", "PROPN"}
_DETERMINERS = {"DET", "PRON"}


@dataclass(slots=True)
class _Found:
    start_tok: int  # first token of the quantity's text (approximator included)
    end_tok: int  # one past its last token
    value: float | int
    object: str | None
    approximate: bool


def _is_year_like(m: NumberMatch, words: Sequence[str]) -> bool:
    w = words[m.start]
    return (m.kind == "digits" and m.end == m.start + 1 and w.isdigit() and len(w) == 4
            and 1000 <= int(w) <= 2100)


class QuantityExtractor:
    """Quantities of one sentence at a time, for one language's lexicon."""

    def __init__(self, lex: QuantityLexicon, vague: bool = False):
        self.lex = lex
        self.vague = vague
        self._maybe: dict[str, bool] = {}  # word -> could it start a number? (bounded cache)
        self._starts = frozenset(w[:1] for w in lex.numbers) | frozenset(
            c[:1] for c in lex.currencies)

    def _may_be_number(self, w: str) -> bool:
        """Cheap test before the full reading: a digit, a currency sign, or a word made of
        number-word parts.  Cached, since most words of a document repeat."""
        hit = self._maybe.get(w)
        if hit is None:
            lw = w.lower()
            if w[:1].isdigit() or lw in self.lex.numbers or any(
                    c in w for c in self.lex.currencies):
                hit = True
            elif lw[:1] not in self._starts:
                hit = False
            else:
                hit = parse_number_word(lw, self.lex) is not None
            if len(self._maybe) > 50000:
                self._maybe.clear()
            self._maybe[w] = hit
        return hit

    # -- small context readers --------------------------------------------------------------
    def _approximator_before(self, words: Sequence[str], i: int) -> int | None:
        """Index of the first token of an approximator ending right before token ``i``."""
        low = [w.lower() for w in words]
        for seq in self.lex.approximators:
            k = len(seq)
            if i - k >= 0 and tuple(low[i - k:i]) == seq:
                return i - k
        return None

    def _multi_cue_before(self, kind: str, low: Sequence[str], i: int) -> int | None:
        for seq in self.lex.multi_cues.get(kind, ()):
            k = len(seq)
            if i - k >= 0 and tuple(low[i - k:i]) == seq:
                return i - k
        if i - 1 >= 0 and low[i - 1] in self.lex.cues.get(kind, ()):
            return i - 1
        return None

    def _counted_noun(self, toks: Sequence[Token], j: int) -> tuple[int, int, str] | None:
        """(first, last) token of the counted noun phrase head after a number, and its class.

        Skips adjectives and participles ("Turkish", "eingeladene"), nouns used as modifiers
        in English ("government warplanes"), and a partitive "of its" ("one of its
        soldiers")."""
        lex = self.lex
        n = len(toks)
        k = j
        if k < n and toks[k].text.lower() in ("of", "von") and k + 1 < n:
            k += 1
            if k < n and toks[k].upos in _DETERMINERS:
                k += 1
        # a counted word straight after the number, whatever its tag ("12 dead", "Tote")
        if k < n and lex.object_class(toks[k].text, toks[k].lemma) and (
                k + 1 >= n or toks[k + 1].upos not in _NOUNISH or lex.suffix_objects):
            return k, k, lex.object_class(toks[k].text, toks[k].lemma) or ""
        skipped = 0
        while k < n and skipped < 4 and (toks[k].upos in ("ADJ", "NUM") or
                                          toks[k].pos in ("ADJA", "AJ0", "AJC", "AJS")):
            k += 1
            skipped += 1
        if k >= n or toks[k].upos not in _NOUNISH and not lex.object_class(toks[k].text):
            return None
        first = k
        if not lex.suffix_objects:
            # English noun run: the head is the last noun ("Hong Kong protesters")
            while k + 1 < n and toks[k + 1].upos in _NOUNISH and toks[k + 1].text[:1].isalpha():
                k += 1
            head = toks[k]
            if k > first:
                two = f"{toks[k - 1].text.lower()} {head.text.lower()}"
                if two in lex.objects:
                    return first, k, lex.objects[two]
            cls = lex.object_class(head.text, head.lemma)
            return (first, k, cls) if cls else None
        cls = lex.object_class(toks[k].text, toks[k].lemma)
        return (first, k, cls) if cls else None

    def _casualty_after_number(self, toks: Sequence[Token], j: int) -> int | None:
        """Token index of a casualty word the bare number is subject of ("190 were dead")."""
        low = [t.text.lower() for t in toks]
        for k in range(j, min(j + 3, len(toks))):
            if low[k] in self.lex.cues.get("casualty_before", ()):
                return k
            if toks[k].upos not in ("AUX", "VERB", "ADV") or low[k] in self.lex.cues.get(
                    "casualty_after", ()):
                break
        for seq in self.lex.multi_cues.get("casualty_before", ()):
            if tuple(low[j:j + len(seq)]) == seq:
                return j + len(seq) - 1
        return None

    # -- the sentence -----------------------------------------------------------------------
    def sentence(self, toks: Sequence[Token], blocked: Sequence[bool]) -> list[_Found]:
        """Quantities in one sentence.  ``blocked[i]`` marks tokens inside a timex."""
        lex = self.lex
        words = [t.text for t in toks]
        low = [w.lower() for w in words]
        n = len(toks)
        out: list[_Found] = []
        i = 0
        has_vote = any(w in lex.cues.get("vote_noun", ()) or w in lex.cues.get("vote_verb", ())
                       for w in low)
        tolls = lex.cues.get("toll_noun", ())

        def toll() -> Token | None:  # asked only for a bare number, which is rare
            return next((t for t in toks if t.upos in _NOUNISH and
                         any(w.endswith(c) for c in tolls
                             for w in (t.text.lower(), t.lemma.lower()))
                         and lex.object_class(t.text) is None), None)

        while i < n:
            if blocked[i] or not self._may_be_number(words[i]):
                i += 1
                continue
            m = match_number(words, i, lex, vague=self.vague)
            if m is None or any(blocked[m.start:m.end]):
                i += 1
                continue
            found = self._judge(toks, words, low, m, out, has_vote, toll)
            if found:
                out.extend(found)
                i = max(m.end, found[-1].end_tok)
            else:
                i = m.end
        return out

    def _judge(self, toks, words, low, m: NumberMatch, prev: list[_Found], has_vote: bool,
               toll) -> list[_Found]:
        lex = self.lex
        n = len(toks)
        i, j = m.start, m.end
        first = words[i]
        if first[:1] == "0" and len(first) > 1 and first[1:2].isdigit():
            return []  # phone numbers, codes
        if i > 0 and low[i - 1] in lex.cues.get("guard_before", ()):
            return []
        if j < n and low[j] in lex.cues.get("guard_after", ()):
            return []
        if j + 1 < n and words[j] in ("-", "–", "/", ":", ".") and toks[j + 1].text[:1].isdigit():
            return []  # ranges, phone numbers, times, scores written "2:1"
        if i > 0 and words[i - 1] in ("-", "/", "#", "Nr.", "No."):
            return []
        a = self._approximator_before(words, i)
        approx = a is not None or m.kind == "vague"
        start = a if a is not None else i

        # 6. percentages: only a share won ("erhielt 36 Prozent")
        if j < n and (low[j] in lex.cues.get("percent", ()) or
                      any(tuple(low[j:j + len(s)]) == s
                          for s in lex.multi_cues.get("percent", ()))):
            lo = max(0, start - 4)
            if any(w in lex.cues.get("share_verb", ()) for w in low[lo:start]):
                return [_Found(start, j + 1, m.value, words[j], approx)]
            return []

        # 5. tallies "322 zu 306": votes count, scores do not
        if j + 1 < n and low[j] in lex.cues.get("tally_link", ()):
            m2 = match_number(words, j + 1, lex, vague=False)
            if m2 is not None and m.kind == m2.kind == "digits":
                if not has_vote:
                    return []
                noun = next((words[k] for k in range(m2.end, min(m2.end + 3, n))
                             if low[k] in lex.cues.get("vote_noun", ())), None)
                noun = noun or next((w for w in words if w.lower() in
                                     lex.cues.get("vote_noun", ()) and w[:1].isupper()), None)
                return [_Found(i, j, m.value, noun, False),
                        _Found(m2.start, m2.end, m2.value, noun, False)]

        # 1. a counted noun follows
        noun = self._counted_noun(toks, j)
        if noun is not None:
            f, last, cls = noun
            obj = " ".join(words[f:last + 1])
            if _is_year_like(m, words) and f != j:
                return []  # "2014 große Gebiete": a year before an adjective
            return [_Found(start, last + 1, m.value, obj, approx)]
        if m.currency is not None:
            return [_Found(start, j, m.value, m.currency[1], approx)]
        if m.kind == "vague":
            return []
        # a noun that is not counted ("nine years", "drei Mal") ends the matter
        if j < n and toks[j].upos in _NOUNISH and toks[j].text[:1].isalpha():
            return []

        # 2. casualty verbs: "killed twelve", "wounded 110"; "190 were dead", "4,000 drowned"
        if i > 0 and low[i - 1] in lex.cues.get("casualty_after", ()) and toks[i - 1].upos in (
                "VERB", "ADJ", "AUX") or i > 0 and low[i - 1] in lex.cues.get(
                "casualty_after", ()):
            end = j + 1 if j < n and low[j] in ("more", "weitere", "mehr") else j
            if not _is_year_like(m, words):
                return [_Found(i - 1, end, m.value, words[i - 1], approx)]
        c = self._casualty_after_number(toks, j)
        if c is not None and not _is_year_like(m, words):
            return [_Found(start, c + 1, m.value, words[c], approx)]

        # 4. ellipsis after an earlier count: "davon 2000 im Jahr 2011 und 1700 ..."
        cue_at = a if a is not None else i
        part = self._multi_cue_before("partitive", low, cue_at)
        coord = self._multi_cue_before("coord", low, cue_at)
        earlier = [q for q in prev if q.object]
        bare = j >= n or toks[j].upos not in ("ADJ", "NOUN", "PROPN")
        if (part is not None or coord is not None) and earlier and bare:
            if not (i > 0 and toks[i - 1].upos == "ADP"):
                return [_Found(start, j, m.value, earlier[-1].object, approx)]
        if part is not None and not _is_year_like(m, words):
            # "of whom 12": a count of whatever came before, in the previous sentence maybe
            return []

        # 3. a toll reported bare: "Some estimated death tolls ... exceeded 100"
        t = toll() if not _is_year_like(m, words) else None
        if t is not None and t.i < toks[i].i:
            return [_Found(start, j, m.value, t.text, approx)]
        return []


def quantities_in(toks_by_sentence: Sequence[Sequence[Token]], text: str,
                  blocked_spans: Sequence[tuple[int, int]], lex: QuantityLexicon,
                  vague: bool = False, extractor: QuantityExtractor | None = None
                  ) -> list[Quantity]:
    """All quantities of a document, given its tokens sentence by sentence.  Pass a kept
    ``extractor`` to reuse its caches across documents."""
    ex = extractor or QuantityExtractor(lex, vague=vague)
    out: list[Quantity] = []
    spans = sorted(blocked_spans)
    for toks in toks_by_sentence:
        if not toks:
            continue
        s0, e0 = toks[0].start, toks[-1].end
        here = [(s, e) for s, e in spans if s < e0 and s0 < e]
        blocked = [any(s < t.end and t.start < e for s, e in here) if here else False
                   for t in toks]
        for f in ex.sentence(toks, blocked):
            s, e = toks[f.start_tok].start, toks[f.end_tok - 1].end
            if e - s > 1 and text[e - 1] == "." and text[e - 2].isdigit():
                e -= 1  # the sentence's full stop glued to a number ("auf 15.")
            out.append(Quantity(text=text[s:e], start=s, end=e, value=f.value,
                                object=f.object, approximate=f.approximate))
    return out
