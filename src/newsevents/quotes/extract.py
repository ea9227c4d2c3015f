"""Direct quotations of a document, with speakers: find, keep or drop, attribute.

Which quoted stretches are quotations (the rule, in one place):

- a stretch that looks like a title — capital first letter, no verb, no closing . ! ? — is a
  title of a play, book, campaign or event ("Die Frau im Morgengrauen"), unless a verb of
  saying follows it at once;
- a stretch of five or more words is a quotation, unless a determiner stands right before
  its opening mark — then it is a name or a title ("für den "Verein unabhängige Bürger von
  Dresden"", "the "one country, two systems" model");
- a shorter stretch (one to four words) is a scare quote, a term or a name ("riots",
  „Eurosur“, „Gemeinsam für Dresden“) unless it is plainly said by someone: a colon stands
  before it ("Merkel: „Nein.“"), a reporting verb follows it at once ("„Nein“, sagte er",
  "\"Never,\" he said"), or it is a capitalised exclamation or sentence of its own, ending in
  . ! or ?, or it ends its sentence with the full stop inside the marks (news style: the
  troops who were "martyred.").  A verb before a short stretch labels rather than quotes
  ("nannte ihn „Verräter“");
- a short stretch in lower case inside reported speech is a partial quotation: a verb of
  saying stands before it in its sentence ("de Blasio indicated that "temporary burials"
  might be necessary") or a short reporting clause closes the sentence after a comma ("…sei
  der «absolute Hotspot», sagt der Virologe") — unless a label word stands right before it
  or the verb labels ("as", "als", "sogenannte", "bezeichnen"; lang/*/quotes/label_words.txt);
  in German also a quoted common noun after an article or adjective ("sprach von einem
  „Durchbruch“"), while a proper noun („Eurosur“) stays a name.  The speaker of such a
  stretch inside its clause is the subject before it, not a clause after it.

Five words is the shortest phrase of reported speech one meets quoted for its wording rather
than as a term ("als eingeladene Gäste der Republik Irak", "validate new predictive explosion
models"); terms and names in quotation marks are one to four words long far more often.
"""

from __future__ import annotations

import re

from ..doc import Doc, Token
from ..record import Quote
from .find import QuoteSpan, find_quote_spans
from .lexicon import QuoteLexicon
from .speaker import SpeakerFinder

MIN_WORDS = 5
#: tokens of a closing reporting clause with its comma and full stop (", sagt der Virologe
#: Christian Drosten."); a longer tail is a clause of its own ("…, erklärte sich bereit, …")
MAX_TAIL_CLAUSE = 8
_WORD = re.compile(r"\w+")


def _tokens_between(doc: Doc, s: int, e: int) -> list[Token]:
    first = doc.sentence_at(s)
    last = doc.sentence_at(max(s, e - 1))
    if first is None or last is None:
        return [t for t in doc.tokens if t.start >= s and t.end <= e]
    return [t for t in doc.tokens[first.tok_start:last.tok_end] if t.start >= s and t.end <= e]


def _prev_token(doc: Doc, offset: int) -> Token | None:
    s = doc.sentence_at(offset)
    toks = doc.sentence_tokens(s) if s else doc.tokens
    prev = [t for t in toks if t.end <= offset]
    if not prev and s is not None and s.id > 0:
        prev = doc.sentence_tokens(s.id - 1)
    return prev[-1] if prev else None


class QuoteExtractor:
    def __init__(self, lex: QuoteLexicon, min_words: int = MIN_WORDS, partial: bool = False):
        self.lex = lex
        self.min_words = min_words
        # shorter partial quotations inside reported speech (rule above): off by default, as
        # the dev gold leaves them unannotated („ausschließlich mit repressiven Maßnahmen“)
        self.partial = partial

    def keep(self, doc: Doc, q: QuoteSpan, finder: SpeakerFinder) -> bool:
        """The quotation rule of the module docstring."""
        inner = doc.text[q.start:q.end]
        n_words = len(_WORD.findall(inner))
        if n_words == 0:
            return False
        prev = _prev_token(doc, q.open_at)
        said_after = self._verb_follows(doc, q, finder)
        if not said_after and self._looks_like_title(doc, q, inner):
            return self.partial and self._quoted_noun(doc, q, finder, prev)
        if n_words >= self.min_words:
            return not (prev is not None and prev.upos == "DET" and
                        prev.text not in self.lex.all_marks)
        if prev is not None and prev.text == ":":
            return True
        if inner.rstrip()[-1:] in ".!?" and inner[:1].isupper():
            return True
        if inner.rstrip()[-1:] in ".!?" and q.close_at is not None and \
                doc.text[q.outer_end:q.outer_end + 1] in ("", "\n", " ") and \
                prev is not None and prev.upos not in ("DET", "ADP"):
            # "she said the troops were "martyred."": a stretch that closes the sentence with
            # its full stop inside the marks (news style) is reported wording, not a label
            return True
        return said_after or (self.partial and self._partial_quote(doc, q, finder, prev, inner))

    def _partial_quote(self, doc: Doc, q: QuoteSpan, finder: SpeakerFinder,
                       prev: Token | None, inner: str) -> bool:
        """A short stretch in lower case inside reported speech is a partial quotation: a verb
        of saying before it in its sentence ("de Blasio indicated that "temporary burials"
        might be necessary", "Cuomo said he took "solace"") or a reporting clause closing the
        sentence after a comma ("…sei der «absolute Hotspot», sagt der Virologe").  Lower case
        keeps out names and German nouns used as terms („Eurosur“, „Verräter“); a label word
        right before ("as", "als", "sogenannte") makes it a term, and a verb of saying after
        the stretch but not after a comma ("die das Problem „geerbt“ hatte, erklärte sich
        bereit") is not its reporting clause."""
        if not inner[:1].islower():
            return False
        return self._reported(doc, q, finder, prev)

    def _quoted_noun(self, doc: Doc, q: QuoteSpan, finder: SpeakerFinder,
                     prev: Token | None) -> bool:
        """A German common noun quoted inside reported speech is a partial quotation
        ("Merkel sprach von einem „Durchbruch“"): capitalised like a title, but tagged as a
        common noun (a name, „Eurosur“, is a proper noun), with an article or adjective
        before it."""
        if self.lex.lang != "de" or prev is None or prev.upos not in ("DET", "ADJ"):
            return False
        toks = _tokens_between(doc, q.start, q.end)
        if not toks or len(toks) > 3 or any(t.upos not in ("NOUN", "ADJ") for t in toks) \
                or toks[-1].upos != "NOUN":
            return False
        if any(t.upos == "ADJ" and t.text[:1].isupper() for t in toks):
            return False  # a capitalised adjective makes a name: "sagte er dem „Berliner Kurier“"
        return self._reported(doc, q, finder, prev)

    def _reported(self, doc: Doc, q: QuoteSpan, finder: SpeakerFinder,
                  prev: Token | None) -> bool:
        """The stretch stands in reported speech: the reporting clause rule of
        ``_partial_quote``."""
        if prev is not None and prev.text.lower() in self.lex.label_words:
            return False
        s = doc.sentence_at(q.open_at)
        if s is None:
            return False
        toks = doc.sentence_tokens(s)
        outside = [t for t in toks if not any(o <= t.start < e for o, e in finder.quote_chars)]
        if any(self._says(finder, t, toks) for t in outside if t.end <= q.open_at):
            return True
        after = [t for t in outside if t.start >= q.outer_end]
        return any(after[k].text == "," and self._says(finder, after[k + 1], toks) and
                   len(after) - k <= MAX_TAIL_CLAUSE for k in range(len(after) - 1))

    def _says(self, finder: SpeakerFinder, t: Token, toks: list[Token]) -> bool:
        """A verb of saying that reports rather than labels ("bezeichnen", "call" name)."""
        return finder.is_reporting_verb(t, toks) and \
            (t.lemma or t.text).lower() not in self.lex.label_words

    def _inside_clause(self, doc: Doc, q: QuoteSpan, finder: SpeakerFinder) -> bool:
        """A short stretch inside its sentence, not closed off by a comma or a verb of saying
        ("Zudem warnt das Unternehmen vor einem „nationalen Alleingang“ und fordert ..."):
        its speaker is the subject before it, not a clause after it."""
        inner = doc.text[q.start:q.end]
        if len(_WORD.findall(inner)) >= self.min_words or q.close_at is None:
            return False
        nxt = doc.text[q.outer_end:q.outer_end + 2].lstrip()[:1]
        return nxt not in (",", ":", "") and not self._verb_follows(doc, q, finder)

    @staticmethod
    def _verb_follows(doc: Doc, q: QuoteSpan, finder: SpeakerFinder) -> bool:
        """A verb of saying right after the closing mark: "„Nein“, sagte er", "\"No,\" he
        said" — not two words on ("... first announced"), and not before the stretch, where a
        verb names or labels it ("nannte ihn „Verräter“")."""
        s = doc.sentence_at(max(q.open_at, q.outer_end - 1))
        if s is None:
            return False
        toks = doc.sentence_tokens(s)
        after = [t for t in toks if t.start >= q.outer_end][:3]
        if after and after[0].text == ",":
            after = after[1:]
        if len(after) > 1 and after[0].upos not in ("PRON", "PROPN"):
            after = after[:1]
        return any(finder.is_reporting_verb(t, toks) for t in after[:2])

    @staticmethod
    def _looks_like_title(doc: Doc, q: QuoteSpan, inner: str) -> bool:
        """Titles of plays, books, campaigns and events ("Die Frau im Morgengrauen"): capital
        first letter, no verb, no closing . ! ?  Quoted phrases of speech start in lower case
        ("als eingeladene Gäste der Republik Irak") or carry a verb."""
        if inner[:1].islower() or inner.rstrip()[-1:] in ".!?…":
            return False
        toks = _tokens_between(doc, q.start, q.end)
        return bool(toks) and not any(t.upos in ("VERB", "AUX") for t in toks)

    def __call__(self, doc: Doc) -> list[Quote]:
        spans = find_quote_spans(doc.text, self.lex)
        chars = [(q.open_at, q.outer_end) for q in spans]
        finder = SpeakerFinder(doc, self.lex, chars)
        kept = [q for q in spans if self.keep(doc, q, finder)]
        finder.quote_chars = [(q.open_at, q.outer_end) for q in kept]
        out: list[Quote] = []
        prev_quote_sent: dict[int, object] = {}  # sentence id -> speaker of a quote in it
        for q in kept:
            s_open = doc.sentence_at(q.open_at)
            s_close = doc.sentence_at(max(q.open_at, q.outer_end - 1))
            speaker = None
            clause = None
            if s_close is not None and not self._inside_clause(doc, q, finder):
                clause = finder.clause_after(doc.sentence_tokens(s_close), q.outer_end)
            if clause is None and s_open is not None:
                clause = finder.clause_before(doc.sentence_tokens(s_open), q.open_at)
            if clause is not None and clause.colon:
                m = finder.first_mention(clause.region)
                speaker = m.actor if m is not None else finder.actor_in(clause.region, q.open_at)
            elif clause is not None:
                speaker = finder.actor_in(clause.region, q.open_at)
            if clause is None and s_open is not None:
                speaker = finder.subject_before(doc.sentence_tokens(s_open), q.open_at)
            if clause is not None and clause.verb is not None and speaker is None:
                pass  # "heißt es": a reporting clause that names no one
            elif speaker is None and s_open is not None and s_open.id > 0:
                prev_id = s_open.id - 1
                if prev_id in prev_quote_sent and prev_quote_sent[prev_id] is not None:
                    speaker = prev_quote_sent[prev_id]
                else:
                    ptoks = doc.sentence_tokens(prev_id)
                    pc = finder.clause_in(ptoks)
                    if pc is not None:
                        speaker = finder.actor_in(pc.region, q.open_at)
                    if speaker is None:
                        m = finder.first_mention(ptoks)
                        if m is not None and (finder.is_person(m) or finder.last_speaker is None):
                            speaker = m.actor
                        elif finder.last_speaker is None:
                            speaker = finder.first_actor(ptoks)
                if speaker is None:
                    speaker = finder.last_speaker
            if speaker is not None:
                finder.last_speaker = speaker
            if s_close is not None:
                prev_quote_sent[s_close.id] = speaker
            out.append(Quote(text=doc.text[q.start:q.end], start=q.start, end=q.end,
                             speaker=speaker))
        return out


def quotes_in(doc: Doc, lex: QuoteLexicon) -> list[Quote]:
    return QuoteExtractor(lex)(doc)


__all__ = ["MIN_WORDS", "QuoteExtractor", "quotes_in"]
