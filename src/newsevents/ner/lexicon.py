"""Cue lists for one language, loaded from data files under ``lang/<lang>/entities/``.

Kept apart from the recogniser so that a researcher can extend the word lists without reading
Python: every list here is a plain file with a provenance header.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..lang import load_lines, load_tsv

CUE_KINDS = ("TITLE", "ORG", "LOC", "PREP", "STOP", "CONNECT", "ORGPREFIX", "LOCEND", "MISC", "TOWNEND",
             "STREETEND", "PLACENOUN", "LOCFIRST", "ORGINTRO", "ORGLEAD", "CLUBFIRST",
             "OFFICEOF", "CLUBTAIL", "ROAD", "STOCKVERB", "SITENOUN")


@dataclass(frozen=True)
class CueSet:
    """Words of one cue kind: whole words (case-sensitive) and compound endings (folded)."""

    words: frozenset[str] = frozenset()
    suffixes: tuple[str, ...] = ()

    def __contains__(self, word: str) -> bool:
        if word in self.words:
            return True
        if self.suffixes:
            low = word.lower()
            if low.endswith(self.suffixes) and len(low) > 3:
                return True
            # German genitive: "Rundfunks", "Verbandes"
            if low.endswith("es") and low[:-2].endswith(self.suffixes) and len(low) > 5:
                return True
            return low.endswith("s") and low[:-1].endswith(self.suffixes) and len(low) > 4
        return False


@dataclass(frozen=True)
class Lexicon:
    lang: str
    title: CueSet = field(default_factory=CueSet)
    org: CueSet = field(default_factory=CueSet)
    loc: CueSet = field(default_factory=CueSet)
    prep: CueSet = field(default_factory=CueSet)
    stop: CueSet = field(default_factory=CueSet)
    connect: CueSet = field(default_factory=CueSet)
    orgprefix: CueSet = field(default_factory=CueSet)
    locend: CueSet = field(default_factory=CueSet)
    misc: CueSet = field(default_factory=CueSet)
    townend: CueSet = field(default_factory=CueSet)
    streetend: CueSet = field(default_factory=CueSet)
    placenoun: CueSet = field(default_factory=CueSet)
    locfirst: CueSet = field(default_factory=CueSet)
    orgintro: CueSet = field(default_factory=CueSet)  # "die Rockband X": X is an organisation
    orglead: CueSet = field(default_factory=CueSet)  # "Universität X": head and X one name
    clubfirst: CueSet = field(default_factory=CueSet)  # "FC X", "TSV X 1860": a club's name
    officeof: CueSet = field(default_factory=CueSet)  # "Bischof von X": X is a place
    clubtail: CueSet = field(default_factory=CueSet)  # "Manchester United": a town's team
    road: CueSet = field(default_factory=CueSet)  # "A 7", "Bundesstraße 216": a road
    stockverb: CueSet = field(default_factory=CueSet)  # "X gaben 2 % nach": X a company
    sitenoun: CueSet = field(default_factory=CueSet)  # "der Finanzwache X": X is its town
    foreign_function: frozenset[str] = frozenset()  # English function words, lower-cased
    particles: frozenset[str] = frozenset()
    first_names: frozenset[str] = frozenset()
    home_countries: frozenset[str] = frozenset()  # ISO3: small towns there need no cue


def load_lexicon(lang: str) -> Lexicon:
    """The cue lists of ``lang`` plus the language-independent ones (first names, particles)."""
    words: dict[str, set[str]] = {k: set() for k in CUE_KINDS}
    suffixes: dict[str, list[str]] = {k: [] for k in CUE_KINDS}
    for row in load_tsv(lang, "entities/cues.tsv"):
        kind, match = row["kind"], row.get("match") or "word"
        if match == "suffix":
            suffixes[kind].append(row["word"].lower())
        else:
            words[kind].add(row["word"])
    english = load_tsv("en", "entities/cues.tsv")
    if lang != "en":
        # English organisation and place names turn up in German news ("Wall Street",
        # "Champions League"): their head words count too
        for row in english:
            if row["kind"] in ("ORG", "LOC") and row.get("match", "word") == "word" \
                    and row["word"][:1].isupper():
                words[row["kind"]].add(row["word"])
            # ... and so do their connectors ("Institute of Technology")
            if row["kind"] == "CONNECT" and row["word"] in ("of", "for", "on"):
                words["CONNECT"].add(row["word"])
    function = frozenset(r["word"].lower() for r in english if r["kind"] in ("STOP", "CONNECT")
                         and r["word"][:1].isalpha() and len(r["word"]) <= 5)
    sets = {k.lower(): CueSet(frozenset(words[k]), tuple(suffixes[k])) for k in CUE_KINDS}
    return Lexicon(
        lang=lang, **sets, foreign_function=function,
        particles=frozenset(load_lines("common", "entities/particles.txt")),
        first_names=frozenset(load_lines("common", "entities/first_names.txt")),
        home_countries=_optional_lines(lang, "entities/home_countries.txt"),
    )


def _optional_lines(lang: str, name: str) -> frozenset[str]:
    from ..lang import data_path
    if not data_path(lang, name).exists():
        return frozenset()
    return frozenset(load_lines(lang, name))
