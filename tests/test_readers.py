"""Readers on real inputs: the dev articles' date headers, saved news pages, a WARC written
from them, JSONL/CSV, folders, globs and stdin."""

from __future__ import annotations

import csv
import datetime
import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsevents.readers import ReadFailure, ReadOptions, read_inputs
from newsevents.readers.textfile import parse_text

from conftest import shared_path
from warc_writer import write_warc


def _articles(items):
    return [a for a in items if not isinstance(a, ReadFailure)]


def test_header_on_same_line_indented_refined_by_credit():
    p = shared_path("eval", "dev", "de-0001.txt")
    [a] = list(read_inputs([str(p)]))
    assert a.text.startswith("Iraks Ministerpräsident")
    assert a.date == "2021-12-31" and a.date_precision == "day"
    assert a.doc_id == "de-0001"


def test_header_followed_by_blank_line():
    p = shared_path("eval", "dev", "en-0004.txt")
    [a] = list(read_inputs([str(p)]))
    assert a.date == "2023-11-02"
    assert a.text.startswith("Putin pulls Russia out")


def test_month_header_refined_only_by_agreeing_dateline():
    opts = ReadOptions()
    a = parse_text("date 2015-06\n\nAnkara (Türkei), 08.06.2015 – Die Wahl ist vorbei.", "x", opts)
    assert a.date == "2015-06-08" and a.date_precision == "day"
    b = parse_text("date 2015-06\n\nAnkara (Türkei), 08.05.2014 – Die Wahl ist vorbei.", "x", opts)
    assert b.date == "2015-06" and b.date_precision == "month"


def test_all_dev_and_heldout_files_read_with_dates():
    folder = shared_path("eval")
    items = list(read_inputs([str(folder / "dev"), str(folder / "heldout")]))
    assert not [i for i in items if isinstance(i, ReadFailure)]
    assert len(items) >= 40
    assert all(a.date and a.text and not a.text.startswith("date") for a in items)


@pytest.fixture(scope="module")
def html_pages():
    folder = shared_path("corpora", "html")
    rows = list(csv.DictReader(open(folder / "dates.tsv", encoding="utf-8"), delimiter="\t"))
    return [(folder / r["file"], r["publication_date"], r["url"]) for r in rows]


def test_html_pages_main_text_and_dates(html_pages):
    exact = 0
    for path, true_date, _ in html_pages:
        [a] = list(read_inputs([str(path)]))
        assert not isinstance(a, ReadFailure), a
        assert len(a.text) > 1000 and a.title
        assert "<div" not in a.text and "function(" not in a.text
        got = datetime.date.fromisoformat(a.date)
        want = datetime.date.fromisoformat(true_date)
        assert abs((got - want).days) <= 1, (path.name, a.date, true_date)
        exact += got == want
    assert exact >= len(html_pages) - 1  # htmldate's known time-zone slip on one page


def test_html_german_page_text():
    path = shared_path("corpora", "html", "tagesanzeiger.ch.umweltzerstoerung.html")
    [a] = list(read_inputs([str(path)]))
    assert "Zoonosen" in a.text or "Epidemie" in a.text
    assert a.date == "2020-04-11"


@pytest.mark.parametrize("gzipped", [False, True])
def test_warc_written_from_real_pages(tmp_path, html_pages, gzipped):
    pages = [(url, path.read_bytes()) for path, _, url in html_pages]
    warc = write_warc(tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc"), pages,
                      gzipped=gzipped)
    items = list(read_inputs([str(warc)]))
    arts = _articles(items)
    assert len(arts) == len(pages)
    by_url = {a.url: a for a in arts}
    for path, true_date, url in html_pages:
        a = by_url[url]
        assert abs((datetime.date.fromisoformat(a.date)
                    - datetime.date.fromisoformat(true_date)).days) <= 1
    assert len({a.doc_id for a in arts}) == len(arts)


def test_warc_skips_non_html_and_errors(tmp_path, html_pages):
    path, _, url = html_pages[0]
    warc = write_warc(tmp_path / "mixed.warc", [(url, path.read_bytes())])
    with open(warc, "ab") as fh:
        from warc_writer import warc_record
        fh.write(warc_record("https://x.test/a.png", b"\x89PNG....", content_type="image/png"))
        fh.write(warc_record("https://x.test/gone", b"<html>gone</html>", status="404 Not Found"))
    arts = _articles(read_inputs([str(warc)]))
    assert [a.url for a in arts] == [url]


def test_not_a_warc(tmp_path):
    bad = tmp_path / "bad.warc"
    bad.write_text("this is not a crawl")
    [f] = list(read_inputs([str(bad)]))
    assert isinstance(f, ReadFailure) and "WARC" in f.message


def test_jsonl_records_and_bad_lines(tmp_path):
    seed = shared_path("eval", "dev", "de-0002.txt").read_text("utf-8")
    body = seed.split("\n", 1)[1]
    p = tmp_path / "batch.jsonl"
    p.write_text("\n".join([
        json.dumps({"id": "a1", "text": body, "date": "2014-10-21T09:00:00Z", "title": "EU droht",
                    "url": "https://de.wikinews.org/x", "lang": "de"}),
        "{not json",
        json.dumps({"id": "a2", "text": "", "date": "2014-10-21"}),
        json.dumps({"id": "a3", "text": body, "date": "21/10/2014"}),
        json.dumps({"id": "a4", "text": "The talks resumed in Geneva on Monday.", "date": "2014"}),
    ]) + "\n", encoding="utf-8")
    items = list(read_inputs([str(p)]))
    arts = _articles(items)
    fails = [i for i in items if isinstance(i, ReadFailure)]
    assert [a.doc_id for a in arts] == ["a1", "a4"]
    assert arts[0].date == "2014-10-21" and arts[0].title == "EU droht" and arts[0].lang == "de"
    assert arts[1].date_precision == "year"
    assert [f.path.rsplit(":", 1)[1] for f in fails] == ["2", "3", "4"]
    assert "JSON" in fails[0].message and "text" in fails[1].message and "date" in fails[2].message


def test_csv_records(tmp_path):
    p = tmp_path / "batch.csv"
    with open(p, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "date", "title", "url", "lang", "text"])
        w.writerow(["c1", "2019-06-23", "Protest", "https://x.test/1", "en",
                    "Thousands of protesters gathered,\n\"peacefully\", around the complex."])
        w.writerow(["c2", "2019-06", "", "", "", "Die Polizei nahm 20 Demonstranten fest."])
    arts = list(read_inputs([str(p)]))
    assert [a.doc_id for a in arts] == ["c1", "c2"]
    assert "\"peacefully\"" in arts[0].text and arts[0].lang == "en"
    assert arts[1].title is None and arts[1].date == "2019-06"


def test_csv_without_text_column(tmp_path):
    p = tmp_path / "nope.csv"
    p.write_text("id,body\n1,hello\n")
    [f] = list(read_inputs([str(p)]))
    assert isinstance(f, ReadFailure) and "'text' column" in f.message


def test_folder_and_glob_order_and_gold_skipped():
    dev = shared_path("eval", "dev")
    from_folder = [a.doc_id for a in read_inputs([str(dev)])]
    from_glob = [a.doc_id for a in read_inputs([str(dev / "de-*.txt")])]
    assert from_folder == sorted(from_folder) and "de-0001" in from_folder
    assert from_glob == [d for d in from_folder if d.startswith("de-")]
    assert not any(d.endswith(".gold") for d in from_folder)


def test_glob_matching_nothing(tmp_path):
    [f] = list(read_inputs([str(tmp_path / "*.txt")]))
    assert isinstance(f, ReadFailure) and "matches no file" in f.message


def test_stdin_through_cli():
    text = shared_path("eval", "dev", "en-0004.txt").read_text("utf-8")
    out = subprocess.run([sys.executable, "-m", "newsevents.cli.main", "extract", "-",
                          "--format", "jsonl"], input=text.encode(), capture_output=True,
                         check=True)
    rec = json.loads(out.stdout)
    assert rec["date"] == "2023-11-02" and rec["lang"] == "en"
