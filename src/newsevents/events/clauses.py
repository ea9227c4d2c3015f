"""Clause analysis without a parser: SoMaJo tokens + HanTa tags -> clauses, verbs, arguments.

Why rules and not a downloaded parser: the project runs offline on two languages at 20+
articles a second, and an event coder needs only a few things from syntax — which verb heads
which clause, whether it is passive, negated or hypothetical, which noun phrase is its subject,
which its object, which prepositional phrases it governs, and which clause reports which.
News prose marks most of that with punctuation, function words and (in German) the verb
bracket and case-marked articles, all of which the tagger gives us.

The steps, per sentence (each linear in the number of tokens):

1. *segments*: split at commas, semicolons, colons and dashes (English also before
   subordinators and relative pronouns); verbless segments (appositions, "wie angekündigt")
   join a neighbour;
2. *coordination*: a segment with two finite verbs is split at the conjunction before the
   second ("hat sich präsentiert und wird ... unterstützt");
3. *verb complex*: finite verb, auxiliaries, participles / infinitives at the clause end,
   separable particle ("teilte ... mit" -> "mitteilen"), voice, tense, modality, negation;
4. *phrases*: noun phrases, pronouns, prepositional phrases, genitive attributes;
5. *roles*: subject and objects from case (German articles/pronouns), position (Vorfeld,
   English preverbal subject) and prepositions (passive agents "von"/"by");
6. *links*: relative clauses to their antecedent, infinitive clauses to their controlling
   verb, coordinated clauses to the clause whose subject they share, speech clauses
   ("teilte ... mit", "hieß es", "said") to the clauses they report.
"""

from __future__ import annotations

import functools

from ..doc import Doc, Token
from ..lang import data_path, load_lines, load_tsv
from .model import Clause, Phrase, Predicate
from .syntax import Syntax, load_syntax

BOUNDARY_PUNCT = frozenset({",", ";", ":", "–", "—", "-", "--"})
QUOTES = frozenset({'"', "„", "“", "”", "«", "»", "``", "''", "‚", "‘", "’", "‹", "›"})
NP_UPOS = frozenset({"DET", "ADJ", "NUM", "NOUN", "PROPN"})
NOUN_UPOS = frozenset({"NOUN", "PROPN"})
# Sentence-final marks: a line ending without one is a headline
_TERMINAL = frozenset({".", "!", "?", "…", ":"}) | QUOTES
# German STTS tags that can stand in a noun phrase but whose coarse class is X
NP_X_TAGS = frozenset({"FM", "TRUNC", "XY", "NNA"})  # NNA: HanTa's nominalised adjective
FINITE = frozenset({"finite", "finite_aux", "finite_modal"})
# the note that marks "Also arrested were X": the subject follows the participle and "be"
FRONTED_PASSIVE = "fronted passive: the subject follows the verb"

# German tags that cannot follow the infinitive particle "zu" but follow the preposition
_NOMINAL_AFTER_ZU = frozenset({"ART", "ADJA", "NN", "NE", "CARD", "PIAT", "PPOSAT", "PDAT"})


class ClauseAnalyser:
    """Analyses the sentences of German or English documents into clauses (see module doc)."""

    def __init__(self, lang: str, speech_verb=None):
        self.lang = lang
        self.syn: Syntax = load_syntax(lang)
        # a callable lemma -> bool (the lexicon's is_reporting); data file fallback otherwise
        self._speech = speech_verb
        self._glued: set[int] = set()  # tokens glued by a hyphen to the previous word
        self._first_upos: dict[int, str] = {}  # clause id -> coarse tag of its first token
        self._sent_first = -1  # first word of the sentence being analysed
        self._quote_tokens: set[int] = set()
        self._ignore_now: set[int] = set()
        self._line_start: set[int] = set()  # tokens that begin a new line of the text
        self._headline = False  # English: the sentence being analysed is a headline line
        self._in_name: set[int] = set()  # tokens continuing a named entity ("Stefan Tappeiner")
        self._subjunctive: set[int] = set()  # English base forms that are finite (mandative)

    # ------------------------------------------------------------------ public
    def analyse(self, doc: Doc) -> list[Clause]:
        clauses: list[Clause] = []
        self._first_upos = {}
        self._in_name = self._name_continuations(doc)
        for sent, toks in doc.iter_sentences():
            if toks:
                self.sentence(doc, sent.id, toks, clauses)
        return clauses

    @staticmethod
    def _name_continuations(doc: Doc) -> set[int]:
        """Tokens inside a named entity after its first token: a surname the tagger calls a
        common noun ("Stefan Tappeiner") does not begin a new noun phrase."""
        starts = {t.start: t.i for t in doc.tokens}
        out: set[int] = set()
        for e in doc.entities:
            k = starts.get(e.start)
            if k is None:
                continue
            k += 1
            while k < len(doc.tokens) and doc.tokens[k].start < e.end:
                out.add(k)
                k += 1
        return out

    def is_speech(self, lemma: str) -> bool:
        if self._speech is not None:
            try:
                if self._speech(lemma):
                    return True
            except Exception:  # a partial lexicon must not break analysis
                pass
        return lemma in self.syn.speech_verbs

    def vclass(self, tok: Token) -> str:
        """The verb class of a token's tag; a hashtag or handle ("#dietotenkommen", "@polizei")
        the tagger calls a verb is none."""
        if tok.text[:1] in ("#", "@") and len(tok.text) > 1:
            return ""
        if tok.i in self._subjunctive:
            return "finite"
        return self.syn.verb_tags.get(tok.pos, "")

    def _mandative_subjunctives(self, toks: list[Token]) -> set[int]:
        """English base forms right after "that" + a noun phrase ("insisted that Iran release
        the workers", "urged that the government resign"): the tagger calls them infinitives,
        but they are the finite verb of a mandative that-clause.  Looks back at most eight
        words, so the pass stays linear."""
        out: set[int] = set()
        if self.lang != "en":
            return out
        for k, t in enumerate(toks):
            base = self.syn.verb_tags.get(t.pos) in ("infinitive", "infinitive_aux")
            # a present form after a singular noun ("that Pakistan arrest") agrees with no
            # indicative subject, so it is a subjunctive too
            if not base and not (t.pos in ("VVB", "VBB") and k and toks[k - 1].pos in ("NN1", "NP0")):
                continue
            nouns = 0
            for j in range(k - 1, max(-1, k - 9), -1):
                w = toks[j]
                if w.pos == "CJT" and w.text.lower() == "that":
                    if nouns:
                        out.add(t.i)
                    break
                if w.upos in NOUN_UPOS or w.upos == "PRON":
                    nouns += 1
                elif not (w.upos in NP_UPOS or w.pos == "POS"):
                    break
        return out

    # ------------------------------------------------------------------ per sentence
    def sentence(self, doc: Doc, sid: int, toks: list[Token], out: list[Clause]) -> None:
        quoted = self._quoted(toks)
        ignore = self._parentheticals(toks)
        self._ignore_now = ignore
        self._subjunctive = self._mandative_subjunctives(toks)
        self._glued = {toks[k + 1].i for k in range(1, len(toks) - 1) if self._hyphen(toks, k)}
        self._sent_first = next((t.i for t in toks if t.upos != "PUNCT"), toks[0].i)
        self._quote_tokens = {t.i for t in toks if t.text in QUOTES}
        text = doc.text
        self._line_start = {toks[k].i for k in range(1, len(toks))
                            if "\n" in text[toks[k - 1].end:toks[k].start]}
        self._headline = self.lang == "en" and _is_headline(doc, toks)
        segments, ends = self._segments(toks)
        segments = self._merge_verbless(toks, segments, ends, ignore)
        segments = [part for seg in segments for part in self._split_coordination(toks, seg, ignore)]
        first = len(out)
        for seg in segments:
            c = Clause(id=len(out), sent=sid, start=toks[seg[0]].i, end=toks[seg[-1]].i + 1)
            idx = [toks[k] for k in seg]
            c.quoted = sum(quoted[k] for k in seg) > len(seg) / 2
            self._first_upos[c.id] = toks[seg[0]].upos
            self._verb_complex(c, idx, ignore)
            self._clause_kind(c, idx)
            self._phrases(c, idx, ignore, doc)
            self.mark_times(doc, c)
            self._prev_main = out[-1] if len(out) > first else None  # (for _serial_verb)
            self._roles(c, doc)
            out.append(c)
        self._link(doc, out[first:], out)

    # ------------------------------------------------------------------ step 1: segments
    @staticmethod
    def _quoted(toks: list[Token]) -> list[bool]:
        flags, inside = [], False
        for t in toks:
            if t.text in QUOTES:
                inside = not inside
                flags.append(False)
            else:
                flags.append(inside)
        if inside:  # unbalanced: the quotation runs over the sentence end; trust nothing
            return [False] * len(toks)
        return flags

    def _parentheticals(self, toks: list[Token]) -> set[int]:
        """'wie angekündigt', 'wie vereinbart', 'as expected': a participle after 'wie'/'as'
        comments on the clause and is not its verb."""
        out: set[int] = set()
        for k in range(1, len(toks) - 1):
            # "rebel-held", "Turkey-backed": a participle glued to a word is an adjective
            if self._hyphen(toks, k) and toks[k + 1].upos in ("VERB", "AUX"):
                out.add(toks[k + 1].i)
        for k in range(len(toks) - 1):
            if toks[k].text.lower() in self.syn.parenthetical_markers \
                    and self.vclass(toks[k + 1]) == "participle":
                out.add(toks[k + 1].i)
        if self.lang == "en":
            # "protesters wearing black clothes ... gathered": a gerund right after a noun
            # describes the noun when a finite-looking verb follows in the sentence
            for k in range(1, len(toks)):
                if toks[k].pos == "VVG" and toks[k - 1].upos in NOUN_UPOS \
                        and self._finite_follows(toks, k):
                    out.add(toks[k].i)
        return out

    def _finite_follows(self, toks: list[Token], k: int) -> bool:
        """A finite-looking verb after token k before the next clause boundary."""
        for j in range(k + 1, len(toks)):
            t = toks[j]
            if t.text in BOUNDARY_PUNCT and not self._list_comma(toks, j) \
                    and not self._hyphen(toks, j) or t.text in (".", "!", "?"):
                return False
            if t.pos in ("VVD", "VVZ", "VVN") or self.vclass(t) == "finite_aux":
                return True
        return False

    def _segments(self, toks: list[Token]) -> tuple[list[list[int]], list[str]]:
        """Token positions of each segment, and the punctuation that ended it ("" if none)."""
        segs: list[list[int]] = []
        ends: list[str] = []
        cur: list[int] = []
        for k, t in enumerate(toks):
            if t.i in self._line_start and cur:
                # a line break inside a paragraph: a heading ran into the next sentence
                segs.append(cur)
                ends.append("\n")
                cur = []
            if t.text in BOUNDARY_PUNCT and t.upos in ("PUNCT", "X") and not self._hyphen(toks, k) \
                    and not self._list_comma(toks, k):
                if cur:
                    segs.append(cur)
                    ends.append(t.text)
                cur = []
                continue
            if t.text in QUOTES or (t.upos == "PUNCT" and t.text in {".", "!", "?", "(", ")"}):
                continue  # kept out of clauses; offsets stay contiguous enough for display
            if self.lang == "en" and cur and (self._opens_clause_en(toks, k)
                                              or self._opens_infinitive_en(toks, k, cur)
                                              or self._opens_participle_en(toks, k, cur)):
                segs.append(cur)
                ends.append("")
                cur = []
            cur.append(k)
        if cur:
            segs.append(cur)
            ends.append("")
        return segs, ends

    @staticmethod
    def _list_comma(toks: list[Token], k: int) -> bool:
        """A comma between the items of a list of nouns ("Turkey, Russia and Iran", "black
        clothes, face masks, and helmets", "Belize, die Fidschis, Panama"): no clause boundary.
        (Should two clauses be joined by mistake, the coordination step splits them again.)"""
        if toks[k].text != "," or k == 0 or toks[k - 1].upos not in NOUN_UPOS:
            return False
        j = k + 1
        if j < len(toks) and toks[j].upos == "CONJ":
            j += 1
        n = 0
        while j < len(toks) and n <= 5 and (toks[j].upos in NP_UPOS or toks[j].pos in NP_X_TAGS):
            j += 1
            n += 1
        if n == 0 or n > 5 or j >= len(toks):
            return False
        if toks[k + 1].upos == "CONJ":
            return toks[j - 1].upos in NOUN_UPOS
        return toks[j].text == "," or toks[j].upos == "CONJ"

    @staticmethod
    def _hyphen(toks: list[Token], k: int) -> bool:
        """A hyphen inside a word ("rebel-held", "Turkey-backed", "al-Assad"), which the
        English tokenizer splits off: no clause boundary."""
        t = toks[k]
        return t.text in ("-", "–") and 0 < k < len(toks) - 1 and not t.space_after \
            and not toks[k - 1].space_after

    def _opens_clause_en(self, toks: list[Token], k: int) -> bool:
        t = toks[k]
        low = t.text.lower()
        if t.pos == "PNQ" and low in self.syn.relative_pronouns:
            return not (k > 0 and toks[k - 1].upos == "ADP")  # split before "in which"
        if t.upos == "ADP" and k + 1 < len(toks) and toks[k + 1].pos in ("PNQ", "DTQ") \
                and toks[k + 1].text.lower() in self.syn.relative_pronouns:
            return True  # "memoranda ... in which Turkey and Libya agreed"
        if t.pos in ("CJT", "CJS") and low in self.syn.subordinators:
            # "as" in "characterized X as a move" is no clause: only when a verb follows soon
            for j in range(k + 1, min(len(toks), k + 8)):
                if self.vclass(toks[j]) in FINITE:
                    return True
            return False
        return False

    def _opens_infinitive_en(self, toks: list[Token], k: int, cur: list[int]) -> bool:
        """"signaled his intentions | to de-ratify": a to-infinitive after a noun starts a
        clause of its own; after a verb ("failed to ratify") it stays in the verb group."""
        if toks[k].pos != "TO0" or k + 1 >= len(toks):
            return False
        nxt = toks[k + 1] if toks[k + 1].pos != "AV0" or k + 2 >= len(toks) else toks[k + 2]
        if self.vclass(nxt) not in ("infinitive", "infinitive_aux", "finite"):
            return False
        prev = toks[k - 1]
        if prev.upos in ("VERB", "AUX") or prev.pos in ("AV0", "XX0"):
            return False
        return any(self.vclass(toks[j]) in FINITE for j in cur)

    def _opens_participle_en(self, toks: list[Token], k: int, cur: list[int]) -> bool:
        """"signed legislation Thursday | de-ratifying a treaty": an -ing participle after the
        clause's object is an adjunct clause of its own (sharing the subject)."""
        t = toks[k]
        if t.pos != "VVG" or t.i in self._ignore_now or toks[k - 1].upos not in NOUN_UPOS:
            return False
        return any(self.vclass(toks[j]) in FINITE and toks[j].upos in ("VERB", "AUX")
                   for j in cur)

    def _has_verb(self, toks: list[Token], seg: list[int], ignore: set[int]) -> bool:
        return any(self.vclass(toks[k]) in FINITE | {"participle", "infinitive", "zu_infinitive",
                                                     "gerund"} and toks[k].i not in ignore
                   and toks[k].upos in ("VERB", "AUX") for k in seg)

    def _merge_verbless(self, toks, segs, ends, ignore) -> list[list[int]]:
        """Appositions and other verbless pieces join the clause they belong to: the next one
        when it begins with its finite verb (they were its Vorfeld: "Der Sonderberichterstatter,
        François Crépeau, forderte ..."), else the previous one.  A verbless piece before a
        colon is a label ("Niederlage für Johnson: Parlament vertagt ...") and stays apart.
        German: a piece with only participles/infinitives completes the verb bracket opened
        by the previous piece's auxiliary ("wurden auch Belize, Panama, Togo ... verwarnt")."""
        out: list[list[int]] = []
        pending: list[int] = []
        for seg, end in zip(segs, ends):
            if not self._has_verb(toks, seg, ignore):
                if end in (":", "\n") or (end in ("–", "—", "--") and not out):
                    # a label ("Niederlage für Johnson:") or a dateline ("Brüssel (EU) –")
                    out.append(pending + seg)
                    pending = []
                else:
                    pending.extend(seg)
                continue
            if pending and self._embedded(toks, seg):
                # "Die Regierung, die seit 2010 im Amt ist, hat ... angekündigt": the relative
                # clause stands alone; the noun phrase waits for its own verb
                out.append(seg)
                continue
            if self.lang == "de" and out:
                j = len(out) - 1
                while j > 0 and self._embedded(toks, out[j]):
                    j -= 1  # "Griechenland, das ... überfordert ist, ... gebeten": skip it
                if self._completes_bracket(toks, out[j], seg):
                    out[j] = out[j] + pending + seg
                    pending = []
                    continue
            starts_finite = self.vclass(toks[seg[0]]) in FINITE
            if pending:
                if starts_finite or not out:
                    seg = pending + seg
                else:
                    out[-1] = out[-1] + pending
                pending = []
            out.append(seg)
        if pending:
            if out:
                out[-1] = out[-1] + pending
            else:
                out.append(pending)
        out.sort(key=lambda sg: sg[0])  # text order (a clause may now surround another)
        return out

    def _embedded(self, toks, seg: list[int]) -> bool:
        """A relative or subordinate clause that can stand inside another one."""
        first = toks[seg[0]]
        second = toks[seg[1]] if len(seg) > 1 else None
        if self.lang == "de":
            return first.pos in ("PRELS", "PRELAT", "KOUS") or (
                first.pos in ("APPR", "APPRART") and second is not None
                and second.pos in ("PRELS", "PRELAT", "PWS"))
        return first.pos == "PNQ" or (first.pos in ("CJS", "CJT")
                                      and first.text.lower() in self.syn.subordinators)

    def _completes_bracket(self, toks, prev: list[int], seg: list[int]) -> bool:
        first = toks[seg[0]]
        if first.pos in ("KOUS", "KOUI", "PRELS", "PRELAT", "PWAV", "PWS", "KON"):
            return False
        classes = [self.vclass(toks[k]) for k in seg]
        if any(c in FINITE or c in ("zu_infinitive", "zu") for c in classes):
            return False
        if not any(c in ("participle", "infinitive") for c in classes):
            return False
        pclasses = [self.vclass(toks[k]) for k in prev]
        if self._embedded(toks, prev):
            return False
        return any(c in ("finite_aux", "finite_modal") for c in pclasses)

    # ------------------------------------------------------------------ step 2: coordination
    def _split_coordination(self, toks, seg, ignore) -> list[list[int]]:
        finites = [n for n, k in enumerate(seg) if self.vclass(toks[k]) in FINITE
                   and not self._in_verb_group_en(toks, seg, n)]
        if self.lang == "en":
            # "was on Monday rammed into": a past form shortly after a form of be/have is its
            # participle, not a second clause
            keep = []
            for n in finites:
                if keep and toks[seg[n]].pos == "VVD" and n - keep[-1] <= 4 \
                        and self.syn.aux_builds.get(toks[seg[keep[-1]]].lemma, frozenset()) \
                        & {"passive", "perfect"}:
                    continue
                keep.append(n)
            finites = keep
        if len(finites) < 2:
            return [seg]
        cuts: list[int] = []
        for a, b in zip(finites, finites[1:]):
            cut = None
            for n in range(b - 1, a, -1):
                if toks[seg[n]].upos == "CONJ" and toks[seg[n]].pos not in ("KOKOM",):
                    cut = n
                    break
            if cut is None and self.lang == "en":
                # zero complementizer: "told Reuters a Syrian migrant died" -> cut before the
                # noun phrase that precedes the second verb
                n = b - 1
                while n > a and (toks[seg[n]].upos in NP_UPOS | {"ADV", "X", "PRON"} or (
                        (toks[seg[n]].text.lower(), toks[seg[n + 1]].text.lower())
                        in self.syn.quantity_prefixes)):
                    n -= 1  # (and "at least 8,900 buildings")
                if n + 1 < b and n >= a:
                    cut = n + 1
            if cut is not None:
                cuts.append(cut)
        parts, prev = [], 0
        for c in cuts:
            if c > prev:
                parts.append(seg[prev:c])
            prev = c
        parts.append(seg[prev:])
        return [p for p in parts if p]

    def _in_verb_group_en(self, toks, seg, n) -> bool:
        """English verb groups chain finite-looking forms ("will continue", "does so"): only the
        first of a chain starts a clause."""
        if self.lang != "en" or n == 0:
            return False
        for m in range(n - 1, -1, -1):
            t = toks[seg[m]]
            if t.pos in ("AV0", "XX0"):
                continue
            return self.vclass(t) in FINITE | {"participle_aux", "infinitive_aux"}
        return False

    # ------------------------------------------------------------------ step 3: verb complex
    def _verb_complex(self, c: Clause, idx: list[Token], ignore: set[int]) -> None:
        syn = self.syn
        verbs = [t for t in idx if t.upos in ("VERB", "AUX") and self.vclass(t)
                 and t.i not in ignore]
        c.verbs = [t.i for t in verbs]
        finite = next((t for t in verbs if self.vclass(t) in FINITE), None)
        if finite is None and self.lang == "de" and verbs and idx[0].pos in (
                "KOUS", "PRELS", "PRELAT", "APPR") and self.vclass(verbs[-1]) == "infinitive_aux":
            # verb-final "..., die von den USA genutzt werden": plural finite forms of
            # werden/haben/sein look like infinitives, and the tagger may say so
            finite = verbs[-1]
        if finite is None and self.lang == "de" and len(verbs) == 1 \
                and self.vclass(verbs[0]) == "infinitive" and not any(
                    t.pos in ("PTKZU", "KOUI") for t in idx):
            # "Die Grünen im EU-Parlament kritisieren, dass ...": the plural present has the
            # infinitive's form; a clause with no other verb is finite
            finite = verbs[0]
        c.finite = finite.i if finite else None
        c.subjunctive = finite is not None and finite.i in self._subjunctive
        if self.lang == "en":
            self._verb_group_en(c, idx, verbs, finite)
        else:
            self._verb_complex_de(c, idx, verbs, finite)
        # negation anywhere in the clause ("nicht", "kein", "not", "no"), except "nicht nur"
        for n, t in enumerate(idx):
            low = t.text.lower()
            if low in syn.negation:
                nxt = idx[n + 1].text.lower() if n + 1 < len(idx) else ""
                if nxt in syn.negation_exceptions:
                    continue
                c.negated, c.negation = True, t.i
                break
        if self.lang == "de":
            c.reflexive = any(t.pos == "PRF" and t.text.lower() in syn.reflexives for t in idx)

    def _adjective_particle(self, idx: list[Token]) -> Token | None:
        """The clause-final adjective that is a separable particle ("stellte die Drogen
        sicher": sicherstellen), the tagger's ADJD; not after a preposition or comparison
        particle ("hielt es für sicher", "gilt als sicher"), where it is a predicative."""
        words = [t for t in idx if t.upos != "PUNCT"]
        if len(words) < 3:
            return None
        last, before = words[-1], words[-2]
        if last.pos == "ADJD" and last.text.lower() in self.syn.adjective_particles \
                and before.upos != "ADP" and before.pos not in ("KOKOM", "APPR"):
            return last
        return None

    def _adjective_before(self, idx: list[Token], t: Token) -> Token | None:
        """The adjective particle right before a participle or infinitive ("für den Angriff
        verantwortlich gemacht": verantwortlichmachen), as _adjective_particle finds it after
        a finite verb; not after a preposition or comparison particle, and only before a
        verb of syntax/adjective_particle_hosts.txt ("klar verurteilt" is an adverb)."""
        if t.lemma not in self.syn.adjective_particle_hosts:
            return None
        n = next((k for k, x in enumerate(idx) if x.i == t.i), 0)
        if n < 2:
            return None
        adj, before = idx[n - 1], idx[n - 2]
        if adj.pos == "ADJD" and adj.text.lower() in self.syn.adjective_particles \
                and before.upos != "ADP" and before.pos not in ("KOKOM", "APPR"):
            return adj
        return None

    def _particle_participle(self, c: Clause, idx: list[Token], finite: Token) -> None:
        """"hat sich zu dem Anschlag bekannt": the tagger takes the participle "bekannt" for a
        particle, leaving the auxiliary alone; a perfect auxiliary with such a clause-final
        word (lang/de/syntax/particle_participles.tsv) has that verb, in the perfect; never
        with an auxiliary that is also a copula (sein)."""
        builds = self.syn.aux_builds.get(finite.lemma, frozenset())
        if "perfect" not in builds or "copula" in builds:
            return  # ("ist seit Langem bekannt": a copula with an adjective)
        words = [t for t in idx if t.upos != "PUNCT"]
        last = words[-1] if words else None
        if last is None or last.i <= finite.i:
            return
        lemma = self.syn.particle_participles.get(last.text.lower())
        if lemma is None:
            return
        c.predicates.append(Predicate(token=last.i, lemma=lemma))
        c.tense = "perfect"
        c.pluperfect = finite.text.lower() in self.syn.past_auxiliaries

    def _verb_complex_de(self, c, idx, verbs, finite) -> None:
        syn = self.syn
        lexical = [t for t in verbs if self.vclass(t) in ("participle", "infinitive",
                                                          "zu_infinitive")
                   or (finite is not None and t.i > finite.i and self.vclass(t) == "finite"
                       and self.vclass(finite) in ("finite_aux", "finite_modal"))]
        # (a "finite" lexical verb after a finite auxiliary is a participle or infinitive the
        # tagger took for finite: "hat sich ... präsentiert")
        particles = [t for t in idx if self.vclass(t) == "particle"]
        if finite is not None:
            flem = finite.lemma
            fclass = self.vclass(finite)
            if fclass == "infinitive_aux":
                fclass = "finite_modal" if finite.pos.startswith("VM") else "finite_aux"
            elif fclass == "infinitive":
                fclass = "finite"
            if fclass == "finite_modal":
                c.modality = syn.modal_forms.get(finite.text.lower(), "hypothetical")
                # "soll ... geholfen werden": modal passive
                if any(self.vclass(t) == "participle" for t in verbs) and any(
                        t.lemma in syn.passive_aux and self.vclass(t) == "infinitive_aux"
                        for t in verbs):
                    c.voice = "passive"
            elif fclass == "finite_aux":
                builds = syn.aux_builds.get(flem, frozenset())
                # (a "finite" lexical verb after the auxiliary is a participle, unless it has
                # the infinitive's form: "werden die Rebellen angreifen")
                has_pp = any(self.vclass(t) == "participle"
                             or (self.vclass(t) == "finite" and t.i > finite.i
                                 and t.text.lower() != t.lemma.lower()) for t in verbs)
                has_worden = any(t.lemma in syn.passive_aux and self.vclass(t) == "participle_aux"
                                 for t in verbs)
                has_inf = any((self.vclass(t) == "infinitive" or self.vclass(t) == "finite"
                               and t.i > finite.i and t.text.lower() == t.lemma.lower())
                              and t is not finite for t in verbs)
                if has_pp and ("passive" in builds or has_worden):
                    c.voice = "passive"
                elif has_pp and "statal" in builds:
                    c.voice = "statal?"
                    c.tense = "perfect"
                elif has_pp and "perfect" in builds:
                    c.tense = "perfect"
                if c.tense == "perfect" or (has_pp and "perfect" in builds):
                    c.pluperfect = finite.text.lower() in syn.past_auxiliaries
                elif has_inf and "future" in builds:
                    c.tense = "future"
                    c.modality = syn.modal_forms.get(finite.text.lower(), "future")
                if has_worden and "statal" in builds:
                    c.voice = "passive"
                # Konjunktiv II of werden ("würde") is hypothetical whatever it builds
                if "future" in builds and syn.modal_forms.get(finite.text.lower()) == "hypothetical":
                    c.modality = "hypothetical"
            elif fclass == "finite":
                part = particles[-1] if particles else self._adjective_particle(idx)
                lemma = (part.text.lower() + finite.lemma) if part else finite.lemma
                c.predicates.append(Predicate(token=finite.i, lemma=lemma,
                                              particle=part.i if part else None))
        # non-finite lexical verbs at the clause end; several are coordinated
        lexical_finite = finite is not None and self.vclass(finite) == "finite" \
            and finite.upos == "VERB"
        for t in lexical:
            if t.lemma in syn.aux_builds and self.vclass(t) != "zu_infinitive":
                continue
            if finite is not None and t.i == finite.i:
                continue
            if lexical_finite and self.vclass(t) == "participle":
                # "fühlen sich angegriffen", "gilt als gescheitert": a participle beside a
                # lexical finite verb describes a state, it is no verb of the clause
                c.notes.append(f"{t.text!r} is predicative")
                continue
            zu = self.vclass(t) == "zu_infinitive" or self._preceded_by_zu(idx, t)
            adj = self._adjective_before(idx, t) if self.lang == "de" else None
            c.predicates.append(Predicate(
                token=t.i, lemma=(adj.text.lower() + t.lemma) if adj else t.lemma,
                particle=adj.i if adj else None, zu_infinitive=zu))
        if finite is None and lexical and all(self.vclass(t) == "participle" for t in lexical):
            c.voice = "passive"  # "..., unterstützt von den USA": a participle clause
        if not c.predicates and finite is not None and self.lang == "de":
            self._particle_participle(c, idx, finite)
        if not c.predicates and finite is not None:
            # a lone auxiliary is the clause's verb: copula "ist", "hat" (possession)
            c.predicates.append(Predicate(token=finite.i, lemma=finite.lemma))
        self._regions(c, idx)

    def _headline_passive(self, idx: list[Token], first: int, n: int, head: Token) -> bool:
        """A headline's bare past form of a verb that needs an object, after its subject and
        with no object after it ("Opposition leader arrested in Minsk"; lemmas in
        lang/en/syntax/headline_passives.txt): the headline's passive without "was"."""
        if not self._headline or first == 0 or head.pos not in ("VVN", "VVD") \
                or head.lemma not in _headline_passives(self.lang):
            return False
        nxt = idx[n] if n < len(idx) else None
        return nxt is None or nxt.upos in ("ADP", "PUNCT", "ADV", "PART")

    def _fronted_passive(self, idx: list[Token], first: int, head: Token) -> bool:
        """"Also arrested were two opposition leaders": a participle at the clause's start
        (after adverbs only) followed at once by a passive-building "be"; its subject is the
        noun phrase after "be"."""
        k = next((n for n, t in enumerate(idx) if t.i == head.i), None)
        if k is None or k + 1 >= len(idx) or k != first:
            return False
        lead = [t.text.casefold() for t in idx[:k]]
        if lead[:1] == ["among"]:
            # "Among those detained in Minsk on Sunday was X": a place or time may stand
            # between the participle and "be"
            if " ".join(lead) not in _fronted_passive_leads(self.lang):
                return False
            be = next((t for t in idx[k + 1:] if t.upos in ("VERB", "AUX")), None)
        elif all(t.upos in ("ADV", "CONJ") for t in idx[:k]):
            be = idx[k + 1]
        else:
            return False
        return be is not None and be.upos == "AUX" \
            and "passive" in self.syn.aux_builds.get(be.lemma, ())

    @staticmethod
    def _preceded_by_zu(idx: list[Token], t: Token) -> bool:
        for n, x in enumerate(idx):
            if x.i == t.i:
                return n > 0 and idx[n - 1].pos in ("PTKZU", "TO0")
        return False

    def _quantity_follows(self, idx: list[Token], k: int) -> bool:
        """"Soldiers massacred more than 100 civilians": the adverb after the participle
        begins its object's number (lang/en/syntax/quantity_prefixes.txt), so the participle
        is a simple past with an object, not a passive followed by an adverb."""
        return k + 2 < len(idx) and (idx[k + 1].text.lower(), idx[k + 2].text.lower()) \
            in self.syn.quantity_prefixes

    def _verb_group_en(self, c, idx, verbs, finite) -> None:
        syn = self.syn
        if not verbs:
            return
        # the first verb group: from the first verb over aux/adverb/negation/verb tokens
        first = next((n for n, t in enumerate(idx) if t.i == verbs[0].i), 0)
        group: list[Token] = []
        n = first
        while n < len(idx):
            t = idx[n]
            if t.upos in ("VERB", "AUX") and self.vclass(t):
                group.append(t)
            elif t.pos in ("AV0", "XX0") or (t.pos == "TO0" and group):
                pass
            else:
                break
            n += 1
        head = next((t for t in reversed(group) if t.pos.startswith("VV")), None)
        if head is not None and head.pos == "VVN" and len(group) == 1 and first > 0 \
                and idx[first - 1].upos in NOUN_UPOS | {"PRON", "ADV"} \
                and not any(self.vclass(t) in FINITE for t in verbs) \
                and not (first + 1 < len(idx) and idx[first + 1].lemma in syn.agent_preps):
            # "Hong Kong protesters ... gathered around": the tagger's past participle is the
            # clause's simple past (no auxiliary, a subject before it, no "by" agent after)
            c.finite = head.i
            finite = head
        if head is None and group and group[-1].upos == "AUX":
            # "was on Monday rammed into": a short adverbial between auxiliary and participle
            for x in idx[n:n + 5]:
                if x.pos in ("VVN", "VVG", "VVD") and x.i not in self._glued:
                    head = x
                    group.append(x)
                    break
                if self.vclass(x) in FINITE:
                    break
        auxes = [t for t in group if t is not head]
        # a catenative verb before "to" ("failed to ratify", "threatened to strike"): its
        # control kind applies to the head verb's event
        if head is not None:
            for t in reversed(group):
                if t.i < head.i and t.pos.startswith("VV"):
                    ctl = syn.control_verbs.get(t.lemma) or syn.control_verbs.get(t.text.lower())
                    if ctl:
                        c.control = ctl[0]
                        c.notes.append(f"{t.text!r} + to-infinitive: {ctl[0]}")
                    break
        for t in auxes:
            m = syn.modal_forms.get(t.text.lower())
            if t.pos == "VM0" and m:
                c.modality = m
                if m == "future":
                    c.tense = "future"
        if head is not None:
            before = [t for t in auxes if t.i < head.i]
            pp = head.pos == "VVN" or (head.pos == "VVD" and bool(before))
            if pp and before and any(
                    "passive" in syn.aux_builds.get(t.lemma, ()) for t in before[-1:]):
                c.voice = "passive"
            elif pp and before and "perfect" in syn.aux_builds.get(before[-1].lemma, ()):
                c.tense = "perfect"
                c.pluperfect = before[-1].text.lower() in syn.past_auxiliaries
            elif head.pos == "VVN" and not before and (idx[0].i == head.i or c.finite is None
                                                        or c.finite == head.i and n > first + 1) \
                    and not self._quantity_follows(idx, first):
                c.voice = "passive"  # "Backed by Turkish shelling, ...", "..., conducted by"
            elif not before and self._headline_passive(idx, first, n, head):
                c.voice = "passive"  # "Seven soldiers killed in attack": a headline drops "were"
            if head.pos == "VVN" and not before and self._fronted_passive(idx, first, head):
                c.voice = "passive"
                c.notes.append(FRONTED_PASSIVE)
            # phrasal particle: "pulls Russia out of", "pulled out"
            part = None
            for x in idx:
                if head.i < x.i <= head.i + 4:
                    if x.pos == "AVP":
                        part = x
                        break
                    if x.upos in ("VERB", "AUX", "PUNCT", "ADP"):
                        break
            lemma = head.lemma
            zu = self._preceded_by_zu(idx, group[0]) or (group[0].pos == "TO0")
            c.predicates.append(Predicate(token=head.i, lemma=lemma,
                                          particle=part.i if part else None, zu_infinitive=zu))
            # coordinated verbs later in the clause: "failed to ratify X and implement Y"
            for m in range(n, len(idx) - 1):
                if idx[m].upos == "CONJ" and idx[m + 1].pos in ("VVI", "VVN", "VVD", "VVZ", "VVB") \
                        and idx[m + 1].pos == head.pos:
                    t = idx[m + 1]
                    c.predicates.append(Predicate(token=t.i, lemma=t.lemma, zu_infinitive=zu))
        elif finite is not None:
            c.predicates.append(Predicate(token=finite.i, lemma=finite.lemma))
        if group and group[0].pos == "TO0" or (first > 0 and idx[first - 1].pos == "TO0"):
            for p in c.predicates:
                p.zu_infinitive = True
        self._regions(c, idx)

    @staticmethod
    def _regions(c: Clause, idx: list[Token]) -> None:
        """Split a clause among coordinated predicates: each owns the tokens from the
        conjunction before it up to the conjunction before the next one."""
        preds = sorted(c.predicates, key=lambda p: p.token)
        if len(preds) <= 1:
            for p in preds:
                p.region = (c.start, c.end)
            return
        bounds = [c.start]
        for a, b in zip(preds, preds[1:]):
            cut = None
            for t in idx:
                if a.token < t.i < b.token and t.upos == "CONJ":
                    cut = t.i
            if cut is None:  # German verb-final: the conjunction sits before b's objects
                for t in idx:
                    if t.i < b.token and t.i > (bounds[-1]) and t.upos == "CONJ":
                        cut = t.i
            bounds.append(cut if cut is not None else b.token)
        bounds.append(c.end)
        for n, p in enumerate(preds):
            p.region = (bounds[n], bounds[n + 1])
        # the subject / Vorfeld before the first predicate is shared by all
        c.predicates = preds

    # ------------------------------------------------------------------ clause kind
    def _clause_kind(self, c: Clause, idx: list[Token]) -> None:
        syn = self.syn
        first = idx[0]
        low = first.text.lower()
        if self.lang == "de":
            if first.pos in ("KOUS", "KOUI"):
                c.kind = "sub" if first.pos == "KOUS" else "inf"
                c.subordinator, c.sub_kind = low, syn.subordinators.get(low, "sub")
            elif first.pos in ("PRELS", "PRELAT") or (
                    first.pos in ("APPR", "APPRART") and len(idx) > 1
                    and idx[1].pos in ("PRELS", "PRELAT", "PWS")):
                c.kind = "rel"
            elif c.finite is None and any(p.zu_infinitive for p in c.predicates):
                c.kind = "inf"
            elif c.finite is None and c.predicates:
                c.kind = "part"
            elif c.finite is None:
                c.kind = "nominal"
            elif first.pos in ("PWAV", "PWS") and c.finite is not None and idx[-1].i == c.finite:
                c.kind, c.sub_kind = "sub", "complement"
        else:
            if first.pos in ("CJS", "CJT") and low in syn.subordinators:
                c.kind = "sub"
                c.subordinator, c.sub_kind = low, syn.subordinators[low]
            elif (first.pos == "PNQ" and low in syn.relative_pronouns) or (
                    first.upos == "ADP" and len(idx) > 1 and idx[1].pos in ("PNQ", "DTQ")
                    and idx[1].text.lower() in syn.relative_pronouns):
                c.kind = "rel"
            elif c.finite is None and any(p.zu_infinitive for p in c.predicates):
                c.kind = "inf"
            elif c.finite is None and c.predicates:
                c.kind = "part"
            elif c.finite is None:
                c.kind = "nominal"
            elif syn.subordinators.get(low) == "conditional":
                c.kind, c.sub_kind = "sub", "conditional"
        if self.lang == "de" and c.kind == "main" and c.finite is not None \
                and c.finite == idx[0].i and idx[0].i == self._sent_first \
                and self.syn.modal_forms.get(idx[0].text.lower()) == "hypothetical":
            # "Hätte das Gericht zugestimmt, dann wäre ...": a verb-first subjunctive opening
            # the sentence is a condition
            c.kind, c.sub_kind = "sub", "conditional"
        if c.kind == "sub" and c.sub_kind == "conditional":
            c.modality = c.modality or "hypothetical"

    # ------------------------------------------------------------------ step 4: phrases
    def _phrases(self, c: Clause, idx: list[Token], ignore: set[int], doc: Doc) -> None:
        syn = self.syn
        phrases: list[Phrase] = []
        n = 0
        L = len(idx)
        verb_tokens = set(c.verbs)
        while n < L:
            t = idx[n]
            if self.lang == "en" and t.upos == "ADP" and n + 1 < L \
                    and idx[n + 1].pos in ("PNQ", "DTQ") \
                    and idx[n + 1].text.lower() in syn.relative_pronouns:
                # "in which": the preposition and the relative pronoun, nothing more
                phrases.append(Phrase(start=t.i, end=idx[n + 1].i + 1, head=idx[n + 1].i,
                                      kind="PP", prep=t.lemma.lower(), role="prep",
                                      relative=True))
                n += 2
                continue
            if t.pos == "APPO":
                n += 1  # a postposition governs the phrase before it (see below), never after
                continue
            if self.lang == "en" and t.upos == "ADP" and n + 2 < L and idx[n + 2].upos == "NUM" \
                    and (t.text.lower(), idx[n + 1].text.lower()) in syn.quantity_prefixes:
                n += 2  # "At least seven soldiers were killed": the number's noun phrase, no PP
                continue
            if t.upos == "ADP" and t.pos not in ("APZR",) and t.pos != "PRF" or (
                    self.lang == "en" and t.pos in ("PRF", "PRP")) or (
                    t.pos == "PTKZU" and n + 1 < L and idx[n + 1].pos in _NOMINAL_AFTER_ZU):
                # (HanTa tags "zu schweren Kämpfen" PTKZU: before an article, adjective or
                # noun no infinitive can follow, so it is the preposition)
                # a prepositional phrase: the preposition and the noun phrase after it
                m = n + 1
                np_end, head = self._np(idx, m, verb_tokens)
                if np_end > m:
                    phrases.append(Phrase(start=t.i, end=idx[np_end - 1].i + 1, head=head,
                                          kind="PP", prep=t.lemma.lower() if self.lang == "en"
                                          else t.text.lower() if t.pos == "APPR" else t.lemma.lower(),
                                          role="prep",
                                          cases=self._cases(idx[m:np_end])))
                    n = np_end
                    continue
                n += 1
                continue
            if t.upos == "PRON" or (self.lang == "de" and t.pos in ("PRELS", "PDS", "PIS", "PPER", "PRF")):
                if self.lang == "de" and t.pos in ("PROAV", "PWAV"):
                    n += 1
                    continue
                role = "refl" if t.pos == "PRF" and self.lang == "de" else ""
                rel = (t.pos in ("PRELS", "PNQ") and n == 0) or (
                    t.pos in ("PRELS",) and n == 1 and idx[0].upos == "ADP")
                cases = syn.cases(t.text) if self.lang == "de" else None
                if rel and self.lang == "de":
                    cases = syn.cases(t.text)
                phrases.append(Phrase(start=t.i, end=t.i + 1, head=t.i, kind="PRON", role=role,
                                      cases=cases, relative=rel))
                n += 1
                continue
            np_end, head = self._np(idx, n, verb_tokens)
            if np_end > n:
                if np_end < L and idx[np_end].pos == "APPO":
                    # "den Angaben zufolge", "der Polizei zufolge": a postpositional phrase,
                    # neither subject nor object of the clause
                    phrases.append(Phrase(start=t.i, end=idx[np_end].i + 1, head=head,
                                          kind="PP", prep=idx[np_end].lemma.lower(),
                                          role="prep", cases=self._cases(idx[n:np_end])))
                    n = np_end + 1
                    continue
                phrases.append(Phrase(start=t.i, end=idx[np_end - 1].i + 1, head=head, kind="NP",
                                      cases=self._cases(idx[n:np_end])))
                n = np_end
                continue
            n += 1
        # coordination "X und Y" and genitive attributes "der Einsatz des Bündnisses"
        tok_by_i = {t.i: t for t in idx}
        conj_links: set[int] = set()  # phrases linked to the next one by a conjunction
        for k in range(1, len(phrases)):
            a, b = phrases[k - 1], phrases[k]
            between = [tok_by_i[i] for i in range(a.end, b.start) if i in tok_by_i]
            if b.kind == "PP" and b.prep in syn.genitive_preps and a.end == b.start \
                    and a.kind in ("NP", "PP"):
                # "the houses of the Russian Parliament": the of-phrase is a genitive
                b.role = "gen"
                b.attached_to = k - 1
            elif b.kind == "NP" and a.kind in ("NP", "PP") and a.end == b.start:
                if self._genitive(idx, b, tok_by_i):
                    b.role = "gen"
                    b.attached_to = k - 1 if a.attached_to is None or a.role != "gen" else a.attached_to
            elif self._conj_with_adverbs(between) \
                    or (between and b.kind == a.kind and all(x.text == "," for x in between[:-1])
                        and (between[-1].text == "," or between[-1].upos == "CONJ")
                        and between[0].text == ",") \
                    or (not between and a.end < b.start and b.kind in ("NP", "PRON")
                        and all(doc.tokens[i].text == "," for i in range(a.end, b.start))):
                # "X und Y", and list commas "Belize, die Fidschis, Panama, Togo und Vanuatu"
                if a.kind == "PP" and b.kind == "NP" and between:
                    # "von den Grünen und der Linken": the preposition is shared
                    b.kind, b.prep, b.role = "PP", a.prep, a.role
                if b.kind == a.kind and (b.kind != "PP" or b.prep == a.prep):
                    a.conj_next = k
                    if any(x.upos == "CONJ" for x in between):
                        conj_links.add(k - 1)
        # a chain joined by commas only is an apposition ("Qasem Soleimani, head of Iran's
        # Quds Force"), not a list: a list ends with "und"/"and"
        for k0 in range(len(phrases)):
            if any(phrases[j].conj_next == k0 for j in range(len(phrases))):
                continue  # not the head of a chain
            chain, k = [], k0
            while k is not None and phrases[k].conj_next is not None:
                chain.append(k)
                k = phrases[k].conj_next
            if chain and not any(j in conj_links for j in chain):
                for j in chain:
                    phrases[j].conj_next = None
        c.phrases = phrases

    @staticmethod
    def _conj_with_adverbs(between: list) -> bool:
        """A coordinating conjunction, optionally followed by up to two adverbs or adverbial
        adjectives ("später"), joins two phrases: "Ägypten und dann auch Jordanien"
        coordinates like "Ägypten und Jordanien" (each conjunct is an argument of the verb;
        without this the adverbs broke the chain)."""
        return 1 <= len(between) <= 3 and between[0].upos == "CONJ" \
            and between[0].pos != "KOKOM" \
            and all(x.upos == "ADV" or x.pos == "ADJD" for x in between[1:])

    @staticmethod
    def mark_times(doc: Doc, c: Clause) -> None:
        """Noun phrases that are temporal expressions ("last month", "am Freitag") are
        adverbials, not arguments."""
        if not doc.timexes:
            return
        toks = doc.tokens
        for p in c.phrases:
            s, e = toks[p.start].start, toks[p.end - 1].end
            for t in doc.timexes:
                if t.start < e and s < t.end and toks[p.head].start >= t.start \
                        and toks[p.head].end <= t.end:
                    # "oversaw a military exercise last month": the noun phrase ran on into
                    # the time expression; the words before it are the argument
                    cut = next((i for i in range(p.start + 1, p.end)
                                if toks[i].start >= t.start), None)
                    nouns = [i for i in range(p.start, cut or p.start)
                             if toks[i].upos in ("NOUN", "PROPN")]
                    if cut is not None and nouns and p.kind == "NP":
                        p.end, p.head = cut, nouns[-1]
                    else:
                        p.role = "time"
                    break

    def _np(self, idx: list[Token], n: int, verb_tokens: set[int]) -> tuple[int, int]:
        """End (exclusive, position in idx) and head token of the noun phrase starting at n."""
        L = len(idx)
        m = n
        head = -1
        saw_noun = False
        while m < L:
            t = idx[m]
            if m > n and t.i != idx[m - 1].i + 1 and not saw_noun and all(
                    x in self._quote_tokens for x in range(idx[m - 1].i + 1, t.i)):
                pass  # "vor einem „nationalen Alleingang“": a quotation inside the phrase
            elif t.i in verb_tokens or t.text in QUOTES or (m > n and t.i != idx[m - 1].i + 1):
                break  # a verb, a quotation mark, or a removed comma/colon ends the phrase
            up = t.upos
            if t.text in ("-", "–") and not t.space_after and m > n and not idx[m - 1].space_after \
                    and m + 1 < L:
                m += 1  # "rebel-held town", "al-Assad"
                continue
            if t.i in self._glued:
                m += 1
                continue
            if self.lang == "de" and saw_noun and t.pos == "NN" and idx[m - 1].pos == "NE" \
                    and t.i not in self._in_name and t.i not in self._glued \
                    and not idx[m - 1].text.endswith(("s", "’", "'", "x", "z", "-")):
                break  # "in Berlin | Passanten": a name ends its phrase (not "Putins Truppen")
            if up in NOUN_UPOS or t.pos in NP_X_TAGS or (self.lang == "en" and t.pos == "UNC"):
                head = t.i
                saw_noun = True
                m += 1
                # English possessive "Russia 's withdrawal": continue the phrase
                if m < L and idx[m].pos == "POS":
                    m += 1
                continue
            if up == "NUM" and saw_noun:
                break  # "der IS 2014 große Gebiete": a year or count after the noun ends it
            if self.lang == "de" and not saw_noun and up == "ADP" and m > n \
                    and idx[m - 1].upos == "DET":
                # extended attribute: "die für Fischerei zuständige EU-Kommissarin"
                j, last = m + 1, None
                while j + 1 < L and j < m + 12 and idx[j].upos not in ("VERB", "AUX", "PUNCT") \
                        and idx[j].i == idx[j - 1].i + 1:
                    if idx[j].pos == "ADJA" and idx[j + 1].upos in NOUN_UPOS:
                        last = j  # the attribute's adjective is the last one before a noun
                    elif last is not None and idx[j].upos == "ADP":
                        break  # "... angeführten Koalition | gegen die Terrormiliz"
                    j += 1
                if last is not None:
                    m = last
                    continue
                break
            if up in ("DET", "ADJ", "NUM") or (up == "ADV" and m + 1 < L
                                                and idx[m + 1].upos in ("NUM",)):
                if saw_noun and up == "DET":
                    break  # a new noun phrase begins ("den Abzug der Kampftruppen")
                if saw_noun and up == "ADJ" and self.lang == "de":
                    break
                m += 1
                continue
            if up == "CONJ" and t.pos != "KOKOM" and m > n and idx[m - 1].pos == "TRUNC":
                m += 1  # "Ein- und Ausfuhr"
                continue
            break
        if not saw_noun:
            # a determiner/adjective with no noun: a nominalised remainder ("die Beteiligten")
            if m > n and idx[m - 1].upos == "ADJ" and idx[n].upos == "DET":
                return m, idx[m - 1].i
            # an English count of people named by their state: "left 151 dead" (the object)
            if self.lang == "en" and m == n + 2 and idx[n].upos == "NUM" \
                    and idx[n + 1].upos == "ADJ":
                return m, idx[m - 1].i
            # a number before an of-phrase: "thousands of Hong Kong protesters"
            if m > n and idx[m - 1].upos == "NUM" and m < L \
                    and idx[m].text.lower() in self.syn.genitive_preps:
                return m, idx[m - 1].i
            # a plural number word standing for people before its verb: "Thousands marched",
            # "Hundreds gathered outside parliament"
            if self.lang == "en" and m == n + 1 and idx[n].upos == "NUM" and idx[n].text.isalpha() \
                    and idx[n].text.lower().endswith("s") and m < L \
                    and idx[m].upos in ("VERB", "AUX"):
                return m, idx[n].i
            return n, -1
        return m, head

    def _cases(self, toks: list[Token]) -> frozenset[str] | None:
        if self.lang != "de" or not toks:
            return None
        first = toks[0]
        cases = self.syn.cases(first.text)
        if cases is None:
            return None
        if cases == frozenset({"acc", "dat"}):
            # "den Anführern" (dative plural: the noun ends in -n where its lemma does not)
            nouns = [t for t in toks if t.upos == "NOUN"]
            if nouns:
                w, lem = nouns[-1].text, nouns[-1].lemma
                if w.endswith("n") and not lem.endswith("n") and w.lower() != lem.lower():
                    return frozenset({"dat"})
                if not w.endswith("n"):
                    return frozenset({"acc"})
        return cases

    def _genitive(self, idx, b: Phrase, tok_by_i) -> bool:
        if self.lang == "en":
            return False  # English genitives are "of"-phrases and "'s", handled elsewhere
        t = tok_by_i[b.start]
        cases = self.syn.cases(t.text)
        return bool(cases and "gen" in cases) or t.pos in ("PRELAT",)

    # ------------------------------------------------------------------ step 5: roles
    def _roles(self, c: Clause, doc: Doc) -> None:
        if self.lang == "en":
            self._roles_en(c, doc)
        else:
            self._roles_de(c, doc)

    def _roles_de(self, c: Clause, doc: Doc) -> None:
        syn = self.syn
        ps = c.phrases
        for p in ps:
            if p.kind == "PP" and p.prep in syn.agent_preps and c.voice in ("passive", "statal?"):
                p.role = "agent"
        cands = [k for k, p in enumerate(ps) if p.kind in ("NP", "PRON") and p.role == ""]
        if not cands:
            return
        if c.kind in ("inf", "part"):
            # an infinitive or participle clause has no subject of its own (it is shared)
            for k in cands:
                ps[k].role = "iobj" if ps[k].cases == frozenset({"dat"}) else "obj"
            return
        subj = None
        fin = c.finite
        if c.kind == "main" and fin is not None:
            # the Vorfeld holds one constituent: its first noun phrase (a coordination
            # "die Milizen und Parteien" counts as one; "vor allem" is no subject)
            vorfeld = [k for k in cands if ps[k].end <= fin and self._nom_ok(ps[k])]
            nps = [k for k in vorfeld if ps[k].kind == "NP"] or vorfeld
            if nps:
                subj = nps[0]
                for k in nps[1:]:
                    if ps[k].role == "":
                        ps[k].role = "appos"  # "Der Sonderberichterstatter, François Crépeau,"
        if subj is None:
            rel = [k for k in cands if ps[k].relative and self._nom_ok(ps[k])]
            strict = [k for k in cands if ps[k].cases and "nom" in ps[k].cases
                      and not ps[k].relative]
            loose = [k for k in cands if self._nom_ok(ps[k]) and not ps[k].relative]
            if c.kind == "rel" and rel:
                # "die von den USA genutzt werden": the relative pronoun is the subject unless
                # another unambiguous nominative is present
                others = [k for k in strict if ps[k].cases == frozenset({"nom"})]
                subj = others[0] if others else rel[0]
            else:
                # word order first (the subject usually leads the Mittelfeld: "dass Johnson die
                # EU ... ersuchen musste"), unless a phrase can only be nominative ("er")
                only_nom = [k for k in strict if ps[k].cases == frozenset({"nom"})]
                if only_nom:
                    subj = only_nom[0]
                elif self._elided_subject(c, doc) or self._serial_verb(c, doc, loose):
                    pass  # "... und forderte eine Lösung": the subject is the first conjunct's
                elif loose:
                    subj = loose[0]
        if subj is not None:
            # the head of a coordination: "Belize, die Fidschis, Panama, Togo und Vanuatu"
            back = {q.conj_next: j for j, q in enumerate(ps) if q.conj_next is not None}
            while subj in back and ps[back[subj]].role == "":
                subj = back[subj]
            self._mark_subject(c, subj)
        for k in cands:
            p = ps[k]
            if p.role:
                continue
            if p.cases == frozenset({"dat"}):
                p.role = "iobj"
            elif p.cases and "acc" not in p.cases and "dat" in p.cases:
                p.role = "iobj"
            else:
                p.role = "obj"

    @staticmethod
    def _elided_subject(c: Clause, doc: Doc) -> bool:
        """A main clause opened by a coordinating conjunction and its finite verb ("und
        forderte eine Lösung", "und nahm den Mann fest") shares the subject of the clause
        before it: a phrase that may be accusative after the verb is its object."""
        if c.kind != "main" or c.finite is None or c.finite != c.start + 1:
            return False
        # (a subordinate clause left inside it, "..., damit die EU-Staaten ...", has its own)
        return doc.tokens[c.start].pos == "KON" and not any(
            doc.tokens[i].pos == "KOUS" for i in range(c.start, c.end))

    def _serial_verb(self, c: Clause, doc: Doc, loose: list[int]) -> bool:
        """A verb-first main clause after a comma that follows a main clause with a subject
        ("Der Roboter gerät außer Kontrolle, tötet Benson und bedroht ...") is the next verb
        of a series sharing that subject: its noun phrase is an object.  Not after a verb of
        saying ("..., sagte der Minister") nor when the phrase cannot be accusative ("...,
        glaubt der Experte"): there the subject follows its verb."""
        prev = getattr(self, "_prev_main", None)
        if c.kind != "main" or c.finite is None or c.finite != c.start or c.start == 0 \
                or prev is None or prev.kind != "main" or prev.subject is None \
                or prev.quoted != c.quoted or doc.tokens[c.start - 1].text != ",":
            return False
        if any(self.is_speech(p.lemma) for p in c.predicates):
            return False
        opener = doc.tokens[prev.start].text.lower()
        if opener in self.syn.subordinators:
            return False  # ("Als die AG ... übernahm, führte die Verwaltung ...": a misread
            # subordinate clause, after which the subject follows the verb)
        first = c.phrases[loose[0]] if loose else None
        # (a pronoun right after the verb is its subject: "..., griffen sie ... an")
        return first is not None and first.kind == "NP" and (
            first.cases is None or "acc" in first.cases)

    @staticmethod
    def _mark_subject(c: Clause, subj: int) -> None:
        """Phrase ``subj`` is the clause's subject; a coordinated subject shares the role
        ("die Grünen und die Linke", "Turkey and Russia")."""
        ps = c.phrases
        ps[subj].role = "subj"
        c.subject = subj
        k = ps[subj].conj_next
        while k is not None:
            ps[k].role = "subj"
            k = ps[k].conj_next

    @staticmethod
    def _nom_ok(p: Phrase) -> bool:
        return p.cases is None or "nom" in p.cases

    def _roles_en(self, c: Clause, doc: Doc) -> None:
        syn = self.syn
        ps = c.phrases
        for p in ps:
            if p.kind == "PP" and p.prep in syn.agent_preps and c.voice == "passive":
                p.role = "agent"
        verb = min((p.token for p in c.predicates), default=None)
        vstart = c.finite if c.finite is not None else verb
        cands = [k for k, p in enumerate(ps) if p.kind in ("NP", "PRON") and p.role == ""]
        if vstart is None:
            for k in cands:
                ps[k].role = "obj"
            return
        before = [k for k in cands if ps[k].end <= vstart]
        after = [k for k in cands if ps[k].start > vstart]
        # "protesters wearing black clothes, face masks and helmets gathered": the subject
        # stands before the gerund that describes it, not among the gerund's objects
        gerunds = [g for g in self._ignore_now if c.start <= g < vstart
                   and doc.tokens[g].pos == "VVG"]
        if gerunds:
            g = min(gerunds)
            early = [k for k in before if ps[k].end <= g]
            if early:
                for k in before:
                    if ps[k].start > g:
                        ps[k].role = "pre"
                before = early
        if not before and after and FRONTED_PASSIVE in c.notes:
            before, after = [after[0]], after[1:]  # "Also arrested were X": X is the subject
        if before:
            subj = before[-1]
            # "the lower and upper houses": take the first of a coordination
            while subj > 0 and ps[subj - 1].conj_next == subj and ps[subj - 1].role == "":
                subj -= 1
            self._mark_subject(c, subj)
            for k in before:
                if not ps[k].role:
                    ps[k].role = "pre"
        for n, k in enumerate(after):
            ps[k].role = "obj" if n == 0 else ("obj2" if ps[k].role == "" else ps[k].role)
        self._reduced_passive(c, doc)

    def _reduced_passive(self, c: Clause, doc: Doc) -> None:
        """Headlines drop the passive auxiliary ("7 soldiers killed in attack"): a clause whose
        one verb is the bare -ed form of a verb news never uses without an object
        (lang/en/syntax/reduced_passive_verbs.txt), with a subject and no object, is passive,
        so its subject is the target, not the one who killed or arrested."""
        if c.voice != "active" or c.subject is None or len(c.verbs) != 1 \
                or len(c.predicates) != 1:
            return
        tok = doc.tokens[c.predicates[0].token]
        if tok.lemma not in self.syn.reduced_passive or not tok.text.lower().endswith("ed") \
                or any(p.role in ("obj", "obj2", "iobj") for p in c.phrases):
            return
        c.voice = "passive"
        c.notes.append("reduced passive: a bare -ed form with no object (headline style)")
        for p in c.phrases:
            if p.kind == "PP" and p.prep in self.syn.agent_preps:
                p.role = "agent"

    # ------------------------------------------------------------------ step 6: links
    def _link(self, doc: Doc, clauses: list[Clause], all_clauses: list[Clause]) -> None:
        for n, c in enumerate(clauses):
            prev = clauses[n - 1] if n > 0 else None
            if c.kind == "rel" and prev is not None:
                c.parent = prev.id
                # the antecedent: the phrase ending nearest before the relative pronoun (in
                # whichever clause of the sentence: "Die Regierung, die ..., hat ...")
                best = None
                for x in clauses[:n]:
                    for k, p in enumerate(x.phrases):
                        if p.kind in ("NP", "PP", "PRON") and p.end <= c.start and (
                                best is None or p.end > best[2]):
                            best = (x.id, k, p.end)
                if best is not None:
                    c.antecedent = (best[0], best[1])
                    c.parent = best[0]
            elif c.kind in ("sub", "inf", "part") and prev is not None:
                host = prev
                if c.kind == "inf":
                    # "asked Carrie Lam, who is supported by ..., to resign": the infinitive
                    # belongs to the clause before the relative clause
                    m = n - 1
                    while m > 0 and clauses[m].kind == "rel":
                        m -= 1
                    host = clauses[m]
                c.parent = host.id
            elif c.kind in ("sub", "inf") and n + 1 < len(clauses):
                c.parent = clauses[n + 1].id  # "Nachdem X ..., hat Y": the host follows
            if c.kind == "inf" and c.parent is not None:
                host = all_clauses[c.parent]
                # the controlling word: a verb of the host, or the adjective right before the
                # infinitive clause ("are due to meet", "ist bereit, ... zu verhandeln")
                before = doc.tokens[c.start - 1] if c.start > 0 else None
                if before is not None and before.text in BOUNDARY_PUNCT and c.start > 1:
                    before = doc.tokens[c.start - 2]
                words = [p.lemma for p in host.predicates]
                if before is not None and before.sent == c.sent:
                    words = [before.text.lower()] + words
                for w in words:
                    ctl = self.syn.control_verbs.get(w)
                    if ctl:
                        c.control = ctl[0]
                        c.notes.append(f"controlled by {w!r}: {ctl[0]}")
                        if ctl[1]:
                            objs = [k for k, ph in enumerate(host.phrases)
                                    if ph.role in ("obj", "iobj")]
                            if objs and c.subject is None:
                                c.subject_from = host.id
                                c.notes.append("subject: object of the controlling verb")
                                c.antecedent = (host.id, objs[0])
                        break
            if c.kind == "part" and c.voice == "passive" and c.antecedent is None:
                # a past participle clause is passive: its subject is the noun it describes,
                # the host's subject when it opens the sentence, else the noun before it
                if n == 0 and len(clauses) > 1 and clauses[1].subject is not None:
                    c.antecedent = (clauses[1].id, clauses[1].subject)
                elif prev is not None:
                    nps = [k for k, p in enumerate(prev.phrases) if p.kind in ("NP", "PRON")]
                    if nps:
                        c.antecedent = (prev.id, nps[-1])
            if c.kind == "part" and c.voice == "active" and c.antecedent is None \
                    and prev is not None and self.lang == "en":
                # "rebels fighting Assad": an -ing clause right after a noun may have that noun
                # as its subject (the coder takes it when it names an actor)
                nps = [k for k, p in enumerate(prev.phrases) if p.kind in ("NP", "PRON")
                       and p.end == c.start]
                if nps:
                    c.notes.append("subject: the noun before it, if an actor")
                    c.ing_subject = (prev.id, nps[-1])
            if c.subject is None and c.antecedent is None and prev is not None \
                    and c.kind in ("main", "inf", "part", "sub"):
                # coordinated clause or infinitive: the subject is shared with the clause before
                # (not with an inserted "..., the Red Crescent said, injuring 21")
                src = prev
                m = n - 1
                while m > 0 and c.kind == "part" and any(
                        self.is_speech(p.lemma) for p in clauses[m].predicates):
                    m -= 1
                    src = clauses[m]
                if c.kind == "inf" and c.parent is not None:
                    src = all_clauses[c.parent]
                if src.subject is not None or src.subject_from is not None:
                    c.subject_from = src.id if src.subject is not None else src.subject_from
            if c.kind == "sub" and c.sub_kind == "purpose" or c.kind == "inf" and c.subordinator in ("um",):
                c.modality = c.modality or "hypothetical"
        self._link_speech(clauses, all_clauses)

    def _link_speech(self, clauses: list[Clause], all_clauses: list[Clause]) -> None:
        speech = [n for n, c in enumerate(clauses) if c.kind == "main" and not c.quoted
                  and any(self.is_speech(p.lemma) for p in c.predicates)]
        for n in speech:
            c = clauses[n]
            first_verb = min((p.token for p in c.predicates), default=c.end)
            v1 = c.finite is not None and c.finite == c.start
            subj_after = c.subject is not None and c.phrases[c.subject].start > first_verb
            at_end = n == len(clauses) - 1
            if n > 0 and (v1 or subj_after or (self.lang == "en" and at_end)):
                # "..., teilte die Regierung mit" / "..., Erdogan said": what precedes, back
                # to the previous speech clause
                prev = max((m for m in speech if m < n), default=-1)
                targets = [x for x in clauses[prev + 1:n] if x.reported_by is None]
            else:
                # "sagte, dass ...", "said (that) ...": what follows, up to the next speech
                # clause or a coordinated main clause with a subject of its own
                targets = []
                for x in clauses[n + 1:]:
                    if clauses.index(x) in speech:
                        break
                    if x.kind == "main" and x.subject is not None and targets \
                            and self._starts_with_conj(x):
                        break
                    targets.append(x)
                if targets and not (targets[0].kind == "sub" and targets[0].sub_kind == "complement"
                                    or targets[0].kind == "main"):
                    targets = []
            for x in targets:
                x.reported_by = c.id
                c.reports.append(x.id)

    def _starts_with_conj(self, c: Clause) -> bool:
        return self._first_upos.get(c.id) == "CONJ"


@functools.lru_cache(maxsize=None)
def _headline_passives(lang: str) -> frozenset[str]:
    """Verbs whose bare participle in a headline is passive (empty where the language has no
    such file)."""
    if not data_path(lang, "syntax/headline_passives.txt").exists():
        return frozenset()
    return frozenset(load_lines(lang, "syntax/headline_passives.txt"))


@functools.lru_cache(maxsize=None)
def _headline_verbs(lang: str) -> dict[str, tuple[str, str]]:
    """Form -> (lemma, tag) of news verbs the tagger reads as nouns in headlines (empty where
    the language has no such file)."""
    if not data_path(lang, "syntax/headline_verbs.tsv").exists():
        return {}
    return {r["form"]: (r["lemma"], r["tag"]) for r in load_tsv(lang, "syntax/headline_verbs.tsv")}


def retag_headline_verb(doc: Doc, toks: list[Token]) -> None:
    """"Russian airstrikes breach truce": in a headline with no verb, a news verb the tagger
    read as a noun (lang/<lang>/syntax/headline_verbs.tsv), between a noun (its subject) and
    the start of a noun phrase (its object), is re-tagged as that verb.  Called by the tagger,
    so that actors and clauses both see the verb."""
    forms = _headline_verbs(doc.lang or "")
    if not forms or not toks or any(t.upos in ("VERB", "AUX") for t in toks) \
            or not _is_headline(doc, toks):
        return
    for k in range(1, len(toks) - 1):
        t = toks[k]
        hit = forms.get(t.text)
        if hit is None or t.upos not in NOUN_UPOS or toks[k - 1].upos not in NOUN_UPOS \
                or toks[k + 1].upos not in NP_UPOS:
            continue
        t.lemma, t.pos, t.upos = hit[0], hit[1], "VERB"
        return


@functools.lru_cache(maxsize=None)
def _fronted_passive_leads(lang: str) -> frozenset[str]:
    """Openings before a fronted passive ("among those"), lang/<lang>/syntax/..."""
    if not data_path(lang, "syntax/fronted_passive_leads.txt").exists():
        return frozenset()
    return frozenset(" ".join(w.casefold().split())
                     for w in load_lines(lang, "syntax/fronted_passive_leads.txt"))


@functools.lru_cache(maxsize=None)
def _gerund_noun_preps() -> frozenset[str]:
    """Prepositions after a sentence-initial -ing form that make it a noun ("Shelling by X")."""
    return frozenset(w.casefold() for w in load_lines("en", "syntax/gerund_noun_prepositions.txt"))


def retag_gerund_subject(toks: list[Token]) -> None:
    """"Shelling by Azerbaijani forces killed three soldiers": a sentence-initial -ing form
    followed by "by" / "of" / "between" and, later, a past or -s form is the subject noun
    ("the shelling"), not the clause's verb.  Called by the tagger."""
    words = [t for t in toks if t.upos != "PUNCT"]
    if len(words) < 4 or words[0].pos != "VVG" \
            or words[1].text.casefold() not in _gerund_noun_preps() \
            or not any(t.pos in ("VVD", "VVZ") for t in words[2:]):
        return
    t = words[0]
    t.pos, t.upos, t.lemma = "NN1", "NOUN", t.text.casefold()


def _is_headline(doc: Doc, toks: list[Token]) -> bool:
    """The sentence is a line of its own without a final full stop, question or exclamation
    mark or closing quote: a headline ("Seven soldiers killed in attack on army post")."""
    text = doc.text
    before = text[:toks[0].start].rstrip(" \t")
    after = text[toks[-1].end:].lstrip(" \t")
    return (not before or before.endswith("\n")) and (not after or after.startswith("\n")) \
        and toks[-1].text not in _TERMINAL
