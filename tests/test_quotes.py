"""Quotations: every quotation style, the scare-quote rule, and speaker selection from
reporting clauses, neighbouring sentences and pronouns — with constructed actor mentions and on
real pipeline output."""

from __future__ import annotations

import pytest

from newsevents.article import Article
from newsevents.doc import ActorMention
from newsevents.lang import load_tsv
from newsevents.quotes import find_quote_spans, load_quote_lexicon
from newsevents.quotes.lexicon import MARK_STYLES, MARKER_KINDS, PRONOUN_NUMBERS
from newsevents.record import Actor, Entity


@pytest.fixture(scope="module")
def tpipe():
    """Tokens and tags only: the tests put actor mentions in themselves."""
    from newsevents.pipeline import Pipeline
    return Pipeline(only=["tokenize", "tag"])


@pytest.fixture(scope="module")
def quoter():
    from newsevents.pipeline.quotes import Quotes
    return Quotes({})


def run(tpipe, quoter, text, lang, mentions=(), entities=()):
    """Quotes of ``text``; ``mentions`` are (phrase, Actor) put where the phrase first occurs
    (or its n-th occurrence with (phrase, Actor, n); n = -1 for the last)."""
    doc = tpipe.analyse(Article(text=text, lang=lang))
    acts = []
    for m in mentions:
        phrase, actor = m[0], m[1]
        start = -1
        if len(m) > 2 and m[2] == -1:
            start = text.rindex(phrase)
        for _ in range(0 if start >= 0 else (m[2] if len(m) > 2 else 1)):
            start = text.index(phrase, start + 1)
        sent = doc.sentence_at(start)
        acts.append(ActorMention(start=start, end=start + len(phrase), sent=sent.id, actor=actor))
    doc.actors = acts
    for phrase, typ, name in entities:
        s = text.index(phrase)
        doc.entities.append(Entity(text=phrase, start=s, end=s + len(phrase), type=typ, name=name))
    return quoter(doc).quotes


# -- language data -----------------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["de", "en"])
def test_quote_data_files_parse_with_known_codes(lang):
    marks = load_tsv(lang, "quotes/marks.tsv")
    assert all(len(r["open"]) == 1 and len(r["close"]) == 1 for r in marks)
    assert {r["style"] for r in marks} <= MARK_STYLES
    assert len({(r["open"], r["close"]) for r in marks}) == len(marks)
    verbs = load_tsv(lang, "quotes/verbs.tsv")
    lemmas = [r["lemma"] for r in verbs]
    assert len(lemmas) == len(set(lemmas)) and all(" " not in v for v in lemmas)
    assert all(not r["particle"] or r["lemma"].startswith(r["particle"]) for r in verbs)
    markers = load_tsv(lang, "quotes/markers.tsv")
    assert {r["kind"] for r in markers} <= MARKER_KINDS
    assert len({r["form"] for r in markers}) == len(markers)
    pron = load_tsv(lang, "quotes/pronouns.tsv")
    assert {r["number"] for r in pron} <= PRONOUN_NUMBERS
    assert len({r["form"] for r in pron}) == len(pron)


# -- finding quoted stretches ---------------------------------------------------------------------
@pytest.mark.parametrize("lang,text,inner", [
    ("de", "Er sagte: „Wir bleiben hier.“ Dann ging er.", ["Wir bleiben hier."]),
    ("de", "Er sagte: »Wir bleiben hier.« Dann ging er.", ["Wir bleiben hier."]),
    ("de", "Er sagte: «Wir bleiben hier.» Dann ging er.", ["Wir bleiben hier."]),
    ("de", "Er sagte: ‚Wir bleiben hier.‘ Dann ging er.", ["Wir bleiben hier."]),
    ("en", "“We stay here,” he said.", ["We stay here"]),
    ("en", "He said 'we stay here' and left.", ["we stay here"]),
    ("en", "‘We won’t go,’ said Turkey’s minister.", ["We won’t go"]),
    ("en", '"The explosion was very powerful. The whole building has collapsed," he said.',
     ["The explosion was very powerful. The whole building has collapsed"]),
    ("en", "Greeks' homes and the Greeks’ boats.", []),
])
def test_quote_styles_and_apostrophes(lang, text, inner):
    spans = find_quote_spans(text, load_quote_lexicon(lang))
    assert [text[q.start:q.end] for q in spans] == inner


def test_quotes_do_not_cross_blank_lines_and_unclosed_paragraph_quotes_end_with_it():
    lex = load_quote_lexicon("de")
    text = "„Wir bleiben hier, solange es nötig ist\n\n„Und wir gehen nicht“, sagte er."
    spans = [text[q.start:q.end] for q in find_quote_spans(text, lex)]
    assert spans == ["Wir bleiben hier, solange es nötig ist", "Und wir gehen nicht"]


def test_nested_quotes_stay_inside_the_outer_one():
    lex = load_quote_lexicon("en")
    text = "“They called it ‘a disaster’ and left,” she said."
    assert [text[q.start:q.end] for q in find_quote_spans(text, lex)] == [
        "They called it ‘a disaster’ and left"]


# -- which stretches are quotations ---------------------------------------------------------------
def test_scare_quotes_titles_and_names_are_not_quotations(tpipe, quoter):
    # en-0002, de-0003: terms and names in quotation marks
    text = ('Protesters demand that the government cease referring to the protests as "riots," '
            'and the territory is governed under the "one country, two systems" model.')
    assert run(tpipe, quoter, text, "en") == []
    text = ('Dirk Hilbert trat als unabhängiger Kandidat für den "Verein unabhängige Bürger von '
            'Dresden" an. Stange ist Kandidatin der Wählerinitiative „Gemeinsam für Dresden“.')
    assert run(tpipe, quoter, text, "de") == []


def test_partial_quotes_of_five_words_count(tpipe, quoter):
    # de-0001, en-0004
    text = ('Die Soldaten seien in beratender Funktion jetzt lediglich "als eingeladene Gäste der '
            'Republik Irak" im Land.')
    assert [q.text for q in run(tpipe, quoter, text, "de")] == [
        "als eingeladene Gäste der Republik Irak"]
    text = ('The Kremlin noted U.S. nuclear tests that used chemicals to "validate new predictive '
            'explosion models" that can help detect atomic blasts.')
    assert [q.text for q in run(tpipe, quoter, text, "en")] == [
        "validate new predictive explosion models"]


def test_short_quotes_need_a_colon_or_a_following_reporting_verb(tpipe, quoter):
    assert [q.text for q in run(tpipe, quoter, "Der Minister: „Niemals.“", "de")] == ["Niemals."]
    assert [q.text for q in run(tpipe, quoter, "„Auf keinen Fall“, sagte er.", "de")] == [
        "Auf keinen Fall"]
    assert run(tpipe, quoter, "Er nannte den Kritiker einen „Agenten“.", "de") == []


# -- speakers from constructed actor mentions ---------------------------------------------------
IRQGOV = Actor(text="die Regierung in Bagdad", country="IRQ", role="GOV", code="IRQGOV")


def test_reporting_clause_after_with_particle_verb(tpipe, quoter):
    # de-0001: "teilte ... mit" is mitteilen
    text = ('"Es befinden sich keine weiteren ausländischen Kampftruppen auf irakischem Boden", '
            'teilte die Regierung in Bagdad am Freitag mit.')
    [q] = run(tpipe, quoter, text, "de", [("die Regierung in Bagdad", IRQGOV)])
    assert q.text.endswith("auf irakischem Boden") and q.speaker == IRQGOV


def test_subject_before_the_verb_not_the_listener(tpipe, quoter):
    # en-0003: "a senior Turkish security official told Reuters"
    official = Actor(text="a senior Turkish security official", country="TUR")
    reuters = Actor(text="Reuters", role="MED", name="Reuters")
    text = ("“A solution is expected to emerge from the talks but attacks will not go "
            "unanswered,” a senior Turkish security official told Reuters.")
    [q] = run(tpipe, quoter, text, "en", [("a senior Turkish security official", official),
                                           ("Reuters", reuters)])
    assert q.speaker == official


def test_reporting_clause_before_the_quote(tpipe, quoter):
    # en-0001, en-0002
    hotak = Actor(text="Hotak", name="Sharif Hotak", country="AFG")
    gov = Actor(text="the central government", country="AFG", role="GOV")
    text = ('Hotak also alleged the central government are "hiding accurate casualty figures to '
            'prevent a further dip in morale".')
    [q] = run(tpipe, quoter, text, "en", [("Hotak", hotak), ("the central government", gov)])
    assert q.speaker == hotak
    bbc = Actor(text="the BBC", name="BBC", role="MED")
    text = ('The bill would subject people to its legal system, which the BBC describes as '
            '"marred by allegations of torture, forced confessions and arbitrary detentions."')
    [q] = run(tpipe, quoter, text, "en", [("the BBC", bbc)])
    assert q.speaker == bbc


def test_pronoun_resolves_to_the_last_person(tpipe, quoter):
    # en-0001
    hotak = Actor(text="Sharif Hotak", name="Sharif Hotak", country="AFG")
    council = Actor(text="the Maidan Wardak provincial council", country="AFG", role="LEG")
    text = ("Sharif Hotak, of the Maidan Wardak provincial council, described witnessing 35 "
            'bodies in one hospital. "The explosion was very powerful. The whole building has '
            'collapsed," he said.')
    [q] = run(tpipe, quoter, text, "en",
              [("Sharif Hotak", hotak), ("the Maidan Wardak provincial council", council)],
              entities=[("Sharif Hotak", "PERSON", "Sharif Hotak")])
    assert q.speaker == hotak


def test_standalone_quote_takes_the_previous_sentence_subject(tpipe, quoter):
    # de-0001
    kadhimi = Actor(text="Ministerpräsident Mustafa al-Kadhimi", name="Mustafa al-Kadhimi",
                    country="IRQ", role="GOV")
    coalition = Actor(text="der Koalition", org="coalition")
    text = ("Der Kampfeinsatz sei beendet, bestätigte die Koalition via Twitter. Ministerpräsident "
            "Mustafa al-Kadhimi hatte den Anführern der Koalition schon vor einigen Tagen für "
            'den Kampf gegen den IS gedankt. "Unsere Sicherheitskräfte stehen bereit, um unser '
            'Volk zu verteidigen."')
    [q] = run(tpipe, quoter, text, "de", [("die Koalition", coalition),
                                          ("Ministerpräsident Mustafa al-Kadhimi", kadhimi),
                                          ("der Koalition", coalition)])
    assert q.speaker == kadhimi


def test_quote_without_clause_after_a_reporting_sentence_takes_its_speaker(tpipe, quoter):
    # de-0001: Konjunktiv sentence after "bestätigte die Koalition"
    coalition = Actor(text="die Koalition", org="coalition")
    text = ("Der Kampfeinsatz sei beendet, bestätigte die Koalition via Twitter. Die Soldaten "
            'seien in beratender Funktion jetzt lediglich "als eingeladene Gäste der Republik '
            'Irak" im Land.')
    [q] = run(tpipe, quoter, text, "de", [("die Koalition", coalition)])
    assert q.speaker == coalition


def test_following_quote_keeps_the_last_speaker(tpipe, quoter):
    # en-0003: two quotes, the second standing alone
    erdogan = Actor(text="Turkish President Tayyip Erdogan", name="Tayyip Erdogan",
                    country="TUR", role="GOV")
    text = ("“The regime’s human and equipment losses are just the beginning,” Turkish President "
            "Tayyip Erdogan said in a speech in Ankara. “If they do not withdraw to the borders, "
            "they will not have a head left on their shoulders.”")
    qs = run(tpipe, quoter, text, "en", [("Turkish President Tayyip Erdogan", erdogan)])
    assert [q.speaker for q in qs] == [erdogan, erdogan]


def test_without_actor_mentions_the_speaker_is_the_subject_phrase(tpipe, quoter):
    text = ('"Es befinden sich keine weiteren ausländischen Kampftruppen auf irakischem Boden", '
            'teilte die Regierung in Bagdad am Freitag mit.')
    [q] = run(tpipe, quoter, text, "de")
    assert q.speaker is not None and q.speaker.text == "die Regierung in Bagdad"


def test_offsets_match_text(tpipe, quoter):
    text = "„Wir bleiben hier“, sagte er. »Das ist sicher und bleibt so.«"
    qs = run(tpipe, quoter, text, "de")
    assert len(qs) == 2 and all(text[q.start:q.end] == q.text for q in qs)


# -- real pipeline output -------------------------------------------------------------------------
def test_speaker_coded_by_the_real_actors_stage(pipeline):
    text = ("Bagdad – Wie angekündigt ist der Kampfeinsatz der Koalition im Irak beendet. "
            '"Es befinden sich keine weiteren ausländischen Kampftruppen auf irakischem Boden", '
            "teilte die Regierung in Bagdad am Freitag mit.")
    rec = pipeline(Article(text=text, lang="de", date="2021-12-31"))
    [q] = rec.quotes
    assert q.speaker is not None and q.speaker.country == "IRQ" and q.speaker.role == "GOV"


@pytest.mark.slow
def test_dev_gold_quotes_f1_and_speakers():
    from conftest import shared_path
    from newsevents.evaluation import evaluate_folder
    report = evaluate_folder(shared_path("eval", "dev"))
    t = report.totals["all"]
    assert t.fields["quotes"].f1 >= 0.9
    assert t.accuracies["quote_speaker"].value >= 0.8


# -- the subject heads the clause; media, times and expletives are not speakers -------------------
def test_medium_after_the_speaker_is_not_the_speaker(tpipe, quoter):
    twitter = Actor(text="Twitter", name="Twitter")
    union = Actor(text="die Gewerkschaft", role="LAB")
    text = "„Wir lehnen diesen Vorschlag entschieden ab“, schrieb die Gewerkschaft auf Twitter."
    [q] = run(tpipe, quoter, text, "de", [("Twitter", twitter)])
    assert q.speaker is not None and q.speaker.text == "die Gewerkschaft"
    [q] = run(tpipe, quoter, text, "de", [("die Gewerkschaft", union), ("Twitter", twitter)])
    assert q.speaker == union


def test_speaker_phrase_with_attached_organisation(tpipe, quoter):
    # en-0001: "A source within the central Interior Ministry reportedly said"
    ministry = Actor(text="the central Interior Ministry", country="AFG", role="GOV")
    text = ('A source within the central Interior Ministry reportedly said "I have been told not '
            'to make the death toll figures public."')
    [q] = run(tpipe, quoter, text, "en", [("the central Interior Ministry", ministry)])
    assert q.speaker == ministry


def test_expletive_reporting_clause_names_no_one(tpipe, quoter):
    text = ("Der Minister sprach lange. „Die Vorlage wird in der kommenden Woche beraten“, "
            "heißt es in dem Bericht.")
    [q] = run(tpipe, quoter, text, "de")
    assert q.speaker is None


def test_colon_lead_in_takes_the_sentence_subject(tpipe, quoter):
    chancellor = Actor(text="Die Kanzlerin", country="DEU", role="GOV")
    text = ("Die Kanzlerin rückte den Dialog in den Mittelpunkt, der gepflegt werden müsse: "
            "«Zuhören ist das Fundament jeder Beziehung.»")
    [q] = run(tpipe, quoter, text, "de", [("Die Kanzlerin", chancellor)])
    assert q.speaker == chancellor


def test_own_pronoun_resolution_beats_a_wrong_coreference(tpipe, quoter):
    minister = Actor(text="Außenminister Peter Berg", name="Peter Berg", country="DEU",
                     role="GOV")
    wrong = Actor(text="er", name="Mittelmeer")
    text = ("Außenminister Peter Berg reiste ans Mittelmeer. „Wir werden die Lage genau "
            "beobachten“, sagte er.")
    [q] = run(tpipe, quoter, text, "de", [("Außenminister Peter Berg", minister),
                                          ("er", wrong, -1)],
              entities=[("Peter Berg", "PERSON", "Peter Berg")])
    assert q.speaker == minister


def test_name_mistagged_as_adjective_and_a_weekday_after_the_verb(tpipe, quoter):
    text = ("“We have to figure out how we are going to conduct a full and fair and safe "
            "election in November,” Biden said Thursday.")
    [q] = run(tpipe, quoter, text, "en")
    assert q.speaker is not None and q.speaker.text == "Biden"


def test_a_verb_two_words_after_a_short_quote_does_not_make_it_speech(tpipe, quoter):
    text = 'The army withdrew from the "immediate area" first announced last week.'
    assert run(tpipe, quoter, text, "en") == []


def test_apostrophes_do_not_open_long_single_quotes():
    lex = load_quote_lexicon("en")
    text = ("In the '90s the party grew.\nThe Greeks' boats were stopped and the ministers' "
            "meeting ended.")
    assert find_quote_spans(text, lex) == []


def test_subject_phrase_stops_where_the_object_begins(tpipe, quoter):
    text = "„Ich lebe in einer glücklichen Partnerschaft“, betonte die 44-Jährige ihre Überzeugung."
    [q] = run(tpipe, quoter, text, "de")
    assert q.speaker is not None and q.speaker.text == "die 44-Jährige"
    text = "„Wir prüfen den Fall sehr genau“, sagte der Sprecher des Ministeriums."
    [q] = run(tpipe, quoter, text, "de")
    assert q.speaker is not None and q.speaker.text == "der Sprecher des Ministeriums"


def test_titles_in_quotation_marks_are_not_quotations(tpipe, quoter):
    text = "Die Bühne in Tramin zeigt „Die verzauberte Hütte im Tal der Winde“ im Juni."
    assert run(tpipe, quoter, text, "de") == []


@pytest.mark.parametrize("text,speaker", [
    ("„Die Lage ist ernst, aber beherrschbar“, so der Minister.", "der Minister"),
    ("„Die Lage ist ernst, aber beherrschbar“, dem Minister zufolge.", "dem Minister"),
    ("„Die Lage ist ernst, aber beherrschbar“, sagte Müller, der die Firma leitet.", "Müller"),
])
def test_source_markers_and_clause_ends(tpipe, quoter, text, speaker):
    [q] = run(tpipe, quoter, text, "de")
    assert q.speaker is not None and q.speaker.text == speaker
