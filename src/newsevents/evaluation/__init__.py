"""Evaluation: scoring the pipeline against gold documents (and CoNLL NER, TimeML files).

Library API::

    from newsevents.evaluation import evaluate_folder
    report = evaluate_folder("/path/to/eval/dev")
    print(report.format_table()); report.totals["all"].fields["event_actor"].f1

The matching rules are pure functions in ``scoring`` (``score_document(record_dict,
gold_dict, orgs)``) so they can be tested without running the pipeline.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from .gold import GoldDoc, load_gold_folder, load_orgs
from .report import Report, Totals, aggregate
from .scoring import DocScores, score_document

if TYPE_CHECKING:  # pragma: no cover
    from ..pipeline import Pipeline


def analyse_gold_doc(doc: GoldDoc, pipeline: "Pipeline") -> dict[str, Any]:
    """Run the pipeline on a gold document's article; the record as a dict."""
    from ..errors import InputError
    from ..readers import ReadFailure, read_inputs
    items = list(read_inputs([str(doc.text_path)]))
    if not items or isinstance(items[0], ReadFailure):
        raise InputError(f"cannot read article ({items[0] if items else 'nothing read'})",
                         path=str(doc.text_path))
    return pipeline(items[0]).to_dict()


def empty_record(doc: GoldDoc) -> dict[str, Any]:
    """A record with nothing predicted (what a crashed document is scored as)."""
    from ..readers import read_inputs
    items = list(read_inputs([str(doc.text_path)]))
    article = items[0] if items and hasattr(items[0], "text") else None
    return {"doc_id": doc.name, "lang": doc.gold.get("lang"), "date": None,
            "text": article.text if article else "", "sentences": [], "entities": [],
            "timexes": [], "quantities": [], "quotes": [], "events": []}


def evaluate_folder(path: str | Path, pipeline: "Pipeline | None" = None, *,
                    names: Iterable[str] | None = None,
                    records: dict[str, dict[str, Any]] | None = None) -> Report:
    """Analyse every NAME.txt that has a NAME.gold.json in ``path`` and score it.

    ``names`` keeps only those documents (e.g. ``["de-0001"]``).  ``records`` (doc_id ->
    ``Record.to_dict()``) scores records made earlier instead of running the pipeline; a
    document without a record is scored as empty.  A document on which the pipeline crashes is
    scored as if nothing had been predicted and the error is listed in ``report.notes``: one
    broken component under development must not hide everyone's figures.
    """
    from ..errors import InputError
    folder = Path(path)
    docs = load_gold_folder(folder)
    if names is not None:
        wanted = set(names)
        unknown = wanted - {d.name for d in docs}
        if unknown:
            raise InputError(f"no gold document named {', '.join(sorted(unknown))}",
                             path=str(folder))
        docs = [d for d in docs if d.name in wanted]
    orgs = load_orgs(folder)
    if pipeline is None and records is None:
        from ..pipeline import Pipeline
        pipeline = Pipeline()
    scores, notes = [], []
    for d in docs:
        if records is not None:
            record = records.get(d.name)
            if record is None:
                notes.append(f"{d.name}: no record given; scored as if nothing was predicted")
                record = empty_record(d)
        else:
            try:
                record = analyse_gold_doc(d, pipeline)
            except InputError:
                raise
            except Exception as exc:  # noqa: BLE001 - reported, and scored as an empty record
                notes.append(f"{d.name}: the pipeline failed ({type(exc).__name__}: {exc}); "
                             f"scored as if nothing was predicted")
                record = empty_record(d)
        scores.append(score_document(record, d.gold, orgs, name=d.name))
    report = Report.build(scores, source=str(folder))
    report.notes.extend(notes)
    if not orgs:
        report.notes.append("no orgs.json beside the gold folder: org specs match their key only")
    return report


def load_records(path: str | Path) -> dict[str, dict[str, Any]]:
    """Records from a JSONL file (``newsevents extract --format jsonl``), keyed by doc_id."""
    import json

    from ..errors import InputError
    out: dict[str, dict[str, Any]] = {}
    p = Path(path)
    try:
        lines = p.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read records ({exc})", path=str(p)) from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            out[rec["doc_id"]] = rec
        except (ValueError, KeyError, TypeError):
            raise InputError(f"line {n}: not a record (JSON object with doc_id)",
                             path=str(p)) from None
    return out


__all__ = ["DocScores", "Report", "Totals", "aggregate", "evaluate_folder", "load_gold_folder",
           "load_orgs", "load_records", "score_document"]
