"""Lingua's low-accuracy mode decides long samples as its full mode does."""

from __future__ import annotations

from newsevents.pipeline.language import LanguageDetector

from conftest import shared_path


def test_fast_mode_agrees_with_full_mode_on_articles():
    fast = LanguageDetector({"fast_from_chars": 800})
    full = LanguageDetector({"fast_from_chars": 10 ** 9})
    texts = [p.read_text(encoding="utf-8") for d in ("dev", "heldout")
             for p in sorted(shared_path("eval", d).glob("*.txt"))]
    assert len(texts) > 50
    decided = [fast.detect(t) for t in texts]
    assert decided == [full.detect(t) for t in texts]
    assert set(decided) == {"de", "en"}
    assert True in fast._detectors  # the articles of 800 characters and more


def test_short_text_goes_to_the_full_detector():
    det = LanguageDetector({"fast_from_chars": 800})
    assert det.detect("Die Regierung in Wien hat am Montag neue Sanktionen beschlossen.") == "de"
    assert list(det._detectors) == [False]
