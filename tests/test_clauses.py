"""Clause analysis on real news sentences (German and English): verbs, voice, roles, links.

The sentences come from the dev gold articles in ../shared/eval/dev (read in place); each test
states what a careful reader finds in the sentence.
"""

from __future__ import annotations

import pytest

from conftest import shared_path


@pytest.fixture(scope="module")
def tagger():
    from newsevents.pipeline import Pipeline
    return Pipeline(only=["tokenize", "tag"])


def analyse(tagger, text: str, lang: str):
    from newsevents.article import Article
    from newsevents.events.clauses import ClauseAnalyser
    doc = tagger.analyse(Article(text=text, lang=lang, date="2021-12-31", doc_id="t"))
    clauses = ClauseAnalyser(lang).analyse(doc)
    doc.analyses["clauses"] = clauses
    return doc, clauses


def words(doc, c, role):
    """Texts of the clause's phrases with this role."""
    return [doc.text[doc.tokens[p.start].start:doc.tokens[p.end - 1].end]
            for p in c.phrases if p.role == role]


_ARTICLES: dict[tuple, object] = {}


def article_sentence(tagger, name: str, starts: str, lang: str):
    """(doc, clauses of the sentence beginning with ``starts``) from a whole dev article, so the
    tests read real text in its context."""
    key = (name, lang)
    if key not in _ARTICLES:
        from newsevents.events.clauses import ClauseAnalyser
        from newsevents.readers import read_inputs
        from dataclasses import replace
        [article] = list(read_inputs([str(shared_path("eval", "dev", name))]))
        doc = tagger.analyse(replace(article, lang=lang))
        doc.analyses["clauses"] = ClauseAnalyser(lang).analyse(doc)
        _ARTICLES[key] = doc
    doc = _ARTICLES[key]
    sent = next(s for s in doc.sentences if doc.text[s.start:s.end].startswith(starts))
    return doc, [c for c in doc.analyses["clauses"] if c.sent == sent.id]


# --------------------------------------------------------------------------- German


def test_separable_particle_and_speech_after_quote(tagger):
    doc, cs = article_sentence(tagger, "de-0001.txt", '"Es befinden sich', "de")
    speech = [c for c in cs if any(p.lemma == "mitteilen" for p in c.predicates)]
    assert len(speech) == 1, "'teilte ... mit' is one verb: mitteilen"
    sp = speech[0]
    assert words(doc, sp, "subj") == ["die Regierung"]
    quoted = cs[0]
    assert quoted.reported_by == sp.id and quoted.quoted
    assert quoted.negated and doc.tokens[quoted.negation].text == "keine"


def test_perfect_with_participle_at_clause_end(tagger):
    doc, cs = analyse(tagger, "Die USA hatten im Juli den Abzug der Kampftruppen bis zum "
                              "Jahresende verkündet.", "de")
    [c] = cs
    assert [p.lemma for p in c.predicates] == ["verkünden"]
    assert c.tense == "perfect" and c.voice == "active"
    assert words(doc, c, "subj") == ["Die USA"]
    assert words(doc, c, "obj") == ["den Abzug"]
    assert words(doc, c, "gen") == ["der Kampftruppen"]


def test_passive_pluperfect_and_relative_clause_agent(tagger):
    doc, cs = article_sentence(tagger, "de-0001.txt", "In den vergangenen Monaten waren", "de")
    main, rel = cs
    assert main.voice == "passive" and [p.lemma for p in main.predicates] == ["angreifen"]
    assert words(doc, main, "subj") == ["mehrfach Einrichtungen"]
    assert rel.kind == "rel" and rel.voice == "passive"
    assert words(doc, rel, "agent") == ["von den USA"]
    assert rel.antecedent == (main.id, main.subject)


def test_reflexive_verb_with_prepositions(tagger):
    doc, cs = article_sentence(tagger, "de-0001.txt", "Iraks Ministerpräsident Mustafa al-Kadhimi bedankte", "de")
    [c] = cs
    assert c.reflexive and c.predicates[0].lemma == "bedanken"
    assert words(doc, c, "subj") == ["Iraks Ministerpräsident Mustafa al-Kadhimi"]
    assert [p.prep for p in c.phrases if p.kind == "PP"] == ["bei", "für", "gegen"]


def test_dative_object_and_genitive_attribute(tagger):
    doc, cs = article_sentence(tagger, "de-0001.txt", "Ministerpräsident Mustafa al-Kadhimi hatte den Anführern", "de")
    [c] = cs
    assert c.predicates[0].lemma == "danken" and c.tense == "perfect"
    assert words(doc, c, "iobj") == ["den Anführern", "den beteiligten Partnern"]
    assert words(doc, c, "gen") == ["der Koalition"]


def test_coordinated_infinitives_share_the_subject(tagger):
    doc, cs = article_sentence(tagger, "de-0001.txt", "Die Aufgabe der internationalen", "de")
    host, inf = cs
    assert host.predicates[0].lemma == "sein", "'wie vereinbart' is no verb of the clause"
    assert inf.kind == "inf"
    assert [p.lemma for p in inf.predicates] == ["beraten", "unterstützen"]
    assert all(p.zu_infinitive for p in inf.predicates)
    assert inf.subject is None and inf.subject_from == host.id
    assert words(doc, inf, "obj") == ["irakische Sicherheitskräfte"]


def test_coordinated_main_clauses_passive_with_coordinated_agents(tagger):
    doc, cs = article_sentence(tagger, "de-0003.txt", "Eva-Maria Stange hat sich als Kandidatin", "de")
    first, second = cs
    assert first.predicates[0].lemma == "präsentieren" and first.reflexive
    assert second.voice == "passive" and second.predicates[0].lemma == "unterstützen"
    assert second.subject is None and second.subject_from == first.id
    agents = [k for k, p in enumerate(second.phrases) if p.role == "agent"]
    assert words(doc, second, "agent") == ["von den Grünen", "der Linken"]
    assert second.phrases[agents[0]].conj_next == agents[1], "one coordinated agent"


def test_modal_past_is_factual_and_subject_from_case(tagger):
    doc, cs = article_sentence(tagger, "de-0001.txt", "Mit internationaler Unterstützung konnten", "de")
    [c] = cs
    assert c.modality == "factual"
    assert words(doc, c, "subj") == ["die irakischen Sicherheitskräfte"]
    assert words(doc, c, "obj") == ["die Extremisten"]


def test_subordinate_clause_and_hiess_es(tagger):
    doc, cs = article_sentence(tagger, "de-0001.txt", "Die ausländischen Truppen hätten", "de")
    content, speech = cs
    assert [p.lemma for p in content.predicates] == ["abziehen", "bringen"]
    assert content.reported_by == speech.id
    a, b = content.predicates
    assert a.region[1] <= b.region[0], "each coordinated participle owns its objects"
    doc, cs = article_sentence(tagger, "de-0001.txt", "Der Einsatz des Bündnisses", "de")
    sub = cs[1]
    assert sub.kind == "sub" and sub.subordinator == "nachdem"
    assert sub.predicates[0].lemma == "überrennen"
    assert words(doc, sub, "subj") == ["der IS"]


def test_apposition_joins_its_clause_and_object_control(tagger):
    doc, cs = article_sentence(tagger, "de-0004.txt", "Der UN-Sonderberichterstatter", "de")
    host, inf = cs
    assert host.predicates[0].lemma == "auffordern"
    assert words(doc, host, "subj") == ["Der UN-Sonderberichterstatter"]
    assert words(doc, host, "obj") == ["die EU"]
    assert inf.kind == "inf" and inf.control == "request"
    assert inf.negated  # "nicht „ausschließlich mit repressiven Maßnahmen“ zu bekämpfen"


# --------------------------------------------------------------------------- English


def test_english_speech_future_and_condition(tagger):
    doc, cs = article_sentence(tagger, "en-0004.txt", "Deputy Foreign Minister Sergei Ryabkov said", "en")
    speech = cs[0]
    assert speech.predicates[0].lemma == "say"
    assert words(doc, speech, "subj") == ["Deputy Foreign Minister Sergei Ryabkov"]
    respect = next(c for c in cs if any(p.lemma == "respect" for p in c.predicates))
    resume = next(c for c in cs if any(p.lemma == "resume" for p in c.predicates))
    cond = next(c for c in cs if c.subordinator == "if")
    assert respect.kind == "sub" and respect.modality == "future"
    assert words(doc, respect, "subj") == ["Moscow"]
    assert resume.subject_from == respect.id and resume.modality == "future"
    assert cond.sub_kind == "conditional" and cond.modality == "hypothetical"
    assert {respect.id, resume.id, cond.id} <= set(speech.reports)


def test_english_subject_object_and_failed_to(tagger):
    doc, cs = article_sentence(tagger, "en-0003.txt", "Athens denied", "en")
    [c] = cs
    assert c.predicates[0].lemma == "deny"
    assert words(doc, c, "subj") == ["Athens"] and words(doc, c, "obj") == ["the incident"]
    doc, cs = article_sentence(tagger, "en-0004.txt", "The U.S. signed the treaty", "en")
    signed, failed = cs
    assert words(doc, signed, "subj") == ["The U.S."]
    assert [p.lemma for p in failed.predicates] == ["ratify", "implement"]
    assert failed.control == "failure" and failed.subject_from == signed.id


def test_english_passive_participle_and_phrasal_particle(tagger):
    doc, cs = analyse(tagger, "Putin pulls Russia out of nuclear test ban treaty", "en")
    [c] = cs
    p = c.predicates[0]
    assert p.lemma == "pull" and doc.tokens[p.particle].text == "out"
    doc, cs = analyse(tagger, "The village was attacked by rebels on Monday.", "en")
    [c] = cs
    assert c.voice == "passive" and words(doc, c, "agent") == ["by rebels"]
    assert words(doc, c, "subj") == ["The village"]


def test_english_hyphenated_words_and_zero_complement(tagger):
    doc, cs = article_sentence(tagger, "en-0003.txt", "Syrian government forces entered", "en")
    lemmas = [p.lemma for c in cs for p in c.predicates]
    assert "hold" not in lemmas, "'rebel-held' is an adjective"
    entered = next(c for c in cs if any(p.lemma == "enter" for p in c.predicates))
    assert words(doc, entered, "subj") == ["Syrian government forces"]
    said = next(c for c in cs if any(p.lemma == "say" for p in c.predicates))
    assert words(doc, said, "subj") == ["Turkey"] and said.reports
    reported = cs[[c.id for c in cs].index(said.reports[0])]
    assert words(doc, reported, "subj") == ["it"], "'said it would ...' has its own clause"


def test_list_of_names_is_one_coordinated_subject(tagger):
    doc, cs = article_sentence(tagger, "de-0002.txt", "Die EU-Kommission hat Sri Lanka bereits", "de")
    passive = next(c for c in cs if c.voice == "passive")
    assert passive.predicates[0].lemma == "verwarnen"
    assert words(doc, passive, "subj") == ["Belize", "die Fidschis", "Panama", "Togo", "Vanuatu"]


def test_verb_first_subjunctive_is_a_condition(tagger):
    doc, cs = analyse(tagger, "Hätte das Gericht den Forderungen des Parlaments zugestimmt, "
                              "dann wäre der Prozess hinfällig gewesen.", "de")
    assert cs[0].kind == "sub" and cs[0].sub_kind == "conditional"
    assert cs[0].predicates[0].lemma == "zustimmen"


def test_english_auxiliary_and_participle_across_an_adverbial(tagger):
    doc, cs = article_sentence(tagger, "en-0001.txt", "A car bomb was on Monday rammed", "en")
    [c] = cs
    assert c.voice == "passive" and c.predicates[0].lemma == "ram"
    assert words(doc, c, "subj") == ["A car bomb"]


def test_heading_on_its_own_line_and_adjective_control(tagger):
    doc, cs = article_sentence(tagger, "en-0003.txt", "HOPES FOR PUTIN TALKS", "en")
    assert cs[0].kind == "nominal", "the heading line is no part of the next sentence"
    host = next(c for c in cs if c.subject is not None and c.kind == "main")
    assert words(doc, host, "subj")[0] == "Erdogan"
    inf = next(c for c in cs if c.kind == "inf")
    assert inf.predicates[0].lemma == "meet" and inf.control == "intent"


def test_relative_clause_inside_the_main_clause(tagger):
    doc, cs = analyse(tagger, "Die Regierung, die seit 2010 im Amt ist, hat gestern die Rebellen "
                              "angegriffen.", "de")
    main, rel = cs
    assert main.kind == "main" and main.predicates[0].lemma == "angreifen"
    assert words(doc, main, "subj") == ["Die Regierung"]
    assert words(doc, main, "obj") == ["die Rebellen"]
    assert rel.kind == "rel" and rel.antecedent == (main.id, main.subject)
