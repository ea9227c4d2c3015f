"""Quantities: counts of people, forces, weapons and money in news text (German, English).

``load_lexicon(lang)`` reads the language data; ``quantities_in(...)`` finds the counts of a
tokenised document; ``parse_digits`` / ``parse_number_word`` / ``match_number`` read numbers.
The pipeline component is ``newsevents.pipeline.quantities`` (``newsevents.quantities.v1``).
"""

from .extract import QuantityExtractor, quantities_in
from .lexicon import QuantityLexicon, load_lexicon
from .numbers import NumberMatch, match_number, parse_digits, parse_number_word

__all__ = ["QuantityExtractor", "QuantityLexicon", "NumberMatch", "load_lexicon",
           "match_number", "parse_digits", "parse_number_word", "quantities_in"]
