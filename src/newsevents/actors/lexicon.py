"""The actor lexicons of one language, loaded from data files into lookup tables.

Files (all under ``src/newsevents/lang``):

- ``<lang>/actors/roles.tsv``     role nouns -> CAMEO role, person/group/thing, optional org kind
- ``<lang>/actors/modifiers.tsv`` adjectives that change the coding ("ausländisch" -> foreign)
- ``<lang>/actors/pronouns.tsv``  pronouns that stand for an earlier actor
- ``common/actors/orgs.yaml``     named organisations with aliases in both languages

Aliases are keyed by a normalised surface string (see ``norm``) so that tokenisations that
split hyphens ("anti - IS coalition") and those that do not ("Anti-IS-Koalition") both match.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from ..lang import load_lines, load_tsv, load_yaml

ROLES = frozenset({
    "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "PTY", "REB", "INS", "UAF", "CVL", "MED", "BUS",
    "REL", "EDU", "IGO", "NGO", "ELI", "LAB", "REF", "SPY", "HLH", "AGR", "CRM", "SEP", "MOD",
    "RAD", "ENV", "DEV", "HRI", "PRO"})
KINDS = frozenset({"person", "group", "thing", "states"})
PRONOUN_TYPES = frozenset({"person", "group", "any", "thing"})

_HYPHEN_SPACE = re.compile(r"\s*([-‐/])\s*")


def norm(text: str) -> str:
    """Surface form for alias lookup: whitespace squeezed, no spaces around hyphens/slashes,
    typographic apostrophes made plain."""
    text = text.replace("’", "'")
    return _HYPHEN_SPACE.sub(r"\1", " ".join(text.split()))


def _is_acronym(form: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


@dataclass(frozen=True, slots=True)
class RoleNoun:
    noun: str
    role: str
    match: str  # word | suffix | phrase
    kind: str  # person | group | thing
    org: str | None = None


@dataclass(frozen=True, slots=True)
class OrgEntry:
    name: str
    code: str | None
    role: str | None
    country: str | None = None
    noun: bool = False  # must stand as a noun ("die Grünen")


@dataclass(frozen=True, slots=True)
class KnownPerson:
    name: str
    country: str | None
    role: str | None
    org: OrgEntry | None = None


@dataclass
class ActorLexicon:
    lang: str
    words: dict[str, RoleNoun] = field(default_factory=dict)
    suffixes: list[tuple[str, RoleNoun]] = field(default_factory=list)  # longest first
    phrases: dict[tuple[str, ...], RoleNoun] = field(default_factory=dict)
    max_phrase: int = 1
    phrase_ends: set[str] = field(default_factory=set)  # last words of the phrases
    foreign: frozenset[str] = frozenset()
    role_modifiers: dict[str, str] = field(default_factory=dict)
    pronouns: dict[str, str] = field(default_factory=dict)
    orgs: dict[str, OrgEntry] = field(default_factory=dict)  # norm(alias) -> entry
    org_prefixes: dict[str, OrgEntry] = field(default_factory=dict)  # for "EU-Kommission"
    max_org_tokens: int = 1
    org_first: frozenset[str] = frozenset()  # first words of aliases: windows start only there
    people: dict[str, KnownPerson] = field(default_factory=dict)  # full name (folded) -> person
    people_last: dict[str, KnownPerson] = field(default_factory=dict)  # unique last names
    # "Republican", "Tory": a party cue before a title or name -> (country, party org or None)
    party_cues: dict[str, tuple[str, OrgEntry | None]] = field(default_factory=dict)
    party_titles: frozenset[str] = frozenset()  # "leader": PTY after a party cue
    office_country: dict[str, str] = field(default_factory=dict)  # "house speaker" -> USA

    def add_phrase(self, key: tuple[str, ...], role: RoleNoun) -> None:
        """A fixed role phrase ("prime minister"), indexed by its last word so that the
        detector looks phrases up only at tokens that can end one."""
        self.phrases[key] = role
        self.max_phrase = max(self.max_phrase, len(key))
        self.phrase_ends.add(key[-1])

    def known_person(self, name: str) -> KnownPerson | None:
        """A well-known leader by full name, or by a last name only one of them has."""
        key = norm(name).casefold()
        if key in self.people:
            return self.people[key]
        if " " not in key:
            return self.people_last.get(key)
        return None
    _memo: dict = field(default_factory=dict)

    def role_noun(self, word: str, lemma: str | None = None) -> RoleNoun | None:
        """The role noun ``word`` (or its lemma) is: exact entry, else (German) the longest
        entry that is a suffix of the compound ("Sicherheitskräfte" -> "kräfte")."""
        key = (word, lemma)
        if key not in self._memo:
            self._memo[key] = self._role_noun(word, lemma)
        return self._memo[key]

    def may_start_org(self, token_text: str) -> bool:
        """Whether an org alias can begin with this token (cheap pre-filter for windows)."""
        t = token_text.replace("’", "'")
        return t in self.org_first or re.split(r"[-‐/ ]", t, maxsplit=1)[0] in self.org_first

    def _role_noun(self, word: str, lemma: str | None) -> RoleNoun | None:
        cands = [w.casefold() for w in (word, lemma) if w]
        for w in cands:
            r = self.words.get(w)
            if r is not None:
                return r
        for w in cands:
            for suf, r in self.suffixes:
                if len(w) > len(suf) and w.endswith(suf):
                    return self._qualified(w[:-len(suf)], r)
        return None

    def _qualified(self, prefix: str, r: RoleNoun) -> RoleNoun:
        """A person title after another role noun takes that noun's sector: "Polizeisprecher"
        (COP), "Konzernsprecher" (BUS), "Gewerkschaftschef" (LAB) -- "Sprecher" alone is GOV."""
        if r.kind != "person":
            return r
        prefix = prefix.rstrip("-‐")
        for p in (prefix, prefix[:-1] if prefix.endswith("s") else None):
            if p and len(p) >= 4:
                q = self.words.get(p)
                if q is None:
                    q = next((x for suf, x in self.suffixes
                              if p.endswith(suf) and len(p) >= len(suf)), None)
                if q is not None and q.role != r.role and q.kind != "thing":
                    return RoleNoun(r.noun, q.role, r.match, r.kind, r.org)
        return r

    def compound_role(self, word: str, lemma: str | None = None) -> RoleNoun | None:
        """Role of a hyphenated compound by its last part, qualified by the part before
        ("Konzern-Sprecher" -> BUS)."""
        parts = word.split("-")
        lparts = lemma.split("-") if lemma and "-" in lemma else None
        r = self.role_noun(parts[-1], lparts[-1] if lparts else None)
        if r is None or len(parts) < 2:
            return r
        return self._qualified(parts[-2].casefold(), r)

    orgs_folded: dict[str, OrgEntry] = field(default_factory=dict)  # multi-word, any case

    def org(self, surface: str) -> OrgEntry | None:
        key = norm(surface)
        hit = self.orgs.get(key)
        if hit is None and " " in key:
            hit = self.orgs_folded.get(key.casefold())  # "European union"
        return hit


def _alias_forms(alias: str, lang: str) -> list[str]:
    forms = [alias]
    if not _is_acronym(alias):
        if lang == "en" and alias[:1].islower():
            forms.append(alias[:1].upper() + alias[1:])  # sentence-initial "Anti-IS coalition"
        if lang == "de" and alias[:1].isupper() and alias[:3] in ("Al-", "Al "):
            forms.append(alias[:1].lower() + alias[1:])
        forms.append(alias.upper())  # headlines in capitals
    return forms


@functools.lru_cache(maxsize=None)
def load_lexicon(lang: str) -> ActorLexicon:
    """Tables for ``lang`` ("de" or "en"; anything else gets the English tables)."""
    lang = lang if lang in ("de", "en") else "en"
    lex = ActorLexicon(lang)
    suffixes = []
    for row in load_tsv(lang, "actors/roles.tsv"):
        r = RoleNoun(row["noun"].casefold(), row["role"], row["match"], row["kind"],
                     row.get("org") or None)
        if r.match == "phrase":
            key = tuple(r.noun.split())
            lex.add_phrase(key, r)
        else:
            lex.words[r.noun] = r
            if r.match == "suffix":
                suffixes.append((r.noun, r))
    lex.suffixes = sorted(suffixes, key=lambda x: -len(x[0]))
    foreign, mods = set(), {}
    for row in load_tsv(lang, "actors/modifiers.tsv"):
        eff = row["effect"]
        if eff == "foreign":
            foreign.add(row["form"].casefold())
        elif eff.startswith("role="):
            mods[row["form"].casefold()] = eff[5:]
    lex.foreign, lex.role_modifiers = frozenset(foreign), mods
    lex.pronouns = {row["form"].casefold(): row["type"]
                    for row in load_tsv(lang, "actors/pronouns.tsv")}
    for entry in load_yaml("common", "actors/orgs.yaml") or []:
        org = OrgEntry(entry["name"], entry.get("code"), entry.get("role"),
                       entry.get("country"), bool(entry.get("noun")))
        aliases = entry.get("aliases") or {}
        for alias in list(aliases.get("any") or []) + list(aliases.get(lang) or []):
            for form in _alias_forms(str(alias), lang):
                key = norm(form)
                lex.orgs.setdefault(key, org)
                if " " in key:
                    lex.orgs_folded.setdefault(key.casefold(), org)
                lex.max_org_tokens = max(lex.max_org_tokens, len(re.findall(r"\w+|[^\w\s]", key)))
                if " " not in key and "-" not in key and not org.noun:
                    lex.org_prefixes.setdefault(key, org)
    en_orgs = lex.orgs if lang == "en" else load_lexicon("en").orgs
    last_seen: dict[str, list[KnownPerson]] = {}
    for row in load_tsv("common", "actors/people.tsv"):
        org = en_orgs.get(norm(row["org"])) if row.get("org") else None
        country = None if row["country"] in ("", "-") else row["country"]
        for variant in row["name"].split("|"):
            p = KnownPerson(variant.strip(), country, row["role"] or None, org)
            lex.people[norm(p.name).casefold()] = p
            last = norm(p.name).casefold().split()[-1]
            last_seen.setdefault(last, []).append(p)
            bare = re.sub(r"^(?:al|el|as|ad|ash|at|ar)-", "", last)  # "al-Assad" -> "assad"
            if bare != last:
                last_seen.setdefault(bare, []).append(p)
    lex.people_last = {k: v[0] for k, v in last_seen.items()
                       if len({(p.country, p.role) for p in v}) == 1}
    _load_party_cues(lex)
    first = set()
    for key in lex.orgs:
        first.add(key.split(" ")[0])
        first.add(re.split(r"[-‐/ ]", key, maxsplit=1)[0])
    lex.org_first = frozenset(first)
    return lex


def _load_party_cues(lex: ActorLexicon) -> None:
    """English party cues (lang/en/actors/party_cues.tsv, party_titles.txt): a politician named
    with "Republican" or "Tory" but no country is of that party's country; other languages have
    no such files (German news names parties as organisations: "CDU-Politiker").  Offices of
    one country (offices.tsv: "House Speaker") become role phrases with that country."""
    if lex.lang != "en":
        return
    en_orgs = lex.orgs
    lex.party_cues = {row["form"]: (row["iso3"], en_orgs.get(norm(row["org"])) if row.get("org")
                                    else None)
                      for row in load_tsv("en", "actors/party_cues.tsv")}
    lex.party_titles = frozenset(w.casefold() for w in load_lines("en", "actors/party_titles.txt"))
    for row in load_tsv("en", "actors/offices.tsv"):
        # "House Speaker": a role phrase whose country is the office's own
        office = " ".join(row["office"].casefold().split())
        key = tuple(office.split())
        lex.add_phrase(key, RoleNoun(office, row["role"], "phrase", row["kind"]))
        lex.office_country[office] = row["iso3"]
