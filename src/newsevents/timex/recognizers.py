"""Score the tagger on Microsoft Recognizers-Text DateTime test cases (unit-test material).

Each case is one sentence with a reference date and the expected expressions (span and
TIMEX-style resolution).  Only cases within our scope are counted: exactly one expected
expression, of type date, time, duration or set (ranges, date-times and time zones are
left out; so are cases whose expected TIMEX is not a value we produce at all, e.g. week-of-
month or "XXXX-XX-XX" forms).  A case passes when an expression we find overlaps the
expected span and its value matches one of the resolutions:

- date: our value equals a resolution ``value`` ("2016-11-07") or its ``timex``;
- time: our clock part (HH:MM) equals the resolution's;
- duration, set: our value equals the ``timex`` ("P3D", "XXXX-WXX-1").

Most cases are requests to a calendar assistant ("Remind me at 8pm"), not news; the
"news style" rate counts only cases without first/second person or such requests
(word list: ``lang/<lang>/time/chat_markers.txt``).

``python -m newsevents.timex.recognizers FILE LANG`` prints the pass rate.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from .tagger import TimexTagger

SCOPE = {"datetimeV2.date": "date", "datetimeV2.time": "time",
         "datetimeV2.duration": "duration", "datetimeV2.set": "set"}


@dataclass(frozen=True, slots=True)
class CaseResult:
    text: str
    kind: str
    expected: tuple[str, ...]
    found: str | None
    passed: bool
    news: bool = True  # no first/second person or assistant request (lang/*/time/chat_markers.txt)


def _chat_regex(lang: str) -> re.Pattern[str]:
    from ..lang import load_lines
    words = sorted(load_lines(lang, "time/chat_markers.txt"), key=len, reverse=True)
    return re.compile(r"(?<![\w'])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w'])",
                      re.IGNORECASE)


def _expected(kind: str, resolution: dict) -> tuple[str, ...]:
    vals = resolution.get("values", []) if resolution else []
    out: list[str] = []
    for v in vals:
        if kind == "date":
            out += [x for x in (v.get("value"), v.get("timex")) if x]
        elif kind == "time":
            if v.get("value"):
                out.append(v["value"][:5])
        else:
            if v.get("timex"):
                out.append(v["timex"])
    return tuple(out)


def _matches(kind: str, value: str, expected: tuple[str, ...]) -> bool:
    if kind == "time":
        if "T" not in value:
            return False
        clock = value.split("T", 1)[1][:5]
        return clock in expected
    return value in expected


def score_cases(path: str | Path, lang: str) -> list[CaseResult]:
    cases = json.loads(Path(path).read_text("utf-8-sig"))
    tagger = TimexTagger(lang)
    chat = _chat_regex(lang)
    out: list[CaseResult] = []
    for case in cases:
        results = case.get("Results") or []
        if len(results) != 1 or results[0].get("TypeName") not in SCOPE:
            continue
        r = results[0]
        kind = SCOPE[r["TypeName"]]
        expected = _expected(kind, r.get("Resolution") or {})
        if not expected:
            continue
        ref = (case.get("Context") or {}).get("ReferenceDateTime", "")[:10] or None
        text = case["Input"]
        s, e = int(r["Start"]), int(r["End"]) + 1
        found = [f for f in tagger.tag(text, ref) if f.start < e and f.end > s]
        best = next((f for f in found if _matches(kind, f.value, expected)), None)
        out.append(CaseResult(text, kind, expected,
                              (best or (found[0] if found else None)).value
                              if (best or found) else None, best is not None,
                              not chat.search(text)))
    return out


def pass_rate(results: list[CaseResult]) -> dict[str, float | int]:
    by_kind: dict[str, list[bool]] = {}
    for r in results:
        by_kind.setdefault(r.kind, []).append(r.passed)
    rep: dict[str, float | int] = {"cases": len(results),
                                   "passed": sum(r.passed for r in results)}
    rep["rate"] = round(rep["passed"] / rep["cases"], 4) if results else 0.0
    news = [r for r in results if r.news]
    rep["news_cases"] = len(news)
    rep["news_rate"] = round(sum(r.passed for r in news) / len(news), 4) if news else 0.0
    for k, v in sorted(by_kind.items()):
        rep[f"{k}_rate"] = round(sum(v) / len(v), 4)
        rep[f"{k}_cases"] = len(v)
    return rep


if __name__ == "__main__":
    res = score_cases(sys.argv[1], sys.argv[2])
    print(pass_rate(res))
    if "-v" in sys.argv:
        for r in res:
            if not r.passed:
                print(f"FAIL {r.kind:8} {r.text!r} expected {r.expected} got {r.found}")
