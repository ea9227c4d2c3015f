"""Deduplication across articles: event mentions of one real-world event become one event.

Two mentions are the same event when they share the matching key (CAMEO root, source and
target actor, location country, negation and hypothetical mood; ``key.py``) and their event
dates lie within ``window_days`` of each other.  An event naming no actor at all is never
merged (``key.mergeable``).  ``assign.py`` links the mentions of a newly
stored document to existing events or opens new ones, and recounts GDELT's NumMentions,
NumSources and NumArticles for every event it touched, so ingesting is incremental.
"""

from __future__ import annotations

from .assign import DedupSettings, assign_rows, recount
from .key import day_interval, dedup_key, event_key, mergeable

__all__ = ["DedupSettings", "assign_rows", "recount", "day_interval", "dedup_key", "event_key",
           "mergeable"]
