"""English event coding, round 3: a third benchmark set written before measuring
(tests/fixtures/en_benchmark_sentences_3.tsv), and the classes the round-3 brief names.

Run as a script (``python tests/test_events_en_round3.py [-v]``) to print each set-3 sentence's
result.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from test_events_en_general import events_of, load_bench, run_bench

BENCH3 = Path(__file__).parent / "fixtures" / "en_benchmark_sentences_3.tsv"


def test_bench3_fixture_has_thirty_sentences():
    """Set 3 is thirty sentences."""
    assert len(load_bench(BENCH3)) == 30


@pytest.fixture(scope="module")
def pipe():
    from newsevents.pipeline import Pipeline
    return Pipeline()


if __name__ == "__main__":
    from newsevents.pipeline import Pipeline
    sys.path.insert(0, str(Path(__file__).parent))
    from test_events_en_general import print_bench
    print_bench(run_bench(Pipeline(), BENCH3), "-v" in sys.argv)


@pytest.mark.parametrize("text,cameo", [
    ("Iran refused to release the two French tourists.", "1243"),
    ("North Korea refused to meet South Korean officials.", "125"),
    ("Russia refused to withdraw its troops from the region.", "1246"),
    ("The government refused to hold talks with the rebels.", "125"),
])
def test_refusal_takes_its_cameo_code(pipe, text, cameo):
    """A refused event is coded as CAMEO's specific refusal (12x) where the codebook has one
    (lang/common/syntax/intent_codes.tsv), not as the event negated."""
    assert any(e["cameo"] == cameo for e in events_of(pipe, text)), events_of(pipe, text)


def test_refusal_without_a_code_stays_negated(pipe):
    """"refused to attack": CAMEO has no 'refuse to attack' code; no event is asserted."""
    assert not [e for e in events_of(pipe, "The pilots refused to bomb the village.")
                if e["cameo"][:2] in ("12", "19")]


@pytest.mark.parametrize("text", [
    "The Justice Department opened an investigation into the bank.",
    "The US Department of Justice accused Russia of hacking.",
])
def test_justice_department_is_us_government(pipe, text):
    """"Justice Department" is a seat of the US government (lang/en/actors/seats.tsv)."""
    assert any(e["source"] and e["source"]["country"] == "USA" and e["source"]["role"] == "GOV"
               for e in events_of(pipe, text))


@pytest.mark.parametrize("text", [
    "The two leaders failed to meet before the summit ended.",
    "The rebels failed to withdraw from the town by the deadline.",
])
def test_failure_is_no_refusal(pipe, text):
    """"failed to meet" negates the event (control kind failure) but is no 12x rejection."""
    assert not [e for e in events_of(pipe, text) if e["cameo"][:2] in ("12", "04", "08")]


@pytest.mark.parametrize("text,cameo,src,tgt", [
    ("France insisted that Iran release the detained aid workers.", "1053", "FRA", "IRN"),
    ("China demanded that the Philippines withdraw its vessels.", "1056", "CHN", "PHL"),
    ("The court ordered that the journalist be released.", "105", None, None),
])
def test_mandative_subjunctive_is_a_demand(pipe, text, cameo, src, tgt):
    """"insisted that X release": the base form after "that" + noun phrase is a finite
    subjunctive; the statement verb asks for the event (lang/en/syntax/mandative_verbs.tsv)."""
    evs = [e for e in events_of(pipe, text) if e["cameo"].startswith(cameo)]
    assert any((src is None or e["source"]["country"] == src)
               and (tgt is None or e["target"] and e["target"]["country"] == tgt) for e in evs), \
        events_of(pipe, text)


@pytest.mark.parametrize("text", [
    "The minister insisted that the talks were going well.",
    "Analysts suggested that the sanctions hurt ordinary people.",
    "The report suggests that rebels control most of the province.",
])
def test_indicative_that_clause_is_no_demand(pipe, text):
    """Without a subjunctive the verb stays a statement: no demand or appeal."""
    assert not [e for e in events_of(pipe, text) if e["cameo"][:2] in ("02", "10")]


@pytest.mark.parametrize("text,cameo,src,tgt", [
    ("The United States froze $100 million in assistance to Sudan.", "162", "USA", "SDN"),
    ("Germany suspended $30 million in aid to Nicaragua.", "162", "DEU", "NIC"),
    ("Belarus handed over a Polish spy to Poland.", "063", "BLR", "POL"),
])
def test_amount_and_particle_objects(pipe, text, cameo, src, tgt):
    """"froze $X in assistance": the noun after the amount is the object; "handed over a
    spy": the tagger's preposition "over" is the frame's particle."""
    assert any(e["cameo"] == cameo and e["source"]["country"] == src and e["target"]
               and e["target"]["country"] == tgt for e in events_of(pipe, text)), \
        events_of(pipe, text)


@pytest.mark.parametrize("text", [
    "Russian jets flew over the city of Aleppo.",
    "Police handed over the documents to prosecutors.",
    "The government spent $5 million in aid on new schools.",
])
def test_particle_and_amount_stay_narrow(pipe, text):
    assert not [e for e in events_of(pipe, text) if e["cameo"][:2] in ("06", "16")]


@pytest.mark.parametrize("text,src", [
    ("Burkina Faso ordered French troops to leave its territory.", "BFA"),
    ("Russia ordered two British diplomats to leave the country.", "RUS"),
    ("Mali ordered the UN peacekeeping mission to leave.", "MLI"),
])
def test_ordered_to_leave_is_expulsion(pipe, text, src):
    """A demand that a foreign actor leave (lang/en/syntax/departure_verbs.tsv) is 166."""
    assert any(e["cameo"] == "166" and e["source"]["country"] == src
               for e in events_of(pipe, text)), events_of(pipe, text)


@pytest.mark.parametrize("text", [
    "The general ordered his troops to leave the town.",
    "The United States demanded that Maduro leave power.",
    "The minister asked the journalists to leave the room.",
])
def test_leaving_office_or_own_troops_is_no_expulsion(pipe, text):
    assert not [e for e in events_of(pipe, text) if e["cameo"].startswith("16")]


def test_mandative_content_is_not_an_event_that_happened(pipe):
    """"recommended that the president sign": the signing is asked for, not done."""
    assert not [e for e in events_of(pipe, "The senators recommended that the president sign "
                                     "the treaty.") if e["cameo"].startswith("05")]
    evs = events_of(pipe, "Washington insisted that Pakistan arrest the militants.")
    assert not [e for e in evs if e["cameo"].startswith("17")], evs
    assert any(e["cameo"].startswith("10") for e in evs), evs


@pytest.mark.parametrize("text,sources,role", [
    ("Egyptian and Qatari mediators met Hamas officials in Cairo.", {"EGY", "QAT"}, "GOV"),
    ("US negotiators met their Chinese counterparts in Geneva.", {"USA"}, "GOV"),
    ("Union negotiators met company executives on Monday.", {None}, "LAB"),
])
def test_mediators_and_negotiators_are_actors(pipe, text, sources, role):
    """A state's mediators / negotiators act for its government (roles.tsv); a union's are
    labour (modifiers.tsv: "union" sets LAB)."""
    evs = [e for e in events_of(pipe, text) if e["cameo"].startswith("04")]
    assert {e["source"]["country"] for e in evs} == sources, evs
    assert all(e["source"]["role"] == role for e in evs), evs
