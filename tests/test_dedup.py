"""Deduplication across articles: one real-world event, many mentions, GDELT counts."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from click.testing import CliRunner

from newsevents.cli.main import cli
from newsevents.dedup import day_interval, event_key
from newsevents.store import open_store
from test_store_helpers import rich_record, seed_sentences, seed_events


def global_events(st):
    return st.events().set_index("global_event_id")


def test_day_intervals():
    import datetime as dt
    assert day_interval("2021-12-31") == (dt.date(2021, 12, 31),) * 2
    assert day_interval("2021-12") == (dt.date(2021, 12, 1), dt.date(2021, 12, 31))
    assert day_interval("2020-02")[1] == dt.date(2020, 2, 29)
    assert day_interval("2021") == (dt.date(2021, 1, 1), dt.date(2021, 12, 31))
    assert day_interval("2021-W52") == (dt.date(2021, 12, 27), dt.date(2022, 1, 2))
    assert day_interval("PRESENT_REF") is None and day_interval(None) is None


def test_restated_event_is_one_event_with_two_mentions(tmp_path):
    seed_record = seed_sentences()
    rec = rich_record(seed_record)
    # the thanks in sentence 0 and its restatement later share the key
    assert event_key(rec.events[0]) == event_key(rec.events[1])
    assert event_key(rec.events[0]) != event_key(rec.events[2])
    with open_store(tmp_path / "d.duckdb", read_only=False) as st:
        st.add(rec)
        g = global_events(st)
        assert len(g) == 3
        thanks = g[g.cameo_root == "05"].iloc[0]
        assert (thanks.num_mentions, thanks.num_articles, thanks.num_sources) == (2, 1, 1)
        assert bool(thanks.is_root_event)  # mentioned in the article's first sentence
        assert not bool(g[g.cameo_root == "19"].iloc[0].is_root_event)


def test_two_outlets_one_set_of_events_incremental(tmp_path):
    seed_record = seed_sentences()
    a = rich_record(seed_record, source="derStandard.at")
    b = rich_record(seed_record, doc_id="kurier-1", source="Kurier")
    with open_store(tmp_path / "d.duckdb", read_only=False) as st:
        st.add(a)
        assert set(global_events(st).num_articles) == {1}
        st.add(b)  # incremental: the second article updates the events it mentions
        g = global_events(st)
        assert len(g) == 3
        assert set(g.num_articles) == {2} and set(g.num_sources) == {2}
        assert sorted(g.num_mentions) == [2, 2, 4]
        before = st.counts()
        assert st.add(a) is None and st.add(b) is None  # re-ingesting changes nothing
        assert st.counts() == before
        assert global_events(st).equals(g)


def test_same_outlet_twice_counts_one_source(tmp_path):
    seed_record = seed_sentences()
    a = rich_record(seed_record, source="APA")
    b = rich_record(seed_record, doc_id="apa-2", source="APA",
                    text=seed_record.text)  # same text, same outlet: already stored
    with open_store(tmp_path / "d.duckdb", read_only=False) as st:
        st.add(a)
        assert st.add(b) is None
        c = rich_record(seed_record, doc_id="apa-update", source="apa ")  # outlet spelled
        assert st.add(c) is None  # differently: still the same key, skipped


def test_date_window_and_actors_separate_events(tmp_path):
    seed_record = seed_sentences()
    rec = rich_record(seed_record)
    later = replace(rec, doc_id="later", date="2022-03-15", source="Kurier",
                    events=seed_events(rec, date="2022-03-15"))
    other_actor = replace(rec, doc_id="other", source="ORF", events=tuple(
        replace(e, source=replace(e.source, code="SYRGOV", country="SYR"))
        if e.source else e for e in rec.events))
    with open_store(tmp_path / "d.duckdb", read_only=False) as st:
        st.add(rec)
        st.add(later)  # months later: other events
        assert len(global_events(st)) == 6
        st.add(other_actor)  # the attack has no source: it merges; the others do not
        g = global_events(st)
        assert len(g) == 8
        assert g[g.cameo_root == "19"].num_articles.tolist() == [2, 1]


def test_window_setting(tmp_path):
    seed_record = seed_sentences()
    from newsevents.dedup import DedupSettings
    rec = rich_record(seed_record, date="2021-12-29")
    near = replace(rec, doc_id="near", source="Kurier", date="2021-12-31",
                   events=seed_events(rec, date="2021-12-31"))
    for window, expected in [(1, 6), (3, 3)]:
        with open_store(tmp_path / f"w{window}.duckdb", read_only=False,
                        dedup=DedupSettings(window_days=window)) as st:
            st.add(replace(rec, events=seed_events(rec, date="2021-12-29")))
            st.add(near)
            assert len(global_events(st)) == expected


def test_real_pipeline_two_outlets_via_ingest(tmp_path, seed_record):
    """Done-criterion: the seed article from two outlets ingests to one set of events."""
    if not seed_record.events:
        pytest.skip("the event coder produces no events yet")
    src = tmp_path / "two.jsonl"
    rows = [{"id": "standard-1", "text": seed_record.text, "date": "2021-12",
             "source": "derStandard.at", "url": "https://www.derstandard.at/story/1"},
            {"id": "kurier-1", "text": seed_record.text, "date": "2021-12",
             "source": "Kurier", "url": "https://kurier.at/politik/1"}]
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    db = tmp_path / "two.duckdb"
    res = CliRunner().invoke(cli, ["ingest", str(src), "--db", str(db)])
    assert res.exit_code == 0, res.stderr
    with open_store(db) as st:
        g = st.events()
        per_doc = st.mentions().groupby("doc_id").size()
        assert per_doc.tolist() == [len(seed_record.events)] * 2
        assert 0 < len(g) <= len(seed_record.events)
        assert set(g.num_articles) == {2} and set(g.num_sources) == {2}
        before = st.counts()
    res = CliRunner().invoke(cli, ["ingest", str(src), "--db", str(db)])
    assert "0 ingested, 2 skipped" in res.stderr
    with open_store(db) as st:
        assert st.counts() == before


def test_wire_copy_counts_once_as_a_story(tmp_path):
    """An agency text republished with another headline and credit line is the same story:
    NumArticles/NumSources count both (as GDELT does), num_stories counts one report."""
    seed = seed_sentences()
    a = rich_record(seed, source="derStandard.at")
    from newsevents.pipeline import Pipeline
    from newsevents.article import Article
    tok = Pipeline(only=["language", "tokenize"])
    copy_text = ("Irak: Kampfeinsatz der Koalition gegen den IS ist beendet\n\n"
                 + seed.text.replace("(APA, 31.12.2021)", "(APA/Kurier, 31.12.2021)"))
    b0 = tok(Article(text=copy_text, doc_id="kurier-1", date=seed.date, lang="de",
                     source="Kurier"))
    b = rich_record(b0)
    with open_store(tmp_path / "d.duckdb", read_only=False) as st:
        st.add(a)
        st.add(b)
        stories = dict(st.query("SELECT doc_id, story_id FROM documents")[1])
        assert stories == {a.doc_id: a.doc_id, "kurier-1": a.doc_id}
        g = st.events()
        assert set(g.num_articles) == {2} and set(g.num_sources) == {2}
        assert set(g.num_stories) == {1}
        # an unrelated article is a story of its own
        other = tok(Article(text=shared_text("en-0001.txt"), doc_id="en-0001", lang="en"))
        st.add(other)
        assert st.query("SELECT story_id FROM documents WHERE doc_id = 'en-0001'")[1] == \
            [("en-0001",)]


def shared_text(name: str) -> str:
    from conftest import shared_path
    return shared_path("eval", "dev", name).read_text("utf-8").split("\n", 1)[1]


def test_migration_from_schema_1_fills_stories(tmp_path):
    """A store written before wire-copy stories existed is upgraded in place."""
    seed = seed_sentences()
    db = tmp_path / "old.duckdb"
    with open_store(db, read_only=False) as st:
        st.add(rich_record(seed, source="derStandard.at"))
        st.add(rich_record(seed, doc_id="kurier-1", source="Kurier"))
        # make it look like a version-1 file
        st.con.execute("DROP TABLE sentence_prints")
        st.con.execute("ALTER TABLE global_events DROP COLUMN num_stories")
        st.con.execute("CREATE TABLE d1 AS SELECT * EXCLUDE (story_id) FROM documents")
        st.con.execute("DROP VIEW IF EXISTS mentions")
        st.con.execute("DROP TABLE documents")
        st.con.execute("ALTER TABLE d1 RENAME TO documents")
        st.con.execute("CREATE VIEW mentions AS SELECT * FROM events")
        st.con.execute("UPDATE schema_version SET version = 1")
    with open_store(db, read_only=False) as st:
        assert st.query("SELECT max(version) FROM schema_version")[1] == [(2,)]
        assert set(st.events().num_stories) == {1}
        assert st.query("SELECT count(DISTINCT story_id) FROM documents")[1] == [(1,)]


def test_window_from_config(tmp_path):
    from newsevents.dedup import DedupSettings
    from newsevents.settings import load_config
    assert DedupSettings.from_config(load_config()).window_days == 1
    cfg = tmp_path / "c.toml"
    cfg.write_text("[dedup]\nwindow_days = 3\n")
    assert DedupSettings.from_config(load_config(cfg)).window_days == 3


def test_more_precise_report_narrows_the_date(tmp_path):
    seed = seed_sentences()
    vague = rich_record(seed, date="2021-12", events=seed_events(seed, date="2021-12"))
    exact = replace(vague, doc_id="exact", source="Kurier",
                    events=seed_events(seed, date="2021-12-31"))
    with open_store(tmp_path / "d.duckdb", read_only=False) as st:
        st.add(vague)
        assert str(st.events().day_end.iloc[0])[:10] == "2021-12-31"
        assert str(st.events().day_start.iloc[0])[:10] == "2021-12-01"
        st.add(exact)
        g = st.events()
        assert len(g) == 3 and set(g.num_articles) == {2}
        assert {str(d)[:10] for d in g.day_start} == {"2021-12-31"}


def test_events_without_actors_are_not_merged(tmp_path):
    seed = seed_sentences()
    rec = rich_record(seed)
    bare = tuple(replace(e, source=None, target=None) for e in rec.events)
    with open_store(tmp_path / "d.duckdb", read_only=False) as st:
        st.add(replace(rec, events=bare))
        st.add(replace(rec, doc_id="copy", source="Kurier", events=bare))
        g = st.events()
        assert len(g) == 8 and set(g.num_mentions) == {1}


def test_polars_on_request(tmp_path):
    from newsevents.errors import QueryError
    seed = seed_sentences()
    with open_store(tmp_path / "d.duckdb", read_only=False) as st:
        st.add(rich_record(seed))
        try:
            import polars  # noqa: F401
        except ImportError:
            with pytest.raises(QueryError, match="polars is not installed"):
                st.events(as_polars=True)
        else:
            assert st.events(as_polars=True).height == 3
