"""`newsevents export`: every format parses back; GDELT layouts; PLOVER fields; filters."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import replace

import pandas as pd
import pytest
from click.testing import CliRunner

from conftest import shared_path
from newsevents.cli.main import cli
from newsevents.export.gdelt import EVENT_FIELDS, MENTION_FIELDS
from newsevents.record import Record
from newsevents.store import open_store
from test_store_helpers import rich_record, seed_sentences


@pytest.fixture()
def db(tmp_path):
    """The seed article from two outlets, with events coded from its real sentences."""
    seed_record = seed_sentences()
    path = tmp_path / "e.duckdb"
    with open_store(path, read_only=False) as st:
        st.add(rich_record(seed_record, source="derStandard.at",
                           url="https://www.derstandard.at/story/2000132270000"))
        st.add(rich_record(seed_record, doc_id="kurier-1", source="Kurier",
                           url="https://kurier.at/politik/ausland/irak-abzug"))
    return str(path)


def export(db, *args):
    res = CliRunner().invoke(cli, ["export", "--db", db, *args])
    assert res.exit_code == 0, res.output + (res.stderr or "")
    return res.stdout


def test_jsonl_records_parse_back(db):
    seed_record = seed_sentences()
    lines = export(db).splitlines()
    assert len(lines) == 2
    recs = [Record.from_dict(json.loads(ln)) for ln in lines]
    assert recs[0] == rich_record(seed_record, source="derStandard.at",
                                  url="https://www.derstandard.at/story/2000132270000")
    assert recs[1].doc_id == "kurier-1" and len(recs[1].events) == 4


def test_csv_parquet_jsonl_tables(db, tmp_path):
    ev = pd.read_csv(io.StringIO(export(db, "--format", "csv")))
    assert len(ev) == 3  # deduplicated: thanks (x2 in each article), attack, announcement
    assert set(ev["num_articles"]) == {2}
    men = pd.read_csv(io.StringIO(export(db, "--format", "csv", "--table", "mentions")))
    assert len(men) == 8 and set(men["outlet"]) == {"derStandard.at", "Kurier"}
    out = tmp_path / "ent.parquet"
    export(db, "--format", "parquet", "--table", "entities", "-o", str(out))
    ent = pd.read_parquet(out)
    assert list(ent["name"]) == ["Bagdad", "Mustafa al-Kadhimi"] * 2
    rows = [json.loads(x) for x in export(db, "--format", "jsonl", "--table", "documents")
            .splitlines()]
    assert [r["outlet"] for r in rows] == ["derStandard.at", "Kurier"]


def test_filters(db):
    def n(*args):
        return len(pd.read_csv(io.StringIO(export(db, "--format", "csv", *args))))
    assert n("--root", "19") == 1
    assert n("--root", "5,19") == 2
    assert n("--actor", "IRQ") == 1  # IRQGOV thanks the coalition
    assert n("--actor", "kadhimi") == 1
    assert n("--country", "usa") == 2
    assert n("--since", "2022-01-01") == 0 and n("--until", "2021-12") == 3
    assert n("--lang", "en") == 0 and n("--lang", "de") == 3
    res = CliRunner().invoke(cli, ["export", "--db", db, "--since", "2021-13"])
    assert res.exit_code == 2 and "--since" in res.stderr


def test_gdelt_event_layout(db):
    text = export(db, "--format", "gdelt")
    rows = list(csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))
    assert len(rows) == 3 and all(len(r) == 61 for r in rows)
    df = pd.read_csv(io.StringIO(text), sep="\t", header=None, names=list(EVENT_FIELDS),
                     dtype=str, keep_default_na=False)
    thanks = df[df.EventRootCode == "05"].iloc[0]
    assert thanks.Actor1Code == "IRQGOV" and thanks.Actor2Code == "IGOMIL"
    assert thanks.SQLDATE == "20211231" and thanks.MonthYear == "202112"
    assert (thanks.NumMentions, thanks.NumSources, thanks.NumArticles) == ("4", "2", "2")
    assert thanks.ActionGeo_CountryCode == "IZ"  # FIPS, as GDELT
    assert thanks.ActionGeo_Type == "1" and thanks.ActionGeo_FullName == "Irak"  # a country
    assert thanks.EventBaseCode == "051" and thanks.QuadClass == "1"
    assert thanks.SOURCEURL.startswith("https://www.derstandard.at/")
    assert thanks.AvgTone == "" and thanks.Actor1EthnicCode == ""
    # Iraq's government thanks the coalition in Iraq: its geography is the event's place; the
    # coalition has no country, so no geography
    assert (thanks.Actor1Geo_Type, thanks.Actor1Geo_FullName, thanks.Actor1Geo_CountryCode) == (
        "1", "Irak", "IZ")
    assert thanks.Actor2Geo_Type == "" and thanks.Actor2Geo_CountryCode == ""


def test_gdelt_mentions_layout(db):
    text = export(db, "--format", "gdelt-mentions")
    df = pd.read_csv(io.StringIO(text), sep="\t", header=None, names=list(MENTION_FIELDS),
                     dtype=str, keep_default_na=False)
    assert len(df) == 8 and df.shape[1] == 16
    assert set(df.MentionSourceName) == {"derStandard.at", "Kurier"}
    assert set(df.MentionDocTranslationInfo) == {"srclc:ger"}
    assert all(re.fullmatch(r"\d{14}", v) for v in df.MentionTimeDate)


def plover_fields() -> tuple[set[str], set[str]]:
    """(all, required) field names of the 'PLOVER JSON' table of the PLOVER manual."""
    tex = shared_path("reference", "PLOVER_MANUAL.tex").read_text("utf-8")
    table = tex[tex.index(r"\caption{PLOVER JSON }"):]
    table = table[:table.index(r"\end{tabular}")]
    names, required = set(), set()
    for line in table.splitlines():
        m = re.match(r"\s*([a-z\\_]+)\s*&.*&\s*([YN])\s*\\\\", line)
        if m:
            name = m.group(1).replace("\\_", "_")
            names.add(name)
            if m.group(2) == "Y":
                required.add(name)
    return names, required


def test_plover_validates_against_manual(db):
    names, required = plover_fields()
    assert {"id", "date", "actor", "event"} <= required and "cite_info" in names
    objs = [json.loads(x) for x in export(db, "--format", "plover").splitlines()]
    assert len(objs) == 2  # the CAMEO 03 announcement has no PLOVER type
    extras = {"cameo", "num_mentions", "num_sources", "num_articles", "num_stories", "doc_ids"}
    for o in objs:
        assert required <= set(o) and set(o) <= names | extras
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", o["date"])
        assert isinstance(o["actor"], list) and isinstance(o["event"], list)
        assert o["quad_code"] in (1, 2, 3, 4)
    assault = next(o for o in objs if o["event"] == ["ASSAULT"])
    assert assault["recipient"][0]["code"] == "USA" and assault["actor"] == []
    assert assault["event_loc"]["country_code"] == "IRQ"
    # mode and context from the official CAMEO->PLOVER table, null where it names none
    assert assault["context"] == ["military"] and assault["mode"] is None
    support = next(o for o in objs if o["event"] == ["SUPPORT"])
    assert support["context"] == ["diplomatic"]
    assert assault["event_text"][0].startswith("In den vergangenen Monaten")
    assert assault["cite_info"]["language"] == "de"


def test_export_of_missing_db_is_one_line(tmp_path):
    res = CliRunner().invoke(cli, ["export", "--db", str(tmp_path / "no.duckdb")])
    assert res.exit_code == 2 and "no such database" in res.stderr


def test_query_read_only(db):
    res = CliRunner().invoke(cli, ["query", "--db", db, "INSERT INTO documents (doc_id) "
                                   "VALUES ('x')"])
    assert res.exit_code == 2 and "read-only" in res.stderr and "\n" not in res.stderr.strip()
    res = CliRunner().invoke(cli, ["query", "--db", db, "SELECT count(*) AS n FROM documents",
                                   "--format", "csv"])
    assert res.stdout.split() == ["n", "2"]
    res = CliRunner().invoke(cli, ["query", "--db", db, "SELEC 1"])
    assert res.exit_code == 2 and "syntax error" in res.stderr
    res = CliRunner().invoke(cli, ["query", "--db", db, "SELECT doc_id FROM documents",
                                   "--format", "jsonl"])
    assert [json.loads(x)["doc_id"] for x in res.stdout.splitlines()] == ["de-0001", "kurier-1"]


def test_formats_are_registered_and_checked(db):
    from newsevents.registry import exporters
    assert {"jsonl", "csv", "parquet", "gdelt", "gdelt-mentions", "plover"} <= set(
        exporters.names())
    res = CliRunner().invoke(cli, ["export", "--db", db, "--format", "xml"])
    assert res.exit_code == 2 and "choose from" in res.stderr
    res = CliRunner().invoke(cli, ["export", "--db", db, "--format", "plover", "--table",
                                   "documents"])
    assert res.exit_code == 2 and "does not apply" in res.stderr


def test_gdelt_actor_geography_falls_back_to_the_country():
    from newsevents.export.gdelt import _actor_geo
    row = {"source_country": "USA", "location_country": "IRQ", "location_name": "Bagdad",
           "location_lat": 33.34, "location_lon": 44.4}
    assert _actor_geo(row, "source") == ["1", "United States", "US", "", "", "", "", ""]
    row["location_country"] = "USA"
    row["location_name"], row["location_lat"], row["location_lon"] = "Washington", 38.9, -77.0
    geo = _actor_geo(row, "source")
    assert geo[0] == "4" and geo[1] == "Washington" and geo[2] == "US" and geo[5] == "38.9"
    assert _actor_geo({"target_country": None}, "target") == [""] * 8


def test_plover_mode_and_context_come_from_the_official_table():
    from newsevents import ontology
    assert ontology.cameo("041").plover_mode == "phone"
    assert ontology.cameo("0312").plover_context == ("military",)
