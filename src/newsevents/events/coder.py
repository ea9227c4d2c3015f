"""Coding rules: from analysed clauses, actors and the event lexicon to CAMEO/PLOVER events.

The rules follow the CAMEO codebook (1.1b3) and the practice of GDELT/ICEWS/POLECAT coders:

- the *source* is the clause's subject (its passive agent, "von"/"durch"/"by", in a passive
  clause), the *target* the phrase the lexicon frame names (object, dative object, or the
  noun after the frame's preposition; a passive clause's subject);
- *reported speech* ("..., teilte X mit", "hieß es", "said") codes the reported event with
  ``reported_by``; the speech verb itself is coded (010 unless the lexicon says otherwise)
  only when nothing it reports was coded — CAMEO's "010 only when nothing more specific";
- *negation* sets ``negated`` (such events stay out of counts by default);
- *modality*: a conditional, subjunctive or modal clause is ``hypothetical``; an announced,
  planned or future event becomes CAMEO's intent code (03x), a threatened one its threat code
  (13x), through ``lang/common/syntax/intent_codes.tsv``;
- every event keeps its trigger span, sentence, and the lexicon entry (file:line) that fired.

Each candidate, coded or not, leaves a :class:`Decision` so ``newsevents explain`` can say why.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field, replace
from typing import Any

from ..actors.resolve import make_code
from ..doc import ActorMention, Doc
from ..record import Actor, Event, Location, Span
from .context import ActorIndex, clause_place, date_for, main_place, sentence_place
from .model import Clause, Predicate
from ..errors import ConfigError
from ..gazetteer.countries import lookup as country_lookup
from ..lang import data_path, load_lines, load_tsv
from .syntax import Syntax, intent_codes


@functools.lru_cache(maxsize=None)
def _sport_words(lang: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """lang/<lang>/events/sport_context.txt: every word, and the long ones that also match
    compounds ("Fußballzentrum")."""
    words = frozenset(w.casefold() for w in load_lines(lang, "events/sport_context.txt"))
    return words, tuple(w for w in words if len(w) >= 6)

QUAD_BY_ROOT = {**{f"{r:02d}": 1 for r in range(1, 6)}, **{f"{r:02d}": 2 for r in range(6, 9)},
                **{f"{r:02d}": 3 for r in range(9, 14)}, **{f"{r:02d}": 4 for r in range(14, 21)}}


@dataclass
class Decision:
    """Why a verb (or noun) of a clause did or did not become an event."""

    clause: int
    trigger: int  # token index
    word: str
    outcome: str  # coded | rejected | suppressed
    reason: str
    code: str | None = None
    rule: str | None = None
    source: str | None = None
    target: str | None = None
    event_ids: list[str] = field(default_factory=list)

    def describe(self) -> str:
        head = f"{self.outcome.upper():<10} {self.word!r}"
        if self.code:
            head += f" -> {self.code}"
        parts = [head]
        if self.source or self.target:
            parts.append(f"{self.source or '-'} -> {self.target or '-'}")
        parts.append(self.reason)
        if self.rule:
            parts.append(f"[{self.rule}]")
        if self.event_ids:
            parts.append("(" + ", ".join(self.event_ids) + ")")
        return "  ".join(parts)


@dataclass
class Candidate:
    clause: Clause
    trigger: int
    code: str
    rule: str
    sources: list[ActorMention]
    targets: list[ActorMention]
    negated: bool = False
    hypothetical: bool = False
    reported_by: ActorMention | None = None
    confidence: float = 0.5
    frame: str = ""
    decision: Decision | None = None
    statement: bool = False  # a bare statement of a speech verb (010 ...)
    requested: bool = False  # the content of an appeal or demand: re-codes the requesting verb
    mutual: bool = False  # sides named after "zwischen": each side acts on the other


@dataclass
class Selection:
    """The lexicon's answer for one predicate."""

    code: str | None = None
    rule: str = ""
    target: str = "object"  # object | prep | none
    obj: str | None = None
    prep: str | tuple[str, ...] | None = None  # a tuple: the frame's target_prep list
    with_infinitive: str | None = None
    reporting: bool = False
    reporting_only: bool = False  # a verb of saying with no event entry of its own ("sagen")
    noun: bool = False
    light: bool = False  # a support verb: an event noun as its object codes the event
    aspectual: bool = False  # "resumed talks": only an event noun object gives the code
    note: str = ""
    implied_source: str | None = None  # role acting when a passive names no agent (COP, JUD)
    source_roles: tuple[str, ...] = ()  # roles every source must have ("walked out": workers)
    otherwise: tuple[str, str] | None = None  # (code, rule) of the frame without source_roles
    target_required: bool = False  # only with a person or group as target ("traf Macron")


def _is_party(m: ActorMention, doc: Doc) -> bool:
    """Whether a mention is a person, group or organisation rather than a place: a named
    entity that is no LOC, or an unnamed actor with a role or organisation ("den Minister")."""
    if m.entity is not None and 0 <= m.entity < len(doc.entities):
        return doc.entities[m.entity].type != "LOC"
    return bool(m.actor.role or m.actor.org)


def _in_phrase(doc: Doc, c: Clause | None, k: int | None,
               mentions: list[ActorMention]) -> bool:
    """Whether one of ``mentions`` lies inside phrase ``k`` of clause ``c`` itself, not in
    an attribute after it; True when there is no such phrase to check against."""
    if c is None or k is None or not mentions:
        return True
    ph = c.phrases[k]
    lo, hi = doc.tokens[ph.start].start, doc.tokens[ph.end - 1].end
    return any(lo <= m.start < hi for m in mentions)


@functools.lru_cache(maxsize=None)
def _side_codes(lang: str) -> dict[tuple[str, str, str], str]:
    """(code, source role, target role) -> the code of that direction of a clash
    (lang/<lang>/events/side_codes.tsv; empty where the language has no such file)."""
    if not data_path(lang, "events/side_codes.tsv").exists():
        return {}
    return {(r["code"], r["source_role"], r["target_role"]): r["result"]
            for r in load_tsv(lang, "events/side_codes.tsv")}


@functools.lru_cache(maxsize=None)
def _between_preps(lang: str) -> frozenset[str]:
    """Prepositions naming both sides of a reciprocal event ("zwischen X und Y"; empty where
    the language has no such file yet)."""
    if not data_path(lang, "syntax/between_prepositions.txt").exists():
        return frozenset()
    return frozenset(w.casefold() for w in load_lines(lang, "syntax/between_prepositions.txt"))


@functools.lru_cache(maxsize=None)
def _reciprocal_pronouns(lang: str) -> tuple[tuple[str, ...], ...]:
    """Reciprocal pronouns as word sequences ("each other"; empty where the language has no
    such file yet)."""
    if not data_path(lang, "syntax/reciprocal_pronouns.txt").exists():
        return ()
    return tuple(tuple(w.casefold().split())
                 for w in load_lines(lang, "syntax/reciprocal_pronouns.txt"))


@functools.lru_cache(maxsize=None)
def _hazard_nouns(lang: str) -> frozenset[str]:
    """The language's words for disasters, accidents and illness (syntax/hazard_nouns.txt;
    empty where the language has no such file yet)."""
    if not data_path(lang, "syntax/hazard_nouns.txt").exists():
        return frozenset()
    return frozenset(w.casefold() for w in load_lines(lang, "syntax/hazard_nouns.txt"))


@functools.lru_cache(maxsize=None)
def _crowd_nouns(lang: str) -> frozenset[str]:
    """The language's crowd words (empty where the language has no such file yet)."""
    if not data_path(lang, "syntax/crowd_nouns.txt").exists():
        return frozenset()
    return frozenset(w.casefold() for w in load_lines(lang, "syntax/crowd_nouns.txt"))


# Roles of unnamed people who belong to the country where the event happens (a named outlet,
# "Reuters", has its own country or none).
PLACED_ROLES = frozenset({"CVL", "CRM", "MED"})

# Unnamed protesters and police ("Demonstranten", "die Polizei") likewise belong to the place
# their clause is set in: "In Kairo warfen Demonstranten Steine auf die Polizei" is EGY v EGY.
PLACED_CROWD_ROLES = frozenset({"PRO", "COP"})

# Roles of people who strike by stopping work: a "strike" they launch is labour action (143).
LABOUR_ROLES = frozenset({"LAB", "HLH", "EDU", "AGR"})

# Statement codes whose object is what the statement is ABOUT, not an act it announces:
# declining to comment (011), claiming (015) or denying (016) an attack, commemorating (017)
# or regretting (018) it.  "reklamierte den Anschlag für sich" is 015, "wies die Vorwürfe
# zurück" 016 — the object noun must not turn them into the attack or the accusation.
SUBSTANTIVE_STATEMENTS = frozenset({"011", "015", "016", "017", "018"})


def _labour_strike(doc: Doc, p: Predicate, noun, sources: list[ActorMention]) -> bool:
    """"Auto workers launched a strike": the plain word "strike" (not "air strike", "drone
    strike": those are other lexicon nouns) by workers, doctors, teachers or farmers is a
    labour strike, not a military one."""
    word = noun[0].lemma if noun is not None else doc.tokens[p.token].lemma
    return word.casefold() == "strike" and all(
        m.actor.role in LABOUR_ROLES for m in sources)


@functools.lru_cache(maxsize=None)
def _verbal_attacks(lang: str) -> dict[str, tuple[str, frozenset[str]]]:
    """lemma -> (code, source roles) from lang/<lang>/events/verbal_attacks.tsv (empty where
    the language has no such file)."""
    if not data_path(lang, "events/verbal_attacks.tsv").exists():
        return {}
    return {r["lemma"]: (r["cameo"], frozenset(r["roles"].split("|")))
            for r in load_tsv(lang, "events/verbal_attacks.tsv")}


def _verbal_attack(lang: str, doc: Doc, p: Predicate, noun,
                   sources: list[ActorMention]) -> str | None:
    """"Tory leader attacks Labour", "Republican candidates clash": the code of a fighting
    word done only by political, civil or media actors (lang/<lang>/events/verbal_attacks.tsv),
    who fight with words; None for anything else."""
    word = (noun[0].lemma if noun is not None else doc.tokens[p.token].lemma).casefold()
    entry = _verbal_attacks(lang).get(word)
    if entry is None or not sources or not all(m.actor.role in entry[1] for m in sources):
        return None
    return entry[0]


@functools.lru_cache(maxsize=None)
def _quantity_lexicon(lang: str):
    """The quantities stage's number words and currency signs (lang/<lang>/quantities)."""
    from ..quantities.lexicon import load_lexicon
    return load_lexicon(lang)


def _has_role(m: ActorMention, roles: tuple[str, ...]) -> bool:
    """Whether a source has one of a frame's ``source_roles``; a country named alone
    ("Frankreich protestierte") is its state, so it counts as GOV."""
    a = m.actor
    if a.role in roles:
        return True
    return "GOV" in roles and a.role is None and a.org is None and bool(a.country) \
        and a.code == a.country


def _clause_adjectives(toks, c: Clause, lo: int, hi: int) -> list[str]:
    """The lower-cased words of a predicate's region that stand outside its noun and
    prepositional phrases: the predicative adjectives a ``with_adjective`` frame looks for
    ("zeigte sich besorgt über X"; an attribute inside "die besorgten Bürger" is no comment)."""
    inside = {k for ph in c.phrases for k in range(ph.start, ph.end)}
    return [toks[k].text.lower() for k in range(max(lo, c.start), min(hi, c.end))
            if k not in inside]


def _amount_word(tok, lang: str) -> bool:
    """A number, a currency sign or a scale word ("$", "200", "million", "hundred")."""
    if tok.upos == "NUM":
        return True
    qlex = _quantity_lexicon(lang)
    word = qlex.number_word(tok.lemma)
    return tok.text in qlex.currencies or (word is not None and word[1] in ("scale", "hundred"))


def _requests(code: str | None) -> bool:
    """An appeal (02) or demand (10) code: a reporting verb like "demand" that takes an event
    noun asks for that event ("demanded the withdrawal" is 1056, not an intent 0356)."""
    return bool(code) and code.startswith(("02", "10"))


def _about_the_noun(code: str | None) -> bool:
    """A statement about an act rather than an announcement of it: criticising (11),
    rejecting (12), claiming or denying (SUBSTANTIVE_STATEMENTS) "the arrests" is its own
    event, not the arrests as an intent ("kritisierte die Festnahmen" is 111, not 137)."""
    return bool(code) and (code[:3] in SUBSTANTIVE_STATEMENTS or code.startswith(("11", "12")))


def _actor_label(m: ActorMention | None, doc: Doc) -> str | None:
    if m is None:
        return None
    a = m.actor
    return f"{doc.text[m.start:m.end]}={a.code or a.country or a.name or '?'}"


def _dyad_key(m: ActorMention | None):
    """Two mentions with one actor code are one party of an event ("Zalmay Khalilzad, a US
    peace envoy")."""
    if m is None:
        return ()
    return m.actor.code or _actor_key(m.actor)


def _unnamed_others(sources: list[ActorMention], targets: list[ActorMention]) -> bool:
    """Unnamed groups of one code that are different people: "In Wien wird gegen zwei
    Polizeibeamte ermittelt" (the police, implied, v officers of the same place's police) is
    no act of a party on itself, unlike "they retook what they lost" (one word twice)."""
    texts = {m.actor.text.casefold() for m in sources}
    return all(not m.actor.name and m.actor.role in PLACED_CROWD_ROLES
               and m.actor.text.casefold() not in texts for m in targets)


# Characters between a name and a description of the same person in apposition (", a ").
APPOSITION_GAP = 6


def _same_party(s: ActorMention | None, g: ActorMention | None) -> bool:
    """One party named twice ("Zalmay Khalilzad, a US peace envoy": one code), unless both
    mentions name different people ("Yoon met Biden" with a guessed country for both)."""
    if s is None or g is None or _dyad_key(s) != _dyad_key(g) or _unnamed_others([s], [g]):
        return False
    a, b = s.actor.name, g.actor.name
    if bool(a) != bool(b) and s.actor.role and g.actor.role and (
            g.start - s.end > APPOSITION_GAP or s.start - g.end > APPOSITION_GAP):
        return False  # "Texas Gov. Greg Abbott criticized the Biden administration": a named
        # person and a body of one code, apart (not "Zalmay Khalilzad, a US peace envoy")
    return not (a and b and a.split()[-1].casefold() != b.split()[-1].casefold())


def _actor_key(a: Actor | None) -> tuple:
    return () if a is None else (a.code, a.country, a.role, a.org, a.name)


class EventCoder:
    """Turns one document's clauses into events.  ``lexicon`` may be None (nothing is coded,
    every clause is explained as "no lexicon")."""

    def __init__(self, lang: str, syntax: Syntax, lexicon: Any | None,
                 settings: dict[str, Any] | None = None):
        self.lang = lang
        self.syn = syntax
        self.lex = lexicon
        s = settings or {}
        # bare statements (010 ...): "all", "with_target" (only when the statement is about
        # another actor named in what is said), "directed" (only when its own object names
        # another actor: "noted U.S. nuclear tests") or "none"
        bs = s.get("bare_statements", "directed")
        self.bare_statements = {True: "all", False: "none"}.get(bs, str(bs))
        self.reciprocal_roots = tuple(str(x) for x in s.get(
            "reciprocal_roots", ("03", "04", "05", "06", "13", "19")))
        self.emit_negated = bool(s.get("emit_negated", True))
        self.emit_hypothetical = bool(s.get("emit_hypothetical", True))
        self.require_source = bool(s.get("require_source", False))
        # an active clause whose subject is no actor ("ausländische Personen, die ...
        # kooperieren") names nobody who acted: not coded unless this is false
        self.require_active_source = bool(s.get("require_active_source", True))
        self.max_per_side = int(s.get("max_actors_per_side", 3))
        # a withdrawal names no target but happens somewhere: the place's country is the
        # target for these codes (prefixes) when the clause has no target actor
        self.place_only_roots = tuple(str(x) for x in s.get("place_only_roots", ("18", "19", "20")))
        self.far_target = tuple(str(x) for x in s.get("article_place_as_target", ("087", "0356")))
        self.place_target = tuple(str(x) for x in s.get(
            "place_as_target", ("07", "08", "09", "0356", "15", "16", "17", "18", "19", "20")))
        self._intent = intent_codes()
        self._aspectual_verbs: frozenset[str] | None = None
        self._attribution: dict[str, list[tuple[str, str]]] | None = None

    # ------------------------------------------------------------------ lexicon
    def select(self, c: Clause, p: Predicate, doc: Doc) -> Selection | None:
        lex = self.lex
        if lex is None:
            return None
        toks = doc.tokens
        lo, hi = p.region
        preps = [ph.prep for ph in c.phrases if ph.kind == "PP" and ph.prep
                 and (lo <= ph.start < hi or ph.start < p.token and ph.role == "prep")]
        nouns = [toks[ph.head].lemma for ph in c.phrases if ph.head >= 0
                 and (lo <= ph.start < hi or ph.role == "subj")]
        # and the last word of each object ("police complex" tagged with an adjective head)
        nouns += [toks[ph.end - 1].lemma for ph in c.phrases
                  if ph.role in ("obj", "iobj", "prep") and lo <= ph.start < hi
                  and ph.end - 1 != ph.head]
        particle = toks[p.particle].text.lower() if (p.particle is not None
                                                     and self.lang != "de") else None
        # "warned the Saudis" (a threat) vs "warned that ..." (speech): the lexicon's
        # object_required frames need to know whether there is an object at all
        # (unknown in a passive clause, whose object became its subject)
        prep_nouns = None
        if self.lang != "de":
            # English: a frame's with_noun looks at the object and the noun after its own
            # preposition only (see Lexicon.select_verb)
            prep_nouns = {}
            core = []
            amount_ends = self._amount_object_ends(c, toks, lo, hi)
            for ph in c.phrases:
                if ph.head < 0 or not (lo <= ph.start < hi or ph.role == "subj"):
                    continue
                if ph.kind == "PP" and ph.start in amount_ends \
                        and (ph.prep or "").casefold() in ("in", "of"):
                    # "froze $200 million in assistance": the noun after the amount is what
                    # the verb acts on, as if it were the object
                    core.append(toks[ph.head].lemma)
                ws = [toks[ph.head].lemma]
                if ph.role in ("obj", "iobj", "prep") and lo <= ph.start < hi \
                        and ph.end - 1 != ph.head:
                    ws.append(toks[ph.end - 1].lemma)
                if ph.kind == "PP" and ph.prep and ph.role != "gen":
                    # ("thousands of troops": an of-phrase belongs to the noun it follows)
                    prep_nouns.setdefault(ph.prep.casefold(), []).extend(ws)
                else:
                    core.extend(ws)
            nouns = core
        has_object = None if c.voice != "active" else any(
            ph.role in ("obj", "iobj") and lo <= ph.start < hi for ph in c.phrases)
        lemmas = [p.lemma]
        word = toks[p.token].text
        if word.lower() != p.lemma.lower():
            lemmas.append(word)  # `forms`: surface forms the tagger mis-lemmatises
        entry = None
        adjectives = _clause_adjectives(toks, c, lo, hi)  # once per predicate, for every frame
        for lemma in lemmas:
            entry = lex.select_verb(lemma, particle=particle, reflexive=c.reflexive,
                                    preps=preps, nouns=nouns, has_object=has_object,
                                    prep_nouns=prep_nouns,
                                    adjectives=adjectives)
            if entry is not None:
                break
        if entry is None and particle is None and prep_nouns is not None:
            entry = self._preposition_as_particle(c, p, toks, preps, nouns, has_object,
                                                  prep_nouns)
        rep = lex.reporting(p.lemma) if hasattr(lex, "reporting") else None
        if entry is None and rep is None and p.lemma.casefold() in self.aspectual:
            return self._aspectual(c, p, doc, preps, nouns, has_object)
        otherwise = None
        if entry is not None and entry.source_roles:
            alt = lex.select_verb(entry.lemma, particle=particle, reflexive=c.reflexive,
                                  preps=preps, nouns=nouns, has_object=has_object,
                                  prep_nouns=prep_nouns, skip_source_roles=True,
                                  adjectives=adjectives)
            otherwise = (alt.cameo, f"{alt.source} {alt.lemma}") if alt is not None else None
        if entry is not None:
            # ("spoke by phone with X": the frame's "by" chose it, "with" names the target)
            prep = entry.target_prep if entry.target_prep and entry.target == "prep" \
                else entry.prep
            return Selection(code=entry.cameo, rule=f"{entry.source} {entry.lemma}",
                             target=entry.target or "object", obj=entry.obj, prep=prep,
                             with_infinitive=entry.with_infinitive, note=entry.note,
                             reporting=rep is not None, light=entry.light,
                             implied_source=entry.implied_source,
                             source_roles=entry.source_roles, otherwise=otherwise,
                             target_required=entry.target_required)
        if rep is not None:
            return Selection(code=rep.cameo or "010", rule=f"{rep.source} {rep.lemma}",
                             target="none", reporting=True, reporting_only=True)
        return None

    def _preposition_as_particle(self, c: Clause, p: Predicate, toks, preps, nouns,
                                 has_object, prep_nouns):
        """"handed over a Polish spy": the tagger calls "over" a preposition, so no phrasal
        frame matched; when a frame of the verb has that word as its particle, the phrase
        right after the verb is read as particle + object."""
        for ph in c.phrases:
            if ph.kind != "PP" or ph.start != p.token + 1 or not ph.prep or ph.head < 0:
                continue
            part = ph.prep.casefold()
            if not any((e.particle or "") == part for e in self.lex.verbs(p.lemma)):
                return None
            return self.lex.select_verb(p.lemma, particle=part, preps=preps,
                                        nouns=list(nouns) + [toks[ph.head].lemma],
                                        has_object=True, prep_nouns=prep_nouns)
        return None

    def _amount_object_ends(self, c: Clause, toks, lo: int, hi: int) -> set[int]:
        """Token positions right after each object of the predicate that is an amount
        ("$200 million", "50 billion euros" end with a number or currency word), where an
        in/of-phrase names what the amount is of."""
        out: set[int] = set()
        for ph in c.phrases:
            if ph.role != "obj" or ph.head < 0 or not (lo <= ph.start < hi):
                continue
            end = ph.end
            while end < len(toks) and end < hi and _amount_word(toks[end], self.lang):
                end += 1  # ("$" | "100 million": the analyser may leave the number out)
            if any(_amount_word(toks[k], self.lang) for k in range(ph.start, end)):
                out.add(end)
        return out

    @property
    def aspectual(self) -> frozenset[str]:
        """Aspectual verbs of the language ("keep", "resume"), from
        ``lang/<lang>/events/aspectual.txt``; none when the language has no such file."""
        if self._aspectual_verbs is None:
            try:
                words = load_lines(self.lang, "events/aspectual.txt")
            except ConfigError:
                words = ()
            self._aspectual_verbs = frozenset(w.strip().casefold() for w in words if w.strip())
        return self._aspectual_verbs

    def _aspectual(self, c: Clause, p: Predicate, doc: Doc, preps, nouns, has_object
                   ) -> Selection | None:
        """"kept hammering Assad's troops", "continued shelling the town": the -ing verb's
        frame; "resumed talks": a Selection that only an event noun object can code."""
        toks = doc.tokens
        lo, hi = p.region
        for ph in c.phrases:
            if ph.role not in ("obj", "iobj") or not (lo <= ph.start < hi):
                continue
            t = toks[ph.start]
            w = t.text.casefold()
            if not w.endswith("ing") or len(w) < 6:
                continue
            stem = w[:-3]
            tries = [t.lemma, stem, stem + "e"]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                tries.append(stem[:-1])  # "shelling" -> "shell", "hitting" -> "hit"
            for lemma in tries:
                entry = self.lex.select_verb(lemma, preps=preps, nouns=nouns,
                                             has_object=has_object)
                if entry is not None and not entry.light:
                    return Selection(code=entry.cameo,
                                     rule=f"{entry.source} {entry.lemma} (after {p.lemma!r})",
                                     target=entry.target or "object", obj=entry.obj,
                                     prep=entry.prep, note=entry.note)
        return Selection(code="", rule=f"aspectual verb {p.lemma!r}", aspectual=True,
                         light=True)

    def noun_event(self, c: Clause, p: Predicate, doc: Doc, sel: Selection | None):
        """An event noun as the object of the predicate ("verkündeten den Abzug", "verlangen
        einen US-Abzug", "führten Gespräche"): (noun entry, phrase index) or None."""
        lex = self.lex
        if lex is None:
            return None
        toks = doc.tokens
        lo, hi = p.region
        after = sel.prep.casefold() if sel is not None and sel.target == "noun" \
            and sel.prep else None  # ("es kam zu Zusammenstößen": the noun after "zu")
        for k, ph in enumerate(c.phrases):
            if ph.head < 0 or not (lo <= ph.start < hi) or not (
                    ph.role in ("obj", "iobj") if after is None
                    else ph.kind == "PP" and (ph.prep or "").casefold() == after):
                continue
            for n in self._head_nouns(doc, ph.start, ph.head):
                if n.with_verb and p.lemma.casefold() not in {v.casefold() for v in n.with_verb}:
                    continue
                return n, k
        return None

    def _head_nouns(self, doc: Doc, start: int, head: int) -> list:
        """Noun entries of a phrase head, multi-word entries first ("car bomb", "state of
        emergency" end at the head); an excluded compound ("heart attack") gives none."""
        lex = self.lex
        if not hasattr(lex, "match_noun"):
            return list(lex.nouns(doc.tokens[head].lemma))
        lo = max(start, head - 6)
        words = [(t.text, t.lemma) for t in doc.tokens[lo:head + 1]]
        m = lex.match_noun(words, len(words) - 1)
        return list(m.entries) if m is not None else []

    def map_mode(self, mode: str, code: str) -> str | None:
        for k in (code, code[:3], code[:2]):
            hit = self._intent.get((mode, k))
            if hit:
                return hit
        return None

    # ------------------------------------------------------------------ main
    def code(self, doc: Doc, clauses: list[Clause]) -> tuple[list[Event], list[Decision]]:
        index = ActorIndex.build(doc)
        index.person_pronouns = self.syn.person_pronouns
        index.first_person = self.syn.first_person
        decisions: list[Decision] = []
        candidates: list[Candidate] = []
        selections: dict[tuple[int, int], Selection | None] = {}
        for c in clauses:
            for p in c.predicates:
                selections[(c.id, p.token)] = self.select(c, p, doc)
        # a host verb whose entry re-codes its infinitive ("drohte, ... anzugreifen")
        for c in clauses:
            if c.kind == "inf" and c.parent is not None:
                host = clauses[c.parent]
                for p in host.predicates:
                    sel = selections.get((host.id, p.token))
                    if sel and sel.with_infinitive:
                        pref = str(sel.with_infinitive)
                        c.control = "threat" if pref.startswith("13") else (
                            "intent" if pref.startswith("03") else c.control)
        for c in clauses:
            for p in c.predicates:
                cand = self.candidate(doc, clauses, c, p, selections.get((c.id, p.token)),
                                      index, decisions)
                if cand is not None:
                    candidates.append(cand)
        for c in clauses:
            candidates.extend(self._clashes_in_phrases(doc, clauses, c, index, decisions))
        with_verb = {c.sent for c in clauses if c.predicates}
        for c in clauses:
            if c.kind == "nominal" and c.sent not in with_verb:
                cand = self.nominal_candidate(doc, c, index, decisions)
                if cand is not None:
                    candidates.append(cand)
        candidates = self.resolve(doc, clauses, candidates, index)
        events = self.emit(doc, candidates)
        return events, decisions

    def _von_genitive(self, ps: list, k: int, j: int) -> bool:
        """Phrase j is "von X" right after the event noun of phrase k: the genitive's
        stand-in ("Festnahme von zwölf Demonstranten" = "Festnahme zwölf Demonstranten")."""
        return j == k + 1 and ps[j].kind == "PP" and ps[j].start == ps[k].end \
            and ps[j].prep in self.syn.genitive_substitutes

    def nominal_candidate(self, doc: Doc, c: Clause, index: ActorIndex,
                          decisions: list[Decision]) -> Candidate | None:
        """A verbless sentence (a headline: "91 Festnahmen nach Demonstration vor dem
        Reichstag", "Anschlag auf Polizeistation in Kabul") headed by an event noun: the noun
        codes the event, its own preposition or genitive names the target, its genitive the
        source; an act only police or courts do gets their role, violence with nobody named
        the country where it happened.  Only the clause's first phrase counts (the headline's
        topic), and only nouns that need no verb (no ``with_verb``)."""
        ps = c.phrases
        k = next((k for k, ph in enumerate(ps) if ph.kind == "NP" and ph.head >= 0), None)
        if k is None or any(ph.kind == "NP" for ph in ps[:k]):
            return None
        k = self._after_label(doc, ps, k)
        ph = ps[k]
        entry = next((n for n in self._head_nouns(doc, ph.start, ph.head) if not n.with_verb),
                     None)
        if entry is None:
            return None
        toks = doc.tokens
        dec = Decision(clause=c.id, trigger=ph.head, word=toks[ph.head].text,
                       outcome="rejected", reason="", code=entry.cameo,
                       rule=f"{entry.source} {entry.lemma}")
        decisions.append(dec)
        sources: list[ActorMention] = []
        targets: list[ActorMention] = []
        for j in range(k + 1, len(ps)):
            q = ps[j]
            if entry.genitive in ("source", "target") and (
                    (q.role == "gen" and q.attached_to == k) or self._von_genitive(ps, k, j)):
                got = index.of_phrases([c], c, j, self.max_per_side)
                (sources if entry.genitive == "source" else targets).extend(got)
            elif q.kind == "PP" and entry.takes_prep(q.prep) and not targets:
                targets = index.of_phrases([c], c, j, self.max_per_side)
        frame = "verbless sentence: event noun"
        pred = Predicate(token=ph.head, lemma=toks[ph.head].lemma, region=(c.start, c.end))
        if not sources:
            # ("Zwölf Festnahmen in Hamburg": the police's act even with nobody named)
            implied = self._implied_source(doc, c, pred, None, (entry, k))
            if implied is not None:
                sources = [implied]
                frame += f"; source implied by the noun: {implied.actor.code}"
        if not sources and not targets and entry.cameo[:2] in self.place_only_roots:
            place = clause_place(doc, c, self.syn.locative_preps)
            if place is not None and place.country:
                t = toks[ph.head]
                targets = [ActorMention(start=t.start, end=t.end, sent=c.sent, actor=Actor(
                    text=place.name, name=place.name, country=place.country,
                    code=place.country))]
                frame += f"; target: the place {place.name}"
        targets = [m for m in self._placed(doc, c, targets) if m not in sources]
        if not sources and not targets:
            dec.reason = "verbless sentence: no actor with the event noun"
            return None
        dec.source = ", ".join(filter(None, (_actor_label(m, doc) for m in sources))) or None
        dec.target = ", ".join(filter(None, (_actor_label(m, doc) for m in targets))) or None
        return Candidate(clause=c, trigger=ph.head, code=entry.cameo, rule=dec.rule or "",
                         sources=sources, targets=targets, negated=c.negated,
                         confidence=0.5 + (0.1 if sources else 0) + (0.1 if targets else 0),
                         frame=frame, decision=dec)

    def _clashes_in_phrases(self, doc: Doc, clauses: list[Clause], c: Clause,
                            index: ActorIndex, decisions: list[Decision]) -> list[Candidate]:
        """"Bei Zusammenstößen zwischen Demonstranten und der Polizei wurden zehn Menschen
        verletzt": a clash named in a prepositional phrase beside the clause's own event
        happened too, each side against the other -- but only when "zwischen" names both
        sides (a riot with nobody named is no event of anyone's)."""
        if c.kind == "nominal" or not _between_preps(self.lang):
            return []
        out = []
        for k, ph in enumerate(c.phrases):
            nxt = c.phrases[k + 1] if k + 1 < len(c.phrases) else None
            if ph.kind != "PP" or ph.head < 0 or nxt is None or nxt.kind != "PP" \
                    or nxt.start != ph.end \
                    or (nxt.prep or "").casefold() not in _between_preps(self.lang):
                continue  # (cheap tests first: most phrases are not followed by "zwischen")
            entry = next((n for n in self._head_nouns(doc, ph.start, ph.head)
                          if not n.with_verb and n.cameo[:2] in ("14", "19")), None)
            if entry is None:
                continue
            sides, _, how = self._occurrence_parties(doc, clauses, c, k, entry.cameo, [], index)
            if len(sides) < 2 or "each against the other" not in how:
                continue
            sides = self._placed(doc, c, sides)  # "Demonstranten ... in Paris": French
            t = doc.tokens[ph.head]
            dec = Decision(clause=c.id, trigger=ph.head, word=t.text, outcome="rejected",
                           reason="", code=entry.cameo, rule=f"{entry.source} {entry.lemma}")
            decisions.append(dec)
            dec.source = ", ".join(filter(None, (_actor_label(m, doc) for m in sides)))
            out.append(Candidate(clause=c, trigger=ph.head, code=entry.cameo,
                                 rule=dec.rule or "", sources=sides, targets=[],
                                 negated=False, confidence=0.6, decision=dec, mutual=True,
                                 frame="event noun in a phrase; " + how))
        return out

    @staticmethod
    def _after_label(doc: Doc, ps: list, k: int) -> int:
        """"Syrien: Luftangriff auf Krankenhaus": a headline's label before a colon is its
        topic (a place, a speaker), so the phrase right after the colon heads the headline;
        ``k`` itself otherwise."""
        toks = doc.tokens
        end = ps[k].end
        if k + 1 < len(ps) and end < len(toks) and toks[end].text == ":" \
                and ps[k + 1].start == end + 1 and ps[k + 1].kind == "NP" and ps[k + 1].head >= 0:
            return k + 1
        return k

    def candidate(self, doc, clauses, c: Clause, p: Predicate, sel: Selection | None,
                  index: ActorIndex, decisions: list[Decision]) -> Candidate | None:
        toks = doc.tokens
        word = toks[p.token].text
        if p.particle is not None and self.lang == "de":
            word = f"{word} ... {toks[p.particle].text}"
        dec = Decision(clause=c.id, trigger=p.token, word=word, outcome="rejected", reason="")
        decisions.append(dec)
        if c.kind == "nominal":
            dec.reason = "no verb"
            return None
        noun = None
        mode = None
        mutual = False
        if sel is None or (sel.reporting and not sel.reporting_only) or sel.light or (
                sel.code or "").startswith(("01", "02", "05", "10")) and not sel.reporting_only:
            # "verkündeten den Abzug" (an announcing verb): yes; "said the attack killed"
            # (a plain verb of saying, its content misread as object): no
            noun = self.noun_event(c, p, doc, sel)
            if noun is not None and sel is None and not noun[0].with_verb:
                # "ist der Kampfeinsatz beendet": an event noun under a verb the lexicon does
                # not know says nothing about whether the event happened
                dec.reason = (f"event noun {doc.tokens[c.phrases[noun[1]].head].text!r} under "
                              f"{p.lemma!r}, which the lexicon does not know")
                return None
        if sel is not None and sel.aspectual and noun is None:
            dec.reason = f"aspectual verb {p.lemma!r} without an event noun or -ing verb"
            return None
        if sel is not None and sel.target == "noun" and noun is None:
            dec.reason = f"{p.lemma!r} + {sel.prep!r} without an event noun after it"
            return None
        own = None
        if sel is None and noun is None and c.control in ("intent", "refusal", "threat"):
            own = self._catenative(c, p, doc)
            if own is not None:
                p, sel = own
                dec.trigger, dec.word = p.token, toks[p.token].text
        if sel is None and noun is None:
            if p.lemma in self.syn.aux_builds:
                dec.reason = f"auxiliary / copula {p.lemma!r}: no event"
            elif self.lex is None:
                dec.reason = "no event lexicon loaded"
            else:
                dec.reason = f"no lexicon entry for {p.lemma!r}"
            return None
        code, rule, frame = None, "", ""
        target_spec = ("object", None, None)
        if noun is not None and (sel is None or (sel.reporting and not sel.light
                                                  and not _requests(sel.code)
                                                  and not _about_the_noun(sel.code))
                                 or (sel.code.startswith("01")
                                     and not _about_the_noun(sel.code))):
            n_entry, nk = noun
            code = n_entry.cameo
            rule = f"{n_entry.source} {n_entry.lemma}"
            if sel is not None:  # "verkündete den Abzug": an announced event -> intent code
                mode = "threat" if sel.code.startswith("13") else "intent"
                rule = f"{sel.rule} + {rule}"
            frame = f"event noun {toks[c.phrases[nk].head].text!r}"
            target_spec = ("noun", nk, n_entry)
        elif noun is not None and sel is not None and sel.light:
            # "carried out a car bombing", "launched an offensive": the support verb says the
            # act happened, the noun says which act it was
            n_entry, nk = noun
            code = n_entry.cameo
            rule = f"{sel.rule} + {n_entry.source} {n_entry.lemma}"
            frame = f"support verb + event noun {toks[c.phrases[nk].head].text!r}"
            target_spec = ("noun", nk, n_entry) if n_entry.prep or n_entry.genitive == "target" \
                or sel.target != "prep" else (sel.target, sel.obj, sel.prep)
        elif noun is not None and sel is not None and sel.code[:2] == "05" \
                and noun[0].cameo[:2] not in ("01", "02", "10"):
            # "approved the de-ratification", "billigte den Abzug": approving an act (by
            # vote, signature) is doing it
            n_entry, nk = noun
            code = n_entry.cameo
            rule = f"{sel.rule} + {n_entry.source} {n_entry.lemma}"
            frame = f"approval of {toks[c.phrases[nk].head].text!r}"
            target_spec = ("noun", nk, n_entry)
        elif noun is not None and sel is not None and sel.code[:2] in ("02", "10"):
            n_entry, nk = noun
            mapped = self.map_mode("demand" if sel.code.startswith("10") else "appeal",
                                   n_entry.cameo)
            code = mapped or sel.code
            rule = f"{sel.rule} + {n_entry.source} {n_entry.lemma}"
            frame = f"request of {toks[c.phrases[nk].head].text!r}"
            target_spec = (sel.target, sel.obj, sel.prep)
        else:
            code, rule = sel.code, sel.rule
            target_spec = (sel.target, sel.obj, sel.prep)
        act_owner = None
        act_by: list[ActorMention] = []
        if noun is None and code[:2] in self.place_only_roots:
            # "Car bomb ramming attack kills dozens", "a car bombing killed five": the violent
            # verb's subject names the weapon or attack, which says more than the verb
            sc, sk = self._subject(clauses, c)
            if sc is not None and sk is not None and sc.phrases[sk].head >= 0:
                ph = sc.phrases[sk]
                for n in self._head_nouns(doc, ph.start, ph.head):
                    if n.cameo[:2] in self.place_only_roots and not n.with_verb:
                        if n.cameo != code:
                            frame = f"the subject {toks[ph.head].text!r} names the act"
                            rule = f"{rule} + {n.source} {n.lemma}"
                            code = n.cameo
                        act_owner = self._act_owner(doc, c, ph.start, ph.head)
                        act_by = self._act_agent(clauses, sc, sk, index)
                        break
                else:
                    if c.voice == "passive":
                        # "two soldiers were killed in an Israeli airstrike": the act is the
                        # noun after "in", and its country adjective its doer
                        hit = self._act_in_phrase(doc, c, p)
                        if hit is not None:
                            n, k = hit
                            q = c.phrases[k]
                            frame = f"the act is {toks[q.head].text!r}"
                            rule = f"{rule} + {n.source} {n.lemma}"
                            code = n.cameo
                            act_owner = self._act_owner(doc, c, q.start, q.head)
                        elif self._in_hazard(doc, c, p):
                            dec.code, dec.rule = code, rule
                            dec.reason = "killed in a disaster or accident"
                            return None
                    if toks[ph.head].lemma.casefold() in _hazard_nouns(self.lang):
                        # "Floods killed 40 people": a disaster or accident, no one's act
                        dec.code, dec.rule = code, rule
                        dec.reason = f"the subject {toks[ph.head].text!r} is a disaster or accident"
                        return None
        # ----- voice
        voice = c.voice
        if voice == "statal?":
            voice = "passive" if target_spec[0] == "object" else "active"
            if voice == "passive" and not any(ph.role == "agent" for ph in c.phrases):
                # "ist ... beendet", "ist auf X angewiesen": a state, not an act
                dec.code, dec.rule = code, rule
                dec.reason = "state passive (sein + participle) without an agent"
                return None
        # ----- actors
        src_clause, src_k = self._subject(clauses, c)
        if c.ing_subject is not None:
            cid, k = c.ing_subject
            if index.of_phrases(clauses, clauses[cid], k, 1):
                src_clause, src_k = clauses[cid], k
        sources: list[ActorMention] = []
        targets: list[ActorMention] = []
        if voice == "passive":
            agents = [k for k, ph in enumerate(c.phrases) if ph.role == "agent"]
            tails = {c.phrases[k].conj_next for k in agents}
            agents = [k for k in agents if k not in tails]  # heads of "von X und Y"
            # several "von" phrases: the agent is the one naming an actor nearest the verb
            # ("eine Freundin von der Universität ... von paramilitärischen Gruppen angegriffen")
            for k in reversed(agents):
                sources = index.of_phrases(clauses, c, k, self.max_per_side)
                if sources:
                    break
            if src_clause is not None and target_spec[0] in ("object", "noun"):
                targets = index.of_phrases(clauses, src_clause, src_k, self.max_per_side)
                if not targets:
                    targets = self._owner(clauses, src_clause, src_k, index)
                    if targets:
                        frame = (frame + "; " if frame else "") + \
                            "target: the owner named in a relative clause"
            elif target_spec[0] == "prep":
                # "Gegen zwei Beamte wird ermittelt": the frame's prepositional target stays
                # where it is in the passive
                targets = self._targets(doc, clauses, c, p, target_spec, index)
            frame = (frame + "; " if frame else "") + "passive"
        else:
            if src_clause is not None:
                sources = index.of_phrases(clauses, src_clause, src_k, self.max_per_side)
            targets = self._targets(doc, clauses, c, p, target_spec, index)
            if not targets and target_spec[0] == "object" and code != "010":
                # "kritisieren, dass Eurosur ...", "accused X of ...": the one the content
                # clause is about
                targets = self._complement_subject(clauses, c, index)
        if sel is not None and sel.target == "noun" and noun is not None and not sources:
            sources, targets, how = self._occurrence_parties(doc, clauses, c, noun[1], code,
                                                             targets, index, noun[0].genitive)
            implied = None if sources else self._implied_source(doc, c, p, sel, noun)
            if implied is not None:  # ("es kam zu Festnahmen": the police's act)
                sources, how = [implied], f"source implied by the noun: {implied.actor.code}"
            if how:
                frame = (frame + "; " if frame else "") + how
            mutual = len(sources) >= 2 and not targets and "each against the other" in how
        if not targets and code.startswith("042") and target_spec[0] == "prep" \
                and voice == "active":
            # "arrived in France", "travelled to Kerala": the country of the place visited
            targets = self._visited_country(doc, c, p, target_spec, sources)
        sources = [m for m in sources]
        targets = [m for m in targets if m not in sources]
        if sel is not None and sel.target_required and noun is None and (
                voice != "active" or not any(_is_party(m, doc) for m in targets)
                or not _in_phrase(doc, src_clause, src_k, sources)):
            # "traf Macron" is a meeting; "traf eine Entscheidung", "traf die Küste" are not,
            # nor is a passive ("wurde getroffen": hit) or a thing's act ("die Sanktionen
            # der EU treffen die Bevölkerung": the EU is only the subject's genitive)
            dec.code, dec.rule = code, rule
            dec.reason = "the frame needs a person or group as its target"
            return None
        if c.subject is None and c.subject_from is not None:
            frame = (frame + "; " if frame else "") + f"subject from clause {c.subject_from}"
        if not sources and act_by and voice == "active":
            # "Shelling by Azerbaijani forces killed three soldiers": the act's by-phrase
            sources = act_by
            frame = (frame + "; " if frame else "") + "source: the by-phrase of the act"
        if not sources and act_owner is not None:
            # "An Israeli air strike killed five": the attack's country adjective is its doer
            sources = [act_owner]
            frame = (frame + "; " if frame else "") + "source: the country named on the act"
        if not sources and voice == "active" and code[:2] in self.place_only_roots:
            sources = self._attributed_source(doc, clauses, c, index)
            if sources:
                frame = (frame + "; " if frame else "") + "source: the actor it is ascribed to"
        if not sources and targets and voice == "passive":
            implied = self._implied_source(doc, c, p, sel, noun)
            if implied is not None:
                sources = [implied]
                frame = (frame + "; " if frame else "") + \
                    f"source implied by the verb: {implied.actor.code}"
        if not sources and not targets and code[:2] in self.place_only_roots:
            # "Car bomb kills dozens at military base in Maidan Wardak": violence named with
            # no actor is coded against the country where it happened (the clause's place)
            # (the first of these that knows its country: "in Maidan Shahr", an unknown
            # town, gives way to "of Afghanistan's Maidan Wardak province")
            place = next((pl for pl in (
                clause_place(doc, c, self.syn.locative_preps),
                sentence_place(doc, c.sent, self.syn.locative_preps),
                self._country_in_place_phrase(c, index),
                self._place_in_subject(doc, c, src_clause, src_k))
                if pl is not None and pl.country), None)
            if place is not None and place.country:
                t = doc.tokens[p.token]
                targets = [ActorMention(start=t.start, end=t.end, sent=c.sent, actor=Actor(
                    text=place.name, name=place.name, country=place.country,
                    code=place.country))]
                frame = (frame + "; " if frame else "") + f"target: the place {place.name}"
        verbal = _verbal_attack(self.lang, doc, p, noun, sources) if code[:2] == "19" else None
        if verbal is not None:
            frame = (frame + "; " if frame else "") + f"a verbal attack by politicians: {code} -> {verbal}"
            code = verbal
        if code[:2] == "19" and sources and _labour_strike(doc, p, noun, sources):
            frame = (frame + "; " if frame else "") + f"a strike by workers: {code} -> 143"
            code = "143"
        if sel is not None and sel.source_roles and code == sel.code and sel.otherwise \
                and not (sources and all(_has_role(m, sel.source_roles) for m in sources)):
            # "die Regierung protestierte gegen X" is a diplomatic protest (114), a crowd's
            # is a demonstration: the frame without source_roles codes it
            frame = (frame + "; " if frame else "") + f"not a source of role " \
                f"{'/'.join(sel.source_roles)}: {code} -> {sel.otherwise[0]}"
            code, rule = sel.otherwise
        if not sources and voice == "active" and code[:2] == "14":
            crowd = self._crowd_source(doc, c, src_clause, src_k, code, sel)
            if crowd is not None:
                sources = [crowd]
                frame = (frame + "; " if frame else "") + "source: an unnamed crowd"
        if not sources and not targets:
            dec.code, dec.rule = code, rule
            dec.reason = "no actor in subject or object"
            return None
        if sel is not None and sel.source_roles and code == sel.code and not (
                sources and all(_has_role(m, sel.source_roles) for m in sources)):
            # "workers walked out" is a strike; delegates or a husband walking out are not
            dec.code, dec.rule = code, rule
            dec.reason = f"the frame needs a source of role {'/'.join(sel.source_roles)}"
            return None
        sources, targets = self._placed(doc, c, sources), self._placed(doc, c, targets)
        subj_is_noun = src_clause is not None and src_k is not None and \
            src_clause.phrases[src_k].kind == "NP"
        light_noun = noun is not None and sel is not None and sel.light
        if not sources and voice == "active" and self.require_active_source \
                and not (targets and code[:2] in self.place_only_roots
                         and (subj_is_noun or light_noun)):
            # (violence may have no named perpetrator: "Car bomb kills dozens in X", "In
            # Bagdad kam es zu einem Anschlag": the event noun after the support verb)
            dec.code, dec.rule = code, rule
            dec.reason = "the subject is no actor"
            return None
        if self._sport_sense(doc, c, sources + targets):
            dec.code, dec.rule = code, rule
            dec.reason = "sports news: no actor with a country or role"
            return None
        if self.require_source and not sources:
            dec.code, dec.rule = code, rule
            dec.reason = "no source actor"
            return None
        # ----- modality
        hypothetical = False
        negated = c.negated
        control = c.control
        if control is None and negated and c.modality == "intent":
            # "Die DUP wollte die Regelung nicht mittragen": not wanting to is refusing
            control, negated = "refusal", False
        modality = self._reported_modality(doc, clauses, c)
        requested = control == "request"
        if control in ("intent", "threat"):
            mode = control
        elif modality in ("future", "intent") and mode is None and control != "refusal":
            mode = "intent"
        reporter = self._reporter(clauses, c, index)
        if mode == "intent" and control is None and noun is None and reporter is not None \
                and sources and modality in ("future", "intent") and \
                (reporter.actor.country or reporter.actor.code) != (
                    sources[0].actor.country or sources[0].actor.code):
            # "Wir glauben, dass Ortega zurücktreten wird": someone else's forecast of the
            # actor's future act is no intent the actor expressed
            mode = None
            hypothetical = True
            frame = (frame + "; " if frame else "") + "forecast by another actor"
        if mode:
            mapped = self.map_mode(mode, code)
            if mapped and mapped != code and not code.startswith(("03", "13")):
                frame = (frame + "; " if frame else "") + f"{mode}: {code} -> {mapped}"
                code = mapped
            elif mode == "threat" and not code.startswith("13"):
                hypothetical = True
            elif not mapped and mode == "intent" and (modality in ("future", "intent")
                                                      or control == "intent") \
                    and not code.startswith("03"):
                # ("plans to criticize", "is ready to send troops": an announced act CAMEO
                # has no intent code for has not happened)
                hypothetical = True
        if modality in ("hypothetical", "obligation") or control == "attempt":
            hypothetical = True
        refused = self.map_mode("refusal", code) if control == "refusal" and own is None \
            else None
        if refused:  # ("declined to comment": CAMEO's own code for the refusal, 011)
            frame = (frame + "; " if frame else "") + f"refusal: {code} -> {refused}"
            code = refused
        elif control in ("refusal", "failure") and own is None:
            # ("refused to open": the refusal is coded; "failed to open": nothing happened)
            negated = True
        parent = clauses[c.parent] if c.parent is not None else None
        if c.sub_kind == "conditional" or (parent is not None and parent.sub_kind == "conditional"):
            hypothetical = True
        if c.kind in ("sub", "inf") and c.sub_kind in ("purpose", "conditional"):
            # "damit die Staaten Informationen austauschen", "if Washington does so first":
            # an aim or a condition, not something that happened (CAMEO codes none)
            dec.code, dec.rule = code, rule
            dec.reason = f"{c.sub_kind} clause: not an event that happened"
            return None
        if hypothetical and not sources:
            dec.code, dec.rule = code, rule
            dec.reason = "hypothetical event without a source actor"
            return None
        if negated and not self.emit_negated:
            dec.code, dec.rule, dec.reason = code, rule, "negated"
            return None
        if hypothetical and not self.emit_hypothetical:
            dec.code, dec.rule, dec.reason = code, rule, "hypothetical"
            return None
        conf = 0.45 + (0.2 if sources else 0) + (0.2 if targets else 0)
        if c.subject is None and c.subject_from is not None:
            conf -= 0.1
        if noun is not None:
            conf -= 0.05
        cand = Candidate(clause=c, trigger=p.token, code=code, rule=rule, sources=sources,
                         targets=targets, negated=negated, hypothetical=hypothetical,
                         reported_by=reporter, confidence=round(min(conf, 0.95), 2),
                         frame=frame, decision=dec,
                         statement=bool(sel and sel.reporting and noun is None
                                        and code == "010"),
                         requested=requested, mutual=mutual)
        dec.code, dec.rule = code, rule
        dec.source = ", ".join(filter(None, (_actor_label(m, doc) for m in sources))) or None
        dec.target = ", ".join(filter(None, (_actor_label(m, doc) for m in targets))) or None
        return cand

    def _placed(self, doc: Doc, c: Clause, mentions: list[ActorMention]) -> list[ActorMention]:
        """Unnamed people of no known country ("1400 Menschen", "der 41-Jährige", "a local
        journalist": CVL, CRM, MED) are of the country where the clause or its sentence
        happens ("in Israel"), so that the victims of an attack keep the country the place
        alone would have given."""
        placed = PLACED_ROLES | PLACED_CROWD_ROLES
        if not any(m.actor.role in placed and not m.actor.country and not m.actor.name
                   for m in mentions):
            return mentions
        place = clause_place(doc, c, self.syn.locative_preps) or \
            sentence_place(doc, c.sent, self.syn.locative_preps)
        if place is None or not place.country:
            return mentions
        out = []
        for m in mentions:
            a = m.actor
            if a.role in placed and not a.country and not a.name:
                m = replace(m, actor=replace(a, country=place.country,
                                             code=make_code(place.country, a.role, None)))
            out.append(m)
        return out

    def _act_in_phrase(self, doc: Doc, c: Clause, p: Predicate) -> tuple[Any, int] | None:
        """The violent event noun (roots 18-20) after "in" in the predicate's region ("were
        killed in an airstrike", "in clashes"): (noun entry, phrase index), or None."""
        lo, hi = p.region
        for k, ph in enumerate(c.phrases):
            if ph.kind != "PP" or (ph.prep or "").casefold() != "in" or ph.head < 0 \
                    or not lo <= ph.start < hi or ph.start < p.token:
                continue
            for n in self._head_nouns(doc, ph.start, ph.head):
                if n.cameo[:2] in self.place_only_roots and not n.with_verb:
                    return n, k
        return None

    def _visited_country(self, doc: Doc, c: Clause, p: Predicate, spec,
                         sources: list[ActorMention]) -> list[ActorMention]:
        """A visit's destination named as a place, not an actor ("arrived in France", "a
        visit to Kerala"): that place's country, as a target; none when it is the visitor's
        own country (a return home is no visit)."""
        preps = spec[2] if isinstance(spec[2], tuple) else (spec[2],)
        own = {m.actor.country for m in sources if m.actor is not None}
        toks = doc.tokens
        for ph in c.phrases:
            if ph.kind != "PP" or ph.prep not in preps or ph.start < p.token:
                continue
            s, e = toks[ph.start].start, toks[ph.end - 1].end
            for ent in doc.entities:
                if ent.type == "LOC" and ent.country and s <= ent.start and ent.end <= e:
                    if ent.country in own:
                        return []
                    return [ActorMention(start=ent.start, end=ent.end, sent=c.sent, actor=Actor(
                        text=ent.text, country=ent.country, role=None,
                        code=make_code(ent.country, None, None)))]
            return []
        return []

    def _in_hazard(self, doc: Doc, c: Clause, p: Predicate) -> bool:
        """"Ten people were killed in a flood": an "in" phrase after the predicate is headed
        by a disaster, accident or illness word (syntax/hazard_nouns.txt)."""
        hazards = _hazard_nouns(self.lang)
        return any(ph.kind == "PP" and (ph.prep or "").casefold() == "in" and ph.head >= 0
                   and ph.start > p.token and doc.tokens[ph.head].lemma.casefold() in hazards
                   for ph in c.phrases)

    def _act_agent(self, clauses, sc: Clause, sk: int, index: ActorIndex) -> list[ActorMention]:
        """The actors of a "by" phrase right after an attack noun that is the subject
        ("Shelling by Azerbaijani forces killed ..."); empty when there is none."""
        ps = sc.phrases
        k = sk + 1
        if k < len(ps) and ps[k].kind == "PP" and (ps[k].prep or "").casefold() == "by" \
                and ps[k].start == ps[sk].end:
            return index.of_phrases(clauses, sc, k, self.max_per_side)
        return []

    def _act_owner(self, doc: Doc, c: Clause, start: int, head: int) -> ActorMention | None:
        """The country whose adjective stands before an attack noun that is a subject ("An
        Israeli air strike", "Russian airstrikes"), as an actor of that country; None when no
        such adjective (or only a "pro-" one) stands there."""
        for i in range(start, head):
            t = doc.tokens[i]
            if not t.text[:1].isupper():
                continue
            m = country_lookup(t.text, self.lang)
            if m is not None and m.kind in ("adjective", "demonym") and not m.pro:
                return ActorMention(start=t.start, end=t.end, sent=c.sent, actor=Actor(
                    text=t.text, country=m.iso3, role=None,
                    code=make_code(m.iso3, None, None)))
        return None

    def _implied_source(self, doc: Doc, c: Clause, p: Predicate, sel: Selection | None,
                        noun) -> ActorMention | None:
        """"91 Menschen wurden festgenommen", "zu drei Jahren Haft verurteilt": an act only
        the police or a court does names its doer by itself.  The lexicon entry's
        ``implied_source`` role, of the country where it happened (the clause's or sentence's
        place, else the article's); None when the entry names no such role."""
        role = noun[0].implied_source if noun is not None and (
            sel is None or sel.light) else sel.implied_source if sel is not None else None
        if not role or c.modality or c.control:
            return None  # "sollen angeklagt werden": no act yet that anyone did
        place = next((pl for pl in (
            clause_place(doc, c, self.syn.locative_preps),
            sentence_place(doc, c.sent, self.syn.locative_preps),
            main_place(doc)) if pl is not None and pl.country), None)
        country = place.country if place is not None else None
        t = doc.tokens[p.token]
        return ActorMention(start=t.start, end=t.end, sent=c.sent, actor=Actor(
            text=t.text, country=country, role=role, code=make_code(country, role, None)))

    def _catenative(self, c: Clause, p: Predicate, doc: Doc) -> tuple[Predicate, Selection] | None:
        """"India pledged to boost trade", "Egypt refused to open the crossing": when the
        infinitive names no event, the controlling verb ("pledged", "refused") is the event,
        coded by its own lexicon frame -- only a frame that takes an infinitive
        (with_infinitive), so that "wanted to", "tried to" stay uncoded."""
        toks = doc.tokens
        for k in range(p.token - 1, max(c.start, p.token - 4) - 1, -1):
            t = toks[k]
            if not t.pos.startswith("VV"):
                continue
            q = Predicate(token=k, lemma=t.lemma, region=p.region)
            sel = self.select(c, q, doc)
            if sel is not None and sel.with_infinitive:
                return q, sel
            return None
        return None

    def _occurrence_parties(self, doc: Doc, clauses: list[Clause], c: Clause, nk: int,
                            code: str, targets: list[ActorMention], index: ActorIndex,
                            genitive: str = "none"
                            ) -> tuple[list[ActorMention], list[ActorMention], str]:
        """Who took part in an event that "came about" ("es kam zu Zusammenstößen zwischen
        Demonstranten und der Polizei"): the dummy subject names nobody, so the sides after
        "zwischen" are source and target; else a protest or riot is by an unnamed crowd of
        the place's country (PRO; LAB for a strike).  (sources, targets, frame note)."""
        ps = c.phrases
        between = _between_preps(self.lang)
        # after the noun, or fronted ("Zwischen Rebellen und der Armee kam es zu Kämpfen")
        for k in [*range(nk + 1, len(ps)), *range(nk)]:
            ph = ps[k]
            if ph.kind == "PP" and (ph.prep or "").casefold() in between:
                got = index.of_phrases(clauses, c, k, self.max_per_side + 1)
                if len(got) >= 2 and code.startswith(self.reciprocal_roots + ("14",)):
                    # a clash or riot: each side against the other (coded once each way)
                    return got, [], "sides named after 'zwischen': each against the other"
                if len(got) >= 2:
                    return got[:1], got[1:], "sides named after 'zwischen'"
                break
        if genitive == "source":
            # "es kam zum Angriff der Hamas auf Israel": the noun's genitive (or "von X"
            # right after it) is the one who acts
            for k in range(nk + 1, len(ps)):
                if (ps[k].role == "gen" and ps[k].attached_to == nk) or self._von_genitive(ps, nk, k):
                    got = index.of_phrases(clauses, c, k, self.max_per_side)
                    if got:
                        return got, [m for m in targets if m not in got], "source: the noun's genitive"
        if code[:2] != "14":
            return [], targets, ""
        place = clause_place(doc, c, self.syn.locative_preps) or \
            sentence_place(doc, c.sent, self.syn.locative_preps)
        country = place.country if place is not None else None
        role = "LAB" if code.startswith("143") else "PRO"
        head = doc.tokens[ps[nk].head]  # ("zu Protesten": the noun, not its preposition)
        actor = Actor(text=head.text, country=country, role=role, code=(country or "") + role)
        crowd = ActorMention(start=head.start, end=head.end, sent=c.sent, actor=actor,
                             head=ps[nk].head)
        return [crowd], targets, "source: the unnamed crowd of the event noun"

    def _crowd_source(self, doc: Doc, c: Clause, sc: Clause | None, sk: int | None,
                      code: str, sel: Selection | None) -> ActorMention | None:
        """"Thousands marched through London", "hundreds of people gathered in Tbilisi": a
        protest by an unnamed crowd is still an event (CAMEO codes such crowds as protesters of
        the place's country; a strike's crowd as labour).  The subject must be headed by a
        crowd word (lang/<lang>/syntax/crowd_nouns.txt) or a number, or, for a strike, by any
        plural noun ("train drivers went on strike": who strikes is labour); None otherwise.  Not for
        frames that only say where people are ("crowds gathered outside the palace": as often
        onlookers as protesters); named protesters still code there."""
        if sc is None or sk is None or sc.phrases[sk].kind != "NP" or sc.phrases[sk].head < 0:
            return None
        if sel is not None and sel.prep in self.syn.locative_preps:
            return None
        ph = sc.phrases[sk]
        head = doc.tokens[ph.head]
        striking = code.startswith("143") and head.pos in ("NN2", "NNS")  # "train drivers"
        if head.upos != "NUM" and head.text.casefold() not in _crowd_nouns(self.lang) \
                and not striking:
            return None
        place = clause_place(doc, c, self.syn.locative_preps) or \
            sentence_place(doc, c.sent, self.syn.locative_preps)
        country = place.country if place is not None else None
        role = "LAB" if code.startswith("143") else "PRO"
        start, end = doc.tokens[ph.start].start, doc.tokens[ph.end - 1].end
        actor = Actor(text=doc.text[start:end], country=country, role=role,
                      code=(country or "") + role)
        return ActorMention(start=start, end=end, sent=c.sent, actor=actor, head=ph.head)

    def _reciprocal_object(self, doc: Doc, cd: Candidate) -> bool:
        """The trigger's predicate has a reciprocal pronoun after the trigger ("accused each
        other", "took aim at one another"; lang/<lang>/syntax/reciprocal_pronouns.txt)."""
        forms = _reciprocal_pronouns(self.lang)
        if not forms:
            return False
        p = next((p for p in cd.clause.predicates if p.token == cd.trigger), None)
        lo, hi = p.region if p else (cd.clause.start, cd.clause.end)
        words = [t.text.casefold() for t in doc.tokens[max(lo, cd.trigger + 1):hi]]
        return any(tuple(words[k:k + len(f)]) == f for f in forms
                   for k in range(len(words) - len(f) + 1))

    def _has_plain_object(self, doc: Doc, cd: Candidate) -> bool:
        """An object that is not an event noun ("unterstützen die Idee", but not "traded
        threats"): the coordinated subject acts on it, not on each other."""
        p = next((p for p in cd.clause.predicates if p.token == cd.trigger), None)
        lo, hi = p.region if p else (cd.clause.start, cd.clause.end)
        for ph in cd.clause.phrases:
            if ph.role in ("obj", "iobj") and lo <= ph.start < hi and ph.head >= 0:
                lemma = doc.tokens[ph.head].lemma
                if not (self.lex is not None and self.lex.nouns(lemma)):
                    return True
        return False

    @property
    def attribution(self) -> dict[str, list[tuple[str, str]]]:
        """Verbs that ascribe an act to its perpetrator ("ascribed to", "claimed by"), from
        ``lang/<lang>/events/attribution.tsv``: lemma -> [(particle, prep)]."""
        if self._attribution is None:
            try:
                rows = load_tsv(self.lang, "events/attribution.tsv")
            except ConfigError:
                rows = ()
            out: dict[str, list[tuple[str, str]]] = {}
            for r in rows:
                out.setdefault(r["lemma"].casefold(), []).append(
                    (r.get("particle", "").casefold(), r["prep"].casefold()))
            self._attribution = out
        return self._attribution

    def _attributed_source(self, doc: Doc, clauses: list[Clause], c: Clause,
                           index: ActorIndex) -> list[ActorMention]:
        """"a car bombing killed five, another attack ascribed to the Taliban", "dozens died
        in the attack, conducted by the Taliban": the actor a side clause of the same
        sentence ascribes the act to.  Only a side clause whose own subject is no actor (so
        "police blamed the rebels" is not read as an attribution)."""
        table = self.attribution
        if not table:
            return []
        toks = doc.tokens
        for x in clauses:
            if x.sent != c.sent or x is c:
                continue
            if x.subject is not None and index.of_phrases(clauses, x, x.subject, 1):
                continue
            for q in x.predicates:
                particle = toks[q.particle].text.casefold() if q.particle is not None else ""
                for part, prep in table.get(q.lemma.casefold(), ()):
                    if part != particle:
                        continue
                    for k, ph in enumerate(x.phrases):
                        hit = ph.role == "agent" if prep == "by" else (
                            ph.kind == "PP" and (ph.prep or "").casefold() == prep)
                        if hit:
                            got = index.of_phrases(clauses, x, k, self.max_per_side)
                            if got:
                                return got
        return []

    @staticmethod
    def _place_in_subject(doc: Doc, c: Clause, sc: Clause | None, sk: int | None
                          ) -> Location | None:
        """A place named inside a subject that is no actor ("a Kabul car bombing killed
        five", "the Idlib offensive"): where the act happened.  Only the subject of this
        clause, which the caller asks for when nobody is named as actor."""
        if sc is None or sk is None or sc is not c:
            return None
        ph = sc.phrases[sk]
        if ph.kind != "NP":
            return None
        s, e = doc.tokens[ph.start].start, doc.tokens[ph.end - 1].end
        for ent in doc.entities:
            if ent.type == "LOC" and ent.country and s <= ent.start and ent.end <= e:
                return Location(name=ent.name, country=ent.country, lat=ent.lat, lon=ent.lon)
        return None

    def _country_in_place_phrase(self, c: Clause, index: ActorIndex) -> Location | None:
        """A country named inside a prepositional phrase of the clause ("in the centre of
        Afghanistan's Maidan Wardak province"): where the event happened."""
        for ph in c.phrases:
            if ph.kind != "PP" and ph.role != "gen":
                continue
            for m in index.in_range(ph.start, ph.end):
                a = m.actor
                if a.country and not a.role and not a.org:
                    return Location(name=a.name or a.text, country=a.country)
        return None

    def _complement_subject(self, clauses, c: Clause, index: ActorIndex) -> list[ActorMention]:
        for x in clauses[c.id + 1: c.id + 3]:
            if x.subject is not None and (x.reported_by == c.id or (
                    x.parent == c.id and x.kind == "sub" and x.sub_kind == "complement")):
                # "kritisieren, dass Eurosur ...", "alleged the government are hiding ..."
                return index.of_phrases(clauses, x, x.subject, self.max_per_side)
        return []

    def _subject(self, clauses: list[Clause], c: Clause) -> tuple[Clause | None, int | None]:
        seen = 0
        while c is not None and seen < 4:
            if c.subject is not None:
                return c, c.subject
            if c.antecedent is not None and c.kind in ("inf", "part"):
                cid, k = c.antecedent
                return clauses[cid], k
            if c.subject_from is None:
                return None, None
            c = clauses[c.subject_from]
            seen += 1
        return None, None

    def _targets(self, doc, clauses, c: Clause, p: Predicate, spec, index: ActorIndex):
        kind, a, b = spec
        lo, hi = p.region
        ps = c.phrases
        if kind == "none":
            return []
        if kind == "noun":
            nk, n_entry = a, b
            # the event noun's own target: "Angriff auf X", "Abzug aus X", genitive
            out: list[ActorMention] = []
            for k in range(nk + 1, len(ps)):
                ph = ps[k]
                if ph.kind == "PP" and (n_entry.takes_prep(ph.prep) or (
                        not n_entry.prep and k == nk + 1 and ph.start == ps[nk].end)):
                    # the frame's preposition; for a noun without one, the phrase right after
                    # it ("sympathy with Turkey")
                    out = index.of_phrases(clauses, c, k, self.max_per_side)
                    break
                if ph.role == "gen" and ph.attached_to == nk and n_entry.genitive == "target":
                    out = index.of_phrases(clauses, c, k, self.max_per_side)
                    break
            if not out:
                # "ihm eine Niederlage zufügen", "X Sanktionen auferlegen": the verb's other
                # object is the one the event is done to
                for k, ph in enumerate(ps):
                    if k != nk and ph.role in ("iobj", "obj") and lo <= ph.start < hi:
                        out = index.of_phrases(clauses, c, k, self.max_per_side)
                        if out:
                            break
            return out
        if kind == "prep":
            preps = b if isinstance(b, tuple) else (b,)  # (a frame's target_prep list)
            for k, ph in enumerate(ps):
                if ph.kind == "PP" and ph.prep in preps and (lo <= ph.start < hi or ph.start < p.token):
                    return index.of_phrases(clauses, c, k, self.max_per_side)
            return []
        # object: prefer the case the frame names, then any object of this predicate
        want = "iobj" if a == "dat" else "obj"
        order = [k for k, ph in enumerate(ps) if ph.role == want and lo <= ph.start < hi]
        order += [k for k, ph in enumerate(ps) if ph.role in ("obj", "iobj", "obj2")
                  and lo <= ph.start < hi and k not in order]
        if not order and len(c.predicates) > 1 and p is not c.predicates[0]:
            # "irakische Sicherheitskräfte zu beraten und zu unterstützen": coordinated verbs
            # share the object standing before the first of them
            order = [k for k, ph in enumerate(ps) if ph.role in (want, "obj", "iobj")
                     and ph.start < p.region[0]]
        for k in order:
            got = index.of_phrases(clauses, c, k, self.max_per_side)
            if got:
                return got
        for k in order[:1]:
            got = self._owner(clauses, c, k, index) or self._attached(clauses, c, k, index)
            if got:
                return got
        return []

    def _attached(self, clauses, c: Clause, k: int, index: ActorIndex) -> list[ActorMention]:
        """An actor in the phrases hanging on a non-actor object: "ein Importverbot von Fisch
        aus dem asiatischen Land Sri Lanka", "lifted the sanctions on Iran"."""
        ps = c.phrases
        end = ps[k].end
        for j in range(k + 1, min(k + 5, len(ps))):
            ph = ps[j]
            if ph.start - end > 1 or ph.role in ("subj", "time", "agent"):
                break  # not adjacent (one comma at most): no longer part of the object
            got = index.of_phrases(clauses, c, j, self.max_per_side)
            if got:
                return got
            end = ph.end
        return []

    def _owner(self, clauses, c: Clause, k: int | None, index: ActorIndex) -> list[ActorMention]:
        """The actor a non-actor target belongs to, said by a relative clause on it:
        "Einrichtungen, die von den USA genutzt werden" / "facilities used by the US" -> USA
        (an attack on someone's facilities is coded as an attack on them)."""
        if k is None:
            return []
        for r in clauses[c.id + 1: c.id + 3]:
            if r.kind != "rel" or r.antecedent != (c.id, k):
                continue
            if r.voice == "passive":
                agents = [j for j, ph in enumerate(r.phrases) if ph.role == "agent"]
                if agents:
                    return index.of_phrases(clauses, r, agents[0], self.max_per_side)
            elif r.subject is not None and not r.phrases[r.subject].relative:
                return index.of_phrases(clauses, r, r.subject, self.max_per_side)
        return []

    def _sport_sense(self, doc: Doc, c: Clause, actors: list[ActorMention]) -> bool:
        """Whether the clause is sports news (a word of lang/<lang>/events/sport_context.txt
        in its sentence) and no actor of the event has a country or a role: "Lehmann
        kritisierte im Trainingslager", "unterschrieb einen Vertrag in der Regionalliga" are
        a player's and a club's acts, no political event."""
        if any(m.actor.country or m.actor.role for m in actors):
            return False
        exact, long = _sport_words(self.lang)
        for t in doc.sentence_tokens(c.sent):
            w = t.lemma.casefold()
            if w in exact or any(w.startswith(x) or w.endswith(x) for x in long):
                return True
        return False

    def _reported_modality(self, doc: Doc, clauses: list[Clause], c: Clause) -> str | None:
        """The clause's modality with the sequence of tenses undone: in an unquoted clause
        reported by a past-tense speech verb ("Turkey said it would keep hitting ...") "would"
        is the backshifted "will" of an announcement, not a hypothetical, unless an if-clause in
        the sentence makes it a condition (column `reported` of lang/en/syntax/modal_forms.tsv)."""
        if c.modality != "hypothetical" or c.quoted or c.finite is None or c.reported_by is None:
            return c.modality
        shifted = self.syn.reported_modal.get(doc.tokens[c.finite].text.lower())
        rep = clauses[c.reported_by]
        # (VVD, the tagger's simple past: "said"; "says it would" stays a hypothetical)
        if shifted is None or rep.finite is None or doc.tokens[rep.finite].pos != "VVD":
            return c.modality
        if any(x.sent == c.sent and x.sub_kind == "conditional" for x in clauses):
            return c.modality
        return shifted

    def _reporter(self, clauses, c: Clause, index: ActorIndex) -> ActorMention | None:
        if c.reported_by is None and c.quoted:
            # a direct quotation whose speaker the quotes component found, maybe in another
            # sentence ("“We will go to Moscow ...” [...] Erdogan said.")
            m = index.speaker_at(c.start)
            if m is not None:
                return m
        seen = 0
        while c.reported_by is None and c.parent is not None and seen < 4:
            c = clauses[c.parent]
            seen += 1
        if c.reported_by is None:
            return None
        rep = clauses[c.reported_by]
        if rep.subject is None:
            return None
        got = index.of_phrases(clauses, rep, rep.subject, 1)
        return got[0] if got else None

    def _mandative(self, doc: Doc, cd: Candidate, cands: list[Candidate]) -> None:
        """"insisted that Iran release the workers": a statement verb whose that-clause is a
        mandative subjunctive asks for that event, so it becomes a demand (100) or appeal (020)
        (lang/en/syntax/mandative_verbs.tsv), which the demand step re-codes by the content."""
        mode = self.syn.mandative.get(doc.tokens[cd.trigger].lemma)
        if mode is None or not cd.statement:
            return
        if any(x.clause.parent == cd.clause.id and x.clause.subjunctive
               and x.clause.sub_kind == "complement" for x in cands):
            cd.code = "100" if mode == "demand" else "020"
            cd.statement = False
            cd.frame = (cd.frame + "; " if cd.frame else "") + f"mandative subjunctive: {mode}"

    def _expulsion(self, doc: Doc, cd: Candidate, clauses: list[Clause]) -> None:
        """"ordered the UN mission to leave the country": a demand (10) whose infinitive or
        that-clause is a verb of leaving (lang/en/syntax/departure_verbs.txt) orders the
        target out, CAMEO 166 (expel or withdraw)."""
        if not cd.code.startswith("10") or not self.syn.departure_verbs or not cd.targets:
            return
        home = {m.actor.country for m in cd.sources}
        if any(m.actor.country in home if m.actor.country else m.actor.role != "IGO"
               and not (m.actor.code or "").startswith("IGO") for m in cd.targets):
            return  # ("ordered his troops to leave the town": no one is expelled)
        toks = doc.tokens
        for x in clauses:
            if x.parent != cd.clause.id or not (x.kind == "inf" or x.sub_kind == "complement"):
                continue
            objs = {toks[ph.head].lemma for ph in x.phrases if ph.role == "obj" and ph.head >= 0}
            if any(q.lemma in self.syn.departure_verbs
                   and not objs & self.syn.departure_verbs[q.lemma] for q in x.predicates):
                cd.code = "166"
                cd.frame = (cd.frame + "; " if cd.frame else "") + "ordered to leave: 166"
                return

    # ------------------------------------------------------------------ conflicts
    def resolve(self, doc: Doc, clauses: list[Clause], cands: list[Candidate],
                index: ActorIndex) -> list[Candidate]:
        """Statements give way to what they report; a host verb gives way to the intent or
        threat coded on its infinitive; the same event twice in a sentence is kept once."""
        by_clause: dict[int, list[Candidate]] = {}
        for cd in cands:
            by_clause.setdefault(cd.clause.id, []).append(cd)
        for cd in cands:
            self._mandative(doc, cd, cands)
            self._expulsion(doc, cd, clauses)
        # an appeal or demand whose content is coded: "forderte die EU auf, ... zu bekämpfen",
        # "demanded that Syrian forces withdraw" -> 025x/105x, the content is no event
        for cd in cands:
            if cd.code[:2] not in ("02", "10"):
                continue
            kids = [x for x in cands if x is not cd and x.clause.parent == cd.clause.id
                    and (x.requested or x.clause.kind == "sub" and x.clause.sub_kind == "complement"
                         or x.clause.kind == "inf")]
            for x in kids:
                mode = "demand" if cd.code.startswith("10") else "appeal"
                mapped = self.map_mode(mode, x.code)
                if mapped and len(mapped) >= len(cd.code):
                    cd.frame = (cd.frame + "; " if cd.frame else "") + \
                        f"{mode} for {x.code} -> {mapped}"
                    cd.code = mapped
                if not cd.targets and x.sources:
                    cd.targets = x.sources
                x.requested = True
        keep: list[Candidate] = []
        for cd in cands:
            c = cd.clause
            if cd.requested:
                self._suppress(cd, "content of an appeal or demand: coded on the requesting verb")
                continue
            if c.subjunctive:  # ("recommended that the president sign": asked for, not done)
                self._suppress(cd, "mandative subjunctive: an event asked for, not one that happened")
                continue
            if cd.statement:
                reported = [x for cid in self._reported_closure(clauses, c)
                            for x in by_clause.get(cid, []) if not x.statement]
                if reported:
                    self._suppress(cd, "statement: the reported event is coded instead")
                    continue
                if self.bare_statements == "none":
                    self._suppress(cd, "bare statement (bare_statements = none)")
                    continue
                if not cd.targets:
                    cd.targets = self._talked_about(clauses, c, cd, index,
                                                    self.bare_statements != "directed")
                if cd.targets and cd.decision is not None:
                    cd.decision.target = ", ".join(
                        filter(None, (_actor_label(m, doc) for m in cd.targets)))
                if self.bare_statements in ("with_target", "directed") and not cd.targets:
                    self._suppress(cd, "bare statement about no other actor")
                    continue
            children = [x for x in clauses if x.kind == "inf" and x.parent == c.id
                        and x.control in ("intent", "threat")
                        and any(y for y in by_clause.get(x.id, []))]
            if children and (cd.code.startswith(("01", "03", "13")) or cd.statement):
                self._suppress(cd, f"the {children[0].control} is coded on the infinitive")
                continue
            keep.append(cd)
        out: list[Candidate] = []
        seen: set[tuple] = set()
        for cd in keep:
            key = (cd.clause.sent, cd.code[:3],
                   tuple(_actor_key(m.actor) for m in cd.sources[:1]),
                   tuple(_actor_key(m.actor) for m in cd.targets[:1]))
            if key in seen:
                self._suppress(cd, "duplicate of an event already coded in this sentence")
                continue
            seen.add(key)
            out.append(cd)
        return out

    def _talked_about(self, clauses, c: Clause, cd: Candidate, index: ActorIndex,
                      content: bool = True):
        """The actor a statement is about: the subject or object of what it reports (with
        ``content``), or an actor in its own object ("noted U.S. nuclear tests")."""
        own = {m.actor.code or _actor_key(m.actor) for m in cd.sources}
        for cid in (self._reported_closure(clauses, c) if content else ()):
            x = clauses[cid]
            order = ([x.subject] if x.subject is not None else []) + [
                k for k, ph in enumerate(x.phrases) if ph.role in ("obj", "iobj")]
            for k in order:
                for m in index.of_phrases(clauses, x, k, 1):
                    if (m.actor.code or _actor_key(m.actor)) not in own:
                        return [m]
        # "noted U.S. nuclear tests": an actor inside the statement's own object (not in its
        # other phrases: "erklärt Philippe Reich, Experte bei Baker McKenzie")
        for k, ph in enumerate(c.phrases):
            if ph.role in ("obj", "iobj"):
                for m in index.in_range(ph.start, ph.end):
                    # ("told Reuters": speaking to the press is no statement about it)
                    if (m.actor.code or _actor_key(m.actor)) not in own and m.actor.role != "MED":
                        return [m]
        return []

    @staticmethod
    def _reported_closure(clauses: list[Clause], c: Clause) -> list[int]:
        out = list(c.reports)
        for cid in c.reports:
            out.extend(x.id for x in clauses if x.parent == cid)
        return out

    @staticmethod
    def _suppress(cd: Candidate, why: str) -> None:
        if cd.decision is not None:
            cd.decision.outcome = "suppressed"
            cd.decision.reason = why

    # ------------------------------------------------------------------ records
    def emit(self, doc: Doc, cands: list[Candidate]) -> list[Event]:
        events: list[Event] = []
        base = doc.article.id
        start_n = len(doc.events)
        fallback_place = main_place(doc)
        for cd in cands:
            c = cd.clause
            t = doc.tokens[cd.trigger]
            info = self._ontology(cd.code)
            date = date_for(doc, c, t.start, t.end, self.syn.deadline_preps)
            here = clause_place(doc, c, self.syn.locative_preps) or sentence_place(
                doc, c.sent, self.syn.locative_preps)
            place = here or fallback_place
            # the place standing in for a missing target: named in the sentence, or (for a
            # withdrawal, which is always from somewhere) the article's place
            target_place = here or (fallback_place if cd.code.startswith(self.far_target)
                                    else None)
            if cd.sources and cd.targets and cd.code.startswith(self.place_target):
                skeys = {_dyad_key(m) for m in cd.sources}
                if all(_dyad_key(m) in skeys for m in cd.targets) \
                        and not _unnamed_others(cd.sources, cd.targets):
                    # "they have retaken villages that they lost": the act is done somewhere,
                    # not to the actor itself -- the place (if any) is the target
                    cd.targets = []
            srcs = cd.sources or [None]
            # without a source, a coordination of targets is one event, not one per target
            tgts: list = (cd.targets if cd.sources else cd.targets[:1]) or [None]
            pairs = None
            mutual = False  # "Haley and DeSantis accused each other": two people, one code
            both_ways = cd.mutual
            if len(cd.sources) >= 2 and self._reciprocal_object(doc, cd):
                mutual = True
                # "India and Pakistan accused each other": each party to the other, whatever
                # the verb and whatever else the clause names
                pairs = [(a, b) for a in cd.sources[: self.max_per_side]
                         for b in cd.sources[: self.max_per_side] if a is not b]
                cd.frame = (cd.frame + "; " if cd.frame else "") + "reciprocal pronoun"
            elif not cd.targets and len(cd.sources) >= 2 and (cd.mutual or (
                    cd.code.startswith(self.reciprocal_roots)
                    and (cd.code == "057" or not self._has_plain_object(doc, cd)))
                    or (c.reflexive and cd.code in {k[0] for k in _side_codes(self.lang)})):
                # (a riot the sides "lieferten sich": "Demonstranten und Polizei lieferten
                # sich Straßenschlachten" is a clash too)
                # ("Armenia and Azerbaijan signed a treaty": the treaty binds each to the other)
                # "Turkey and Russia traded threats", "X und Y trafen sich": each to the other
                pairs = [(a, b) for a in cd.sources[: self.max_per_side]
                         for b in cd.sources[: self.max_per_side] if a is not b]
                mutual = True
                both_ways = True
                cd.frame = (cd.frame + "; " if cd.frame else "") + "reciprocal"
            if not cd.targets and target_place is not None and target_place.country \
                    and cd.code.startswith(self.place_target) \
                    and not any(ph.kind == "PRON" and ph.role in ("obj", "iobj")
                                for ph in c.phrases) \
                    and all(s is None or s.actor.country != target_place.country for s in srcs):
                tp = target_place
                tgts = [ActorMention(start=t.start, end=t.end, sent=c.sent, actor=Actor(
                    text=tp.name, name=tp.name, country=tp.country, code=tp.country))]
                cd.frame = (cd.frame + "; " if cd.frame else "") + \
                    f"target: the event's place {tp.name} ({tp.country})"
            ids = []
            if pairs is None:
                pairs = [(a, b) for a in srcs[: self.max_per_side] for b in tgts[: self.max_per_side]]
            done: set[tuple] = set()
            for s, g in pairs:
                key = (_dyad_key(s), _dyad_key(g))
                if mutual:
                    key += (s.actor.name if s else None, g.actor.name if g else None)
                if key in done or _same_party(s, g):
                    continue  # an apposition names one actor twice; nobody acts on himself
                done.add(key)
                eid = f"{base}-e{start_n + len(events) + 1}"
                ids.append(eid)
                side = self._side_code(cd, s, g) if both_ways else None
                pinfo = self._ontology(side) if side else info
                events.append(Event(
                    id=eid, sentence_id=c.sent,
                    trigger=Span(text=t.text, start=t.start, end=t.end),
                    cameo=pinfo[0], cameo_root=pinfo[1], quad_class=pinfo[2],
                    goldstein=pinfo[3], plover=pinfo[4],
                    source=s.actor if s else None, target=g.actor if g else None,
                    date=date, location=place, negated=cd.negated,
                    hypothetical=cd.hypothetical,
                    reported_by=cd.reported_by.actor if cd.reported_by else None,
                    confidence=cd.confidence,
                    rule=cd.rule + (f" ({cd.frame})" if cd.frame else ""),
                ))
            if cd.decision is not None and not ids:
                cd.decision.reason = "source and target are the same actor"
                continue
            if cd.decision is not None:
                cd.decision.outcome = "coded"
                flags = [f for f, on in (("negated", cd.negated),
                                         ("hypothetical", cd.hypothetical)) if on]
                why = cd.frame or "lexicon frame matched"
                if cd.reported_by is not None:
                    why += f"; reported by {_actor_label(cd.reported_by, doc)}"
                if flags:
                    why += "; " + ", ".join(flags)
                cd.decision.reason = why
                cd.decision.event_ids = ids
        return events

    def _side_code(self, cd: Candidate, s: ActorMention | None,
                   g: ActorMention | None) -> str | None:
        """A clash coded both ways (sides after "zwischen", or a coordinated subject of a
        reciprocal code) takes, per direction, the code the sides' roles call for
        (protesters against police riot, 145; police against protesters repress, 175:
        lang/<lang>/events/side_codes.tsv); None keeps the candidate's code."""
        if s is None or g is None:
            return None
        return _side_codes(self.lang).get((cd.code, s.actor.role or "", g.actor.role or ""))

    @staticmethod
    def _ontology(code: str) -> tuple[str, str, int, float, str | None]:
        try:
            from .. import ontology
            info = ontology.cameo(code)
            return info.code, info.root, info.quad_class, info.goldstein, info.plover
        except Exception:
            root = code[:2]
            return code, root, QUAD_BY_ROOT.get(root, 1), 0.0, None
