"""Coding rules on real-style news sentences: source/target, passive, reported speech,
negation, modality and intent/threat codes, provenance.  And the seed article's gold events.

Actors come from a tiny table here (the actors component is tested on its own), so these
tests fail only when the coder's rules change.  The shipped event lexicon is used, plus a
small extra lexicon file where a test needs a frame of its own.
"""

from __future__ import annotations

import json

import pytest

from conftest import shared_path

# a stand-in for the actors component: lemma -> actor
ACTORS = {
    "regierung": dict(country="IRQ", role="GOV", code="IRQGOV"),
    "armee": dict(country="IRQ", role="MIL", code="IRQMIL"),
    "rebell": dict(role="REB", code="REB"),
    "usa": dict(country="USA", code="USA"),
    "russland": dict(country="RUS", code="RUS"),
    "ukraine": dict(country="UKR", code="UKR"),
    "koalition": dict(org="coalition", code="IMGMIL"),
    "government": dict(country="SYR", role="GOV", code="SYRGOV"),
    "force": dict(country="SYR", role="MIL", code="SYRMIL"),
    "rebel": dict(role="REB", code="REB"),
    "russia": dict(country="RUS", code="RUS"),
    "syria": dict(country="SYR", code="SYR"),
    "turkey": dict(country="TUR", code="TUR"),
    "miliz": dict(country="IRQ", role="REB", code="IRQREB"),
    "erdogan": dict(country="TUR", role="GOV", code="TURGOV", name="Erdogan"),
}
# a stand-in for the entities/geo components: place names with their country
PLACES = {"Kabul": "AFG", "Bagdad": "IRQ", "Idlib": "SYR"}


@pytest.fixture(scope="module")
def tagger():
    from newsevents.pipeline import Pipeline
    return Pipeline(only=["tokenize", "tag"])


def code(tagger, text: str, lang: str, settings: dict | None = None, speaker: str | None = None):
    """Tokenise, tag, mark actors from the table, run the event component: the Doc."""
    from newsevents.article import Article
    from newsevents.doc import ActorMention
    from newsevents.pipeline.events import Events
    from newsevents.record import Actor
    from newsevents.record import Entity
    doc = tagger.analyse(Article(text=text, lang=lang, date="2021-12-31", doc_id="t"))
    for t in doc.tokens:
        if t.text in PLACES:
            doc.entities.append(Entity(text=t.text, start=t.start, end=t.end, type="LOC",
                                       name=t.text, country=PLACES[t.text]))
        spec = ACTORS.get(t.lemma.lower())
        if spec:
            doc.actors.append(ActorMention(start=t.start, end=t.end, sent=t.sent, head=t.i,
                                           actor=Actor(text=t.text, **spec)))
    if speaker:  # a stand-in for the quotes component: the quotation's speaker
        from newsevents.record import Quote
        q0, q1 = text.index("„") + 1, text.index("“")
        doc.quotes.append(Quote(text=text[q0:q1], start=q0, end=q1,
                                speaker=Actor(text=speaker, **ACTORS[speaker.lower()])))
    return Events(settings or {})(doc)


def only(doc):
    assert len(doc.events) == 1, [(e.cameo, e.trigger.text) for e in doc.events]
    return doc.events[0]


def test_active_clause_source_target_and_provenance(tagger):
    doc = code(tagger, "Die Armee hat die Rebellen im Norden angegriffen.", "de")
    e = only(doc)
    assert e.cameo_root == "19" and e.source.code == "IRQMIL" and e.target.code == "REB"
    assert doc.text[e.trigger.start:e.trigger.end] == e.trigger.text == "angegriffen"
    assert e.rule.startswith("lang/de/events/") and "angreifen" in e.rule
    assert not e.negated and not e.hypothetical and e.quad_class == 4


def test_passive_agent_is_the_source(tagger):
    e = only(code(tagger, "Die Rebellen wurden am Montag von der Armee angegriffen.", "de"))
    assert e.source.code == "IRQMIL" and e.target.code == "REB"
    e = only(code(tagger, "Government forces were attacked by rebels on Monday.", "en"))
    assert e.source.code == "REB" and e.target.code == "SYRMIL"


def test_reported_speech_codes_the_reported_event(tagger):
    doc = code(tagger, "Die Armee habe die Rebellen angegriffen, teilte die Regierung mit.", "de")
    e = only(doc)
    assert e.cameo_root == "19" and e.source.code == "IRQMIL"
    assert e.reported_by is not None and e.reported_by.code == "IRQGOV"
    decisions = doc.analyses["event_decisions"]
    assert any(d.outcome == "suppressed" and "reported event" in d.reason for d in decisions)


def test_negation_sets_negated(tagger):
    e = only(code(tagger, "Die Armee hat die Rebellen nicht angegriffen.", "de"))
    assert e.negated and e.cameo_root == "19"
    e = only(code(tagger, "Syrian forces did not attack the rebels.", "en"))
    assert e.negated


def test_modal_subjunctive_is_hypothetical_but_past_modal_is_not(tagger):
    e = only(code(tagger, "Die Armee könnte die Rebellen angreifen.", "de"))
    assert e.hypothetical
    e = only(code(tagger, "Die Armee konnte die Rebellen angreifen.", "de"))
    assert not e.hypothetical


def test_announced_withdrawal_is_an_intent(tagger):
    e = only(code(tagger, "Die USA kündigten an, ihre Truppen aus dem Irak abzuziehen.", "de"))
    assert e.cameo == "0356" and e.source.code == "USA"
    e = only(code(tagger, "Russia will withdraw its forces from Syria.", "en"))
    assert e.cameo.startswith("035") and e.source.code == "RUS"


def test_threat_to_attack_is_a_threat_code(tagger):
    e = only(code(tagger, "Russland drohte, die Ukraine anzugreifen.", "de"))
    assert e.cameo.startswith("138") and e.source.code == "RUS" and e.target.code == "UKR"


def test_extra_lexicon_file_recodes_a_verb(tagger, tmp_path):
    extra = tmp_path / "my_de.yaml"
    extra.write_text('# test lexicon\nverbs:\n'
                     '  - {lemma: tadeln, cameo: "111", note: rebuke}\n', "utf-8")
    doc = code(tagger, "Die Regierung tadelte die Koalition.", "de",
               {"lexicons": [str(extra)]})
    e = only(doc)
    assert e.cameo == "111" and e.source.code == "IRQGOV" and e.target.code == "IMGMIL"
    assert str(extra.name) in e.rule or "my_de.yaml" in e.rule


def test_no_actor_no_event_and_the_reason_is_kept(tagger):
    doc = code(tagger, "Das Gebäude wurde gestern angegriffen.", "de")
    assert doc.events == []
    [d] = [d for d in doc.analyses["event_decisions"] if d.word == "angegriffen"]
    assert d.outcome == "rejected" and "no actor" in d.reason and d.code.startswith("19")


def test_coordinated_subject_without_target_is_reciprocal(tagger, tmp_path):
    extra = tmp_path / "clash_en.yaml"
    extra.write_text('# test lexicon\nverbs:\n  - {lemma: clash, cameo: "190"}\n', "utf-8")
    doc = code(tagger, "Russia and Turkey clashed near Idlib.", "en", {"lexicons": [str(extra)]})
    pairs = sorted((e.source.code, e.target.code) for e in doc.events)
    assert pairs == [("RUS", "TUR"), ("TUR", "RUS")]


def test_violence_without_actors_is_coded_against_the_place(tagger):
    e = only(code(tagger, "A car bomb killed dozens of people in Kabul on Monday.", "en"))
    assert e.cameo_root in ("18", "19") and e.source is None and e.target.country == "AFG"
    assert e.location is not None and e.location.country == "AFG"


def test_demand_is_recoded_by_what_is_demanded(tagger):
    e = only(code(tagger, "Die Milizen verlangen den Abzug der USA.", "de"))
    assert e.cameo == "1056" and e.source.code == "IRQREB" and e.target.code == "USA"
    doc = code(tagger, "Erdogan demanded that Syrian forces withdraw from Idlib.", "en")
    e = only(doc)
    assert e.cameo.startswith("105") and e.source.code == "TURGOV"
    assert e.target.code == "SYRMIL"


def test_first_person_in_a_quotation_is_its_speaker(tagger):
    doc = code(tagger, "„Wir werden die Rebellen angreifen“, sagte die Regierung.", "de",
               speaker="Regierung")
    e = only(doc)
    assert e.source.code == "IRQGOV" and e.target.code == "REB"
    assert e.reported_by is not None and e.reported_by.code == "IRQGOV"


def test_forecast_by_another_actor_is_hypothetical_not_intent(tagger):
    doc = code(tagger, "Die Regierung glaubt, dass Russland die Ukraine angreifen wird.", "de")
    e = only(doc)
    assert e.cameo_root == "19" and e.hypothetical and e.source.code == "RUS"
    e = only(code(tagger, "Russland wird die Ukraine angreifen.", "de"))
    assert e.cameo.startswith("138") and not e.hypothetical  # stated intent: a threat


def test_passive_agent_is_the_actor_phrase_nearest_the_verb(tagger):
    e = only(code(tagger, "Ein Soldat der Armee wurde am Montag von Rebellen angegriffen.", "de"))
    assert e.source.code == "REB" and e.target.code == "IRQMIL"


def test_undated_event_of_another_news_day_gets_the_month(tagger):
    from newsevents.events.context import news_day
    from newsevents.record import Timex
    doc = code(tagger, "Die Armee hat die Rebellen angegriffen.", "de")
    assert only(doc).date == "2021-12", "a perfect without a date of its own: month only"
    # (present tense: a German simple past, "griff an", is of an earlier day: month only)
    doc = code(tagger, "Die Armee greift die Rebellen an.", "de")
    assert news_day(doc) is None and only(doc).date == "2021-12", "no news day: month only"
    doc.analyses["news_day"] = "2021-12-31"  # the article names its publication day
    doc.events = []
    from newsevents.pipeline.events import Events
    doc = Events({})(doc)
    assert only(doc).date == "2021-12-31"


def test_statement_without_other_actor_is_not_coded(tagger):
    doc = code(tagger, "Die Regierung teilte mit, dass es regnen werde.", "de")
    assert doc.events == []


# ------------------------------------------------------------------- the seed article


def _seed_scores(record: dict, gold: dict, orgs: dict):
    from newsevents.evaluation.scoring import actor_matches, gold_roots
    text = record["text"]

    def ok(g, p):
        i = text.find(g["sentence"])
        return (i >= 0 and i <= p["trigger"]["start"] < i + len(g["sentence"])
                and p["cameo_root"] in gold_roots(g)
                and actor_matches(p.get("source"), g.get("source"), orgs)
                and actor_matches(p.get("target"), g.get("target"), orgs))

    required = [g for g in gold["events"] if not g.get("optional")]
    found = sum(1 for g in required if any(ok(g, p) for p in record["events"]))
    extra = sum(1 for p in record["events"] if not any(ok(g, p) for g in gold["events"]))
    return found, len(required), extra


def test_seed_article_gold_events(pipeline):
    """Issue target: at least 8 of the 10 required gold events with the right root and
    actors, and no more than 3 events the gold does not have."""
    from newsevents.evaluation.gold import load_orgs
    from newsevents.readers import read_inputs
    path = shared_path("eval", "dev", "de-0001.txt")
    gold = json.loads(path.with_suffix("").with_suffix(".gold.json").read_text("utf-8"))
    orgs = load_orgs(path.parent)
    [article] = list(read_inputs([str(path)]))
    record = pipeline(article).to_dict()
    found, n, extra = _seed_scores(record, gold, orgs)
    assert n == 10
    assert found >= 8, f"{found} of {n} required gold events"
    assert extra <= 3, f"{extra} events the gold does not have"
