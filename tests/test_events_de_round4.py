"""German events, round 4: compass-point places ("Ostukraine"), places after "von"/"um"
("im Hafen von Rotterdam"), clashes between two sides, event dates.  Every sentence here was
written for these tests in the style of German agency news (none is taken from the evaluation
articles)."""

from __future__ import annotations

import pytest

from test_events_de_general import events, pipe  # noqa: F401  (the fixture and helper)


# --- compass-point compounds of a country are places in that country ------------------------

@pytest.mark.parametrize("word, country", [
    ("Ostukraine", "UKR"), ("Nordsyrien", "SYR"), ("Nordsyriens", "SYR"), ("Nordirak", "IRQ"),
    ("Südlibanon", "LBN"), ("Ost-Ukraine", "UKR"), ("Westafrika", None),
    ("Nordkorea", "PRK"), ("Südafrika", "ZAF"), ("Nordirland", "GBR"),
])
def test_compass_compounds(word, country):
    from newsevents.ner.gazetteer import Gazetteer
    hits = Gazetteer().lookup(word, lang="de")
    assert hits and hits[0].country == country


@pytest.mark.parametrize("word", ["Nordamerika", "Westen", "Ostsee", "Mittelmeer"])
def test_no_compass_country_for_continents_and_words(word):
    from newsevents.ner.gazetteer import Gazetteer
    assert all(h.kind != "REGION" or h.country is None
               for h in Gazetteer().lookup(word, lang="de"))


@pytest.mark.parametrize("text, country", [
    ("In der Ostukraine griffen russische Truppen ein Dorf an.", "UKR"),
    ("Im Nordirak griffen Kämpfer einen Konvoi an.", "IRQ"),
    ("In Nordsyrien griffen türkische Soldaten kurdische Kämpfer an.", "SYR"),
])
def test_compass_place_is_the_event_location(pipe, text, country):
    evs = events(pipe, text)
    assert evs and evs[0].location is not None and evs[0].location.country == country


# --- "im Hafen von X", "in der Nähe von X", "in der Region um X": X is where it happened --------

@pytest.mark.parametrize("text, place", [
    ("Im Hafen von Rotterdam beschlagnahmte der Zoll zwei Tonnen Kokain.", "Rotterdam"),
    ("In der Nähe von Kabul griffen Taliban-Kämpfer einen Konvoi an.", "Kabul"),
    ("In der Region um Charkiw griffen russische Truppen ein Dorf an.", "Charkiw"),
])
def test_place_after_von_or_um(pipe, text, place):
    evs = events(pipe, text)
    assert evs and evs[0].location is not None and evs[0].location.name == place


# --- clashes between two sides: one event each way; crowd against police 145, police 175 -------

def _dyads(evs):
    return {(e.cameo, e.source.role if e.source else None, e.target.role if e.target else None)
            for e in evs}


@pytest.mark.parametrize("text", [
    "In Kairo kam es zu Zusammenstößen zwischen Demonstranten und der Polizei.",
    "Demonstranten und Polizisten gerieten in Minsk aneinander.",
    "Demonstranten und Polizei lieferten sich in Athen Straßenschlachten.",
])
def test_clash_of_protesters_and_police(pipe, text):
    assert _dyads(events(pipe, text)) == {("145", "PRO", "COP"), ("175", "COP", "PRO")}


@pytest.mark.parametrize("text", [
    "Zwischen Rebellen und der Armee kam es zu schweren Kämpfen.",
    "Rebellen und Regierungstruppen lieferten sich heftige Gefechte.",
])
def test_armed_clash_is_190_both_ways(pipe, text):
    assert _dyads(events(pipe, text)) == {("190", "REB", "MIL"), ("190", "MIL", "REB")}


@pytest.mark.parametrize("text", [
    "Es kam zu Gesprächen zwischen der Regierung und der Opposition.",
    "Der Minister lieferte sich einen Schlagabtausch mit der Opposition.",
    "Die Firma liefert Waffen an die Armee.",
])
def test_no_violence_where_there_is_none(pipe, text):
    assert not [e for e in events(pipe, text) if e.cameo[:2] in ("14", "17", "19")]


# --- dates: a German simple past without a date of its own happened before the news day ------

def test_simple_past_is_dated_to_the_month(pipe):
    evs = events(pipe, "Frankreich verurteilte am Dienstag den Angriff auf Israel. "
                       "Die Opposition kritisiert die Regierung scharf. "
                       "Der Außenminister bedankte sich bei der Türkei für die Hilfe. "
                       "Die Polizei nahm zwei Verdächtige fest.")
    dates = {e.trigger.text: e.date for e in evs}
    assert dates["verurteilte"] == "2024-03-12"  # dated in its clause
    assert dates["kritisiert"] == "2024-03-12"  # present: the news day
    assert dates["bedankte"] == "2024-03"  # simple past, undated: an earlier day
    assert dates["nahm"] == "2024-03"


def test_history_told_in_the_present_keeps_its_year(pipe):
    evs = events(pipe, "Im Jahr 1990 greift der Irak Kuwait an. "
                       "Die USA verurteilen den Angriff scharf. "
                       "Seit 2014 kämpfen Regierungstruppen gegen Rebellen. "
                       "Die Regierung kritisiert die Rebellen.")
    dates = {e.trigger.text: e.date for e in evs}
    assert dates["greift"] == "1990"
    assert dates["verurteilen"] == "1990"  # the history goes on in the present
    assert dates["kritisiert"] != "2014"  # "seit 2014" starts a span: no year for what follows


# --- a regional paper's dateline "Ort (Kürzel)." names a place ---------------------------------

@pytest.mark.parametrize("text, place", [
    ("Meran  (ki). Der Gemeinderat stimmte am Dienstag für die Volksbefragung.", "ITA"),
    ("BRIXEN (d). Die Polizei nahm gestern zwei Männer fest.", "ITA"),
])
def test_dateline_with_initials_is_a_place(pipe, text, place):
    from newsevents.article import Article
    doc = pipe.analyse(Article(text=text, lang="de", date="2024-03-12", doc_id="t"))
    assert any(e.type == "LOC" and e.country == place and e.start == 0 for e in doc.entities)


def test_no_dateline_place_without_initials(pipe):
    from newsevents.article import Article
    doc = pipe.analyse(Article(text="Merkel (CDU) sprach mit Macron.", lang="de",
                               date="2024-03-12", doc_id="t"))
    assert not any(e.type == "LOC" and e.start == 0 for e in doc.entities)


# --- local and regional bodies are actors: councils legislate, their heads govern --------------

@pytest.mark.parametrize("text, role", [
    ("Der Gemeinderat lehnte den Antrag der Opposition ab.", "LEG"),
    ("Der Landtag verurteilte den Angriff auf die Polizei.", "LEG"),
    ("Der Landesrat kritisierte die Gewerkschaften.", "GOV"),
    ("Der Kreistag lehnte den Antrag der Grünen ab.", "LEG"),
])
def test_local_bodies_are_actors(pipe, text, role):
    evs = events(pipe, text)
    assert evs and evs[0].source is not None and evs[0].source.role == role


def test_local_story_takes_its_towns_country(pipe):
    from newsevents.article import Article
    doc = pipe.analyse(Article(
        text="Brixen  (ki). Der Gemeinderat sprach sich am Dienstag für die Volksbefragung aus.",
        lang="de", date="2024-03-12", doc_id="t"))
    assert [(e.source.country, e.source.role) for e in doc.events] == [("ITA", "LEG")]


def test_simple_past_with_now_is_todays_news(pipe):
    evs = events(pipe, "Frankreich verurteilte am Dienstag den Angriff auf Israel. "
                       "Die Opposition forderte jetzt die Regierung zum Rücktritt auf.")
    assert {e.trigger.text: e.date for e in evs}["forderte"] == "2024-03-12"


def test_clash_named_in_a_phrase_beside_the_clause(pipe):
    evs = events(pipe, "Bei Zusammenstößen zwischen Demonstranten und der Polizei in Paris "
                       "wurden zehn Menschen verletzt.")
    assert _dyads(evs) == {("182", None, "CVL"), ("145", "PRO", "COP"), ("175", "COP", "PRO")}
    assert all(e.source.country == "FRA" for e in evs if e.source is not None)


@pytest.mark.parametrize("text", [
    "Bei Krawallen in Berlin wurden 30 Polizisten verletzt.",
    "Bei Gesprächen zwischen der Regierung und der Opposition gab es Fortschritte.",
    "Nach dem Streit zwischen Berlin und Paris gab es eine Einigung.",
])
def test_no_clash_without_two_named_sides(pipe, text):
    assert not [e for e in events(pipe, text) if e.cameo[:2] in ("14", "17", "19")]


# --- not wanting to is refusing: "wollte ... nicht mittragen" is a rejection (12x) --------------

@pytest.mark.parametrize("text, code", [
    ("Die DUP wollte die neue Regelung nicht mittragen.", "120"),
    ("Polen will die Sanktionen nicht aufheben.", "1244"),
    ("Der Minister wollte sich nicht dazu äußern.", "011"),
])
def test_negated_volition_is_refusal(pipe, text, code):
    evs = events(pipe, text)
    assert [e.cameo for e in evs] == [code] and not evs[0].negated


def test_volition_without_negation_stays_intent(pipe):
    assert [e.cameo for e in events(pipe, "Die Opposition will den Plan unterstützen.")] == ["032"]


def test_police_take_the_country_of_the_place_after_von(pipe):
    evs = events(pipe, "In Kabul griffen Taliban-Kämpfer einen Konvoi an. Die Regierung in Kabul "
                       "verurteilte den Angriff. Im Hafen von Rotterdam beschlagnahmte die "
                       "Polizei zwei Tonnen Kokain.")
    seized = [e for e in evs if e.cameo == "1711"]
    assert seized and seized[0].source.country == "NLD"


@pytest.mark.parametrize("word, country", [
    ("Ostukrainische", "UKR"), ("nordsyrischen", "SYR"), ("nordirische", "GBR"),
])
def test_compass_adjectives_name_the_country(word, country):
    from newsevents.actors.detect import _compass_adjective
    from newsevents.gazetteer.countries import lookup
    m = lookup(word, "de") or _compass_adjective(word)
    assert m is not None and m.iso3 == country


@pytest.mark.parametrize("word", ["Westafrikanische", "Nordafrikanische", "Westeuropäische",
                                  "Osten", "Mittelmeer"])
def test_no_country_for_continent_adjectives(word):
    from newsevents.actors.detect import _compass_adjective
    assert _compass_adjective(word) is None
