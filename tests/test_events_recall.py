"""English coding features that raise recall without loosening frames: support verbs with an
event noun ("carried out a car bombing"), multi-word event nouns, a weapon or attack named as
the subject of a violent verb, aspectual verbs ("kept shelling", "resumed talks"), and
"alleged that Y ..." naming Y.  Sentences in the style of wire reports."""

from __future__ import annotations

from test_events_coding import code, only, tagger  # noqa: F401  (tagger is a fixture)


def test_support_verb_takes_the_code_of_its_multiword_noun(tagger):
    e = only(code(tagger, "Rebels carried out a car bombing in Kabul on Monday.", "en"))
    assert e.cameo == "1832" and e.source.code == "REB"
    assert "car bombing" in e.rule
    e = only(code(tagger, "The rebels perpetrated a suicide bombing in Kabul.", "en"))
    assert e.cameo == "1831" and e.source.code == "REB"


def test_support_verb_without_event_noun_codes_nothing(tagger):
    doc = code(tagger, "The rebels carried out repairs in Kabul.", "en")
    assert doc.events == []


def test_weapon_as_subject_of_a_violent_verb_names_the_act(tagger):
    e = only(code(tagger, "A car bomb killed twelve soldiers in Kabul on Monday.", "en"))
    assert e.cameo == "1832" and e.target.code == "AFG" and e.source is None


def test_aspectual_verb_with_ing_form_codes_that_verb(tagger):
    e = only(code(tagger, "Turkey kept shelling Syrian government forces.", "en"))
    assert e.cameo_root == "19" and e.source.code == "TUR" and e.target.code == "SYRMIL"


def test_aspectual_verb_with_event_noun_codes_the_noun(tagger):
    e = only(code(tagger, "Russia resumed talks with Turkey on Monday.", "en"))
    assert e.cameo_root == "04" and e.source.code == "RUS" and e.target.code == "TUR"
    e = only(code(tagger, "Government forces intensified their offensive against the rebels.",
                  "en"))
    assert e.cameo_root == "19" and e.source.code == "SYRMIL" and e.target.code == "REB"
    assert "aspectual" in e.rule
    doc = code(tagger, "Russia continued its policy in Syria.", "en")
    assert doc.events == []


def test_allegation_names_the_accused_of_the_reported_clause(tagger):
    e = only(code(tagger, "The rebels alleged the government was hiding casualty figures.",
                  "en"))
    assert e.cameo == "112" and e.source.code == "REB" and e.target.code == "SYRGOV"


def test_act_ascribed_in_a_side_clause_gets_that_source(tagger):
    doc = code(tagger, "A car bombing in Kabul killed five people, another attack ascribed to "
                       "the rebels.", "en")
    e = only(doc)
    assert e.cameo == "1832" and e.source.code == "REB"
    assert "ascribed" in e.rule


def test_place_named_in_a_subject_that_is_no_actor_is_the_target(tagger):
    e = only(code(tagger, "Last week a Kabul car bombing killed five people.", "en"))
    assert e.cameo == "1832" and e.source is None and e.target.code == "AFG"


def test_act_on_a_place_the_actor_lost_is_not_on_the_actor_itself(tagger):
    e = only(code(tagger, "The rebels have retaken several villages that they lost.", "en"))
    assert e.cameo_root == "19" and e.source.code == "REB" and e.target is None


def test_aspectual_and_attribution_files_parse_without_duplicates():
    from newsevents.lang import data_path, load_lines, load_tsv
    for name in ("events/aspectual.txt", "events/attribution.tsv"):
        assert data_path("en", name).read_text("utf-8").startswith("#"), name  # provenance
    words = [w for w in load_lines("en", "events/aspectual.txt") if w and not w.startswith("#")]
    assert words and len(words) == len(set(words))
    assert all(w.isalpha() and w.islower() for w in words)
    # verbs of ending would turn "stopped shelling" into shelling
    assert not {"stop", "halt", "end", "cease"} & set(words)
    rows = load_tsv("en", "events/attribution.tsv")
    keys = [(r["lemma"], r["particle"], r["prep"]) for r in rows]
    assert keys and len(keys) == len(set(keys))
    assert all(r["lemma"].isalpha() and r["prep"] in {"by", "to", "on"} for r in rows)


def test_object_running_into_a_time_expression_keeps_its_noun():
    """"oversaw a military exercise last month": the tagger joins the nouns into one phrase;
    the part before the time expression is the object (a support verb + event noun)."""
    from newsevents.article import Article
    from newsevents.pipeline import Pipeline
    from newsevents.events.clauses import ClauseAnalyser
    pipe = Pipeline(only=["tokenize", "tag", "timex"])
    doc = pipe.analyse(Article(text="Putin oversaw a military exercise last month.", lang="en",
                               date="2023-11-02", doc_id="t"))
    assert doc.timexes, "the timex component found no 'last month'"
    [c] = ClauseAnalyser("en").analyse(doc)
    objs = [doc.text[doc.tokens[p.start].start:doc.tokens[p.end - 1].end]
            for p in c.phrases if p.role == "obj"]
    assert objs == ["a military exercise"]


def test_with_noun_looks_at_the_object_not_at_any_prepositional_noun(tagger):
    # "take (a town)" needs the town as object; an airport after "at" is only the place
    doc = code(tagger, "The strike took place in Kabul, at the airport.", "en")
    assert not [e for e in doc.events if e.cameo.startswith("192")]
    e = only(code(tagger, "Turkey took the town on Monday.", "en"))
    assert e.cameo == "192" and e.source.code == "TUR"
    # an of-phrase belongs to its noun: "thousands of troops" is a troop deployment
    e = only(code(tagger, "Turkey has sent thousands of troops to Idlib.", "en"))
    assert e.cameo_root == "15" and e.source.code == "TUR"
