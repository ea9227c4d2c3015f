"""English event coding, round 5: a fifth benchmark set written before measuring
(tests/fixtures/en_benchmark_sentences_5.tsv), and the classes the round-5 brief names
(prepositional targets, passives, nominal events with effects, non-political senses).

Run as a script (``python tests/test_events_en_round5.py [-v]``) to print each set-5 sentence's
result.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from test_events_en_general import events_of, load_bench, run_bench

BENCH5 = Path(__file__).parent / "fixtures" / "en_benchmark_sentences_5.tsv"


def test_bench5_fixture_has_thirty_sentences():
    """Set 5 is thirty sentences."""
    assert len(load_bench(BENCH5)) == 30


@pytest.fixture(scope="module")
def pipe():
    from newsevents.pipeline import Pipeline
    return Pipeline()


if __name__ == "__main__":
    from newsevents.pipeline import Pipeline
    sys.path.insert(0, str(Path(__file__).parent))
    from test_events_en_general import print_bench
    print_bench(run_bench(Pipeline(), BENCH5), "-v" in sys.argv)


def test_bench5_floor(pipe):
    """Set 5: 17 of 30 right before round 5; a drop means a round-5 class broke."""
    verdicts = [v for v, _, _ in run_bench(pipe, BENCH5)]
    assert verdicts.count("ok") >= 26, verdicts.count("ok")


@pytest.mark.parametrize("text,src,tgt", [
    ("Britain's foreign secretary discussed the crisis with his Iranian counterpart.", "GBR", "IRN"),
    ("The Indian prime minister discussed trade with Japan on Monday.", "IND", "JPN"),
    ("Vietnam lodged a protest with China over the seizure of its fishing boats.", "VNM", "CHN"),
    ("The Philippines filed a diplomatic protest against China on Tuesday.", "PHL", "CHN"),
])
def test_prepositional_other_side(pipe, text, src, tgt):
    """"discussed X with Y", "lodged / filed a protest with / against Y": Y is the target."""
    evs = events_of(pipe, text)
    assert any(e["source"] and e["source"]["country"] == src and e["target"]
               and e["target"]["country"] == tgt for e in evs), evs


def test_discuss_without_with_keeps_no_target(pipe):
    evs = events_of(pipe, "The French cabinet discussed the budget on Monday.")
    assert all(not e["target"] for e in evs if e["cameo"] == "040"), evs


@pytest.mark.parametrize("text,role", [
    ("Two journalists were detained in Istanbul on Monday.", "COP"),
    ("Dozens of students were arrested in Dhaka on Sunday.", "COP"),
    ("An opposition politician was sentenced to eight years in prison in Minsk.", "JUD"),
    ("The activist was booked by the police in Lucknow for inciting violence.", "COP"),
])
def test_passive_without_agent_has_its_implied_source(pipe, text, role):
    """A passive arrest / sentence without "by X": the police / a court (implied_source)."""
    evs = events_of(pipe, text)
    assert any(e["cameo"] == "173" and e["source"] and e["source"]["role"] == role
               for e in evs), evs


def test_booking_a_flight_is_no_arrest(pipe):
    evs = events_of(pipe, "The Turkish minister booked a flight to Berlin.")
    assert not [e for e in evs if e["cameo"] == "173"], evs


@pytest.mark.parametrize("text,cameo_root,src", [
    ("An Israeli air strike killed five people in southern Lebanon.", "19", "ISR"),
    ("A Turkish drone strike killed two fighters in northern Iraq.", "19", "TUR"),
    ("Car bombs left 40 dead in Baghdad on Sunday.", "18", None),
    ("The suicide bombing left 12 people dead in Kabul.", "18", None),
])
def test_attack_nouns_that_kill_or_leave_dead(pipe, text, cameo_root, src):
    """A subject naming an attack codes the attack; its country adjective is the source."""
    evs = events_of(pipe, text)
    assert any(e["cameo_root"] == cameo_root and (src is None or (
        e["source"] and e["source"]["country"] == src)) for e in evs), evs


@pytest.mark.parametrize("text", [
    "Floods killed 40 people in Kenya on Sunday.",
    "The earthquake left more than 300 dead in western Nepal.",
    "A bus crash killed 12 pilgrims in northern India.",
    "Cholera has killed 200 people in Yemen this year.",
    "The army left the town on Sunday.",
    "The minister left 20 minutes early.",
])
def test_disasters_and_plain_leaving_code_no_violence(pipe, text):
    """Disasters, accidents and illness kill no one politically; "left" alone is no event."""
    assert not [e for e in events_of(pipe, text) if e["cameo_root"] in ("18", "19", "20")]


@pytest.mark.parametrize("text,src,tgt", [
    ("The EU imposed sanctions against Belarus on Friday.", "BLR", None),
    ("Canada imposed an arms embargo against Turkey.", "TUR", None),
    ("Washington threatened new sanctions against Moscow.", "RUS", None),
    ("Kenyan police fired tear gas on protesters in Nairobi.", "KEN", "PRO"),
    ("Serbian police used tear gas on students in Belgrade.", "SRB", None),
])
def test_against_and_on_name_the_target(pipe, text, src, tgt):
    """"sanctions / an embargo against X" (nouns.yaml target_prep), "tear gas on X"."""
    evs = events_of(pipe, text)
    assert any(e["target"] and e["target"]["country"] == src
               and (tgt is None or e["target"]["role"] == tgt) for e in evs), evs


@pytest.mark.parametrize("text,cameo,tgt_country", [
    ("Police in Tbilisi broke up a rally on Saturday. Also arrested were two Georgian "
     "opposition leaders.", "173", "GEO"),
    ("Arrested were three Georgian activists.", "173", "GEO"),
    ("Also killed was a Syrian soldier.", "190", "SYR"),
])
def test_fronted_passive_subject_follows_be(pipe, text, cameo, tgt_country):
    """"Also arrested were X": X is the passive's subject, so the event's target."""
    evs = events_of(pipe, text)
    assert any(e["cameo"] == cameo and e["target"] and e["target"]["country"] == tgt_country
               for e in evs), evs


@pytest.mark.parametrize("text", [
    "Also present were the foreign ministers of France and Germany.",
    "Arrested development is a common problem in the region.",
])
def test_no_fronted_passive_without_participle_and_be(pipe, text):
    assert not [e for e in events_of(pipe, text) if e["cameo"] == "173"]


@pytest.mark.parametrize("text", [
    "The Senate killed the bill on Tuesday.",
    "The governor's veto killed the proposal.",
    "Macron invited Merkel to his daughter's wedding.",
])
def test_non_political_senses_code_nothing(pipe, text):
    """Killing a bill is no violence; an invitation to a wedding is no appeal."""
    assert not [e for e in events_of(pipe, text) if e["cameo_root"] in ("19", "02")]


@pytest.mark.parametrize("text,cameo", [
    ("Gunmen killed a police officer in Kabul.", "190"),
    ("Macron invited Merkel to Paris for talks.", "020"),
])
def test_political_senses_still_code(pipe, text, cameo):
    assert cameo in [e["cameo"] for e in events_of(pipe, text)]


@pytest.mark.parametrize("text,src,tgt", [
    ("Israeli troops in the West Bank arrested 20 Palestinians.", "ISR", "PSE"),
    ("Israeli forces in the Gaza Strip detained a Palestinian journalist.", "ISR", "PSE"),
    ("A teenager was shot dead by Israeli troops in the West Bank.", "ISR", None),
])
def test_force_in_a_named_region_keeps_its_country(pipe, text, src, tgt):
    """"Israeli troops in the West Bank": the place found first does not block the phrase
    that names it as its right cue."""
    evs = events_of(pipe, text)
    assert any(e["source"] and e["source"]["country"] == src and (
        tgt is None or (e["target"] and e["target"]["country"] == tgt)) for e in evs), evs


@pytest.mark.parametrize("text,cameo,src,tgt", [
    ("Two Lebanese soldiers were killed in an Israeli airstrike on Tuesday.", "195", "ISR", "LBN"),
    ("Two Ukrainian soldiers were killed in a Russian drone attack in Kharkiv.", "195", "RUS", "UKR"),
    ("Three Malian soldiers were killed in an ambush in the centre of the country.", "190", None,
     "MLI"),
])
def test_killed_in_an_attack_codes_the_attack(pipe, text, cameo, src, tgt):
    """"were killed in an Israeli airstrike": the noun after "in" is the act, its country
    adjective the doer, the passive's subject the target."""
    evs = events_of(pipe, text)
    assert any(e["cameo"] == cameo and (src is None or (e["source"] and e["source"]["country"]
                                                        == src))
               and e["target"] and e["target"]["country"] == tgt for e in evs), evs


@pytest.mark.parametrize("text", [
    "Ten people were killed in a flood in Kenya.",
    "Four pilgrims were killed in a bus crash in northern India.",
])
def test_killed_in_a_disaster_codes_nothing(pipe, text):
    assert not [e for e in events_of(pipe, text) if e["cameo_root"] in ("18", "19", "20")]


@pytest.mark.parametrize("text,tgt", [
    ("Chinese President Xi Jinping arrived in France on Sunday.", "FRA"),
    ("Chinese President Xi Jinping arrived in Paris on Sunday.", "FRA"),
])
def test_visit_to_a_place_targets_its_country(pipe, text, tgt):
    """"arrived in France": a place after a visit's preposition is no actor, but the visit is
    to its country."""
    evs = events_of(pipe, text)
    assert any(e["cameo"] == "042" and e["target"] and e["target"]["country"] == tgt
               for e in evs), evs


def test_travel_at_home_has_no_country_target(pipe):
    evs = events_of(pipe, "The Indian prime minister travelled to Kerala on Monday.")
    assert not [e for e in evs if e["target"] and e["target"]["country"] == "IND"], evs


@pytest.mark.parametrize("text,tgt", [
    ("Among those arrested were two Belarusian journalists.", "BLR"),
    ("Among those detained in Tbilisi on Sunday were three Georgian activists.", "GEO"),
])
def test_among_those_arrested_were_x(pipe, text, tgt):
    """"Among those arrested were X": X is the passive's subject."""
    evs = events_of(pipe, text)
    assert any(e["cameo"] == "173" and e["target"] and e["target"]["country"] == tgt
               for e in evs), evs


def test_among_the_injured_is_no_fronted_passive(pipe):
    assert not events_of(pipe, "Among the guests were three Georgian ministers.")


def _headline_events(pipe, line: str) -> list[dict]:
    """Events of an article whose headline is ``line`` (its body codes nothing)."""
    return [e for e in events_of(pipe, f"{line}\n\nThe report was published on Monday.")]


@pytest.mark.parametrize("line,root,src", [
    ("Russian airstrikes breach truce in Idlib", "19", "RUS"),
    ("Police raid opposition offices in Dhaka", "09", "BGD"),
    ("Russia bombs Ukrainian power grid", "19", "RUS"),
])
def test_headline_verbs_read_as_nouns(pipe, line, root, src):
    """Headline present tense that the tagger reads as a noun (syntax/headline_verbs.tsv)."""
    evs = _headline_events(pipe, line)
    assert any(e["cameo_root"] == root and e["source"] and e["source"]["country"] == src
               for e in evs), evs


@pytest.mark.parametrize("line", [
    "Security breach report",
    "Protest march in Paris",
    "Data breach at Indian bank",
])
def test_headline_nouns_stay_nouns(pipe, line):
    assert not _headline_events(pipe, line)


@pytest.mark.parametrize("text,tgt", [
    ("The European Union announced new sanctions against Belarus on Friday.", "BLR"),
    ("Britain announced sanctions on Iran over its drone exports.", "IRN"),
])
def test_announcing_sanctions_imposes_them(pipe, text, tgt):
    """"announced sanctions against X" is 163 (announcing them imposes them), not a statement
    of intent."""
    evs = events_of(pipe, text)
    assert any(e["cameo"] == "163" and e["target"] and e["target"]["country"] == tgt
               for e in evs), evs


def test_announcing_a_withdrawal_is_still_no_sanction(pipe):
    evs = events_of(pipe, "Russia announced the withdrawal of its troops from Kherson.")
    assert not [e for e in evs if e["cameo"] == "163"], evs


@pytest.mark.parametrize("text,src,tgt", [
    ("Shelling by Azerbaijani forces killed three Armenian soldiers.", "AZE", "ARM"),
    ("Shelling by Azerbaijani forces left three Armenian soldiers dead.", "AZE", "ARM"),
    ("An attack by Russian forces killed five civilians in Kharkiv.", "RUS", "UKR"),
])
def test_by_phrase_of_an_attack_subject_is_the_source(pipe, text, src, tgt):
    """"Shelling by X killed Y": a sentence-initial -ing form before "by" is the subject
    noun, and its by-phrase names the doer."""
    evs = events_of(pipe, text)
    assert any(e["cameo_root"] == "19" and e["source"] and e["source"]["country"] == src
               and e["target"] and e["target"]["country"] == tgt for e in evs), evs


def test_sentence_initial_participle_clause_keeps_its_verb(pipe):
    evs = events_of(pipe, "Speaking to reporters, French President Emmanuel Macron criticised "
                          "Russia.")
    assert any(e["cameo"] == "111" and e["target"]["country"] == "RUS" for e in evs), evs
