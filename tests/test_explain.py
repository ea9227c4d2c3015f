"""`newsevents explain`: the clause analysis and the reasons, sentence by sentence."""

from __future__ import annotations

from click.testing import CliRunner

from conftest import shared_path


def run(*args):
    from newsevents.cli.main import cli
    return CliRunner().invoke(cli, ["explain", *args])


def test_explain_seed_article_shows_clauses_and_decisions():
    path = shared_path("eval", "dev", "de-0001.txt")
    res = run(str(path))
    assert res.exit_code == 0, res.output
    out = res.output
    # sentence 3: the quote reported by "teilte ... mit"
    assert "teilte die Regierung in Bagdad am Freitag mit" in out
    assert "verb: mitteilen" in out and "reports clause(s)" in out
    # the passive with its agent in the relative clause
    assert "voice: passive" in out and "agent(von)" in out
    # coded and rejected candidates, each with a reason and the lexicon line
    assert "CODED" in out and "REJECTED" in out
    assert "lang/de/events/" in out
    assert "auxiliary / copula 'sein'" in out


def test_explain_one_sentence_and_events_only():
    path = shared_path("eval", "dev", "de-0001.txt")
    res = run("--sentence", "0", str(path))
    assert res.exit_code == 0, res.output
    assert "[0] Iraks Ministerpräsident" in res.output and "[3]" not in res.output
    assert "bedankte" in res.output and "prep(bei)" in res.output
    res = run("--events-only", str(path))
    assert "[1] Foto: Reuters" not in res.output


def test_explain_missing_file_is_one_line_error():
    res = run("/nonexistent/file.txt")
    assert res.exit_code != 0
    assert "Traceback" not in res.output
