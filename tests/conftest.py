"""Shared fixtures.  Tests read ../shared in place and skip cleanly where it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).parent / "fixtures"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test when that checkout is not beside us."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"../shared/{'/'.join(parts)} is not available")
    return p


@pytest.fixture(scope="session")
def pipeline():
    from newsevents.pipeline import Pipeline
    return Pipeline()


@pytest.fixture(scope="session")
def seed_record(pipeline):
    from newsevents.cli.extract import sample_path
    from newsevents.readers import read_inputs
    [article] = list(read_inputs([sample_path()]))
    return pipeline(article)
