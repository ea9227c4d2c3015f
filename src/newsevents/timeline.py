"""Event time series: counts and Goldstein sums and means per day, week or month.

Why over deduplicated events: a story repeated by ten outlets is one event, so the series
measures what happened, not how much was written (``mentions`` gives the latter beside it).
Periods without events are kept as zero rows, because gaps are part of a time series.  An
event is placed by the first day of its date interval; events without any date (neither their
own nor their article's) cannot be placed and are counted in ``undated``; events whose date
is coarser than the period (a bare year in a monthly series: "the IS overran the north in
2014") would be put in a period they may not belong to, so they are left out and counted in
``imprecise``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pandas as pd

from .errors import QueryError
from .export.filters import Filters, select_sql

PERIODS = ("day", "week", "month")
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
              4: "material conflict"}


@dataclass(frozen=True)
class Dyad:
    """Directed pair of actors, each a country code or actor-code prefix ("USA-IRQ",
    "USAMIL-IRQGOV"); ``*`` stands for anyone."""

    source: str
    target: str

    @classmethod
    def parse(cls, text: str) -> "Dyad":
        parts = [p.strip().upper() for p in text.split("-")]
        if len(parts) != 2 or not all(parts):
            raise QueryError(f"--dyad {text!r}: expected SOURCE-TARGET, e.g. USA-IRQ")
        return cls(*parts)

    def sql(self) -> tuple[str, list[str]]:
        where, params = [], []
        for side, code in (("source", self.source), ("target", self.target)):
            if code == "*":
                continue
            where.append(f"(upper(coalesce(g.{side}_country, '')) = ? OR "
                         f"starts_with(upper(coalesce(g.{side}_code, '')), ?))")
            params += [code, code]
        return " AND ".join(where), params


def _period_start(day: dt.date, by: str) -> dt.date:
    if by == "day":
        return day
    if by == "week":
        return day - dt.timedelta(days=day.weekday())
    return day.replace(day=1)


def _next(start: dt.date, by: str) -> dt.date:
    if by == "day":
        return start + dt.timedelta(days=1)
    if by == "week":
        return start + dt.timedelta(days=7)
    return (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def _label(start: dt.date, by: str) -> str:
    if by == "day":
        return start.isoformat()
    if by == "week":
        y, w, _ = start.isocalendar()
        return f"{y}-W{w:02d}"
    return start.strftime("%Y-%m")


def timeline(store, by: str = "month", *, dyad: str | Dyad | None = None, quad: bool = False,
             filters: Filters | None = None) -> pd.DataFrame:
    """One row per period: events, mentions, goldstein_sum, goldstein_mean (and the event
    count of each quad class with ``quad``).  ``df.attrs`` holds the events left out:
    ``undated`` and ``imprecise`` (date coarser than the period)."""
    if by not in PERIODS:
        raise QueryError(f"--by must be one of {', '.join(PERIODS)}")
    sql, params = select_sql("events", filters or Filters())
    if dyad:
        d = Dyad.parse(dyad) if isinstance(dyad, str) else dyad
        cond, p = d.sql()
        if cond:
            sql = f"SELECT * FROM ({sql}) g WHERE {cond}"
            params = params + p
    rows = store.con.execute(
        f"SELECT day_start, day_end, quad_class, goldstein, num_mentions FROM ({sql})", params
    ).fetchall()
    undated = sum(1 for r in rows if r[0] is None)
    dated = [(r[0], *r[2:]) for r in rows
             if r[0] is not None and _period_start(r[0], by) == _period_start(r[1], by)]
    imprecise = len(rows) - undated - len(dated)
    cols = ["period", "start", "events", "mentions", "goldstein_sum", "goldstein_mean"]
    if quad:
        cols += [f"quad{q}" for q in QUAD_NAMES]
    if not dated:
        df = pd.DataFrame(columns=cols)
        df.attrs.update(undated=undated, imprecise=imprecise)
        return df
    acc: dict[dt.date, dict[str, Any]] = {}
    for day, q, g, m in dated:
        start = _period_start(day, by)
        a = acc.setdefault(start, {"events": 0, "mentions": 0, "gsum": 0.0, "gn": 0,
                                   **{f"quad{k}": 0 for k in QUAD_NAMES}})
        a["events"] += 1
        a["mentions"] += m or 0
        if g is not None:
            a["gsum"] += g
            a["gn"] += 1
        if q in QUAD_NAMES:
            a[f"quad{q}"] += 1
    out = []
    start, last = min(acc), max(acc)
    while start <= last:
        a = acc.get(start, {"events": 0, "mentions": 0, "gsum": 0.0, "gn": 0,
                            **{f"quad{k}": 0 for k in QUAD_NAMES}})
        row = {"period": _label(start, by), "start": start, "events": a["events"],
               "mentions": a["mentions"], "goldstein_sum": round(a["gsum"], 3),
               "goldstein_mean": round(a["gsum"] / a["gn"], 3) if a["gn"] else None}
        if quad:
            row.update({f"quad{k}": a[f"quad{k}"] for k in QUAD_NAMES})
        out.append(row)
        start = _next(start, by)
    df = pd.DataFrame(out, columns=cols)
    df.attrs.update(undated=undated, imprecise=imprecise)
    return df


def plot(df: pd.DataFrame, path: str, *, title: str = "newsevents", by: str = "month") -> None:
    """Bars of event counts per period (stacked by quad class when present) and the mean
    Goldstein score as a line on a second axis; written as PNG."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(11, 4.8), dpi=110)
    x = pd.to_datetime(df["start"])
    width = {"day": 0.9, "week": 6, "month": 27}[by]
    if "quad1" in df.columns:
        bottom = pd.Series(0, index=df.index)
        colours = {1: "#7fbf7b", 2: "#1b7837", 3: "#f4a582", 4: "#b2182b"}
        for q, name in QUAD_NAMES.items():
            ax.bar(x, df[f"quad{q}"], width=width, bottom=bottom, color=colours[q],
                   label=f"{q} {name}", align="edge")
            bottom = bottom + df[f"quad{q}"]
        ax.legend(loc="upper left", fontsize=8, frameon=False)
    else:
        ax.bar(x, df["events"], width=width, color="#4477aa", label="events", align="edge")
    ax.set_ylabel(f"events per {by}")
    ax2 = ax.twinx()
    ax2.plot(x + pd.Timedelta(days=width / 2), df["goldstein_mean"], "o-", color="#222222",
             markersize=3, linewidth=1, label="mean Goldstein")
    ax2.axhline(0, color="#999999", linewidth=0.6)
    ax2.set_ylim(-10.5, 10.5)
    ax2.set_ylabel("mean Goldstein (-10 conflict .. +10 cooperation)")
    left = df.attrs.get("undated", 0) + df.attrs.get("imprecise", 0)
    ax.set_title(f"{title}: {int(df['events'].sum())} events, counted by {by}"
                 + (f" ({left} undated or dated only by a coarser period, not shown)"
                    if left else ""))
    fig.autofmt_xdate()
    fig.tight_layout()
    fig.savefig(path, format="png")
    plt.close(fig)
