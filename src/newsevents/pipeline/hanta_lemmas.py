"""HanTa's lemmas of its own vocabulary, worked out once and shipped: a compiled lexicon.

After tagging a sentence HanTa lemmatises every token by a Viterbi search over the word's
morpheme segmentations, even for the 23,000 German and 29,000 English words its model lists
with their tags.  For those words the answer is a pure function of the lower-cased word and
the tag, fixed by the model, so this module computes it for every (word, tag) pair the model
lists and stores the table next to this file (``data/hanta_<model>.lemmas.gz``).  A tagger
then answers those pairs from the table and searches only for words outside the model's
vocabulary.  Nothing in the table comes from the texts being analysed.

The table names the HanTa version it was built with; under another version it is ignored
(and the search runs as before).  Rebuild with ``python -m newsevents.pipeline.hanta_lemmas``.
tests/test_tag.py compares table entries with HanTa's own answers.
"""

from __future__ import annotations

import gzip
import logging
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

MODELS = ("morphmodel_ger.pgz", "morphmodel_en.pgz")
DATA = Path(__file__).with_name("data")


def table_path(model: str) -> Path:
    return DATA / f"hanta_{model.split('.')[0]}.lemmas.gz"


def _hanta_version() -> str:
    try:
        return version("HanTa")
    except PackageNotFoundError:
        return "unknown"


def build(model: str) -> Path:
    """Compute the table for one model with HanTa's own methods and write it."""
    from HanTa import HanoverTagger as ht
    tagger = ht.HanoverTagger(model)
    rows = []
    for word in sorted(tagger.cache):
        for tag, _ in tagger.cache[word]:
            if not isinstance(tag, int) or tag <= 0 or "\t" in word or "\n" in word:
                continue
            lemma, str_tag = tagger._analyze(word, tag, taglevel=1)
            rows.append(f"{word}\t{tag}\t{lemma}\t{str_tag}\n")
    path = table_path(model)
    path.parent.mkdir(parents=True, exist_ok=True)
    header = (f"# HanTa {_hanta_version()} {model}: lemma of each (word, tag) of the model's "
              f"vocabulary, from HanTa's own _analyze(word, tag, taglevel=1). "
              f"word\ttag id\tlemma\ttag\n")
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write(header)
        f.writelines(rows)
    return path


def read_rows(path: Path, model: str, opener: Any = gzip.open) -> list[str] | None:
    """The data lines of a shipped HanTa table, or None when it is missing or was built with
    another HanTa version (its first line names the version and the model)."""
    if not path.is_file():
        return None
    with opener(path, "rt", encoding="utf-8") as f:
        header = f.readline()
        if not header.startswith(f"# HanTa {_hanta_version()} {model}:"):
            log.warning("%s was built for another HanTa version; tagging without it", path)
            return None
        return [line.rstrip("\n") for line in f]


def load(model: str) -> dict[tuple[str, int], tuple[str, str]]:
    """The table for ``model``: {(lower-cased word, tag id): (lemma, tag)}; empty when it is
    missing or was built with another HanTa version."""
    table: dict[tuple[str, int], tuple[str, str]] = {}
    for line in read_rows(table_path(model), model) or ():
        word, tag, lemma, str_tag = line.split("\t")
        table[(word, int(tag))] = (lemma, str_tag)
    return table


def use_table(tagger: Any, table: dict[tuple[str, int], tuple[str, str]]) -> Any:
    """Let ``tagger._analyze`` answer listed (word, tag) pairs from ``table`` (level 1, the
    level the pipeline asks for); everything else goes to the method it had."""
    if not table:
        return tagger
    search = tagger._analyze

    def analyze(word, pos, taglevel=1):
        if taglevel == 1:
            hit = table.get((word.lower(), pos))
            if hit is not None:
                return hit
        return search(word, pos, taglevel)

    tagger._analyze = analyze
    return tagger


if __name__ == "__main__":  # pragma: no cover - a maintenance command
    for m in MODELS:
        print(build(m))
