"""TimeML scoring: parsing .tml, the TempEval-3 measures, and the corpus-level targets."""

from __future__ import annotations

import pytest

from conftest import shared_path
from newsevents.evaluation.timeml import (TX, _counts, evaluate_timeml, format_report,
                                          parse_tml, scores)

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>x</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2010-02-20" temporalFunction="false" functionInDocument="CREATION_TIME">2010-02-20</TIMEX3></DCT>
<TEXT>
BOZEN. Der Verein l&#228;dt am <TIMEX3 tid="t2" type="DATE" value="2010-02-25">Donnerstag, 25. Februar</TIMEX3> um <TIMEX3 tid="t4" type="TIME" value="2010-02-25T20:30">20.30 Uhr</TIMEX3> nach Bozen.<TIMEX3 tid="t9" type="DATE" value="2010"/> Die Reise folgt <TIMEX3 tid="t3" type="DATE" value="2011">n&#228;chstes Jahr</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_parse_tml_offsets_and_dct(tmp_path):
    p = tmp_path / "a.tml"
    p.write_text(TML, "utf-8")
    doc = parse_tml(p)
    assert doc.dct == "2010-02-20"
    assert [t.text for t in doc.timexes] == ["Donnerstag, 25. Februar", "20.30 Uhr",
                                             "nächstes Jahr"]  # the empty anchor is ignored
    for t in doc.timexes:
        assert doc.text[t.start:t.end] == t.text


def test_scores_strict_relaxed_value():
    gold = [TX(0, 10, "", "DATE", "2010"), TX(20, 30, "", "TIME", "2010-02-25T20:30"),
            TX(40, 50, "", "DATE", "2011")]
    system = [TX(0, 10, "", "DATE", "2010"), TX(22, 30, "", "TIME", "2010-02-25T20:00"),
              TX(60, 70, "", "DATE", "PAST_REF")]
    s = scores(_counts(gold, system))
    assert s["strict"]["f1"] == pytest.approx(1 / 3, abs=1e-3)
    assert s["relaxed"]["f1"] == pytest.approx(2 / 3, abs=1e-3)
    assert s["value"]["f1"] == pytest.approx(1 / 3, abs=1e-3)
    assert s["value_accuracy"] == 0.5


def test_ours_and_a_system_folder_on_a_small_folder(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.tml").write_text(TML, "utf-8")
    res = evaluate_timeml(gold)  # our own pipeline
    assert res["value"]["f1"] == 1.0, res["errors"]
    res = evaluate_timeml(gold, system_dir=gold)  # gold scored against itself
    assert res["strict"]["f1"] == 1.0
    assert "value" in format_report(res)


@pytest.mark.slow
def test_krauts_dolomiten42_beats_heideltime():
    root = shared_path("corpora", "krauts-dolomiten42")
    gold = root / "KRAUTS_Dolomiten-42"
    heidel = evaluate_timeml(gold, system_dir=root / "KRAUTS_Dolomiten-42_Heideltime")
    assert heidel["value"]["f1"] == pytest.approx(0.80, abs=0.005)  # the published figure
    assert heidel["relaxed"]["f1"] == pytest.approx(0.83, abs=0.005)
    ours = evaluate_timeml(gold)
    assert ours["value"]["f1"] >= 0.85
    assert ours["relaxed"]["f1"] > heidel["relaxed"]["f1"]


@pytest.mark.slow
@pytest.mark.parametrize("lang,folder,floor", [("de", "German", 0.55), ("en", "English", 0.38)])
def test_recognizers_text_cases(lang, folder, floor):
    from newsevents.timex.recognizers import pass_rate, score_cases
    path = shared_path("corpora", "recognizers-text", "DateTime", folder, "DateTimeModel.json")
    rep = pass_rate(score_cases(path, lang))
    assert rep["rate"] >= floor, rep
