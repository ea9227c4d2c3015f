"""CoNLL / GermEval NER scoring: reading, BIO spans, offset mapping of batched sentences."""

from __future__ import annotations

import pytest

from conftest import shared_path
from newsevents.evaluation.conll import bio_spans, detokenise, evaluate_conll, read_conll
from newsevents.record import Entity, Record

GERMEVAL = ("germeval2014-dev", "NER-de-dev.tsv")


def test_read_germeval_outer_tags():
    sents = read_conll(shared_path("corpora", *GERMEVAL))
    assert len(sents) == 2200
    first = sents[0]
    assert first.tokens[:3] == ("Gleich", "darauf", "entwirft")
    assert first.tags[first.tokens.index("Jesu")] == "B-PER"
    assert first.tags[first.tokens.index("Ecce")] == "B-OTH"


def test_bio_spans_ignore_oth_deriv_part():
    tags = ("B-PER", "I-PER", "O", "B-LOCderiv", "B-ORG", "B-ORG", "I-LOC", "B-OTH", "I-OTH")
    spans, ignored = bio_spans(tags)
    # I-LOC after ORG starts a new span (conlleval reading)
    assert spans == {(0, 2, "PER"), (4, 5, "ORG"), (5, 6, "ORG"), (6, 7, "LOC")}
    assert ignored == 2


def test_plain_conll(tmp_path):
    f = tmp_path / "x.conll"
    f.write_text("-DOCSTART- -X- O O\n\nEU NNP B-ORG\nrejects VBZ O\nGerman JJ B-MISC\n"
                 "call NN O\n\nPeter NNP B-PER\nBlackburn NNP I-PER\n", "utf-8")
    sents = read_conll(f)
    assert [s.tokens for s in sents] == [("EU", "rejects", "German", "call"),
                                         ("Peter", "Blackburn")]
    assert bio_spans(sents[1].tags)[0] == {(0, 2, "PER")}


class OraclePipeline:
    """Stands in for the pipeline: 'finds' exactly the gold PER/ORG/LOC spans of the batch
    text (and one MISC), so a correct offset mapping must score 1.0."""

    names = ["entities"]

    def __init__(self, sents, drop_first=False):
        self.by_text = {detokenise(s.tokens)[0]: s for s in sents}
        self.drop_first = drop_first

    def __call__(self, article):
        ents, pos = [], 0
        for para in article.text.split("\n\n"):
            s = self.by_text[para]
            offs = [(pos + a, pos + b) for a, b in detokenise(s.tokens)[1]]
            for a, b, typ in sorted(bio_spans(s.tags)[0]):
                st, en = offs[a][0], offs[b - 1][1]
                ents.append(Entity(text=article.text[st:en], start=st, end=en,
                                   type={"PER": "PERSON"}.get(typ, typ), name=""))
            ents.append(Entity(text=s.tokens[0], start=pos, end=pos + len(s.tokens[0]),
                               type="MISC", name=""))
            pos += len(para) + 2
        if self.drop_first and ents:
            ents = ents[1:]
        return Record(doc_id="b", lang="de", date=None, text=article.text,
                      entities=tuple(ents))


def test_batched_offsets_map_back_exactly():
    path = shared_path("corpora", *GERMEVAL)
    sents = read_conll(path)[:150]
    res = evaluate_conll(path, OraclePipeline(sents), limit=150, batch_size=40, ner_only=False)
    assert res.sentences == 150
    assert res.overall.f1 == 1.0 and res.overall.tp > 100
    assert res.ignored_pred == 150 and res.ignored_gold > 0
    assert "OTH" in res.format_table()


def test_missing_prediction_costs_recall():
    path = shared_path("corpora", *GERMEVAL)
    sents = read_conll(path)[:50]
    res = evaluate_conll(path, OraclePipeline(sents, drop_first=True), limit=50,
                         batch_size=50, ner_only=False)
    assert res.overall.fn == 1 and res.overall.fp == 0


def test_real_pipeline_runs(pipeline):
    res = evaluate_conll(shared_path("corpora", *GERMEVAL), pipeline, limit=30)
    assert res.sentences == 30
    assert res.overall.tp + res.overall.fn == sum(
        len(bio_spans(s.tags)[0]) for s in read_conll(shared_path("corpora", *GERMEVAL))[:30])


# ------------------------------------------------------------------ --timeml wiring

def test_timeml_flag_calls_the_temporal_module(monkeypatch, tmp_path):
    import sys
    import types

    from click.testing import CliRunner

    from newsevents.cli.main import cli
    calls = {}
    fake = types.ModuleType("newsevents.evaluation.timeml")

    def evaluate_timeml(gold_dir, system_dir=None, pipeline=None):
        calls["args"] = (gold_dir, system_dir, pipeline)
        return {"f1": 0.5}

    fake.evaluate_timeml = evaluate_timeml
    fake.format_report = lambda result: f"TIMEML F1 {result['f1']}"
    monkeypatch.setitem(sys.modules, "newsevents.evaluation.timeml", fake)
    res = CliRunner().invoke(cli, ["evaluate", "--timeml", str(tmp_path), "--system",
                                   str(tmp_path)])
    assert res.exit_code == 0, res.output
    assert "TIMEML F1 0.5" in res.output
    assert calls["args"] == (str(tmp_path), str(tmp_path), None)

    monkeypatch.setitem(sys.modules, "newsevents.evaluation.timeml", None)  # module absent
    res = CliRunner().invoke(cli, ["evaluate", "--timeml", str(tmp_path)])
    assert res.exit_code == 2 and "not available" in res.output


def test_errors_are_listed_for_details():
    path = shared_path("corpora", *GERMEVAL)
    sents = read_conll(path)[:50]
    res = evaluate_conll(path, OraclePipeline(sents, drop_first=True), limit=50,
                         batch_size=50, ner_only=False)
    assert len(res.errors) == 1
    assert res.errors[0].startswith(f"FN PER 'Jesu' | {' '.join(sents[0].tokens[:8])}")


@pytest.mark.slow
def test_whole_germeval_dev_is_scored(pipeline):
    """Every gold PER/ORG/LOC span of the file is counted once, and the pipeline finds some."""
    res = evaluate_conll(shared_path("corpora", *GERMEVAL), pipeline)
    assert res.sentences == 2200
    gold = {t: c.tp + c.fn for t, c in res.per_type.items()}
    assert gold == {"PER": 711, "ORG": 496, "LOC": 763}  # B- tags of the outer column
    assert res.overall.tp > 0 and res.unaligned_pred < res.overall.tp


def test_detokenise_attaches_punctuation_and_maps_offsets():
    tokens = ["Laut", "Dr", ".", "Merkel", "(", "CDU", ")", "sagte", "er", ":", "Nein", "."]
    text, offs = detokenise(tokens)
    assert text == "Laut Dr. Merkel (CDU) sagte er: Nein."
    assert [text[a:b] for a, b in offs] == tokens
