"""Find the noun phrases that can act and code them (country + CAMEO role, org, code).

One pass over each sentence finds, in this order of precedence (a token belongs to one mention):

1. named organisations from the org lexicon, longest alias first ("Terrormiliz Islamischer Staat",
   "EU-Kommission"), and org-prefixed compounds ("UN-Sonderberichterstatter", "IS-Kämpfer");
2. seats of government and multi-word country names ("Weißen Hauses", "Downing Street");
3. role-noun phrases: a role noun (lexicon, German compounds by suffix) with its modifiers on the
   left (country adjectives "irakische", prefixes "US-", possessives "Iraks", "Turkey's") and a
   country cue on the right ("in Bagdad", "des Iraks", "of Iraq"); a person-title followed by a
   name becomes a person ("Iraks Ministerpräsident Mustafa al-Kadhimi" -> IRQ GOV);
4. persons from ``doc.entities`` not yet covered (apposition titles: "Zalmay Khalilzad, a US
   peace envoy");
5. countries, capitals (as their government) and demonyms standing alone as actors, except where
   they are places ("im Irak", dateline "Bagdad/Washington –") or parts of a person's name.

``resolve.py`` then links persons by last name, gives bare role nouns the country of their
antecedent and resolves pronouns.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..doc import Doc, Token
from ..gazetteer.countries import CountryMatch, lookup as country_lookup, max_phrase_words
from ..lang import load_lines, load_tsv
from .lexicon import ActorLexicon, OrgEntry, RoleNoun, load_lexicon, norm

# Tag classes (STTS for German, C5 for English) the phrase builder needs.
_ADJ = {"ADJA", "AJ0", "AJC", "AJS", "ORD"}
_NOUN = {"NN", "NNA", "NN0", "NN1", "NN2", "NE", "NP0"}
_NAME = {"NE", "NP0", "FM"}
_NAME_LINKS = {"al", "el", "bin", "ibn", "von", "van", "de", "der", "da", "di", "du", "le",
               "la", "abu", "-", "‐", "ben"}
# Before these a country or capital is where something happens, not who acts.  Not "to" or
# "nach": the country one travels to or hands something to is the target of a visit or a
# transfer in CAMEO.
_LOCATIVE = {"de": {"in", "im", "ins", "innerhalb", "auf", "bei", "beim", "durch", "quer"},
             "en": {"in", "into", "inside", "within", "throughout", "across", "near", "at",
                    "around", "through"}}
_RIGHT_CUE = {"de": {"in", "im", "aus", "von", "des", "der", "vom"},
              "en": {"in", "of", "from"}}
_RIGHT_DET = {"de": {"dem", "den", "der", "des", "die", "das"}, "en": {"the"}}
_COORD = {"und", "oder", "sowie", "and", "or"}
_APPOS_DET = {"a", "an", "the", "of", "der", "die", "das", "ein", "eine", "einer", "des"}
_BACKED = {"backed", "led", "supported", "allied", "aligned", "sponsored", "funded",
           "gestützt", "gestützte", "gestützten", "geführt", "geführte", "geführten",
           "unterstützte", "unterstützten", "nahe", "nahen", "treue", "treuen"}
_POSSESSIVE = {"'s", "’s", "'", "’"}
_CHANNEL = {"via", "on", "auf", "über", "per", "through"}
_GENITIVE = {"de": {"des", "der"}, "en": {"of"}}
_DASHES = {"–", "—", "-", "/", "(", ":"}


@dataclass
class Cand:
    """A mention under construction (token span [start, end), inclusive head)."""

    start: int
    end: int
    head: int
    kind: str  # person | group | thing | org | country | pronoun
    name: str | None = None
    country: str | None = None
    country_explicit: bool = False
    role: str | None = None
    org: str | None = None
    code: str | None = None
    entity: int | None = None
    foreign: bool = False  # "ausländische Truppen": no country may be guessed
    title: str | None = None  # role noun that titles a person ("ministerpräsident")
    noun: str | None = None  # role noun lemma of a group/person phrase
    pro: str | None = None  # "pro-iranische": aligned with, not of
    place: str | None = None  # country of a place cue ("im Irak") near the phrase
    extra: dict = field(default_factory=dict)


@dataclass
class _Ambiguity:
    iso3: str
    cues: frozenset[str]


def _ambiguities(lang: str) -> dict[str, _Ambiguity]:
    try:
        rows = load_tsv(lang, "actors/ambiguous.tsv")
    except Exception:
        return {}
    return {r["form"]: _Ambiguity(r["iso3"], frozenset(c for c in r["other_cues"].split("|") if c))
            for r in rows}


class Detector:
    """Finds candidate mentions in a Doc; holds the lexicons of one language."""

    def __init__(self, lang: str):
        self.lang = lang if lang in ("de", "en") else "en"
        self.lex: ActorLexicon = load_lexicon(self.lang)
        self.max_country_words = max_phrase_words(self.lang)
        self.ambiguous = _ambiguities(self.lang)
        self._country_memo: dict[str, CountryMatch | None] = {}
        self.entity_roles = {r["kind"]: r["role"]
                             for r in load_tsv("common", "actors/entity_kinds.tsv")}
        self.located = frozenset(w.casefold() for w in load_lines(self.lang, "actors/located.txt"))
        self.participants: dict[str, dict[str, str]] = {}
        if self.lang == "de":
            for r in load_tsv("de", "actors/participants.tsv"):
                self.participants.setdefault(r["noun"], {})[r["event"]] = r["role"]
        self.singular_generic = ({r["noun"]: frozenset(d.strip() for d in r["determiners"].split(","))
                                  for r in load_tsv("de", "actors/singular_generic.tsv")}
                                 if self.lang == "de" else {})
        self.federal = ({r["prefix"]: tuple(r["countries"].split("|"))
                         for r in load_tsv("de", "actors/federal.tsv")} if self.lang == "de" else {})
        self.federal_roles = ({(r["noun"], r["country"]): r["role"]
                               for r in load_tsv("de", "actors/federal_roles.tsv")}
                              if self.lang == "de" else {})
        from ..gazetteer.countries import _tables
        t = _tables(self.lang)
        self._multi_first = frozenset(k.split()[0].casefold() for k in list(t.folded) + list(t.exact)
                                      if " " in k)

    # -- small helpers -------------------------------------------------------------------------
    def country(self, text: str) -> CountryMatch | None:
        m = self._country_memo.get(text, False)
        if m is False:
            m = country_lookup(text, self.lang)
            if m is None and self.lang == "de":
                m = _compass_adjective(text)
            self._country_memo[text] = m
            if len(self._country_memo) > 200_000:
                self._country_memo.clear()
        return m

    def span_text(self, doc: Doc, i: int, j: int) -> str:
        """Text of tokens [i, j)."""
        return doc.text[doc.tokens[i].start:doc.tokens[j - 1].end]

    def is_noun(self, t: Token) -> bool:
        return t.pos in _NOUN or t.upos in ("NOUN", "PROPN")

    def role_of(self, t: Token) -> RoleNoun | None:
        if not self.is_noun(t) and not (self.lang == "en" and t.text[:1].isupper()):
            return None
        # (a count before the noun: "der 45-Jährige", "19-Jähriger")
        word = t.text.rsplit("-", 1)[-1] if t.text[:1].isdigit() else t.text
        if self.lang == "de" and not word[:1].isupper():
            return None
        return self.lex.role_noun(t.text, t.lemma)

    # -- main entry ----------------------------------------------------------------------------
    def detect(self, doc: Doc) -> list[Cand]:
        toks = doc.tokens
        owner: list[int | None] = [None] * len(toks)  # token -> index in cands
        cands: list[Cand] = []
        self._cands = cands
        words = {t.text for t in toks}
        self._blocked_names = {form for form, a in self.ambiguous.items()
                               if form in words and a.cues & words}

        def claim(c: Cand) -> bool:
            # a place already found ("the West Bank") may end inside a phrase that names it
            # as its right cue ("Israeli troops in the West Bank"); any other owner blocks
            if any(owner[k] is not None and not (c.kind != "place" and c.extra.get("cue_tokens")
                                                 and cands[owner[k]].kind == "place")
                   for k in range(c.start, c.end)):
                return False
            for k in range(c.start, c.end):
                owner[k] = len(cands)
            cands.append(c)
            return True

        person_spans = self._person_entities(doc)
        org_spans = self._person_entities(doc, "ORG")
        # Headlines in capitals: "WHAT IS LEFT FOR US" -- short acronyms mean nothing there
        self._shouting = set()
        for s in doc.sentences:
            words = [t.text for t in toks[s.tok_start:s.tok_end] if t.text.isalpha()]
            if len(words) >= 3 and sum(w.isupper() and len(w) > 1 for w in words) >= 0.6 * len(words):
                self._shouting.update(range(s.tok_start, s.tok_end))
        self._org_entity_at = {i: ei for i, (ei, _j) in org_spans.items()}
        self._loc_at = self._located_places(doc)
        self._loc_from = {s0: e for e, (s0, _iso) in self._loc_at.items()}
        self._non_person = set()  # tokens inside ORG/LOC/MISC entities: never a person's name
        if doc.entities:
            starts = {t.start: t.i for t in toks}
            ends = {t.end: t.i for t in toks}
            for e in doc.entities:
                if e.type != "PERSON" and e.start in starts and e.end in ends:
                    self._non_person.update(range(starts[e.start], ends[e.end] + 1))
        for s in doc.sentences:
            self._orgs(doc, s.tok_start, s.tok_end, claim, owner, person_spans)
            self._seats(doc, s.tok_start, s.tok_end, claim, owner)
            self._role_phrases(doc, s.tok_start, s.tok_end, claim, owner, cands, person_spans)
            self._persons(doc, s.tok_start, s.tok_end, claim, owner, cands, person_spans)
            self._org_entities(doc, s.tok_start, s.tok_end, claim, owner, org_spans)
            self._countries(doc, s.tok_start, s.tok_end, claim, owner)
        return sorted((c for c in cands if c.kind != "place"), key=lambda c: c.start)

    # -- 1. organisations ----------------------------------------------------------------------
    def _orgs(self, doc, a, b, claim, owner, person_spans):
        toks = doc.tokens
        i = a
        while i < b:
            if owner[i] is not None or i in person_spans:
                i += 1
                continue
            hit = None
            if self.lex.may_start_org(toks[i].text):
                hit = self._lexicon_org(doc, i, b, owner)
            if hit:
                j, org = hit
                c = self._org_cand(i, j, j - 1, org)
                # "Taliban spokesperson", "UN envoy": an org followed by a role noun
                if j < b and self.lang == "en":
                    r = self.role_of(toks[j])
                    if r is not None and owner[j] is None and r.kind != "thing":
                        c.end, c.head = j + 1, j
                        c.noun = r.noun
                        if r.kind == "person":
                            c.kind, c.title = "person", r.noun
                            self._attach_name(doc, c, b, owner, person_spans)
                claim(c)
                i = c.end
                continue
            c = self._org_compound(toks[i], i)
            if c is not None:
                if c.kind == "person":
                    self._attach_name(doc, c, b, owner, person_spans)
                claim(c)
                i = c.end
                continue
            i += 1

    def _lexicon_org(self, doc, i, b, owner):
        """(end, entry) of the longest organisation of the lexicon starting at token i."""
        for j in range(min(b, i + self.lex.max_org_tokens), i, -1):
            if any(owner[k] is not None for k in range(i, j)):
                continue
            surface = self.span_text(doc, i, j)
            org = self.lex.org(surface)
            if org is None:
                continue
            if i in self._shouting and len(surface) <= 3:
                continue  # "IS" in a headline in capitals is the verb
            if org.noun and not self._stands_as_noun(doc, i, j, b):
                continue
            return j, org
        return None

    def _stands_as_noun(self, doc, i, j, b) -> bool:
        t = doc.tokens[i]
        if t.pos in _ADJ or not t.text[:1].isupper():
            return False
        if j < b:
            nxt = doc.tokens[j]
            if nxt.pos in ("NN", "NN1", "NN2") and nxt.text[:1].isupper():
                return False  # "Grüne Politik": adjective of the next noun
        return True

    def _org_cand(self, i, j, head, org: OrgEntry) -> Cand:
        return Cand(i, j, head, "org", name=org.name, country=org.country,
                    country_explicit=org.country is not None, role=org.role, org=org.name,
                    code=org.code)

    def _org_compound(self, t: Token, i: int) -> Cand | None:
        """"EU-Kommissarin", "IS-Kämpfer", "UN-Sonderberichterstatter": org + role noun."""
        if "-" not in t.text.strip("-"):
            return None
        parts = t.text.split("-")
        if parts[0].casefold() == "anti" or parts[0].casefold() == "pro":
            return None
        org = self.lex.org_prefixes.get(norm(parts[0]))
        if org is None:
            return None
        lemma_last = t.lemma.split("-")[-1] if t.lemma and "-" in t.lemma else None
        r = self.lex.role_noun(parts[-1], lemma_last)
        if r is None or r.kind == "thing":
            return None
        c = self._org_cand(i, i + 1, i, org)
        c.noun = r.noun
        if r.role == "LEG" and org.role == "IGO":
            c.role = "LEG"
        if r.kind == "person":
            c.kind, c.title = "person", r.noun
        return c

    # -- 2. seats and multi-word names ---------------------------------------------------------
    def _seats(self, doc, a, b, claim, owner):
        starts = [i for i in range(a, b - 1) if doc.tokens[i].text.casefold() in self._multi_first]
        if not starts:
            return
        for n in range(self.max_country_words, 1, -1):
            for i in starts:
                if i + n > b:
                    continue
                if any(owner[k] is not None for k in range(i, i + n)):
                    continue
                if not (doc.tokens[i].text[:1].isalnum() and doc.tokens[i + n - 1].text[-1:].isalnum()):
                    continue
                m = self.country(self.span_text(doc, i, i + n))
                if m is None or m.kind == "adjective":
                    continue
                if m.kind in ("name", "capital") and self._is_place(doc, i, a):
                    # "in den Vereinigten Staaten": a place; hold the tokens so that no role
                    # noun ("Staaten") is read inside the name
                    place = self._country_cand(i, i + n, m)
                    place.kind = "place"
                    claim(place)
                    continue
                claim(self._country_cand(i, i + n, m))

    def _country_cand(self, i, j, m: CountryMatch) -> Cand:
        role = m.role if m.kind == "seat" else ("GOV" if m.kind == "capital" else None)
        return Cand(i, j, j - 1, "country", country=m.iso3, country_explicit=True, role=role)

    # -- 3. role-noun phrases ------------------------------------------------------------------
    def _phrase_at(self, doc, h, a) -> tuple[int, RoleNoun] | None:
        """English fixed phrases ending at token h ("prime minister"): (first token, entry)."""
        toks = doc.tokens
        if toks[h].text.casefold() not in self.lex.phrase_ends:
            return None
        for n in range(self.lex.max_phrase, 1, -1):
            i = h - n + 1
            if i < a:
                continue
            key = tuple(t.text.casefold() for t in toks[i:h + 1])
            r = self.lex.phrases.get(key)
            if r is not None:
                return i, r
        return None

    def _role_phrases(self, doc, a, b, claim, owner, cands, person_spans):
        toks = doc.tokens
        h = a
        while h < b:
            t = toks[h]
            if owner[h] is not None or h in person_spans:
                h += 1
                continue
            first, r = h, None
            ph = self._phrase_at(doc, h, a) if self.lang == "en" else None
            if ph is not None and all(owner[k] is None for k in range(ph[0], h + 1)):
                first, r = ph
            else:
                r = self.role_of(t)
                if r is None and "-" in t.text.strip("-") and self.lang == "de":
                    r = self._compound_role(t)
            if r is None and self.participants:
                r = self._participant(doc, h, b)
            if r is None or self._generic_singular(doc, h, a):
                h += 1
                continue
            if self.lang == "en" and h + 1 < b and toks[h + 1].text in ("-", "‐"):
                h += 1  # "rebel-held town": a modifier, not the head
                continue
            # English: prefer the longer phrase head ("security forces" over "security")
            if self.lang == "en" and h + 1 < b and owner[h + 1] is None:
                longer = None
                for k in range(h + 1, min(b, h + self.lex.max_phrase)):
                    nxt = self._phrase_at(doc, k, a)
                    if nxt is not None and nxt[0] <= h and first >= nxt[0]:
                        longer = k
                if longer is not None:
                    h = longer  # "Secretary of State": the phrase ends later
                    continue
                if r.match != "phrase" and any(
                        (ph := self._phrase_at(doc, k, a)) is not None and ph[0] == h + 1
                        for k in range(h + 2, min(b, h + 1 + self.lex.max_phrase))):
                    h += 1  # "opposition presidential candidate": a modifier of the phrase
                    continue
                if r.kind == "thing" and toks[h + 1].pos in ("NN1", "NN2") and \
                        toks[h + 1].text.islower():
                    h += 1  # "drone attacks": the weapon names the attack, not an actor
                    continue
                r2 = self.role_of(toks[h + 1])
                if r2 is not None and toks[h + 1].pos in ("NN1", "NN2", "NN0"):
                    h += 1
                    continue
            c = self._build_phrase(doc, first, h, r, a, b, owner)
            if c is not None and c.start in self._org_entity_at and not c.country:
                ei = self._org_entity_at[c.start]  # "Popular Mobilization Forces": a name
                c.name = c.org = doc.entities[ei].name or doc.entities[ei].text
                c.entity, c.foreign = ei, True  # no country guessed for a named body
            if c is not None and r.kind == "thing" and not c.country and not c.org:
                c = None  # weapons and strikes act only as "Turkish drones", "Israeli airstrikes"
            if c is not None:
                self._maybe_title(doc, c, r, b, owner, person_spans)
                claim(c)
                h = max(c.end, h + 1)
            else:
                h += 1

    def _participant(self, doc, h: int, b: int) -> RoleNoun | None:
        """"Teilnehmer einer Demonstration": a participant word takes the role of what it
        takes part in, the head of the genitive right after it (article, adjectives, noun;
        lang/de/actors/participants.tsv); None for anything else ("der Konferenz")."""
        events = self.participants.get(doc.tokens[h].text.casefold())
        if not events or h + 2 >= b or doc.tokens[h + 1].text.casefold() not in (
                "einer", "eines", "der", "des"):
            return None
        k = h + 2
        while k < b and doc.tokens[k].pos in ("ADJA", "CARD"):
            k += 1  # ("einer großen Demonstration")
        if k >= b or not self.is_noun(doc.tokens[k]):
            return None
        lemma = doc.tokens[k].lemma.casefold()
        role = next((r for e, r in events.items() if lemma == e or (
            len(e) >= 4 and lemma.endswith(e))), None)
        if role is None:
            return None
        return RoleNoun(noun=doc.tokens[h].text.casefold(), role=role, match="word", kind="group")

    def _generic_singular(self, doc, h: int, a: int) -> bool:
        """"beim Menschen", "vom Menschen": a weak noun's singular after a determiner that
        marks it (lang/de/actors/singular_generic.tsv) is the human being, not people."""
        dets = self.singular_generic.get(doc.tokens[h].text.casefold())
        if not dets:
            return False
        k = h - 1
        while k >= a and doc.tokens[k].pos in ("ADJA", "ADJD"):
            k -= 1  # ("beim modernen Menschen")
        return k >= a and doc.tokens[k].text.casefold() in dets

    def _compound_role(self, t: Token) -> RoleNoun | None:
        return self.lex.compound_role(t.text, t.lemma)

    def _build_phrase(self, doc, first, h, r: RoleNoun, a, b, owner) -> Cand | None:
        toks = doc.tokens
        lex = self.lex
        c = Cand(first, h + 1, h, r.kind, role=r.role, noun=r.noun, org=r.org)
        countries: list[str] = []
        # the head itself may carry a country or org prefix: "US-Kräfte", "US-Regierung"
        if "-" in toks[h].text.strip("-"):
            pre = toks[h].text.split("-")[0]
            m = self.country(pre)
            if m is not None and not m.pro:
                countries.append(m.iso3)
        # left modifiers
        i = first - 1
        seen_number = False
        while i >= a and owner[i] is None:
            t = toks[i]
            low = t.text.casefold()
            if t.text in _POSSESSIVE:
                break  # "Assad's troops": the possessor is not a modifier
            if t.text in ("(", ")") and i - 1 >= a and (t.text == ")" or c.start - i <= 3):
                if t.text == ")" and i - 2 >= a and toks[i - 2].text == "(":
                    i -= 1  # "The (Syrian) regime": look inside the parentheses
                    continue
                if t.text == "(":
                    i -= 1
                    continue
                break
            if seen_number and t.pos not in ("AT0", "DT0"):
                break  # "at the time 150 security forces": nothing left of a count
            cue = self._left_cue(doc, c, i, a, owner, countries)
            if cue is not None:
                i = cue  # "Republican Senator", "Florida Gov.": a party or a region of a country
                continue
            coord = self._coordinated_demonym(doc, t, i, a, owner) if countries else None
            if coord is not None:
                # "Russian and Syrian warplanes": two parties with one role (resolve.py makes
                # a second mention of the same words for the first demonym's country)
                c.extra.setdefault("coord_countries", []).append(coord)
                i -= 2
                continue
            m = self.country(t.text) if t.text[:1].isalpha() else None
            if self.lang == "en" and i - 1 >= a and owner[i - 1] is None:
                m2 = self.country(self.span_text(doc, i - 1, i + 1))
                if m2 is not None and m2.kind in ("name", "adjective", "demonym") and not m2.pro:
                    # "Hong Kong student groups", "the South Korean president"
                    countries.append(m2.iso3)
                    i -= 2
                    continue
            if m is not None and m.kind in ("adjective", "demonym") or (
                    m is not None and self.lang == "en" and m.kind == "name" and t.pos in _NAME
                    and i + 1 <= h):
                if m.pro:
                    c.pro = m.iso3
                elif i + 1 < len(toks) and toks[i + 1].text in ("-", "‐") and \
                        i + 2 < len(toks) and toks[i + 2].text.casefold() in _BACKED:
                    pass  # "Turkey-backed rebels": backed by, not of
                else:
                    countries.append(m.iso3)
                i -= 1
                continue
            if t.pos in ("CARD", "CRD") and len(t.text) == 4 and t.text.isdigit():
                break  # a year ("2009 Staatsminister"), not a count
            if t.pos in ("CARD", "CRD"):
                seen_number = True
            if t.pos in _ADJ or (self.lang == "de" and t.pos in ("ADJD", "CARD", "PIAT"))\
                    or (self.lang == "en" and t.pos in ("NN1", "NN0", "CRD")):
                base = (t.lemma or t.text).casefold()
                if base.startswith("pro-") or low.startswith("pro-"):
                    m2 = self.country(t.text)
                    if m2 is not None:
                        c.pro = m2.iso3
                if base in lex.foreign or low in lex.foreign:
                    c.foreign = True
                if base in lex.role_modifiers or low in lex.role_modifiers:
                    c.role = lex.role_modifiers.get(base) or lex.role_modifiers[low]
                i -= 1
                continue
            if self.lang == "en" and t.text in ("-", "‐") and i - 1 >= a and \
                    toks[i + 1].text.casefold() in _BACKED:
                i -= 2  # skip "Turkey -" of "Turkey - backed"
                continue
            if low in lex.role_modifiers and self.lang == "en":
                c.role = lex.role_modifiers[low]
                i -= 1
                continue
            break
        c.start = i + 1
        if not countries and r.noun in lex.office_country:
            countries.append(lex.office_country[r.noun])  # "House Speaker Mike Johnson"
        if "party" in c.extra:
            self._party_coding(c, r, countries)
        if self.lang == "en" and not countries and i >= a and owner[i] is not None and \
                self._cands[owner[i]].kind == "country" and self._cands[owner[i]].end == i + 1 \
                and self._cands[owner[i]].role is None:
            countries.append(self._cands[owner[i]].country)  # "Hong Kong student groups"
        if not c.org and i >= a and owner[i] is not None and self._cands[owner[i]].kind == "org" \
                and self._cands[owner[i]].end == i + 1 and self.lang == "en":
            o = self._cands[owner[i]]  # "Houthi military spokesperson"
            c.org, c.code = o.org, o.code
            if o.country:
                countries.append(o.country)
        if c.start - 1 >= a and toks[c.start - 1].pos in ("PPOSAT", "DPS"):
            c.extra["poss"] = toks[c.start - 1].text.casefold()  # "ihre Kräfte", "its soldiers"
        # possessive / genitive before the phrase: "Iraks Ministerpräsident", "Turkey's ministry"
        g = c.start - 1
        if self.lang == "en" and g >= a + 1 and toks[g].text in _POSSESSIVE and owner[g - 1] is None:
            m = self.country(toks[g - 1].text)
            org = lex.org(toks[g - 1].text)
            if m is not None and m.kind in ("name", "capital"):
                countries.append(m.iso3)
                c.start = g - 1
            elif org is not None:
                c.org, c.code, c.start = org.name, org.code, g - 1
                if org.country:
                    countries.append(org.country)
            elif toks[g - 1].pos in _NAME or toks[g - 1].text[:1].isupper():
                c.extra["possessor"] = g - 1  # "Assad's troops": coded in resolve
        elif self.lang == "en" and g >= a + 1 and toks[g].text in _POSSESSIVE and \
                owner[g - 1] is not None:
            p = self._cands[owner[g - 1]]  # "The European Union's chief executive"
            if p.kind == "org":
                c.org, c.code, c.country_explicit = p.org, p.code, p.country is not None
                if p.country:
                    countries.append(p.country)
            else:
                c.extra["possessor"] = g - 1
        elif self.lang == "de" and g >= a and owner[g] is None and toks[g].text.endswith("s") \
                and toks[g].pos in _NAME:
            m = self.country(toks[g].text)
            if m is not None and m.kind == "name":
                countries.append(m.iso3)
                c.start = g
        # right cue: "die Regierung in Bagdad", "the government of Iraq", "Milizen und Parteien im Irak"
        j = c.end
        k = j
        steps = 0
        while k < b and toks[k].text.casefold() in _COORD and steps < 2:
            k2 = k + 1
            while k2 < b and toks[k2].pos in _ADJ:
                k2 += 1
            if k2 < b and self.is_noun(toks[k2]) and owner[k2] is None:
                k = k2 + 1
                steps += 1
            else:
                break
        if k < b and toks[k].text.casefold() in _RIGHT_CUE[self.lang]:
            p = k + 1
            if p < b and toks[p].text.casefold() in _RIGHT_DET[self.lang]:
                p += 1
            if p < b and (owner[p] is None or self._cands[owner[p]].kind == "place"):
                m, n = self._country_window(doc, p, b)
                iso = m.iso3 if m is not None and m.kind in ("name", "capital", "seat") else None
                if iso is None:
                    iso, n = self._place_from(p, b)  # "a judge from Ohio", "police in Lagos"
                if iso is not None:
                    prep = toks[k].text.casefold()
                    # "in Bagdad" makes a government Iraqi, but troops, refugees or a person
                    # "in" a country are there, not of it ("foreign ministers in Cairo")
                    located = prep in ("in", "im") and (r.kind == "person" or r.noun in self.located)
                    if c.pro or countries or located:
                        c.place = iso
                    if located:
                        c.extra["located"] = True  # no guessed country either
                    if not countries and not located:
                        countries.append(iso)
                    if k == j or prep in ("in", "im"):
                        c.end = p + n
                        c.extra["cue_tokens"] = (k, p + n)
        # "Präsident der Evangelischen Kirche", "Sprecher der Polizei", "Chef der Partei": a
        # title followed by the body it heads takes that body's sector (and org)
        if r.kind == "person" and not c.extra.get("cue_tokens") and j < b and \
                toks[j].text.casefold() in _GENITIVE[self.lang]:
            p = j + 1
            while p < b and (toks[p].text.casefold() in _RIGHT_DET[self.lang] or toks[p].pos in _ADJ):
                p += 1
            if p < b:
                if owner[p] is not None and self._cands[owner[p]].kind == "org":
                    o = self._cands[owner[p]]
                    c.org, c.code = o.org, o.code
                    c.role = o.role or c.role
                    if o.country:
                        countries.append(o.country)
                elif owner[p] is None and self.is_noun(toks[p]):
                    q = self.lex.role_noun(toks[p].text, toks[p].lemma)
                    if q is not None and q.kind != "thing" and q.role != c.role:
                        c.role = q.role
        if self.lang == "de" and not countries:
            low = toks[h].text.casefold()
            fed = next((cs for pre, cs in self.federal.items() if low.startswith(pre)
                        and len(low) > len(pre) + 2), None)
            if fed:
                c.extra["federal"] = fed  # "Bundesregierung": Germany, Austria or Switzerland
        if countries:
            c.country, c.country_explicit = countries[-1] if self.lang == "de" else countries[0], True
            if c.pro and c.country == c.pro:
                c.country, c.country_explicit = None, False
        if c.pro and not c.country and c.place:
            c.country, c.country_explicit = c.place, True
        return c

    def _located_places(self, doc: Doc) -> dict[int, tuple[int, str]]:
        """Last token of each place entity with a known country that is no country itself
        ("Florida", "South Carolina", "Gaza") -> (first token, country): English names a
        politician's state or a force's city before the title ("Florida Gov. Ron DeSantis")."""
        out: dict[int, tuple[int, str]] = {}
        if self.lang != "en" or not doc.entities:
            return out
        starts = {t.start: t.i for t in doc.tokens}
        ends = {t.end: t.i for t in doc.tokens}
        for e in doc.entities:
            if e.type == "LOC" and e.country and e.start in starts and e.end in ends \
                    and self.country(e.text) is None:
                out[ends[e.end]] = (starts[e.start], e.country)
        return out

    def _place_from(self, p: int, b: int) -> tuple[str | None, int]:
        """(country, tokens) of the English city or state entity starting at token p and
        ending before b, else (None, 0)."""
        end = self._loc_from.get(p)
        if end is None or end >= b:
            return None, 0
        return self._loc_at[end][1], end + 1 - p

    def _left_cue(self, doc, c: Cand, i: int, a: int, owner, countries: list[str]) -> int | None:
        """English left modifiers that say whose a person or group is without being a country
        word: a party cue ("Republican", "Tory"; lang/en/actors/party_cues.tsv), a well-known
        leader ("the Biden administration") or a place of a country ("Florida", "South
        Carolina").  Returns the token left of the cue, else None."""
        if self.lang != "en" or c.kind == "thing":
            return None
        t = doc.tokens[i]
        party = self.lex.party_cues.get(t.text)
        if party is not None and "party" not in c.extra:
            c.extra["party"] = party
            return i - 1
        kp = self.lex.known_person(t.text) if t.text[:1].isupper() and len(t.text) >= 5 else None
        if kp is not None and kp.country and owner[i] is None:
            countries.append(kp.country)  # "the Biden administration", "the Assad regime"
            return i - 1
        place = self._loc_at.get(i)
        if place is not None and place[0] >= a and \
                all(owner[k] is None for k in range(place[0], i + 1)):
            countries.append(place[1])
            return place[0] - 1
        return None

    def _party_coding(self, c: Cand, r: RoleNoun, countries: list[str]) -> None:
        """A title after a party cue: the party's country unless one is named, its org, and
        role PTY for the party's own titles ("Tory leader"; lang/en/actors/party_titles.txt);
        offices keep their role ("Republican Senator" LEG)."""
        iso, org = c.extra["party"]
        if not countries:
            countries.append(iso)
        if org is not None and not c.org:
            c.org = org.name
        if r.noun in self.lex.party_titles or r.role == "PTY":
            c.role = "PTY"
            if org is not None and not c.code:
                c.code = org.code

    def _coordinated_demonym(self, doc, t, i: int, a: int, owner) -> str | None:
        """English "Russian and Syrian warplanes", "Egyptian and Qatari mediators": the
        country of a demonym joined by "and" to the one before the role noun, else None."""
        if self.lang != "en" or t.text.casefold() != "and" or i - 1 < a \
                or owner[i - 1] is not None:
            return None
        m = self.country(doc.tokens[i - 1].text)
        if m is None or m.pro or m.kind not in ("adjective", "demonym"):
            return None
        return m.iso3

    def _country_window(self, doc, p, b) -> tuple[CountryMatch | None, int]:
        for n in range(min(self.max_country_words, b - p), 0, -1):
            if not doc.tokens[p + n - 1].text[-1:].isalnum():
                continue
            m = self.country(self.span_text(doc, p, p + n))
            if m is not None:
                return m, n
        return None, 0

    def _maybe_title(self, doc, c: Cand, r: RoleNoun, b, owner, person_spans):
        """A person-title followed by a name: the phrase becomes that person."""
        if r.kind != "person":
            return
        self._attach_name(doc, c, b, owner, person_spans)
        if c.name:
            c.title = r.noun
            if not c.country and self.lang == "en":
                self._name_of_place(doc, c, b, owner)

    def _name_of_place(self, doc, c: Cand, b, owner) -> None:
        """"Gov. Gavin Newsom of California", "Sen. Chris Murphy of Connecticut": a titled
        name followed by "of" and a place takes the place's country (the "of" phrase is part
        of the mention, so the place is no actor of its own); "of the State Department",
        "of the Red Cross": the body's country, or the organisation's coding."""
        toks = doc.tokens
        p = c.end + 1
        if p >= b or toks[c.end].text.casefold() != "of":
            return
        if toks[p].text.casefold() == "the" and p + 1 < b:
            p += 1  # "of the US Department of State"
        if owner[p] is not None:
            o = self._cands[owner[p]]
            if o.kind == "org" and o.start == p and not c.org:
                c.org, c.code, c.role = o.org, o.code, o.role or c.role  # "of the Red Cross"
            if o.kind in ("country", "org") and o.country and o.start == p:
                c.country, c.country_explicit = o.country, True  # "of the State Department"
            return
        if p in self._org_entity_at:
            m = self.country(toks[p].text)  # "of the US Department of State"
            if m is not None and not m.pro:
                c.country, c.country_explicit = m.iso3, True
            return
        m, n = self._country_window(doc, p, b)
        if m is not None and m.kind == "name":
            c.country, c.country_explicit, c.end = m.iso3, True, p + n
            return
        iso, n = self._place_from(p, b)
        if iso is not None and all(owner[k] is None for k in range(p, p + n)):
            c.country, c.country_explicit, c.end = iso, True, p + n

    def _attach_name(self, doc, c: Cand, b, owner, person_spans):
        """Extend a title phrase over the name that follows it (entity or name tokens)."""
        toks = doc.tokens
        j = c.end
        if j in person_spans:
            e_idx, e_end = person_spans[j]
            if all(owner[k] is None for k in range(j, e_end)):
                c.end, c.entity = e_end, e_idx
                c.name = doc.entities[e_idx].name or doc.entities[e_idx].text
                c.kind = "person"
            return
        k = j
        while k < b and owner[k] is None and k not in self._non_person and \
                self._name_token(toks[k], k == j):
            k += 1
        while k > j and toks[k - 1].text.casefold() in _NAME_LINKS:
            k -= 1
        if k > j:
            c.end = k
            c.name = self._name_text(doc, j, k)
            c.kind = "person"

    def _name_token(self, t: Token, first: bool) -> bool:
        if t.text.casefold() in _NAME_LINKS and not first:
            return True
        if not t.text[:1].isupper() and not t.text.startswith(("al-", "el-", "bin ")):
            return False
        if t.pos in ("$.", "$,", "$(", "PUN", "PUL", "PUR", "PUQ"):
            return False
        if self.lex.role_noun(t.text, None) is not None and t.pos not in _NAME:
            return False
        m = self.country(t.text)
        if m is not None and m.kind != "demonym":
            return False
        if self.lang == "de":
            return t.pos in _NAME or (t.pos == "NN" and "-" in t.text)
        return t.pos in _NAME or t.pos in ("NN1", "UNC", "AJ0") and t.text[:1].isupper()

    def _name_text(self, doc, i, j) -> str:
        return norm(self.span_text(doc, i, j)).replace(" - ", "-")

    # -- 4. persons from entities --------------------------------------------------------------
    def _person_entities(self, doc: Doc, etype: str = "PERSON") -> dict[int, tuple[int, int]]:
        """Token index of each PERSON (or ``etype``) entity's first token -> (entity index,
        end token)."""
        out: dict[int, tuple[int, int]] = {}
        if not doc.entities:
            return out
        starts = {t.start: t.i for t in doc.tokens}
        ends = {t.end: t.i for t in doc.tokens}
        for ei, e in enumerate(doc.entities):
            if e.type != etype:
                continue
            i, j = starts.get(e.start), ends.get(e.end)
            if i is not None and j is not None:
                out[i] = (ei, j + 1)
        return out

    def _persons(self, doc, a, b, claim, owner, cands, person_spans):
        """Named persons; a titled phrase in apposition gives them its coding."""
        toks = doc.tokens
        for i in range(a, b):
            if i not in person_spans:
                continue
            ei, j = person_spans[i]
            if any(owner[k] is not None for k in range(i, j)):
                continue
            e = doc.entities[ei]
            c = Cand(i, j, j - 1, "person", name=e.name or e.text, entity=ei)
            self._party_person(doc, c, a, owner)
            # "Der UN-Sonderberichterstatter für die Rechte von Migranten, François Crépeau"
            if i - 1 > a and toks[i - 1].text == ",":
                for cj in reversed(cands):
                    if cj.end > i - 1 or cj.end < i - 9:
                        continue
                    if cj.role in ("REF", "CVL", "CRM") or cj.kind != "person" or cj.name:
                        continue
                    s0 = doc.sentences[toks[i].sent].tok_start
                    if cj.start > s0 and toks[cj.start - 1].text.casefold() not in _APPOS_DET:
                        break  # "Renata Asal-Steger, Präsidentin der RKZ, Daniel Kosch": a list
                    if (cj.title or cj.noun) and \
                            not any(toks[k].upos in ("VERB", "AUX") for k in range(cj.end, i)):
                        _take_coding(c, cj)
                        cj.name = c.name
                    break
            # apposition: "Zalmay Khalilzad, a US peace envoy," / "François Crépeau, der ..."
            if j + 1 < b and toks[j].text == ",":
                for cj in cands:
                    if cj.end < len(toks) and (toks[cj.end].text == "(" or (
                            toks[cj.end].pos in _NAME and toks[cj.end].text[:1].isupper())):
                        continue  # "Nicola Sturgeon, Labour MP Tom Watson": a list, not apposition
                    if j < cj.start <= j + 6 and cj.kind in ("person", "group", "org") and \
                            all(toks[k].text.casefold() in _APPOS_DET or toks[k].pos in _NAME
                                for k in range(j + 1, cj.start)):
                        if cj.title or cj.noun:
                            _take_coding(c, cj)
                        break
            claim(c)

    def _party_person(self, doc, c: Cand, a: int, owner) -> None:
        """"Republican Vivian Carter", "Democrat Joe Manchin": a party cue right before a
        name (English) makes the person a party actor of that party's country."""
        i = c.start
        if self.lang != "en" or i - 1 < a or owner[i - 1] is not None:
            return
        party = self.lex.party_cues.get(doc.tokens[i - 1].text)
        if party is None:
            return
        iso, org = party
        c.start = i - 1
        c.country, c.country_explicit, c.role = iso, True, "PTY"
        if org is not None:
            c.org, c.code = org.name, org.code

    # -- 4b. other named organisations (the entity stage knows them, the lexicon does not) -----
    def _org_entities(self, doc, a, b, claim, owner, org_spans):
        kinds = (doc.analyses.get("entities") or {}).get("kinds") or []
        for i in range(a, b):
            if i not in org_spans:
                continue
            ei, j = org_spans[i]
            if any(owner[k] is not None for k in range(i, j)):
                continue
            e = doc.entities[ei]
            kind = kinds[ei] if ei < len(kinds) else None
            role = self.entity_roles.get(kind or "", None)
            if role == "-":
                continue
            if i > a and doc.tokens[i - 1].text.casefold() in _CHANNEL:
                continue  # "via Twitter", "on Facebook": the channel, not an actor
            name = e.name or e.text
            c = Cand(i, j, j - 1, "org", name=name, org=name, country=e.country,
                     country_explicit=e.country is not None, role=role, entity=ei)
            claim(c)

    # -- 5. countries, capitals and demonyms as actors ----------------------------------------
    def _countries(self, doc, a, b, claim, owner):
        toks = doc.tokens
        for i in range(a, b):
            if owner[i] is not None:
                continue
            t = toks[i]
            if not t.text[:1].isupper():
                continue
            m = self.country(t.text)
            if m is not None and i in self._shouting and len(t.text) <= 3:
                continue  # "US" in a headline in capitals may be "us"
            if m is not None and m.kind == "adjective" and self.lang == "en" and i > a and \
                    toks[i - 1].text.casefold() == "the" and i + 1 < b and \
                    (toks[i + 1].upos in ("VERB", "AUX") or toks[i + 1].text.endswith("ed")):
                claim(Cand(i, i + 1, i, "country", country=m.iso3, country_explicit=True))
                continue  # "The British relinquished control"
            if m is None or m.kind == "adjective":
                continue
            if t.text in self._blocked_names:
                continue
            if m.kind == "demonym" and (not self.is_noun(t) or len(t.text) < 5):
                continue  # "Este", "Ire", "Pole" alone are too often other words
            if self.lang == "en" and m.kind == "demonym" and not t.text.endswith("s"):
                continue  # "Iraqi" alone is an adjective; "Iraqis" act
            if m.kind in ("name", "capital") and self._is_place(doc, i, a):
                continue
            if self.lang == "en" and m.kind == "capital" and i + 1 < b and \
                    toks[i + 1].pos in ("NN1", "NN2", "NN0") and toks[i + 1].text.islower():
                continue  # "a Kabul car bombing": the city as a modifier
            if self._inside_name(doc, i, a, b, owner):
                continue
            c = self._country_cand(i, i + 1, m)
            if "-" in t.text.strip("-"):
                c.role = None  # "einen US-Abzug": the country is concerned, not its government
            if m.kind == "demonym":
                c.role = None
            # English possessive belongs to the mention: "Turkey's"
            if self.lang == "en" and i + 1 < b and toks[i + 1].text in _POSSESSIVE:
                c.end = i + 2
            claim(c)

    def _is_place(self, doc, i, a) -> bool:
        """A country/capital used as a place: after a locative preposition, or a dateline."""
        toks = doc.tokens
        k = i - 1
        if k >= a and toks[k].text.casefold() in _RIGHT_DET[self.lang] | {"dem", "the"}:
            k -= 1
        if k >= a and toks[k].text.casefold() in _LOCATIVE[self.lang]:
            return True
        # dateline "Bagdad/Washington –", "WASHINGTON (Reuters) -": places, not actors
        if i - a <= 3:
            nxt = toks[i + 1].text if i + 1 < len(toks) else ""
            prev = toks[i - 1].text if i > a else ""
            if nxt in ("/", "–", "—", "(") or prev == "/" and nxt in ("/", "–", "—", "(", ","):
                m = self.country(toks[i].text)
                return m is not None and m.kind == "capital"
        return False

    def _inside_name(self, doc, i, a, b, owner) -> bool:
        """"George Washington", "Chad Smith": a country word that is part of a person's name."""
        toks = doc.tokens
        if self.lang == "en" and i > a + 1 and owner[i - 1] is None and \
                toks[i - 1].text[:1].isupper() and toks[i - 1].text.isalpha():
            return True  # "New Jersey", "Chad Smith": a longer name
        if i > a and owner[i - 1] is None and toks[i - 1].pos in _NAME and \
                toks[i - 1].text[:1].isupper() and self.country(toks[i - 1].text) is None and \
                self.lex.org(toks[i - 1].text) is None and i - 1 > a:
            return True
        if i + 1 < b and owner[i + 1] is None and toks[i + 1].pos in _NAME and \
                toks[i + 1].text[:1].isupper() and self.country(toks[i + 1].text) is None and \
                self.lex.org(toks[i + 1].text) is None and \
                self.lex.role_noun(toks[i + 1].text, None) is None:
            return True
        return False


def _take_coding(person: Cand, titled: Cand) -> None:
    """A person named beside a titled phrase ("X, a US peace envoy") is coded as that title."""
    person.role, person.country = titled.role, titled.country
    person.org, person.code = titled.org, titled.code
    person.country_explicit = titled.country_explicit
    person.title = titled.title or titled.noun


def _compass_adjective(text: str) -> CountryMatch | None:
    """A German compass-point adjective of a country ("ostukrainische Separatisten",
    "nordsyrische Kurden") names that country as its adjective does; the prefixes are
    lang/de/entities/compass_prefixes.tsv.  Only adjectives: a region's name ("Ostukraine")
    is a place, which the gazetteer knows."""
    low = text.casefold()
    for prefix in _compass_prefixes():
        if low.startswith(prefix) and len(low) - len(prefix) >= 4:
            rest = text[len(prefix):].lstrip("-")
            m = country_lookup(rest[:1].upper() + rest[1:], "de") or country_lookup(rest, "de")
            return m if m is not None and m.kind == "adjective" and not m.pro else None
    return None


_COMPASS: tuple[str, ...] | None = None


def _compass_prefixes() -> tuple[str, ...]:
    """Compass-point prefixes, case-folded, longest first (read once)."""
    global _COMPASS
    if _COMPASS is None:
        _COMPASS = tuple(sorted((r["prefix"].casefold()
                                 for r in load_tsv("de", "entities/compass_prefixes.tsv")),
                                key=len, reverse=True))
    return _COMPASS
