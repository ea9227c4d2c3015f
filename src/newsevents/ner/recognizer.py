"""Find and type the names in one sentence: chunking, gazetteer look-up and cue rules.

There is no statistical model here: the German and English taggers (HanTa) say which words are
proper nouns, and word lists (``lang/<lang>/entities/``) plus the gazetteer say what they name.

Passes over a sentence:

0. sports clubs opened by an abbreviation ("1. FC Nürnberg", "SG 01 Höchst") and roads by
   number ("A 7", "Bundesstraße 216"), before any town inside them is taken for a place;
1. multiword gazetteer names ("Sri Lanka", "Vereinte Nationen", "Alternative für Deutschland"),
   then quoted names that an organisation noun introduces (die Wählerinitiative „...“);
2. *name parts*: tokens tagged as proper nouns (STTS ``NE``, C5 ``NP0``), acronyms, given
   names, lower-case names the gazetteer lists ("dpa"); in English any capitalised word not
   opening the sentence (not in ALL-CAPS or Title-Case headlines).  German capitalises every
   noun, so a common noun is a name part only when the gazetteer knows it as a place or
   institution (after a place preposition for small towns), when it follows a capitalised
   adjective or a city's adjective ("Islamischer Staat", "Hamburger Mieterverein"), or a given
   name ("Peter Stein");
3. *chunks*: runs of name parts, glued by particles ("von der", "al-"), extended by a head word
   right after them ("Siemens AG") and, after an organisation's head word, by connectors
   ("Bundesamt für Migration", "Ministry of Interior Affairs");
4. each chunk is typed (``Mention.rule`` says how), first match wins: gazetteer (lone words
   only when believable: big towns, towns named by their own name, towns after a place
   preposition or place noun) > MISC keyword ("... Treaty") > a given name inside (what stands
   before it is split off) > organisation/place keyword > a club named after its town >
   splitting into known names > given name > demonym (never an entity) > title or verb of saying
   before > acronym > place preposition > multiword person > lone-word rules (slash-joined
   places, place endings, a proper noun before a finite verb or elsewhere in the sentence as
   a surname, unless the tagger's lexicons make it a common or English word).

After typing, the sentence's names are revised by their surroundings: a town followed by an
English plural or a club word is a team ("Chicago Bulls"); a name before a plural share-price
verb in a sentence with a percentage is a company; an organisation head noun joins the name
after it ("Universität Gießen") while a noun for a kind of organisation only types it ("die
Rockband X"); names listed beside a known place or organisation share its type.  Lone
organisation heads with a connector open a name of their own ("Institut für ...").

The document-level pass (``linking``) then revises types for consistency.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from ..doc import Token
from ..lang import load_lines
from .gazetteer import GazEntry, Gazetteer
from .lexicon import Lexicon
from ..pipeline.hanta_speed import word_analyser

PROPER_TAGS = frozenset({"NE", "NP0"})
MAX_GAZ_WORDS = 6


@dataclass(slots=True)
class Mention:
    """A typed name over doc tokens ``[first, last]`` (inclusive)."""

    first: int
    last: int
    type: str  # PERSON ORG LOC MISC
    rule: str  # which cue decided the type (for explanation and for the linking pass)
    entry: GazEntry | None = None
    strength: int = 1  # 3 gazetteer/keyword, 2 given name/title, 1 guess
    char_end: int | None = None  # the name ends inside its last token ("UN" of "UN-Chef")


def _cap(text: str) -> bool:
    """Capitalised, or a particle glued to a capitalised name ("al-Kadhimi", "el-Sisi")."""
    if not text:
        return False
    if text[0].isupper():
        return True
    head, sep, rest = text.partition("-")
    return bool(sep) and head in _glued_prefixes() and rest[:1].isupper()


def _dateline(toks: list[Token], k: int) -> bool:
    """Is token k the place of a regional paper's dateline, a sentence's first word followed
    by the author's initials in brackets ("Meran  (ki).", "Sterzing (mf)")?"""
    return k == 0 and len(toks) >= 4 and toks[1].text == "(" and toks[3].text == ")" \
        and toks[2].text.isalpha() and toks[2].text.islower() and len(toks[2].text) <= 4 \
        and _cap(toks[0].text) and toks[0].text.isalpha()


@functools.cache
def _glued_prefixes() -> frozenset[str]:
    return frozenset(load_lines("common", "entities/glued_prefixes.txt"))


@functools.cache
def _articles() -> frozenset[str]:
    """German and English articles (lang/*/syntax/articles.txt): German text quotes English
    titles, so both count whichever language the text is in."""
    return frozenset(w.lower() for lang in ("de", "en") for w in load_lines(lang, "syntax/articles.txt"))


def _acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return 2 <= len(letters) <= 6 and all(c.isupper() for c in letters) and text[0].isalpha()


class Recognizer:
    acronym_type = "ORG"
    name_margin = 1.0
    article_name_type = "MISC"
    any_unknown_after_prep = False

    def __init__(self, lang: str, lexicon: Lexicon, gazetteer: Gazetteer, *,
                 compound_prefixes: bool = False):
        self.compound_prefixes = compound_prefixes
        # the German rules ask HanTa about single words (German and English models): loaded
        # here, with the recogniser, not at the first such word deep inside a run
        self._hanta = word_analyser("morphmodel_ger.pgz") if lang == "de" else None
        self._namelike_cache: dict[str, bool] = {}
        self._hanta_en = word_analyser("morphmodel_en.pgz") if lang == "de" else None
        self._english_cache: dict[str, bool] = {}
        self.lang = lang
        self.lex = lexicon
        self.gaz = gazetteer

    # -- token classes ---------------------------------------------------------------------
    def _gaz(self, toks: list[Token], i: int, j: int, text: str) -> list[GazEntry]:
        """Gazetteer entries for tokens i..j (inclusive) of the sentence."""
        surface = text[toks[i].start:toks[j].end]
        hits = self.gaz.lookup(surface, lang=self.lang)
        if not hits:
            return []
        if i == j and toks[i].pos not in PROPER_TAGS:
            hits = [h for h in hits if not h.ambiguous]
        return hits

    def _name_part(self, toks: list[Token], k: int, headline: bool) -> bool:
        t = toks[k]
        w = t.text
        if w.islower():
            return w in self.gaz.cased  # lower-case names such as "dpa"
        if not _cap(w) or w in self.lex.stop or w in self.lex.title:
            return False
        if not any(c.isalpha() for c in w):
            return False
        if self.lang == "en" and w.isupper() and sum(c.isalpha() for c in w) >= 2 \
                and not self.gaz.lookup(w):
            # an unknown ALL-CAPS word: an acronym when short and alone, else a word of a
            # shouted headline ("READ MORE", "HOPES FOR PUTIN TALKS")
            if len(w) >= 4:
                return False
            for x in (k - 1, k + 1):
                if 0 <= x < len(toks) and toks[x].text.isupper() and len(toks[x].text) >= 2 \
                        and toks[x].text.isalpha():
                    return False
        if headline and not (t.pos in PROPER_TAGS or w in self.lex.first_names):
            return False
        if t.pos in PROPER_TAGS or _acronym(w) or w in self.lex.first_names:
            return True
        if _dateline(toks, k):
            return True  # "Meran  (ki). Der Gemeinderat ...": the town the report is from
        if self.lang == "de":
            if t.pos == "FM" or self._hyphen_place(w):
                return True
            if w in self.lex.locfirst and k + 1 < len(toks) and _cap(toks[k + 1].text) \
                    and toks[k + 1].pos in PROPER_TAGS:
                return True  # "Bad Homburg", "Sankt Augustin"
            if t.upos == "NOUN" or t.pos.startswith("NN"):
                if k > 0 and self._titled(toks[k - 1].text) and len(w) > 2 and w.isalpha() \
                        and self._unknown_word(w):
                    return True  # a surname the tagger does not know: "so Ketterer",
                    #              "Fußball-Experte Sammer"
                return self._known_noun(toks, k)
            return False
        # English: capitalised and not opening the sentence (nor in a Title-Case headline)
        first = k == 0 or (k > 0 and toks[k - 1].text in {'"', "“", "‘", "'", "(", "«", "»", "„", "–", ":"})
        if first or headline:
            return False
        return t.upos not in ("PRON", "DET", "CONJ", "SCONJ", "ADP", "AUX")

    # -- the sentence pass -----------------------------------------------------------------
    def sentence(self, toks: list[Token], text: str) -> list[Mention]:
        n = len(toks)
        if not n:
            return []
        words = [t for t in toks if any(c.isalpha() for c in t.text)]
        headline = (len(words) >= 3
                    and sum(_cap(t.text) if self.lang == "en" else t.text.isupper()
                            for t in words) >= 0.7 * len(words))
        part = [self._name_part(toks, k, headline) for k in range(n)]
        taken = [False] * n
        out: list[Mention] = []

        # 0. sports clubs opened by their abbreviation: "1. FC Nürnberg", "SG 01 Höchst",
        #    "ESV Lok Zwickau" (the town in them is no place of its own)
        for (a, b) in self._clubs(toks, text):
            w = toks[b].text
            end = toks[b].end - 1 if w.endswith(".") and w[:-1].isdigit() else None
            out.append(Mention(a, b, "ORG", "club", None, 2, end))  # "Schalke 04." ends a sentence
            for x in range(a, b + 1):
                taken[x] = True

        # 0b. roads by number: "die A 7", "der A1", "Bundesstraße 216"
        for (a, b, end) in self._roads(toks):
            out.append(Mention(a, b, "LOC", "road", None, 2, end))
            for x in range(a, b + 1):
                taken[x] = True

        # 1. gazetteer names of several words first (they may hold lower-case words and common
        #    nouns: "Alternative für Deutschland", "Vereinte Nationen", "Sri Lanka")
        k = 0
        while k < n:
            if not _cap(toks[k].text) or (self.lang == "de" and toks[k].pos not in PROPER_TAGS
                                         and k == 0 and toks[k].upos != "ADJ"):
                k += 1
                continue
            best = None
            for j in range(min(n - 1, k + MAX_GAZ_WORDS - 1), k, -1):
                if not (_cap(toks[j].text) or toks[j].text.isdigit()):
                    continue
                hits = self._gaz(toks, k, j, text)
                if hits:
                    best = (j, hits)
                    break
            if best and not self._inside_person(toks, part, k, best[0]):
                j, hits = best
                out.append(Mention(k, j, hits[0].type, "gazetteer", hits[0], 3))
                for x in range(k, j + 1):
                    taken[x] = True
                k = j + 1
            else:
                k += 1

        # 1b. names in quotes introduced as organisations: die Wählerinitiative „Gemeinsam für
        #     Dresden“, der "Verein unabhängige Bürger von Dresden"
        for (a, b) in self._quoted_orgs(toks, taken):
            out.append(Mention(a, b, "ORG", "quoted-org", None, 2))
            for x in range(a, b + 1):
                taken[x] = True

        # 2. German: capitalised adjective + capitalised noun(s) inside the sentence, a city's
        #    adjective + noun ("Hamburger Mieterverein"), given name + surname that is also a
        #    common noun ("Peter Stein")
        if self.lang == "de":
            for k in range(0, n - 1):
                nx = toks[k + 1]
                if k + 2 < n and toks[k].text in self.lex.first_names and part[k] \
                        and len(nx.text) == 2 and nx.text[0].isupper() and nx.text[1] == "." \
                        and self._surname_noun(toks[k + 2]) and not taken[k + 2]:
                    part[k + 1] = part[k + 2] = True  # "Christian P. Stadtfeld"
                    continue
                if k + 1 < n and toks[k].text in self.lex.first_names and part[k] \
                        and _cap(nx.text) and nx.upos in ("NOUN", "PROPN") \
                        and nx.text not in self.lex.title and nx.text not in self.lex.stop \
                        and not taken[k + 1]:
                    part[k + 1] = True
                    continue
                if taken[k] or not _cap(toks[k].text) or not _cap(nx.text) \
                        or nx.upos not in ("NOUN", "PROPN"):
                    continue
                adj = toks[k].upos == "ADJ" and k > 0 and \
                    toks[k - 1].text not in {'"', "„", "“", ":", "(", "–", "-"}
                if not adj and not self._city_adjective(toks[k].text):
                    continue
                part[k] = True
                j = k + 1
                while j < n and _cap(toks[j].text) and toks[j].upos in ("NOUN", "PROPN", "ADJ") \
                        and not taken[j]:
                    part[j] = True
                    j += 1

        # initials before a name ("A. Wiegemann", "J. R. R. Tolkien")
        for k in range(n - 1, -1, -1):
            w = toks[k].text
            if k + 1 < n and part[k + 1] and not taken[k + 1] and len(w) == 2 \
                    and w[0].isupper() and w[1] == ".":
                part[k] = True

        # 2b. an organisation's head noun with its connector, though no name part opens it:
        #     "des Instituts für Corporate Governance", "Hochschule für Technik und Wirtschaft",
        #     "Bundesverband deutscher Banken"
        for (a, b) in self._headed_orgs(toks, part, taken):
            out.append(Mention(a, b, "ORG", "org-head", None, 2))
            for x in range(a, b + 1):
                taken[x] = True

        # 3. chunks of name parts
        k = 0
        while k < n:
            if taken[k] or not part[k]:
                k += 1
                continue
            j = k
            while True:
                nxt = j + 1
                if nxt < n and not taken[nxt] and part[nxt] \
                        and not self._newline(toks, j, nxt, text):
                    j = nxt
                    continue
                # glue: particles, hyphens written without spaces, connectors before a part
                g = nxt
                while g < n and g - nxt < 3 and (toks[g].text in self.lex.particles or (
                        toks[g].text == "-" and not toks[g - 1].space_after
                        and not toks[g].space_after)):
                    g += 1
                if g > nxt and g < n and part[g] and not taken[g] \
                        and not self._newline(toks, j, g, text) \
                        and not self._known_place(toks[j].text) \
                        and not self._standalone(toks[g].text) and toks[g].upos != "ADJ":
                    j = g
                    continue
                break
            # a head word right after the name: "Hirzel Verlag", "Siemens AG", "Wall Street"
            if j + 1 < n and not taken[j + 1] and (toks[j + 1].text in self.lex.org.words
                                                   or toks[j + 1].text in self.lex.loc.words) \
                    and _cap(toks[j + 1].text) and toks[j].text not in self.lex.first_names:
                j += 1
            ext = self._extend_org(toks, k, j, taken)
            found = self._classify(toks, k, j, text, part, taken) if ext > j else []
            if len(found) == 1 and found[0].type == "ORG" and found[0].first == k \
                    and found[0].last == j:
                found[0].last = ext  # "Bayerischen Staatsministerium" + "für Unterricht ..."
            else:
                found = self._classify(toks, k, ext, text, part, taken)
            out.extend(found)
            k = ext + 1
        out = self._city_teams(toks, out)
        self._stock_names(toks, out)
        self._org_context(toks, out)
        self._list_types(toks, out)
        out.extend(self._compound_prefixes(toks, text, taken, out))
        out.sort(key=lambda m: m.first)
        for m in out:  # sentence positions -> document token indices
            m.first, m.last = toks[m.first].i, toks[m.last].i
        return out

    def _roads(self, toks: list[Token]) -> list[tuple[int, int, int | None]]:
        """Roads named by a number after a ``ROAD`` word.  A lone letter ("A", "B") counts only
        after a lower-case word or a road noun, so "Audi A4" stays a car."""
        roads = self.lex.road.words
        out: list[tuple[int, int, int | None]] = []
        if not roads:
            return out
        n = len(toks)
        for k, t in enumerate(toks):
            w = t.text
            letter = len(w) >= 2 and w[0] in roads and len(w[0]) == 1 and w[1:].isdigit() \
                and len(w) <= 4
            if not (w in roads or letter):
                continue
            if len(w) == 1 or letter:
                prev = toks[k - 1].text if k else ""
                if not (prev.islower() or prev in roads or prev in (",", "(")) \
                        and not any(prev.startswith(r) for r in roads if len(r) > 1):
                    continue
            if letter:
                out.append((k, k, None))
                continue
            if k + 1 < n:
                nx = toks[k + 1].text
                if nx.isdigit() and len(nx) <= 3:
                    out.append((k, k + 1, None))
                elif nx.endswith(".") and nx[:-1].isdigit() and len(nx) <= 4 and (
                        k + 2 == n or toks[k + 2].text[:1].isupper()):
                    out.append((k, k + 1, toks[k + 1].end - 1))  # "A 7." closing a sentence
        return out

    def _clubs(self, toks: list[Token], text: str) -> list[tuple[int, int]]:
        """A club abbreviation ("FC", "TSV", "SG") or club word ("Borussia", "Lok") followed by
        names and numbers: the whole run is one organisation ("FC Schalke 04", "SG 01 Höchst"),
        with an ordinal before it ("1. FC Köln")."""
        out: list[tuple[int, int]] = []
        if not self.lex.clubfirst.words:
            return out
        n = len(toks)
        k = 0
        while k < n:
            if toks[k].text not in self.lex.clubfirst.words or (out and out[-1][1] >= k):
                k += 1
                continue
            j = k
            names = 0
            while j + 1 < n and j - k < 4 and not self._newline(toks, j, j + 1, text):
                w = toks[j + 1].text
                if w.isdigit() and len(w) <= 4:
                    j += 1
                elif w.endswith(".") and w[:-1].isdigit() and len(w) <= 3 and j + 2 == n:
                    j += 1  # the club's number ending the sentence: "... FC Schalke 04."
                    break
                elif _cap(w) and w not in self.lex.stop and w not in self.lex.title \
                        and w.replace("-", "").replace(".", "").isalpha() \
                        and (toks[j + 1].upos in ("NOUN", "PROPN", "ADJ", "X")
                             or toks[j + 1].pos in PROPER_TAGS or toks[j + 1].pos == "FM"):
                    j += 1
                    names += 1
                else:
                    break
            if names:
                a = k
                if k > 0 and toks[k - 1].text[:-1].isdigit() and toks[k - 1].text.endswith(".") \
                        and len(toks[k - 1].text) <= 3:
                    a = k - 1  # "1. FC Nürnberg"
                out.append((a, j))
            k = j + 1
        return out

    def _org_context(self, toks: list[Token], out: list[Mention]) -> None:
        """Revise names by the organisation nouns around them (in place):

        - a head noun that opens an organisation's name joins it: "Universität Gießen",
          "Medizinischen Hochschule Hannover", "Verlag Paul Haupt";
        - a noun for a kind of organisation before a name makes it one, without joining it:
          "die Rockband Fold Zandura", "der Technologie-Konzern Kyocera", "Schweizer
          Versicherung Swiss Life" (a chunk that swallowed the noun is cut after it).
        Gazetteer organisations and countries keep what the gazetteer says."""
        lex = self.lex
        if not (lex.orgintro.words or lex.orgintro.suffixes or lex.orglead.words
                or lex.orglead.suffixes):
            return
        covered = {x for m in out for x in range(m.first, m.last + 1)}

        def noun(x: int, cues) -> bool:
            t = toks[x]
            return t.text in cues and t.text[:1].isupper() and t.text not in lex.title \
                and (t.upos == "NOUN" or t.pos.startswith("NN") or _acronym(t.text)
                     or t.text in cues.words)

        for m in out:
            if m.type == "ORG" or m.char_end is not None:
                continue
            gazetteer_place = m.entry is not None
            if gazetteer_place and (m.entry.type == "ORG" or m.entry.kind in (
                    "COUNTRY", "CAPITAL", "ADM1", "CONTINENT", "REGION")):
                continue
            if m.rule in ("demonym", "description"):
                continue
            # a kind-of-organisation noun inside the chunk, not last: cut after it
            inner = [p for p in range(m.first, m.last) if noun(p, lex.orgintro)]
            if inner and not gazetteer_place:
                m.first = inner[-1] + 1
                self._as_intro_org(toks, m)
                continue
            b = m.first - 1
            if b >= 0 and toks[b].text in self._OPEN and b - 1 >= 0:
                b -= 1
            if b < 0 or b in covered:
                continue
            if noun(b, lex.orglead) and b == m.first - 1:
                a = b
                if a > 0 and a - 1 not in covered and toks[a - 1].upos == "ADJ" \
                        and toks[a - 1].text[:1].isupper() and not self._demonym(toks[a - 1].text):
                    a -= 1  # "Technische Universität Berlin"
                m.first = a
                m.type, m.rule, m.strength, m.entry = "ORG", "org-lead", 2, None
            elif noun(b, lex.orgintro) and not gazetteer_place:
                self._as_intro_org(toks, m)

    _LIST_GLUE = frozenset({",", "und", "oder", "sowie", "and", "or", "&"})

    def _stock_names(self, toks: list[Token], out: list[Mention]) -> None:
        """Market reports name companies by their shares, with a plural verb of price movement
        and a percentage: "Mizuho gaben um 1,9 Prozent nach", "Bilfinger Berger erhöhten sich
        um 6,8 Prozent" (``STOCKVERB`` words).  An index takes the singular ("der TecDax
        stieg") and is left alone."""
        verbs = self.lex.stockverb
        if not verbs.words or not any(t.text in ("%", "Prozent") or t.text.endswith("%")
                                      for t in toks):
            return
        for m in out:
            x = m.last + 1
            if x >= len(toks) or toks[x].text not in verbs.words or m.type == "ORG":
                continue
            if m.entry is not None and m.entry.kind in ("COUNTRY", "CAPITAL", "ADM1", "CONTINENT"):
                continue
            if any(toks[y].text in self.lex.first_names for y in range(m.first, m.last + 1)):
                continue
            m.type, m.rule, m.strength, m.entry = "ORG", "stock", 2, None

    def _city_teams(self, toks: list[Token], out: list[Mention]) -> list[Mention]:
        """A town followed by an English plural or a club word is a team: "Chicago Bulls",
        "Detroit Red Wings", "Manchester United" (``CLUBTAIL`` words)."""
        by_first = {m.first: m for m in out}
        drop: set[int] = set()
        for m in out:
            if m.type != "LOC" or m.entry is None or m.entry.kind not in ("CITY", "CAPITAL", "ADM1", "ADM2"):
                continue
            if toks[m.last].text.endswith("s") and not (m.entry.name_de or "").endswith("s"):
                continue  # a genitive ("Bremerhavens Guards") is the town's, not a team name
            x, end = m.last + 1, None
            while x < len(toks) and x - m.last <= 2:
                w = toks[x].text
                other = by_first.get(x)
                if not (_cap(w) and w.isalpha()) or w in self.lex.stop \
                        or (other is not None and (other.strength >= 3 and other.entry is not None)):
                    break
                if w in self.lex.clubtail or (len(w) > 3 and w.endswith("s") and w[-2] != "s"
                                              and self._english_word(w)):
                    end = x
                    break
                x += 1
            if end is None:
                continue
            for o in out:
                if o is not m and m.last < o.first <= end:
                    drop.add(id(o))
                    end = max(end, o.last)
            m.last = end
            m.type, m.rule, m.strength, m.entry = "ORG", "city-team", 2, None
        return [m for m in out if id(m) not in drop]

    def _list_types(self, toks: list[Token], out: list[Mention]) -> None:
        """Names listed together are of one kind: in "Tranomaro, Folakara, Antsirabe und
        Makay" the known town makes the unknown names beside it towns, not surnames.  Only
        guesses change (strength 0, lone words), and only when the list holds a gazetteer
        place or organisation and no person known by a given name or title."""
        if self.lang != "de":
            return  # English lone words are left to the linking pass (a person named in full)
        ms = sorted(out, key=lambda m: m.first)
        runs: list[list[Mention]] = []
        for m in ms:
            if runs and runs[-1][-1].last < m.first and all(
                    toks[x].text in self._LIST_GLUE for x in range(runs[-1][-1].last + 1, m.first)) \
                    and 2 <= m.first - runs[-1][-1].last <= 3:
                runs[-1].append(m)
            else:
                runs.append([m])
        for run in runs:
            if len(run) < 2:
                continue
            known = {m.type for m in run if (m.entry is not None or m.rule in (
                "place-noun", "org-intro", "org-lead", "club")) and m.type in ("LOC", "ORG")}
            if len(known) != 1 or any(m.type == "PERSON" and m.strength >= 2 for m in run):
                continue
            typ = known.pop()
            for m in run:
                if m.entry is None and m.strength == 0 and m.first == m.last \
                        and m.type in ("PERSON", "MISC") and m.rule == "single" \
                        and toks[m.first].text not in self.lex.first_names \
                        and (self._unknown_word(toks[m.first].text.rstrip("."))
                             or any(h.type == typ for h in self.gaz.lookup(
                                 toks[m.first].text.rstrip("."), lang=self.lang))):
                    # only words the tagger's lexicon does not know: "Merkel" stays a person
                    m.type, m.rule = typ, "listed"
                    w = toks[m.first].text
                    if w.endswith(".") and w[:-1].isalpha():
                        m.char_end = toks[m.first].end - 1  # "Italien." closing a sentence

    def _listed_after(self, toks: list[Token], k: int, cues) -> bool:
        """Is the name at ``k`` the second or later of a list right after a cue noun ("die
        Dörfer Hokkala, Kumpula und Oikari")?  Looks back over capitalised words and list
        glue only."""
        x = k - 1
        while x > 0 and (toks[x].text in self._LIST_GLUE or _cap(toks[x].text)) and k - x < 12:
            if toks[x].text in cues and toks[x].upos == "NOUN":
                return toks[x + 1].text not in self._LIST_GLUE
            x -= 1
        return toks[x].text in cues and toks[x].upos == "NOUN" and x + 1 < k

    def _as_intro_org(self, toks: list[Token], m: Mention) -> None:
        """Make ``m`` an organisation named after an introducing noun; a person's particle
        inside it ("Air One von der Compagnia ...") ends the name: what follows is another."""
        for x in range(m.first + 1, m.last + 1):
            if toks[x].text.islower() and toks[x].text in self.lex.particles:
                m.last = x - 1
                break
        m.type, m.rule, m.strength, m.entry = "ORG", "org-intro", 2, None

    def _headed_orgs(self, toks: list[Token], part: list[bool],
                     taken: list[bool]) -> list[tuple[int, int]]:
        """Organisation head nouns (``ORGLEAD``, ``ORG``) that are no name part themselves but
        go on with a connector or a genitive adjective and a capitalised noun; a capitalised
        adjective before the head belongs to the name ("Bayerisches Staatsministerium für")."""
        out: list[tuple[int, int]] = []
        lex = self.lex
        n = len(toks)
        k = 0
        while k < n - 2:
            t = toks[k]
            if taken[k] or part[k] or not t.text[:1].isupper() or t.text in lex.title \
                    or not (t.upos == "NOUN" or t.pos.startswith("NN")) \
                    or not (t.text in lex.orglead or t.text in lex.org.words or (
                        t.text in lex.org and t.text.startswith(tuple(lex.orgprefix.words)))) \
                    or t.text.lower().endswith(("regierung", "polizei")):
                k += 1
                continue
            end = self._extend_org(toks, k, k, taken)
            if end == k:
                k += 1
                continue
            a = k
            if k > 0 and not taken[k - 1] and toks[k - 1].upos == "ADJ" \
                    and toks[k - 1].text[:1].isupper() and k - 1 > 0:
                a = k - 1
            out.append((a, end))
            k = end + 1
        return out

    def _extend_org(self, toks: list[Token], k: int, j: int, taken: list[bool]) -> int:
        """An organisation's name goes on after its head word: "Bundesamt für Migration und
        Flüchtlinge", "Ministry of Interior Affairs", "Bank of England"."""
        n = len(toks)
        if toks[j].text not in self.lex.org:
            return j
        x = j + 1
        end = j
        # a genitive adjective and noun: "Bundesverband deutscher Banken", "Bund Deutscher
        # Architekten"
        if x + 1 < n and toks[j].text.startswith(tuple(self.lex.orgprefix.words)) \
                and toks[x].upos == "ADJ" and toks[x].text.lower().endswith("er") \
                and not taken[x + 1] and _cap(toks[x + 1].text) \
                and toks[x + 1].upos in ("NOUN", "PROPN") and toks[x + 1].text not in self.lex.stop:
            end = x + 1
            x = end + 1
        while x + 1 < n and toks[x].text in self.lex.connect and toks[x].text not in ("von", "and", "und", "the"):
            y = x + 1
            if y < n and toks[y].text in ("the", "der", "die", "des") and y + 1 < n:
                y += 1
            z = y
            while z < n and _cap(toks[z].text) and not taken[z] and (toks[z].upos in (
                    "NOUN", "PROPN", "ADJ") or toks[z].pos == "FM") \
                    and toks[z].text not in self.lex.stop:
                z += 1
            if z == y:
                break
            end = z - 1
            if z + 1 < n and toks[z].text in ("und", "and") and _cap(toks[z + 1].text) \
                    and toks[z + 1].upos in ("NOUN", "PROPN") and not taken[z + 1] \
                    and toks[z + 1].text not in self.lex.title:
                end = z + 1
            x = end + 1
        return end

    _OPEN = {'"', "„", "“", "»", "«", "‚", "'"}
    _CLOSE = {'"', "“", "”", "«", "»", "‘", "'"}

    def _quoted_orgs(self, toks: list[Token], taken: list[bool]) -> list[tuple[int, int]]:
        """Quoted names of at most seven words that an organisation noun introduces, or that
        begin with one ("Verein ...", "Bündnis ...")."""
        out = []
        n = len(toks)
        for k in range(n - 2):
            if toks[k].text not in self._OPEN or taken[k + 1] or not _cap(toks[k + 1].text):
                continue
            end = None
            for y in range(k + 2, min(n, k + 9)):
                if toks[y].text in self._CLOSE:
                    end = y
                    break
            if end is None or end == k + 1:
                continue
            a, b = k + 1, end - 1
            if any(taken[x] for x in range(a, b + 1)) or not _cap(toks[b].text):
                continue
            intro = toks[k - 1].text if k else ""
            first = toks[a].text
            if ((intro in self.lex.org or intro in self.lex.orgintro) and _cap(intro)
                    and intro not in self.lex.title) or (first in self.lex.org and b > a):
                out.append((a, b))
        return out

    def _compound_prefixes(self, toks, text, taken, found) -> list[Mention]:
        """German compounds whose first part is a known name: "UN-Sonderberichterstatter",
        "US-Kräfte", "SPD-Chef".  The name is an entity of its own (character span inside the
        token: ``Mention.char_end`` marks where it ends)."""
        if self.lang != "de" or not self.compound_prefixes:
            return []
        covered = {x for m in found for x in range(m.first, m.last + 1)}
        out = []
        for k, t in enumerate(toks):
            w = t.text
            if k in covered or "-" not in w or w.startswith("-"):
                continue
            head, _, rest = w.partition("-")
            if not rest[:1].isupper() or not head[:1].isupper() or len(head) < 2:
                continue
            if not (_acronym(head) or head[0].isupper()):
                continue
            hits = [h for h in self.gaz.lookup(head, lang=self.lang) if not h.ambiguous
                    and (h.type == "ORG" or h.kind in ("COUNTRY", "ADM1", "REGION"))]
            if hits:
                m = Mention(k, k, hits[0].type, "compound-prefix", hits[0], 3)
                m.char_end = t.start + len(head)
                out.append(m)
        return out

    def _credible(self, toks: list[Token], k: int, hits: list[GazEntry]) -> list[GazEntry]:
        """Readings of a lone word that are believable without more context.  Many small towns
        share a surname's spelling ("Stalin", "Jones", "Tacoma") and odd alternate spellings
        a common word's ("Alter", "Raum"): a town counts when it is big, named by its own name,
        or follows a place preposition."""
        w = toks[k].text
        before = toks[k - 1].text if k else ""
        if before in self.lex.prep or before in self.lex.placenoun or (
                before == "of" and k > 1 and toks[k - 2].text in self.lex.placenoun) \
                or _dateline(toks, k):
            return hits  # "in Bozen", "die Stadt Minden", "the town of Saraqeb", "Meran (ki)."
        towns = [h for h in hits if h.kind in ("CITY", "CAPITAL")]
        own_name = any(h.name_de == w for h in towns)
        # an old or foreign name of towns in several countries is a person's name more often
        # ("Stalin": once Varna and Donetsk)
        scattered = not own_name and len({h.country for h in towns}) > 1
        strong = [h for h in hits if h.kind not in ("CITY", "CAPITAL")
                  or (not scattered and (h.kind == "CAPITAL" or h.population >= 200_000))
                  or (h.population >= 50_000 and h.name_de == w)
                  or (h.name_de == w and h.country in self.lex.home_countries)]
        if w in self.lex.first_names:
            strong = [h for h in strong if h.kind not in ("CITY", "CAPITAL")
                      or h.population >= 1_000_000]
        return strong

    def _hyphen_place(self, w: str) -> bool:
        """Places joined or qualified by a hyphen: "Köln-Wahn", "Rhein-Main-Neckar" (every
        part a place, or a place and a name the tagger does not know)."""
        if self.lang != "de" or "-" not in w or w.startswith("-") or w.endswith("-"):
            return False
        parts = w.split("-")
        if not all(p[:1].isupper() and p.isalpha() for p in parts):
            return False
        places = [any(h.type == "LOC" and not h.ambiguous
                      for h in self.gaz.lookup(p, lang=self.lang)) for p in parts]
        if not places[0]:
            return False
        return all(ok or (len(p) <= 10 and self._unknown_word(p)) for ok, p in zip(places, parts))

    def _titled(self, w: str) -> bool:
        """A title or role noun, also as the last part of a hyphenated compound
        ("Fußball-Experte", "SPD-Politiker")."""
        if w in self.lex.title:
            return True
        head, sep, tail = w.rpartition("-")
        return bool(sep and head and tail[:1].isupper()) and tail in self.lex.title

    def _unknown_word(self, w: str) -> bool:
        """The German tagger's lexicon does not know ``w`` (its best reading is a guess)."""
        if self._hanta is None:
            self._hanta = word_analyser("morphmodel_ger.pgz")
        cands = self._hanta.tag_word(w)
        return not cands or float(cands[0][1]) < -25.0

    def _namelike(self, w: str) -> bool:
        """Does the German tagger's lexicon make ``w`` a name rather than a common noun?  A name
        it knows has one strong reading; for a word it does not know, the proper-noun reading
        must clearly beat the common-noun one (foreign words and rare compounds are close)."""
        hit = self._namelike_cache.get(w)
        if hit is None:
            if self._hanta is None:
                self._hanta = word_analyser("morphmodel_ger.pgz")
            cands = self._hanta.tag_word(w)
            scores = {tag: float(score) for tag, score in cands}
            ne = scores.get("NE")
            if ne is None:
                hit = False
            elif len(scores) == 1 or ne > -20:
                hit = True
            else:
                other = max(v for t, v in scores.items() if t != "NE")
                hit = ne - other >= self.name_margin
            if len(self._namelike_cache) < 50_000:
                self._namelike_cache[w] = hit
        return hit

    def _english_word(self, w: str) -> bool:
        """German text quotes English titles and phrases ("Sometime Ago", "Insight"): a word
        the English tagger knows well as a common word is no German surname."""
        hit = self._english_cache.get(w)
        if hit is None:
            if self._hanta_en is None:
                self._hanta_en = word_analyser("morphmodel_en.pgz")
            cands = self._hanta_en.tag_word(w.lower())
            tag, score = cands[0] if cands else ("", -99.0)
            hit = tag != "NP0" and float(score) > -16.0
            if len(self._english_cache) < 50_000:
                self._english_cache[w] = hit
        return hit

    def _demonym(self, w: str) -> bool:
        """A people's or country's adjective ("Turkish", "Iraker"), per the shared country
        gazetteer; never a name of its own."""
        try:
            from ..gazetteer.countries import lookup
        except ImportError:
            return False
        m = lookup(w, self.lang)
        return m is not None and m.kind in ("adjective", "demonym")

    def _standalone(self, w: str) -> bool:
        """A name that a particle never joins to a person: "Ulbig von der CDU" is two names."""
        if _acronym(w):
            return True
        return any(h.type == "ORG" or h.kind in ("COUNTRY", "CAPITAL")
                   for h in self.gaz.lookup(w, lang=self.lang) if not h.ambiguous)

    def _city_adjective(self, w: str) -> bool:
        """"Hamburger", "Frankfurter", "Wiener": a place name + "er"."""
        if len(w) < 6 or not w.endswith("er"):
            return False
        return any(h.type == "LOC" for h in self.gaz.lookup(w[:-2], lang=self.lang))

    def _known_noun(self, toks: list[Token], k: int) -> bool:
        """A German word tagged as a common noun that is still a name: a place or organisation
        the gazetteer knows ("Bozen", "Polen", "Mittelmeer"; a town only after a place
        preposition or when it is a city, not after an article: "das Essen"), or one
        institution ("Bundesamt", "Landeskriminalamt")."""
        w = toks[k].text
        before = toks[k - 1].text if k else ""
        if k == 1:
            before = before.lower()  # "In Garze traf es ..."
        if before in self.lex.placenoun and len(w) > 3 and w.isalpha() and self._unknown_word(w):
            return True  # "die Gemeinden Bedra und ...", "im Kloster Andechs"
        if before in self.lex.prep and (w in self.lex.townend or self.any_unknown_after_prep) \
                and len(w) > 4 and w.isalpha() and self._unknown_word(w):
            return True  # "in Böckingen", "aus Pfaffenhofen" -- but not "aus Flüchtlingen"
        low = w.lower()
        if w in self.lex.streetend and not low.endswith(("hauptstraße", "landstraße", "bundesstraße")) \
                and not any(low == e for e in self.lex.streetend.suffixes):
            return True  # "Knoopstraße"
        if w in self.lex.org and w.startswith(tuple(self.lex.orgprefix.words)) \
                and not w.endswith(("regierung", "polizei")):
            return True
        hits = [h for h in self.gaz.lookup(w, lang=self.lang) if not h.ambiguous]
        if not hits:
            return False
        if any(h.kind not in ("CITY", "CAPITAL") for h in hits):
            return True
        if before in self.lex.prep:
            return True
        # city names only under their own name, not an odd alternate spelling ("Tor", "Puls")
        return before.lower() not in _articles() and any(
            h.population >= 100_000 and h.name_de == w for h in hits)

    @staticmethod
    def _newline(toks: list[Token], a: int, b: int, text: str) -> bool:
        """A line break between tokens a and b: names do not run across lines."""
        return "\n" in text[toks[a].end:toks[b].start]

    def _inside_person(self, toks: list[Token], part: list[bool], k: int, j: int) -> bool:
        """A place or organisation name that is really part of a person's name
        ("George Washington", "Jack London"): a given name right before it."""
        return k > 0 and toks[k - 1].text in self.lex.first_names and part[k - 1] \
            and j == k and toks[k].pos in PROPER_TAGS

    # -- typing a chunk --------------------------------------------------------------------
    def _classify(self, toks, k, j, text, part, taken) -> list[Mention]:
        lex = self.lex
        # whole chunk, or a trimmed one, in the gazetteer
        hits = self._gaz(toks, k, j, text)
        if k == j and hits:
            hits = self._credible(toks, k, hits)
        if hits:
            return [Mention(k, j, hits[0].type, "gazetteer", hits[0], 3)]
        words = [toks[x].text for x in range(k, j + 1)]
        last, first = words[-1], words[0]
        before = toks[k - 1].text if k > 0 else ""
        before2 = toks[k - 2].text if k > 1 else ""
        if last in lex.misc and j > k:
            return [Mention(k, j, "MISC", "misc-keyword", None, 3)]  # "... Treaty", "... Act"
        if k == 1:
            before = before.lower()  # "In Leoben ..."
        if (before in lex.placenoun or (before in self._LIST_GLUE and self._listed_after(
                toks, k, lex.placenoun))) and first not in lex.first_names \
                and not (last in lex.org and j > k):
            return [Mention(k, j, "LOC", "place-noun", None, 2)]  # "Kanton Baselland"
        # a given name inside: what stands before it is a description ("Hostess Silvia
        # Sommerlath", "Chief Executive Carrie Lam")
        for p in range(k + 1, j):
            if toks[p].text in lex.first_names and not any(
                    toks[x].text in lex.first_names for x in range(k, p)):
                if not self._gaz(toks, k, j, text):
                    return [Mention(k, p - 1, "MISC", "description", None, 0),
                            Mention(p, j, "PERSON", "first-name", None, 2)]
                break
        # keywords: the head decides (last word; in German also "Universität Hamburg")
        if last in lex.org and (j > k or (self.lang == "de" and last not in lex.org.words)):
            return [Mention(k, j, "ORG", "org-keyword", None, 3)]
        if last in lex.loc and j > k:
            return [Mention(k, j, "LOC", "loc-keyword", None, 3)]
        if j > k and first in lex.locfirst and toks[k + 1].text not in lex.first_names:
            return [Mention(k, j, "LOC", "loc-keyword", None, 2)]  # "Bad Schussenried"
        if j > k and (first in lex.org.words or (self.lang == "de" and first in lex.org)):
            return [Mention(k, j, "ORG", "org-keyword", None, 3)]
        # a club named after its town: "Preußen Münster", "Inter Mailand", "THW Kiel"
        if j == k + 1 and first not in lex.first_names and before not in lex.title:
            tail = self._gaz(toks, j, j, text)
            if tail and all(h.kind in ("CITY", "CAPITAL") and h.population >= 100_000
                            for h in tail) \
                    and not self._gaz(toks, k, k, text):
                return [Mention(k, j, "ORG", "club", None, 1)]
        # a multiword chunk whose parts are separately known: split it
        if j > k and first not in lex.first_names:
            parts = self._split_known(toks, k, j, text)
            if parts:
                return parts
        if first in lex.first_names and (j > k or toks[k].pos in PROPER_TAGS):
            return [Mention(k, j, "PERSON", "first-name", None, 2)]
        if len(first) == 2 and first[1] == "." and j > k:
            return [Mention(k, j, "PERSON", "initials", None, 1)]
        if k == j and self._demonym(first):
            return [Mention(k, j, "MISC", "demonym", None, 1)]  # "Turkish", "Iraker"
        if k == j and before in ("von", "of") and before2 in lex.officeof \
                and before2[:1].isupper() and first not in lex.first_names:
            return [Mention(k, j, "LOC", "office-of", None, 1)]  # "Erzbischof von Trient"
        if k == j and k > 1 and toks[k - 1].text.islower() and self._demonym(toks[k - 1].text) \
                and before2.lower() in lex.prep.words | {"im", "in", "aus", "nach"}:
            return [Mention(k, j, "LOC", "place-adjective", None, 1)]  # "im englischen Hatfield"
        if self._titled(before) or (before in lex.particles and before2 in lex.title):
            return [Mention(k, j, "PERSON", "title", None, 2)]
        if k == j and _acronym(first):
            # an unknown acronym is an organisation more often than not -- from three letters
            # on; two letters are as often abbreviations of anything ("KG", "SA", "EC")
            letters = sum(c.isalpha() for c in first)
            typ = self.acronym_type if letters >= 3 and first.isalpha() else "MISC"
            return [Mention(k, j, typ, "acronym", None, 1)]
        if all(toks[x].upos == "ADJ" or toks[x].upos == "NOUN" for x in range(k, j + 1)) \
                and toks[k].upos == "ADJ" and self.lang == "de":
            return [Mention(k, j, "MISC", "adj-noun", None, 1)]
        if before in lex.prep and (k == j or self.lang == "en" or before in ("in", "aus", "nach")):
            if last in lex.org.words:
                return [Mention(k, j, "ORG", "org-keyword", None, 1)]  # "in Parliament"
            if not (self.lang == "de" and k == j and self._english_word(first)):
                return [Mention(k, j, "LOC", "place-preposition", None, 1)]
        if j > k:
            if self.lang == "de" and self._city_adjective(first):
                return [Mention(k, j, "MISC", "adj-noun", None, 1)]
            if any(_acronym(w) for w in words):
                return [Mention(k, j, "MISC", "acronym-in-name", None, 1)]
            if j - k <= 3 and all(
                    (toks[x].pos in PROPER_TAGS or toks[x].text in lex.particles
                     or toks[x].text in lex.first_names or toks[x].text == "-")
                    and toks[x].text.lower() not in lex.foreign_function
                    for x in range(k, j + 1)) and not (
                    self.lang == "de" and all(self._english_word(w) for w in words)):
                after = toks[j + 1] if j + 1 < len(toks) else None
                if before.lower() in _articles() and toks[k - 1].upos == "DET" and (
                        after is None or after.upos != "NOUN"):
                    # "the Dravida Munnetra Kazhagam": persons go without an article; in
                    # English such a name is an organisation, in German text as often a term
                    # ("dem Ceratopsia Protoceratops").  Not "in dem Miss Marple ermittelt"
                    # (a relative pronoun) nor "dem Wong Kar-wai Film" (a modifier)
                    typ = "ORG" if self.lang == "en" else self.article_name_type
                    if before2.lower() in lex.prep.words:
                        typ = "LOC"  # "in the Eastern Mediterranean"
                    return [Mention(k, j, typ, "article-multiword", None, 0)]
                return [Mention(k, j, "PERSON", "multiword", None, 1)]
            return [Mention(k, j, "MISC", "multiword", None, 0)]
        if self.lang == "en":
            # a lone capitalised word without any cue: a demonym ("Syrian", "Greek"), a product,
            # or a person named in full elsewhere (the linking pass finds those)
            return [Mention(k, j, "MISC", "single", None, 0)]
        # German: a lone proper noun is most often a person's surname -- unless an article
        # stands before it ("der Meriva", "die Eurosur"), it is a compound ("Brexit-Deal"),
        # or it holds digits
        w = toks[k].text
        if "/" in w:  # "Japan/Korea", "Landau/Ganacker": places joined
            sides = [p for p in w.split("/") if p]
            types = {h.type for p in sides for h in self.gaz.lookup(p, lang=self.lang)}
            if len(sides) >= 2 and all(_cap(p) for p in sides):
                return [Mention(k, j, "ORG" if types == {"ORG"} else "LOC", "slash", None, 0)]
        if self._hyphen_place(w):
            return [Mention(k, j, "LOC", "hyphen-place", None, 1)]
        if w.isalpha() and any(a.islower() and b.isupper() for a, b in zip(w, w[1:])) \
                and not w[:2] in ("Mc", "Ma") and self.lang == "de":
            # an inner capital ("TecDAX", "MoschMosch", "BioNTech") marks a brand or company
            return [Mention(k, j, "ORG", "camel-case", None, 0)]
        if (w in lex.locend or w in lex.townend or w in lex.streetend) and w.isalpha():
            return [Mention(k, j, "LOC", "place-ending", None, 0)]
        after = toks[k + 1] if k + 1 < len(toks) else None
        # opening the sentence before a finite verb ("Röttgen bestätigte"), or an interview's
        # "Name:" before an answer
        subject = k == 0 and after is not None and (
            after.pos in ("VVFIN", "VAFIN", "VMFIN") or after.text == ":")
        hyphen_name = "-" in w and all(
            p[:1].isupper() and p.isalpha() and not self.gaz.lookup(p, lang=self.lang)
            and p not in lex.org and p not in lex.loc and self._namelike(p)
            for p in w.split("-"))
        if toks[k].pos in PROPER_TAGS and before.lower() not in _articles() \
                and ("-" not in w or hyphen_name) and w.replace("-", "").isalpha() \
                and not w.isupper() and (k > 0 or subject) and (subject or self._namelike(w)) \
                and not self._english_word(w):
            if self._place_after_noun(toks, k):
                return [Mention(k, j, "LOC", "site-noun", None, 0)]
            return [Mention(k, j, "PERSON", "single", None, 0)]
        if toks[k].pos in PROPER_TAGS and before.lower() in _articles() and w[:1].isupper() \
                and self.article_name_type != "MISC":
            # "die Hamburg-Mannheimer", "bei der Navy": names with an article are mostly
            # organisations (persons and most places go without)
            return [Mention(k, j, self.article_name_type, "article-name", None, 0)]
        return [Mention(k, j, "MISC", "single", None, 0)]

    def _surname_noun(self, t: Token) -> bool:
        """A capitalised noun that can end a person's name after a given name and an
        initial ("Christian P. Stadtfeld"): not a title, not a stop word."""
        return _cap(t.text) and t.upos in ("NOUN", "PROPN") and t.text not in self.lex.title \
            and t.text not in self.lex.stop

    def _known_place(self, w: str) -> bool:
        """A country or a sizeable place of the gazetteer: a particle after it starts a new
        phrase ("Israel gibt Ägypten den Sinai zurück"), it does not glue a person's name."""
        return any(h.type == "LOC" and (h.kind in ("COUNTRY", "CAPITAL", "ADM1")
                                        or h.population >= 100_000)
                   for h in self.gaz.lookup(w, lang=self.lang))

    def _place_after_noun(self, toks: list[Token], k: int) -> bool:
        """German "der Finanzwache Sterzing", "dem Landesgericht Bozen", "die Mautstelle
        Brixen": a lone name right after an article and a noun for an institution or facility
        that sits in a town (SITENOUN cues) is that town.  Any other noun may be a role
        ("der Diktator Stalin", "der Familie Boim"), so only these count."""
        if k < 2 or self.lang != "de":
            return False
        noun, det = toks[k - 1], toks[k - 2]
        if toks[k].text.endswith("s"):
            return False  # a genitive names a possessor, often a person: "die Aussagen Rudolphs"
        return (noun.pos == "NN" and noun.text in self.lex.sitenoun and det.pos == "ART"
                and toks[k].text not in self.lex.first_names)

    def _split_known(self, toks, k, j, text) -> list[Mention]:
        """Split a chunk around the gazetteer names in it ("Bagdad Washington", "Einfluss
        Chinas"): known parts keep their type, unknown runs are left untyped (MISC).  Empty
        when no part is known."""
        out: list[Mention] = []
        x = k
        unknown_start = None
        while x <= j:
            for y in range(min(j, x + MAX_GAZ_WORDS - 1), x - 1, -1):
                hits = self._gaz(toks, x, y, text)
                if hits:
                    if unknown_start is not None:
                        out.append(Mention(unknown_start, x - 1, "MISC", "split", None, 0))
                        unknown_start = None
                    out.append(Mention(x, y, hits[0].type, "gazetteer", hits[0], 3))
                    x = y + 1
                    break
            else:
                if unknown_start is None:
                    unknown_start = x
                x += 1
        if unknown_start is not None:
            out.append(Mention(unknown_start, j, "MISC", "split", None, 0))
        if not any(m.entry for m in out):
            return []
        if any(m.entry is None for m in out) and not all(
                m.entry.type == "ORG" or m.entry.kind in ("COUNTRY", "CAPITAL", "ADM1")
                or m.entry.population >= 100_000 for m in out if m.entry is not None):
            return []  # "Test Ban Treaty": a small town called "Ban" is no evidence
        return out
