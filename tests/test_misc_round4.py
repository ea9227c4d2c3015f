"""Round 4 (misc): partial quotations inside reported speech, narrative time anchoring and
multi-word foreign names — on sentences written for these tests."""

from __future__ import annotations

import pytest

from newsevents.article import Article


@pytest.fixture(scope="module")
def pipe():
    from newsevents.pipeline import Pipeline
    return Pipeline()


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
def test_short_partial_quote_in_reported_speech_is_kept(pipe, text, lang, want):
    assert want in quotes(pipe, text, lang)


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
