"""What the clause analyser finds: phrases, predicates and clauses of one sentence.

These are plain mutable dataclasses holding token indices into ``doc.tokens``; the analyser
builds them, the coder reads them, and ``newsevents explain`` prints them.  They live in
``doc.analyses["clauses"]`` (a list of Clause per document, in sentence order).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Phrase:
    """A noun phrase, a pronoun or a prepositional phrase inside one clause.

    ``role`` is what the analyser decided: subj | obj | iobj | agent | prep | gen | refl | pred
    | "" (undecided).  ``cases`` are the German cases the phrase's article/pronoun allows
    (None: unknown, e.g. a bare name).  ``attached_to`` points (by index in clause.phrases) to
    the phrase a genitive attribute belongs to.
    """

    start: int  # first token (doc index)
    end: int  # one past the last token
    head: int  # token index of the head noun / pronoun
    kind: str = "NP"  # NP | PRON | PP
    prep: str | None = None  # preposition lemma of a PP ("bei", "by")
    cases: frozenset[str] | None = None
    role: str = ""
    attached_to: int | None = None
    relative: bool = False  # a relative pronoun (stands for the antecedent)
    conj_next: int | None = None  # index of the phrase coordinated with this one ("X und Y")


@dataclass
class Predicate:
    """A lexical verb of a clause, with its separable particle folded into ``lemma``."""

    token: int
    lemma: str  # "mitteilen" for "teilte ... mit"
    particle: int | None = None
    zu_infinitive: bool = False
    region: tuple[int, int] = (0, 0)  # token range whose phrases belong to this predicate


@dataclass
class Clause:
    id: int  # index in doc.analyses["clauses"]
    sent: int
    start: int  # token range (doc indices)
    end: int
    kind: str = "main"  # main | sub | rel | inf | part | nominal
    subordinator: str | None = None
    sub_kind: str | None = None  # complement | conditional | purpose | temporal | ...
    finite: int | None = None
    verbs: list[int] = field(default_factory=list)
    predicates: list[Predicate] = field(default_factory=list)
    voice: str = "active"  # active | passive | statal? (sein + participle: decided by the coder)
    tense: str = ""  # perfect | future | ""
    pluperfect: bool = False  # a perfect built with a past auxiliary ("hatte ... gedankt", "had asked")
    modality: str | None = None  # hypothetical | intent | obligation | factual | future
    negated: bool = False
    negation: int | None = None  # token of the negation word
    reflexive: bool = False
    phrases: list[Phrase] = field(default_factory=list)
    subject: int | None = None  # index in phrases
    subject_from: int | None = None  # clause id the subject was inherited from
    parent: int | None = None  # the clause this one depends on (sub, rel, inf, coordinated)
    antecedent: tuple[int, int] | None = None  # (clause id, phrase index) of a relative's noun
    reported_by: int | None = None  # clause id of the speech clause reporting this one
    reports: list[int] = field(default_factory=list)
    control: str | None = None  # intent | threat | attempt | refusal | request (from the parent)
    quoted: bool = False  # the clause stands inside quotation marks
    subjunctive: bool = False  # English mandative that-clause ("insisted that Iran release")
    ing_subject: tuple[int, int] | None = None  # "rebels fighting Assad": (clause, phrase)
    notes: list[str] = field(default_factory=list)

    def phrase(self, role: str) -> list[Phrase]:
        return [p for p in self.phrases if p.role == role]
