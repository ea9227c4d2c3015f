"""Actors: real news sentences coded with country + CAMEO role, org and code."""

from __future__ import annotations

import pytest

from newsevents.article import Article


@pytest.fixture(scope="module")
def analyse():
    from newsevents.pipeline import Pipeline
    pipe = Pipeline(only=["language", "tokenize", "tag", "entities", "actors"])

    def run(text: str, lang: str):
        return pipe.analyse(Article(text=text, lang=lang, date="2021-12-31"))
    return run


def find(doc, text: str):
    """The actor mention whose text contains ``text`` (first one)."""
    for m in doc.actors:
        if text in m.actor.text:
            return m.actor
    raise AssertionError(f"no actor {text!r} in {[m.actor.text for m in doc.actors]}")


def texts(doc) -> list[str]:
    return [m.actor.text for m in doc.actors]


def test_title_gives_country_and_role_and_is_carried(analyse):
    doc = analyse("Iraks Ministerpräsident Mustafa al-Kadhimi bedankte sich bei der internationalen "
                  "Koalition für den Kampf gegen den IS. Al-Kadhimi sagte, er sei zufrieden.", "de")
    pm = find(doc, "Mustafa al-Kadhimi")
    assert (pm.country, pm.role, pm.code) == ("IRQ", "GOV", "IRQGOV")
    assert "al-Kadhimi" in pm.name
    islamic_state = find(doc, "IS")
    assert islamic_state.code == "IMGMUSISI" and islamic_state.org == "Islamic State"
    assert "Koalition" in find(doc, "Koalition").text
    later = [m.actor for m in doc.actors if m.sent == 1 and m.actor.name and "al-Kadhimi" in m.actor.name]
    assert later and all(a.code == "IRQGOV" for a in later)


def test_government_in_capital(analyse):
    doc = analyse('"Es befinden sich keine weiteren ausländischen Kampftruppen auf irakischem Boden", '
                  "teilte die Regierung in Bagdad am Freitag mit.", "de")
    gov = find(doc, "Regierung in Bagdad")
    assert (gov.country, gov.role) == ("IRQ", "GOV")
    troops = find(doc, "Kampftruppen")
    assert troops.role == "MIL" and troops.country is None  # foreign troops: no guessed country


def test_country_adjective_and_pro_alignment(analyse):
    doc = analyse("Die Aufgabe der internationalen Anti-IS-Koalition sei nun, irakische "
                  "Sicherheitskräfte zu beraten. Vor allem die einflussreichen pro-iranischen "
                  "schiitischen Milizen und Parteien im Irak verlangen einen US-Abzug.", "de")
    assert find(doc, "Anti-IS-Koalition").org == "anti-IS coalition"
    sec = find(doc, "irakische Sicherheitskräfte")
    assert (sec.country, sec.role) == ("IRQ", "MIL")
    mil = find(doc, "Milizen")
    assert mil.country == "IRQ"  # pro-Iranian militias in Iraq: aligned with Iran, of Iraq
    assert mil.role == "REB"
    pullout = find(doc, "US-Abzug")  # the USA are what the demand concerns, not its government
    assert (pullout.country, pullout.role) == ("USA", None)


def test_seat_and_compound_prefix(analyse):
    doc = analyse("Im Irak waren bisher nach Angaben des Weißen Hauses rund 2.500 US-Kräfte im "
                  "Einsatz.", "de")
    wh = find(doc, "Weißen Hauses")
    assert wh.code == "USAGOV"
    forces = find(doc, "US-Kräfte")
    assert (forces.country, forces.role) == ("USA", "MIL")
    assert not any(t == "Irak" for t in texts(doc))  # "im Irak" is a place


def test_english_titles_orgs_and_possessives(analyse):
    doc = analyse("Russian President Vladimir Putin signed legislation Thursday. The Kremlin noted "
                  "U.S. nuclear tests. Taliban spokesperson Zabiullah Mujahid claimed 190 were "
                  "dead. Turkey's Defence Ministry said one of its soldiers was killed.", "en")
    putin = find(doc, "Vladimir Putin")
    assert (putin.country, putin.role, putin.code) == ("RUS", "GOV", "RUSGOV")
    assert find(doc, "Kremlin").code == "RUSGOV"
    assert find(doc, "U.S.").country == "USA"
    spokes = find(doc, "Zabiullah Mujahid")
    assert spokes.org == "Taliban" and spokes.code == "AFGREBTAL"
    ministry = find(doc, "Defence Ministry")
    assert (ministry.country, ministry.role) == ("TUR", "GOV")


def test_pentagon_and_protesters(analyse):
    doc = analyse("The Pentagon said protesters had gathered outside.", "en")
    assert find(doc, "Pentagon").code == "USAMIL"
    assert find(doc, "protesters").role == "PRO"  # the dev gold's role for demonstrators


def test_washington_city_vs_government(analyse):
    doc = analyse("Moscow will continue to respect the ban unless Washington resumes tests.", "en")
    assert find(doc, "Washington").code == "USAGOV"
    assert find(doc, "Moscow").code == "RUSGOV"
    doc = analyse("Protesters marched in Washington on Sunday.", "en")
    assert "Washington" not in texts(doc)  # a place, not the US government
    doc = analyse("Bagdad/Washington – Der Kampfeinsatz ist beendet.", "de")
    assert "Washington" not in texts(doc) and "Bagdad" not in texts(doc)  # dateline


def test_georgia_country_vs_state(analyse):
    doc = analyse("Georgia accused Russia of provocations near Tbilisi.", "en")
    assert find(doc, "Georgia").country == "GEO"
    doc = analyse("Georgia certified its election results, the governor in Atlanta said.", "en")
    assert not any(m.actor.country == "GEO" for m in doc.actors)


def test_is_versus_is(analyse):
    doc = analyse("The ceasefire is holding, and IS fighters have left the town.", "en")
    orgs = [m.actor.org for m in doc.actors]
    assert orgs.count("Islamic State") == 1
    assert find(doc, "IS").code == "IMGMUSISI"


def test_pronoun_and_bare_noun_resolution(analyse):
    doc = analyse("Iraks Regierung kündigte den Abzug an. Die Regierung teilte mit, die Lage sei "
                  "ruhig.", "de")
    gov2 = [m.actor for m in doc.actors if m.sent == 1 and m.actor.role == "GOV"]
    assert gov2 and gov2[0].country == "IRQ"
    doc = analyse("Turkish President Tayyip Erdogan spoke in Ankara. He said the losses were only "
                  "the beginning.", "en")
    he = [m.actor for m in doc.actors if m.actor.text == "He"]
    assert he and he[0].name == "Tayyip Erdogan" and he[0].code == "TURGOV"


def test_lookup_api(analyse):
    from newsevents.actors.lookup import actor_at_token, actors_in_span
    doc = analyse("Iraks Ministerpräsident Mustafa al-Kadhimi dankte der Koalition.", "de")
    s = doc.sentences[0]
    found = actors_in_span(doc, s.start, s.end)
    assert [m.actor.text for m in found][:1] == ["Iraks Ministerpräsident Mustafa al-Kadhimi"]
    tok = next(t for t in doc.tokens if t.text == "Koalition")
    m = actor_at_token(doc, tok.i)
    assert m is not None and m.actor.org == "coalition"
    verb = next(t for t in doc.tokens if t.text == "dankte")
    assert actor_at_token(doc, verb.i) is None
    assert actors_in_span(doc, 0, 3) == []


def test_known_leaders_and_possessed_groups(analyse):
    doc = analyse("Turkey vows to keep hammering Assad's troops. Erdogan and Putin are due to meet "
                  "in Moscow.", "en")
    assert find(doc, "Assad").code == "SYRGOV"
    troops = find(doc, "troops")
    assert troops.country == "SYR" and troops.role == "MIL"  # Assad's troops are Syrian
    assert find(doc, "Erdogan").code == "TURGOV"
    assert find(doc, "Putin").code == "RUSGOV"
    assert "Moscow" not in texts(doc)  # "in Moscow": the place of the meeting


def test_its_soldiers_belong_to_the_ministry_country(analyse):
    doc = analyse("Turkey’s Defence Ministry said one of its soldiers was killed.", "en")
    assert find(doc, "soldiers").code == "TURMIL"


def test_weapons_act_only_with_a_country(analyse):
    doc = analyse("Rebels said Turkish drones had been striking Syrian army positions. Oil "
                  "facilities were hit by multiple drone strikes.", "en")
    assert find(doc, "Turkish drones").code == "TURMIL"
    assert find(doc, "Syrian army").code == "SYRMIL"
    assert not any("drone" in t and "Turkish" not in t for t in texts(doc))


def test_org_spokesperson_and_lists(analyse):
    doc = analyse("Houthi military spokesperson Yahya Sarea said ten drones were used.", "en")
    sarea = find(doc, "Yahya Sarea")
    assert sarea.org == "Houthis" and sarea.country == "YEM"
    doc = analyse("Speakers included Nicola Sturgeon, Labour MP (Member of Parliament) Tom Watson, "
                  "and Sadiq Khan.", "en")
    # a list of speakers, not an apposition: Labour is Watson's party, not Sturgeon's
    assert find(doc, "Nicola").org != "Labour"


def test_country_words_inside_longer_names(analyse):
    doc = analyse("Governor Chris Christie of New Jersey spoke on Monday.", "en")
    assert not any(m.actor.country == "JEY" for m in doc.actors)
    doc = analyse("Die Armee des jüdischen Staates griff an.", "de")
    assert any(m.actor.country == "ISR" for m in doc.actors)


def test_channels_and_org_names_are_not_people(analyse):
    doc = analyse("Der Kampfeinsatz sei beendet, bestätigte die Koalition via Twitter.", "de")
    assert "Twitter" not in texts(doc)
    doc = analyse("He spoke at the United Nations General Assembly in New York.", "en")
    unga = find(doc, "General Assembly")
    assert unga.code == "IGOUNO" and unga.name == "UN General Assembly"


def test_company_spokesman_is_business(analyse):
    doc = analyse("Ein Konzern-Sprecher wollte sich nicht äußern, sagte der Regierungssprecher.", "de")
    assert find(doc, "Konzern-Sprecher").role == "BUS"
    assert find(doc, "Regierungssprecher").role == "GOV"


def test_federal_institutions_by_country(analyse):
    doc = analyse("Der Bundesrat hat am Mittwoch entschieden, sagte Bundesjustizminister Heiko Maas "
                  "in Berlin.", "de")
    assert find(doc, "Bundesrat").code == "DEULEG"
    assert find(doc, "Heiko Maas").code == "DEUGOV"
    doc = analyse("Die Schweiz und der Heilige Stuhl feiern. Der Bundesrat in Bern lobte die "
                  "Schweizer Kirchen.", "de")
    assert find(doc, "Bundesrat").code == "CHEGOV"  # the Swiss Federal Council governs


def test_they_prefers_people_to_states(analyse):
    doc = analyse("Protesters marched towards the parliament in Turkey. They demanded new elections.",
                  "en")
    they = [m.actor for m in doc.actors if m.actor.text == "They"]
    assert they and they[0].role == "PRO"


def test_no_country_borrowed_from_the_other_party(analyse):
    doc = analyse("Die USA kritisierten die Regierung scharf.", "de")
    gov = find(doc, "Regierung")
    assert gov.country != "USA"
    doc = analyse("“The (Syrian) regime’s losses are just the beginning,” Erdogan said.", "en")
    assert find(doc, "regime").code == "SYRGOV"


def test_headlines_in_capitals(analyse):
    doc = analyse("WHAT IS LEFT FOR US NOW. IS fighters attacked the town.", "en")
    assert [m.actor.org for m in doc.actors if m.sent == 0] == []
    assert find(doc, "IS").code == "IMGMUSISI"


def test_in_a_country_is_not_of_it_for_troops_and_people(analyse):
    doc = analyse("Arab foreign ministers in Cairo condemned the attack. The government in Baghdad "
                  "protested, while troops in Iraq stayed in their bases.", "en")
    assert find(doc, "ministers").country != "EGY"
    assert find(doc, "government in Baghdad").code == "IRQGOV"
    assert find(doc, "troops").country != "IRQ"


def test_country_names_are_not_split_into_role_nouns(analyse):
    doc = analyse("Die Demonstranten flohen nach Costa Rica und in die Vereinigten Staaten. "
                  "Erdoğans Partei gewann.", "de")
    assert not any(m.actor.text.endswith("Staaten") and m.actor.country is None for m in doc.actors)
    assert find(doc, "Erdoğans").code == "TURGOV"
