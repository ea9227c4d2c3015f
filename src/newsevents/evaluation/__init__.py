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
from typing import TYPE_CHECKING, Any

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


def evaluate_folder(path: str | Path, pipeline: "Pipeline | None" = None) -> Report:
    """Analyse every NAME.txt that has a NAME.gold.json in ``path`` and score it."""
    folder = Path(path)
    docs = load_gold_folder(folder)
    orgs = load_orgs(folder)
    if pipeline is None:
        from ..pipeline import Pipeline
        pipeline = Pipeline()
    scores = [score_document(analyse_gold_doc(d, pipeline), d.gold, orgs, name=d.name)
              for d in docs]
    report = Report.build(scores, source=str(folder))
    if not orgs:
        report.notes.append("no orgs.json beside the gold folder: org specs match their key only")
    return report


__all__ = ["DocScores", "Report", "Totals", "aggregate", "evaluate_folder", "load_gold_folder",
           "load_orgs", "score_document"]
