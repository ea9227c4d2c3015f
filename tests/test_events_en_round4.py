"""English event coding, round 4: a fourth benchmark set written before measuring
(tests/fixtures/en_benchmark_sentences_4.tsv), and the classes the round-4 brief names.

Run as a script (``python tests/test_events_en_round4.py [-v]``) to print each set-4 sentence's
result.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from test_events_en_general import events_of, load_bench, run_bench

BENCH4 = Path(__file__).parent / "fixtures" / "en_benchmark_sentences_4.tsv"


def test_bench4_fixture_has_thirty_sentences():
    """Set 4 is thirty sentences."""
    assert len(load_bench(BENCH4)) == 30


@pytest.fixture(scope="module")
def pipe():
    from newsevents.pipeline import Pipeline
    return Pipeline()


if __name__ == "__main__":
    from newsevents.pipeline import Pipeline
    sys.path.insert(0, str(Path(__file__).parent))
    from test_events_en_general import print_bench
    print_bench(run_bench(Pipeline(), BENCH4), "-v" in sys.argv)
