"""The dev scorer: hand-made predicted records scored against real gold files."""

from __future__ import annotations

import copy
import json

import pytest

from conftest import shared_path
from newsevents.evaluation.gold import load_orgs, locate_first, locate_in_order, occurrences
from newsevents.evaluation.report import aggregate
from newsevents.evaluation.scoring import actor_matches, score_document


def _load(name: str):
    dev = shared_path("eval", "dev")
    gold = json.loads((dev / f"{name}.gold.json").read_text("utf-8"))
    from newsevents.readers import read_inputs
    [article] = list(read_inputs([str(dev / f"{name}.txt")]))
    return article.text, gold, load_orgs(dev)


def _record(text: str, **parts) -> dict:
    rec = {"doc_id": "x", "lang": "de", "date": None, "text": text, "sentences": [],
           "entities": [], "timexes": [], "quantities": [], "quotes": [], "events": []}
    rec.update(parts)
    return rec


def _span(text: str, phrase: str, after: int = 0) -> tuple[int, int]:
    s = text.index(phrase, after)
    return s, s + len(phrase)


def _event(text, sentence, trigger, cameo, source=None, target=None, **kw):
    s0 = text.index(sentence)
    t0 = text.index(trigger, s0)
    ev = {"id": "e", "sentence_id": 0,
          "trigger": {"text": trigger, "start": t0, "end": t0 + len(trigger)},
          "cameo": cameo, "cameo_root": cameo[:2], "quad_class": 1, "goldstein": 0.0,
          "source": source, "target": target, "plover": None, "date": None}
    ev.update(kw)
    return ev


# ------------------------------------------------------------------ locating mentions

def test_repeated_2014_in_de0001_is_located_twice_in_order():
    text, gold, _ = _load("de-0001")
    mentions = [t["text"] for t in gold["timexes"]]
    locs = locate_in_order(text, mentions)
    i, j = [k for k, m in enumerate(mentions) if m == "2014"]
    first, second = locs[i], locs[j]
    assert text[first[0]:first[1]] == "2014" and text[second[0]:second[1]] == "2014"
    assert first[0] < second[0]
    assert text[first[0] - len("Einsatz begann "):first[0]] == "Einsatz begann "
    assert text[second[0] - len("der IS "):second[0]] == "der IS "
    # "Jahresende" after "im Juli" is the later "bis zum Jahresende", not "Jahresende 2021"
    k = mentions.index("Jahresende")
    assert locs[k][0] > locs[mentions.index("im Juli")][0]
    assert all(loc is not None for loc in locs)


def test_whole_word_occurrences():
    assert occurrences("ISIS und IS", "IS") == [(9, 11)]
    assert occurrences("im Jahr 20145 und 2014.", "2014") == [(18, 22)]
    assert occurrences("am\nFreitag", "am Freitag") == [(0, 10)]
    assert locate_first("a b. a b.", "a b.") == (0, 4)


# ------------------------------------------------------------------ entities

def test_record_with_exactly_the_gold_entities_scores_one():
    text, gold, orgs = _load("de-0001")
    ents = [{"text": g["name"], "start": 0, "end": 0, "type": g["type"], "name": g["name"]}
            for g in gold["entities"]]
    s = score_document(_record(text, entities=ents), gold, orgs)
    c = s.fields["entities"]
    assert (c.precision, c.recall, c.f1) == (1.0, 1.0, 1.0)


def test_entity_alias_case_and_type():
    text, gold, orgs = _load("de-0001")
    ents = [{"text": "Iraks", "start": 0, "end": 5, "type": "LOC", "name": "iraks"},
            {"text": "Reuters", "start": 0, "end": 0, "type": "PERSON", "name": "Reuters"},
            {"text": "Iraks", "start": 0, "end": 5, "type": "LOC", "name": "Iraks"}]
    c = score_document(_record(text, entities=ents), gold, orgs).fields["entities"]
    # the two Iraks mentions are one distinct entity; Reuters has the wrong type
    assert c.tp == 1 and c.pred_ok == 1 and c.fp == 1
    assert c.fn == len(gold["entities"]) - 1
    s = score_document(_record(text, entities=ents), gold, orgs)
    assert s.fields["entities_LOC"].tp == 1 and s.fields["entities_LOC"].fp == 0
    assert s.fields["entities_PERSON"].fp == 1 and s.fields["entities_PERSON"].tp == 0
    assert s.fields["entities_ORG"].fn == sum(g["type"] == "ORG" for g in gold["entities"])


# ------------------------------------------------------------------ timexes, quantities, quotes

def test_timex_span_and_value():
    text, gold, orgs = _load("de-0001")
    s1 = _span(text, "2014")  # the subheading: first gold "2014"
    s2 = _span(text, "2014", s1[1])
    sj = _span(text, "Jahresende 2021")
    timexes = [
        {"text": "2014", "start": s1[0], "end": s1[1], "type": "DATE", "value": "2014"},
        {"text": "2014", "start": s2[0], "end": s2[1], "type": "DATE", "value": "2013"},
        # partial overlap is enough for the span; "2021" is one of the gold's `also` values
        {"text": "Jahresende", "start": sj[0], "end": sj[0] + 10, "type": "DATE", "value": "2021"},
    ]
    s = score_document(_record(text, timexes=timexes), gold, orgs)
    span, val = s.fields["timex_span"], s.fields["timex_value"]
    assert (span.tp, span.fp, span.fn) == (3, 0, len(gold["timexes"]) - 3)
    assert (val.tp, val.fp, val.fn) == (2, 1, len(gold["timexes"]) - 2)
    assert any("2013" in x for x in s.details["wrong timex values"])


def test_quantity_needs_value_and_overlap():
    text, gold, orgs = _load("de-0001")
    a, b = _span(text, "2.500 US-Kräfte")
    good = {"text": "2.500 US-Kräfte", "start": a, "end": b, "value": 2500.0}
    bad = dict(good, value=25)
    assert score_document(_record(text, quantities=[good]), gold, orgs).fields["quantities"].f1 == 1.0
    c = score_document(_record(text, quantities=[bad]), gold, orgs).fields["quantities"]
    assert (c.tp, c.fp, c.fn) == (0, 1, 1)


def test_quote_half_coverage_and_speaker():
    text, gold, orgs = _load("de-0001")
    q = gold["quotes"][2]["text"]  # al-Kadhimi's quote
    a, b = _span(text, q)
    half = {"text": text[a:a + len(q) // 2 + 1], "start": a, "end": a + len(q) // 2 + 1,
            "speaker": {"text": "Ministerpräsident Mustafa al-Kadhimi", "name": "Mustafa al-Kadhimi",
                        "country": "IRQ", "role": "GOV"}}
    s = score_document(_record(text, quotes=[half]), gold, orgs)
    assert s.fields["quotes"].tp == 1 and s.fields["quotes"].fp == 0
    assert s.accuracies["quote_speaker"].correct == 1
    short = dict(half, end=a + len(q) // 3, text=text[a:a + len(q) // 3])
    s = score_document(_record(text, quotes=[short]), gold, orgs)
    assert s.fields["quotes"].tp == 0 and s.fields["quotes"].fp == 1


# ------------------------------------------------------------------ actor specs

def test_actor_specs(tmp_path):
    orgs = load_orgs(shared_path("eval", "dev"))
    gov = {"text": "die Regierung in Bagdad", "country": "IRQ", "role": "GOV"}
    assert actor_matches(gov, {"country": "IRQ", "role": "GOV"}, orgs)
    assert not actor_matches(gov, {"country": "IRQ", "role": "MIL"}, orgs)
    assert actor_matches(None, None, orgs)
    assert not actor_matches(None, {"country": "IRQ"}, orgs)
    coal = {"text": "der internationalen Anti-IS-Koalition"}
    spec = {"any_of": [{"org": "coalition"}, {"country": "USA"}]}
    assert actor_matches(coal, spec, orgs)
    assert actor_matches({"text": "die USA", "country": "USA"}, spec, orgs)
    assert not actor_matches({"text": "Irak", "country": "IRQ"}, spec, orgs)
    # org aliases are whole words, case-folded: "IS" is not found inside "ISIS"-less "Kiss"
    assert actor_matches({"text": "der IS"}, {"org": "IS"}, orgs)
    assert actor_matches({"text": "x", "code": "IMGMUSISI"}, {"org": "IS"}, orgs)
    assert not actor_matches({"text": "Regierungskrise"}, {"org": "IS"}, orgs)
    assert not actor_matches({"text": "Kiss"}, {"org": "IS"}, orgs)
    # name: the gold name's last word
    assert actor_matches({"text": "Präsident Erdogan"}, {"name": "Recep Tayyip Erdogan"}, orgs)
    assert not actor_matches({"text": "Präsident Putin"}, {"name": "Erdogan"}, orgs)
    # all keys of a spec must hold
    assert not actor_matches({"text": "Haidar al-Abadi", "country": "IRQ"},
                             {"name": "Mustafa al-Kadhimi", "country": "IRQ"}, orgs)


# ------------------------------------------------------------------ events

SENT_051 = "Iraks Ministerpräsident Mustafa al-Kadhimi bedankte sich bei der internationalen Koalition"
SENT_OPT = "teilte die Regierung in Bagdad am Freitag mit"


def test_event_actor_match_and_wrong_root():
    text, gold, orgs = _load("de-0001")
    src = {"text": "Iraks Ministerpräsident", "country": "IRQ", "role": "GOV"}
    tgt = {"text": "der internationalen Koalition"}
    right = _event(text, SENT_051, "bedankte", "051", src, tgt, plover="SUPPORT", date="2021-12")
    s = score_document(_record(text, events=[right]), gold, orgs)
    root, actor = s.fields["event_root"], s.fields["event_actor"]
    n_req = sum(1 for g in gold["events"] if not g.get("optional"))
    assert (actor.tp, actor.fp, actor.fn) == (1, 0, n_req - 1)
    assert root.tp == 1
    assert s.accuracies["event_date"].value == 1.0 and s.accuracies["event_plover"].value == 1.0

    wrong_root = _event(text, SENT_051, "bedankte", "042", src, tgt)
    s = score_document(_record(text, events=[wrong_root]), gold, orgs)
    assert s.fields["event_root"].tp == 0 and s.fields["event_root"].fp == 1
    assert s.fields["event_actor"].tp == 0 and s.fields["event_actor"].fp == 1

    wrong_actor = _event(text, SENT_051, "bedankte", "051", tgt, src)
    s = score_document(_record(text, events=[wrong_actor]), gold, orgs)
    assert s.fields["event_root"].tp == 1
    assert s.fields["event_actor"].tp == 0 and s.fields["event_actor"].fp == 1
    assert any("root ok" in x for x in s.details["missed events"])


def test_optional_gold_event_counts_neither_way():
    text, gold, orgs = _load("de-0001")
    src = {"text": "die Regierung in Bagdad", "country": "IRQ", "role": "GOV"}
    opt = _event(text, SENT_OPT, "teilte", "010", src, None)
    base = score_document(_record(text), gold, orgs)
    s = score_document(_record(text, events=[opt]), gold, orgs)
    for f in ("event_root", "event_actor"):
        assert s.fields[f].fp == 0 and s.fields[f].tp == 0
        assert s.fields[f].fn == base.fields[f].fn  # optional gold events cost no recall
    # two predictions there: the second is a false positive (matching is one-to-one)
    s = score_document(_record(text, events=[opt, copy.deepcopy(opt)]), gold, orgs)
    assert s.fields["event_actor"].fp == 1


def test_event_outside_gold_sentences_is_false_positive():
    text, gold, orgs = _load("de-0001")
    ev = _event(text, "Beobachter gehen davon aus", "gehen", "051")
    s = score_document(_record(text, events=[ev]), gold, orgs)
    assert s.fields["event_actor"].fp == 1
    assert "in no gold sentence" in s.details["spurious events"][0]


def test_aggregate_is_micro_and_per_language():
    text, gold, orgs = _load("de-0001")
    ents = [{"text": "Irak", "start": 0, "end": 0, "type": "LOC", "name": "Irak"}]
    d1 = score_document(_record(text, entities=ents, date=gold["date"]), gold, orgs, name="a")
    d2 = score_document(_record(text), gold, orgs, name="b")
    etext, egold, _ = _load("en-0001")
    d3 = score_document(_record(etext), egold, orgs, name="c")
    tot = aggregate([d1, d2, d3])
    assert list(tot) == ["de", "en", "all"]
    de = tot["de"].fields["entities"]
    assert de.tp == 1 and de.fn == 2 * len(gold["entities"]) - 1
    assert tot["all"].docs == 3 and tot["de"].accuracies["doc_date"].correct == 1
    assert tot["all"].fields["entities"].fn == de.fn + len(egold["entities"])


@pytest.fixture(scope="module")
def dev_report(pipeline):
    from newsevents.evaluation import evaluate_folder
    return evaluate_folder(shared_path("eval", "dev"), pipeline)


def test_evaluate_folder_runs_the_pipeline(dev_report):
    assert dev_report.totals["all"].docs == 9
    assert set(dev_report.totals) == {"de", "en", "all"}
    n_gold_timex = dev_report.totals["all"].fields["timex_span"]
    assert n_gold_timex.tp + n_gold_timex.fn == 88
    assert "events actor (headline)" in dev_report.format_table()


def test_cli_json(dev_report):
    from click.testing import CliRunner
    from newsevents.cli.main import cli
    res = CliRunner().invoke(cli, ["evaluate", str(shared_path("eval", "dev")), "--json",
                                   "--doc", "de-0001"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    [doc] = [d for d in dev_report.documents if d.name == "de-0001"]
    assert data["totals"]["all"]["event_actor"]["f1"] == round(doc.fields["event_actor"].f1, 4)
    assert data["totals"]["all"]["entities"]["tp"] == doc.fields["entities"].tp
    res = CliRunner().invoke(cli, ["evaluate", "/nonexistent/folder"])
    assert res.exit_code == 2 and "Traceback" not in res.output


def test_every_dev_gold_mention_is_located_in_order():
    import glob
    from newsevents.readers import read_inputs
    dev = shared_path("eval", "dev")
    for gp in sorted(glob.glob(str(dev / "*.gold.json"))):
        gold = json.loads(open(gp, encoding="utf-8").read())
        [article] = list(read_inputs([gp.replace(".gold.json", ".txt")]))
        for sec in ("timexes", "quantities", "quotes"):
            locs = locate_in_order(article.text, [m["text"] for m in gold[sec]])
            assert None not in locs, (gp, sec)
            assert [l[0] for l in locs] == sorted(l[0] for l in locs), (gp, sec)
        for ev in gold["events"]:
            assert locate_first(article.text, ev["sentence"]) is not None, (gp, ev["sentence"])


class _Broken:
    def __call__(self, article):
        raise RuntimeError("component under construction")


def test_a_crashing_pipeline_is_reported_not_fatal():
    from newsevents.evaluation import evaluate_folder
    rep = evaluate_folder(shared_path("eval", "dev"), _Broken(), names=["de-0001"])
    assert rep.totals["all"].docs == 1
    assert rep.totals["all"].fields["entities"].fn == 11
    assert "RuntimeError" in rep.notes[0]


def test_cli_scores_given_records(tmp_path):
    from click.testing import CliRunner
    from newsevents.cli.main import cli
    text, gold, _ = _load("de-0001")
    ents = [{"text": g["name"], "start": 0, "end": 0, "type": g["type"], "name": g["name"]}
            for g in gold["entities"]]
    rec = _record(text, entities=ents, doc_id="de-0001", date=gold["date"])
    f = tmp_path / "r.jsonl"
    f.write_text(json.dumps(rec, ensure_ascii=False) + "\n", "utf-8")
    res = CliRunner().invoke(cli, ["evaluate", str(shared_path("eval", "dev")), "--records",
                                   str(f), "--doc", "de-0001", "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["totals"]["all"]["entities"]["f1"] == 1.0
    assert data["totals"]["all"]["doc_date"]["accuracy"] == 1.0
    assert list(data["documents"]) == ["de-0001"]


def test_compare_shows_change_against_saved_json():
    from newsevents.evaluation.report import format_table
    text, gold, orgs = _load("de-0001")
    ents = [{"text": "Irak", "start": 0, "end": 0, "type": "LOC", "name": "Irak"}]
    before = aggregate([score_document(_record(text), gold, orgs)])
    after = aggregate([score_document(_record(text, entities=ents), gold, orgs)])
    saved = {"totals": {k: v.to_dict() for k, v in before.items()}}
    table = format_table(after, "", saved)
    row = next(l for l in table.splitlines() if l.startswith("entities"))
    f1 = after["all"].fields["entities"].f1
    assert row.endswith(f"{f1:+8.3f}") and f1 > 0
