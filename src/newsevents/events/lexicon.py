"""Event lexicons: which words signal which CAMEO event, with the frame that decides it.

The lexicons are YAML data files, one per kind and language, under
``lang/<lang>/events/``: ``verbs.yaml``, ``nouns.yaml`` (both may hold the sections below in
any combination; every ``*.yaml`` file of the folder is read, in name order).  A researcher
extends them without Python; ``newsevents lexicon check`` validates them.

File format (each top-level key is a section holding a list of entries)::

    verbs:                       # a verb that reports an event
      - lemma: abziehen          # the lemma as the tagger (HanTa) gives it; German separable
                                 # verbs with the particle joined ("abziehen": "zog ... ab")
        cameo: "0874"            # CAMEO code, ALWAYS quoted (YAML reads 0871 as a number)
        particle: ab             # separable particle / English phrasal particle ("pull out")
        reflexive: false         # true: only with a reflexive pronoun ("sich bedanken")
        prep: bei                # the frame's preposition ("sich bedanken bei X")
        prep_required: true      # the frame applies only when `prep` is there; default: true
                                 # when target is none ("bestehen auf", "insist on": the
                                 # preposition makes the meaning), false when target is prep
                                 # ("verhandeln mit": negotiating without "mit" is still one)
        target: prep             # where the target is: object | prep | none   (default object)
                                 # | noun: only an event noun after `prep` codes the event,
                                 # its own parties ("es kam zu Zusammenstößen zwischen X
                                 # und Y": X, Y); without such a noun nothing is coded
        obj: acc                 # German: case of the object (acc | dat | none)
        object_required: true    # only with an object ("warned the Saudis" is a threat,
                                 # "warned that ..." is reported speech); default false
        target_required: true    # coded only when the target is a person, group or
                                 # organisation, not a place or a thing ("traf Macron" is a
                                 # meeting, "traf eine Entscheidung" / "traf die Küste" none)
        with_noun: [Gespräch]    # the frame applies only when the object, or the noun after
                                 # `prep`, is one of these lemmas ("Gespräche führen")
        not_with_noun: [Armut]   # the frame does not apply when one of these nouns is there
                                 # ("Armut bekämpfen" is no fighting)
        with_adjective: [besorgt]  # the frame applies only when one of these words stands
                                 # uninflected in the verb's clause ("zeigte sich besorgt
                                 # über X": a comment of feeling; lower case, matched as written)
        light: true              # a support verb ("verüben", "carry out"): when its object is
                                 # an event noun, that noun's entry gives the code ("carried
                                 # out a car bombing" -> 1832); `cameo` otherwise
        with_infinitive: {cameo_prefix: "13"}   # "drohte, ... zu VERB": the infinitive's event
                                 # re-coded under this root (threat of VERB); `cameo` stays
                                 # the code when no coded infinitive follows
        forms: [retook]          # surface forms the tagger mis-lemmatises, matched as-is
        implied_source: COP      # the CAMEO role that does this act when no agent is named
                                 # ("91 Menschen wurden festgenommen" -> police; "verurteilt"
                                 # -> JUD): given the country of the place, else the article's
        target_prep: [with, to]  # target: prep, but the target follows one of these
                                 # prepositions, not the frame's own `prep` ("spoke by phone
                                 # with X": `prep: by` picks the frame, "with" names X)
        source_roles: [LAB, HLH] # the frame applies only when every source has one of these
                                 # CAMEO roles ("walked out" is a strike only for workers)
        note: "troops withdraw"  # free text for people
    patterns:                    # multi-word expressions: same fields as verbs, `with_noun`
      - lemma: führen            # and/or `prep` required; "Gespräche führen", "call for"
        with_noun: [Gespräch, Verhandlung]
        cameo: "046"
    nouns:                       # event nouns ("Abzug", "attack")
      - lemma: Abzug
        cameo: "0874"
        prep: aus                # preposition introducing the target ("Angriff auf X")
        genitive: source         # role of the genitive / of-phrase: source | target | none
        with_verb: [verhängen]   # optional: only as object of one of these verbs
        implied_source: COP      # as for verbs ("Festnahmen" are made by the police)
        target_prep: [against]   # more prepositions that introduce the target ("sanctions
                                 # on X" and "sanctions against X")
        note: ...
    reporting:                   # verbs introducing reported speech; the reported clause is
      - lemma: mitteilen         # coded with reported_by, and when it holds no event the
        cameo: "010"             # verb itself is coded `cameo` (default "010")
    exclude:                     # words that are never events, though a compound rule or a
      - lemma: Wahlkampf         # shorter entry would make them one ("Wahlkampf" is no "Kampf")

Particle rule (German): when ``particle`` is omitted, it is derived from the lemma if the
lemma begins with one of the separable prefixes listed in ``lang/de/events/particles.txt``
(longest first) and at least 4 letters remain.  Prefixes that are also inseparable (über,
unter, um, durch, wider, wieder, hinter, voll) are never derived: write ``particle: über``
for a separable use, nothing for "überrennen".  ``particle: ""`` says "no particle"
explicitly ("einigen" is not ein+igen, "annektieren" not an+nektieren, "antworten" not
an+tworten).  English particles are never derived.

Only ``true``/``false`` are booleans in these files: "prep: on", "particle: off" are words.

Nouns may be several words ("car bomb", "state of emergency"): :meth:`Lexicon.match_noun`
finds the longest one ending at a head noun.  Lookups are case-folded (so Swiss "ss" finds
"ß": "Strafmassnahme" -> "Strafmaßnahme"), and a German compound finds its longest listed
head ("Us-abzug" -> "Abzug") unless an ``exclude`` entry blocks it.  Every entry records
``source`` ("lang/de/events/verbs.yaml:123") so an emitted event can name its line.

The coder asks :meth:`Lexicon.select_verb` for the best frame of a predicate,
:meth:`Lexicon.match_noun` / :meth:`Lexicon.nouns` for event nouns and
:meth:`Lexicon.reporting` for verbs of saying.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

from ..errors import ConfigError
from ..lang import LANG_ROOT, load_lines

SECTIONS = ("verbs", "patterns", "nouns", "reporting", "exclude")
TARGETS = ("object", "prep", "none", "noun")
CASES = ("acc", "dat", "none")
GENITIVE_ROLES = ("source", "target", "none")
VERB_FIELDS = {"lemma", "cameo", "particle", "reflexive", "prep", "prep_required", "target",
               "obj", "object_required", "with_noun", "not_with_noun", "light", "with_infinitive",
               "forms", "note", "implied_source", "target_required"}
VERB_FIELDS |= {"with_adjective"}  # (round 6: "zeigte sich besorgt", "reagierte empört")
NOUN_FIELDS = {"lemma", "cameo", "prep", "genitive", "with_verb", "forms", "note",
               "implied_source", "target_prep"}
VERB_FIELDS |= {"target_prep", "source_roles"}  # (round 2: frames naming target / source)
REPORTING_FIELDS = {"lemma", "cameo", "particle", "note"}
EXCLUDE_FIELDS = {"lemma", "note"}
FIELDS = {"verbs": VERB_FIELDS, "patterns": VERB_FIELDS, "nouns": NOUN_FIELDS,
          "reporting": REPORTING_FIELDS, "exclude": EXCLUDE_FIELDS}
AMBIGUOUS_PREFIXES = ("über", "unter", "um", "durch", "wider", "wieder", "hinter", "voll")


@dataclass(frozen=True, slots=True)
class VerbEntry:
    """A verb frame (or a multi-word pattern) and the CAMEO code it signals."""

    lemma: str
    cameo: str
    particle: str | None = None
    reflexive: bool = False
    prep: str | None = None
    target: str = "object"
    obj: str | None = None
    prep_required: bool = False         # the frame needs `prep` in the clause
    object_required: bool = False       # the frame needs an object in the clause
    target_required: bool = False       # coded only when its target is a person or group
    with_noun: tuple[str, ...] = ()
    not_with_noun: tuple[str, ...] = ()
    light: bool = False                 # the object noun's own entry codes the event
    with_infinitive: str | None = None  # CAMEO root prefix for "threaten to VERB" frames
    forms: tuple[str, ...] = ()
    note: str = ""
    kind: str = "verbs"                 # "verbs" or "patterns"
    implied_source: str | None = None   # CAMEO role acting when no agent is named
    target_prep: tuple[str, ...] = ()   # prepositions naming the target when not `prep`
    source_roles: tuple[str, ...] = ()  # roles every source must have for the frame
    with_adjective: tuple[str, ...] = ()  # one must stand in the clause ("sich besorgt zeigen")
    lang: str = ""
    source: str = ""

    @property
    def is_pattern(self) -> bool:
        return self.kind == "patterns" or bool(self.with_noun)

    def frame(self) -> tuple:
        """What distinguishes two entries of one lemma; equal frames must share one code."""
        return (self.lemma.casefold(), self.particle or "", self.reflexive, self.prep or "",
                tuple(sorted(n.casefold() for n in self.with_noun)), self.obj or "",
                tuple(sorted(self.with_adjective)), tuple(sorted(self.source_roles)))


@dataclass(frozen=True, slots=True)
class NounEntry:
    """An event noun ("Abzug", "sanctions") and its CAMEO code."""

    lemma: str
    cameo: str
    prep: str | None = None
    genitive: str = "none"
    with_verb: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()
    note: str = ""
    lang: str = ""
    source: str = ""
    implied_source: str | None = None   # CAMEO role acting when no agent is named
    target_prep: tuple[str, ...] = ()   # more prepositions introducing the target

    def takes_prep(self, prep: str | None) -> bool:
        """Whether a phrase with ``prep`` names this noun's target ("sanctions on / against
        X"): the entry's own ``prep`` or one of its ``target_prep``."""
        return prep is not None and (prep == self.prep or prep in self.target_prep)

    def frame(self) -> tuple:
        return (self.lemma.casefold(), self.prep or "",
                tuple(sorted(v.casefold() for v in self.with_verb)))


@dataclass(frozen=True, slots=True)
class ReportingEntry:
    """A verb of saying: introduces reported speech; coded ``cameo`` when nothing else is."""

    lemma: str
    cameo: str = "010"
    particle: str | None = None
    note: str = ""
    lang: str = ""
    source: str = ""

    def frame(self) -> tuple:
        return (self.lemma.casefold(), self.particle or "")


@dataclass(frozen=True, slots=True)
class ExcludeEntry:
    """A lemma that is never an event (blocks compound fallback and entries of that lemma)."""

    lemma: str
    note: str = ""
    lang: str = ""
    source: str = ""
    cameo: str = ""

    def frame(self) -> tuple:
        return (self.lemma.casefold(),)


Entry = VerbEntry | NounEntry | ReportingEntry | ExcludeEntry


@dataclass(frozen=True, slots=True)
class NounMatch:
    """Tokens ``start:end`` form an event noun (``entries``), or an excluded one (empty)."""

    start: int
    end: int
    entries: tuple[NounEntry, ...]


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a lexicon file, with where it is."""

    path: str
    line: int
    message: str
    severity: str = "error"  # "error" fails `lexicon check`; "warning" does not

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.severity}: {self.message}"


# --------------------------------------------------------------------------------- YAML I/O


def _line_loader():
    """A SafeLoader that remembers each mapping's line and each key's line.

    Only true/false are booleans: YAML 1.1 would read the prepositions and particles
    "on", "off", "yes", "no" as booleans ("prep: on"), which no lexicon author means.
    """
    import re

    import yaml

    # libyaml's parser when available (ten times faster; marks and constructors are the same)
    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class LineLoader(base):  # type: ignore[valid-type, misc]
        pass

    bool_tag = "tag:yaml.org,2002:bool"
    LineLoader.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag != bool_tag]
        for first, resolvers in base.yaml_implicit_resolvers.items()}
    LineLoader.add_implicit_resolver(bool_tag, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                                     list("tTfF"))

    def construct_mapping(loader, node, deep=False):
        loader.flatten_mapping(node)
        out: dict[str, Any] = {}
        lines: dict[str, int] = {}
        dups: list[tuple[str, int]] = []
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if key in out:
                dups.append((str(key), key_node.start_mark.line + 1))
            out[key] = loader.construct_object(value_node, deep=True)
            lines[str(key)] = key_node.start_mark.line + 1
        out["__line__"] = node.start_mark.line + 1
        out["__lines__"] = lines
        out["__dups__"] = dups
        return out

    LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)
    return LineLoader


def display_path(path: Path) -> str:
    """"lang/de/events/verbs.yaml" for shipped files, the path as given for others."""
    try:
        return path.resolve().relative_to(LANG_ROOT.parent).as_posix()
    except ValueError:
        return str(path)


def _read(path: Path) -> tuple[Any, list[Problem]]:
    import yaml
    shown = display_path(path)
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        return None, [Problem(shown, 0, "file not found")]
    except UnicodeDecodeError as exc:
        return None, [Problem(shown, 0, f"not UTF-8: {exc}")]
    try:
        data = yaml.load(text, Loader=_line_loader())  # noqa: S506 (a SafeLoader subclass)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 0
        return None, [Problem(shown, line, f"invalid YAML: {getattr(exc, 'problem', exc)}")]
    return data, []


# ------------------------------------------------------------------------------- validation


@functools.lru_cache(maxsize=None)
def separable_prefixes(lang: str) -> tuple[str, ...]:
    """German separable prefixes, longest first (empty for languages without them)."""
    try:
        words = load_lines(lang, "events/particles.txt")
    except ConfigError:
        return ()
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))


def derive_particle(lemma: str, lang: str) -> str | None:
    """The separable particle of a German verb lemma, by the rule in the module docstring."""
    low = lemma.casefold()
    for prefix in separable_prefixes(lang):
        if low.startswith(prefix) and len(low) - len(prefix) >= 4:
            return None if prefix in AMBIGUOUS_PREFIXES else prefix
    return None


def _text(value: Any) -> bool:
    return isinstance(value, str) and value.strip() == value and value != ""


def _words(value: Any) -> list[str] | None:
    """A list of non-empty strings (a single string is accepted as a one-element list)."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(_text(v) for v in value):
        return None
    return list(value)


def _form_problems(section: str, lemma: str, lang: str) -> list[str]:
    """Mistakes of form a lexicon author easily makes: a noun among the verbs, a German noun
    in lower case, an inflected verb instead of its lemma."""
    out = []
    if section in ("verbs", "patterns", "reporting"):
        if lemma != lemma.lower():
            out.append(f"verb lemma {lemma!r} has capitals (a noun? verbs are lower case)")
        elif lang == "de" and not lemma.endswith("n"):
            out.append(f"German verb lemma {lemma!r} is not an infinitive (-n)")
    elif section == "nouns" and lang == "de" and not lemma[:1].isupper():
        out.append(f"German noun {lemma!r} is not capitalised")
    return out


def _check_cameo(raw: Any, where: int, shown: str, problems: list[Problem],
                 name: str = "cameo") -> str | None:
    from .. import ontology
    if not isinstance(raw, str):
        problems.append(Problem(shown, where, f"{name} must be a quoted string like \"0874\", "
                                              f"got {raw!r} (YAML reads 0871 as a number)"))
        return None
    if not ontology.is_known(raw) or ontology.normalize(raw) != raw:
        problems.append(Problem(shown, where, f"unknown CAMEO code {raw!r}"))
        return None
    return raw


def _implied_source(raw: Any, where: int, shown: str, problems: list[Problem]) -> str | None:
    """The ``implied_source`` field: a CAMEO role from the actor lexicon's list (COP, JUD ...),
    so that a typo ("POL") is reported instead of coding a made-up actor."""
    if raw is None or raw == "":
        return None
    from ..actors.lexicon import ROLES
    if not isinstance(raw, str) or raw not in ROLES:
        problems.append(Problem(shown, where, f"implied_source must be a CAMEO role "
                                              f"({', '.join(sorted(ROLES))}), got {raw!r}"))
        return None
    return raw


def _build_entry(section: str, raw: dict[str, Any], lang: str, shown: str,
                 problems: list[Problem]) -> Entry | None:
    line = raw.get("__line__", 0)
    lines = raw.get("__lines__", {})
    at = lambda key: lines.get(key, line)  # noqa: E731
    for key, kline in raw.get("__dups__", []):
        problems.append(Problem(shown, kline, f"field {key!r} given twice"))
    fields = {k: v for k, v in raw.items() if not str(k).startswith("__")}
    unknown = set(fields) - FIELDS[section]
    for key in sorted(unknown, key=str):
        problems.append(Problem(shown, at(key), f"unknown field {key!r} in {section} entry "
                                                f"(allowed: {', '.join(sorted(FIELDS[section]))})"))
    # an unknown field is reported but the entry is still built, so that duplicates and
    # conflicts with it are found in the same run; other problems drop the entry
    before = len(problems)
    lemma = fields.get("lemma")
    if not _text(lemma):
        problems.append(Problem(shown, at("lemma"), "missing or empty lemma"))
        return None
    for msg in _form_problems(section, lemma, lang):
        problems.append(Problem(shown, at("lemma"), msg))
    if section in ("verbs", "reporting") and " " in lemma:
        problems.append(Problem(shown, at("lemma"), f"lemma {lemma!r} has a space: give one word "
                                                    f"and put the rest in particle/prep/with_noun"))
    if section == "exclude":
        if len(problems) > before:
            return None
        note = fields.get("note") or ""
        return ExcludeEntry(lemma=lemma, note=str(note), lang=lang,
                            source=f"{shown}:{line}")
    if "cameo" in fields or section != "reporting":
        cameo = _check_cameo(fields.get("cameo"), at("cameo"), shown, problems)
    else:
        cameo = "010"
    note = fields.get("note", "")
    if note is None:
        note = ""
    if not isinstance(note, str):
        problems.append(Problem(shown, at("note"), "note must be text"))
    forms = _words(fields.get("forms", []))
    if forms is None:
        problems.append(Problem(shown, at("forms"), "forms must be a list of words"))
        forms = []
    src = f"{shown}:{line}"
    implied = _implied_source(fields.get("implied_source"), at("implied_source"), shown,
                              problems)

    def opt_word(key: str) -> str | None:
        v = fields.get(key)
        if v is None or v == "":
            return None
        if not _text(v):
            problems.append(Problem(shown, at(key), f"{key} must be a word, got {v!r}"))
            return None
        return v

    if section == "reporting":
        particle = opt_word("particle")
        if "particle" not in fields and lang == "de":
            particle = derive_particle(lemma, lang)
        if len(problems) > before or cameo is None:
            return None
        return ReportingEntry(lemma=lemma, cameo=cameo, particle=particle, note=note or "",
                              lang=lang, source=src)

    if section == "nouns":
        prep = opt_word("prep")
        genitive = fields.get("genitive", "none")
        if genitive not in GENITIVE_ROLES:
            problems.append(Problem(shown, at("genitive"), f"genitive must be one of "
                                                           f"{', '.join(GENITIVE_ROLES)}, got {genitive!r}"))
        with_verb = _words(fields.get("with_verb", []))
        if with_verb is None:
            problems.append(Problem(shown, at("with_verb"), "with_verb must be a list of verb lemmas"))
            with_verb = []
        more = _words(fields.get("target_prep", []))
        if more is None or (more and not prep):
            problems.append(Problem(shown, at("target_prep"), "target_prep must be a list of "
                                                              "words, beside a prep"))
            more = []
        if len(problems) > before or cameo is None:
            return None
        return NounEntry(lemma=lemma, cameo=cameo, prep=prep, genitive=genitive,
                         with_verb=tuple(with_verb), forms=tuple(forms), note=note or "",
                         lang=lang, source=src, implied_source=implied,
                         target_prep=tuple(more))

    # verbs and patterns
    particle = opt_word("particle")
    if "particle" not in fields and lang == "de":
        particle = derive_particle(lemma, lang)
    if particle and lang == "de" and not lemma.casefold().startswith(particle.casefold()):
        problems.append(Problem(shown, at("particle"), f"particle {particle!r} is not the start "
                                                       f"of the lemma {lemma!r} (German lemmas "
                                                       f"carry their particle)"))
    reflexive = fields.get("reflexive", False)
    if not isinstance(reflexive, bool):
        problems.append(Problem(shown, at("reflexive"), f"reflexive must be true or false, "
                                                        f"got {reflexive!r}"))
    prep = opt_word("prep")
    target = fields.get("target", "object")
    prep_required = fields.get("prep_required", prep is not None and target in ("none", "noun"))
    if not isinstance(prep_required, bool):
        problems.append(Problem(shown, at("prep_required"), f"prep_required must be true or "
                                                            f"false, got {prep_required!r}"))
    elif prep_required and not prep:
        problems.append(Problem(shown, at("prep_required"), "prep_required without a prep"))
    if target not in TARGETS:
        problems.append(Problem(shown, at("target"), f"target must be one of {', '.join(TARGETS)}, "
                                                     f"got {target!r}"))
    elif target in ("prep", "noun") and not prep:
        problems.append(Problem(shown, at("target"), f"target: {target} needs a prep"))
    obj = fields.get("obj")
    if obj is not None and obj not in CASES:
        problems.append(Problem(shown, at("obj"), f"obj must be one of {', '.join(CASES)}, "
                                                  f"got {obj!r}"))
    with_noun = _words(fields.get("with_noun", []))
    if with_noun is None:
        problems.append(Problem(shown, at("with_noun"), "with_noun must be a list of noun lemmas"))
        with_noun = []
    if lang == "de":
        for key in ("with_noun", "not_with_noun"):
            for n in _words(fields.get(key, [])) or []:
                if n[:1].isalpha() and not n[:1].isupper():
                    problems.append(Problem(shown, at(key), f"{key}: German noun {n!r} is not "
                                                            f"capitalised"))
    not_with_noun = _words(fields.get("not_with_noun", []))
    if not_with_noun is None:
        problems.append(Problem(shown, at("not_with_noun"), "not_with_noun must be a list of noun lemmas"))
        not_with_noun = []
    object_required = fields.get("object_required", False)
    if not isinstance(object_required, bool):
        problems.append(Problem(shown, at("object_required"), f"object_required must be true "
                                                              f"or false, got {object_required!r}"))
    target_required = fields.get("target_required", False)
    if not isinstance(target_required, bool):
        problems.append(Problem(shown, at("target_required"), f"target_required must be true "
                                                              f"or false, got {target_required!r}"))
    light = fields.get("light", False)
    if not isinstance(light, bool):
        problems.append(Problem(shown, at("light"), f"light must be true or false, got {light!r}"))
    if section == "patterns" and not with_noun and not prep and not particle:
        problems.append(Problem(shown, line, "a pattern needs with_noun, prep or particle "
                                             "(otherwise list it under verbs)"))
    infinitive = fields.get("with_infinitive")
    prefix = None
    if infinitive is not None:
        if not isinstance(infinitive, dict) or set(k for k in infinitive if not k.startswith("__")) != {"cameo_prefix"}:
            problems.append(Problem(shown, at("with_infinitive"),
                                    "with_infinitive must be {cameo_prefix: \"13\"}"))
        else:
            prefix = _check_cameo(infinitive["cameo_prefix"], at("with_infinitive"), shown,
                                  problems, "cameo_prefix")
            if prefix is not None and cameo is not None and not cameo.startswith(prefix):
                problems.append(Problem(shown, at("with_infinitive"),
                                        f"cameo {cameo} lies outside cameo_prefix {prefix}"))
    target_prep, source_roles = _frame_actors(fields, target, at, shown, problems)
    with_adjective = _adjectives(fields, at, shown, problems)
    if len(problems) > before or cameo is None:
        return None
    return VerbEntry(lemma=lemma, cameo=cameo, particle=particle, reflexive=reflexive,
                     prep=prep, target=target, obj=obj, prep_required=bool(prep_required),
                     with_noun=tuple(with_noun), not_with_noun=tuple(not_with_noun),
                     light=bool(light), object_required=bool(object_required),
                     target_required=bool(target_required),
                     with_infinitive=prefix, forms=tuple(forms), note=note or "",
                     kind=section, lang=lang, source=src, implied_source=implied,
                     target_prep=target_prep, source_roles=source_roles,
                     with_adjective=with_adjective)


def _adjectives(fields: dict[str, Any], at, shown: str,
                problems: list[Problem]) -> tuple[str, ...]:
    """The ``with_adjective`` field, checked: a list of lower-case words (they are matched
    against the text as written, so a capitalised entry would never match)."""
    words = _words(fields.get("with_adjective", []))
    if words is None or any(w != w.lower() for w in words):
        problems.append(Problem(shown, at("with_adjective"), f"with_adjective must be a list "
                                                             f"of lower-case words, got {words!r}"))
        return ()
    return tuple(words)


def _frame_actors(fields: dict[str, Any], target: Any, at, shown: str,
                  problems: list[Problem]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The ``target_prep`` and ``source_roles`` fields of a verb frame, checked: prepositions
    only with ``target: prep`` (elsewhere they would be silently ignored), roles from the actor
    lexicon's list (a typo would make the frame never apply)."""
    from ..actors.lexicon import ROLES
    preps = _words(fields.get("target_prep", []))
    if preps is None:
        problems.append(Problem(shown, at("target_prep"), "target_prep must be a list of words"))
        preps = []
    elif preps and target != "prep":
        problems.append(Problem(shown, at("target_prep"), "target_prep needs target: prep"))
    roles = _words(fields.get("source_roles", []))
    if roles is None or any(r not in ROLES for r in roles):
        problems.append(Problem(shown, at("source_roles"), f"source_roles must be a list of "
                                                           f"CAMEO roles, got {roles!r}"))
        roles = []
    return tuple(preps), tuple(roles)


def parse_file(path: str | Path, lang: str) -> tuple[list[Entry], list[Problem]]:
    """Entries of one lexicon file and the problems found in it (nothing is raised)."""
    path = Path(path)
    shown = display_path(path)
    data, problems = _read(path)
    if data is None:
        if not problems:
            problems.append(Problem(shown, 1, "empty file: expected sections "
                                              + ", ".join(SECTIONS)))
        return [], problems
    if not isinstance(data, dict):
        return [], [Problem(shown, 1, "top level must be a mapping of sections "
                                      + ", ".join(SECTIONS))]
    for key, kline in data.get("__dups__", []):
        problems.append(Problem(shown, kline, f"section {key!r} given twice (the first is lost)"))
    entries: list[Entry] = []
    for section, items in data.items():
        if section.startswith("__"):
            continue
        sline = data["__lines__"].get(section, 1)
        if section not in SECTIONS:
            problems.append(Problem(shown, sline, f"unknown section {section!r} "
                                                  f"(allowed: {', '.join(SECTIONS)})"))
            continue
        if items is None:
            continue
        if not isinstance(items, list):
            problems.append(Problem(shown, sline, f"section {section!r} must be a list of entries"))
            continue
        for raw in items:
            if not isinstance(raw, dict):
                problems.append(Problem(shown, sline, f"{section}: entry {raw!r} is not a mapping"))
                continue
            entry = _build_entry(section, raw, lang, shown, problems)
            if entry is not None:
                entries.append(entry)
    return entries, problems


def section_of(entry: Entry) -> str:
    if isinstance(entry, VerbEntry):
        return entry.kind
    return {NounEntry: "nouns", ReportingEntry: "reporting", ExcludeEntry: "exclude"}[type(entry)]


def find_conflicts(entries: Iterable[Entry]) -> list[Problem]:
    """Duplicates (same frame, same code) and conflicts (same frame, different codes)."""
    seen: dict[tuple, Entry] = {}
    problems = []
    for e in entries:
        key = (section_of(e) if section_of(e) != "patterns" else "verbs", e.lang, e.frame())
        first = seen.get(key)
        if first is None:
            seen[key] = e
            continue
        path, _, line = e.source.rpartition(":")
        if first.cameo == e.cameo:
            msg = f"duplicate of {first.source} ({e.lemma} {e.cameo})"
        else:
            msg = (f"conflicts with {first.source}: {e.lemma} is {first.cameo} there and "
                   f"{e.cameo} here for the same frame")
        problems.append(Problem(path, int(line or 0), msg))
    return problems


def shipped_files(lang: str) -> list[Path]:
    """The lexicon files shipped for ``lang``, in name order."""
    folder = LANG_ROOT / lang / "events"
    return sorted(folder.glob("*.yaml")) if folder.is_dir() else []


def lang_of(path: Path, default: str | None = None) -> str | None:
    """Language of a lexicon file: ``.../lang/<xx>/events/f.yaml`` or a ``<xx>`` name part."""
    parts = path.resolve().parts
    if "events" in parts:
        i = len(parts) - 1 - parts[::-1].index("events")
        if i > 0 and len(parts[i - 1]) == 2:
            return parts[i - 1]
    for token in path.stem.replace("-", "_").replace(".", "_").split("_"):
        if token in {"de", "en"}:
            return token
    return default


# --------------------------------------------------------------------------------- the API


@dataclass
class Lexicon:
    """All event entries of one language, indexed by lemma (case-folded)."""

    lang: str
    entries: list[Entry] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._verbs: dict[str, list[VerbEntry]] = {}
        self._nouns: dict[str, list[NounEntry]] = {}
        self._reporting: dict[str, ReportingEntry] = {}
        self._exclude: set[str] = {e.lemma.casefold() for e in self.entries
                                   if isinstance(e, ExcludeEntry)}
        # multi-word nouns and exclusions ("car bomb", "heart attack"), keyed by last word
        self._multi: dict[str, list[tuple[tuple[str, ...], NounEntry | None]]] = {}
        for e in self.entries:
            if isinstance(e, (NounEntry, ExcludeEntry)) and " " in e.lemma.strip():
                words = tuple(e.lemma.casefold().split())
                self._multi.setdefault(words[-1], []).append(
                    (words, e if isinstance(e, NounEntry) else None))
        for seqs in self._multi.values():
            seqs.sort(key=lambda x: -len(x[0]))
        for e in self.entries:
            if isinstance(e, ExcludeEntry):
                continue
            if isinstance(e, VerbEntry):
                for key in {e.lemma.casefold(), *(f.casefold() for f in e.forms)}:
                    self._verbs.setdefault(key, []).append(e)
            elif isinstance(e, NounEntry):
                for key in {e.lemma.casefold(), *(f.casefold() for f in e.forms)}:
                    self._nouns.setdefault(key, []).append(e)
            else:
                self._reporting.setdefault(e.lemma.casefold(), e)

    def verbs(self, lemma: str) -> list[VerbEntry]:
        """Every frame of this verb lemma (patterns included; see :meth:`select_verb`).

        German separable verbs are looked up with the particle joined: the coder joins
        "zog ... ab" into "abziehen" before asking.
        """
        key = lemma.casefold()
        return [] if key in self._exclude else list(self._verbs.get(key, ()))

    def nouns(self, lemma: str, compounds: bool = True) -> list[NounEntry]:
        """Entries of an event noun; with ``compounds``, a German compound falls back to its
        longest known head ("Us-abzug" -> "Abzug", "Fischimportverbot" -> "Importverbot").
        In English a capitalised lemma is a name and matches nothing ("in March")."""
        if self.lang != "de" and lemma[:1].isupper():
            # English lemmas of common nouns are lower case (HanTa lowers them even at the
            # start of a sentence); a capitalised lemma is a name: "March", "Strike Force"
            return []
        key = lemma.casefold()
        if key in self._exclude:
            return []
        hit = self._nouns.get(key)
        if hit or not compounds:
            return list(hit or ())
        if self.lang == "de" or "-" in key:
            for i in range(1, len(key) - 3):
                head = key[i:]
                if head in self._exclude:
                    return []
                if head in self._nouns:
                    return list(self._nouns[head])
        return []

    def match_noun(self, words: Sequence[tuple[str, str]], i: int) -> "NounMatch | None":
        """The event noun whose head is ``words[i]``, trying multi-word entries first.

        ``words`` are the sentence's (text, lemma) pairs; a word of a multi-word entry
        matches a token's lemma or its text (case-folded).  The longest entry ending at
        ``i`` wins ("car bombing" over "bombing"); a matching exclusion ("heart attack")
        gives a match with no entries, so the caller knows to skip the head.  Falls back to
        :meth:`nouns` for the single word.  None when nothing matches.
        """
        text, lemma = words[i]
        for key in {lemma.casefold(), text.casefold()}:
            for seq, entry in self._multi.get(key, ()):
                start = i - len(seq) + 1
                if start < 0:
                    continue
                if all(seq[k] in {words[start + k][0].casefold(), words[start + k][1].casefold()}
                       for k in range(len(seq))):
                    return NounMatch(start=start, end=i + 1,
                                     entries=(entry,) if entry is not None else ())
        if self.is_excluded(lemma) or self.is_excluded(text):
            return NounMatch(start=i, end=i + 1, entries=())
        found = self.nouns(lemma) or (self.nouns(text) if text != lemma else [])
        return NounMatch(start=i, end=i + 1, entries=tuple(found)) if found else None

    @property
    def patterns(self) -> list[VerbEntry]:
        """Multi-word entries (those needing a noun, preposition or particle to apply)."""
        return [e for e in self.entries if isinstance(e, VerbEntry) and e.is_pattern]

    def is_excluded(self, lemma: str) -> bool:
        return lemma.casefold() in self._exclude

    def is_reporting(self, lemma: str) -> bool:
        return lemma.casefold() in self._reporting

    def reporting(self, lemma: str) -> ReportingEntry | None:
        return self._reporting.get(lemma.casefold())

    def select_verb(self, lemma: str, *, particle: str | None = None,
                    reflexive: bool = False, preps: Iterable[str] = (),
                    nouns: Iterable[str] = (), has_object: bool | None = None,
                    prep_nouns: dict[str, list[str]] | None = None,
                    adjectives: Iterable[str] = (),
                    skip_source_roles: bool = False
                    ) -> VerbEntry | None:
        """The best frame of ``lemma`` for what the clause contains, or None.

        ``particle``: the English particle in the clause ("out"); ``preps``: prepositions
        governed by the verb; ``nouns``: lemmas of its object and prepositional nouns;
        ``has_object``: whether the clause has a direct object (None: unknown, which lets
        ``object_required`` frames pass).  ``prep_nouns``: when given, the nouns of the
        clause's prepositional phrases by preposition, and ``nouns`` holds only subject and
        object nouns; a frame's ``with_noun`` then sees the object nouns and those after its
        own ``prep`` ("took the battle into territory" is no "take territory"), while
        ``not_with_noun`` still sees them all.  ``adjectives``: the clause's words as written,
        lower-cased, for ``with_adjective`` frames ("zeigte sich besorgt").
        ``skip_source_roles``: leave out frames with ``source_roles`` (the coder's fallback
        when the sources lack those roles: a crowd's "protestierte gegen" after the state's).
        Hard requirements: ``with_noun`` (one of them present), ``not_with_noun`` (none
        present), ``reflexive: true`` (a
        reflexive present), an English ``particle`` (present), a ``prep_required``
        preposition (present), ``object_required`` (unless ``has_object`` is False).  Then the most specific frame
        wins: a matching noun, preposition or reflexive each add to its score, an entry's
        preposition missing from the clause costs a little; ties keep file order.
        """
        preps_cf = {p.casefold() for p in preps}
        nouns = list(nouns)
        best, best_score = None, -99
        every = nouns + [n for ns in (prep_nouns or {}).values() for n in ns]
        adjectives = set(adjectives)
        for e in self.verbs(lemma):
            own = nouns if prep_nouns is None else nouns + list(
                prep_nouns.get((e.prep or "").casefold(), ()) if e.prep else ())
            if e.with_noun and not any(self.noun_matches(w, n) for w in e.with_noun for n in own):
                continue
            if e.not_with_noun and any(self.noun_matches(w, n) for w in e.not_with_noun
                                       for n in every):
                continue
            if e.with_adjective and adjectives.isdisjoint(e.with_adjective):
                continue
            if skip_source_roles and e.source_roles:
                continue
            if e.reflexive and not reflexive:
                continue
            if e.target_required and reflexive:
                continue  # ("trifft sich": the reflexive is no one met; its own frame codes it)
            if self.lang != "de" and (e.particle or "") != (particle or "").casefold():
                continue
            if e.prep_required and e.prep and e.prep.casefold() not in preps_cf:
                continue
            if e.object_required and has_object is False:
                continue
            score = 0
            if e.with_noun:
                score += 4
            if e.with_adjective:
                score += 4
            if e.source_roles:
                score += 1  # (the narrower frame first; the coder falls back when roles differ)
            if e.reflexive:
                score += 1
            if e.prep:
                score += 2 if e.prep.casefold() in preps_cf else -1
            if score > best_score:
                best, best_score = e, score
        return best

    def noun_matches(self, listed: str, noun: str) -> bool:
        """Whether ``noun`` (a lemma from the text) is the listed noun or, in German, a
        compound ending in it ("Us-abzug", "Truppenabzug" match "Abzug")."""
        a, b = listed.casefold(), noun.casefold()
        if a == b:
            return True
        return (self.lang == "de" or "-" in b) and len(a) >= 4 and b.endswith(a) \
            and not self.is_excluded(noun)

    def __len__(self) -> int:
        return len(self.entries)

    def counts(self) -> dict[str, int]:
        """Entries per section kind: verbs, patterns, nouns, reporting."""
        out = {s: 0 for s in SECTIONS}
        for e in self.entries:
            out[section_of(e)] += 1
        return out


def check_files(paths: Sequence[str | Path], lang: str | None = None
                ) -> tuple[list[Entry], list[Problem]]:
    """Parse and cross-check files (language from ``lang`` or each file's path)."""
    entries: list[Entry] = []
    problems: list[Problem] = []
    for p in paths:
        p = Path(p)
        file_lang = lang or lang_of(p)
        if file_lang is None:
            problems.append(Problem(display_path(p), 0, "cannot tell the language: put the file "
                                                        "under lang/<xx>/events/ or pass --lang"))
            continue
        got, bad = parse_file(p, file_lang)
        entries.extend(got)
        problems.extend(bad)
    problems.extend(find_conflicts(entries))
    return entries, problems


@functools.lru_cache(maxsize=8)
def _load_cached(lang: str, extra: tuple[str, ...]) -> Lexicon:
    files = shipped_files(lang) + [Path(x) for x in extra]
    entries: dict[tuple, Entry] = {}
    for path in files:
        got, problems = parse_file(path, lang)
        errors = [p for p in problems if p.severity == "error"]
        if errors:
            more = (f" (and {len(errors) - 1} more; run `newsevents lexicon check`)"
                    if len(errors) > 1 else "")
            raise ConfigError(f"invalid event lexicon: {errors[0]}{more}")
        for e in got:  # a later file's entry replaces an earlier one with the same frame
            key = (section_of(e) if section_of(e) != "patterns" else "verbs", e.frame())
            entries.pop(key, None)
            entries[key] = e
    return Lexicon(lang=lang, entries=list(entries.values()))


def load_lexicon(lang: str, extra_files: Sequence[str | Path] = ()) -> Lexicon:
    """The event lexicon of ``lang``: shipped files, then ``extra_files`` (same format).

    An entry of a later file replaces an earlier entry with the same frame, so a user file
    can re-code a shipped verb.  Raises ConfigError when a file is invalid (the first
    problem, with file and line).
    Cached per (lang, files): the data is read-only once loaded.
    """
    return _load_cached(lang, tuple(str(Path(x).resolve()) for x in extra_files))


__all__ = ["ExcludeEntry", "Lexicon", "NounEntry", "NounMatch", "Problem", "ReportingEntry", "VerbEntry", "check_files",
           "derive_particle", "find_conflicts", "load_lexicon", "parse_file", "shipped_files"]
