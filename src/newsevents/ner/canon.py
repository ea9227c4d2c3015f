"""Canonical names: the form a name takes in a dictionary, not the one the sentence needed.

- A gazetteer organisation or country takes its curated name in the article's language
  ("IS" -> "Islamischer Staat", "USA" -> "Vereinigte Staaten", "des Weißen Hauses" ->
  "Weißes Haus").
- Cities, regions and everything else keep their written form, minus a German genitive
  ending that the gazetteer look-up removed ("Bagdads" -> "Bagdad") and an English possessive.
- Spaces are squeezed; typographic apostrophes made plain.
"""

from __future__ import annotations

from .gazetteer import norm
from .recognizer import Mention


def canonical(surface: str, m: Mention, lang: str | None, gaz=None) -> str:
    text = " ".join(surface.split())
    e = m.entry
    listed = gaz is not None and gaz.known_form(text)
    if e is not None:
        if e.kind == "COUNTRY" and not listed and " " in text:
            return e.name(lang)  # an inflected multiword name: "Vereinigten Arabischen Emiraten"
        if e.kind == "COUNTRY" and not _caps(text):
            # the written name, when it is a name of the country and not a code ("Turkey",
            # "Iraks" -> "Irak"); babel's official short forms ("Türkiye") are not what news says
            return _degenitive(text, lang, listed)
        if e.type == "ORG" or e.kind in ("COUNTRY", "ADM1", "REGION", "SEA", "RIVER", "ISLAND",
                                         "MOUNTAIN"):
            return e.name(lang)
        # a city: its written form, without the genitive ending the look-up removed
        if lang == "de" and not listed and text.endswith("s"):
            stem = text[:-2] if text.endswith("es") and norm(text[:-2]) == norm(e.name_de) \
                else text[:-1]
            return stem
        return text
    for tail in ("'s", "’s"):
        if text.endswith(tail):
            text = text[: -len(tail)]
    return text


def _caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _degenitive(text: str, lang: str | None, listed: bool = False) -> str:
    """German genitive -s / -es or English possessive removed when the rest is still a name."""
    from .gazetteer import norm as _n  # noqa: F401
    for tail in ("'s", "’s"):
        if text.endswith(tail):
            return text[: -len(tail)]
    if lang == "de" and text.endswith("s") and not text.endswith("ss") and len(text) > 4 \
            and not listed:
        return text[:-1]
    return text
