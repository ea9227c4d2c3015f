"""The Doc: the working state one article accumulates while it passes through the pipeline.

Components read and extend a Doc (``Doc -> Doc``); at the end ``to_record()`` freezes it into
the output contract (``record.Record``).  Tokens and sentences live here rather than in the
record because only the components need them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterator

from .article import Article
from .record import (Actor, Entity, Event, Quantity, Quote, Record, SentenceSpan, Timex)


@dataclass(slots=True)
class Token:
    """One token.  ``pos`` is the tagger's native tag (STTS for German, BNC C5 for English);
    ``upos`` a coarse, language-independent class (NOUN PROPN VERB AUX ADJ ADV ADP DET PRON
    NUM CONJ SCONJ PART PUNCT X) so that language-independent code need not know tag sets."""

    i: int  # index in doc.tokens
    text: str
    start: int
    end: int
    sent: int  # sentence id
    space_after: bool = True
    pos: str = ""
    upos: str = ""
    lemma: str = ""


@dataclass(slots=True)
class Sentence:
    id: int
    start: int
    end: int
    tok_start: int  # first token index (doc.tokens)
    tok_end: int  # one past the last token index
    paragraph: int = 0  # paragraphs are separated by blank lines; headings are their own paragraph


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor found in the text, with where it stands (the record's Actor has no offsets)."""

    start: int
    end: int
    sent: int
    actor: Actor
    head: int | None = None  # token index of the head noun, when known
    entity: int | None = None  # index into doc.entities, when the actor is a named entity


@dataclass
class Doc:
    article: Article
    lang: str | None = None
    date: str | None = None
    date_precision: str | None = None
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Intermediate analyses one component leaves for a later one (e.g. "clauses", "coref"),
    # keyed by the name of the component that made them.
    analyses: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_article(cls, article: Article) -> "Doc":
        return cls(article=article, lang=article.lang, date=article.date,
                   date_precision=article.date_precision, warnings=list(article.warnings))

    @property
    def text(self) -> str:
        return self.article.text

    def sentence_tokens(self, sent: Sentence | int) -> list[Token]:
        s = self.sentences[sent] if isinstance(sent, int) else sent
        return self.tokens[s.tok_start:s.tok_end]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing character ``offset`` (binary search)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid - 1
            elif offset >= s.end:
                lo = mid + 1
            else:
                return s
        return None

    def sentence_text(self, sent: Sentence | int) -> str:
        s = self.sentences[sent] if isinstance(sent, int) else sent
        return self.text[s.start:s.end]

    def iter_sentences(self) -> Iterator[tuple[Sentence, list[Token]]]:
        for s in self.sentences:
            yield s, self.tokens[s.tok_start:s.tok_end]

    def to_record(self) -> Record:
        a = self.article
        return Record(
            doc_id=a.id, lang=self.lang, date=self.date, text=a.text, title=a.title,
            source=a.source, url=a.url,
            sentences=tuple(SentenceSpan(s.id, s.start, s.end) for s in self.sentences),
            entities=tuple(sorted(self.entities, key=lambda e: (e.start, e.end))),
            timexes=tuple(sorted(self.timexes, key=lambda t: (t.start, t.end))),
            quantities=tuple(sorted(self.quantities, key=lambda q: (q.start, q.end))),
            quotes=tuple(sorted(self.quotes, key=lambda q: (q.start, q.end))),
            events=tuple(self.events), date_precision=self.date_precision,
            warnings=tuple(self.warnings),
        )
