"""Wire copy: which stored articles are copies of one story (an agency text republished).

Why: GDELT counts every republication as another article and source, so a single agency
report printed by ten outlets looks like ten independent confirmations.  newsevents keeps
GDELT's NumArticles/NumSources as defined, and adds ``num_stories``: the number of
*independent* reports, where articles sharing most of their sentences count once.

How: each sentence of five words or more is fingerprinted (case-folded, spaces squeezed, a
64-bit BLAKE2 hash); a new article joins the story of the stored article with which it shares
the most fingerprints, when they share at least ``min_shared`` of them and that is at least
``min_overlap`` of the shorter article's fingerprints.  Outlet-specific headlines, bylines
and credit lines only lower the overlap a little.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import duckdb

from ..record import Record


@dataclass(frozen=True, slots=True)
class StorySettings:
    min_words: int = 5
    min_shared: int = 2
    min_overlap: float = 0.6


def sentence_prints(record: Record, min_words: int = 5) -> list[int]:
    out: set[int] = set()
    for s in record.sentences:
        words = record.text[s.start:s.end].casefold().split()
        if len(words) < min_words:
            continue
        h = hashlib.blake2b(" ".join(words).encode("utf-8"), digest_size=8).digest()
        out.add(int.from_bytes(h, "big", signed=True))
    return sorted(out)


def find_story(con: duckdb.DuckDBPyConnection, prints: list[int],
               settings: StorySettings = StorySettings()) -> str | None:
    """The story id of the stored article this one copies, or None (a new story)."""
    if len(prints) < settings.min_shared:
        return None
    row = con.execute(
        """
        WITH mine AS (SELECT unnest(?::BIGINT[]) AS print),
             shared AS (SELECT p.doc_id, count(*) AS n FROM sentence_prints p
                        JOIN mine USING (print) GROUP BY p.doc_id),
             sizes AS (SELECT doc_id, count(*) AS size FROM sentence_prints
                       WHERE doc_id IN (SELECT doc_id FROM shared) GROUP BY doc_id)
        SELECT coalesce(d.story_id, d.doc_id), s.n, z.size
        FROM shared s JOIN sizes z USING (doc_id) JOIN documents d USING (doc_id)
        ORDER BY s.n DESC, d.seq LIMIT 1
        """, [prints]).fetchone()
    if row is None:
        return None
    story, n, size = row
    if n >= settings.min_shared and n >= settings.min_overlap * min(size, len(prints)):
        return story
    return None


def store_prints(con: duckdb.DuckDBPyConnection, doc_id: str, prints: list[int]) -> None:
    if prints:
        from .assign import insert_many
        insert_many(con, "sentence_prints", ["doc_id", "print"], [[doc_id, p] for p in prints])
