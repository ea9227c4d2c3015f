"""HanTa's analyses of common words outside its lexicon, worked out once and shipped.

HanTa knows some 23,000 German and 29,000 English words.  Every other word — compounds
("Flüchtlingspolitik"), inflected and derived forms, names — costs a Viterbi search over its
morpheme segmentations to guess its tags (``analyze_forward``), and another to find its lemma
under the tag the sentence chose (``analyze_viterbi``).  On news text those two searches are
most of the tagger's time, and most of the words are common ones that every run meets again.

This module runs both searches once, offline, for the words of a general frequency list that
are not in HanTa's lexicon, and stores the answers next to this file
(``data/hanta_<model>.vocab.xz``): for each word the log-probabilities ``analyze_forward``
gives the tags a sentence can choose for it (those within HanTa's cutoff of the best in
``_tag_word``, in any case setting), exactly, and its lemma under each of them.  A tagger
answers those words from the table (``use_vocab``) and searches for the rest.  The answers are
pure functions of the word and HanTa's model, so tags and lemmas are unchanged;
tests/test_tag.py compares table entries with HanTa's own methods.

The word lists are the most frequent word forms of ``wordfreq`` (Robyn Speer et al., data
licensed CC BY-SA 4.0; a list of words, nothing of any text we analyse).  Rebuild with::

    python -c "import wordfreq; print('\\n'.join(wordfreq.top_n_list('de', 200000)))" > de.txt
    python -m newsevents.pipeline.hanta_vocab morphmodel_ger.pgz de.txt

(wordfreq is needed only for that, and is not a dependency).  The table names the HanTa
version it was built with; under another version it is ignored.
"""

from __future__ import annotations

import functools
import lzma
import sys
from pathlib import Path
from typing import Any, Iterable

from HanTa.HanoverTagger import UNKNOWN

from .hanta_lemmas import DATA, _hanta_version, read_rows

#: a candidate tag is kept for the sentence when it lies within this of the best
#: (HanTa's ``cutoff`` in ``tag_sent_viterbi``)
_CUTOFF = 5


def vocab_path(model: str) -> Path:
    return DATA / f"hanta_{model.split('.')[0]}.vocab.xz"


def _sentence_tags(tagger: Any, forward: list[tuple[int, float]]) -> set[int]:
    """The tags a sentence may give a word with these forward scores: those within HanTa's
    cutoff of the best, in any of the case settings ``_tag_word`` applies."""
    tags: set[int] = set()
    for casesensitive, upcase in ((False, False), (True, False), (True, True)):
        scored = []
        for tag, p in forward:
            if tag != UNKNOWN:
                if casesensitive:
                    p += tagger.LP_case_t[tag][upcase]
                p -= tagger.LP_wtag[tag]
            scored.append((tag, p))
        if scored:
            best = max(p for _, p in scored)
            tags.update(t for t, p in scored if p >= best - _CUTOFF and t != UNKNOWN)
    return tags


def _row(tagger: Any, word: str) -> str | None:
    forward = tagger.analyze_forward(word)
    if not forward or forward[0][0] == UNKNOWN:
        return None  # nothing to save: HanTa's "unknown" answer is cheap to repeat
    if any(tag == UNKNOWN for tag, _ in forward):
        return None
    kept = _sentence_tags(tagger, forward)
    # only the tags a sentence can choose, in HanTa's order (the best is always among them,
    # so the cutoff keeps the same ones)
    scores = ",".join(f"{tag}:{float(p)!r}" for tag, p in forward if tag in kept)
    lemmas = []
    for tag in sorted(kept):
        lemma, str_tag = tagger._analyze(word, tag, taglevel=1)
        if any(c in lemma + str_tag for c in "\t,|\n"):
            return None
        lemmas.append(f"{tag}|{lemma}|{str_tag}")
    return f"{word}\t{scores}\t{','.join(lemmas)}\n"


def build(model: str, words: Iterable[str], source: str) -> Path:
    """Compute the table for one model from a word list (most frequent first)."""
    from HanTa import HanoverTagger as ht
    from .hanta_speed import speed_up
    tagger = speed_up(ht.HanoverTagger(model), 1000)
    rows = []
    seen: set[str] = set()
    for raw in words:
        word = raw.strip().lower()
        if not word or word in seen or word in tagger.cache or any(c in word for c in "\t,|"):
            continue
        seen.add(word)
        row = _row(tagger, word)
        if row is not None:
            rows.append(row)
    path = vocab_path(model)
    header = (f"# HanTa {_hanta_version()} {model}: analyses of words outside the model's "
              f"lexicon, from HanTa's own analyze_forward and _analyze(word, tag, 1). Words: "
              f"{source}. word\ttag:log p,... (analyze_forward)\ttag|lemma|tag,...\n")
    # xz, not gzip: the scores' digits compress to less than half
    with lzma.open(path, "wt", encoding="utf-8", preset=9) as f:
        f.write(header)
        f.writelines(sorted(rows))
    return path


@functools.lru_cache(maxsize=None)
def load(model: str) -> dict[str, str]:
    """{lower-cased word: its row, unparsed} for ``model``; empty when the table is missing or
    was built with another HanTa version.  Rows are parsed when a word is met.  Loaded once per
    process and shared by every pipeline's tagger (they only read it)."""
    return dict(line.split("\t", 1) for line in read_rows(vocab_path(model), model, lzma.open) or ())


def parse(row: str) -> tuple[list[tuple[int, float]], dict[int, tuple[str, str]]]:
    """A row's forward scores and its lemmas by tag."""
    scores, lemmas = row.split("\t")
    forward = []
    for item in scores.split(","):
        tag, p = item.split(":")
        forward.append((int(tag), float(p)))
    by_tag = {}
    for item in lemmas.split(",") if lemmas else ():
        tag, lemma, str_tag = item.split("|")
        by_tag[int(tag)] = (lemma, str_tag)
    return forward, by_tag


def use_vocab(tagger: Any, vocab: dict[str, str]) -> Any:
    """Let the tagger answer the words of ``vocab`` from it: ``analyze_forward`` for their tag
    scores and ``_analyze`` (level 1) for their lemmas; everything else goes to the methods it
    had.  Install after ``speed_up`` and the lemma table."""
    if not vocab:
        return tagger
    search_forward, search_analyze = tagger.analyze_forward, tagger._analyze
    parsed: dict[str, Any] = {}

    def entry(word: str):
        hit = parsed.get(word)
        if hit is None:
            row = vocab.get(word)
            if row is None:
                return None
            hit = parsed[word] = parse(row)
        return hit

    def analyze_forward(word):
        hit = entry(word)
        if hit is not None:
            return list(hit[0])
        return search_forward(word)

    def analyze(word, pos, taglevel=1):
        if taglevel == 1:
            hit = entry(word.lower())
            if hit is not None:
                found = hit[1].get(pos)
                if found is not None:
                    return found
        return search_analyze(word, pos, taglevel)

    tagger.analyze_forward = analyze_forward
    tagger._analyze = analyze
    return tagger


if __name__ == "__main__":  # pragma: no cover - a maintenance command
    model_name, words_file = sys.argv[1], sys.argv[2]
    with open(words_file, encoding="utf-8") as fh:
        print(build(model_name, fh, sys.argv[3] if len(sys.argv) > 3 else
                    f"the {sum(1 for _ in open(words_file, encoding='utf-8'))} most frequent "
                    f"word forms of wordfreq"))
