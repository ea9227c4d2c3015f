"""Places: LOC entities resolved to country and coordinates, ambiguous names by context."""

from __future__ import annotations

import pytest

from newsevents.article import Article


@pytest.fixture(scope="module")
def run():
    from newsevents.pipeline import Pipeline
    pipe = Pipeline(only=["tokenize", "tag", "entities", "geo"])
    return lambda text, lang="de": pipe.analyse(Article(text=text, lang=lang))


def place(doc, text):
    [e] = [e for e in doc.entities if e.text == text][:1] or [None]
    assert e is not None, [x.text for x in doc.entities]
    return e


def test_capital_city_and_country(run):
    doc = run("Bagdad/Washington – Die USA ziehen ihre Kampftruppen aus dem Irak ab, teilte "
              "die Regierung in Bagdad mit.")
    bag = place(doc, "Bagdad")
    assert bag.country == "IRQ" and abs(bag.lat - 33.34) < 0.1 and abs(bag.lon - 44.40) < 0.1
    wash = place(doc, "Washington")  # the US capital, not the state or the English town
    assert wash.country == "USA" and abs(wash.lat - 38.9) < 0.1 and abs(wash.lon + 77.0) < 0.1
    irak = place(doc, "Irak")
    assert irak.country == "IRQ" and irak.lat is not None
    assert doc.analyses["geo"][doc.entities.index(irak)]["kind"] == "COUNTRY"


def test_georgia_country_or_us_state_by_context(run):
    us = run("Voters in Atlanta and Savannah lined up for hours as Georgia counted ballots, "
             "officials in Texas said.", lang="en")
    assert place(us, "Georgia").country == "USA"
    caucasus = run("Protesters gathered in Tbilisi as Georgia's government met with envoys "
                   "from Armenia and Azerbaijan.", lang="en")
    assert place(caucasus, "Georgia").country == "GEO"


def test_alternate_names_and_genitive(run):
    doc = run("Die EU-Kommission in Brüssel stellte Fidschis Regierung ein Ultimatum; auch "
              "Sri Lanka und Belize sind betroffen.")
    assert place(doc, "Brüssel").country == "BEL"
    assert place(doc, "Fidschis").country == "FJI"
    assert place(doc, "Sri Lanka").country == "LKA"
    for e in doc.entities:
        if e.type == "LOC":
            assert e.lat is not None and -90 <= e.lat <= 90 and -180 <= e.lon <= 180, e


def test_geo_without_entity_candidates_uses_own_gazetteer():
    """Geo also works on entities made elsewhere (no candidates left by the entities stage)."""
    from newsevents.doc import Doc
    from newsevents.pipeline.geo import Geo
    from newsevents.record import Entity
    doc = Doc.from_article(Article(text="Kabul and Moscow", lang="en"))
    doc.entities = [Entity("Kabul", 0, 5, "LOC", "Kabul"), Entity("Moscow", 10, 16, "LOC", "Moscow")]
    Geo({})(doc)
    assert [e.country for e in doc.entities] == ["AFG", "RUS"]
