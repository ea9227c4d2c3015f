"""Refine a month-precision publication date from a dateline or credit that agrees with it.

News texts often carry the exact day in a credit at the end ("(APA, 31.12.2021)") or a
dateline at the start ("Ankara (Türkei), 08.06.2015 –").  A header that only says
"2021-12" is refined to the day when such a date falls in the same month; a date that
disagrees is ignored (it may be a quoted older date).
"""

from __future__ import annotations

import re

# dd.mm.yyyy or yyyy-mm-dd, inside a parenthesised credit or a dateline (text head/tail)
_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)|(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_HEAD = 300
_TAIL = 200


def _candidates(text: str) -> list[str]:
    out = []
    zones = [text[:_HEAD], text[-_TAIL:]]
    for zone in zones:
        for m in _NUMERIC.finditer(zone):
            if m.group(1):
                d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
            else:
                y, mo, d = int(m.group(4)), int(m.group(5)), int(m.group(6))
            if 1 <= mo <= 12 and 1 <= d <= 31:
                out.append(f"{y:04d}-{mo:02d}-{d:02d}")
    return out


def refine_date(date: str | None, text: str) -> str | None:
    """The day-precision date from a dateline/credit agreeing with ``date``, else ``date``."""
    if not date or len(date) == 10:
        return date
    for cand in _candidates(text):
        if cand.startswith(date):
            return cand
    return date
