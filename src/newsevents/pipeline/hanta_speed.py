"""Speed-ups for HanTa that leave every tag and lemma unchanged.

HanTa is the slowest stage of the pipeline.  Two things make it slow on news text:

1. It analyses each word's morphology afresh — the candidate tags of a word outside its
   training lexicon, and the lemma of every token once the sentence is tagged — and keeps
   neither.  Both are pure functions of their arguments, and news repeats its vocabulary, so a
   bounded memo per tagger instance (``memoise``) removes most of that work.
2. Its word analysis (a Viterbi over morpheme segmentations, run for every unknown word and
   every lemma) asks a method for the log-probability of each segment under each tag — some
   five million calls for fifty articles — although for most tags the answer is "impossible"
   after one dictionary look-up.  ``MorphemeScores`` answers from per-tag tables built once,
   inline, with the same arithmetic in the same order.
3. Its sentence Viterbi tries, for every word and every surviving previous state, every tag
   the transition table knows (about fifty) and then throws away those the word cannot have.
   ``sentence_viterbi`` walks the word's few candidate tags instead and looks the transition
   up.  The arithmetic is the same, so the best path is the same (tests/test_tag.py checks
   this against HanTa's own method on every sentence of the dev and held-out articles).

Both are installed on one tagger instance (``speed_up``), never on HanTa's class.
"""

from __future__ import annotations

import functools
import math
import types

from numpy import logaddexp
from HanTa.HanoverTagger import EMPTY, END, END_UNKNOWN, START, UNKNOWN

_LOWER_BOUND = -1e6
_BEAM = 5  # HanTa keeps the five best states of each column


def memoise(tagger, size: int) -> None:
    tagger.analyze_forward = functools.lru_cache(maxsize=size)(tagger.analyze_forward)
    tagger._analyze = functools.lru_cache(maxsize=size)(tagger._analyze)


def sentence_viterbi(self, sent, casesensitive=True):
    """HanTa's sentence tagging (best tag sequence under its HMM), candidate-driven."""
    transitions = self.LP_trans_word
    columns: list[dict] = []
    back: list[dict] = []
    memo = self._newsevents_candidates
    for i, word in enumerate(sent):
        cs = casesensitive and i > 0
        candidates = memo.get((word, cs))
        if candidates is None:
            candidates = dict(self._tag_word(word, cutoff=5, casesensitive=cs, conditional=True))
            if len(candidates) == 1 and UNKNOWN in candidates:
                candidates = {}
            if len(memo) >= self._newsevents_memo_size:
                memo.clear()
            memo[(word, cs)] = candidates
        previous = columns[-1] if columns else {(EMPTY, START): 0.0}
        if len(previous) > _BEAM:
            bound = sorted(previous.values(), reverse=True)[_BEAM] - 1
        else:
            bound = _LOWER_BOUND
        column: dict = {}
        pointers: dict = {}
        for state, lp_prev in previous.items():
            if lp_prev < bound:
                continue
            following = transitions[state]
            last = state[1]
            # (an unknown word may take any tag: every transition, with log p(word) = 0)
            for tag, x in (candidates or following).items():
                if candidates:
                    lp_trans = following.get(tag)
                    if lp_trans is None:
                        continue
                    lp_word = x
                else:
                    lp_trans, lp_word = x, 0.0
                if tag == END:
                    continue
                lp = lp_prev + lp_trans + lp_word
                if lp > _LOWER_BOUND:
                    key = (last, tag)
                    if lp > column.get(key, -math.inf):
                        column[key] = lp
                        pointers[key] = state
        columns.append(column)
        back.append(pointers)
    final = (END, EMPTY)
    best, best_state = -math.inf, None
    for state, lp_prev in columns[-1].items():
        lp = lp_prev + transitions[state].get(END, -math.inf)
        if lp > best:
            best, best_state = lp, state
    if best_state is None:  # HanTa's own method fails here too; keep its behaviour
        raise KeyError(final)
    tags = []
    state = best_state
    for i in range(len(back) - 1, -1, -1):
        tags.append(state[1])
        state = back[i][state] if i else state
    return tags[::-1]


class MorphemeScores:
    """log p(morpheme | tag) as HanTa computes it (``lp_m_t``), from tables built once.

    Under a tag a segment is a known morpheme (``known[tag][segment]``), or — for open-class
    tags (``guess``) when guessing is allowed — estimated from its length and suffix
    (``guessed``), or impossible.  The lattice below inlines the first and cheapest case.
    """

    def __init__(self, tagger):
        self.known = tagger.LP_m_t
        self.guess = {}
        for t in tagger.LP_m_t:
            if t in tagger.LP_hapax_t and t in tagger.LP_s_t:
                self.guess[t] = (tagger.Int_t + tagger.LP_hapax_t[t], tagger.LP_len_t[t],
                                 tagger.LP_s_t[t])
        # the same tables read the other way round, segment -> {tag: log p}: a segment is a
        # known morpheme under a handful of tags, while a state may be followed by seventy
        self.by_segment: dict[str, dict[int, float]] = {}
        for t, morphemes in tagger.LP_m_t.items():
            for m, lp in morphemes.items():
                self.by_segment.setdefault(m, {})[t] = lp
        self._plans: dict = {}

    def plan(self, followup: list, key) -> tuple[dict, list]:
        """A state's follow-up tags as {tag: (rank, log p(transition))} and, for the open tags
        that may be guessed, [(rank, tag, log p, guess tables)]; cached under ``key``.  The rank
        is the tag's place in HanTa's list: states are entered in that order, so that dict
        order, and with it every tie and every sum, stays HanTa's."""
        plan = self._plans.get(key)
        if plan is None:
            guess = self.guess
            plan = self._plans[key] = (
                {t: (k, lpt) for k, (t, lpt) in enumerate(followup)},
                [(k, t, lpt, guess[t]) for k, (t, lpt) in enumerate(followup) if t in guess])
        return plan

    def guessed(self, m: str, g, wlen: int):
        """The open-class estimate for segment ``m`` under one tag's tables ``g``."""
        base, lengths, suffixes = g
        mlen = len(m)
        if mlen > 4 and m[-4:] in suffixes:
            lp_suf = suffixes[m[-4:]]
        elif mlen > 3 and m[-3:] in suffixes:
            lp_suf = suffixes[m[-3:]]
        elif mlen > 2 and m[-2:] in suffixes:
            lp_suf = suffixes[m[-2:]]
        elif mlen > 1 and m[-1:] in suffixes:
            lp_suf = suffixes[m[-1:]]
        else:
            lp_suf = suffixes[""]
        lp = base + lengths[min(mlen, 24)] + lp_suf
        if wlen == mlen:  # HanTa's penalty for reading the whole word as one unknown morpheme
            lp -= 4.6
        return lp


def _segment_lattice(self, scores, word, followups, strict, keep_back):
    """Fill the morpheme lattice of ``word``: columns of {state: log p} (and back-pointers).

    ``followups(state)`` gives the state's plan (``MorphemeScores.plan``).  Instead of asking
    every follow-up tag about every segment, the segment's few known tags and the open tags are
    collected and entered in HanTa's tag order: the same keys, values and order as its loop.
    """
    wlen = len(word)
    table = [{(EMPTY, START): 0}] + [{} for _ in range(wlen + 1)]
    back = [{} for _ in range(wlen + 2)] if keep_back else None
    by_segment, guessed = scores.by_segment, scores.guessed
    for i in range(wlen + 1):
        row = table[i]
        if len(row) > 3:  # HanTa keeps the three best states of each position
            bound = sorted(row.values(), reverse=True)[3] - 1
        else:
            bound = _LOWER_BOUND
        expanded = []
        for state, lp in row.items():
            if lp < bound:
                continue
            trans, open_tags = followups(state)
            if trans:
                expanded.append((state, lp, state[1], trans, open_tags))
        if not expanded:
            continue
        # (positions j, then states: each column j still receives the states in HanTa's order,
        # and a segment's look-up and guesses are shared by the states)
        for j in range(i + 1, wlen + 1):
            segment = word[i:j]
            known = by_segment.get(segment)
            # an unknown segment may be guessed only for open tags, and not when it is short
            # inside a long word (HanTa's rule)
            may_guess = not strict and (wlen < 4 or j - i > 2)
            guesses: dict = {}
            target = table[j]
            for state, lp, last, trans, open_tags in expanded:
                hits = []
                if known:
                    for tag1, lpm in known.items():
                        rank = trans.get(tag1)
                        if rank is not None:
                            hits.append((rank[0], tag1, rank[1], lpm))
                if may_guess and open_tags:
                    for rank, tag1, lpt, g in open_tags:
                        if not (known and tag1 in known):
                            lpm = guesses.get(tag1)
                            if lpm is None:
                                lpm = guesses[tag1] = guessed(segment, g, wlen)
                            hits.append((rank, tag1, lpt, lpm))
                if not hits:
                    continue
                if len(hits) > 1:
                    hits.sort()
                for _, tag1, lpt, lpm in hits:
                    lp1 = lp + lpt + lpm
                    if lp1 > _LOWER_BOUND:
                        key = (last, tag1)
                        old = target.get(key)
                        if old is None or lp1 > old:
                            target[key] = lp1
                            if keep_back:
                                back[j][key] = (state, i)
    return table, back


def analyze_forward(self, word):
    """HanTa's ``analyze_forward``: log p of each part of speech for an unknown word."""
    scores = self._newsevents_scores
    nonfinal = self.LP_trans_nonfinal
    table, _ = _segment_lattice(
        self, scores, word, lambda s: scores.plan(nonfinal.get(s, ()), s), self.strict, False)
    last = table[-1]
    for state, lp in table[-2].items():
        for tag1, lpt in self.LP_trans_final.get(state, ()):
            lp1 = lp + lpt
            if lp1 > _LOWER_BOUND:
                key = (state[1], tag1)
                if key not in last or lp1 > last[key]:
                    last[key] = lp1
    results: dict = {}
    for state, lp in last.items():
        if lp == -math.inf:
            continue
        pos = -state[1]
        results[pos] = logaddexp(results[pos], lp) if pos in results else lp
    ranked = sorted(results.items(), key=lambda kv: kv[1], reverse=True)
    return ranked or [(UNKNOWN, 0)]


def analyze_viterbi(self, word, targetpos):
    """HanTa's ``analyze_viterbi``: the best morpheme segmentation for a known part of speech."""
    scores = self._newsevents_scores
    wlen = len(word)
    reachable = self.reachability.get(targetpos, frozenset())
    nonfinal = self.LP_trans_nonfinal
    def followups(state):
        key = (targetpos, state)
        plan = scores._plans.get(key)
        if plan is None:
            plan = scores.plan([(t, p) for t, p in nonfinal.get(state, ()) if t in reachable], key)
        return plan

    for strict in (True, False):
        table, back = _segment_lattice(self, scores, word, followups, strict, True)
        last = table[-1]
        for state, lp in table[-2].items():
            for tag1, lpt in self.LP_trans_final.get(state, ()):
                if tag1 == targetpos:
                    lp1 = lp + lpt
                    if lp1 > _LOWER_BOUND:
                        key = (state[1], tag1)
                        if key not in last or lp1 > last[key]:
                            last[key] = lp1
                            back[-1][key] = (state, wlen)
                    break
        if last:
            break
    best_lp, best = -math.inf, (EMPTY, EMPTY)
    for state, lp in last.items():
        if lp > best_lp:
            best_lp, best = lp, state
    i = len(back) - 1
    if best == (EMPTY, EMPTY):
        states = [((UNKNOWN, END_UNKNOWN), i), ((START, UNKNOWN), i - 1)]
    else:
        states = [(best, i)]
        state = best
        while i > 0:
            state, i = back[i][state]
            states.append((state, i))
        states = states[:-1]
    return [(state[1], i) for (state, i) in states[::-1]]


def speed_up(tagger, memo_size: int):
    tagger._newsevents_scores = MorphemeScores(tagger)
    # a word's candidate tags in a sentence depend on the word and on whether its case counts
    # (HanTa's ``_tag_word`` is pure): looked up once per word form, not once per token
    tagger._newsevents_candidates = {}
    tagger._newsevents_memo_size = memo_size
    tagger.analyze_forward = types.MethodType(analyze_forward, tagger)
    tagger.analyze_viterbi = types.MethodType(analyze_viterbi, tagger)
    memoise(tagger, memo_size)
    tagger.tag_sent_viterbi = types.MethodType(sentence_viterbi, tagger)
    return tagger


@functools.lru_cache(maxsize=None)
def word_analyser(model: str):
    """A sped-up HanTa instance for questions about single words (``tag_word``), shared by
    every component of the process that asks them (the name recogniser asks whether a word
    is a name, or an English word): loaded once, not once per pipeline, and answering as
    plain HanTa does (it has no shipped tables, which answer sentence tagging only)."""
    from HanTa import HanoverTagger as ht
    return speed_up(ht.HanoverTagger(model), 50000)
