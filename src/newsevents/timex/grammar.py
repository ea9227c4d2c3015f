"""The temporal grammar of one language, built from its data files.

A researcher writes the grammar in ``lang/<lang>/time/patterns.yaml`` and the word lists in
``lang/<lang>/time/<slot>.tsv``; this module turns both into compiled regular expressions.
The template language of a pattern's ``match`` is deliberately small:

- ``{slot}`` — a named slot.  Built-in slots match digits (``year``, ``yy``, ``day``,
  ``monthnum``, ``hour``, ``minute``, ``int``, ``dec`` = a decimal); any other name is the table
  ``time/<slot>.tsv`` (columns ``form``, ``value``, optional ``flags``) and matches any of its
  forms.  ``{slot#2}`` is a second use of the same slot; ``{~slot}`` matches without capturing
  (for look-aheads).
- ``<<`` and ``>>`` mark the part of the match that is the expression itself, when the
  pattern needs context around it ("am <<{weekday}>>" — the span starts at the weekday).
- A space matches any run of white space; everything else is an ordinary (Python) regular
  expression, matched case-insensitively unless a table row carries the flag ``case``.

Why templates and not raw regex: month names, number words etc. live in tables that grow
(regional forms, abbreviations) without anyone touching the patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..errors import ConfigError
from ..lang import data_path, load_tsv, load_yaml

BUILTIN_SLOTS: dict[str, str] = {
    "year": r"(?:1[0-9]{3}|20[0-9]{2})",
    "yy": r"(?:[0-9]{2})",
    "day": r"(?:0?[1-9]|[12][0-9]|3[01])",
    "monthnum": r"(?:0?[1-9]|1[0-2])",
    "hour": r"(?:[01]?[0-9]|2[0-4])",
    "minute": r"(?:[0-5][0-9])",
    "minutes": r"(?:[0-5]?[0-9])",
    "int": r"(?:[0-9]{1,4})",
    "dec": r"(?:[0-9]{1,4}[.,][0-9]{1,2})",
    "decade": r"(?:1[0-9]|20)[0-9]0",
}

RESOLVERS = {"calendar", "shift", "weekday", "duration", "literal", "set", "unitpart", "vague",
             "ignore", "nth_week",
             "in_units", "century"}
TYPES = {"DATE", "TIME", "DURATION", "SET"}

_SLOT = re.compile(r"\{(~?)([a-z_]+)(?:#(\d+))?\}")


@dataclass(frozen=True, slots=True)
class Table:
    """One slot table: surface form (case-folded unless case-sensitive) -> value."""

    name: str
    values: dict[str, str]
    regex: str

    def lookup(self, form: str) -> str | None:
        norm = " ".join(form.split())
        return self.values.get(norm) if norm in self.values else self.values.get(norm.casefold())


@dataclass(frozen=True, slots=True)
class Rule:
    """One pattern of ``patterns.yaml`` with its compiled expression.  ``needs`` says what
    every match must contain: clauses of slots (tables, or "digit" for the built-in number
    slots), one of each clause at least.  A sentence failing a clause cannot match, so the
    rule is not even tried there."""

    id: str
    type: str
    resolve: str
    regex: re.Pattern[str]
    params: dict[str, Any] = field(default_factory=dict)
    order: int = 0
    needs: tuple[frozenset[str], ...] = ()
    # one of these (case-folded) strings is in every match; empty: none known
    words: frozenset[str] = frozenset()


def required_groups(regex: re.Pattern[str]) -> list[frozenset[str]]:
    """What every match of ``regex`` must contain, from its parse tree, as clauses: each a
    set of named groups at least one of which takes part in any match.  Optional parts add
    nothing; alternatives add one clause joining a clause of each ("{num}|{int}")."""
    from re import _constants as C, _parser as P
    names = {v: k for k, v in regex.groupindex.items()}

    def seq(items) -> list[frozenset[str]]:
        out: list[frozenset[str]] = []
        for op, av in items:
            if op is C.SUBPATTERN:
                gid, _, _, sub = av
                if gid in names:
                    out.append(frozenset({names[gid]}))
                out += seq(sub)
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
                lo, _, sub = av
                if lo >= 1:
                    out += seq(sub)
            elif op is C.BRANCH:
                branches = [seq(b) for b in av[1]]
                if branches and all(branches):
                    out.append(frozenset().union(*(min(b, key=len) for b in branches)))
            elif op is C.ASSERT:
                out += seq(av[1])
            elif op is C.ATOMIC_GROUP:
                out += seq(av)
        return out

    try:
        return seq(P.parse(regex.pattern, regex.flags).data)
    except Exception:  # pragma: no cover - a parser change must not break tagging
        return []


#: a literal shorter than this, or a set of more alternatives, is no useful filter
_MIN_WORD = 3
_MAX_WORDS = 24


def required_words(regex: re.Pattern[str]) -> frozenset[str]:
    """Strings, case-folded, one of which every match of ``regex`` contains, read off its
    parse tree ("the\\s+weekend" -> {"weekend"}; "annually|yearly|annual" -> all three);
    empty when the pattern promises no literal.  A text whose case-folded form holds none of
    them cannot match, so the pattern need not run there (the prefilter of RE2 and Hyperscan,
    for the literals in runs: a character class, an optional part or a look-around promises
    nothing).  Case-folding both sides keeps the test safe under IGNORECASE."""
    from re import _constants as C, _parser as P

    def best(options: list[frozenset[str]]) -> frozenset[str] | None:
        return max(options, key=lambda o: (min(map(len, o)), -len(o)), default=None)

    def seq(items) -> list[frozenset[str]]:
        out: list[frozenset[str]] = []
        run: list[str] = []

        def flush() -> None:
            if len(run) >= _MIN_WORD:
                out.append(frozenset({"".join(run).casefold()}))
            run.clear()

        for op, av in items:
            if op is C.LITERAL:
                run.append(chr(av))
                continue
            flush()
            if op is C.SUBPATTERN:
                out += seq(av[3])
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
                if av[0] >= 1:
                    out += seq(av[2])
            elif op is C.ATOMIC_GROUP:
                out += seq(av)
            elif op is C.BRANCH:
                alternatives = [best(seq(b)) for b in av[1]]
                if alternatives and all(alternatives):
                    out.append(frozenset().union(*alternatives))
        flush()
        return out

    try:
        found = best([o for o in seq(P.parse(regex.pattern, regex.flags).data)
                      if len(o) <= _MAX_WORDS and min(map(len, o)) >= _MIN_WORD])
    except Exception:  # pragma: no cover - a parser change must not break tagging
        return frozenset()
    return found or frozenset()


@dataclass(slots=True)
class Grammar:
    lang: str
    tables: dict[str, Table]
    rules: list[Rule]
    trigger: re.Pattern[str]
    tense: dict[str, str]
    # per table: a search for any of its forms, used to skip rules a sentence cannot match
    probes: dict[str, re.Pattern[str]] = field(default_factory=dict)
    past_pos: frozenset[str] = frozenset()
    # German STTS has no past-tense tag: a finite full verb whose form differs from its lemma
    # and ends like a weak preterite ("erklärten") counts as past (patterns.yaml `past_verb`)
    past_verb: dict[str, Any] = field(default_factory=dict)
    # linking words that move a date by a counted span: "before" -> -1, "after" -> +1
    offset_links: dict[str, int] = field(default_factory=dict)
    # words joining a clock time to the day after it: "12:01 a.m. on Thursday"
    time_links: frozenset[str] = frozenset()
    # for how many sentences a mentioned date anchors "am nächsten Tag" (else the DCT)
    focus_window: int = 3


def _table_regex(rows: list[tuple[str, bool]]) -> str:
    """An alternation of the forms, longest first, behind a look-ahead on their first
    letters: Python's regex engine then skips most positions at once instead of trying
    every form there (several times faster on long tables)."""
    alts = []
    first: set[str] = set()
    for form, case in sorted(rows, key=lambda r: -len(r[0])):
        esc = r"\s+".join(re.escape(p) for p in form.split())
        alts.append(f"(?-i:{esc})" if case else esc)
        first |= {form[0].lower(), form[0].upper()}
    cls = "".join(re.escape(c) for c in sorted(first))
    return f"(?=[{cls}])(?:" + "|".join(alts) + ")"


def load_table(lang: str, name: str) -> Table:
    rows = load_tsv(lang, f"time/{name}.tsv")
    values: dict[str, str] = {}
    forms: list[tuple[str, bool]] = []
    for r in rows:
        form, value = r.get("form", ""), r.get("value", "")
        if not form or value == "":
            raise ConfigError(f"row without form or value in time/{name}.tsv: {r}",
                              path=str(data_path(lang, f"time/{name}.tsv")))
        case = "case" in r.get("flags", "").split(",")
        values[form if case else form.casefold()] = value
        forms.append((form, case))
    return Table(name, values, _table_regex(forms))


def compile_template(template: str, tables: dict[str, Table], lang: str) -> str:
    """Expand a pattern template into a regular expression (see the module docstring)."""
    def slot(m: re.Match[str]) -> str:
        silent, name, n = m.group(1), m.group(2), m.group(3)
        if name in BUILTIN_SLOTS:
            body = BUILTIN_SLOTS[name]
        else:
            if name not in tables:
                tables[name] = load_table(lang, name)
            body = tables[name].regex
        if silent:
            return body
        group = name if not n else f"{name}__{n}"
        return f"(?P<{group}>{body})"

    out = _SLOT.sub(slot, template)
    out = out.replace("<<", "(?P<t>").replace(">>", ")")
    # a space is any run of white space; " ?" an optional one
    out = re.sub(r" \?", r"(?:\\s+)?", out)
    out = re.sub(r" +", r"\\s+", out)
    return out


def load_grammar(lang: str) -> Grammar:
    """Read ``lang/<lang>/time/patterns.yaml`` and the tables it names."""
    spec = load_yaml(lang, "time/patterns.yaml") or {}
    tables: dict[str, Table] = {}
    rules: list[Rule] = []
    for i, p in enumerate(spec.get("patterns", [])):
        rid = p.get("id", f"rule{i}")
        if p.get("type") not in TYPES or p.get("resolve") not in RESOLVERS:
            raise ConfigError(f"pattern {rid}: bad type or resolve",
                              path=str(data_path(lang, "time/patterns.yaml")))
        body = compile_template(p["match"], tables, lang)
        try:
            rx = re.compile(r"(?<![\w])(?:" + body + r")(?![\w])", re.IGNORECASE)
        except re.error as exc:
            raise ConfigError(f"pattern {rid}: {exc}",
                              path=str(data_path(lang, "time/patterns.yaml"))) from None
        params = {k: v for k, v in p.items() if k not in {"id", "type", "resolve", "match"}}
        needs = []
        for clause in required_groups(rx):
            slots = {g.split("__")[0] for g in clause}
            probes_ = {"digit" if sl in BUILTIN_SLOTS else sl for sl in slots}
            if probes_ <= set(tables) | {"digit"}:
                needs.append(frozenset(probes_))
        rules.append(Rule(rid, p["type"], p["resolve"], rx, params, i,
                          tuple(sorted(set(needs), key=len)), required_words(rx)))
    trig = spec.get("trigger", [])
    trigger_body = "|".join(compile_template(t, tables, lang) for t in trig) or r"\d"
    trigger = re.compile(r"(?<![\w])(?:" + trigger_body + ")", re.IGNORECASE)
    tense = {}
    if spec.get("tense"):
        tense = {r["form"].casefold(): r["value"] for r in load_tsv(lang, spec["tense"])}
    past_pos = frozenset(spec.get("past_pos", []) or [])
    # no word boundary here: a slot may sit inside a word ("Dienstag|abend")
    probes = {name: re.compile(t.regex, re.IGNORECASE) for name, t in tables.items()}
    probes["digit"] = re.compile(r"\d")
    links = {" ".join(str(k).split()).casefold(): int(v)
             for k, v in (spec.get("offset_links") or {}).items()}
    time_links = frozenset(" ".join(str(w).split()).casefold()
                           for w in (spec.get("time_links") or []))
    return Grammar(lang, tables, rules, trigger, tense, probes, past_pos,
                   dict(spec.get("past_verb") or {}), links, time_links,
                   int(spec.get("focus_window", 3)))
