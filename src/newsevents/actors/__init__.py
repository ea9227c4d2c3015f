"""Actors: every noun phrase that can act, coded CAMEO-style (country + role, org, code).

- ``detect``: finds candidate mentions in a Doc (orgs, seats, role-noun phrases, persons,
  countries) from the lexicons in ``lexicon``;
- ``resolve``: links them across the document and codes them into ``doc.ActorMention``;
- ``lookup``: what the event coder calls -- ``actors_in_span(doc, start, end)`` and
  ``actor_at_token(doc, token_index)``.

The pipeline component is ``pipeline/actors.py`` (``newsevents.actors.v1``).
"""

from .lookup import actor_at_token, actors_in_span

__all__ = ["actors_in_span", "actor_at_token", "find_actors"]


def find_actors(doc):
    """All actor mentions of ``doc`` (tokens and tags must be present), sorted by offset."""
    from .detect import Detector
    from .resolve import resolve
    det = Detector(doc.lang or "en")
    return resolve(doc, det, det.detect(doc))
