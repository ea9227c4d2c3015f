"""The temporal tagger: TIMEX3 expressions in German and English, document dates, event dates.

- ``tagger.TimexTagger``: finds and normalises temporal expressions (grammar from data files
  under ``lang/<lang>/time/``, algorithms in ``calendar``).
- ``docdate.refine``: the document date, refined from the text when it agrees.
- ``dating.date_for``: the date of a clause, for the event coder.
"""

from .tagger import Found, TimexTagger

__all__ = ["Found", "TimexTagger"]
