"""`newsevents timeline` and the Python API over a store with events from real sentences."""

from __future__ import annotations

import io
from dataclasses import replace

import pandas as pd
import pytest
from click.testing import CliRunner

import newsevents
from newsevents.cli.main import cli
from newsevents.errors import QueryError
from newsevents.store import open_store
from newsevents.timeline import timeline
from test_store_helpers import rich_record, seed_events, seed_sentences


@pytest.fixture()
def db(tmp_path):
    seed = seed_sentences()
    rec = rich_record(seed)
    path = tmp_path / "t.duckdb"
    with open_store(path, read_only=False) as st:
        st.add(rec)
        st.add(replace(rec, doc_id="feb", source="Kurier", date="2022-02-10",
                       events=seed_events(rec, date="2022-02-10")))
        st.add(replace(rec, doc_id="feb-copy", source="ORF", date="2022-02-11",
                       events=seed_events(rec, date="2022-02-11")))  # same events, next day
        # a bare year is too coarse for a monthly series
        st.add(replace(rec, doc_id="year", source="AFP", events=seed_events(rec, date="2014")))
    return str(path)


def test_monthly_series_with_gaps_and_quads(db):
    with newsevents.open_store(db) as st:
        df = timeline(st, "month", quad=True)
    assert list(df.period) == ["2021-12", "2022-01", "2022-02"]
    assert list(df.events) == [3, 0, 3]  # the February copies are one set of events
    assert list(df.mentions) == [4, 0, 8]
    dec = df.iloc[0]
    assert dec.goldstein_sum == pytest.approx(3.4 - 10 + 3.4)
    assert dec.goldstein_mean == pytest.approx((3.4 - 10 + 3.4) / 3, abs=1e-3)
    assert (dec.quad1, dec.quad4) == (2, 1)
    assert df.attrs["imprecise"] == 3 and df.attrs["undated"] == 0


def test_dyad_filters_and_weeks(db):
    with newsevents.open_store(db) as st:
        irq_coalition = timeline(st, "week", dyad="IRQ-IGO")
        assert irq_coalition.events.sum() == 2  # the thanks, Dec and Feb
        assert irq_coalition.period.iloc[0] == "2021-W52"
        assert timeline(st, "day", dyad="*-USA").events.sum() == 2
        with pytest.raises(QueryError):
            timeline(st, "month", dyad="USA")


def test_timeline_cli_csv_and_png(db, tmp_path):
    png = tmp_path / "t.png"
    res = CliRunner().invoke(cli, ["timeline", "--db", db, "--by", "month", "--format", "csv",
                                   "--root", "19", "--plot", str(png)])
    assert res.exit_code == 0, res.stderr
    df = pd.read_csv(io.StringIO(res.stdout))
    assert list(df.events) == [1, 0, 1] and list(df.goldstein_sum) == [-10, 0, -10]
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "coarser" in res.stderr


def test_python_api_frames_and_filters(db):
    st = newsevents.open_store(db)
    try:
        ev = st.events()
        assert {"num_mentions", "num_sources", "num_articles", "cameo", "source_code"} <= set(ev)
        assert len(st.events(root="19")) == 3  # Dec 2021, Feb 2022 and the one in 2014
        assert len(st.events(root="19", since="2022")) == 1
        assert len(st.mentions(actor="kadhimi")) == 8
        assert list(st.documents(since="2022-02-11").doc_id) == ["feb-copy"]
        assert len(st.entities(country="IRQ")) == 4
        with pytest.raises(QueryError):
            st.documents(root="19")
        assert list(st.timeline("month", root="19").events) == [1, 0, 1]
    finally:
        st.close()
