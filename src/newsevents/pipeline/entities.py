"""Named entities: persons, organisations, places (and, on request, other names).

The component runs the model-free recogniser of ``newsevents.ner`` sentence by sentence, then
the document-level linking pass, and writes ``doc.entities`` (one ``Entity`` per mention, in
text order) plus ``doc.analyses["entities"]`` for later components:

``doc.analyses["entities"]`` is a dict with

- ``clusters``: list of lists of indices into ``doc.entities`` — mentions of the same thing
  ("Mustafa al-Kadhimi", "al-Kadhimi"; "Terrormiliz Islamischer Staat", "IS");
- ``cluster_of``: for each entity index, its cluster id;
- ``rules``: for each entity index, the cue that typed it ("gazetteer", "org-keyword",
  "first-name", "title", "person-tracking", ...);
- ``kinds``: for each entity index, the gazetteer kind when the name is known (COUNTRY CITY
  ADM1 REGION SEA, or IGO PARTY MEDIA AGENCY MILITANT GOV LEG MIL COMPANY NGO ...), else None;
- ``titles``: {entity index: title word written right before the person's name}
  ("Ministerpräsident" for "Ministerpräsident Mustafa al-Kadhimi");
- ``role_refs``: list of {start, end, token, title, entity, cluster}: a definite role noun
  ("der Ministerpräsident") that names the person last introduced with that title;
- ``candidates``: {entity index: [GazEntry, ...]} every gazetteer reading of a known name
  (the geo component picks one place among them).

Settings (``[components.entities]``): ``misc`` (bool, default false) — also output MISC
entities (names that are neither persons, organisations nor places, e.g. laws or events);
``compound_prefixes`` (bool, default false) — also output the known name that starts a German
compound ("UN" in "UN-Sonderberichterstatter", "US" in "US-Kräfte") as an entity of its own
(a span inside the token).  Off by default: NER conventions (GermEval) do not count such parts
as entities, and the actors stage reads country prefixes itself.
"""

from __future__ import annotations

from typing import Any

from ..doc import Doc
from ..record import Entity
from ..registry import components
from .base import Component


@components.register("newsevents.entities.v1")
class Entities(Component):
    name = "entities"
    requires = ("tokens", "pos")
    assigns = ("entities",)

    def __init__(self, settings: dict[str, Any] | None = None):
        super().__init__(settings)
        self.misc = bool(self.settings.get("misc", False))
        self.compound_prefixes = bool(self.settings.get("compound_prefixes", False))
        self._gazetteer = None
        self._recognizers: dict[str, Any] = {}
        self._lexicons: dict[str, Any] = {}

    @property
    def gazetteer(self):
        if self._gazetteer is None:
            from ..ner.gazetteer import Gazetteer
            self._gazetteer = Gazetteer()
        return self._gazetteer

    def recognizer(self, lang: str):
        if lang not in self._recognizers:
            from ..ner.lexicon import load_lexicon
            from ..ner.recognizer import Recognizer
            self._lexicons[lang] = load_lexicon(lang)
            self._recognizers[lang] = Recognizer(lang, self._lexicons[lang], self.gazetteer,
                                                 compound_prefixes=self.compound_prefixes)
        return self._recognizers[lang]

    def __call__(self, doc: Doc) -> Doc:
        from ..ner.linking import link
        lang = doc.lang if doc.lang in ("de", "en") else "de"
        rec = self.recognizer(lang)
        mentions = []
        for _, toks in doc.iter_sentences():
            mentions.extend(rec.sentence(toks, doc.text))
        linked = link(doc, mentions, self._lexicons[lang], self.gazetteer)
        keep = [i for i, m in enumerate(linked.mentions)
                if m.type != "MISC" or self.misc]
        index = {old: new for new, old in enumerate(keep)}
        toks, text = doc.tokens, doc.text
        ents: list[Entity] = []
        rules, kinds = [], []
        candidates: dict[int, list] = {}
        for i in keep:
            m = linked.mentions[i]
            s, e = toks[m.first].start, m.char_end or toks[m.last].end
            country = m.entry.country if m.entry is not None else None
            ents.append(Entity(text=text[s:e], start=s, end=e, type=m.type,
                               name=linked.names[i], country=country))
            if m.entry is not None:
                candidates[len(ents) - 1] = self.gazetteer.lookup(text[s:e], lang=lang) \
                    or [m.entry]
            rules.append(m.rule)
            kinds.append(m.entry.kind if m.entry is not None else None)
        clusters = [[index[i] for i in c if i in index] for c in linked.clusters]
        clusters = [c for c in clusters if c]
        cluster_of = [0] * len(ents)
        for cid, c in enumerate(clusters):
            for i in c:
                cluster_of[i] = cid
        doc.entities = ents
        doc.analyses["entities"] = {
            "clusters": clusters, "cluster_of": cluster_of, "rules": rules, "kinds": kinds,
            "titles": {index[i]: t for i, t in linked.titles.items() if i in index},
            "role_refs": [dict(r, entity=index[r["entity"]], cluster=cluster_of[index[r["entity"]]])
                          for r in linked.role_refs if r["entity"] in index],
            "candidates": candidates,
        }
        return doc
