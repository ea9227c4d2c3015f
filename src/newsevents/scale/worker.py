"""What runs inside a worker: one Pipeline per process (and thread), and a safe per-article call.

Why a cache here: building a Pipeline loads tagger models, gazetteers and lexicons (seconds),
so a worker must build it once and reuse it for every article it is sent.  The cache is keyed
on the config's canonical JSON, so two runs with different configs in the same long-lived Dask
worker never share a pipeline.  It is thread-local because components keep lazily loaded state
and per-pipeline caches that were written for one caller at a time (Dask workers with several
threads, or ``LocalCluster(processes=False)``, would otherwise share them).

Error policy (the same for every engine, serial included): an exception while analysing one
article never ends the run.  The article still yields exactly one Record, in its place, with
the input's text and metadata, no analysis, and a warning that starts with
``FAILURE_PREFIX`` naming the exception.  Keeping one record per article keeps outputs aligned
with inputs (ordering, counting, store skips) and makes failures queryable in the
``warnings`` column; ``is_failure(record)`` tells them apart.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import logging
import threading
from typing import Any, Iterable

from ..article import Article
from ..doc import Doc
from ..record import Record

log = logging.getLogger("newsevents.scale")

#: every warning of a record whose analysis raised starts with this
FAILURE_PREFIX = "analysis failed"

_local = threading.local()


def canonical_config(config: dict[str, Any]) -> str:
    """The config as canonical JSON: the identity of a pipeline across processes."""
    return json.dumps(config, sort_keys=True, ensure_ascii=False, default=str)


def pipeline_for(config: dict[str, Any], key: str | None = None):
    """This thread's Pipeline for ``config``, built on first use and then reused."""
    from ..pipeline import Pipeline

    cache: dict[str, Any] | None = getattr(_local, "pipelines", None)
    if cache is None:
        cache = _local.pipelines = {}
    key = key or canonical_config(config)
    pipe = cache.get(key)
    if pipe is None:
        if len(cache) >= 4:  # a long-lived worker that saw many configs: drop the oldest
            cache.pop(next(iter(cache)))
        pipe = cache[key] = Pipeline(config)
    return pipe


def failure_record(article: Article, exc: BaseException) -> Record:
    """The record of an article whose analysis raised: its input, unanalysed, with a warning."""
    doc = Doc.from_article(article)
    doc.warnings.append(f"{FAILURE_PREFIX}: {type(exc).__name__}: {exc}")
    return doc.to_record()


def is_failure(record: Record) -> bool:
    return any(w.startswith(FAILURE_PREFIX) for w in record.warnings)


def analyse_one(pipeline, article: Article) -> Record:
    """``pipeline(article)``, or a failure record if any component raised."""
    try:
        return pipeline(article)
    except Exception as exc:  # noqa: BLE001 - one bad article must not end a corpus run
        log.warning("analysis of %s failed", article.path or article.id, exc_info=True)
        return failure_record(article, exc)


def analyse_chunk(config: dict[str, Any], articles: Iterable[Article],
                  key: str | None = None) -> list[Record]:
    """Analyse a chunk with this worker's cached pipeline (the unit of work of every engine)."""
    pipe = pipeline_for(config, key)
    return [analyse_one(pipe, a) for a in articles]


@functools.lru_cache(maxsize=1)
def install_versions() -> tuple[str, str]:
    """(pipeline version, language-data fingerprint) of the newsevents this process runs."""
    from ..lang import data_version
    from ..pipeline.core import PIPELINE_VERSION
    return PIPELINE_VERSION, data_version()


def flag_version_mismatch(records: list[Record], expected: tuple[str, str] | None
                          ) -> list[Record]:
    """Warn on every record made by an install that differs from the client's.

    On a cluster the config travels with the tasks but the code and language data are whatever
    each worker has installed; a stale worker image would silently code events differently.
    """
    if expected is None or tuple(expected) == install_versions():
        return records
    here = install_versions()
    note = (f"analysed by a worker whose newsevents differs from the client's (pipeline "
            f"{here[0]} vs {expected[0]}, language data {here[1]} vs {expected[1]})")
    return [dataclasses.replace(r, warnings=(*r.warnings, note)) for r in records]


# --- process-pool worker (engine "local") ------------------------------------------------------

def init_process(config: dict[str, Any]) -> None:
    """ProcessPoolExecutor initializer: build this process's one pipeline up front."""
    _local.config = config
    _local.key = canonical_config(config)
    pipeline_for(config, _local.key)


def run_chunk(articles: list[Article]) -> list[Record]:
    """The task a pool worker runs: its initializer already built the pipeline."""
    return analyse_chunk(_local.config, articles, _local.key)
