"""The foundation on the seed article: sentences, tokens, tags, offsets, record round trip."""

from __future__ import annotations

import pytest

from newsevents.errors import ConfigError
from newsevents.pipeline import Pipeline
from newsevents.record import Record


def test_seed_article_record(seed_record):
    r = seed_record
    assert r.schema == "newsevents/1"
    assert r.lang == "de"
    assert r.date == "2021-12-31"  # header 2021-12 refined by the credit "(APA, 31.12.2021)"
    assert 18 <= len(r.sentences) <= 24
    assert r.check_offsets() == []
    first = r.text[r.sentences[0].start:r.sentences[0].end]
    assert first.startswith("Iraks Ministerpräsident")
    # headings are sentences of their own
    assert any(r.text[s.start:s.end] == "Einsatz begann 2014" for s in r.sentences)


def test_record_round_trip(seed_record):
    assert Record.from_dict(seed_record.to_dict()) == seed_record


def test_tags_and_lemmas_german(pipeline):
    from newsevents.article import Article
    doc = pipeline.analyse(Article(text="Die USA hatten im Juli den Abzug der Kampftruppen verkündet.",
                                   lang="de"))
    by_text = {t.text: t for t in doc.tokens}
    assert by_text["hatten"].lemma == "haben" and by_text["hatten"].upos == "AUX"
    assert by_text["verkündet"].pos == "VVPP" and by_text["verkündet"].upos == "VERB"
    assert by_text["Abzug"].upos == "NOUN"


def test_tags_english(pipeline):
    from newsevents.article import Article
    doc = pipeline.analyse(Article(text="Russian President Vladimir Putin signed the law on Thursday.",
                                   lang="en"))
    by_text = {t.text: t for t in doc.tokens}
    assert by_text["signed"].lemma == "sign" and by_text["signed"].upos == "VERB"


def test_language_detected(pipeline):
    from newsevents.article import Article
    r = pipeline(Article(text="The coalition ended its combat mission in Iraq at the end of the year."))
    assert r.lang == "en"


def test_unsupported_language_warns_and_runs_independent_stages(pipeline):
    from newsevents.article import Article
    r = pipeline(Article(text="La coalition a mis fin à sa mission de combat en Irak à la fin de l'année."))
    assert r.lang == "fr"
    assert len(r.sentences) >= 1
    assert any("not supported" in w for w in r.warnings)


def test_misordered_pipeline_is_rejected():
    from newsevents.settings import default_config
    cfg = default_config()
    cfg["pipeline"]["components"] = ["tag", "tokenize"]
    with pytest.raises(ConfigError, match="requires tokens"):
        Pipeline(cfg)
