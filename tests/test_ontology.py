"""The shipped CAMEO/PLOVER table: complete, consistent, and faithful to the reference files."""

from __future__ import annotations

import csv
import re

import pytest

from newsevents import ontology
from newsevents.errors import ConfigError
from newsevents.ontology import build

from conftest import shared_path


def test_lookup_known_codes():
    c = ontology.cameo("0874")
    assert (c.code, c.root, c.quad_class, c.plover, c.plover_mode) == (
        "0874", "08", 2, "RETREAT", "disarm")
    assert c.name == "Retreat or surrender militarily"
    assert ontology.cameo("051").plover == "SUPPORT"
    assert ontology.cameo("190").quad_class == 4
    assert ontology.cameo("112").quad_class == 3
    assert ontology.cameo("020").plover == "REQUEST"     # appeals fold into REQUEST
    assert ontology.cameo("010").plover is None          # plain statements have no PLOVER type
    assert ontology.cameo("163").plover == "COERCE"      # the official mapping, not the root's
    assert ontology.cameo("1832").goldstein == -10.0


def test_unknown_code_raises_config_error():
    with pytest.raises(ConfigError):
        ontology.cameo("999")
    with pytest.raises(ConfigError):
        ontology.cameo("0875")
    assert not ontology.is_known("0875")
    assert not ontology.is_known("abc")
    assert ontology.is_known("0874")


def test_unpadded_codes_are_normalized():
    assert ontology.cameo(51).code == "051"
    assert ontology.cameo("874").code == "0874"
    assert ontology.cameo("10").code == "10"   # a root, not 010


def test_table_shape():
    codes = ontology.codes()
    assert len(codes) == 312
    assert len({c.code for c in codes}) == len(codes)
    assert [r.code for r in ontology.roots()] == [f"{i:02d}" for i in range(1, 21)]
    for c in codes:
        assert c.root == c.code[:2]
        assert c.quad_class == (1 if int(c.root) <= 5 else 2 if int(c.root) <= 9
                                else 3 if int(c.root) <= 14 else 4)
        assert -10.0 <= c.goldstein <= 10.0
        if c.root == "01":
            assert c.plover is None
        else:
            assert c.plover in ontology.plover_types(), c
    assert len(ontology.plover_types()) == 16
    assert {c.code for c in ontology.children("18")} >= {"180", "1832", "186"}


def test_every_plover_type_is_reachable():
    used = {c.plover for c in ontology.codes() if c.plover}
    assert used == set(ontology.plover_types())


def test_table_matches_reference_files():
    ref = shared_path("reference")
    with open(ref / "cameo-codes-icews.csv", encoding="utf-8", errors="replace") as fh:
        icews = {r["code"]: r for r in csv.DictReader(fh)}
    assert set(icews) == {c.code for c in ontology.codes()}
    for code, r in icews.items():
        c = ontology.cameo(code)
        assert c.name == r["name"].strip()
        assert c.goldstein == float(r["goldstein"])
    gdelt = dict(line.split("\t") for line in
                 (ref / "GDELT_CAMEO.goldsteinscale.txt").read_text().splitlines()[1:] if line)
    for code, value in gdelt.items():
        assert ontology.cameo(code).goldstein_gdelt == float(value)
    for line in (ref / "CAMEO2PLOVER-2021.txt").read_text().splitlines():
        m = re.match(r"^(\d{3,4}):\s*(\w+)", line)
        if m and ontology.is_known(m.group(1)):
            assert ontology.cameo(m.group(1)).plover == m.group(2), line


def test_rebuild_is_identical(tmp_path):
    ref = shared_path("reference")
    out = tmp_path / "cameo.tsv"
    build.write(build.build(ref), out)
    strip = lambda p: [ln for ln in p.read_text().splitlines() if not ln.startswith("#")]
    assert strip(out) == strip(ontology.TABLE)
