"""A researcher's own lexicon file (`--lexicon mine.yaml`) extends the coder without Python."""

from __future__ import annotations

import json
import subprocess
import sys

SENTENCE = "Der Präsident der USA bewunderte die irakische Regierung am Montag.\n"


def run(*args):
    return subprocess.run([sys.executable, "-m", "newsevents.cli.main", "extract", "--lang", "de",
                           "--format", "jsonl", *args, "-"], input=SENTENCE, text=True,
                          capture_output=True)


def test_user_lexicon_adds_an_event_with_its_provenance(tmp_path):
    before = json.loads(run().stdout)
    assert not [e for e in before["events"] if e["trigger"]["text"] == "bewunderte"]
    mine = tmp_path / "mine.yaml"
    mine.write_text("# admiration coded as praise\nverbs:\n  - lemma: bewundern\n"
                    "    cameo: \"051\"\n    target: object\n    obj: acc\n", encoding="utf-8")
    out = run("--lexicon", str(mine))
    assert out.returncode == 0, out.stderr
    [ev] = [e for e in json.loads(out.stdout)["events"] if e["trigger"]["text"] == "bewunderte"]
    assert ev["cameo"] == "051" and ev["rule"].startswith(f"{mine}:3")
    assert ev["source"]["country"] == "USA" and ev["target"]["country"] == "IRQ"


def test_missing_user_lexicon_is_one_line(tmp_path):
    out = run("--lexicon", str(tmp_path / "nope.yaml"))
    assert out.returncode == 2 and "lexicon file not found" in out.stderr
    assert "Traceback" not in out.stderr
