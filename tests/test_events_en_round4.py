"""English event coding, round 4: a fourth benchmark set written before measuring
(tests/fixtures/en_benchmark_sentences_4.tsv), and the classes the round-4 brief names.

Run as a script (``python tests/test_events_en_round4.py [-v]``) to print each set-4 sentence's
result.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from test_events_en_general import events_of, load_bench, run_bench

BENCH4 = Path(__file__).parent / "fixtures" / "en_benchmark_sentences_4.tsv"


def test_bench4_fixture_has_thirty_sentences():
    """Set 4 is thirty sentences."""
    assert len(load_bench(BENCH4)) == 30


@pytest.fixture(scope="module")
def pipe():
    from newsevents.pipeline import Pipeline
    return Pipeline()


if __name__ == "__main__":
    from newsevents.pipeline import Pipeline
    sys.path.insert(0, str(Path(__file__).parent))
    from test_events_en_general import print_bench
    print_bench(run_bench(Pipeline(), BENCH4), "-v" in sys.argv)


@pytest.mark.parametrize("text,country,role", [
    ("Republican Senator Lindsey Graham threatened Russia with new sanctions.", "USA", "LEG"),
    ("Democratic Sen. Chris Murphy urged Saudi Arabia to end its blockade.", "USA", "LEG"),
    ("Tory leader Kemi Badenoch accused the prime minister of betraying voters.", "GBR", "PTY"),
    ("Republican presidential candidate Chris Christie criticized China.", "USA", "PTY"),
    ("Republican Vivian Carter accused China of stealing American jobs.", "USA", "PTY"),
    ("Florida Gov. Ron DeSantis met Chinese President Xi Jinping.", "USA", "GOV"),
    ("Gov. Gavin Newsom of California criticized China over its trade policy.", "USA", "GOV"),
])
def test_party_and_office_cues_give_the_country(pipe, text, country, role):
    """A party cue (lang/en/actors/party_cues.tsv) or a state of a country before the title,
    or "of <state>" after the name, says whose the politician is; a party's own titles
    ("leader", "candidate"; party_titles.txt) are PTY, offices keep their role."""
    evs = events_of(pipe, text)
    assert any(e["source"] and e["source"]["country"] == country and e["source"]["role"] == role
               for e in evs), evs


def test_cue_given_once_holds_for_the_bare_name_later(pipe):
    evs = events_of(pipe, "Republican Vivian Carter spoke at a rally in Iowa on Monday. "
                          "Carter later accused Mexico of flooding the market.")
    assert any(e["trigger"]["text"] == "accused" and e["source"]["country"] == "USA"
               and e["source"]["role"] == "PTY" for e in evs), evs


@pytest.mark.parametrize("text", [
    "The Democratic Republic of Congo accused Rwanda of backing the rebels.",
    "The conservative lawmakers criticised the budget.",
    "The candidates debated in Miami on Wednesday.",
])
def test_no_party_cue_without_the_capitalised_cue_word(pipe, text):
    """"Democratic Republic", lower-case "conservative": no party, no guessed US/UK country."""
    for e in events_of(pipe, text):
        for a in (e["source"], e["target"]):
            assert not a or a.get("org") not in ("Republicans", "Democrats", "Conservatives"), e


@pytest.mark.parametrize("text,a,b", [
    ("India and Pakistan accused each other of violating the ceasefire.", "IND", "PAK"),
    ("Armenia and Azerbaijan blamed one another for the clashes.", "ARM", "AZE"),
    ("Serbia and Kosovo accused each other of stoking tensions.", "SRB", "XKX"),
])
def test_each_other_codes_both_directions(pipe, text, a, b):
    """"X and Y accused each other": X->Y and Y->X (lang/en/syntax/reciprocal_pronouns.txt)."""
    dyads = {((e["source"] or {}).get("country"), (e["target"] or {}).get("country"))
             for e in events_of(pipe, text) if e["cameo"].startswith("11")}
    assert (a, b) in dyads and (b, a) in dyads, dyads


def test_without_each_other_the_coordinated_subject_acts_on_the_object(pipe):
    evs = events_of(pipe, "India and Pakistan criticized the United States.")
    assert {(e["source"]["country"], e["target"]["country"]) for e in evs} == {
        ("IND", "USA"), ("PAK", "USA")}, evs


@pytest.mark.parametrize("text,src,tgt", [
    ("Kenya extradited the fugitive businessman to Britain on Tuesday.", "KEN", "GBR"),
    ("The United Arab Emirates handed the drug lord over to the Netherlands.", "ARE", "NLD"),
    ("Turkey handed over two suspects to Sweden on Thursday.", "TUR", "SWE"),
])
def test_to_phrase_of_a_handover_is_the_target(pipe, text, src, tgt):
    """"extradite X to Y", "hand X over to Y": the receiving state is the target (063)."""
    evs = events_of(pipe, text)
    assert any(e["cameo"] == "063" and e["source"]["country"] == src and e["target"]
               and e["target"]["country"] == tgt for e in evs), evs


def test_refused_extradition_keeps_the_receiving_state(pipe):
    evs = events_of(pipe, "Russia refused to extradite the two suspects to Britain.")
    assert any(e["cameo"].startswith("12") and e["target"] and e["target"]["country"] == "GBR"
               for e in evs), evs


@pytest.mark.parametrize("text,country,role", [
    ("Thousands marched in Tbilisi on Sunday. Police arrested 40 protesters.", "GEO", "COP"),
    ("Students blocked roads in Dhaka. Police fired tear gas at the crowd.", "BGD", "COP"),
    ("Floods killed 40 people in Nairobi. Officials blamed illegal construction.", "KEN", "GOV"),
])
def test_unnamed_state_actor_takes_the_story_place(pipe, text, country, role):
    """A story whose places are all of one country: "police", "officials" are that country's."""
    evs = events_of(pipe, text)
    assert any(e["source"] and e["source"]["role"] == role and e["source"]["country"] == country
               for e in evs), evs


@pytest.mark.parametrize("text", [
    "Floods hit Nairobi this week. Russia criticized the government.",
    "Protesters gathered in Paris and in Berlin. Police arrested 40 people.",
])
def test_no_story_place_when_another_country_is_in_play(pipe, text):
    """Another country in the sentence, or places of two countries: no guess."""
    for e in events_of(pipe, text):
        for a in (e["source"], e["target"]):
            if a and a["role"] in ("GOV", "COP") and a["text"].lower() in ("government", "police"):
                assert a["country"] is None, e


def test_two_people_of_one_code_accusing_each_other_are_two_events(pipe):
    """Two governors (both USAGOV) "took aim at each other": both directions, not one."""
    evs = events_of(pipe, "Florida Gov. Jane Parker and Texas Gov. Tom Miller took aim at "
                          "each other over China.")
    names = {(e["source"]["name"], e["target"]["name"]) for e in evs if e["target"]}
    assert ("Jane Parker", "Tom Miller") in names and ("Tom Miller", "Jane Parker") in names, evs


@pytest.mark.parametrize("text,country", [
    ("GOP candidates attacked the Biden administration over its support for Ukraine.", "USA"),
    ("The Trump administration imposed sanctions on Venezuela.", "USA"),
])
def test_leader_before_a_body_gives_its_country(pipe, text, country):
    """"the Biden administration": a well-known leader's name before the role noun."""
    evs = events_of(pipe, text)
    assert any(a and a["text"].endswith("administration") and a["country"] == country
               for e in evs for a in (e["source"], e["target"])), evs


def test_a_country_only_talked_about_is_no_story_place(pipe):
    """"support for Ukraine" is no place of the story: the administration is not Ukraine's."""
    for e in events_of(pipe, "Republicans attacked the administration over its support for "
                             "Ukraine."):
        for a in (e["source"], e["target"]):
            assert not (a and a["role"] == "GOV" and a["country"] == "UKR"), e


@pytest.mark.parametrize("text,cameo,src,tgt", [
    ("Saudi Arabia pledged $500 million in humanitarian aid to Yemen.", "03", "SAU", "YEM"),
    ("Ukrainian drones struck an oil refinery in southern Russia.", "19", "UKR", "RUS"),
])
def test_other_news_verbs(pipe, text, cameo, src, tgt):
    evs = events_of(pipe, text)
    assert any(e["cameo"].startswith(cameo) and e["source"]["country"] == src and e["target"]
               and e["target"]["country"] == tgt for e in evs), evs


def test_titled_person_in_a_foreign_story_keeps_no_guessed_country(pipe):
    """A senator in a story set in Syria is no Syrian legislator: the story place is only for
    unnamed bodies and groups."""
    for e in events_of(pipe, "Fighting raged in Idlib and in Aleppo. Senator Tom Hale praised "
                             "the president."):
        assert not (e["source"] and e["source"]["role"] == "LEG"
                    and e["source"]["country"] == "SYR"), e


def test_modifier_before_a_title_phrase_is_no_actor_of_its_own(pipe):
    """"Opposition presidential candidate X": one person, coded OPP, whose country a later
    mention gives."""
    from newsevents.article import Article
    doc = pipe.analyse(Article(text="Opposition presidential candidate Jana Dorova holds rally "
                               "in Minsk. On Thursday, Jana Dorova, an opposition candidate for "
                               "the Belarusian presidential election, held a rally in Minsk.",
                               lang="en", date="2024-03-01", doc_id="t"))
    first = doc.actors[0].actor
    assert first.name == "Jana Dorova" and first.role == "OPP" and first.country == "BLR", first


def _article_events(pipe, text):
    from newsevents.article import Article
    rec = pipe(Article(text=text, lang="en", date="2024-03-01", doc_id="h"))
    rec = rec.to_dict() if hasattr(rec, "to_dict") else rec
    return rec["events"]


@pytest.mark.parametrize("headline,trigger", [
    ("Seven soldiers killed in attack on army post in Kenya", "killed"),
    ("Kenyan opposition leader arrested in Nairobi", "arrested"),
    ("Former minister accused of corruption by Kenyan police", "accused"),
])
def test_headline_participle_is_passive(pipe, headline, trigger):
    """A headline drops "was": its subject is acted on (lang/en/syntax/headline_passives.txt)."""
    evs = [e for e in _article_events(pipe, headline + "\n\nThe report came on Monday.")
           if e["trigger"]["text"] == trigger]
    assert evs and all(e["target"] and headline.startswith(("Seven", "Kenyan", "Former"))
                       and e["target"]["text"] in headline[:40] for e in evs), evs


@pytest.mark.parametrize("text", [
    "Kenyan police arrested the opposition leader in Nairobi.\n\nThe report came on Monday.",
    "Kenyan police arrested opposition leader in Nairobi\n\nThe report came on Monday.",
])
def test_no_headline_passive_in_body_text_or_with_an_object(pipe, text):
    evs = [e for e in _article_events(pipe, text) if e["trigger"]["text"] == "arrested"]
    assert evs and all(e["source"] and e["source"]["role"] == "COP" for e in evs), evs


def test_at_least_begins_a_noun_phrase_not_a_pp(pipe):
    """"At least seven soldiers have been killed": the subject (the ones killed), not "at"."""
    evs = events_of(pipe, "At least seven soldiers have been killed in Kenya.")
    assert any(e["cameo"].startswith("19") and e["target"] and e["target"]["role"] == "MIL"
               for e in evs), evs


@pytest.mark.parametrize("text,a,b", [
    ("India and Pakistan met in Geneva on Monday. They signed a deal on water.", "IND", "PAK"),
    ("Florida Gov. Jane Parker and Texas Gov. Tom Miller met in Miami. They accused each "
     "other of lying.", "Jane Parker", "Tom Miller"),
])
def test_they_after_a_coordinated_subject_is_both_parties(pipe, text, a, b):
    """"X and Y met ... They accused each other": "they" stands for X and Y."""
    evs = [e for e in events_of(pipe, text) if e["trigger"]["text"] in ("signed", "accused")]
    key = "country" if len(a) == 3 else "name"
    dyads = {(e["source"][key], e["target"][key]) for e in evs if e["target"]}
    assert (a, b) in dyads and (b, a) in dyads, evs


def test_named_official_and_a_body_of_one_code_are_two_parties(pipe):
    """"Texas Gov. Greg Abbott criticized the Biden administration": both USAGOV, yet a
    governor and the federal administration are not one party acting on itself."""
    evs = events_of(pipe, "Texas Gov. Greg Abbott criticized the Biden administration over "
                          "the border.")
    assert any(e["cameo"].startswith("11") and e["target"] for e in evs), evs


@pytest.mark.parametrize("text", [
    "Zalmay Khalilzad, a US peace envoy, met the Taliban in Doha.",
    "Turkey said it would respond. It called on Turkey's allies to help.",
])
def test_apposition_and_pronouns_stay_one_party(pipe, text):
    for e in events_of(pipe, text):
        assert not (e["source"] and e["target"] and e["source"]["code"] == e["target"]["code"]
                    and e["source"]["code"] in ("USAGOV", "USA", "TUR")), e


@pytest.mark.parametrize("text,cameo", [
    ("Tory leader Kemi Badenoch attacked Labour over its tax plans.", "111"),
    ("Republican candidates clashed over Ukraine at the debate.", "111"),
    ("Rebels attacked the army base.", "190"),
    ("Protesters clashed with police in Nairobi.", "190"),
])
def test_politicians_attack_with_words(pipe, text, cameo):
    """"attack", "clash" by parties, lawmakers, media only: 111 (lang/en/events/
    verbal_attacks.tsv); by armed groups or crowds: still 190."""
    evs = [e for e in events_of(pipe, text) if e["trigger"]["text"] in ("attacked", "clashed")]
    assert evs and all(e["cameo"] == cameo for e in evs), evs


@pytest.mark.parametrize("text,code", [
    ("Spokeswoman Jane Doe of the US Department of State criticized Belarus.", "USAGOV"),
    ("Spokesman John Doe of the State Department criticized Belarus.", "USAGOV"),
    ("Spokesman Tom Berg of the United Nations criticized Sudan.", "IGOUNO"),
])
def test_titled_name_of_a_body(pipe, text, code):
    """"Spokeswoman X of the US Department of State": the body's country or coding."""
    evs = events_of(pipe, text)
    assert any(e["source"] and e["source"]["code"] == code for e in evs), evs


@pytest.mark.parametrize("text,code", [
    ("Police in Lagos arrested ten protesters.", "NGACOP"),
    ("The Senate approved Jane Wilson, a judge from Ohio, to the appeals court.", "USAJUD"),
])
def test_city_or_state_after_a_role_noun(pipe, text, code):
    """"police in Lagos", "a judge from Ohio": a city or state gives its country."""
    evs = events_of(pipe, text)
    assert any(a and a["code"] == code for e in evs for a in (e["source"], e["target"])), evs


def test_troops_in_a_city_are_only_there(pipe):
    evs = events_of(pipe, "Troops in Donetsk shelled the town.")
    assert all(not (e["source"] and e["source"]["country"] == "UKR") for e in evs), evs


@pytest.mark.parametrize("text,code", [
    ("Senate Majority Leader Chuck Schumer met Israeli Prime Minister Benjamin Netanyahu in "
     "Jerusalem.", "USALEG"),
    ("House Speaker Mike Johnson praised Israel's response to the attack.", "USALEG"),
])
def test_office_of_one_country_gives_it(pipe, text, code):
    """An office only one country has (lang/en/actors/offices.tsv) names the country, even in
    a story set abroad."""
    evs = events_of(pipe, text)
    assert any(e["source"] and e["source"]["code"] == code for e in evs), evs


@pytest.mark.parametrize("text,cameo", [
    ("Israeli forces raided the West Bank city of Jenin on Monday.", "190"),
    ("Police raided the offices of the newspaper.", "091"),
])
def test_raid_a_town_is_military_a_house_a_search(pipe, text, cameo):
    evs = [e for e in events_of(pipe, text) if e["trigger"]["text"] == "raided"]
    assert evs and evs[0]["cameo"] == cameo, evs
