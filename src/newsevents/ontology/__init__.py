"""The CAMEO event ontology with its PLOVER mapping: one table, read once.

Every event the system emits carries a CAMEO code; its name, Goldstein value, quad class and
PLOVER type are looked up here so they are never restated elsewhere.  The table
(``ontology/cameo.tsv``) is built from the public reference files by ``ontology/build.py``
and shipped with the package; nothing here reads ``../shared`` at run time.

    >>> from newsevents import ontology
    >>> ontology.cameo("0874").plover
    'RETREAT'
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ..errors import ConfigError

TABLE = Path(str(resources.files("newsevents") / "ontology" / "cameo.tsv"))

#: The 16 PLOVER event types (PLOVER manual draft 0.8, 2021), in the manual's order.
PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                "COERCE", "ASSAULT")

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation",
              3: "verbal conflict", 4: "material conflict"}


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO event code.  ``plover`` is None for plain statements (root 01)."""

    code: str
    root: str
    name: str
    goldstein: float
    quad_class: int
    plover: str | None
    plover_mode: str | None = None
    plover_context: tuple[str, ...] = ()
    goldstein_gdelt: float | None = None

    @property
    def is_root(self) -> bool:
        return len(self.code) == 2

    @property
    def depth(self) -> int:
        """1 for a root ("19"), 2 for a base code ("190"), 3 for a tertiary code ("1832")."""
        return len(self.code) - 1


@functools.lru_cache(maxsize=1)
def _table() -> dict[str, CameoCode]:
    try:
        text = TABLE.read_text("utf-8")
    except FileNotFoundError:
        raise ConfigError("CAMEO table missing; rebuild with python -m newsevents.ontology.build",
                          path=str(TABLE)) from None
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    out: dict[str, CameoCode] = {}
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        code = row["code"]
        out[code] = CameoCode(
            code=code, root=row["root"], name=row["name"], goldstein=float(row["goldstein"]),
            quad_class=int(row["quad_class"]), plover=row["plover"] or None,
            plover_mode=row["plover_mode"] or None,
            plover_context=tuple(c for c in row["plover_context"].split(";") if c),
            goldstein_gdelt=float(row["goldstein_gdelt"]) if row["goldstein_gdelt"] else None,
        )
    return out


def normalize(code: str | int) -> str:
    """A CAMEO code as text: ints and unpadded strings ("51", 51) gain their leading zero.

    YAML reads an unquoted 0874 as an integer (or octal): lexicon files quote codes, but a
    forgiving lookup costs nothing.  Codes are 2-4 digits; roots 01-09 start with 0.
    """
    s = str(code).strip()
    if s.isdigit() and s not in _table() and "0" + s in _table() and len(s) in (1, 2, 3):
        return "0" + s
    return s


def is_known(code: str | int) -> bool:
    """True when ``code`` is a CAMEO event code (root, base or tertiary)."""
    return normalize(code) in _table()


def cameo(code: str | int) -> CameoCode:
    """The CAMEO code's entry; ConfigError for a code CAMEO does not define."""
    entry = _table().get(normalize(code))
    if entry is None:
        raise ConfigError(f"unknown CAMEO event code {str(code)!r}")
    return entry


def codes() -> list[CameoCode]:
    """Every code in the table, in CAMEO order."""
    return list(_table().values())


def roots() -> list[CameoCode]:
    """The 20 root codes 01-20."""
    return [c for c in _table().values() if c.is_root]


def children(code: str) -> list[CameoCode]:
    """Codes below ``code`` in the hierarchy (not including ``code`` itself)."""
    code = normalize(code)
    return [c for c in _table().values() if c.code != code and c.code.startswith(code)
            and (len(code) > 2 or c.root == code)]


def plover_types() -> tuple[str, ...]:
    """The 16 PLOVER event types."""
    return PLOVER_TYPES


def quad_class_name(quad: int) -> str:
    return QUAD_NAMES[quad]


__all__ = ["CameoCode", "PLOVER_TYPES", "cameo", "children", "codes", "is_known", "normalize",
           "plover_types", "quad_class_name", "roots"]
