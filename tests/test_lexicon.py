"""Event lexicons: the shipped files are valid and cover CAMEO; the loader's frames behave."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from newsevents import ontology
from newsevents.cli.main import cli
from newsevents.errors import ConfigError
from newsevents.events.lexicon import (NounEntry, VerbEntry, check_files, derive_particle,
                                       load_lexicon, section_of, shipped_files)

LANGS = ("de", "en")


@pytest.fixture(scope="module", params=LANGS)
def lex(request):
    return load_lexicon(request.param)


@pytest.mark.parametrize("lang", LANGS)
def test_shipped_files_are_clean(lang):
    files = shipped_files(lang)
    assert {f.name for f in files} >= {"verbs.yaml", "nouns.yaml", "reporting.yaml"}
    entries, problems = check_files(files, lang)
    assert problems == []
    for f in files:  # every data file starts with a provenance header
        assert f.read_text("utf-8").startswith("# ")


@pytest.mark.parametrize("lang", LANGS)
def test_coverage_of_all_roots(lang):
    lex = load_lexicon(lang)
    coded = [e for e in lex.entries if section_of(e) != "exclude"]
    assert len(coded) >= 500
    roots = {e.cameo[:2] for e in coded}
    assert roots == {r.code for r in ontology.roots()}
    for e in coded:
        assert ontology.is_known(e.cameo)
        assert e.source.startswith(f"lang/{lang}/events/") and e.source.rsplit(":", 1)[1].isdigit()


@pytest.mark.parametrize("lang,words", [
    ("de", ["haben", "machen", "geben", "nehmen", "bringen", "stellen", "führen", "treffen",
            "setzen", "halten", "ziehen", "gehen", "sein", "werden"]),
    ("en", ["have", "make", "give", "take", "get", "put", "hold", "carry", "go", "set", "be",
            "do", "bring", "lay", "pay"]),
])
def test_general_verbs_are_never_events_alone(lang, words):
    lex = load_lexicon(lang)
    for w in words:
        for e in lex.verbs(w):
            assert e.with_noun or e.reflexive or e.prep or e.particle or e.target_required, \
                (w, e.source)
        got = lex.select_verb(w)
        assert got is None or got.target_required, w  # (the coder checks the person met)


def test_german_frames():
    lex = load_lexicon("de")
    [abziehen] = lex.verbs("abziehen")
    assert (abziehen.cameo, abziehen.particle) == ("0874", "ab")
    assert abziehen.source.startswith("lang/de/events/verbs.yaml:")
    bedanken = lex.select_verb("bedanken", reflexive=True, preps=["bei", "für"])
    assert (bedanken.cameo, bedanken.reflexive, bedanken.prep, bedanken.target) == (
        "051", True, "bei", "prep")
    assert lex.select_verb("bedanken") is None            # the frame needs "sich"
    # "treffen": meeting only with "sich ... mit" or a person met, an agreement only with its noun
    assert lex.select_verb("treffen").target_required
    assert lex.select_verb("treffen", reflexive=True, preps=["mit"]).cameo == "040"
    assert lex.select_verb("treffen", nouns=["Vereinbarung"]).cameo == "057"
    # demands: generic 100, specific by the demanded noun, compounds included
    assert lex.select_verb("verlangen").cameo == "100"
    assert lex.select_verb("verlangen", nouns=["Us-abzug"]).cameo == "1056"
    assert lex.select_verb("fordern", nouns=["Rücktritt"]).cameo == "1041"
    assert lex.select_verb("drohen").with_infinitive == "13"
    assert lex.select_verb("überrennen").particle is None      # inseparable über-
    assert lex.select_verb("festnehmen").cameo == "173"
    assert lex.select_verb("beraten", preps=["über"]).cameo == "040"
    assert lex.is_reporting("mitteilen") and lex.is_reporting("sagen")
    assert not lex.is_reporting("bombardieren")


def test_german_nouns_and_compounds():
    lex = load_lexicon("de")
    assert [e.cameo for e in lex.nouns("Abzug")] == ["0874"]
    assert lex.nouns("Abzug")[0].genitive == "source"
    assert [e.cameo for e in lex.nouns("Us-abzug")] == ["0874"]          # HanTa's lemma
    assert [e.cameo for e in lex.nouns("Truppenabzug")] == ["0874"]
    assert lex.nouns("Festnahme")[0].genitive == "target"
    assert lex.nouns("Wahlkampf") == [] and lex.nouns("Bundestagswahlkampf") == []
    assert lex.nouns("Fischimportverbot")[0].cameo == "163"
    assert lex.nouns("Haus") == []


def test_english_frames_and_multiword_nouns():
    lex = load_lexicon("en")
    assert lex.select_verb("call", preps=["for"]).cameo == "020"
    assert lex.select_verb("call", preps=["for"], nouns=["ceasefire"]).cameo == "0256"
    assert lex.select_verb("pull", particle="out").cameo == "0874"
    assert lex.select_verb("pull", particle="out", preps=["of"], nouns=["treaty"]).cameo == "127"
    assert lex.select_verb("pull") is None
    assert lex.select_verb("carry", particle="out", nouns=["attack"]).cameo == "180"
    assert lex.select_verb("meet", preps=["with"]).target == "prep"
    assert lex.select_verb("deny", nouns=["incident"]).cameo == "016"
    assert [e.cameo for e in lex.verbs("retook")] == ["192"]           # tagger miss, by form
    words = [("A", "a"), ("car", "car"), ("bomb", "bomb"), ("ramming", "ram"),
             ("attack", "attack"), ("after", "after"), ("a", "a"), ("heart", "heart"),
             ("attack", "attack")]
    m = lex.match_noun(words, 2)
    assert (m.start, m.end, m.entries[0].cameo) == (1, 3, "1832")
    assert lex.match_noun(words, 4).entries[0].cameo == "190"
    excluded = lex.match_noun(words, 8)
    assert (excluded.start, excluded.entries) == (7, ())
    assert lex.match_noun(words, 5) is None


def test_particle_rule():
    assert derive_particle("abziehen", "de") == "ab"
    assert derive_particle("zurückdrängen", "de") == "zurück"
    assert derive_particle("zusammenarbeiten", "de") == "zusammen"
    assert derive_particle("überrennen", "de") is None        # ambiguous prefix: explicit only
    assert derive_particle("unterstützen", "de") is None
    assert derive_particle("bombardieren", "de") is None
    assert derive_particle("abziehen", "en") is None
    lex = load_lexicon("de")
    assert lex.verbs("einigen")[0].particle is None           # explicit "" in the file
    assert lex.verbs("annektieren")[0].particle is None
    assert lex.verbs("umbringen")[0].particle == "um"         # explicit separable um-


BAD = """\
# a user lexicon with mistakes
verbs:
  - {lemma: abziehen, cameo: "0874"}
  - {lemma: abziehen, cameo: "0874"}
  - {lemma: kritisieren, cameo: "999"}
  - {lemma: loben, cameo: 51}
  - {lemma: drohen, cameo: "130", target: somewhere}
  - {lemma: verlangen, cameo: "100", colour: red}
  - {lemma: verlangen, cameo: "112"}
nouns:
  - {lemma: Angriff, cameo: "190", genitive: maybe}
  - {cameo: "190"}
bogus:
  - {lemma: x}
reporting:
  - {lemma: Abzug, cameo: "0874"}
  - {lemma: zog, cameo: "0874"}
patterns:
  - {lemma: führen, cameo: "046", with_noun: [gespräch]}
"""


def test_check_reports_problems_with_line_numbers(tmp_path):
    bad = tmp_path / "de_extra.yaml"
    bad.write_text(BAD, "utf-8")
    runner = CliRunner()
    result = runner.invoke(cli, ["lexicon", "check", str(bad)])
    assert result.exit_code == 1
    out = result.output
    lines = {int(ln.split(":")[1]) for ln in out.splitlines() if ln.startswith(str(bad))}
    assert {4, 5, 6, 7, 8, 9, 11, 12, 13} <= lines
    assert f"{bad}:4: error: duplicate of" in out
    assert f"{bad}:5: error: unknown CAMEO code '999'" in out
    assert f"{bad}:6: error: cameo must be a quoted string" in out
    assert f"{bad}:9: error: conflicts with" in out
    assert "unknown field 'colour'" in out and "unknown section 'bogus'" in out
    assert f"{bad}:16: error: verb lemma 'Abzug' has capitals" in out
    assert f"{bad}:17: error: German verb lemma 'zog' is not an infinitive" in out
    assert f"{bad}:19: error: with_noun: German noun 'gespräch' is not capitalised" in out


def test_check_shipped_is_clean_and_summarises():
    result = CliRunner().invoke(cli, ["lexicon", "check"])
    assert result.exit_code == 0, result.output
    assert "entries OK" in result.output
    assert "19    fight" in result.output


def test_check_rejects_broken_yaml(tmp_path):
    bad = tmp_path / "en_broken.yaml"
    bad.write_text("verbs:\n  - {lemma: attack, cameo: \"190\"\n  - {lemma: x}\n", "utf-8")
    result = CliRunner().invoke(cli, ["lexicon", "check", str(bad)])
    assert result.exit_code == 1
    assert "invalid YAML" in result.output


def test_extra_files_extend_and_override(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text('verbs:\n  - {lemma: abziehen, cameo: "087"}\n'
                     '  - {lemma: verklappen, cameo: "1712"}\n', "utf-8")
    lex = load_lexicon("de", [extra])
    assert [e.cameo for e in lex.verbs("abziehen")] == ["087"]
    assert lex.verbs("verklappen")[0].source.endswith("mine.yaml:3")
    assert [e.cameo for e in load_lexicon("de").verbs("abziehen")] == ["0874"]
    broken = tmp_path / "broken.yaml"
    broken.write_text('verbs:\n  - {lemma: abziehen, cameo: "9999"}\n', "utf-8")
    with pytest.raises(ConfigError, match="broken.yaml:2"):
        load_lexicon("de", [broken])


def test_yes_no_on_off_are_words(tmp_path):
    f = tmp_path / "en_onoff.yaml"
    f.write_text('verbs:\n  - {lemma: fire, cameo: "193", prep: on, target: prep}\n'
                 '  - {lemma: call, cameo: "087", particle: off, with_noun: [strike]}\n', "utf-8")
    entries, problems = check_files([f])
    assert problems == []
    assert [(e.prep, e.particle) for e in entries] == [("on", None), (None, "off")]


def test_entries_are_frozen(lex):
    e = lex.entries[0]
    with pytest.raises(Exception):
        e.cameo = "190"
    assert isinstance(e, (VerbEntry, NounEntry)) or hasattr(e, "cameo")


def test_prepositional_frames_need_their_preposition():
    de, en = load_lexicon("de"), load_lexicon("en")
    assert de.select_verb("bestehen") is None                  # "bestehen" = exist / pass
    assert de.select_verb("bestehen", preps=["auf"]).cameo == "100"
    assert de.select_verb("feuern") is None                    # "feuern" = dismiss
    assert de.select_verb("verhandeln").cameo == "046"         # target prep: optional
    assert en.select_verb("insist") is None                    # "insisted that ..."
    assert en.select_verb("insist", preps=["on"]).cameo == "100"
    assert en.select_verb("fire") is None                      # "fired the minister"
    assert en.select_verb("fire", preps=["at"]).cameo == "193"
    assert en.select_verb("trade", nouns=["threat"]).cameo == "130"
    assert en.select_verb("trade") is None
    assert en.select_verb("sign", nouns=["legislation"]) is None   # a domestic law
    assert en.select_verb("sign", nouns=["treaty"]).cameo == "057"
    assert de.select_verb("unterzeichnen", nouns=["Freihandelsabkommen"]).cameo == "057"


def test_negative_nouns_and_light_verbs():
    de, en = load_lexicon("de"), load_lexicon("en")
    assert de.select_verb("bekämpfen", nouns=["Miliz"]).cameo == "190"
    assert de.select_verb("bekämpfen", nouns=["Fischerei"]) is None      # illegal fishing
    assert de.select_verb("bekämpfen", nouns=["Kinderarmut"]) is None    # compound head
    assert en.select_verb("fight", nouns=["corruption"]) is None
    assert en.select_verb("fight", nouns=["rebel"]).cameo == "190"
    carry = en.select_verb("carry", particle="out", nouns=["bombing"])
    assert carry.light and carry.cameo == "180"          # the coder takes bombing's 183
    assert [n.cameo for n in en.nouns("bombing")] == ["183"]
    verueben = de.select_verb("verüben", nouns=["Bombenanschlag"], preps=["auf"])
    assert verueben.light and [n.cameo for n in de.nouns("Bombenanschlag")] == ["183"]
    assert de.select_verb("beenden", nouns=["Kampfeinsatz"]).cameo == "087"
    assert de.select_verb("beenden", nouns=["Sitzung"]) is None


def test_object_required_frames():
    en, de = load_lexicon("en"), load_lexicon("de")
    assert en.select_verb("warn", has_object=True).cameo == "130"      # warned the Saudis
    assert en.select_verb("warn", has_object=False) is None            # warned that ...
    assert en.reporting("warn").cameo == "012"
    assert de.select_verb("warnen", has_object=False) is None
    assert de.select_verb("warnen", preps=["vor"], has_object=False).cameo == "012"


@pytest.mark.parametrize("lang,lemma,nouns", [
    ("en", "release", ["statement"]),        # "in a statement released after the attack"
    ("en", "meet", ["deadline"]),            # "this deadline was not met"
    ("en", "shoot", ["film"]),
    ("en", "charge", ["fee"]),
    ("en", "deploy", ["technology"]),
    ("en", "occupy", ["seat"]),
    ("en", "withdraw", ["money"]),
    ("en", "recognize", ["need"]),
    ("de", "fordern", ["Todesopfer"]),        # "Der Anschlag forderte 20 Todesopfer"
    ("de", "besetzen", ["Posten"]),          # filling a post
    ("de", "einnehmen", ["Medikament"]),
    ("de", "schlagen", ["Alarm"]),
    ("de", "zurückziehen", ["Politik"]),     # retiring from politics
    ("de", "bergen", ["Risiko"]),
    ("de", "liefern", ["Beweis"]),
    ("de", "vertreiben", ["Produkt"]),
])
def test_common_non_event_readings_are_not_coded(lang, lemma, nouns):
    lex = load_lexicon(lang)
    entry = lex.select_verb(lemma, nouns=nouns, reflexive=True, has_object=True)
    assert entry is None, entry


@pytest.mark.parametrize("lang,lemma,kw,code", [
    ("en", "release", {"nouns": ["hostage"]}, "0841"),
    ("en", "meet", {"nouns": ["counterpart"]}, "040"),
    ("en", "occupy", {"nouns": ["building"]}, "144"),
    ("en", "attack", {"nouns": ["policy"]}, "111"),
    ("en", "freeze", {"nouns": ["asset"]}, "163"),
    ("de", "besetzen", {"nouns": ["Stadt"]}, "192"),
    ("de", "liefern", {"nouns": ["Panzer"]}, "072"),
    ("de", "zurückziehen", {"nouns": ["Truppe"]}, "0874"),
    ("de", "fordern", {"nouns": ["Freilassung"]}, "1053"),
])
def test_event_readings_still_coded(lang, lemma, kw, code):
    assert load_lexicon(lang).select_verb(lemma, **kw).cameo == code


def test_swiss_spelling_and_multiword_nouns():
    de, en = load_lexicon("de"), load_lexicon("en")
    assert de.nouns("Strafmassnahme")[0].cameo == "163"       # Swiss ss for ß
    words = [("declared", "declare"), ("a", "a"), ("state", "state"), ("of", "of"),
             ("emergency", "emergency")]
    m = en.match_noun(words, 4)
    assert (m.start, m.entries[0].cameo) == (2, "1724")
    words = [("held", "hold"), ("peace", "peace"), ("talks", "talk")]
    assert en.match_noun(words, 2).entries[0].cameo == "046"


def test_particles_file():
    from newsevents.lang import data_path, load_lines
    text = data_path("de", "events/particles.txt").read_text("utf-8")
    assert text.startswith("# ")
    words = load_lines("de", "events/particles.txt")
    assert len(words) == len(set(words)) > 30
    assert all(w.isalpha() and w == w.lower() for w in words)
    assert {"ab", "an", "auf", "aus", "zurück", "fest", "über"} <= set(words)


def test_english_names_are_not_event_nouns():
    en = load_lexicon("en")
    assert en.nouns("March") == []          # the month, not a protest march
    assert en.nouns("march")[0].cameo == "141"
    words = [("Talks", "talk"), ("began", "begin"), ("in", "in"), ("March", "March")]
    assert en.match_noun(words, 3) is None
    assert en.match_noun(words, 0).entries[0].cameo == "040"


def test_support_is_political_or_military_by_its_object():
    de, en = load_lexicon("de"), load_lexicon("en")
    assert de.select_verb("unterstützen", nouns=["Kandidatin"]).cameo == "051"
    assert de.select_verb("unterstützen", nouns=["Sicherheitskraft"]).cameo == "062"
    assert de.select_verb("beraten", has_object=True).cameo == "062"
    assert en.select_verb("back", nouns=["rebel"]).cameo == "072"
    assert en.select_verb("back", nouns=["plan"]).cameo == "051"
    assert de.select_verb("treffen", nouns=["Wohnhaus"]).cameo == "190"   # hit, not meet
