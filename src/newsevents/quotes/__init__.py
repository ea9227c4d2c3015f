"""Quotations: direct speech in any quotation style, with its speaker coded as an actor.

``find_quote_spans`` finds quoted stretches in text; ``QuoteExtractor`` keeps the real
quotations (the rule is in ``extract.py``) and asks ``SpeakerFinder`` who said them.  The
pipeline component is ``newsevents.pipeline.quotes`` (``newsevents.quotes.v1``).
"""

from .extract import MIN_WORDS, QuoteExtractor, quotes_in
from .find import QuoteSpan, find_quote_spans
from .lexicon import QuoteLexicon, load_quote_lexicon
from .speaker import SpeakerFinder

__all__ = ["MIN_WORDS", "QuoteExtractor", "QuoteLexicon", "QuoteSpan", "SpeakerFinder",
           "find_quote_spans", "load_quote_lexicon", "quotes_in"]
