"""Who the parties of an event are: two named people are two parties even when their codes
agree, and only a withdrawal-like yield takes the article's place as its target."""

from __future__ import annotations

from newsevents.article import Article
from newsevents.pipeline import Pipeline

PIPE = Pipeline()


def events(text: str, date: str = "2024-04-11"):
    rec = PIPE(Article(text=text, doc_id="t", date=date, lang="en"))
    return [(e.cameo, e.source.name if e.source else None, e.target.name if e.target else None,
             e.target.code if e.target else None) for e in rec.events]


def test_two_named_people_with_one_guessed_code_still_meet():
    got = events("President Yoon Suk Yeol met Joe Biden in Washington last week.")
    assert ("040", "Yoon Suk Yeol", "Joe Biden") in [g[:3] for g in got]


def test_a_resignation_has_no_place_as_target():
    got = events("President Yoon Suk Yeol met Joe Biden in Washington last week.\n\n"
                 "South Korean ruling party leader Han Dong-hoon stepped down on Thursday.")
    resign = [g for g in got if g[0].startswith("083")]
    assert resign and all(g[3] is None for g in resign)


def test_a_withdrawal_still_leaves_the_place():
    got = events("The coalition ended its mission in Iraq.\n\n"
                 "The soldiers pulled out on Friday.")
    # the second sentence names no place: a withdrawal is from the article's place
    assert ("0874", None, "Iraq", "IRQ") in got
