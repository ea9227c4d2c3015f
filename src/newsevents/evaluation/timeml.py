"""Score temporal expressions against TimeML gold (KRAUTS, TempEval-3 layout).

A gold folder holds ``.tml`` files: the document creation time (DCT) is the TIMEX3 with
``functionInDocument="CREATION_TIME"`` (or the one inside ``<DCT>``), the text is the
``<TEXT>`` element with TIMEX3 inline.  The system's expressions come either from our
pipeline, run on the text with the DCT as the document date, or from another system's
``.tml`` files of the same names (``system_dir``) — so HeidelTime's output shipped beside a
gold corpus is scored by exactly the same rules as ours.

Scores follow TempEval-3: gold and system expressions are paired one to one, strictly (same
span) or relaxed (overlapping); span P/R/F1 for both; ``value F1`` counts relaxed pairs whose
value is equal (P over system, R over gold); ``value accuracy`` and ``type accuracy`` are
over the relaxed pairs.  Empty TIMEX3 (non-consuming anchors) are not expressions and are
ignored.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError


@dataclass(frozen=True, slots=True)
class TX:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(slots=True)
class TmlDoc:
    name: str
    dct: str | None
    text: str
    timexes: list[TX] = field(default_factory=list)


def _dct_value(v: str | None) -> str | None:
    if not v:
        return None
    v = v.strip()
    # "20130301" (TempEval-3 style without dashes) -> "2013-03-01"
    if len(v) >= 8 and v[:8].isdigit():
        return f"{v[:4]}-{v[4:6]}-{v[6:8]}"
    return v[:10] if len(v) >= 10 else v


def parse_tml(path: str | Path) -> TmlDoc:
    """A TimeML file: DCT, plain text of ``<TEXT>`` and its inline TIMEX3 with offsets."""
    path = Path(path)
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise InputError(f"not valid TimeML XML: {exc}", path=str(path)) from None
    dct = None
    for t in root.iter("TIMEX3"):
        if t.get("functionInDocument") == "CREATION_TIME":
            dct = _dct_value(t.get("value"))
            break
    if dct is None:
        el = root.find("DCT")
        if el is not None:
            t = el.find("TIMEX3")
            dct = _dct_value(t.get("value") if t is not None else "".join(el.itertext()))
    text_el = root.find("TEXT")
    if text_el is None:
        raise InputError("TimeML file without <TEXT>", path=str(path))
    parts: list[str] = []
    timexes: list[TX] = []
    pos = 0

    def walk(el: ET.Element) -> None:
        nonlocal pos
        start = pos
        if el.text:
            parts.append(el.text)
            pos += len(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
                pos += len(child.tail)
        if el.tag == "TIMEX3" and pos > start:
            txt = "".join(parts)[start:pos]
            timexes.append(TX(start, pos, txt, el.get("type", ""), el.get("value", "")))

    walk(text_el)
    return TmlDoc(path.name, dct, "".join(parts), sorted(timexes, key=lambda t: t.start))


def _pair(gold: list[TX], system: list[TX], strict: bool) -> list[tuple[TX, TX]]:
    """One-to-one pairs: exact spans, or overlapping spans (largest overlap first)."""
    cands = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            if strict:
                if g.start == s.start and g.end == s.end:
                    cands.append((0, gi, si))
            else:
                ov = min(g.end, s.end) - max(g.start, s.start)
                if ov > 0:
                    cands.append((-ov, gi, si))
    used_g, used_s, pairs = set(), set(), []
    for _, gi, si in sorted(cands):
        if gi not in used_g and si not in used_s:
            used_g.add(gi)
            used_s.add(si)
            pairs.append((gold[gi], system[si]))
    return pairs


def _norm_value(v: str) -> str:
    return v.strip().upper()


def _prf(correct: int, n_sys: int, n_gold: int) -> dict[str, float]:
    p = correct / n_sys if n_sys else 0.0
    r = correct / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _counts(gold: list[TX], system: list[TX]) -> dict[str, int]:
    strict = _pair(gold, system, True)
    relaxed = _pair(gold, system, False)
    return {
        "gold": len(gold), "system": len(system), "strict": len(strict),
        "relaxed": len(relaxed),
        "value": sum(_norm_value(g.value) == _norm_value(s.value) for g, s in relaxed),
        "type": sum(g.type == s.type for g, s in relaxed),
    }


def scores(c: dict[str, int]) -> dict[str, Any]:
    return {
        "strict": _prf(c["strict"], c["system"], c["gold"]),
        "relaxed": _prf(c["relaxed"], c["system"], c["gold"]),
        "value": _prf(c["value"], c["system"], c["gold"]),
        "value_accuracy": round(c["value"] / c["relaxed"], 4) if c["relaxed"] else 0.0,
        "type_accuracy": round(c["type"] / c["relaxed"], 4) if c["relaxed"] else 0.0,
        "counts": c,
    }


def _run_pipeline(pipeline: Any, doc: TmlDoc, lang: str | None) -> list[TX]:
    from ..article import Article, date_precision
    art = Article(text=doc.text, doc_id=doc.name, date=doc.dct,
                  date_precision=date_precision(doc.dct), lang=lang)
    d = pipeline.analyse(art)
    return [TX(t.start, t.end, t.text, t.type, t.value) for t in d.timexes]


def default_pipeline() -> Any:
    """Just what the timex stage needs: language, sentences, tags, timex."""
    from ..pipeline import Pipeline
    from ..settings import load_config
    return Pipeline(load_config(None), only=["language", "tokenize", "tag", "timex"])


def evaluate_timeml(gold_dir: str | Path, system_dir: str | Path | None = None,
                    pipeline: Any = None, lang: str | None = None) -> dict[str, Any]:
    """Score every ``.tml`` of ``gold_dir``; system output from ``system_dir`` (same file
    names) or from ``pipeline`` (our own, built on demand).  Returns totals, per-document
    counts and the errors (for reading, not tuning)."""
    gold_dir = Path(gold_dir)
    files = sorted(gold_dir.glob("*.tml"))
    if not files:
        raise InputError("no .tml files", path=str(gold_dir))
    if system_dir is None and pipeline is None:
        pipeline = default_pipeline()
    total = {"gold": 0, "system": 0, "strict": 0, "relaxed": 0, "value": 0, "type": 0}
    per_doc: dict[str, dict[str, int]] = {}
    errors: list[dict[str, Any]] = []
    for f in files:
        gold = parse_tml(f)
        if system_dir is not None:
            sf = Path(system_dir) / f.name
            if not sf.exists():
                raise InputError("system output missing for a gold file", path=str(sf))
            system = parse_tml(sf).timexes
        else:
            system = _run_pipeline(pipeline, gold, lang)
        c = _counts(gold.timexes, system)
        per_doc[f.name] = c
        for k in total:
            total[k] += c[k]
        relaxed = _pair(gold.timexes, system, False)
        paired_g = {id(g) for g, _ in relaxed}
        paired_s = {id(s) for _, s in relaxed}
        for g, s in relaxed:
            if _norm_value(g.value) != _norm_value(s.value):
                errors.append({"doc": f.name, "kind": "value", "gold": g.text,
                               "gold_value": g.value, "system": s.text, "system_value": s.value})
        errors += [{"doc": f.name, "kind": "missed", "gold": g.text, "gold_value": g.value}
                   for g in gold.timexes if id(g) not in paired_g]
        errors += [{"doc": f.name, "kind": "spurious", "system": s.text,
                    "system_value": s.value} for s in system if id(s) not in paired_s]
    return {"folder": str(gold_dir), "system": str(system_dir) if system_dir else "newsevents",
            "documents": len(files), **scores(total), "per_document": per_doc,
            "errors": errors}


def format_report(result: dict[str, Any]) -> str:
    c = result["counts"]
    lines = [f"TimeML: {result['folder']}  system: {result['system']}  "
             f"documents: {result['documents']}  gold: {c['gold']}  system: {c['system']}",
             f"{'':16}{'P':>8}{'R':>8}{'F1':>8}"]
    for k, label in (("strict", "strict span"), ("relaxed", "relaxed span"), ("value", "value")):
        s = result[k]
        lines.append(f"{label:16}{s['precision']:8.3f}{s['recall']:8.3f}{s['f1']:8.3f}")
    lines.append(f"value accuracy {result['value_accuracy']:.3f}   "
                 f"type accuracy {result['type_accuracy']:.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """``python -m newsevents.evaluation.timeml GOLD_DIR [--system DIR] [--errors]``"""
    import argparse
    ap = argparse.ArgumentParser(prog="python -m newsevents.evaluation.timeml")
    ap.add_argument("gold_dir")
    ap.add_argument("--system")
    ap.add_argument("--lang")
    ap.add_argument("--errors", action="store_true", help="list every error")
    a = ap.parse_args(argv)
    try:
        res = evaluate_timeml(a.gold_dir, a.system, lang=a.lang)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(format_report(res))
    if a.errors:
        for e in res["errors"]:
            print(e)
    return 0


if __name__ == "__main__":
    sys.exit(main())
