"""The temporal tagger on real news sentences, its calendar arithmetic, the document date and
the event dating hook."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.article import Article
from newsevents.timex import calendar as cal
from newsevents.timex.calendar import Anchor
from newsevents.timex.dating import calendar_date, date_for
from newsevents.timex.docdate import refine
from newsevents.timex.tagger import TimexTagger

from conftest import shared_path


@pytest.fixture(scope="module")
def de():
    return TimexTagger("de")


@pytest.fixture(scope="module")
def en():
    return TimexTagger("en")


def values(tagger, text, dct):
    return [(f.text, f.value) for f in tagger.tag(text, dct)]


# ------------------------------------------------------------------ calendar
def test_easter_and_movable_holidays():
    assert cal.easter(2021) == dt.date(2021, 4, 4)
    assert cal.easter(2024) == dt.date(2024, 3, 31)
    assert cal.holiday_date("easter+49", 2021) == dt.date(2021, 5, 23)  # Pfingsten
    assert cal.holiday_date("nth:11:4:4", 2024) == dt.date(2024, 11, 28)  # Thanksgiving
    assert cal.holiday_date("nth:05:1:-1", 2024) == dt.date(2024, 5, 27)  # Memorial Day


def test_weekday_direction_and_precision():
    fri = Anchor.parse("2021-12-31")  # a Friday
    assert cal.weekday(fri, 5, "past") == "2021-12-31"
    assert cal.weekday(fri, 1, "past") == "2021-12-27"
    assert cal.weekday(fri, 1, "future") == "2022-01-03"
    assert cal.weekday(Anchor.parse("2021-12"), 5, "past") == "XXXX-WXX-5"
    assert cal.shift(Anchor.parse("2021-12"), "D", -1) == "2021-12"  # never invents a day
    assert cal.shift(Anchor.parse("2019-01-24"), "W", -1) == "2019-W03"
    assert cal.shift(Anchor.parse("2020-01-15"), "M", -1) == "2019-12"


# ------------------------------------------------------------------ German
def test_seed_article_timexes(seed_record):
    got = [(t.text, t.value) for t in seed_record.timexes]
    assert ("Jahresende 2021", "2021-12-31") in got
    assert ("Freitag", "2021-12-31") in got  # DCT is a Friday: "am Freitag" = that day
    assert ("einigen Tagen", "PAST_REF") in got  # KRAUTS: the preposition is outside
    assert ("Dezember 2017", "2017-12") in got
    assert ("Juli", "2021-07") in got
    assert ("künftig", "FUTURE_REF") in got
    assert ("31.12.2021", "2021-12-31") in got
    assert ("den vergangenen Monaten", "PXM") in got
    # the header said only "2021-12": the credit "31.12.2021" refines it, precision follows
    assert seed_record.date == "2021-12-31" and seed_record.date_precision == "day"


def test_german_news_expressions(de):
    dct = "2013-10-05"  # a Saturday
    assert values(de, "In der kommenden Woche stimmt das Parlament ab.", dct) == [
        ("der kommenden Woche", "2013-W41")]
    assert values(de, "Im vergangenen Jahr kamen mehr Flüchtlinge.", dct) == [
        ("vergangenen Jahr", "2012")]
    assert values(de, "Das System soll Anfang Dezember einsatzbereit sein.", dct) == [
        ("Anfang Dezember", "2013-12")]
    assert values(de, "Die Vorstellung beginnt um 20.30 Uhr in Bozen.", dct) == [
        ("20.30 Uhr", "2013-10-05T20:30")]
    assert values(de, "Er war in den vergangenen zwei Jahrzehnten Bürgermeister.", dct) == [
        ("den vergangenen zwei Jahrzehnten", "P2DE")]
    assert values(de, "Gestern Abend kam es zu einem Unfall.", dct) == [
        ("Gestern Abend", "2013-10-04TEV")]


def test_german_future_tense_moves_weekday_forward(de):
    dct = "2019-10-19"  # a Saturday
    got = values(de, "Erwartet wird, dass er das Gesetz bereits am Montag vorlegen wird.", dct)
    assert got == [("Montag", "2019-10-21")]
    got = values(de, "Am Montag hatte die Regierung das Gesetz vorgelegt.", dct)
    assert got == [("Montag", "2019-10-14")]


def test_german_ages_and_counts_are_not_years(de):
    assert values(de, "Der 44-Jährige wurde mit 16 Jahren Mitglied.", "2013-11-20") == []
    assert values(de, "Rund 2000 Quadratmeter wurden erneuert.", "2013-11-20") == []
    assert values(de, "Er wurde 1945 geboren.", "2013-11-20") == [("1945", "1945")]


def test_month_without_year_follows_tense(en):
    # "since December" written in March looks back to the previous December
    got = values(en, "The fighting has displaced nearly a million people since December.",
                 "2020-03-02")
    assert got == [("December", "2019-12")]


def test_austrian_month_name_from_data(de):
    assert values(de, "Am 7. Jänner 2014 trat er zurück.", "2014-02-01") == [
        ("7. Jänner 2014", "2014-01-07")]


def test_holidays_fixed_and_easter_dependent(de):
    got = values(de, "Zu Pfingsten 2021 und zu Weihnachten 2020 blieben die Kirchen zu.",
                 "2021-06-30")
    assert got == [("Pfingsten 2021", "2021-05-23"), ("Weihnachten 2020", "2020-12-25")]


# ------------------------------------------------------------------ English
def test_english_news_expressions(en):
    dct = "2020-03-02"  # a Monday
    assert values(en, "Greek police used tear gas on Monday.", dct) == [("Monday", "2020-03-02")]
    assert values(en, "Turkey opened its western borders last week.", dct) == [
        ("last week", "2020-W09")]
    assert values(en, "The war began nine years ago.", dct) == [("nine years ago", "2011")]
    assert values(en, "He demanded in early February that forces withdraw.", dct) == [
        ("early February", "2020-02")]
    assert values(en, "Thousands arrived in recent days.", dct) == [
        ("in recent days", "PAST_REF")]
    assert values(en, "Leaders will meet on Thursday.", dct) == [("Thursday", "2020-03-05")]
    assert values(en, "Prices rose sharply in the 1990s.", dct) == [("the 1990s", "199")]
    assert values(en, "It was Thursday, January 24, 2019.", dct) == [
        ("Thursday, January 24, 2019", "2019-01-24")]


def test_english_counts_and_ages(en):
    assert values(en, "More than 2000 people fled; a 45-year-old man died.", "2020-03-02") == []


# ------------------------------------------------------------------ document date
def test_document_date_refined_only_when_it_agrees(de):
    text = "Bagdad – Der Einsatz ist beendet. (APA, 31.12.2021)"
    found = de.tag(text, "2021-12")
    assert refine("2021-12", text, found) == "2021-12-31"
    assert refine("2022-01", text, found) == "2022-01"  # disagrees: keep what we had
    assert refine("2021-12-30", text, found) == "2021-12-30"  # already a day


def test_pipeline_keeps_month_precision_without_evidence(pipeline):
    art = Article(text="Die Regierung teilte am Freitag mit, der Einsatz sei beendet.",
                  date="2021-12", date_precision="month", lang="de")
    doc = pipeline.analyse(art)
    assert doc.date == "2021-12" and doc.date_precision == "month"
    assert [(t.text, t.value) for t in doc.timexes] == [("Freitag", "XXXX-WXX-5")]


# ------------------------------------------------------------------ event dating hook
def test_calendar_date_of_values():
    assert calendar_date("2021-12-31T14:00") == "2021-12-31"
    assert calendar_date("2021-07") == "2021-07"
    assert calendar_date("2016-SU") == "2016"
    assert calendar_date("2012-H1") == "2012" and calendar_date("2013-Q3") == "2013"
    assert calendar_date("199") is None  # a decade names no year
    assert calendar_date("PAST_REF") is None


def test_date_for_on_seed_sentences(pipeline):
    path = shared_path("eval", "dev", "de-0001.txt")
    from newsevents.readers import read_inputs
    [article] = list(read_inputs([path]))
    doc = pipeline.analyse(article)

    def sent_with(words):
        for s in doc.sentences:
            if words in doc.sentence_text(s):
                return s
        raise AssertionError(words)

    s = sent_with("teilte die Regierung in Bagdad am Freitag mit")
    assert date_for(doc, s.id, s.start, s.end) == "2021-12-31"
    s = sent_with("im Juli")
    assert date_for(doc, s.id, s.start, s.end) == "2021-07"  # precision kept
    s = sent_with("Dezember 2017")
    assert date_for(doc, s.id, s.start, s.end) == "2017-12"
    s = sent_with("vor einigen Tagen")
    assert date_for(doc, s.id, s.start, s.end) == "2021-12"  # a few days back: the month
    s = sent_with("In den vergangenen Monaten")
    assert date_for(doc, s.id, s.start, s.end) == "2021"  # some months back: the year
    s = sent_with("Die Soldaten seien in beratender Funktion")  # "jetzt": PRESENT_REF
    assert date_for(doc, s.id, s.start, s.end) == doc.date
    # a clause with no temporal expression falls back on the document date
    s = sent_with("Unsere Sicherheitskräfte stehen bereit")
    assert date_for(doc, s.id, s.start, s.end) == "2021-12-31"


def test_german_preterite_is_a_past_cue(pipeline):
    # no auxiliary in the sentence: only the tagger's verb form says it is past
    art = Article(text="Im Juni verhandelten die Parteien über einen Waffenstillstand.",
                  date="2019-04-30", date_precision="day", lang="de")
    doc = pipeline.analyse(art)
    assert [(t.text, t.value) for t in doc.timexes] == [("Juni", "2018-06")]


def test_the_registered_component_is_the_real_one(pipeline):
    from newsevents.pipeline.timex import TimexComponent
    assert any(isinstance(c, TimexComponent) for _, c in pipeline.components)


def test_english_spans_and_sets(en):
    dct = "2013-03-14"
    assert values(en, "Profit fell in the third-quarter.", dct) == [
        ("the third-quarter", "2013-Q3")]
    assert values(en, "Sales rose in the first half of 2012.", dct) == [
        ("the first half of 2012", "2012-H1")]
    assert values(en, "The council meets every Monday.", dct) == [("every Monday", "XXXX-WXX-1")]
    assert values(en, "It was a weeks-long standoff.", dct) == [("weeks", "PXW")]
    assert values(en, "Parliament will vote in two weeks.", dct) == [("two weeks", "2013-W13")]
    assert values(en, "It was the worst flood in 20 years.", dct) == [("20 years", "P20Y")]


def test_german_narrative_and_ranges(de):
    dct = "2013-11-30"  # a Saturday
    got = values(de, "Der Markt ist heute ab 15 Uhr und am morgigen Sonntag von 8.30-12 Uhr "
                     "geöffnet.", dct)
    assert got == [("heute", "2013-11-30"), ("15 Uhr", "2013-11-30T15:00"),
                   ("morgigen Sonntag", "2013-12-01"), ("8.30", "2013-12-01T08:30"),
                   ("12 Uhr", "2013-12-01T12:00")]
    # a part of the day belongs to the day in focus, here "gestern"
    got = values(de, "Er war gestern in Bozen. Am Nachmittag reiste er nach Rom.", "2011-03-18")
    assert got == [("gestern", "2011-03-17"), ("Nachmittag", "2011-03-17TAF")]
    assert values(de, "Das Projekt dauert zwei bis drei Jahre.", dct) == [
        ("zwei", "P2Y"), ("drei Jahre", "P3Y")]
    assert values(de, "Davon starben 1700 im vergangenen Jahr.", dct) == [
        ("vergangenen Jahr", "2012")]
    assert values(de, "Es starben 2000 im Jahr 2011 und 1700 im vergangenen Jahr.", dct) == [
        ("Jahr 2011", "2011"), ("vergangenen Jahr", "2012")]
    got = values(de, "Im vergangenen Herbst gab es jahrelange Streitigkeiten.", "2013-12-10")
    assert got == [("Im vergangenen Herbst", "2013-FA"), ("jahrelange", "PXY")]
    # still in autumn, "last autumn" is the one before
    assert values(de, "Im vergangenen Herbst war es kalt.", "2013-11-10") == [
        ("Im vergangenen Herbst", "2012-FA")]


def test_english_bare_years(en):
    dct = "2020-03-02"
    assert values(en, "2015 was a bad year.", dct) == [("2015", "2015")]
    assert values(en, "Between 2014 and 2016 prices rose.", dct) == [
        ("2014", "2014"), ("2016", "2016")]
    assert values(en, "He was arrested on March 3 and released the same day.", dct) == [
        ("March 3", "2020-03-03"), ("the same day", "2020-03-03")]


def test_headline_takes_the_lead_date(pipeline):
    path = shared_path("eval", "dev", "en-0001.txt")
    from newsevents.readers import read_inputs
    [article] = list(read_inputs([path]))
    doc = pipeline.analyse(article)
    head = doc.sentences[0]
    assert head.paragraph == 0 and "Car bomb" in doc.sentence_text(head)
    # the dateline "Thursday, January 24, 2019" is skipped; the lead says "on Monday"
    assert date_for(doc, head.id, head.start, head.end) == "2019-01-21"
    # a body sentence without a time of its own keeps the document date
    body = next(s for s in doc.sentences if "training centre belongs" in doc.sentence_text(s))
    assert date_for(doc, body.id, body.start, body.end) == doc.date == "2019-01-24"


def test_span_linked_to_a_date_moves_it(de, en):
    assert values(en, "It happened 2 weeks before Christmas.", "2016-11-07") == [
        ("2 weeks before Christmas", "2016-12-11")]
    assert values(de, "Zwei Wochen vor Weihnachten kam es zum Streit.", "2016-11-07") == [
        ("Zwei Wochen vor Weihnachten", "2016-12-11")]
    # a span with no date after the linking word stays a span
    assert values(de, "Das dauerte zwei Wochen.", "2016-11-07") == [("zwei Wochen", "P2W")]


def test_german_clock_idioms_and_church_holidays(de):
    dct = "2019-08-05"
    assert values(de, "Wir treffen uns um halb acht Uhr abends.", dct) == [
        ("halb acht Uhr abends", "2019-08-05T19:30")]
    assert values(de, "Der Zug fuhr um Viertel nach 8 ab.", dct) == [
        ("Viertel nach 8", "2019-08-05T08:15")]
    assert values(de, "Die Hälfte ist halb so viel.", dct) == []
    # the 5th Sunday before Christmas; 2019-11-24
    assert values(de, "Am Totensonntag 2019 gedachten sie der Toten.", dct) == [
        ("Totensonntag 2019", "2019-11-24")]


def test_clock_time_takes_the_day_after_it(de, en):
    assert values(en, "The strike will end at 12:01 a.m. on Thursday.", "2023-11-08") == [
        ("12:01 a.m.", "2023-11-09T00:01"), ("Thursday", "2023-11-09")]
    assert values(en, "The Daily Telegraph reported it.", "2023-11-08") == []
    # in a listing a comma starts a new item: "20 Uhr" stays today
    got = values(de, "Geöffnet heute 15-20 Uhr, morgen von 10-15 Uhr.", "2013-11-30")
    assert ("20 Uhr", "2013-11-30T20:00") in got and ("15 Uhr", "2013-12-01T15:00") in got


def test_narrative_offsets_and_reporting_verbs(de, en):
    got = values(en, "Obama won in 2008 and was re-elected four years later.", "2020-04-24")
    assert got == [("2008", "2008"), ("four years later", "2012")]
    assert values(en, "Airstrikes hit the town for a second day.", "2020-04-24") == []
    # "said" tells when it was said: the cue for November is "will"
    assert values(en, "Officials said the vote will be held in November.", "2020-04-24") == [
        ("November", "2020-11")]
    assert values(de, "Die Kinder waren zwischen anderthalb und vier Jahren alt.",
                  "2019-10-19") == []


def test_web_addresses_hold_no_expressions(de):
    got = values(de, "Mehr unter http://www.freitag.de/politik/0942-int am Freitag.", "2014-05-31")
    assert got == [("Freitag", "2014-05-30")]


def test_document_date_ignores_event_dates_in_the_lead(de, en):
    text = "Am 3. Dezember 2021 stimmte das Parlament zu. Die Regierung begrüßte das."
    assert refine("2021-12", text + " " * 400, de.tag(text, "2021-12")) == "2021-12"
    text = "Ankara (Türkei), 08.06.2015 – Bei der Wahl am 7. Juni verlor die AKP."
    assert refine("2015-06", text + " " * 400, de.tag(text, "2015-06")) == "2015-06-08"
    text = "Car bomb kills dozens\n\nThursday, January 24, 2019\n\nA car bomb was rammed."
    assert refine("2019-01", text, en.tag(text, "2019-01")) == "2019-01-24"


def test_german_offsets_from_the_time_in_focus(de):
    assert values(de, "Er trat 2010 an und siegte zwei Jahre später.", "2013-04-10") == [
        ("2010", "2010"), ("zwei Jahre später", "2012")]
    assert values(de, "Im Mai 2010 kam er, einen Monat zuvor war er gegangen.", "2013-04-10") == [
        ("Mai 2010", "2010-05"), ("einen Monat zuvor", "2010-04")]


def test_holiday_without_year_follows_tense(de, en):
    assert values(de, "Zu Ostern wird gewählt.", "2016-06-10") == [("Ostern", "2017-04-16")]
    assert values(de, "Zu Weihnachten hatte er gekündigt.", "2016-06-10") == [
        ("Weihnachten", "2015-12-25")]
    assert values(en, "We will meet 5 days before New Year.", "2016-03-10") == [
        ("5 days before New Year", "2016-12-27")]


def _sentences(text):
    import re
    return [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text)]


def test_focus_fades_after_a_few_sentences(en):
    text = ("The treaty was signed in 1997. It was hailed. Critics objected. Nobody listened. "
            "Officials now expect a decision by the end of the year.")
    got = [(f.text, f.value) for f in en.tag(text, "2020-04-24", _sentences(text))]
    assert got[0] == ("1997", "1997")
    # four sentences on, "the year" is no longer 1997 but the publication year
    assert got[-1] == ("the end of the year", "2020")
    near = "The treaty was signed in 1997. By the end of the year it was in force."
    got = [(f.text, f.value) for f in en.tag(near, "2020-04-24", _sentences(near))]
    assert got[-1] == ("the end of the year", "1997")


def test_using_the_focus_keeps_it(de):
    text = ("Im Juli beginnt das Fest. In der ersten Woche wird gebaut. Dann ruht alles. "
            "Es wird geprobt. In der dritten Woche wird gefeiert.")
    got = [(f.text, f.value) for f in de.tag(text, "2013-06-10", _sentences(text))]
    assert ("der ersten Woche", "2013-W27") in got and ("der dritten Woche", "2013-W29") in got


def test_english_clock_forms(en):
    dct = "2016-11-07"
    assert values(en, "He will be back at 7:56:30 pm.", dct) == [("7:56:30 pm", "2016-11-07T19:56")]
    assert values(en, "They left at 6.45 for the airport.", dct) == [("6.45", "2016-11-07T06:45")]
    assert values(en, "Inflation stood at 6.45 percent.", dct) == []
    assert values(en, "The score was 3 to 2.", dct) == []
    assert values(en, "The talks took one and a half hours.", dct) == [
        ("one and a half hours", "PT1.5H")]
