"""German comments of feeling, round 6: "zeigte sich besorgt über X" (012), "zeigte sich
erfreut" (013), "reagierte empört auf X" (111), "zeigte sich gesprächsbereit" (036), coded
with the lexicon's ``with_adjective`` frames.  Every sentence here was written for these tests
in the style of German agency news (none is taken from the evaluation articles)."""

from __future__ import annotations

import pytest

from newsevents.events.lexicon import parse_file
from test_events_de_general import events, pipe  # noqa: F401  (the fixture and helper)


def _codes(evs) -> set[str]:
    return {e.cameo for e in evs}


@pytest.mark.parametrize("text, code", [
    ("Bundeskanzler Scholz zeigte sich am Montag besorgt über die Lage in der Ukraine.", "012"),
    ("Die Vereinten Nationen zeigten sich beunruhigt über die Kämpfe im Sudan.", "012"),
    ("Der Außenminister äußerte sich besorgt über die Spannungen in der Region.", "012"),
    ("Der russische Außenminister zeigte sich erfreut über die Einigung mit China.", "013"),
    ("Die Regierung in Paris zeigte sich zufrieden mit dem Ergebnis der Verhandlungen.", "013"),
    ("Die französische Regierung reagierte empört auf die Äußerungen des türkischen Präsidenten.", "111"),
    ("Die Bundesregierung zeigte sich empört über die Festnahme des Journalisten.", "111"),
    ("Die Hamas zeigte sich offen für Gespräche mit Israel.", "036"),
    ("Der iranische Präsident zeigte sich gesprächsbereit.", "036"),
])
def test_comments_of_feeling(pipe, text, code):
    evs = events(pipe, text)
    assert code in _codes(evs), [(e.cameo, e.source, e.target) for e in evs]


def test_denounced_actor_is_the_target(pipe):
    evs = [e for e in events(pipe, "Die französische Regierung reagierte empört auf die "
                                   "Äußerungen des türkischen Präsidenten.") if e.cameo == "111"]
    assert evs and evs[0].target is not None and evs[0].target.country == "TUR"


@pytest.mark.parametrize("text", [
    # private life, sport, weather, things: no comment events
    "Die Mutter zeigte sich erfreut über die Geburt ihres Sohnes.",
    "Der Trainer zeigte sich zufrieden mit der Leistung seiner Mannschaft.",
    "Der Torwart zeigte sich nach dem Spiel enttäuscht.",
    "Die Urlauber zeigten sich besorgt über das schlechte Wetter.",
    "Das Museum zeigte ein besorgt wirkendes Porträt des Königs.",
    "Die Ausstellung zeigt die Welt der Pharaonen.",
    "Die Zuschauer reagierten begeistert auf das Konzert.",
    "Die besorgten Eltern zeigten den Lehrern die Zeugnisse.",
])
def test_comments_do_not_overfire(pipe, text):
    assert not {"012", "013", "111", "036"} & _codes(events(pipe, text))


def test_with_adjective_must_be_lower_case(tmp_path):
    f = tmp_path / "lang" / "de" / "events" / "x.yaml"
    f.parent.mkdir(parents=True)
    f.write_text("# test\nverbs:\n  - {lemma: zeigen, cameo: \"012\", reflexive: true, "
                 "with_adjective: [Besorgt]}\n", encoding="utf-8")
    entries, problems = parse_file(f, "de")
    assert not entries and any("with_adjective" in p.message for p in problems)


# --- "protestieren gegen": a state's protest is diplomatic (114), a crowd's a demonstration --

@pytest.mark.parametrize("text, code", [
    ("Die Bundesregierung protestierte gegen die Festnahme des Journalisten in Moskau.", "114"),
    ("Frankreich protestierte gegen die Entscheidung der USA.", "114"),
    ("Tausende Menschen protestierten am Samstag in Berlin gegen die Regierung.", "141"),
    ("Die Gewerkschaft protestierte gegen die Pläne des Arbeitsministers.", "141"),
])
def test_protest_by_state_or_crowd(pipe, text, code):
    codes = _codes(events(pipe, text))
    assert code in codes and not ({"114", "141"} - {code}) & codes, codes


@pytest.mark.parametrize("text", [
    "Die Polizei reagierte scharf auf die Ausschreitungen der Hooligans.",
    "Der Bürgermeister zeigte sich betroffen über den Tod des Feuerwehrmanns.",
    "Der Himmel zeigte sich am Sonntag bedeckt und regnerisch.",
])
def test_ambiguous_feelings_are_not_comments(pipe, text):
    assert not {"012", "111"} & _codes(events(pipe, text))
