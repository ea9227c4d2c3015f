"""The language data for quotations: marks, reporting verbs, source markers, pronouns.

Read from ``lang/<lang>/quotes/*.tsv`` so a researcher extends the lists without Python.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..lang import data_path, load_lines, load_tsv

MARKER_KINDS = frozenset({"source_before", "source_after", "np_link"})
PRONOUN_NUMBERS = frozenset({"sg", "pl", "any", "org"})
MARK_STYLES = frozenset({"double", "single"})


@dataclass(frozen=True)
class QuoteLexicon:
    lang: str
    marks: tuple[tuple[str, str, str], ...] = ()  # (open, close, style), most specific first
    verbs: dict[str, str] = field(default_factory=dict)  # lemma -> separable particle or ""
    markers: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    pronouns: dict[str, str] = field(default_factory=dict)  # form -> sg | pl | any | org
    # English phrasal verbs of saying: lemma -> the particles that must follow ("shot back")
    phrasal: dict[str, frozenset[str]] = field(default_factory=dict)
    pronoun_gender: dict[str, str] = field(default_factory=dict)  # "she" -> "f"
    given_names: dict[str, str] = field(default_factory=dict)  # "Nikki" -> "f"
    gender_words: dict[str, str] = field(default_factory=dict)  # "mrs" -> "f"
    gender_suffixes: tuple[tuple[str, str], ...] = ()  # ("woman", "f"), longest first
    reported_forms: frozenset[str] = frozenset()  # German Konjunktiv I: "sei", "habe"
    label_words: frozenset[str] = frozenset()  # "as", "als": a short stretch after is a label

    def gender_of_word(self, word: str) -> str | None:
        """The gender a form of address or role noun before a name tells, if any."""
        low = word.lower()
        if low in self.gender_words:
            return self.gender_words[low]
        for suffix, gender in self.gender_suffixes:
            if low.endswith(suffix) and len(low) > len(suffix) + 1 or low == suffix:
                return gender
        return None

    @property
    def np_links(self) -> frozenset[str]:
        return frozenset(seq[0] for seq in self.markers.get("np_link", ()) if len(seq) == 1)

    @property
    def openers(self) -> frozenset[str]:
        return frozenset(o for o, _, _ in self.marks)

    @property
    def all_marks(self) -> frozenset[str]:
        return frozenset(o for o, _, _ in self.marks) | frozenset(c for _, c, _ in self.marks)


def load_quote_lexicon(lang: str) -> QuoteLexicon:
    marks = tuple((r["open"], r["close"], r["style"])
                  for r in load_tsv(lang, "quotes/marks.tsv"))
    verbs = {r["lemma"].lower(): r.get("particle", "").lower()
             for r in load_tsv(lang, "quotes/verbs.tsv")}
    markers: dict[str, list[tuple[str, ...]]] = {}
    for r in load_tsv(lang, "quotes/markers.tsv"):
        markers.setdefault(r["kind"], []).append(tuple(r["form"].lower().split()))
    pronouns = {r["form"].lower(): r["number"] for r in load_tsv(lang, "quotes/pronouns.tsv")}
    phrasal: dict[str, set[str]] = {}
    if data_path(lang, "quotes/phrasal_verbs.tsv").exists():
        for r in load_tsv(lang, "quotes/phrasal_verbs.tsv"):
            phrasal.setdefault(r["lemma"].lower(), set()).add(r["particle"].lower())
    words: dict[str, str] = {}
    suffixes: list[tuple[str, str]] = []
    if data_path(lang, "entities/gender_cues.tsv").exists():
        for r in load_tsv(lang, "entities/gender_cues.tsv"):
            if r.get("match") == "suffix":
                suffixes.append((r["word"].lower(), r["gender"]))
            else:
                words[r["word"].lower()] = r["gender"]
    return QuoteLexicon(
        lang=lang, marks=marks, verbs=verbs, pronouns=pronouns,
        pronoun_gender={r["form"].lower(): r["gender"]
                        for r in load_tsv(lang, "quotes/pronouns.tsv") if r.get("gender")},
        given_names={r["name"]: r["gender"]
                     for r in load_tsv("common", "entities/given_name_gender.tsv")},
        gender_words=words,
        reported_forms=frozenset(load_lines(lang, "quotes/reported_forms.txt"))
        if data_path(lang, "quotes/reported_forms.txt").exists() else frozenset(),
        label_words=frozenset(load_lines(lang, "quotes/label_words.txt"))
        if data_path(lang, "quotes/label_words.txt").exists() else frozenset(),
        gender_suffixes=tuple(sorted(suffixes, key=lambda x: -len(x[0]))),
        phrasal={k: frozenset(v) for k, v in phrasal.items()},
        markers={k: tuple(sorted(v, key=len, reverse=True)) for k, v in markers.items()})
