"""The tagger's speed-ups change no tag and no lemma."""

from __future__ import annotations

import pytest
from HanTa import HanoverTagger as ht

from newsevents.pipeline import Pipeline
from newsevents.pipeline.hanta_lemmas import load as load_lemmas, use_table
from newsevents.pipeline.hanta_speed import speed_up
from newsevents.pipeline.hanta_vocab import load as load_vocab, parse, use_vocab
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
    fast = use_vocab(use_table(speed_up(ht.HanoverTagger(model), 100000), load_lemmas(model)),
                     load_vocab(model))
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


@pytest.mark.parametrize("model", ["morphmodel_ger.pgz", "morphmodel_en.pgz"])
def test_shipped_vocabulary_is_hantas_answer(model):
    """Every 400th word of the shipped table of words outside the lexicon: its scores are
    HanTa's, for the tags a sentence can choose (in HanTa's order), so the candidate tags a
    sentence gets are HanTa's in every case setting; its lemma under each is HanTa's."""
    vocab = load_vocab(model)
    plain = ht.HanoverTagger(model)
    tabled = use_vocab(speed_up(ht.HanoverTagger(model), 10), vocab)
    assert len(vocab) > 20000
    for word in sorted(vocab)[::400]:
        assert word not in plain.cache
        forward, lemmas = parse(vocab[word])
        full = plain.analyze_forward(word)
        assert forward == [(t, p) for t, p in full if t in dict(forward)], word
        for form in (word, word.capitalize()):
            for cs in (False, True):
                assert tabled._tag_word(form, cutoff=5, casesensitive=cs, conditional=True) \
                    == plain._tag_word(form, cutoff=5, casesensitive=cs, conditional=True), form
        assert lemmas, word
        for tag, answer in lemmas.items():
            assert plain._analyze(word, tag, taglevel=1) == answer, (word, tag)


def test_shipped_vocabulary_answers_before_any_search():
    """A word of the table is answered without the morpheme search; another word still is."""
    model = "morphmodel_ger.pgz"
    vocab = load_vocab(model)
    tagger = use_vocab(speed_up(ht.HanoverTagger(model), 100), vocab)
    searched = []
    search = tagger.analyze_viterbi
    tagger.analyze_viterbi = lambda w, t: searched.append(w) or search(w, t)
    word = next(w for w in sorted(vocab) if len(w) > 8 and w.isalpha())
    tagger.tag_sent([word.capitalize()], taglevel=1)
    assert searched == []
    tagger.tag_sent(["Quarkbrötchenverkäuferinnenstreik"], taglevel=1)
    assert searched
