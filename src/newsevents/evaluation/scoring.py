"""Scoring one document: pure functions over a record dict and a gold dict.

``record`` is ``Record.to_dict()`` (offsets into ``record["text"]``); ``gold`` is a parsed
``NAME.gold.json``.  Every rule follows shared/eval/README.md; where the README leaves a choice
open the choice is written in the function's docstring, so figures can be explained.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from .gold import locate_first, locate_in_order

#: entity types the gold annotates (persons, organisations, places); others are not scored
ENTITY_TYPES = frozenset({"PERSON", "ORG", "LOC"})

#: order of the scored fields in reports
FIELDS = ("entities", "entities_PERSON", "entities_ORG", "entities_LOC", "timex_span", "timex_value", "quantities", "quotes", "event_root",
          "event_actor")
ACCURACIES = ("doc_date", "quote_speaker", "event_date", "event_plover")


@dataclass
class Counts:
    """Counts behind P/R/F1.

    ``tp``/``fn`` count gold items found/missed (recall side); ``pred_ok``/``fp`` count predicted
    items right/wrong (precision side).  They differ where one gold item can be hit by several
    predicted ones (two predicted spans overlapping one gold timex); for one-to-one matching
    (events) ``pred_ok == tp``.
    """

    tp: int = 0
    fn: int = 0
    pred_ok: int = 0
    fp: int = 0

    @property
    def precision(self) -> float:
        n = self.pred_ok + self.fp
        return self.pred_ok / n if n else 0.0

    @property
    def recall(self) -> float:
        n = self.tp + self.fn
        return self.tp / n if n else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(self.tp + other.tp, self.fn + other.fn, self.pred_ok + other.pred_ok,
                      self.fp + other.fp)

    def to_dict(self) -> dict[str, Any]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn,
                "pred_ok": self.pred_ok}


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def __add__(self, other: "Accuracy") -> "Accuracy":
        return Accuracy(self.correct + other.correct, self.total + other.total)

    def to_dict(self) -> dict[str, Any]:
        return {"accuracy": round(self.value, 4), "correct": self.correct, "total": self.total}


@dataclass
class DocScores:
    """Scores of one document plus the lists behind them (for ``--details``)."""

    name: str
    lang: str
    fields: dict[str, Counts] = field(default_factory=lambda: {f: Counts() for f in FIELDS})
    accuracies: dict[str, Accuracy] = field(
        default_factory=lambda: {a: Accuracy() for a in ACCURACIES})
    details: dict[str, list[str]] = field(default_factory=dict)

    def note(self, kind: str, item: str) -> None:
        self.details.setdefault(kind, []).append(item)


# --------------------------------------------------------------------------- small helpers

def norm(s: str | None) -> str:
    """Case-folded, white space squeezed: how entity names are compared."""
    return " ".join((s or "").split()).casefold()


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def overlap_len(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _contains_words(haystack: str, needle: str) -> bool:
    """``needle`` occurs in ``haystack`` as whole words (both case-folded)."""
    if not needle:
        return False
    pat = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in needle.split()) + r"(?!\w)"
    return re.search(pat, haystack.casefold()) is not None


def _clip(s: str, n: int = 90) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


# --------------------------------------------------------------------------- actor specs

def actor_matches(actor: dict[str, Any] | None, spec: dict[str, Any] | None,
                  orgs: dict[str, list[str]]) -> bool:
    """Whether a predicted actor (``Actor.to_dict()`` or None) satisfies a gold actor spec.

    A null spec accepts anything (the gold says "not named in the text").  A non-null spec
    needs a predicted actor and every key to match: ``country``/``role`` equal; ``org``: the
    actor's org, name, code or text contains an alias of that org as whole words (case-folded;
    an org key missing from orgs.json falls back to the key itself as alias); ``name``: the
    actor's name or text contains the gold name's last word (case-folded substring);
    ``any_of``: some alternative matches.
    """
    if spec is None:
        return True
    if actor is None:
        return False
    if "any_of" in spec:
        alts = spec["any_of"] or []
        if not any(actor_matches(actor, alt, orgs) for alt in alts):
            return False
    for key, want in spec.items():
        if key == "any_of" or key == "note":
            continue
        if key in ("country", "role"):
            if actor.get(key) != want:
                return False
        elif key == "org":
            aliases = orgs.get(want) or [want.casefold()]
            fields_ = [actor.get(k) for k in ("org", "name", "code", "text")]
            if not any(f and _contains_words(f, a) for f in fields_ for a in aliases):
                return False
        elif key == "name":
            words = (want or "").split()
            last = words[-1].casefold() if words else ""
            if not last or not any(last in (actor.get(k) or "").casefold()
                                   for k in ("name", "text")):
                return False
        else:  # an unknown key cannot be satisfied: say so by failing, not by ignoring it
            return False
    return True


def describe_spec(spec: dict[str, Any] | None) -> str:
    if spec is None:
        return "-"
    if "any_of" in spec:
        return "|".join(describe_spec(s) for s in spec["any_of"])
    return "+".join(f"{v}" for k, v in spec.items() if k != "note") or "{}"


def describe_actor(actor: dict[str, Any] | None) -> str:
    if not actor:
        return "-"
    code = actor.get("code") or "".join(x for x in (actor.get("country"), actor.get("role")) if x)
    label = actor.get("org") or actor.get("name") or actor.get("text") or ""
    return f"{code or '?'}({_clip(label, 30)})"


# --------------------------------------------------------------------------- fields

def score_entities(record: dict, gold: dict, out: DocScores) -> None:
    """Entities: gold found when a predicted entity of the same type has name or text equal
    (normalised) to the gold name or an alias; a predicted entity is right when it matches some
    gold entity.  Predicted mentions are first reduced to distinct (type, name) pairs, since
    the gold lists each distinct entity once; types other than PERSON/ORG/LOC are not scored.
    """
    preds: dict[tuple[str, str], set[str]] = {}
    for e in record.get("entities", []):
        if e.get("type") not in ENTITY_TYPES:
            continue
        key = (e["type"], norm(e.get("name") or e.get("text")))
        preds.setdefault(key, set()).update({norm(e.get("name")), norm(e.get("text"))} - {""})
    golds = []
    for g in gold.get("entities", []):
        golds.append((g["type"], {norm(g["name"])} | {norm(a) for a in g.get("aliases", [])}))
    c = out.fields["entities"]
    for (gtype, names), g in zip(golds, gold.get("entities", [])):
        by_type = out.fields.get(f"entities_{gtype}", Counts())
        if any(t == gtype and forms & names for (t, _), forms in preds.items()):
            c.tp += 1
            by_type.tp += 1
        else:
            c.fn += 1
            by_type.fn += 1
            out.note("missed entities", f"{gtype} {g['name']}")
    for (t, key), forms in preds.items():
        by_type = out.fields[f"entities_{t}"]
        if any(gtype == t and forms & names for gtype, names in golds):
            c.pred_ok += 1
            by_type.pred_ok += 1
        else:
            c.fp += 1
            by_type.fp += 1
            out.note("spurious entities", f"{t} {key}")


def _spans(items: Iterable[dict]) -> list[tuple[int, int]]:
    return [(int(x["start"]), int(x["end"])) for x in items]


def score_timexes(record: dict, gold: dict, out: DocScores) -> None:
    """Timex span F1 (a predicted span overlaps the gold occurrence) and value F1 (found and the
    value equals ``value`` or one of ``also``), TempEval-3 style: a predicted timex is right
    when it overlaps a gold one (resp. overlaps one and has an acceptable value)."""
    text = record.get("text", "")
    gtx = gold.get("timexes", [])
    locs = locate_in_order(text, [g["text"] for g in gtx])
    preds = record.get("timexes", [])
    span_c, val_c = out.fields["timex_span"], out.fields["timex_value"]
    for g, loc in zip(gtx, locs):
        ok_values = {g.get("value")} | set(g.get("also") or [])
        hits = [p for p in preds if loc and overlaps(loc, (p["start"], p["end"]))]
        if loc is None:
            out.note("gold not located", f"timex {g['text']!r}")
        if hits:
            span_c.tp += 1
        else:
            span_c.fn += 1
            out.note("missed timexes", f"{g['text']!r} = {g.get('value')}")
        if any(p.get("value") in ok_values for p in hits):
            val_c.tp += 1
        else:
            val_c.fn += 1
            if hits:
                got = ", ".join(str(p.get("value")) for p in hits)
                out.note("wrong timex values", f"{g['text']!r}: got {got}, want {g.get('value')}")
    for p in preds:
        ps = (p["start"], p["end"])
        matched = [(g, loc) for g, loc in zip(gtx, locs) if loc and overlaps(loc, ps)]
        if matched:
            span_c.pred_ok += 1
        else:
            span_c.fp += 1
            out.note("spurious timexes", f"{p.get('text')!r} = {p.get('value')}")
        if any(p.get("value") in ({g.get("value")} | set(g.get("also") or []))
               for g, _ in matched):
            val_c.pred_ok += 1
        else:
            val_c.fp += 1


def _same_value(a: Any, b: Any) -> bool:
    try:
        return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)
    except (TypeError, ValueError):
        return False


def score_quantities(record: dict, gold: dict, out: DocScores) -> None:
    """Quantities: found when a predicted quantity has the same value and overlaps the gold
    occurrence; a predicted quantity is right when it finds some gold quantity."""
    text = record.get("text", "")
    gq = gold.get("quantities", [])
    locs = locate_in_order(text, [g["text"] for g in gq])
    preds = record.get("quantities", [])
    c = out.fields["quantities"]

    def hit(p: dict, g: dict, loc) -> bool:
        return loc is not None and overlaps(loc, (p["start"], p["end"])) and \
            _same_value(p.get("value"), g.get("value"))

    for g, loc in zip(gq, locs):
        if loc is None:
            out.note("gold not located", f"quantity {g['text']!r}")
        if any(hit(p, g, loc) for p in preds):
            c.tp += 1
        else:
            c.fn += 1
            near = [p for p in preds if loc and overlaps(loc, (p["start"], p["end"]))]
            why = f" (got value {near[0].get('value')})" if near else ""
            out.note("missed quantities", f"{g['text']!r} = {g.get('value')}{why}")
    for p in preds:
        if any(hit(p, g, loc) for g, loc in zip(gq, locs)):
            c.pred_ok += 1
        else:
            c.fp += 1
            out.note("spurious quantities", f"{p.get('text')!r} = {p.get('value')}")


def score_quotes(record: dict, gold: dict, orgs: dict[str, list[str]], out: DocScores) -> None:
    """Quotes: found when a predicted quote covers at least half of the gold quote's characters;
    speaker accuracy over the found ones, judged on the predicted quote that covers most."""
    text = record.get("text", "")
    gq = gold.get("quotes", [])
    locs = locate_in_order(text, [g["text"] for g in gq])
    preds = record.get("quotes", [])
    c, acc = out.fields["quotes"], out.accuracies["quote_speaker"]

    def cover(p: dict, loc) -> bool:
        return loc is not None and 2 * overlap_len(loc, (p["start"], p["end"])) >= loc[1] - loc[0]

    for g, loc in zip(gq, locs):
        if loc is None:
            out.note("gold not located", f"quote {_clip(g['text'], 50)!r}")
        covering = [p for p in preds if cover(p, loc)]
        if not covering:
            c.fn += 1
            out.note("missed quotes", _clip(g["text"], 70))
            continue
        c.tp += 1
        best = max(covering, key=lambda p: overlap_len(loc, (p["start"], p["end"])))
        acc.total += 1
        if actor_matches(best.get("speaker"), g.get("speaker"), orgs):
            acc.correct += 1
        else:
            out.note("wrong quote speakers", f"{_clip(g['text'], 40)!r}: got "
                     f"{describe_actor(best.get('speaker'))}, want {describe_spec(g.get('speaker'))}")
    for p in preds:
        if any(cover(p, loc) for loc in locs):
            c.pred_ok += 1
        else:
            c.fp += 1
            out.note("spurious quotes", _clip(p.get("text", ""), 70))


# --------------------------------------------------------------------------- events

def gold_roots(g: dict) -> set[str]:
    return {c[:2] for c in [g.get("cameo"), *(g.get("also_cameo") or [])] if c}


def pred_root(p: dict) -> str:
    return (p.get("cameo_root") or (p.get("cameo") or "")[:2])[:2]


def event_position(p: dict, record: dict) -> int | None:
    """Where a predicted event lies: its trigger's start, or its sentence's start."""
    trig = p.get("trigger") or {}
    if isinstance(trig.get("start"), int):
        return trig["start"]
    for s in record.get("sentences", []):
        if s.get("id") == p.get("sentence_id"):
            return s["start"]
    return None


def match(n_gold: int, n_pred: int, ok: Callable[[int, int], bool],
          pref: Callable[[int, int], int] | None = None) -> dict[int, int]:
    """Maximum one-to-one matching gold->pred among compatible pairs (Kuhn's augmenting
    paths); ``pref`` orders each gold item's candidates so better pairs are tried first."""
    cands = []
    for g in range(n_gold):
        cs = [p for p in range(n_pred) if ok(g, p)]
        if pref:
            cs.sort(key=lambda p: -pref(g, p))
        cands.append(cs)
    owner: dict[int, int] = {}  # pred -> gold

    def augment(g: int, seen: set[int]) -> bool:
        for p in cands[g]:
            if p in seen:
                continue
            seen.add(p)
            if p not in owner or augment(owner[p], seen):
                owner[p] = g
                return True
        return False

    for g in range(n_gold):
        augment(g, set())
    return {g: p for p, g in owner.items()}


def _plover_ok(p: dict, g: dict) -> bool:
    return p.get("plover") in ({g.get("plover")} | set(g.get("also_plover") or []))


def _date_ok(p: dict, g: dict) -> bool:
    return p.get("date") == g.get("date")


def _match_events(golds, preds, gspans, ppos, compatible):
    """Match required gold events first, then let leftover predictions match optional gold
    events (neutral).  Returns (required matches {g: p}, neutral preds, fp preds)."""
    def inside(gi: int, pi: int) -> bool:
        span, pos = gspans[gi], ppos[pi]
        return span is not None and pos is not None and span[0] <= pos < span[1]

    req = [i for i, g in enumerate(golds) if not g.get("optional")]
    opt = [i for i, g in enumerate(golds) if g.get("optional")]
    m = match(len(req), len(preds),
              lambda a, b: inside(req[a], b) and compatible(golds[req[a]], preds[b]),
              lambda a, b: _date_ok(preds[b], golds[req[a]]) + _plover_ok(preds[b], golds[req[a]]))
    matched = {req[a]: b for a, b in m.items()}
    used = set(matched.values())
    rest = [b for b in range(len(preds)) if b not in used]
    m2 = match(len(opt), len(rest),
               lambda a, b: inside(opt[a], rest[b]) and compatible(golds[opt[a]], preds[rest[b]]))
    neutral = {rest[b] for b in m2.values()}
    fps = [b for b in rest if b not in neutral]
    return matched, neutral, fps


def score_events(record: dict, gold: dict, orgs: dict[str, list[str]], out: DocScores) -> None:
    """Events: root F1 and actor F1 (the headline), date and PLOVER accuracy over the
    actor-matched.  A predicted event is judged against the gold events whose ``sentence``
    (first occurrence) contains its trigger; matching is one-to-one per measure.  Gold events
    marked ``optional`` cost no recall and a prediction matching one costs no precision.
    Date accuracy compares the strings exactly (a gold null date wants a null date)."""
    text = record.get("text", "")
    golds = gold.get("events", [])
    preds = record.get("events", [])
    gspans = [locate_first(text, g["sentence"]) for g in golds]
    for g, sp in zip(golds, gspans):
        if sp is None:
            out.note("gold not located", f"event sentence {_clip(g['sentence'], 50)!r}")
    ppos = [event_position(p, record) for p in preds]

    def root_ok(g: dict, p: dict) -> bool:
        return pred_root(p) in gold_roots(g)

    def actor_ok(g: dict, p: dict) -> bool:
        return root_ok(g, p) and actor_matches(p.get("source"), g.get("source"), orgs) \
            and actor_matches(p.get("target"), g.get("target"), orgs)

    for fname, compat in (("event_root", root_ok), ("event_actor", actor_ok)):
        matched, neutral, fps = _match_events(golds, preds, gspans, ppos, compat)
        c = out.fields[fname]
        c.tp += len(matched)
        c.pred_ok += len(matched)
        c.fp += len(fps)
        c.fn += sum(1 for i, g in enumerate(golds) if not g.get("optional") and i not in matched)
        if fname != "event_actor":
            continue
        root_matched, _, _ = _match_events(golds, preds, gspans, ppos, root_ok)
        for gi, pi in matched.items():
            g, p = golds[gi], preds[pi]
            out.accuracies["event_date"].total += 1
            out.accuracies["event_plover"].total += 1
            if _date_ok(p, g):
                out.accuracies["event_date"].correct += 1
            else:
                out.note("wrong event dates", f"{_clip(g['sentence'], 50)!r}: got {p.get('date')}, "
                         f"want {g.get('date')}")
            if _plover_ok(p, g):
                out.accuracies["event_plover"].correct += 1
            else:
                out.note("wrong event PLOVER", f"{_clip(g['sentence'], 50)!r}: got "
                         f"{p.get('plover')}, want {g.get('plover')}")
        for gi, g in enumerate(golds):
            if g.get("optional") or gi in matched:
                continue
            why = "root ok, actors wrong: " + _pred_brief(preds[root_matched[gi]]) \
                if gi in root_matched else "no event with that root"
            out.note("missed events", f"{g.get('cameo')} {describe_spec(g.get('source'))} -> "
                     f"{describe_spec(g.get('target'))} | {_clip(g['sentence'], 70)!r} [{why}]")
        for pi in fps:
            p = preds[pi]
            where = "in a gold sentence" if any(
                sp and ppos[pi] is not None and sp[0] <= ppos[pi] < sp[1] for sp in gspans) \
                else "in no gold sentence"
            out.note("spurious events", f"{_pred_brief(p)} [{where}] | "
                     f"{_clip(_sentence_of(p, record), 70)!r}")


def _pred_brief(p: dict) -> str:
    trig = (p.get("trigger") or {}).get("text", "?")
    return (f"{p.get('cameo')} {describe_actor(p.get('source'))} -> "
            f"{describe_actor(p.get('target'))} '{trig}'")


def _sentence_of(p: dict, record: dict) -> str:
    text = record.get("text", "")
    for s in record.get("sentences", []):
        if s.get("id") == p.get("sentence_id"):
            return text[s["start"]:s["end"]]
    return ""


# --------------------------------------------------------------------------- document

def score_document(record: dict, gold: dict, orgs: dict[str, list[str]] | None = None,
                   name: str | None = None) -> DocScores:
    """All scores of one analysed document against its gold."""
    orgs = orgs or {}
    out = DocScores(name=name or gold.get("doc_id") or record.get("doc_id") or "?",
                    lang=gold.get("lang") or record.get("lang") or "?")
    acc = out.accuracies["doc_date"]
    acc.total += 1
    if record.get("date") == gold.get("date"):
        acc.correct += 1
    else:
        out.note("wrong document date", f"got {record.get('date')}, want {gold.get('date')}")
    score_entities(record, gold, out)
    score_timexes(record, gold, out)
    score_quantities(record, gold, out)
    score_quotes(record, gold, orgs, out)
    score_events(record, gold, orgs, out)
    return out
