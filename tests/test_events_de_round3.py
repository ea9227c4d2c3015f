"""German event coding, round 3: coordinated targets, seizures, unnamed protesters and police,
events naming no side, the von-phrase of an event noun.  Every sentence here was written for
these tests in the style of German agency news (none is taken from the evaluation articles)."""

from __future__ import annotations

import pytest

from test_events_de_general import events, pipe  # noqa: F401  (the fixture and helper)


# --- coordinated objects interrupted by adverbs: every conjunct is a target ----------------

@pytest.mark.parametrize("text, targets", [
    ("Israel greift Ägypten und dann auch Jordanien und Syrien an.", {"EGY", "JOR", "SYR"}),
    ("Frankreich verurteilte Deutschland und später auch Italien scharf.", {"DEU", "ITA"}),
    ("Der Außenminister Russlands kritisierte die USA und Großbritannien.", {"USA", "GBR"}),
])
def test_every_conjunct_is_a_target(pipe, text, targets):
    evs = events(pipe, text)
    assert {e.target.country for e in evs} == targets


# --- seizures by police, customs, finance police: 1711 ---------------------------------------

@pytest.mark.parametrize("text", [
    "Die Finanzwache beschlagnahmte in Bozen 200 Kilogramm Kokain.",
    "Der Zoll stellte am Flughafen Frankfurt gefälschte Waren sicher.",
    "Zollfahnder stellten in Hamburg zwei Tonnen Zigaretten sicher.",
])
def test_seizures_by_police_and_customs(pipe, text):
    evs = events(pipe, text)
    assert [e.cameo for e in evs] == ["1711"]
    assert evs[0].source.role == "COP"


@pytest.mark.parametrize("text", [
    "Der Minister stellte klar, dass die Steuern nicht steigen.",
    "Die Einnahmen aus dem Zoll stiegen im vergangenen Jahr deutlich.",
    "Die Regierung hält die Renten für sicher.",
])
def test_no_seizure_without_one(pipe, text):
    assert not [e for e in events(pipe, text) if e.cameo == "1711"]


# --- unnamed protesters and police are of the place their clause is set in -----------------

def test_protesters_and_police_take_the_place_country(pipe):
    evs = events(pipe, "In Kairo warfen Demonstranten Steine auf die Polizei.")
    assert [e.cameo for e in evs] == ["145"]
    assert evs[0].source.country == "EGY" and evs[0].target.country == "EGY"


def test_police_arresting_protesters_in_a_city(pipe):
    evs = events(pipe, "Die Polizei nahm in Istanbul zwölf Demonstranten fest.")
    assert [e.cameo for e in evs] == ["173"]
    assert evs[0].source.country == "TUR" and evs[0].target.country == "TUR"


def test_named_country_beats_the_place(pipe):
    evs = events(pipe, "Die russische Polizei nahm in Minsk zwölf Demonstranten fest.")
    assert evs and evs[0].source.country == "RUS"


# --- "es kam zu" violence naming no side: the place is the target, fronted or not ----------

@pytest.mark.parametrize("text, cameo, country", [
    ("In der Ukraine kam es am Montag zu schweren Gefechten.", "190", "UKR"),
    ("In Bagdad kam es am Montag zu einem Anschlag.", "180", "IRQ"),
    ("Zu einem Anschlag kam es am Dienstag in Bagdad.", "180", "IRQ"),
    ("Im Osten der Ukraine kam es zu Gefechten.", "190", "UKR"),
])
def test_violence_naming_no_side_targets_the_place(pipe, text, cameo, country):
    evs = events(pipe, text)
    assert [(e.cameo, e.target.country) for e in evs] == [(cameo, country)]
    assert evs[0].source is None


@pytest.mark.parametrize("text", [
    "In Bagdad kam es am Montag zu Verkehrsstaus.",
    "In Berlin kam es zu Gesprächen über den Haushalt.",
    "Zu einem Anschlag kam es in Bagdad nicht.",
])
def test_no_violence_no_place_target(pipe, text):
    assert not [e for e in events(pipe, text) if e.cameo[:2] in ("18", "19", "20")
                and not e.negated]


# --- the von-phrase right after an event noun stands for its genitive -----------------------

def test_von_phrase_of_an_arrest_headline_is_the_target(pipe):
    evs = events(pipe, "Festnahme von zwölf Demonstranten in Moskau")
    assert [e.cameo for e in evs] == ["173"]
    assert evs[0].target.role == "PRO" and evs[0].target.country == "RUS"


def test_von_phrase_after_kam_es_zur_festnahme(pipe):
    evs = events(pipe, "In Moskau kam es zur Festnahme von mehreren Journalisten und Oppositionellen.")
    assert {e.target.role for e in evs} == {"MED", "OPP"}


def test_von_phrase_of_a_noun_without_genitive_role_is_not_a_target(pipe):
    evs = events(pipe, "Anschlag von Unbekannten in Kabul")
    assert all(e.target is None or e.target.role is None for e in evs)


def test_genitive_of_an_attack_after_kam_es_is_its_source(pipe):
    evs = events(pipe, "Am Samstag kam es zum lange geplanten Angriff der Hamas auf Israel.")
    assert [e.cameo for e in evs] == ["190"]
    assert evs[0].source is not None and evs[0].target.country == "ISR"


def test_von_phrase_of_an_attack_is_its_source(pipe):
    evs = events(pipe, "In Kiew kam es zu Angriffen von Rebellen.")
    assert [e.cameo for e in evs] == ["190"]
    assert evs[0].source.role == "REB" and evs[0].target.country == "UKR"


@pytest.mark.parametrize("text", [
    "Die Guardia di Finanza beschlagnahmte in Genua zwei Tonnen Kokain.",
    "Die Carabinieri nahmen in Bozen zwei Männer fest.",
])
def test_italian_police_forces_are_police(pipe, text):
    evs = events(pipe, text)
    assert evs and evs[0].source.role == "COP" and evs[0].source.country == "ITA"
