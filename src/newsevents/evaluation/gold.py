"""Gold documents: loading a folder laid out like shared/eval/dev, and locating gold mentions.

Gold files give mentions as text, not offsets (``{"text": "2014", ...}``), so the scorer has to
find them in the analysed text.  The rule (shared/eval/README.md): mentions of one list are
located in order, each at the first whole-word occurrence at or after the previous mention that
no earlier mention claimed; an event's ``sentence`` takes its first occurrence.  Locating is done
here, once, so scoring works on plain ``(start, end)`` spans.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError

#: file name of the organisation alias table that sits beside (or above) a gold folder
ORGS_FILE = "orgs.json"


@dataclass(frozen=True, slots=True)
class GoldDoc:
    """One gold document: the article file beside it and its parsed gold annotation."""

    name: str  # "de-0001"
    text_path: Path
    gold: dict[str, Any]


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _pattern(mention: str) -> re.Pattern[str]:
    """A regex for ``mention`` that tolerates different runs of white space (line breaks)."""
    parts = [re.escape(p) for p in mention.split()]
    return re.compile(r"\s+".join(parts))


def occurrences(text: str, mention: str) -> list[tuple[int, int]]:
    """Every whole-word occurrence of ``mention`` in ``text`` as ``(start, end)``.

    Whole word: a word character at the mention's edge may not continue a word in the text
    ("2014" is not found inside "20145", "IS" not inside "ISIS").
    """
    mention = mention.strip()
    if not mention:
        return []
    found = []
    for m in _pattern(mention).finditer(text):
        s, e = m.start(), m.end()
        # finditer does not return overlapping matches; that is fine for words
        if s > 0 and _is_word(text[s - 1]) and _is_word(text[s]):
            continue
        if e < len(text) and _is_word(text[e]) and _is_word(text[e - 1]):
            continue
        found.append((s, e))
    return found


def locate_in_order(text: str, mentions: list[str]) -> list[tuple[int, int] | None]:
    """Locate an ordered list of mentions (README rule); ``None`` for one that is not found.

    Each mention takes the first whole-word occurrence starting at or after the previous
    mention's start that does not overlap an occurrence already claimed.  When the gold order
    is off (no such occurrence after the previous one), the first unclaimed occurrence anywhere
    is taken rather than losing the mention.
    """
    claimed: list[tuple[int, int]] = []
    out: list[tuple[int, int] | None] = []
    cursor = 0

    def free(span: tuple[int, int]) -> bool:
        return all(span[1] <= c[0] or span[0] >= c[1] for c in claimed)

    for mention in mentions:
        occ = occurrences(text, mention)
        pick = next((o for o in occ if o[0] >= cursor and free(o)), None)
        if pick is None:
            pick = next((o for o in occ if free(o)), None)
        out.append(pick)
        if pick is not None:
            claimed.append(pick)
            cursor = pick[0]
    return out


def locate_first(text: str, mention: str) -> tuple[int, int] | None:
    """The first whole-word occurrence (how an event's ``sentence`` is located)."""
    occ = occurrences(text, mention)
    return occ[0] if occ else None


def load_orgs(folder: Path) -> dict[str, list[str]]:
    """The org alias table for a gold folder: ``orgs.json`` in it or in its parent folder.

    Keys are the org keys used in actor specs; aliases are case-folded.  Missing table: {}.
    """
    for p in (folder / ORGS_FILE, folder.parent / ORGS_FILE):
        if p.is_file():
            try:
                data = json.loads(p.read_text("utf-8"))
            except (OSError, ValueError) as exc:
                raise InputError(f"cannot read org aliases ({exc})", path=str(p)) from None
            return {k: [a.casefold() for a in v] for k, v in data.items()}
    return {}


def load_gold_folder(folder: str | Path) -> list[GoldDoc]:
    """Every ``NAME.gold.json`` with its ``NAME.txt`` in ``folder``, sorted by name."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError("not a folder", path=str(folder))
    docs = []
    for gp in sorted(folder.glob("*.gold.json")):
        name = gp.name[: -len(".gold.json")]
        try:
            gold = json.loads(gp.read_text("utf-8"))
        except (OSError, ValueError) as exc:
            raise InputError(f"not a valid gold file ({exc})", path=str(gp)) from None
        tp = folder / gold.get("text_file", f"{name}.txt")
        if not tp.is_file():
            raise InputError(f"gold file has no article beside it ({tp.name})", path=str(gp))
        docs.append(GoldDoc(name=name, text_path=tp, gold=gold))
    if not docs:
        raise InputError("no NAME.gold.json files here", path=str(folder))
    return docs
