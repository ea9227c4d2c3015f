"""Round 4 (misc): partial quotations inside reported speech, narrative time anchoring and
multi-word foreign names — on sentences written for these tests."""

from __future__ import annotations

import pytest

from newsevents.article import Article


@pytest.fixture(scope="module")
def pipe():
    from newsevents.pipeline import Pipeline
    return Pipeline()


@pytest.fixture(scope="module")
def qpipe():
    """Partial quotations switched on (``partial_quotes``; off by default, as in dev gold)."""
    from newsevents.pipeline import Pipeline
    from newsevents.settings import load_config
    config = load_config(None)
    config["components"]["quotes"]["partial_quotes"] = True
    return Pipeline(config)


def quotes(pipe, text: str, lang: str, date: str = "2024-03-05") -> list[str]:
    return [q.text for q in pipe(Article(text=text, lang=lang, date=date)).quotes]


@pytest.mark.parametrize("text, lang, want", [
    ('The mayor of Springfield said the town faced "serious hardship" this winter.', "en",
     "serious hardship"),
    ('Governor Jane Miller indicated on Monday that "emergency shelters" might be opened.',
     "en", "emergency shelters"),
    ("Der Bürgermeister sagte, die Lage sei „sehr angespannt“ und werde sich bessern.", "de",
     "sehr angespannt"),
    ("Die Stadt stehe vor einem „schwierigen Winter“, sagt der Bürgermeister.", "de",
     "schwierigen Winter"),
])
def test_short_partial_quote_in_reported_speech_is_kept(qpipe, pipe, text, lang, want):
    assert want in quotes(qpipe, text, lang)


def test_partial_quotes_are_off_by_default(pipe):
    """The dev gold does not annotate short partial quotations inside reported speech."""
    text = 'The mayor of Springfield said the town faced "serious hardship" this winter.'
    assert quotes(pipe, text, "en") == []


@pytest.mark.parametrize("text, want", [
    # German common nouns quoted in reported speech
    ("Die Kanzlerin sprach nach dem Treffen von einem „Durchbruch“.", "Durchbruch"),
    ("Der Minister sagte, das Treffen sei ein „großer Erfolg“ gewesen.", "großer Erfolg"),
])
def test_quoted_german_noun_in_reported_speech_is_kept(qpipe, text, want):
    assert want in quotes(qpipe, text, "de")


@pytest.mark.parametrize("text", [
    "Der Bürgermeister sagte, der Verein „Lebenshilfe“ werde unterstützt.",
    "Der Sprecher erklärte, die Aktion „Sauberes Dorf“ beginne im April.",
    "Er sagte, das Musical „Tanz der Vampire“ sei ausverkauft.",
    "Die Firma bot eine zünftige „Hittngaudi“ an.",
    "„Wir bleiben hart“, sagte der Minister dem „Berliner Kurier“.",
])
def test_quoted_german_name_or_title_is_not_a_quote(pipe, text):
    assert [q for q in quotes(pipe, text, "de") if q != "Wir bleiben hart"] == []


def test_partial_quote_speaker_is_the_subject_before_it(qpipe):
    text = ("Der Verband lehnt das Gesetz ab. Zudem warnt der Verband vor einem „nationalen "
            "Alleingang“ und fordert eine europäische Lösung.")
    [q] = qpipe(Article(text=text, lang="de", date="2024-03-05")).quotes
    assert q.text == "nationalen Alleingang" and q.speaker is not None
    assert "Verband" in q.speaker.text


@pytest.mark.parametrize("text, lang", [
    # labels and terms: "as", "als", a labelling verb, a capitalised German noun
    ('Officials said they refer to the unrest as "riots" in their reports.', "en"),
    ("Der Minister bezeichnete die Lage als „dramatisch“.", "de"),
    ("Man kann ihn einen Mann nennen, der den Kollegen die „corna“ zeigt.", "de"),
    ("Die Grünen kritisieren, dass „Frontex“ der Abwehr von Flüchtlingen diene.", "de"),
    # the verb of saying comes after the stretch in a clause of its own
    ("Die Firma, die das Problem „geerbt“ hatte, erklärte sich bereit, die Kosten "
     "für alle Anwohner der Straße zu tragen.", "de"),
    # no verb of saying at all
    ('The shop sold "vintage" furniture to tourists.', "en"),
])
def test_short_term_without_reporting_is_not_a_quote(pipe, text, lang):
    assert quotes(pipe, text, lang) == []


@pytest.fixture(scope="module")
def tpipe():
    from newsevents.pipeline import Pipeline
    from newsevents.settings import load_config
    return Pipeline(load_config(None), only=["language", "tokenize", "tag", "timex"])


def timexes(tpipe, text: str, lang: str, date: str = "2024-03-05") -> dict[str, str]:
    d = tpipe.analyse(Article(text=text, lang=lang, date=date))
    return {t.text: t.value for t in d.timexes}


@pytest.mark.parametrize("text, lang, phrase, want", [
    # a story told on a dated day: the next clock time and a bare month belong to its year
    ("Am 3. März 2019 brach in dem Dorf ein Feuer aus. Am nächsten Tag kamen die Helfer. "
     "Gegen 13 Uhr war der Brand gelöscht. Im April begann der Wiederaufbau.", "de",
     "13 Uhr", "2019-03-04T13:00"),
    ("Am 3. März 2019 brach in dem Dorf ein Feuer aus. Am nächsten Tag kamen die Helfer. "
     "Gegen 13 Uhr war der Brand gelöscht. Im April begann der Wiederaufbau.", "de",
     "April", "2019-04"),
    ("On March 3, 2019, a fire broke out in the village. The next day, helpers arrived. "
     "At around 1 p.m. the fire was out. In April, rebuilding began.", "en", "April", "2019-04"),
    ("On March 3, 2019, a fire broke out in the village. The next day, helpers arrived. "
     "At around 1 p.m. the fire was out.", "en", "1 p.m.", "2019-03-04T13:00"),
])
def test_narrative_time_anchors_on_the_story_date(tpipe, text, lang, phrase, want):
    assert timexes(tpipe, text, lang)[phrase] == want


@pytest.mark.parametrize("text, lang, phrase, want", [
    # a new paragraph returns to the present
    ("Im Dezember 2017 erklärte die Regierung den Sieg.\n\nDie Partei hatte im Juli den "
     "Abzug verkündet.", "de", "Juli", "2023-07"),
    # a bare year is background, not the story's time
    ("The unions had last struck together in 1960. The strike ended on Sept. 26.", "en",
     "Sept. 26", "2023-09-26"),
    # an event listing: clock times without a day are on the publication date
    ("Konzert am morgigen Sonntag, 20 Uhr. Bozen: Lesung im Stadtsaal, 18 Uhr.", "de",
     "18 Uhr", "2024-03-05T18:00"),
])
def test_present_anchoring_is_kept_outside_stories(tpipe, text, lang, phrase, want):
    assert timexes(tpipe, text, lang)[phrase] == want


def entities(pipe, text: str, lang: str) -> dict[str, str]:
    d = pipe.analyse(Article(text=text, lang=lang, date="2024-03-05"))
    return {e.text: e.type for e in d.entities}


@pytest.mark.parametrize("text, lang, name, want", [
    # multi-word states and provinces (ISO 3166-2) are places, not persons
    ("The ruling party swept Uttar Pradesh and lost Madhya Pradesh.", "en", "Uttar Pradesh",
     "LOC"),
    ("The ruling party swept Uttar Pradesh and lost Madhya Pradesh.", "en", "Madhya Pradesh",
     "LOC"),
    ("Gunmen attacked a checkpoint and Khyber Pakhtunkhwa police sent troops.", "en",
     "Khyber Pakhtunkhwa", "LOC"),
    ("Die Wahl gewann die Partei, nachdem Tamil Nadu ausgezählt war.", "de", "Tamil Nadu",
     "LOC"),
    # a foreign name with an article is no person
    ("Voters backed the Samajwadi Janata Sangh in the town.", "en", "Samajwadi Janata Sangh",
     "ORG"),
    ("Ships gathered in the Eastern Mediterranean on Monday.", "en", "Eastern Mediterranean",
     "LOC"),
])
def test_foreign_multiword_places_and_parties_are_not_persons(pipe, text, lang, name, want):
    assert entities(pipe, text, lang).get(name) == want


@pytest.mark.parametrize("text, lang, name", [
    # persons stay persons: no article, a relative pronoun, or a name used as a modifier
    ("Yesterday Rahul Gandhi spoke to reporters in Delhi.", "en", "Rahul Gandhi"),
    ("Dies ist der Roman, in dem Jane Marple ermittelt.", "de", "Jane Marple"),
])
def test_persons_stay_persons(pipe, text, lang, name):
    assert entities(pipe, text, lang).get(name) == "PERSON"


def test_subdivision_left_out_when_generic_or_a_given_name():
    from newsevents.ner.gazetteer import Gazetteer
    g = Gazetteer()
    assert not [e for e in g.lookup("North East") if e.kind == "ADM1"]
    assert not [e for e in g.lookup("Saint George") if e.kind == "ADM1"]
    assert [e.country for e in g.lookup("Tamil Nadu")] == ["IND"]


@pytest.mark.parametrize("text, lang, phrase, want", [
    ("Im Herbst des Jahres 1997 brannte der Wald.", "de", "Herbst des Jahres 1997", "1997-FA"),
    ("Im Juli des Jahres 2015 kamen sie.", "de", "Juli des Jahres 2015", "2015-07"),
    ("Am 3. Mai des Jahres 1945 endete der Krieg.", "de", "3. Mai des Jahres 1945",
     "1945-05-03"),
    ("Im Sommer dieses Jahres kamen sie.", "de", "Sommer dieses Jahres", "2024-SU"),
    ("In July of 2015 they came.", "en", "July of 2015", "2015-07"),
])
def test_month_or_season_of_the_year(tpipe, text, lang, phrase, want):
    assert timexes(tpipe, text, lang)[phrase] == want
