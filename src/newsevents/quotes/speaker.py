"""Who said it: the speaker of a quotation, from its reporting clause or its neighbours.

Order of evidence, first that applies:

1. a reporting clause after the quotation, in the sentence where it closes:
   ``„…“, teilte die Regierung in Bagdad mit`` / ``"…," he said`` / ``"…," said the minister``
   / ``„…“, so der Minister``;
2. a reporting clause before it, in the sentence where it opens:
   ``Der Minister sagte: „…“`` / ``Hotak alleged the government are "…"`` /
   ``which the BBC describes as "…"`` / ``laut Polizei „…“`` / ``X: „…“``;
3. for a quotation with no reporting clause of its own: the speaker of the previous
   sentence's quotation or reporting clause, else that sentence's first actor (its subject,
   in most news sentences), else the last speaker of the document.

Inside a clause the speaker is the actor mention (``doc.actors``) of the subject region: the
words between the quotation and the verb, or, when there are none (German inversion "teilte
die Regierung mit", English "said the minister"), the words after the verb.  A pronoun there
("er", "sie", "he") stands for the last person named before the quotation.  Without actor
mentions (the actors stage off or not yet run) the speaker is an ``Actor`` carrying the named
entity or the noun phrase text alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from ..doc import ActorMention, Doc, Token
from ..record import Actor
from .lexicon import QuoteLexicon

_NP_POS = {"DET", "ADJ", "NOUN", "PROPN", "NUM"}
_CLAUSE_STOP = {",", ";", ":", "(", ")", "–", "—"}
_SUBJECT_START = {"DET", "ADJ", "NOUN", "PROPN", "NUM"}


@dataclass(slots=True)
class Clause:
    """A reporting clause: the verb (or marker) token and the subject region's tokens."""

    verb: Token | None
    region: list[Token]
    colon: bool = False  # introduced by a colon alone: the region is the whole lead-in


class SpeakerFinder:
    def __init__(self, doc: Doc, lex: QuoteLexicon, quote_chars: Sequence[tuple[int, int]]):
        self.doc = doc
        self.lex = lex
        self.quote_chars = quote_chars  # (open, outer_end) of every quotation in the document
        self.marks = lex.all_marks
        self.mentions = sorted(doc.actors, key=lambda m: (m.start, -m.end))
        self.last_speaker: Actor | None = None
        self._genders: dict[str, str | None] = {}  # person name -> f / m / None (unknown)

    # -- words ------------------------------------------------------------------------------
    def _inside_quote(self, t: Token) -> bool:
        return any(o <= t.start < e for o, e in self.quote_chars)

    def is_reporting_verb(self, t: Token, sent_toks: Sequence[Token]) -> bool:
        if t.upos not in ("VERB", "AUX") and not t.pos.startswith("V"):
            return False
        lemma = (t.lemma or t.text).lower()
        if lemma in self.lex.phrasal and self._particle_follows(t, sent_toks,
                                                                 self.lex.phrasal[lemma]):
            return True  # "Barker shot back", "she fired back:"
        if lemma in self.lex.verbs and not self.lex.verbs[lemma]:
            return True
        if lemma in self.lex.verbs:  # a particle verb written together: "mitgeteilt"
            return True
        for full, particle in self.lex.verbs.items():
            if particle and full == particle + lemma:
                # "teilte ... mit": the particle stands apart later in the clause
                if any(x.text.lower() == particle and x.i > t.i and
                       (x.pos == "PTKVZ" or x.upos == "PART") for x in sent_toks):
                    return True
        return False

    @staticmethod
    def _particle_follows(t: Token, sent_toks: Sequence[Token], particles: frozenset[str]
                          ) -> bool:
        """The particle of a phrasal verb right after it: "shot back", not "shot him"."""
        after = [x for x in sent_toks if x.i > t.i][:1]
        return bool(after) and after[0].text.lower() in particles

    def _marker_at(self, toks: Sequence[Token], k: int, kind: str) -> int:
        """Length of a source marker starting at toks[k], or 0."""
        low = [t.text.lower() for t in toks]
        for seq in self.lex.markers.get(kind, ()):
            if tuple(low[k:k + len(seq)]) == seq:
                return len(seq)
        return 0

    # -- clauses ----------------------------------------------------------------------------
    def clause_after(self, sent_toks: Sequence[Token], after: int) -> Clause | None:
        """The reporting clause right after a quotation closing at char ``after``."""
        toks = [t for t in sent_toks if t.start >= after]
        cut = []
        for t in toks:
            if t.text in self.marks or self._inside_quote(t):
                break
            cut.append(t)
        toks = cut[1:] if cut and cut[0].text == "," else cut
        if not toks:
            return None
        k = self._marker_at(toks, 0, "source_before")
        if k:  # "„…“, so der Minister"
            return Clause(None, _region(toks[k:]))
        for k in range(min(len(toks), 8)):  # "„…“, dem Minister zufolge"
            if toks[k].text in _CLAUSE_STOP or toks[k].text in (".", "!", "?"):
                break
            if k and self._marker_at(toks, k, "source_after"):
                return Clause(None, _region(toks[:k]))
        for vi, t in enumerate(toks[:8]):
            if t.text in (".", "!", "?") or t.text in _CLAUSE_STOP:
                break
            if self.is_reporting_verb(t, sent_toks):
                before = [x for x in toks[:vi] if x.upos not in ("PUNCT", "ADV", "CONJ")]
                if before and any(_nominal(x) for x in before):
                    return Clause(t, _region(toks[:vi]))
                return Clause(t, _region(toks[vi + 1:]))
        return None

    def clause_before(self, sent_toks: Sequence[Token], before: int) -> Clause | None:
        """The reporting clause right before a quotation opening at char ``before``."""
        toks = [t for t in sent_toks if t.end <= before and not self._inside_quote(t)]
        if not toks:
            return None
        # "laut Polizei „…“", "nach Angaben des Ministeriums „…“"
        for k in range(len(toks) - 1, max(-1, len(toks) - 8), -1):
            n = self._marker_at(toks, k, "source_before")
            if n:
                return Clause(None, _region(toks[k + n:]))
        for vi in range(len(toks) - 1, -1, -1):
            t = toks[vi]
            if self.is_reporting_verb(t, sent_toks):
                start = vi
                while start > 0 and toks[start - 1].text not in _CLAUSE_STOP:
                    start -= 1
                region = _region(toks[start:vi])
                if not region and not (self.lex.lang == "en" and start > 0):
                    # German inversion "Dazu sagte der Minister: „…“"; English puts the
                    # subject before the verb ("Harris, a senator, said it would be "…"")
                    region = _region(toks[vi + 1:])
                if not region and start > 0:
                    # "X responded to the raid, stating: „…“": the verb shares the subject of
                    # the clause before it, which is that clause's first actor
                    region = _region(toks[:start])
                    if region:
                        return Clause(t, region, colon=True)
                return Clause(t, region)
        # "Der Minister: „…“" / "Cassis stellte den Dialog in den Mittelpunkt: «…»": with no
        # verb of saying, the sentence's subject (its first actor) introduces the quotation
        if toks[-1].text == ":":
            region = _region(toks[:-1])
            if region:
                return Clause(None, region, colon=True)
        return None

    def clause_in(self, sent_toks: Sequence[Token]) -> Clause | None:
        """A reporting clause anywhere in a sentence (for the sentence before a quotation)."""
        toks = [t for t in sent_toks if not self._inside_quote(t)]
        for vi, t in enumerate(toks):
            if self.is_reporting_verb(t, sent_toks):
                start = vi
                while start > 0 and toks[start - 1].text not in _CLAUSE_STOP:
                    start -= 1
                region = _region(toks[start:vi]) or _region(toks[vi + 1:])
                if region:
                    return Clause(t, region)
        return None

    def subject_before(self, sent_toks: Sequence[Token], before: int) -> Actor | None:
        """For a quotation inside a sentence with no verb of saying ("Haley spotlighted that
        the former president "put us ..."", "The EU released a statement, and "decided
        ..."", "she argued that he is "weak in the knees.""): the subject of the nearest
        clause before it that has one — the writer reports that subject's words."""
        if any(self._reported_form(t) and not self._inside_quote(t) for t in sent_toks):
            return None  # "Die Soldaten seien „…“": the previous speaker's words go on
        toks = [t for t in sent_toks if t.end <= before and not self._inside_quote(t)]
        segments: list[list[Token]] = [[]]
        for t in toks:
            if t.text in _CLAUSE_STOP or t.text == "-":
                segments.append([])
            else:
                segments[-1].append(t)
        for seg in reversed(segments):
            region = _region(seg)
            if region and region[0].upos in ("VERB", "AUX"):
                # "Harris, D-Calif., called Wilson's record "…"": the verb's subject opens
                # the sentence, before any apposition
                m = self.first_mention(sent_toks, before)
                return m.actor if m is not None else None
            # a subject opens its clause: a name, a noun phrase or a pronoun of speakers, not
            # a preposition ("also on Twitter")
            if region and region[0].upos in _SUBJECT_START or region and \
                    region[0].text.lower() in self.lex.pronouns:
                actor = self.actor_in(region, before)
                if actor is not None and (actor.name or actor.code or
                                          region[0].upos == "PRON"):
                    return actor
        return None

    def _reported_form(self, t: Token) -> bool:
        """A German Konjunktiv I: listed ("sei", "habe") or a finite verb that is its
        infinitive less the final n ("umfasse" of "umfassen"; the indicative is "umfasst")."""
        low = t.text.lower()
        if low in self.lex.reported_forms:
            return True
        lemma = (t.lemma or "").lower()
        return self.lex.lang == "de" and t.pos in ("VVFIN", "VMFIN", "VAFIN") and \
            lemma.endswith("en") and low == lemma[:-1]

    # -- actors -----------------------------------------------------------------------------
    def actor_in(self, region: Sequence[Token], before: int) -> Actor | None:
        """The actor a subject region names, a pronoun resolved, or the bare phrase."""
        if not region:
            return None
        first = region[0]
        if first.upos == "PRON" and first.text.lower() not in self.lex.pronouns:
            # an expletive or relative pronoun: "heißt es", "hieß es in Bagdad", "der ..."
            return None
        number = self.lex.pronouns.get(first.text.lower())
        gender = self.lex.pronoun_gender.get(first.text.lower())
        if first.upos == "PRON" and number == "sg":
            # "he said": the last person named before, which is what a reader takes; "she"
            # skips men named since ("As Barker spoke, she added:")
            own = self.resolve_person(before, gender)
            if own is not None:
                return own
        s, e = region[0].start, region[-1].end
        inside = [m for m in self.mentions if m.start >= s and m.end <= e] or \
                 [m for m in self.mentions if m.start < e and s < m.end]
        np = _noun_phrase(region, self.lex.pronouns, self.lex.np_links)
        if np and not inside or np and not any(_overlaps(m, np) for m in inside):
            # the phrase heading the region is the speaker, not a medium or place after it
            # ("schrieb der AStA auf Twitter"): without its own mention it stays uncoded
            pass
        elif inside:
            head = [m for m in inside if np and _overlaps(m, np)] or inside
            return head[0].actor
        number = self.lex.pronouns.get(first.text.lower())
        if number is not None and first.upos == "PRON":
            return self.resolve_pronoun(number, first.start, gender) or Actor(text=first.text)
        ends = (np[0].start, np[-1].end) if np else (s, e)
        for ent in self.doc.entities:
            if ent.start >= ends[0] and ent.end <= ends[1] and ent.type in ("PERSON", "ORG"):
                return Actor(text=ent.text, name=ent.name, country=ent.country)
        if np and not any(tx.start < np[-1].end and np[0].start < tx.end
                          for tx in self.doc.timexes):
            return Actor(text=self.doc.text[np[0].start:np[-1].end])
        return None

    def resolve_person(self, before: int, gender: str | None = None) -> Actor | None:
        """The last person mention ending before ``before`` whose gender, when both are
        known, is the pronoun's."""
        for m in reversed([m for m in self.mentions if m.end <= before]):
            if self.is_person(m) and (gender is None or self.gender_of(m) in (None, gender)):
                return m.actor
        return None

    def gender_of(self, m: ActorMention) -> str | None:
        """A person's gender as the text tells it: a form of address or role noun right
        before any mention of the same name ("Mrs", "spokeswoman", "Ministerin"), else the
        given name (lang/common/entities/given_name_gender.tsv); None when unknown."""
        ent = self.doc.entities[m.entity] if m.entity is not None and \
            0 <= m.entity < len(self.doc.entities) else None
        name = (ent.name if ent is not None else m.actor.name) or m.actor.text
        if name in self._genders:
            return self._genders[name]
        found: str | None = None
        for e in self.doc.entities:
            if e.type == "PERSON" and e.name == name:
                prev = self._token_before(e.start)
                found = self.lex.gender_of_word(prev.text) if prev is not None else None
                if found:
                    break
        if found is None:
            words = name.split()
            found = self.lex.given_names.get(words[0]) if len(words) > 1 else None
        self._genders[name] = found
        return found

    def _token_before(self, offset: int) -> Token | None:
        """The token that ends right before ``offset`` in its sentence, if any."""
        s = self.doc.sentence_at(offset)
        if s is None:
            return None
        prev = [t for t in self.doc.sentence_tokens(s) if t.end <= offset]
        return prev[-1] if prev else None

    def resolve_pronoun(self, number: str, before: int, gender: str | None = None
                        ) -> Actor | None:
        prior = [m for m in self.mentions if m.end <= before]
        if number == "sg":
            for m in reversed(prior):
                if self.is_person(m) and (gender is None or self.gender_of(m) in (None, gender)):
                    return m.actor
            if self.last_speaker is not None:
                return self.last_speaker
            for ent in reversed(self.doc.entities):
                if ent.end <= before and ent.type == "PERSON":
                    return Actor(text=ent.text, name=ent.name, country=ent.country)
            return None
        if self.last_speaker is not None:
            return self.last_speaker
        return prior[-1].actor if prior else None

    def is_person(self, m: ActorMention) -> bool:
        if m.entity is not None and 0 <= m.entity < len(self.doc.entities):
            return self.doc.entities[m.entity].type == "PERSON"
        return any(e.type == "PERSON" and e.start < m.end and m.start < e.end
                   for e in self.doc.entities)

    def first_mention(self, sent_toks: Sequence[Token], end: int | None = None
                      ) -> ActorMention | None:
        """The first actor mention of a sentence (up to ``end``), outside quotations."""
        if not sent_toks:
            return None
        s, e = sent_toks[0].start, sent_toks[-1].end if end is None else end
        found = [m for m in self.mentions
                 if s <= m.start < e and not any(o <= m.start < q for o, q in self.quote_chars)]
        for k, m in enumerate(found):
            if k + 1 < len(found) and self._possessor(m, sent_toks):
                continue  # "Barker's spokeswoman Jane Miller": the subject is the spokeswoman
            return m
        return None

    @staticmethod
    def _possessor(m: ActorMention, sent_toks: Sequence[Token]) -> bool:
        """A mention followed by a possessive "'s": it qualifies the noun after it."""
        nxt = [t for t in sent_toks if t.start >= m.end][:1]
        return bool(nxt) and nxt[0].text in ("'s", "’s", "'", "’") and nxt[0].start == m.end

    def first_actor(self, sent_toks: Sequence[Token]) -> Actor | None:
        """The first actor of a sentence, outside quotations: its subject, most often."""
        if not sent_toks:
            return None
        s, e = sent_toks[0].start, sent_toks[-1].end
        m = self.first_mention(sent_toks)
        if m is not None:
            return m.actor
        for ent in self.doc.entities:
            if s <= ent.start < e and ent.type in ("PERSON", "ORG"):
                return Actor(text=ent.text, name=ent.name, country=ent.country)
        return None


def _region(toks: Sequence[Token]) -> list[Token]:
    """Trim a subject region to its words: no leading/trailing punctuation or adverbs."""
    out = list(toks)
    while out and (out[0].upos in ("PUNCT", "ADV", "CONJ", "SCONJ") or out[0].text in _CLAUSE_STOP):
        out.pop(0)
    # stop at the next clause boundary
    for k, t in enumerate(out):
        if t.text in _CLAUSE_STOP or t.text in (".", "!", "?"):
            out = out[:k]
            break
    while out and out[-1].upos in ("PUNCT", "ADV", "CONJ", "PART"):
        out.pop()
    return out


def _overlaps(m: ActorMention, toks: Sequence[Token]) -> bool:
    return m.start < toks[-1].end and toks[0].start < m.end


def _noun_phrase(region: Sequence[Token], pronouns: dict[str, str] | None = None,
                 links: frozenset[str] = frozenset()) -> list[Token]:
    """The noun phrase a region starts with ("die Regierung in Bagdad", "a senior Turkish
    security official"), for speakers the actors stage did not name."""
    out: list[Token] = []
    k = 0
    while k < len(region):
        t = region[k]
        if t.upos == "DET" and out and _nominal(out[-1]) and \
                t.text.lower() not in links:
            break  # a new phrase begins: "die 44-Jährige | ihre Überzeugung"
        if t.upos in _NP_POS or (t.upos == "PRON" and not out and
                                  (pronouns is None or t.text.lower() in pronouns)):
            out.append(t)
            if t.upos == "PRON":
                break
            k += 1
            continue
        # a place or a body the speaker belongs to: "die Regierung in Bagdad", "a source
        # within the Interior Ministry" — but not "schrieb die Gewerkschaft auf Twitter"
        if links and t.text.lower() in links and out and k + 1 < len(region) and \
                region[k + 1].upos in _NP_POS:
            out.append(t)
            k += 1
            continue
        break
    while out and not _nominal(out[-1]):
        out.pop()
    return out


def _nominal(t: Token) -> bool:
    """A noun, a name or a pronoun; a capitalised word the tagger took for an adjective is
    most often an unknown name ("Biden said")."""
    if t.upos in ("NOUN", "PROPN", "PRON"):
        return True
    letters = [c for c in t.text if c.isalpha()]  # "44-Jährige" is a nominalised adjective
    return t.upos == "ADJ" and bool(letters) and letters[0].isupper()
