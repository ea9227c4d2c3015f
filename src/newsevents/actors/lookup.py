"""Where the event coder finds actors: by character span or by token.

``actors_in_span(doc, start, end)`` -> mentions lying inside [start, end), outermost first
(longer spans before the mentions they contain, then by position);
``actor_at_token(doc, i)`` -> the innermost mention covering token ``i``, or None.
"""

from __future__ import annotations

from ..doc import ActorMention, Doc


def actors_in_span(doc: Doc, start: int, end: int) -> list[ActorMention]:
    """Actor mentions whose characters lie within [start, end), outermost first."""
    found = [m for m in doc.actors if m.start >= start and m.end <= end]
    return sorted(found, key=lambda m: (m.start, -(m.end - m.start)))


def actor_at_token(doc: Doc, token_index: int) -> ActorMention | None:
    """The innermost actor mention covering token ``token_index``, or None."""
    if not 0 <= token_index < len(doc.tokens):
        return None
    t = doc.tokens[token_index]
    best = None
    for m in doc.actors:
        if m.start <= t.start and t.end <= m.end:
            if best is None or (m.end - m.start) < (best.end - best.start):
                best = m
    return best
