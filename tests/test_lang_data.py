"""Every shipped language data file is readable by a researcher: a provenance header, a
consistent table shape, no duplicate rows.  Component tests check each file's meaning."""

from __future__ import annotations

import pytest
import yaml

from newsevents.lang import LANG_ROOT, data_files, data_version


FILES = [p for p in data_files() if p.suffix in {".tsv", ".txt", ".yaml"}]


def test_there_is_language_data():
    assert any(p.name == "tagmap.tsv" for p in FILES)


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(LANG_ROOT)))
def test_data_file_has_provenance_header_and_shape(path):
    text = path.read_text("utf-8")
    first = text.lstrip("\ufeff").splitlines()[0] if text.strip() else ""
    assert first.startswith("#"), f"{path.name}: the first line must be a '#' provenance comment"
    rows = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    if path.suffix == ".tsv":
        header = rows[0].split("\t")
        assert len(set(header)) == len(header), f"{path.name}: repeated column names"
        for n, row in enumerate(rows[1:], 2):
            assert len(row.split("\t")) <= len(header), f"{path.name}: row {n} has extra columns"
        assert len(set(rows[1:])) == len(rows) - 1, f"{path.name}: duplicate rows"
    elif path.suffix == ".txt":
        assert len(set(rows)) == len(rows), f"{path.name}: duplicate lines"
    else:
        yaml.safe_load(text)


def test_data_version_is_stable():
    assert data_version() == data_version() and len(data_version()) == 12
