"""Build ``ontology/cameo.tsv`` from the public CAMEO/PLOVER reference files.  Run by hand:

    python -m newsevents.ontology.build [REFERENCE_DIR]

REFERENCE_DIR defaults to ``../shared/reference`` beside the repository.  The script is kept so
that the table can be rebuilt (and checked) when a reference file is corrected; the shipped
table is what the library reads at run time, never the reference files themselves.

Decisions taken here, because the sources disagree or are silent:

- Names and Goldstein values come from the ICEWS code table (it is the one with every code);
  GDELT's Goldstein value is kept in its own column where it exists (it differs for 5 codes).
- PLOVER type, mode and context come from CAMEO2PLOVER-2021.  That table has no rows for the
  roots 01 and 02: plain statements (01x) get no PLOVER type, appeals (02x) get REQUEST, as the
  PLOVER manual folds appeals into requests.  A root code ("03") takes its own row when the
  table has one, otherwise the row of its "x0" child ("030").
- The quad class follows the root: 1 verbal cooperation (01-05), 2 material cooperation
  (06-09), 3 verbal conflict (10-14), 4 material conflict (15-20).
"""

from __future__ import annotations

import csv
import re
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "cameo.tsv"
DEFAULT_REF = HERE.parents[2].parent / "shared" / "reference"  # ../shared beside the repo

COLUMNS = ["code", "root", "name", "goldstein", "goldstein_gdelt", "quad_class",
           "plover", "plover_mode", "plover_context"]


def quad_class(root: str) -> int:
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 9 else 3 if r <= 14 else 4


def read_icews(ref: Path) -> list[dict[str, str]]:
    with open(ref / "cameo-codes-icews.csv", encoding="utf-8", errors="replace", newline="") as fh:
        return list(csv.DictReader(fh))


def read_gdelt(ref: Path) -> dict[str, str]:
    out = {}
    for line in (ref / "GDELT_CAMEO.goldsteinscale.txt").read_text("utf-8").splitlines()[1:]:
        if line.strip():
            code, value = line.split("\t")
            out[code.strip()] = value.strip()
    return out


def read_plover(ref: Path) -> dict[str, tuple[str, str, str]]:
    """code -> (type, mode, context); the first row wins when a code is listed twice."""
    out: dict[str, tuple[str, str, str]] = {}
    for line in (ref / "CAMEO2PLOVER-2021.txt").read_text("utf-8").splitlines():
        m = re.match(r"^(\d+):\s*([^#]*)", line)
        if not m or m.group(1) in out:
            continue
        parts = [p.strip() for p in m.group(2).split(",")] + ["", ""]
        ptype, mode, context = parts[0], parts[1], parts[2]
        context = ";".join(c.strip() for c in context.split(";") if c.strip())
        out[m.group(1)] = (ptype, mode.replace(" ", ""), context)
    return out


def fmt_number(value: str) -> str:
    return f"{float(value):.1f}"


def build(ref: Path) -> list[dict[str, str]]:
    icews, gdelt, plover = read_icews(ref), read_gdelt(ref), read_plover(ref)
    rows = []
    for r in icews:
        code = r["code"].strip()
        root = code[:2]
        if code in plover:
            ptype, mode, context = plover[code]
        elif len(code) == 2 and code + "0" in plover:
            ptype, _, _ = plover[code + "0"]
            mode, context = "", ""
        elif root == "02":
            ptype, mode, context = "REQUEST", "", ""
        elif root == "01":
            ptype, mode, context = "", "", ""
        else:
            raise SystemExit(f"no PLOVER mapping for CAMEO {code}")
        rows.append({
            "code": code, "root": root, "name": r["name"].strip(),
            "goldstein": fmt_number(r["goldstein"]),
            "goldstein_gdelt": fmt_number(gdelt[code]) if code in gdelt else "",
            "quad_class": str(quad_class(root)),
            "plover": ptype, "plover_mode": mode, "plover_context": context,
        })
    return rows


HEADER = """\
# CAMEO event codes with Goldstein values, quad classes and the PLOVER type/mode/context.
# Built by src/newsevents/ontology/build.py ({today}); do not edit by hand, rebuild instead.
# Sources (facts only):
#   - cameo-codes-icews.csv: CAMEO code list, names, Goldstein values (ICEWS R package data, MIT;
#     CAMEO codebook by Schrodt 2012, CAMEO.Manual.1.1b3)
#   - GDELT_CAMEO.goldsteinscale.txt: GDELT's Goldstein values (column goldstein_gdelt)
#   - CAMEO2PLOVER-2021.txt: official CAMEO->PLOVER conversion, PLOVER manual draft 0.8,
#     2021-09-17 (CC BY-SA 4.0). Roots 01/02 are absent there: 01x -> no PLOVER type (empty),
#     02x (appeals) -> REQUEST, as in the PLOVER manual; roots without a row take their x0 child.
# quad_class: 1 verbal cooperation (01-05), 2 material cooperation (06-09),
#             3 verbal conflict (10-14), 4 material conflict (15-20).
# plover_context: ';'-separated when several.  Version 1.
"""


def write(rows: list[dict[str, str]], out: Path = OUT) -> None:
    with open(out, "w", encoding="utf-8", newline="") as fh:
        fh.write(HEADER.format(today=date.today().isoformat()))
        fh.write("\t".join(COLUMNS) + "\n")
        for row in rows:
            fh.write("\t".join(row[c] for c in COLUMNS) + "\n")


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    ref = Path(argv[0]) if argv else DEFAULT_REF
    rows = build(ref.resolve())
    write(rows)
    print(f"wrote {len(rows)} codes to {OUT}")


if __name__ == "__main__":
    main()
