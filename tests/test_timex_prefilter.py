"""The timex rules' literal prefilter never skips a rule that would match."""

from __future__ import annotations

import re

import pytest

from newsevents.timex.grammar import required_words
from newsevents.timex.tagger import TimexTagger

from conftest import shared_path


def _texts(lang: str) -> list[str]:
    """Lines of every gold, held-out and corpus text of the language."""
    roots = [shared_path("eval", "dev"), shared_path("eval", "heldout")]
    if lang == "de":
        roots.append(shared_path("corpora", "krauts-dolomiten42", "KRAUTS_Dolomiten-42_raw-text"))
    lines = []
    for root in roots:
        for path in sorted(root.glob("*")):
            if path.name.startswith(lang) or lang == "de" and "krauts" in str(root).lower():
                lines += [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    return lines


@pytest.mark.parametrize("lang", ["de", "en"])
def test_skipped_rules_cannot_match(lang):
    grammar = TimexTagger(lang).grammar
    texts = _texts(lang)
    assert len(texts) > 200
    filtered = [r for r in grammar.rules if r.words]
    assert len(filtered) > len(grammar.rules) / 2  # most rules promise a literal
    skipped = 0
    for text in texts:
        folded = text.casefold()
        for rule in filtered:
            if not any(w in folded for w in rule.words):
                skipped += 1
                assert rule.regex.search(text) is None, (rule.id, text)
    assert skipped > 10 * len(texts)


@pytest.mark.parametrize("pattern,words", [
    (r"(?:over|at)\s+the\s+weekend", {"weekend"}),
    (r"annually|yearly|annual", {"annually", "yearly", "annual"}),
    (r"(?:the\s+)?day\s+before", {"before"}),
    (r"\d+\s+Tage?", {"tag"}),             # the optional "e" is not promised
    (r"(?:last|next)?\s*Montag", {"montag"}),
    (r"(?=Mo)\w+|xyz", set()),            # an alternative without a literal: no filter
    (r"(?i:STRASSE|Straße)", {"trasse"}),  # the shared "S" is factored out; ß folds to ss
])
def test_required_words_of_a_pattern(pattern, words):
    assert required_words(re.compile(pattern, re.IGNORECASE)) == frozenset(words)
