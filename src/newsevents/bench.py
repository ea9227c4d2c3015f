"""Throughput and memory of the pipeline, against a tokenise-only baseline, in one run.

Why a baseline: absolute articles/second depend on the machine; the ratio to the cheapest
possible pipeline (language detection + tokenisation) says what the analysis itself costs,
and the per-component shares (``Pipeline.timings``) say where.

Why fresh pipelines: components cache what they saw (the tagger skips sentences seen before),
so timing repeated passes over the same articles would measure the caches.  Each repeat
builds a new pipeline; the first article of each language is the warm-up (lazy loading of
that language's models), the others are timed.

Memory is measured two ways, both named in the output: the peak of Python-allocated memory
(``tracemalloc``) while building one more pipeline and analysing the first few articles, so
the loading of language resources counts (untraced timing runs, since tracing slows Python
down; data files cached process-wide by an earlier pipeline are not counted again), and the
process's peak resident set size (``resource.getrusage(...).ru_maxrss``), which includes C
libraries and everything loaded.
"""

from __future__ import annotations

import resource
import sys
import time
import tracemalloc
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

BASELINE = ["language", "tokenize"]


def default_inputs() -> list[str]:
    """The dev and held-out texts of ../shared/eval when present, else the bundled sample."""
    roots = [Path(__file__).resolve().parents[2].parent / "shared" / "eval",
             Path.cwd().parent / "shared" / "eval"]
    for root in roots:
        dirs = [root / "dev", root / "heldout"]
        files = sorted(str(p) for d in dirs if d.is_dir() for p in d.glob("*.txt"))
        if files:
            return files
    from .cli.extract import sample_path
    return [sample_path()]


def _maxrss_mb() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024  # bytes vs KiB


@dataclass
class Run:
    name: str
    components: list[str]
    warmup_s: float = 0.0  # build + first article (lazy loading of resources), mean per repeat
    seconds: float = 0.0  # the timed articles (all but the first), summed over repeats
    articles: int = 0
    words: int = 0
    peak_heap_mb: float = 0.0  # tracemalloc peak: building + first MEMORY_ARTICLES articles
    maxrss_after_mb: float = 0.0
    shares: dict[str, float] = field(default_factory=dict)

    @property
    def per_second(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "components": self.components, "warmup_s": self.warmup_s,
                "seconds": self.seconds, "articles": self.articles,
                "articles_per_second": self.per_second, "words_per_second": self.words_per_second,
                "peak_heap_mb_tracemalloc": self.peak_heap_mb,
                "maxrss_after_mb": self.maxrss_after_mb, "component_shares": self.shares}


#: articles of the separate memory pass (tracing is slow; loading dominates the peak anyway)
MEMORY_ARTICLES = 5


def warm_up_articles(articles: list, config: dict[str, Any]) -> list:
    """The first article of each language: a pipeline loads a language's models and lexicons
    when it first meets the language, a cost paid once per process, not per article."""
    from .pipeline.language import LanguageDetector
    detector = LanguageDetector(config.get("components", {}).get("language", {}))
    seen: dict[str | None, Any] = {}
    for a in articles:
        seen.setdefault(a.lang or detector.detect(a.text), a)
    return list(seen.values())


def run_one(name: str, build, articles: list, warm: list, repeat: int):
    """Per repeat, a fresh pipeline (so no sentence cache has seen the text): the build and
    the first article of each language are the warm-up (lazy loading of resources); the
    remaining articles are timed.  Then one more fresh pipeline under tracemalloc over the
    first MEMORY_ARTICLES articles gives the peak Python heap including loading.  Returns the
    Run and the last timed pipeline."""
    r = Run(name, [])
    timed = [a for a in articles if all(a is not w for w in warm)]
    words = sum(len(a.text.split()) for a in timed)
    shares: dict[str, float] = {}
    pipeline = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        pipeline = build()
        for a in warm:
            pipeline(a)
        r.warmup_s += (time.perf_counter() - t0) / repeat
        for k in pipeline.timings:
            pipeline.timings[k] = 0.0
        t0 = time.perf_counter()
        for a in timed:
            pipeline(a)
        r.seconds += time.perf_counter() - t0
        r.articles += len(timed)
        r.words += words
        for k, v in pipeline.timings.items():
            shares[k] = shares.get(k, 0.0) + v
    r.components = pipeline.names
    total = sum(shares.values()) or 1.0
    r.shares = {k: v / total for k, v in shares.items()}
    r.maxrss_after_mb = _maxrss_mb()
    tracemalloc.start()
    traced = build()
    for a in articles[:MEMORY_ARTICLES]:
        traced(a)
    r.peak_heap_mb = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    return r, pipeline


def store_rate(records: list) -> float:
    """Documents per second the store writes (one transaction each, with deduplication),
    into a fresh DuckDB file in a temporary folder."""
    import tempfile
    from .store import open_store
    with tempfile.TemporaryDirectory() as d:
        with open_store(Path(d) / "bench.duckdb", read_only=False) as st:
            t0 = time.perf_counter()
            for r in records:
                st.add(r)
            dt = time.perf_counter() - t0
    return len(records) / dt if dt else 0.0


def bench(inputs: Iterable[str] | None = None, *, repeat: int = 1,
          config: dict[str, Any] | None = None) -> dict[str, Any]:
    """Run baseline then full pipeline over the same articles; return figures as a dict."""
    from .pipeline import Pipeline
    from .readers import ReadFailure, read_inputs
    from .settings import load_config

    config = config if config is not None else load_config()
    paths = list(inputs) if inputs else default_inputs()
    articles, failures = [], []
    for item in read_inputs(paths):
        (failures if isinstance(item, ReadFailure) else articles).append(item)
    warm = warm_up_articles(articles, config)
    if len(articles) <= len(warm):
        from .errors import InputError
        raise InputError("need more readable articles than languages (the first article of "
                         "each language is the warm-up)")
    base, _ = run_one("tokenise-only", lambda: Pipeline(config, only=BASELINE), articles,
                      warm, repeat)
    full, full_pipeline = run_one("full", lambda: Pipeline(config), articles, warm, repeat)
    records = [full_pipeline(a) for a in articles]
    return {
        "articles": len(articles), "repeat": repeat, "failures": [str(f) for f in failures],
        "words": sum(len(a.text.split()) for a in articles),
        "runs": [base.to_dict(), full.to_dict()],
        "ratio_time_full_to_tokenise": (full.seconds / base.seconds) if base.seconds else None,
        "ratio_heap_full_to_tokenise": (full.peak_heap_mb / base.peak_heap_mb
                                        if base.peak_heap_mb else None),
        "memory_method": f"tracemalloc peak, building the pipeline + {MEMORY_ARTICLES} "
                         f"articles (Python heap, incl. loading); ru_maxrss (process peak RSS)",
        "store_docs_per_second": store_rate(records),
    }


def format_report(res: dict[str, Any]) -> str:
    lines = [f"bench: {res['articles']} articles ({res['words']} words) x {res['repeat']} "
             f"repeat(s); memory: {res['memory_method']}"]
    for r in res["runs"]:
        lines.append(
            f"  {r['name']:<14} {r['articles_per_second']:8.2f} articles/s "
            f"{r['words_per_second']:9.0f} words/s  warm-up {r['warmup_s']:.1f} s  "
            f"peak heap {r['peak_heap_mb_tracemalloc']:.1f} MB  "
            f"max RSS so far {r['maxrss_after_mb']:.0f} MB")
    rt, rh = res["ratio_time_full_to_tokenise"], res["ratio_heap_full_to_tokenise"]
    lines.append(f"  ratio full/tokenise-only: time x{rt:.2f}, peak heap x{rh:.2f}"
                 if rt and rh else "  ratio full/tokenise-only: n/a")
    lines.append(f"  store writes (DuckDB, one transaction per document, dedup): "
                 f"{res['store_docs_per_second']:.1f} documents/s")
    full = res["runs"][-1]
    shares = sorted(full["component_shares"].items(), key=lambda kv: -kv[1])
    lines.append("  component time shares (full): "
                 + ", ".join(f"{k} {v * 100:.1f}%" for k, v in shares))
    for f in res["failures"]:
        lines.append(f"  skipped {f}")
    return "\n".join(lines)
