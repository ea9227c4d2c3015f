"""The language data a quantity extractor needs, read once per language from data files.

Everything a researcher may want to extend (number words, counted nouns, hedges, context cues,
currency signs) lives in ``lang/<lang>/quantities/*.tsv``; this module only turns those rows
into look-up tables, so the algorithm in ``extract.py`` never names a word of any language.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..lang import load_tsv

NUMBER_KINDS = frozenset({"unit", "ten", "hundred", "scale", "connector", "article", "vague",
                          "abbrev"})
CUE_KINDS = frozenset({"percent", "share_verb", "vote_noun", "vote_verb", "tally_link",
                       "toll_noun", "partitive", "coord", "casualty_after", "casualty_before",
                       "guard_before", "guard_after"})
OBJECT_CLASSES = frozenset({"person", "refugee", "force", "casualty", "weapon", "vehicle",
                            "money", "vote", "place"})


@dataclass(frozen=True)
class QuantityLexicon:
    """Look-up tables for one language.

    ``thousands``/``decimal`` are the language's digit separators (German "2.500,5", English
    "2,500.5"); ``suffix_objects`` says whether counted nouns match as the end of a word
    (German compounds: "kräfte" in "Sicherheitskräfte") or only as whole words (English)."""

    lang: str
    thousands: str
    decimal: str
    suffix_objects: bool
    numbers: dict[str, tuple[float, str]] = field(default_factory=dict)
    approximators: tuple[tuple[str, ...], ...] = ()  # word sequences, longest first
    cues: dict[str, frozenset[str]] = field(default_factory=dict)  # kind -> forms
    multi_cues: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    objects: dict[str, str] = field(default_factory=dict)  # form -> class
    currencies: dict[str, tuple[str, str]] = field(default_factory=dict)  # form -> (code, name)

    def cue(self, kind: str, word: str) -> bool:
        return word.lower() in self.cues.get(kind, frozenset())

    def number_word(self, word: str) -> tuple[float, str] | None:
        return self.numbers.get(word.lower())

    def object_class(self, word: str, lemma: str = "") -> str | None:
        """The class of a counted noun, or None when the noun is nothing an analyst counts."""
        for w in (word.lower(), lemma.lower()):
            if not w:
                continue
            if w in self.objects:
                return self.objects[w]
            if self.suffix_objects:
                # compounds: the longest listed ending of at least five letters decides
                for k in range(1, len(w) - 4):
                    tail = w[k:].lstrip("-")
                    if len(tail) >= 5 and tail in self.objects:
                        return self.objects[tail]
        return None


# ISO 4217 fund and accounting codes (not money anyone pays out in cash)
_FUND_CODES = frozenset({"BOV", "CLF", "COU", "MXV", "USN", "USS", "UYI", "UYW", "CHE", "CHW",
                         "ECV", "ADP", "XEU"})


def currency_words(lang: str) -> set[str]:
    """Head nouns of the world's currency names in ``lang`` ("riel", "Rubel", "yuan"), singular
    and plural, from the CLDR data babel ships: a list no one should type by hand.  Names
    shorter than four letters are left out ("won" is a verb far more often than money)."""
    try:
        from babel import Locale
        from babel.numbers import get_currency_name
    except ImportError:  # pragma: no cover - babel is a dependency
        return set()
    words: set[str] = set()
    loc = Locale.parse(lang)
    for code in loc.currencies:
        if code.startswith("X") or code in _FUND_CODES:
            continue  # precious metals, drawing rights, test and fund codes: no cash counts
        for count in (1, 2):
            try:
                name = get_currency_name(code, count=count, locale=lang)
            except Exception:  # noqa: BLE001 - CLDR gaps for historic currencies
                continue
            last = name.split()[-1].lower() if name else ""
            if len(last) >= 4 and last.isalpha() and "(" not in name and len(name.split()) <= 3:
                words.add(last)
    return words


_SEPARATORS = {"de": (".", ",", True), "en": (",", ".", False)}


def load_lexicon(lang: str) -> QuantityLexicon:
    """Read ``lang/<lang>/quantities/*.tsv`` into a :class:`QuantityLexicon`."""
    thousands, decimal, suffix = _SEPARATORS.get(lang, (",", ".", False))
    numbers = {r["form"].lower(): (float(r["value"]), r["kind"])
               for r in load_tsv(lang, "quantities/numbers.tsv")}
    approx = sorted((tuple(r["form"].lower().split()) for r in
                     load_tsv(lang, "quantities/approximators.tsv")), key=len, reverse=True)
    cues: dict[str, set[str]] = {}
    multi: dict[str, list[tuple[str, ...]]] = {}
    for r in load_tsv(lang, "quantities/cues.tsv"):
        form = r["form"].lower()
        if " " in form:
            multi.setdefault(r["kind"], []).append(tuple(form.split()))
        else:
            cues.setdefault(r["kind"], set()).add(form)
    objects = {r["form"].lower(): r["class"] for r in load_tsv(lang, "quantities/objects.tsv")}
    for word in currency_words(lang):
        objects.setdefault(word, "money")
    currencies = {r["form"]: (r["code"], r["name"])
                  for r in load_tsv(lang, "quantities/currency.tsv")}
    return QuantityLexicon(
        lang=lang, thousands=thousands, decimal=decimal, suffix_objects=suffix,
        numbers=numbers, approximators=tuple(approx),
        cues={k: frozenset(v) for k, v in cues.items()},
        multi_cues={k: tuple(sorted(v, key=len, reverse=True)) for k, v in multi.items()},
        objects=objects, currencies=currencies)
