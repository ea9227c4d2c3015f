"""German verbal events, round 5: praise and backing, condolences, blame, claims of
responsibility, attendance at meetings and rejections (CAMEO roots 01-05 and 11-13).  Every
sentence here was written for these tests in the style of German agency news (none is taken
from the evaluation articles)."""

from __future__ import annotations

import pytest

from test_events_de_general import events, pipe  # noqa: F401  (the fixture and helper)


def _codes(evs) -> set[str]:
    return {e.cameo for e in evs}


@pytest.mark.parametrize("text, code", [
    # backing someone: 051
    ("Der US-Präsident stärkte dem ukrainischen Präsidenten Selenskyj den Rücken.", "051"),
    ("Die SPD stellte sich hinter Bundeskanzler Scholz.", "051"),
    ("Frankreich stellte sich im Streit um die Agrarhilfen hinter Polen.", "051"),
    # condolences and sympathy: 018
    ("Die Kanzlerin drückte dem türkischen Präsidenten ihr Mitgefühl aus.", "018"),
    ("Der Außenminister bekundete der Regierung in Rom sein Beileid.", "018"),
    ("Der Bundespräsident übermittelte dem israelischen Präsidenten sein Beileid.", "018"),
    # blame: 112
    ("Die Regierung in Kiew machte Russland für den Angriff verantwortlich.", "112"),
    ("Die israelische Armee gab der Hamas die Schuld an dem Tod der Geiseln.", "112"),
    # claims of responsibility: 015 (not the attack claimed)
    ("Die Taliban reklamierten den Anschlag für sich.", "015"),
    ("Die PKK brüstete sich mit dem Anschlag auf die Polizeiwache.", "015"),
    # denying accusations: 016 (not the accusation denied)
    ("Die russische Regierung wies die Vorwürfe zurück.", "016"),
    # attendance: meetings 040, talks 046, demonstrations 141
    ("Die Außenministerin nahm an einem Treffen der Nato-Außenminister in Brüssel teil.", "040"),
    ("Die Regierung in Kiew nahm an den Friedensgesprächen in Genf teil.", "046"),
    ("Die Grünen nahmen an der Demonstration gegen Rechtsextremismus teil.", "141"),
    # opposing: 120
    ("Ungarn stellte sich gegen die Sanktionen der EU.", "120"),
])
def test_verbal_events(pipe, text, code):
    evs = events(pipe, text)
    assert code in _codes(evs), [(e.cameo, e.source, e.target) for e in evs]


@pytest.mark.parametrize("text, code, target", [
    ("Die SPD stellte sich hinter Bundeskanzler Scholz.", "051", "GOV"),
    ("Die Kanzlerin drückte dem türkischen Präsidenten ihr Mitgefühl aus.", "018", "TUR"),
    ("Die Regierung in Kiew machte Russland für den Angriff verantwortlich.", "112", "RUS"),
    ("Die israelische Armee gab der Hamas die Schuld an dem Tod der Geiseln.", "112", "Hamas"),
])
def test_verbal_event_targets(pipe, text, code, target):
    evs = [e for e in events(pipe, text) if e.cameo == code]
    assert evs and evs[0].target is not None
    t = evs[0].target
    assert target in (t.role, t.country, t.name)


@pytest.mark.parametrize("text, code", [
    # claiming a victory, denying a fact about no attack: no 015 / no attack
    ("Die Partei reklamierte den Wahlsieg für sich.", "015"),
    ("Die Taliban reklamierten den Anschlag für sich.", "180"),
    ("Die russische Regierung wies die Vorwürfe zurück.", "112"),
    # sport and leisure: no attendance or backing events
    ("Der Verein nahm an dem Turnier in München teil.", "040"),
    ("Der Torwart stellte sich hinter die Mauer.", "051"),
    ("Die Schüler nahmen an einem Ausflug teil.", "040"),
    ("Das Training stärkte den Rücken der Spieler.", "051"),
])
def test_verbal_events_do_not_overfire(pipe, text, code):
    assert code not in _codes(events(pipe, text))


# --- perfect tense: "hat sich ... bekannt" (tagged as a particle), "verantwortlich gemacht" ----

@pytest.mark.parametrize("text, code", [
    ("Die Hamas hat sich zu dem Raketenangriff bekannt.", "015"),
    ("Die Hamas hatte sich zu dem Anschlag bekannt.", "015"),
    ("Die Regierung hat die Rebellen für das Massaker verantwortlich gemacht.", "112"),
    ("Kiew hat Moskau für den Angriff auf das Krankenhaus verantwortlich gemacht.", "112"),
])
def test_perfect_forms(pipe, text, code):
    assert code in _codes(events(pipe, text))


@pytest.mark.parametrize("text", [
    "Das Problem ist seit Langem bekannt.",
    "Der Minister hat die Zahlen bekannt gemacht.",
    "Der Konzern ist für die Produktion verantwortlich.",
    "Sie war als Ministerin für die Finanzen verantwortlich.",
])
def test_adjectives_stay_adjectives(pipe, text):
    assert not events(pipe, text)


# --- criticising or rejecting an act is not the act: "kritisierte die Festnahmen" is 111 -------

def test_criticised_act_is_not_coded_as_intent(pipe):
    evs = events(pipe, "Amnesty International kritisierte die Festnahmen scharf.")
    assert _codes(evs) == {"111"}


def test_announced_act_is_still_an_intent(pipe):
    evs = events(pipe, "Die USA verkündeten den Abzug der Kampftruppen aus Syrien.")
    assert any(e.cameo.startswith("03") for e in evs)


# --- announcing an act: ankündigen like verkünden --------------------------------------------

@pytest.mark.parametrize("text", [
    "Die USA kündigten den Abzug ihrer Truppen aus Syrien an.",
    "Der Präsident kündigte Gespräche mit der Opposition an.",
])
def test_announced_acts_with_ankuendigen(pipe, text):
    assert any(e.cameo.startswith("03") for e in events(pipe, text))


@pytest.mark.parametrize("text", [
    "Der Wetterdienst kündigte Regen an.",
    "Die Regierung kündigte an, dass die Steuern steigen.",
])
def test_ankuendigen_without_an_act(pipe, text):
    assert not events(pipe, text)


# --- role nouns of verbal actors: opposition groups, MPs, rights groups, church, secretaries ---

@pytest.mark.parametrize("subject, role", [
    ("Oppositionsgruppen", "OPP"), ("Oppositionspolitiker", "OPP"),
    ("Kongressmitglieder", "LEG"), ("Parlamentsmitglieder", "LEG"),
    ("Menschenrechtsgruppen", "NGO"), ("Bürgerrechtler", "NGO"),
    ("Kirchenvertreter", "REL"), ("Die Synode", "REL"),
    ("Der UN-Generalsekretär", "IGO"), ("Der SPD-Generalsekretär", "PTY"),
])
def test_role_nouns_of_critics(pipe, subject, role):
    evs = events(pipe, f"{subject} kritisierten die Regierung in Moskau scharf.")
    assert any(e.cameo == "111" and e.source is not None and e.source.role == role for e in evs)


# --- taking part: the event noun after "an" codes the event ------------------------------------

@pytest.mark.parametrize("text, root", [
    ("Die Türkei beteiligte sich an den Gesprächen in Genf.", "04"),
    ("Tausende Studenten beteiligten sich an den Protesten gegen die Regierung.", "14"),
    ("Die britische Luftwaffe beteiligte sich an den Angriffen auf Stellungen der Huthi-Miliz.",
     "19"),
    ("Die Bundeswehr nahm an dem Nato-Manöver in Litauen teil.", "15"),
])
def test_taking_part_in_an_event(pipe, text, root):
    assert any(e.cameo[:2] == root for e in events(pipe, text))


@pytest.mark.parametrize("text", [
    "Die Gemeinde beteiligte sich an den Kosten.",
    "Die Stadt beteiligt sich an dem Projekt.",
    "Viele Bürger beteiligten sich an der Abstimmung.",
    "Die Studenten nahmen an der Vorlesung teil.",
])
def test_taking_part_in_no_event(pipe, text):
    assert not events(pipe, text)


# --- calling someone names: "bezeichnete X als Kriegsverbrecher", "nannte X einen Partner" ----

@pytest.mark.parametrize("text, code", [
    ("Der Außenminister bezeichnete den Angriff als Kriegsverbrechen.", "111"),
    ("Die Regierung in Kiew nannte den Angriff ein Kriegsverbrechen.", "111"),
    ("Biden bezeichnete Putin als Kriegsverbrecher.", "111"),
    ("Peking bezeichnete den Besuch als Provokation.", "111"),
    ("Biden nannte Israel einen engen Verbündeten.", "051"),
    ("Der Präsident nannte Deutschland einen verlässlichen Partner.", "051"),
])
def test_calling_names(pipe, text, code):
    assert code in _codes(events(pipe, text))


@pytest.mark.parametrize("text", [
    "Der Trainer bezeichnete das Spiel als Erfolg.",
    "Das Unternehmen bezeichnete das Quartal als Erfolg.",
    "Die Polizei nannte keine Gründe für den Einsatz.",
    "Der Minister nannte die Zahl der Opfer.",
])
def test_calling_no_names(pipe, text):
    assert not events(pipe, text)


# --- idioms of rejection, backing, rebuke and formal protest -----------------------------------

@pytest.mark.parametrize("text, code", [
    ("Der Kanzler erteilte den Forderungen der Opposition eine klare Absage.", "120"),
    ("Die Bundesregierung erteilte Warschau eine Absage.", "120"),
    ("Die SPD gab Scholz volle Rückendeckung.", "051"),
    ("Ungarn legte gegen die Sanktionen ein Veto ein.", "120"),
    ("Die Regierung in Peking legte bei der US-Botschaft Protest ein.", "114"),
    ("Der Bundestagspräsident erteilte dem Abgeordneten eine Rüge.", "111"),
])
def test_idioms(pipe, text, code):
    assert code in _codes(events(pipe, text))


@pytest.mark.parametrize("text", [
    "Die Bank erteilte dem Kunden eine Absage.",
    "Der Mieter legte gegen die Kündigung Widerspruch ein.",
    "Der Verteidiger legte Berufung ein.",
    "Die Firma gab dem Kunden eine Garantie.",
])
def test_idioms_in_private_life(pipe, text):
    assert not events(pipe, text)


# --- an adverb before another participle is no particle: "hat den Anschlag klar verurteilt" ----

@pytest.mark.parametrize("text, code", [
    ("Die Regierung hat den Anschlag klar verurteilt.", "111"),
    ("Die Regierung hat den Vorschlag klar abgelehnt.", "120"),
    ("Die Polizei hat den Mann sicher festgenommen.", "173"),
])
def test_adverb_before_participle(pipe, text, code):
    assert code in _codes(events(pipe, text))
