"""Document-level pass: one name, one entity, one type.

What it does, in order:

1. canonical names (``canon``);
2. person tracking: a lone word that is the last part of a person named in full elsewhere in
   the article ("al-Kadhimi", "Johnsons") is that person, and takes the full name;
3. acronyms written after their long form ("Terrormiliz Islamischer Staat (IS)") join the long
   form's entity and take its name;
4. type consistency: every mention of a name takes the type of its best-evidenced mention
   (gazetteer or keyword over given name or title over guesses);
5. clusters of mentions that name the same thing;
6. role nouns: a definite role noun ("der Ministerpräsident", "the president") that was used as
   the title of a named person earlier in the article refers to that person.
"""

from __future__ import annotations

import functools

from dataclasses import dataclass, field

from ..doc import Doc
from ..lang import load_lines
from .canon import canonical
from .lexicon import Lexicon
from .recognizer import Mention, _acronym

@functools.cache
def _definite() -> frozenset[str]:
    """Definite articles of both languages (lang/*/syntax/definite_articles.txt), lower-case
    and capitalised: German text quotes English, and a name may open a sentence."""
    words = {w for lang in ("de", "en") for w in load_lines(lang, "syntax/definite_articles.txt")}
    return frozenset(words | {w.capitalize() for w in words})


@dataclass
class Linked:
    mentions: list[Mention]
    names: list[str]
    clusters: list[list[int]] = field(default_factory=list)
    cluster_of: list[int] = field(default_factory=list)
    titles: dict[int, str] = field(default_factory=dict)
    role_refs: list[dict] = field(default_factory=list)


def link(doc: Doc, mentions: list[Mention], lex: Lexicon, gaz=None) -> Linked:
    toks, text, lang = doc.tokens, doc.text, doc.lang
    surf = [text[toks[m.first].start:m.char_end or toks[m.last].end] for m in mentions]
    names = [canonical(s, m, lang, gaz) for s, m in zip(surf, mentions)]

    # 2. persons named in full, indexed by their last name
    full: dict[str, str] = {}
    for m, nm in zip(mentions, names):
        if m.type == "PERSON" and m.last > m.first and m.strength >= 1:
            last = toks[m.last].text
            if _acronym(last) or len(last) < 2:
                continue
            full.setdefault(last, nm)
            head, sep, rest = last.partition("-")  # "al-Asad": also "Asad"
            if sep and head.lower() in lex.particles and rest[:1].isupper():
                full.setdefault(rest, nm)
    for i, m in enumerate(mentions):
        if m.first != m.last:
            continue
        w = toks[m.first].text
        key = w if w in full else (w[:-1] if w.endswith("s") and w[:-1] in full else None)
        if key is None or (m.entry is not None and m.entry.kind in ("COUNTRY",) ):
            continue
        if m.entry is not None and m.entry.type == "ORG" and not m.entry.ambiguous:
            continue
        m.type, m.rule, m.strength, m.entry = "PERSON", "person-tracking", 2, None
        names[i] = full[key]

    # two persons joined ("Putin-Erdogan talks") are no third person
    for m in mentions:
        if m.first == m.last and m.type == "PERSON" and m.strength <= 1:
            parts = toks[m.first].text.split("-")
            if len(parts) == 2 and all(p in full for p in parts):
                m.type = "MISC"

    # 3. acronym after its long form: LONG ( ACR )
    for i in range(1, len(mentions)):
        a, b = mentions[i - 1], mentions[i]
        if b.first == b.last and _acronym(toks[b.first].text) and b.first - a.last == 2 \
                and toks[a.last + 1].text == "(" and b.last + 1 < len(toks) \
                and toks[b.last + 1].text == ")" and a.type in ("ORG", "MISC", "LOC"):
            acr = toks[b.first].text
            if b.entry is None:
                b.type = a.type if a.type != "MISC" else "ORG"
                a.type = b.type
            long_name = names[i - 1]
            for x, m in enumerate(mentions):
                if names[x] == acr or toks[m.first].text == acr and m.first == m.last:
                    names[x] = long_name
                    m.type = a.type
            names[i] = long_name

    # 4. one type per name: the best-evidenced mention decides
    best: dict[str, Mention] = {}
    for m, nm in zip(mentions, names):
        cur = best.get(nm)
        if cur is None or m.strength > cur.strength:
            best[nm] = m
    for m, nm in zip(mentions, names):
        if m.strength < best[nm].strength:
            m.type = best[nm].type

    # 5. clusters by canonical name
    ids: dict[str, int] = {}
    clusters: list[list[int]] = []
    cluster_of: list[int] = []
    for i, nm in enumerate(names):
        key = nm.casefold()
        if key not in ids:
            ids[key] = len(clusters)
            clusters.append([])
        clusters[ids[key]].append(i)
        cluster_of.append(ids[key])
    linked = Linked(mentions, names, clusters, cluster_of)

    # 6. titles and the role nouns that refer back to them
    last_with_title: dict[str, int] = {}
    by_start = {m.first: i for i, m in enumerate(mentions)}
    for i, m in enumerate(mentions):
        if m.type == "PERSON" and m.first > 0:
            t = toks[m.first - 1]
            if t.text in lex.title and t.upos == "NOUN":
                linked.titles[i] = t.text
    title_positions = {mentions[i].first - 1: i for i in linked.titles}
    for t in toks:
        if t.i in title_positions:
            last_with_title[t.text] = title_positions[t.i]
            continue
        if t.text in last_with_title and t.i > 0 and toks[t.i - 1].text in _definite() \
                and (t.i + 1) not in by_start:
            e = last_with_title[t.text]
            linked.role_refs.append({"start": t.start, "end": t.end, "token": t.i,
                                     "title": t.text, "entity": e, "cluster": cluster_of[e]})
    return linked
