"""Quantities: number reading (German and English notation, number words), the counted-noun,
casualty, tally, share and ellipsis rules on real news sentences, the guards against years,
dates, ages, percentages and the like, and the language data files."""

from __future__ import annotations

import pytest

from newsevents.article import Article
from newsevents.lang import load_tsv
from newsevents.quantities import load_lexicon, match_number, parse_digits, parse_number_word
from newsevents.quantities.lexicon import CUE_KINDS, NUMBER_KINDS, OBJECT_CLASSES
from newsevents.record import Timex


@pytest.fixture(scope="module")
def qpipe():
    from newsevents.pipeline import Pipeline
    return Pipeline(only=["tokenize", "tag", "quantities"])


def quantities(qpipe, text: str, lang: str):
    doc = qpipe.analyse(Article(text=text, lang=lang, date="2020-03-02"))
    return [(q.text, q.value, q.object, q.approximate) for q in doc.quantities]


# -- language data ----------------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["de", "en"])
def test_quantity_data_files_parse_with_known_codes(lang):
    numbers = load_tsv(lang, "quantities/numbers.tsv")
    assert {r["kind"] for r in numbers} <= NUMBER_KINDS
    assert all(float(r["value"]) >= 0 for r in numbers)
    forms = [r["form"].lower() for r in numbers]
    assert len(forms) == len(set(forms)), "a number word listed twice"
    cues = load_tsv(lang, "quantities/cues.tsv")
    assert {r["kind"] for r in cues} <= CUE_KINDS
    pairs = [(r["form"].lower(), r["kind"]) for r in cues]
    assert len(pairs) == len(set(pairs))
    objects = load_tsv(lang, "quantities/objects.tsv")
    assert {r["class"] for r in objects} <= OBJECT_CLASSES
    forms = [r["form"].lower() for r in objects]
    assert len(forms) == len(set(forms)), "a counted noun listed twice"
    approx = load_tsv(lang, "quantities/approximators.tsv")
    assert {r["position"] for r in approx} == {"before"}
    forms = [r["form"].lower() for r in approx]
    assert len(forms) == len(set(forms))
    cur = load_tsv(lang, "quantities/currency.tsv")
    assert all(len(r["code"]) == 3 and r["code"].isupper() and r["name"] for r in cur)
    forms = [r["form"] for r in cur]
    assert len(forms) == len(set(forms))


def test_currency_names_come_from_cldr_without_commodities():
    lex = load_lexicon("en")
    assert lex.object_class("riels") == "money" and lex.object_class("roubles") == "money"
    assert lex.object_class("units") is None and lex.object_class("rights") is None


def test_german_counted_nouns_match_compounds_but_not_short_tails():
    lex = load_lexicon("de")
    assert lex.object_class("US-Kräfte") == "force"
    assert lex.object_class("Sicherheitskräfte", "Sicherheitskraft") == "force"
    assert lex.object_class("Termine") is None  # "mine" is too short to match a word's end
    assert lex.object_class("Jahre") is None


# -- reading numbers ----------------------------------------------------------------------------
@pytest.mark.parametrize("lang,text,value", [
    ("de", "2.500", 2500), ("de", "1,5", 1.5), ("de", "31,7", 31.7), ("de", "1.234.567", 1234567),
    ("de", "25.000", 25000), ("en", "2,500", 2500), ("en", "3.6", 3.6), ("en", "4,000", 4000),
    ("en", "1,234.5", 1234.5), ("de", "1700", 1700),
    ("de", "31.12.2021", None), ("en", "10:30", None), ("de", "12.3.2020", None), ("en", "3a", None),
])
def test_parse_digits_in_both_notations(lang, text, value):
    assert parse_digits(text, load_lexicon(lang)) == value


@pytest.mark.parametrize("lang,word,value", [
    ("de", "fünfundzwanzig", 25), ("de", "zweitausend", 2000), ("de", "zehn", 10),
    ("de", "dreihundertneunundneunzigtausendfünfhundertneun", 399509),
    ("de", "einhundert", 100), ("en", "twelve", 12), ("en", "ninety", 90),
    ("de", "und", None), ("de", "Regierung", None), ("de", "eine", None),
])
def test_parse_number_word(lang, word, value):
    assert parse_number_word(word, load_lexicon(lang)) == value


@pytest.mark.parametrize("lang,words,value,end", [
    ("en", ["twenty", "-", "five", "people"], 25, 3),
    ("en", ["two", "hundred", "and", "five", "people"], 205, 4),
    ("en", ["twelve", "and", "five"], 12, 1),
    ("en", ["a", "million", "people"], 1_000_000, 2),
    ("en", ["a", "dozen", "people"], 12, 2),
    ("en", ["3.6", "million", "refugees"], 3_600_000, 2),
    ("en", ["$", "3bn"], 3_000_000_000, 2),
    ("en", ["US", "$", "4.5", "million"], 4_500_000, 4),
    ("de", ["1,5", "Millionen", "Menschen"], 1_500_000, 2),
    ("de", ["3", "Mrd.", "Euro"], 3_000_000_000, 2),
    ("de", ["30", "000", "Pfund"], 30_000, 2),
    ("de", ["eine", "Million", "Menschen"], 1_000_000, 2),
    ("de", ["zwei", "Millionen"], 2_000_000, 2),
])
def test_match_number_over_tokens(lang, words, value, end):
    m = match_number(words, 0, load_lexicon(lang))
    assert m is not None and m.value == value and m.end == end


def test_vague_counts_only_when_asked():
    lex = load_lexicon("de")
    assert match_number(["Tausende", "Demonstranten"], 0, lex, vague=False) is None
    m = match_number(["Tausende", "Demonstranten"], 0, lex, vague=True)
    assert m is not None and m.kind == "vague" and m.value == 2000


# -- extraction on real sentences ------------------------------------------------------------------
def test_troops_with_approximator_and_hyphenated_compound(qpipe):
    # de-0001
    got = quantities(qpipe, "Im Irak waren bisher nach Angaben des Weißen Hauses rund 2.500 "
                            "US-Kräfte im Einsatz.", "de")
    assert got == [("rund 2.500 US-Kräfte", 2500, "US-Kräfte", True)]


def test_money_with_scale_word(qpipe):
    # de-0002
    got = quantities(qpipe, "Im Jahr 2013 wurde Fisch im Wert von ca. 74 Millionen Euro aus "
                            "Sri Lanka in die EU eingeführt.", "de")
    assert got == [("ca. 74 Millionen Euro", 74_000_000, "Euro", True)]


def test_refugee_count_and_elliptic_repeats_but_not_years(qpipe):
    # de-0004
    got = quantities(qpipe, "Die Internationale Organisation für Migration geht davon aus, dass "
                            "in den vergangenen zwei Jahrzehnten 25.000 Flüchtlinge bei der "
                            "Überfahrt starben, davon 2000 im Jahr 2011 und 1700 im vergangenen "
                            "Jahr.", "de")
    assert [(t, v) for t, v, _, _ in got] == [("25.000 Flüchtlinge", 25000), ("2000", 2000),
                                              ("1700", 1700)]
    assert all(o == "Flüchtlinge" for _, _, o, _ in got)


def test_vote_shares_count_but_other_percentages_do_not(qpipe):
    # de-0003
    got = quantities(qpipe, "Sie erhielt 36 Prozent. Der CDU-Kandidat Markus Ulbig kam nur auf "
                            "15,4 Prozent. Tatjana Festerling blieb unter zehn Prozent.", "de")
    assert [(v, a) for _, v, _, a in got] == [(36, False), (15.4, False), (10, True)]
    assert quantities(qpipe, "Die Inflation stieg im Mai um 2,5 Prozent.", "de") == []


def test_vote_tally_counts_but_a_score_does_not(qpipe):
    # de-0005
    got = quantities(qpipe, "Die Abgeordneten stimmten mit 322 zu 306 für einen Antrag.", "de")
    assert [v for _, v, _, _ in got] == [322, 306]
    assert quantities(qpipe, "Bayern gewann das Spiel mit 3 zu 1 gegen Dortmund.", "de") == []


def test_casualty_verbs_govern_bare_counts(qpipe):
    # en-0001
    got = quantities(qpipe, "Last week a Kabul car bombing killed five and wounded 110, another "
                            "attack ascribed to the Taliban.", "en")
    assert [(v, o) for _, v, o, _ in got] == [(5, "killed"), (110, "wounded")]
    got = quantities(qpipe, "Taliban spokesperson Zabiullah Mujahid claimed 190 were dead.", "en")
    assert [(v, o) for _, v, o, _ in got] == [(190, "dead")]


def test_death_toll_reported_bare(qpipe):
    # en-0001
    got = quantities(qpipe, "Some estimated death tolls, provided anonymously by officials to "
                            "journalists, exceeded 100.", "en")
    assert [(v, a) for _, v, _, a in got] == [(100, True)]


def test_english_noun_runs_partitives_and_approximators(qpipe):
    # en-0003
    text = ("Turkish forces shot down two Syrian government warplanes. Rebels said Turkish "
            "drones had been striking Syrian army positions, hitting at least two rocket "
            "launchers. Turkey’s Defence Ministry said one of its soldiers was killed. "
            "Defense Minister Hulusi Akar said Turkish forces had so far destroyed eight "
            "helicopters, scores of tanks and five air defence systems.")
    got = quantities(qpipe, text, "en")
    assert [(v, o, a) for _, v, o, a in got] == [
        (2, "government warplanes", False), (2, "rocket launchers", True), (1, "soldiers", False),
        (8, "helicopters", False), (5, "air defence systems", False)]


def test_million_with_article_and_coordinated_ellipsis(qpipe):
    # en-0003
    text = ("Turkey had shut the border under a 2016 deal to end a crisis in which more than a "
            "million people entered Europe and 4,000 drowned in the Aegean Sea. More than 1,000 "
            "migrants have arrived by sea since Sunday and more than 10,000 have attempted to "
            "cross by land.")
    got = quantities(qpipe, text, "en")
    assert [(v, a) for _, v, _, a in got] == [(1_000_000, True), (4000, False), (1000, True),
                                              (10000, True)]


@pytest.mark.parametrize("lang,text", [
    ("de", "Der IS hatte 2014 große Gebiete im Norden und Westen des Iraks überrannt."),
    ("de", "Wählbar sind Personen, die am Wahltag das 18. Lebensjahr vollendet haben."),
    ("de", "Die Frist endet am 31. Oktober, wie die Zeitung auf Seite 5 berichtet."),
    ("de", "Der 34-jährige Mann wurde um 12.30 Uhr festgenommen."),
    ("de", "Theresa May scheiterte drei Mal im Parlament."),
    ("en", "The civil war has been ongoing for seventeen years."),
    ("en", "The model is called one country, two systems since 1997."),
    ("en", "Call 030 123456 or see page 12 for details."),
    ("en", "The 34-year-old man was arrested at 10:30 on 12.3.2020."),
])
def test_not_counts(qpipe, lang, text):
    assert quantities(qpipe, text, lang) == []


def test_spans_inside_timexes_are_skipped(qpipe):
    doc = qpipe.analyse(Article(text="Mehr als 200 Demonstranten kamen.", lang="de"))
    assert [q.value for q in doc.quantities] == [200]
    comp = dict(qpipe.components)["quantities"]
    doc.timexes = [Timex(text="200", start=9, end=12, type="DATE", value="0200")]
    assert comp(doc).quantities == []


def test_offsets_match_text(qpipe):
    text = "Nach Angaben der Polizei wurden rund 5000 Teilnehmer und zwölf Beamte gezählt."
    doc = qpipe.analyse(Article(text=text, lang="de"))
    assert doc.quantities and all(text[q.start:q.end] == q.text for q in doc.quantities)


# -- corpus-wide ------------------------------------------------------------------------------------
@pytest.mark.slow
def test_dev_gold_quantities_f1():
    from conftest import shared_path
    from newsevents.evaluation import evaluate_folder
    from newsevents.pipeline import Pipeline
    folder = shared_path("eval", "dev")
    report = evaluate_folder(folder, Pipeline(only=["language", "tokenize", "tag", "quantities"]))
    assert report.totals["all"].fields["quantities"].f1 >= 0.8


def test_vague_setting_reports_plural_counts(qpipe):
    from newsevents.pipeline.quantities import Quantities
    comp = Quantities({"vague": True})
    # en-0002
    doc = qpipe.analyse(Article(text="On Friday, thousands of Hong Kong protesters wearing black "
                                     "clothes gathered around the police complex.", lang="en"))
    assert [(q.text, q.value, q.approximate) for q in comp(doc).quantities] == [
        ("thousands of Hong Kong protesters", 2000, True)]
    doc = qpipe.analyse(Article(text="Tausende Demonstranten zogen durch die Innenstadt.",
                                lang="de"))
    assert [(q.value, q.object) for q in comp(doc).quantities] == [(2000, "Demonstranten")]
    assert quantities(qpipe, "Tausende Demonstranten zogen durch die Innenstadt.", "de") == []


def test_passive_casualties_and_a_toll_at_the_end_of_a_sentence(qpipe):
    got = quantities(qpipe, "Bei dem Anschlag starben mindestens zwölf Menschen, 30 wurden "
                            "verletzt. Die Zahl der Toten stieg später auf 15.", "de")
    assert [(t, v, a) for t, v, _, a in got] == [("mindestens zwölf Menschen", 12, True),
                                                 ("30 wurden verletzt", 30, False), ("15", 15, False)]
    got = quantities(qpipe, "The death toll rose to 45, officials said, and at least 120 were "
                            "wounded. Police arrested 33 protesters.", "en")
    assert [(v, o) for _, v, o, _ in got] == [(45, "toll"), (120, "wounded"), (33, "protesters")]


def test_money_notations(qpipe):
    got = quantities(qpipe, "The EU pledged $3bn and Britain £1.5m, while Russia spent 40 "
                            "billion roubles.", "en")
    assert [(v, o) for _, v, o, _ in got] == [(3_000_000_000, "dollars"), (1_500_000, "pounds"),
                                              (40_000_000_000, "roubles")]
    got = quantities(qpipe, "Die Regierung stellt 3 Mrd. Euro bereit, dazu 1,5 Millionen "
                            "US-Dollar und 200 000 Franken.", "de")
    assert [v for _, v, _, _ in got] == [3_000_000_000, 1_500_000, 200_000]
