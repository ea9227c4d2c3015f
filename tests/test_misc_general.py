"""Quote speakers, narrative time expressions and person-name precision on sentences written
for these tests (classes of failure, not single sentences of any evaluation set)."""

from __future__ import annotations

import re

import pytest

from newsevents.article import Article
from newsevents.timex import TimexTagger


def _sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^.!?]+[.!?]?", text)]


def tx(lang: str, text: str, dct: str = "2020-05-01") -> dict[str, str]:
    return {f.text: f.value for f in TimexTagger(lang).tag(text, dct, _sentences(text))}


@pytest.fixture(scope="module")
def pipe():
    from newsevents.pipeline import Pipeline
    return Pipeline()


@pytest.fixture(scope="module")
def ner():
    from newsevents.pipeline import Pipeline
    return Pipeline(only=["tokenize", "tag", "entities", "geo"])


def speakers(pipe, text: str, lang: str) -> dict[str, str | None]:
    doc = pipe.analyse(Article(text=text, lang=lang, date="2021-12-31"))
    return {q.text: (q.speaker.name or q.speaker.text) if q.speaker else None
            for q in doc.quotes}


def persons(ner, text: str, lang: str = "de") -> set[str]:
    doc = ner.analyse(Article(text=text, lang=lang, date="2021-12-31"))
    return {e.text for e in doc.entities if e.type == "PERSON"}


# -- time expressions anchored in the narrative ---------------------------------------------

def test_later_counts_from_the_last_date_however_far_back():
    got = tx("de", "Im Herbst 1997 brannten die Wälder. Dann kam der Hunger. Die Tiere zogen "
                   "weg. Sie fanden Früchte. Das war schlimm. Eineinhalb Jahre später erkrankten "
                   "viele Menschen. Zwei Jahre später gab es einen Impfstoff.")
    assert got["Eineinhalb Jahre später"] == "1999"
    assert got["Zwei Jahre später"] == "2001"  # on from the date just told


def test_english_later_and_following_year_are_narrative():
    got = tx("en", "In March 2003 the war began. Troops moved. Cities fell. People fled. "
                   "Two years later the troops left. The following year elections were held. "
                   "Next year there will be a vote.")
    assert got["Two years later"] == "2005"
    assert got["The following year"] == "2006"
    assert got["Next year"] == "2021"  # "next" counts from the publication date


def test_german_following_unit_and_until_today():
    got = tx("de", "Der Vertrag wurde 1979 unterzeichnet. Im folgenden Jahr kam es zu Wahlen. "
                   "Im nächsten Jahr wird gewählt. Die Grenze ist bis heute umstritten.")
    assert got["folgenden Jahr"] == "1980"
    assert got["nächsten Jahr"] == "2021"
    assert got["heute"] == "PRESENT_REF"


def test_to_this_day_and_meanwhile_are_present_ref():
    got = tx("en", "The city was divided in 1948. To this day the wall stands. "
                   "Meanwhile, the mayor spoke.")
    assert got["this day"] == "PRESENT_REF"
    assert got["Meanwhile"] == "PRESENT_REF"


def test_today_alone_is_still_the_publication_day():
    assert tx("de", "Heute tagt der Landtag.")["Heute"] == "2020-05-01"


# -- person names -----------------------------------------------------------------------------

def test_country_plus_article_plus_noun_is_no_person(ner):
    assert persons(ner, "Frankreich gibt Polen den Vorsitz zurück.") == set()
    assert persons(ner, "Der Politiker Joop den Uyl traf Klopp.") >= {"Joop den Uyl"}


def test_place_after_an_institution_noun_is_no_person(ner):
    text = "Der Zollwache Unterwiesing ist ein Schlag gegen Schmuggler gelungen."
    assert persons(ner, text) == set()
    assert "Huber" in persons(ner, "Das sagte der Sprecher Huber am Montag.")
    # any other noun may be a role: "der Diktator Stalin", "der Familie Boim"
    assert "Boim" in persons(ner, "Die Kapelle wurde von der Familie Boim verwaltet.")


def test_function_words_and_diseases_are_no_persons(ner):
    assert persons(ner, "„Nur wenn das Geld kommt, bauen wir“, sagte Huber.") == {"Huber"}
    assert persons(ner, "Krankheiten wie Ebola, Zika oder Nipah sind gefährlich.") == set()


# -- quote speakers ---------------------------------------------------------------------------

EN = """Senator Maria Lopez clashed with Governor John Barker on Tuesday. "Your budget is a \
disaster for working families," Lopez said. "That is simply false," Barker shot back. As Barker \
defended the cuts, she added: "You are hurting the people who elected you."

The Education Department released a statement criticising the cuts, and "urged both sides to \
reach a compromise before the end of the session."

Barker's spokeswoman Jane Miller also responded, stating: "The governor will not be bullied \
into raising taxes."

Lopez later said the governor was "out of touch."
"""


def test_english_speakers_follow_the_nearest_subject(pipe):
    got = speakers(pipe, EN, "en")
    assert got["That is simply false"] == "John Barker"  # phrasal verb of saying
    assert got["You are hurting the people who elected you."] == "Maria Lopez"  # she: a woman
    assert got["urged both sides to reach a compromise before the end of the session."] \
        == "Education Department"  # the sentence's own subject, not the last speaker
    assert got["The governor will not be bullied into raising taxes."] == "Jane Miller"
    assert got["out of touch."] == "Maria Lopez"  # a sentence-final fragment, kept


DE = """Ministerin Anna Berger traf am Montag Bürgermeister Thomas Huber. „Wir haben viel \
erreicht“, sagte Berger nach dem Treffen. „Die Finanzierung steht aber noch nicht“, so Huber \
weiter. „Das werden wir bis zum Sommer klären“, fügte Berger hinzu. Die Stadt sei nun \
„ein verlässlicher Partner für alle Beteiligten“ geworden.
"""


def test_german_speakers_and_reported_speech_going_on(pipe):
    got = speakers(pipe, DE, "de")
    assert got["Die Finanzierung steht aber noch nicht"] == "Thomas Huber"
    assert got["Das werden wir bis zum Sommer klären"] == "Anna Berger"
    # Konjunktiv I without a verb of saying: the last speaker's words go on
    assert got["ein verlässlicher Partner für alle Beteiligten"] == "Anna Berger"


def test_short_labels_stay_out(pipe):
    got = speakers(pipe, "Berger nannte die Kritiker „Schwarzmaler“ und ging.", "de")
    assert got == {}


def test_given_name_initial_and_noun_surname_is_one_person(ner):
    assert persons(ner, "Der Angeklagte Thomas K. Bäcker schwieg.") == {"Thomas K. Bäcker"}
    assert persons(ner, "Der Angeklagte Thomas K. schwieg vor Gericht.") == {"Thomas K."}


def test_konjunktiv_of_any_verb_continues_the_last_speaker(pipe):
    text = ("„Wir haben viel erreicht“, sagte Ministerin Anna Weber. Heute umfasse die "
            "Förderung „alle Gemeinden des Landes und viele Vereine dazu“.")
    assert speakers(pipe, text, "de")["alle Gemeinden des Landes und viele Vereine dazu"] \
        == "Anna Weber"


def test_subjectless_verb_takes_the_sentence_subject_before_an_apposition(pipe):
    text = ("Senator Maria Lopez, a Democrat, called the plan \"a gift to the rich and a "
            "burden on everyone else.\"")
    assert speakers(pipe, text, "en")["a gift to the rich and a burden on everyone else."] \
        == "Maria Lopez"

