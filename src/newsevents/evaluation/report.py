"""Aggregating document scores (micro-averaged) and printing them: table, JSON, details."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

from .scoring import ACCURACIES, FIELDS, Accuracy, Counts, DocScores

#: human names of the fields, in print order
LABELS = {
    "entities": "entities",
    "entities_PERSON": "  PERSON",
    "entities_ORG": "  ORG",
    "entities_LOC": "  LOC",
    "timex_span": "timex span",
    "timex_value": "timex value",
    "quantities": "quantities",
    "quotes": "quotes",
    "event_root": "events root",
    "event_actor": "events actor (headline)",
    "doc_date": "document date",
    "quote_speaker": "quote speaker",
    "event_date": "event date (actor-matched)",
    "event_plover": "event PLOVER (actor-matched)",
}


@dataclass
class Totals:
    """Micro-averaged totals over a set of documents: summed counts, then P/R/F1."""

    docs: int = 0
    fields: dict[str, Counts] = field(default_factory=lambda: {f: Counts() for f in FIELDS})
    accuracies: dict[str, Accuracy] = field(
        default_factory=lambda: {a: Accuracy() for a in ACCURACIES})

    def add(self, d: DocScores) -> None:
        self.docs += 1
        for k, v in d.fields.items():
            self.fields[k] = self.fields.get(k, Counts()) + v
        for k, v in d.accuracies.items():
            self.accuracies[k] = self.accuracies.get(k, Accuracy()) + v

    def to_dict(self) -> dict[str, Any]:
        return {"documents": self.docs,
                **{k: v.to_dict() for k, v in self.fields.items()},
                **{k: v.to_dict() for k, v in self.accuracies.items()}}


def aggregate(docs: Iterable[DocScores]) -> dict[str, Totals]:
    """Totals per language and ``"all"``; languages sorted, ``all`` last."""
    by: dict[str, Totals] = {}
    overall = Totals()
    for d in docs:
        by.setdefault(d.lang, Totals()).add(d)
        overall.add(d)
    out = {k: by[k] for k in sorted(by)}
    out["all"] = overall
    return out


@dataclass
class Report:
    """What ``evaluate_folder`` returns: per-document scores and their aggregates."""

    documents: list[DocScores]
    totals: dict[str, Totals]
    source: str = ""
    notes: list[str] = field(default_factory=list)

    @classmethod
    def build(cls, documents: list[DocScores], source: str = "") -> "Report":
        return cls(documents=documents, totals=aggregate(documents), source=source)

    @property
    def headline(self) -> float:
        return self.totals["all"].fields["event_actor"].f1

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source,
                "totals": {k: v.to_dict() for k, v in self.totals.items()},
                "documents": {d.name: {"lang": d.lang,
                                       **{k: v.to_dict() for k, v in d.fields.items()},
                                       **{k: v.to_dict() for k, v in d.accuracies.items()}}
                              for d in self.documents},
                "notes": self.notes}

    def format_table(self, baseline: dict[str, Any] | None = None) -> str:
        return format_table(self.totals, self.source, baseline)

    def format_details(self) -> str:
        return format_details(self.documents)


def _delta(baseline: dict[str, Any] | None, group: str, key: str, metric: str,
           now: float) -> str:
    """`` +0.042`` against a saved ``--json`` run, or blanks when it has no such figure."""
    try:
        before = float(baseline["totals"][group][key][metric])  # type: ignore[index]
    except (KeyError, TypeError, ValueError):
        return " " * 8 if baseline else ""
    return f"{now - before:>+8.3f}"


def format_table(totals: dict[str, Totals], source: str = "",
                 baseline: dict[str, Any] | None = None) -> str:
    """One block per language group: P, R, F1 and tp/fp/fn per field, then accuracies.

    ``baseline`` (a saved ``--json`` output) adds a column with the change of F1/accuracy.
    """
    lines = []
    if source:
        lines.append(f"Scored {totals['all'].docs} documents in {source}")
    dcol = f"{'dF1':>8}" if baseline else ""
    for group, t in totals.items():
        lines.append("")
        lines.append(f"== {group} ({t.docs} documents) ==")
        lines.append(f"{'field':<30}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}{dcol}")
        for f in FIELDS:
            c = t.fields[f]
            lines.append(f"{LABELS[f]:<30}{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}"
                         f"{c.tp:>6}{c.fp:>6}{c.fn:>6}{_delta(baseline, group, f, 'f1', c.f1)}")
        pad = " " * 11 if baseline else ""  # accuracies have three columns, not six
        lines.append(f"{'accuracy':<30}{'acc':>7}{'ok':>7}{'of':>7}{pad}"
                     f"{'dacc':>8}" if baseline else f"{'accuracy':<30}{'acc':>7}{'ok':>7}{'of':>7}")
        for a in ACCURACIES:
            x = t.accuracies[a]
            d = _delta(baseline, group, a, "accuracy", x.value)
            lines.append(f"{LABELS[a]:<30}{x.value:>7.3f}{x.correct:>7}{x.total:>7}{pad}{d}")
    lines.append("")
    lines.append("tp = gold items found, fn = gold items missed, fp = predicted items wrong; "
                 "precision counts predicted items right (may differ from tp where several "
                 "predictions overlap one gold span). Optional gold events count neither way.")
    if baseline:
        lines.append(f"dF1/dacc: change against {baseline.get('_path', 'the baseline')}.")
    return "\n".join(lines)


def format_details(documents: Iterable[DocScores]) -> str:
    """Per document, the missed and spurious items behind the figures."""
    out = []
    for d in documents:
        ev = d.fields["event_actor"]
        out.append(f"### {d.name} ({d.lang})  events actor F1 {ev.f1:.3f}  "
                   f"entities F1 {d.fields['entities'].f1:.3f}  "
                   f"timex value F1 {d.fields['timex_value'].f1:.3f}")
        if not d.details:
            out.append("  (nothing missed or spurious)")
        for kind, items in d.details.items():
            out.append(f"  {kind} ({len(items)}):")
            out.extend(f"    - {x}" for x in items)
        out.append("")
    return "\n".join(out)
