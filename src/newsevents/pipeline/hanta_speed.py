"""Speed-ups for HanTa that leave every tag and lemma unchanged.

HanTa is the slowest stage of the pipeline.  Two things make it slow on news text:

1. It analyses each word's morphology afresh — the candidate tags of a word outside its
   training lexicon, and the lemma of every token once the sentence is tagged — and keeps
   neither.  Both are pure functions of their arguments, and news repeats its vocabulary, so a
   bounded memo per tagger instance (``memoise``) removes most of that work.
2. Its sentence Viterbi tries, for every word and every surviving previous state, every tag
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

from HanTa.HanoverTagger import EMPTY, END, START, UNKNOWN

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
    for i, word in enumerate(sent):
        candidates = dict(self._tag_word(word, cutoff=5, casesensitive=casesensitive and i > 0,
                                         conditional=True))
        if len(candidates) == 1 and UNKNOWN in candidates:
            candidates = {}
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
            if candidates:
                pairs = ((tag, following.get(tag), lp_word) for tag, lp_word in candidates.items())
            else:  # an unknown word may take any tag
                pairs = ((tag, lp_trans, 0.0) for tag, lp_trans in following.items())
            for tag, lp_trans, lp_word in pairs:
                if lp_trans is None or tag == END:
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


def speed_up(tagger, memo_size: int):
    memoise(tagger, memo_size)
    tagger.tag_sent_viterbi = types.MethodType(sentence_viterbi, tagger)
    return tagger
