"""The tagger's speed-ups change no tag and no lemma."""

from __future__ import annotations

import pytest
from HanTa import HanoverTagger as ht

from newsevents.pipeline import Pipeline
from newsevents.pipeline.hanta_lemmas import load as load_lemmas, use_table
from newsevents.pipeline.hanta_speed import speed_up
from newsevents.readers import read_inputs

from conftest import shared_path


@pytest.fixture(scope="module")
def sentences():
    pipe = Pipeline(only=["language", "tokenize"])
    out = {"de": [], "en": []}
    for a in read_inputs([str(shared_path("eval", "dev")), str(shared_path("eval", "heldout"))]):
        doc = pipe.analyse(a)
        out[doc.lang] += [[t.text for t in toks] for _, toks in doc.iter_sentences()]
    return out


@pytest.mark.parametrize("lang,model", [("de", "morphmodel_ger.pgz"), ("en", "morphmodel_en.pgz")])
def test_fast_tagger_gives_hantas_tags_and_lemmas(sentences, lang, model):
    plain = ht.HanoverTagger(model)
    fast = use_table(speed_up(ht.HanoverTagger(model), 100000), load_lemmas(model))
    assert len(sentences[lang]) > 300
    for words in sentences[lang]:
        assert fast.tag_sent(words, taglevel=1) == plain.tag_sent(words, taglevel=1), words


@pytest.mark.parametrize("lang,model", [("de", "morphmodel_ger.pgz"), ("en", "morphmodel_en.pgz")])
def test_fast_word_analysis_equals_hantas(sentences, lang, model):
    plain = ht.HanoverTagger(model)
    fast = speed_up(ht.HanoverTagger(model), 100000)
    words = sorted({w.lower() for s in sentences[lang] for w in s})[::3]
    for w in words:
        assert fast.analyze_forward(w) == plain.analyze_forward(w), w
    for w in words[::4]:
        for tag, _ in plain.analyze_forward(w)[:2]:
            assert fast.analyze_viterbi(w, tag) == plain.analyze_viterbi(w, tag), (w, tag)


@pytest.mark.parametrize("model", ["morphmodel_ger.pgz", "morphmodel_en.pgz"])
def test_shipped_lemma_table_is_hantas_answer(model):
    """Every 40th entry of the shipped table equals HanTa's own lemmatisation, and the table
    covers the model's whole vocabulary (it is ignored, not wrong, under another version)."""
    table = load_lemmas(model)
    plain = ht.HanoverTagger(model)
    assert len(table) >= 0.99 * sum(len(tags) for tags in plain.cache.values())
    for (word, tag), answer in sorted(table.items())[::40]:
        assert plain._analyze(word, tag, taglevel=1) == answer, (word, tag)
