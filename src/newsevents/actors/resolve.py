"""Tie mentions together across the document and turn them into coded ActorMentions.

- Persons are linked by last name: what the title told us once ("Iraks Ministerpräsident
  Mustafa al-Kadhimi" -> IRQ GOV) holds for "al-Kadhimi" later, and a bare last name anywhere
  ("Putin pulls Russia out ...") becomes a mention of that person.
- A bare role noun takes its antecedent's coding: "die Regierung" after "Iraks Regierung",
  "der Ministerpräsident" after "Ministerpräsident Mustafa al-Kadhimi", "die Koalition" after
  "die Anti-IS-Koalition".
- Still without a country, a state actor (GOV MIL COP JUD LEG, and protesters and opposition)
  takes the document's clearly dominant country -- never when marked foreign ("die
  ausländischen Truppen"), never a country merely named earlier in the sentence (as often the
  other party: "Die USA kritisierten die Regierung").
- Pronouns ("er", "sie", "he", "they", "it said") take the last compatible actor in a window of
  the current and previous sentence(s).
"""

from __future__ import annotations

import functools
from collections import Counter

from ..doc import ActorMention, Doc
from ..lang import load_lines
from ..record import Actor
from ..events.context import place_links
from .detect import Cand, Detector

STATE_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})
# Roles given the context's country when none is named: state actors, the domestic groups
# that confront them (protesters, opposition), and the unnamed people of a local story
# ("91 Menschen", "der 45-Jährige", "Tatverdächtige": CVL, CRM).
INFER_ROLES = STATE_ROLES | {"PRO", "OPP", "CVL", "CRM"}
# Roles that take the country of the one place their sentence is set in when neither the text
# nor the article's dominant country says whose they are: "Farmers blocked highways across
# France", "workers went on strike in Detroit", "the government" in a one-place sentence.
PLACE_ROLES = INFER_ROLES | {"LAB", "AGR", "EDU", "HLH"}
# Groups of people (not state bodies) whose sentence's place comes before an antecedent.
GROUP_ROLES = frozenset({"PRO", "LAB", "AGR", "EDU", "CVL", "HLH"})
# German police and protesters take the country of their sentence's place ("in Kairo").
LOCAL_FORCE_ROLES = frozenset({"COP", "PRO"})
_BE = {"is", "was", "'s", "’s", "has", "seems", "appears"}
ANTECEDENT_SENTENCES = 8
# Mentions that can be one of two parties "they" stands for ("India and Pakistan").
_PARTY_KINDS = frozenset({"person", "country", "org", "group"})
PRONOUN_SENTENCES = 2
DOMINANT_SHARE = 0.5
# Share of the article's place mentions one country needs before an unnamed state actor
# ("police", "the government") with no other cue takes it.
ARTICLE_PLACE_SHARE = 2 / 3
# The state actors that rule takes for (bodies and groups, not titled persons, who are often
# foreign visitors: "Senator Lindsey Graham" in a story set in Syria): not the military,
# whose soldiers in a story's place are as often foreign ("The coalition ended its mission in
# Iraq. The soldiers pulled out").
PLACE_STATE_ROLES = STATE_ROLES - {"MIL"}
# An untitled person is guessed to be of the article's country only when the article names no
# other country at all (a local story); anywhere else such guesses are too often wrong.
PERSON_DOMINANT_SHARE = 0.9
# Possessive determiners of the third person and the antecedents they take.
_THIRD_POSS = {"sein": "person", "seine": "person", "seinen": "person", "seinem": "person",
               "seiner": "person", "seines": "person", "his": "person",
               "ihr": "any", "ihre": "any", "ihren": "any", "ihrem": "any", "ihrer": "any",
               "ihres": "any", "her": "person", "their": "group", "its": "group"}


def make_code(country: str | None, role: str | None, org_code: str | None) -> str | None:
    """CAMEO actor code: an organisation's own code, else country + role ("IRQGOV"), else
    whichever of the two is known ("IRQ", "REB")."""
    if org_code:
        return org_code
    if country and role:
        return country + role
    return country or role


def _last_name(name: str) -> str | None:
    words = name.replace("’", "'").split()
    return words[-1] if words else None


def _last_name_keys(name: str) -> list[str]:
    """"Bashar al-Assad" is "al-Assad" and also plain "Assad" later on."""
    ln = _last_name(name)
    if not ln:
        return []
    keys = [ln.casefold()]
    for prefix in ("al-", "el-"):
        if keys[0].startswith(prefix) and len(ln) > len(prefix) + 1:
            keys.append(keys[0][len(prefix):])
    return keys


def resolve(doc: Doc, det: Detector, cands: list[Cand]) -> list[ActorMention]:
    toks = doc.tokens
    lang = det.lang
    # -- country statistics (for state actors without a country) -----------------------------
    counts: Counter[str] = Counter()
    for t in toks:
        if not t.text[:1].isalpha():
            continue
        m = det.country(t.text)
        if m is not None and not m.pro:
            counts[m.iso3] += 1
    # in a German story that names no country at all, towns and regions count for theirs
    # ("in Aargau", "Meran  (ki). Der Gemeinderat ..."); a dateline's place counts twice, being
    # where the story is from.  (Where countries are named, a town is as often the other
    # side's; English unnamed bodies take the story's places in a narrower way below.)
    opens = {s.start for s in doc.sentences}
    for e in doc.entities if lang == "de" and not counts else ():
        if e.type == "LOC" and e.country and det.country(e.text) is None:
            dateline = e.start in opens and doc.text[e.end:e.end + 4].lstrip().startswith("(")
            counts[e.country] += 2 if dateline else 1
    total = sum(counts.values())
    dominant = None
    person_dominant = None
    if total:
        top, n_top = counts.most_common(1)[0]
        if n_top >= 2 and n_top / total >= PERSON_DOMINANT_SHARE:
            person_dominant = top
        iso, n = counts.most_common(1)[0]
        second = counts.most_common(2)[1][1] if len(counts) > 1 else 0
        if n >= 2 and (n / total >= DOMINANT_SHARE or (n / total >= 0.4 and n >= 2 * second)):
            dominant = iso

    # -- well-known leaders: a table fills what the text does not say -------------------------
    for c in cands:
        if c.kind == "person" and c.name:
            kp = det.lex.known_person(c.name)
            if kp is None and lang == "de" and c.name.endswith("s"):
                kp = det.lex.known_person(c.name[:-1])  # "Erdoğans"
            if kp is not None:
                if not c.country_explicit and not c.org:
                    c.country, c.country_explicit = kp.country, kp.country is not None
                c.role = c.role or kp.role
                if kp.org is not None and not c.org:
                    c.org, c.code = kp.org.name, kp.org.code

    # -- persons the entity stage put in one cluster share what is known of them -------------
    cluster_of = (doc.analyses.get("entities") or {}).get("cluster_of") or []
    best: dict[int, Cand] = {}
    for c in cands:
        if c.kind == "person" and c.entity is not None and c.entity < len(cluster_of):
            k = cluster_of[c.entity]
            b = best.get(k)
            if b is None or (c.country and not b.country) or (c.role and not b.role):
                best[k] = c
    for c in cands:
        if c.kind == "person" and c.entity is not None and c.entity < len(cluster_of):
            b = best[cluster_of[c.entity]]
            if b is not c and not c.country and not c.role:
                c.country, c.role, c.org, c.code = b.country, b.role, b.org, b.code
                c.country_explicit = b.country_explicit
            elif b is not c and not c.country and b.country and not c.org:
                c.country = b.country  # "presidential candidate X" ... "X, a Belarusian ..."
            if b is not c and b.name and len(b.name) > len(c.name or ""):
                c.name = b.name  # "Al-Kadhimi" is Mustafa al-Kadhimi

    # -- persons by last name --------------------------------------------------------------------
    people: dict[str, Cand] = {}
    for c in cands:
        if c.kind == "person" and c.name:
            for ln in _last_name_keys(c.name):
                if ln not in people or (c.country and not people[ln].country) \
                        or (c.role and not people[ln].role):
                    people[ln] = c
    owned = [False] * len(toks)
    for c in cands:
        for k in range(c.start, c.end):
            owned[k] = True
    extra: list[Cand] = []
    # a well-known leader named by last name only ("Putin pulls Russia out ..."); short last
    # names ("May", "Kurz", "Lam") are too often ordinary words to be trusted alone
    for t in toks:
        if owned[t.i] or t.text.casefold() in people or not t.text[:1].isupper() or \
                (len(t.text) < 5 and "-" not in t.text):
            continue
        if t.pos not in ("NE", "NP0") and not (t.pos in ("NN", "NN1") and
                                               t.i > doc.sentences[t.sent].tok_start):
            continue
        lk = t.text.casefold()
        kp = det.lex.people_last.get(lk)
        if kp is None and lang == "de" and t.text.endswith("s"):
            lk = lk[:-1]
            kp = det.lex.people_last.get(lk)  # "Erdoğans Partei"
        if kp is not None and lk not in people:
            c = Cand(t.i, t.i + 1, t.i, "person", name=kp.name, country=kp.country,
                     country_explicit=kp.country is not None, role=kp.role)
            if kp.org is not None:
                c.org, c.code = kp.org.name, kp.org.code
            for k in _last_name_keys(kp.name) + [lk]:
                people.setdefault(k, c)
    if people:
        for t in toks:
            if owned[t.i] or not t.text[:1].isupper():
                continue
            key = t.text.casefold()
            if key not in people and lang == "de" and key.endswith("s") and key[:-1] in people:
                key = key[:-1]  # "Johnsons Vorgängerin"
            if key in people:
                # "al - Assad" tokenised apart: take the whole hyphenated run
                start = t.i
                while start >= 2 and toks[start - 1].text in ("-", "‐") and \
                        toks[start - 2].text.casefold() in ("al", "el") and \
                        not owned[start - 1] and not owned[start - 2]:
                    start -= 2
                end = t.i + 1
                if lang == "en" and end < len(toks) and toks[end].text in ("'s", "’s"):
                    end += 1
                extra.append(Cand(start, end, t.i, "person", name=people[key].name))
                for k in range(start, end):
                    owned[k] = True
    cands = sorted(cands + extra, key=lambda c: c.start)
    for c in cands:
        if c.kind == "person" and c.name:
            p = next((people[k] for k in _last_name_keys(c.name) if k in people), None)
            if p is not None and p is not c:
                c.name = p.name if len(p.name or "") > len(c.name) else c.name
                c.country = c.country or p.country
                c.country_explicit = c.country_explicit or p.country_explicit
                c.role = c.role or p.role
                c.org, c.code = c.org or p.org, c.code or p.code
                c.title = c.title or p.title

    # -- bare role nouns: antecedents, then context --------------------------------------------
    places: dict[int, str | None] = {}
    article_place: str | None | bool = False  # computed when first needed
    for idx, c in enumerate(cands):
        if c.kind in ("country", "org") or c.country_explicit:
            continue
        sent = toks[c.head].sent
        if lang == "en" and c.role in GROUP_ROLES and not c.foreign and \
                not c.extra.get("located") and c.kind != "states":
            # "Thousands of workers went on strike in Bangladesh" after "workers in Detroit":
            # the sentence's own place says whose an unnamed group is before any antecedent
            if sent not in places:
                places[sent] = _place_country(doc, sent)
            if places[sent]:
                c.country = places[sent]
                continue
        if lang == "de" and c.role in LOCAL_FORCE_ROLES and not c.foreign and \
                not c.extra.get("located") and c.kind != "states":
            # "Im Hafen von Rotterdam beschlagnahmte die Polizei ...": police and protesters
            # are of the place their sentence is set in, whatever the article's country
            key = -1 - sent  # (the German reading of the sentence's place)
            if key not in places:
                places[key] = _place_country(doc, sent, "de")
            if places[key]:
                c.country = places[key]
                continue
        ante = None
        for p in reversed(cands[:idx]):
            if sent - toks[p.head].sent > ANTECEDENT_SENTENCES:
                break
            if c.org == "coalition" and p.org and "coalition" in p.org and p.org != "coalition":
                ante = p
                break
            if c.noun and p.kind == "org" and not c.foreign and \
                    doc.text[toks[p.start].start:toks[p.end - 1].end].casefold().endswith(c.noun):
                ante = p  # "die Kommission" after "die EU-Kommission"
                break
            if c.noun and (p.noun == c.noun or (c.title and p.title == c.title)) and \
                    (p.country or p.name or p.foreign) and not c.foreign and not c.extra.get("poss"):
                ante = p  # "die Armeen" after "ausländische Armeen" stays foreign
                break
        if ante is not None and lang == "en" and ante.kind == "person" and c.kind == "person" \
                and toks[ante.head].sent < sent and _opens_sentence(doc, c):
            ante = _first_of_kind(cands[:idx], ante, toks)
        if ante is not None:
            if ante.kind == "org" and c.noun and c.org != "coalition":
                c.org, c.code, c.name, c.role = ante.org, ante.code, ante.name, ante.role
                c.country = ante.country
            elif c.org == "coalition" and ante.org and ante.org != "coalition":
                c.org, c.code, c.name, c.role = ante.org, ante.code, ante.name, ante.role
                c.country = c.country or ante.country
            else:
                c.country = ante.country
                c.country_explicit = ante.country_explicit
                c.foreign = c.foreign or (ante.foreign and not ante.country)
                if c.kind == "person" and not c.name and ante.kind == "person" and ante.name \
                        and c.title and c.title == ante.title:
                    c.name = ante.name
            continue
        poss = c.extra.get("poss")
        if poss and poss in _THIRD_POSS:
            typ = _THIRD_POSS[poss]
            for p in reversed(cands[:idx]):
                if sent - toks[p.head].sent > 1:
                    break
                if _compatible(typ, p) or (typ == "any" and p.kind == "country"):
                    c.country, c.foreign = p.country, p.foreign
                    break
            else:
                c.foreign = True  # owner unknown: do not guess
            continue
        possessor = c.extra.get("possessor")
        if possessor is not None:
            owner_c = next((p for p in cands if p.start <= possessor < p.end), None)
            if owner_c is not None and (owner_c.country or owner_c.org):
                c.country = owner_c.country
                if owner_c.kind == "org" and not c.org:
                    c.org, c.code = owner_c.org, owner_c.code
                    c.role = owner_c.role if c.role == "GOV" else c.role
                continue
        if c.kind == "person" and not c.role and not c.country and not c.org and \
                person_dominant and not c.foreign:
            c.country = person_dominant  # an untitled person: likely of the article's country
            continue
        fed = c.extra.get("federal")
        if fed and not c.country:
            c.country = max(fed, key=lambda iso: (counts.get(iso, 0), iso == fed[0]))
            continue
        if c.foreign or c.country or (c.role not in PLACE_ROLES) or c.kind == "states" or \
                c.extra.get("located"):
            continue
        # Not the country named earlier in the sentence: that is as often the other party
        # ("Die USA kritisierten die Regierung") as the actor's own.
        if dominant and c.role in INFER_ROLES:
            c.country = dominant
        elif lang == "en":
            if sent not in places:
                places[sent] = _place_country(doc, sent)
            c.country = places[sent]
        if not c.country and lang == "en" and c.role in PLACE_STATE_ROLES and c.kind == "group":
            # "Thousands marched in Tbilisi. Police arrested 40": too few country words for a
            # dominant country, but the story's places are all of one country
            if article_place is False:
                article_place = _article_place(doc, det)
            if article_place and not _other_country_in(doc, det, sent, article_place):
                c.country = article_place

    # the Swiss Bundesrat governs; the German one legislates
    for c in cands:
        if c.country and det.federal_roles:
            c.role = det.federal_roles.get((toks[c.head].text.casefold(), c.country), c.role)

    # -- pronouns ------------------------------------------------------------------------------
    pron = det.lex.pronouns
    owned = [False] * len(toks)
    for c in cands:
        for k in range(c.start, c.end):
            owned[k] = True
    pron_cands: list[Cand] = []
    for t in toks:
        typ = pron.get(t.text.casefold())
        if typ is None or owned[t.i] or t.pos in ("PPOSAT", "DPS"):
            continue
        if lang == "en" and t.text.casefold() == "her" and t.i + 1 < len(toks) and \
                toks[t.i + 1].upos in ("NOUN", "ADJ"):
            continue  # possessive "her government"
        s0 = doc.sentences[t.sent].tok_start
        initial = all(not toks[k].text[:1].isalnum() for k in range(s0, t.i))
        if typ == "thing":
            j = t.i + 1
            if lang == "en" and initial:  # "It also accused India ...", "It later said"
                while j < len(toks) and j <= t.i + 2 and toks[j].upos == "ADV":
                    j += 1
            nxt = toks[j] if j < len(toks) else None
            if nxt is None or nxt.text.casefold() in _BE or not (nxt.upos in ("VERB", "AUX")):
                continue
        window = 0 if typ == "thing" else PRONOUN_SENTENCES
        ante = None
        if lang == "en" and typ == "thing" and initial and t.sent > 0:
            # "The Pakistani government rejected ... It also accused India": a sentence-initial
            # "it" + verb continues the previous sentence's first state, body or organisation
            prev = [p for p in cands if toks[p.head].sent == t.sent - 1 and _it_can_be(p, toks)]
            ante = prev[0] if prev else None
        pair = _coordinated_subject(doc, cands, t.sent - 1) \
            if lang == "en" and typ == "group" and initial and t.sent > 0 else None
        if pair is not None:
            # "Haley and DeSantis took aim at each other. They accused each other ...": "they"
            # are both parties of the previous sentence's coordinated subject
            for p in pair:
                pc = Cand(t.i, t.i + 1, t.i, "pronoun", name=p.name, country=p.country,
                          role=p.role, org=p.org, code=p.code)
                pc.extra["antecedent"] = p
                pron_cands.append(pc)
            continue
        if initial and t.sent > 0 and typ != "thing":
            # a sentence-initial pronoun continues the previous sentence's subject: take the
            # first compatible actor of the nearest earlier sentence that has one
            for back in range(1, window + 1):
                prev = [p for p in cands if toks[p.head].sent == t.sent - back
                        and p.kind != "pronoun" and _compatible(typ, p)]
                if prev:
                    ante = prev[0]
                    break
        fallback = None
        for p in ([] if ante is not None else reversed(cands)):
            if p.start >= t.i or p.kind == "pronoun":
                continue
            if t.sent - toks[p.head].sent > window:
                break
            if _compatible(typ, p):
                if typ == "group" and p.kind != "group":
                    fallback = fallback or p  # "they" are people before they are states
                    continue
                ante = p
                break
        ante = ante or fallback
        if ante is not None:
            pc = Cand(t.i, t.i + 1, t.i, "pronoun", name=ante.name, country=ante.country,
                      role=ante.role, org=ante.org, code=ante.code)
            pc.extra["antecedent"] = ante
            pron_cands.append(pc)
    cands = sorted(cands + pron_cands, key=lambda c: c.start)

    # -- to ActorMentions ----------------------------------------------------------------------
    out: list[ActorMention] = []
    for c in cands:
        start, end = toks[c.start].start, toks[c.end - 1].end
        text = doc.text[start:end]
        name = c.name
        if name is None and c.kind == "country" and c.country:
            from ..gazetteer.countries import country_name
            name = country_name(c.country, lang)
        code = make_code(c.country, c.role, c.code)
        if c.org == "coalition" and not c.code:
            code = None  # an unnamed coalition has no CAMEO code ("USAIGO" would be wrong)
        actor = Actor(text=text, name=name, code=code,
                      country=c.country, role=c.role, org=c.org)
        out.append(ActorMention(start=start, end=end, sent=toks[c.start].sent, actor=actor,
                                head=c.head, entity=c.entity))
        for iso in c.extra.get("coord_countries", ()) if not c.code else ():
            # "Russian and Syrian warplanes": the same words name a second party
            if iso != c.country:
                out.append(ActorMention(start=start, end=end, sent=toks[c.start].sent,
                                        head=c.head, entity=c.entity, actor=Actor(
                                            text=text, code=make_code(iso, c.role, None),
                                            country=iso, role=c.role, org=c.org)))
    return out


@functools.cache
def _articles(lang: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in load_lines(lang, "syntax/articles.txt"))


def _opens_sentence(doc: Doc, c: Cand) -> bool:
    """The mention stands first in its sentence ("The president also criticised ..."), where
    English news continues the previous sentence's subject."""
    toks = doc.tokens
    s0 = doc.sentences[toks[c.head].sent].tok_start
    articles = _articles(doc.lang or "en")
    return all(toks[k].text.casefold() in articles or not toks[k].text[:1].isalnum()
               for k in range(s0, c.start))


def _first_of_kind(cands: list[Cand], ante: Cand, toks) -> Cand:
    """The first mention in the antecedent's sentence with the same title or role noun: of
    "Putin met President Xi. ... The president said", the sentence's subject (Putin), which
    a sentence-initial description continues, rather than the nearest match (Xi)."""
    sent = toks[ante.head].sent
    for p in cands:
        if toks[p.head].sent == sent and p.kind == "person" and (p.country or p.name) and (
                (ante.title and p.title == ante.title) or (ante.noun and p.noun == ante.noun)):
            return p
    return ante


def _coordinated_subject(doc: Doc, cands: list[Cand], sent: int) -> tuple[Cand, Cand] | None:
    """The two actors the sentence opens with when "and" joins them ("India and Pakistan
    ...", "Haley and DeSantis ..."), else None."""
    if sent < 0:
        return None
    toks = doc.tokens
    first = [p for p in cands if toks[p.head].sent == sent and p.kind != "pronoun"][:2]
    if len(first) < 2 or not _opens_sentence(doc, first[0]):
        return None
    a, b = first
    between = [x.text.casefold() for x in toks[a.end:b.start]]
    if between != ["and"] or a.kind not in _PARTY_KINDS or b.kind not in _PARTY_KINDS:
        return None
    return a, b


def _it_can_be(p: Cand, toks) -> bool:
    """What English "it" can stand for: a state, an organisation, or a body named by a
    singular noun ("the government", not "the protesters")."""
    if p.kind in ("country", "org"):
        return p.role not in ("MED", "BUS")
    return p.kind == "group" and toks[p.head].pos not in ("NN2", "NP2", "NNS", "NNPS")


def _place_country(doc: Doc, sent: int, lang: str = "en") -> str | None:
    """The country of the places the sentence names after a locative preposition ("in
    Tbilisi", "across France", "in northern Nigeria"), when they are all of one country;
    None when there are none or several (then the place says nothing about whose a group is)."""
    found = set(_located_countries(doc, sent, lang))
    return found.pop() if len(found) == 1 else None


def _located_countries(doc: Doc, sent: int, lang: str = "en") -> list[str]:
    """The countries of the places the sentence names after a locative preposition, one per
    place mention."""
    return [ent.country for ent in _located_places(doc, sent, lang)]


def _located_places(doc: Doc, sent: int, lang: str = "en") -> list:
    """The place entities (with a country) the sentence names after a locative preposition."""
    from .detect import _LOCATIVE
    s = doc.sentences[sent]
    toks = doc.tokens
    starts = {toks[i].start: i for i in range(s.tok_start, s.tok_end)}
    found: list = []
    for ent in doc.entities:
        if ent.type != "LOC" or not ent.country or not (s.start <= ent.start < s.end):
            continue
        k = starts.get(ent.start)
        if k is None:
            continue
        j = k - 1  # back over "the", "northern": "in the north-east of", "in northern Nigeria"
        while j > s.tok_start and j >= k - 3 and (toks[j].upos == "ADJ"
                                                    or toks[j].text.casefold() == "the"
                                                    or (lang == "de" and toks[j].upos == "DET")):
            j -= 1
        if j >= s.tok_start and toks[j].text.casefold() in _LOCATIVE[lang]:
            found.append(ent)
        elif lang == "de" and j - 1 > s.tok_start and toks[j - 1].upos == "NOUN" \
                and toks[j].text.casefold() in place_links("de"):
            # "im Hafen von Rotterdam", "in der Nähe von Kabul"
            m = j - 2
            while m > s.tok_start and toks[m].upos in ("DET", "ADJ"):
                m -= 1
            if toks[m].text.casefold() in _LOCATIVE["de"]:
                found.append(ent)
    return found


def _article_place(doc: Doc, det: Detector) -> str | None:
    """The country of the article's places -- places after a locative preposition ("in
    Tbilisi", "across France") and any city or state ("Maine Sen. Susan Collins") -- when one
    country has at least ARTICLE_PLACE_SHARE of them; None otherwise.  Unlike the dominant
    country it counts cities and needs no second mention, so a short story set in one place
    ("Thousands marched in Tbilisi ...") has one; a country only talked about ("support for
    Ukraine") is none."""
    located = {ent.start for k in range(len(doc.sentences)) for ent in _located_places(doc, k)}
    counts = Counter(e.country for e in doc.entities if e.type == "LOC" and e.country and (
        e.start in located or det.country(e.text) is None))
    if not counts:
        return None
    top, n = counts.most_common(1)[0]
    return top if n / sum(counts.values()) >= ARTICLE_PLACE_SHARE else None


def _other_country_in(doc: Doc, det: Detector, sent: int, iso: str) -> bool:
    """The sentence names a country other than ``iso`` (a place of it or a country word):
    then an unnamed government or police may as well be that country's ("Russia warned
    the government")."""
    s = doc.sentences[sent]
    if any(e.type == "LOC" and e.country and e.country != iso and s.start <= e.start < s.end
           for e in doc.entities):
        return True
    for t in doc.tokens[s.tok_start:s.tok_end]:
        if t.text[:1].isupper():
            m = det.country(t.text)
            if m is not None and not m.pro and m.iso3 != iso:
                return True
    return False


def _compatible(typ: str, p: Cand) -> bool:
    if p.kind == "pronoun" or p.kind == "thing":
        return False
    if typ == "person":
        return p.kind == "person"
    if p.kind == "org" and p.role in ("MED", "BUS"):
        return False  # agencies and platforms report; "they" is rarely Reuters or Twitter
    if typ == "group":
        return p.kind in ("group", "org", "country")
    if typ == "thing":
        return p.kind in ("org", "country")
    return p.kind in ("person", "group", "org")
