"""The language data for quotations: marks, reporting verbs, source markers, pronouns.

Read from ``lang/<lang>/quotes/*.tsv`` so a researcher extends the lists without Python.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..lang import load_tsv

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
    return QuoteLexicon(
        lang=lang, marks=marks, verbs=verbs, pronouns=pronouns,
        markers={k: tuple(sorted(v, key=len, reverse=True)) for k, v in markers.items()})
