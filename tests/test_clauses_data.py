"""The function-word files under lang/{de,en}/syntax/ and lang/common/syntax/: they parse,
have no duplicates, and use only the values the clause analyser and coder know."""

from __future__ import annotations

import pytest

from newsevents.lang import data_path, load_lines, load_tsv

LANGS = ("de", "en")
TSV_KEYS = {"auxiliaries.tsv": "lemma", "modal_forms.tsv": "form", "subordinators.tsv": "word",
            "control_verbs.tsv": "lemma", "mandative_verbs.tsv": "lemma", "departure_verbs.tsv": "lemma",
            "verb_tags.tsv": "tag", "case_forms.tsv": "form", "particle_participles.tsv": "form",
            "headline_verbs.tsv": "form"}
LINES = ("negation.txt", "relative_pronouns.txt", "agent_prepositions.txt", "speech_verbs.txt",
         "locative_prepositions.txt", "deadline_prepositions.txt", "person_pronouns.txt",
         "reflexives.txt", "first_person_pronouns.txt", "negation_exceptions.txt",
         "parenthetical_markers.txt", "quantity_prefixes.txt", "genitive_prepositions.txt",
         "past_auxiliaries.txt", "articles.txt", "crowd_nouns.txt", "between_prepositions.txt",
         "adjective_particles.txt", "genitive_substitutes.txt", "definite_articles.txt",
         "reciprocal_pronouns.txt", "headline_passives.txt", "place_link_prepositions.txt",
         "span_prepositions.txt", "reduced_passive_verbs.txt", "adjective_particle_hosts.txt",
         "hazard_nouns.txt", "fronted_passive_leads.txt", "gerund_noun_prepositions.txt")


def files(lang):
    return sorted(p.name for p in data_path(lang, "syntax").iterdir())


@pytest.mark.parametrize("lang", LANGS)
def test_every_file_has_a_provenance_header(lang):
    for name in files(lang):
        first = data_path(lang, f"syntax/{name}").read_text("utf-8").splitlines()[0]
        assert first.startswith("#"), f"{lang}/syntax/{name} lacks its header"


@pytest.mark.parametrize("lang", LANGS)
def test_no_duplicates(lang):
    for name in files(lang):
        if name in TSV_KEYS:
            keys = [r[TSV_KEYS[name]] for r in load_tsv(lang, f"syntax/{name}")]
        elif name in LINES:
            keys = list(load_lines(lang, f"syntax/{name}"))
        else:
            pytest.fail(f"unknown syntax file {lang}/syntax/{name}: add it to this test")
        dups = {k for k in keys if keys.count(k) > 1}
        assert not dups, f"{lang}/syntax/{name}: duplicates {dups}"


@pytest.mark.parametrize("lang", LANGS)
def test_known_values(lang):
    builds = {"perfect", "statal", "copula", "passive", "future", "progressive", "support"}
    for r in load_tsv(lang, "syntax/auxiliaries.tsv"):
        assert set(r["builds"].split(",")) <= builds, r
    for r in load_tsv(lang, "syntax/modal_forms.tsv"):
        assert r["modality"] in {"hypothetical", "intent", "obligation", "factual", "future"}, r
    kinds = {"complement", "conditional", "purpose", "temporal", "cause", "concessive", "manner",
             "comparison"}
    for r in load_tsv(lang, "syntax/subordinators.tsv"):
        assert r["kind"] in kinds, r
    for r in load_tsv(lang, "syntax/control_verbs.tsv"):
        assert r["kind"] in {"intent", "threat", "attempt", "refusal", "failure", "request"}, r
        assert r["object_control"] in {"yes", "no"}, r
    classes = {"finite", "finite_aux", "finite_modal", "participle", "participle_aux",
               "infinitive", "infinitive_aux", "zu_infinitive", "particle", "zu", "gerund",
               "gerund_aux"}
    tagmap = {r["stts" if lang == "de" else "c5"] for r in load_tsv(lang, "tagmap.tsv")}
    for r in load_tsv(lang, "syntax/verb_tags.tsv"):
        assert r["class"] in classes, r
        assert r["tag"] in tagmap, f"{r['tag']} is no tag of the {lang} tagger"


def test_german_cases():
    for r in load_tsv("de", "syntax/case_forms.tsv"):
        assert set(r["cases"].split(",")) <= {"nom", "acc", "dat", "gen"}, r


def test_intent_codes_are_cameo_codes():
    from newsevents import ontology
    rows = load_tsv("common", "syntax/intent_codes.tsv")
    assert rows
    seen = set()
    for r in rows:
        assert r["mode"] in {"intent", "threat", "appeal", "demand", "refusal"}, r
        assert ontology.is_known(r["code"]) and ontology.is_known(r["result"]), r
        assert (r["mode"], r["code"]) not in seen, f"duplicate {r}"
        seen.add((r["mode"], r["code"]))
        want = {"intent": "03", "threat": "13", "appeal": "02", "demand": "10",
                "refusal": "01" if r["code"].startswith("01") else "12"}[r["mode"]]
        # an intended or proposed hostile act is a threat (13x)
        assert r["result"].startswith(want) or r["mode"] in ("intent", "appeal") \
            and r["result"][:2] == "13", r
