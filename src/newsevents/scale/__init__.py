"""Scale-out: the same pipeline, rebuilt from the same config, on many processes or machines.

::

    from newsevents.scale import analyse, records_bag, to_parquet_dataset
    for record in analyse(articles, config, engine="local", workers=4):
        ...
    to_parquet_dataset(records_bag(articles, config), "out/")      # with a Dask client active

Engines (all yield records in input order, identical to ``Pipeline(config)(article)``):

* ``serial`` - one pipeline in this process.
* ``local`` - a process pool on this machine (``local.py``): each worker builds one pipeline in
  its initializer; a bounded number of chunks is in flight, so memory stays flat.
* ``dask`` - ``dask.bag`` partitions on a Dask cluster (``daskbag.py``): a LocalCluster, the
  scheduler named by ``DASK_SCHEDULER_ADDRESS``, or any ``client=`` you pass (SLURM through
  dask-jobqueue, Kubernetes through dask-kubernetes; see that module).  Needs the ``dask``
  extra: ``pip install 'newsevents[dask]'``.

Why nothing but the config travels: a worker rebuilds its pipeline from the config dict (the
shipped defaults merged with the user's file), so a run is reproducible from the config alone
and no pipeline object is ever pickled.

Errors: an exception while analysing one article never ends the run, on any engine.  That
article's record carries the input unanalysed and a warning beginning ``"analysis failed"``
(``is_failure(record)``); see ``worker.py``.  A config that cannot build a pipeline is an
error of the whole run and is raised (``ConfigError``) before any work is sent out.
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator

from ..article import Article
from ..errors import ConfigError
from ..record import Record
from .parquet import to_parquet_dataset
from .worker import FAILURE_PREFIX, analyse_chunk, is_failure

ENGINES = ("serial", "local", "dask")


def analyse(articles: Iterable[Article], config: dict[str, Any] | None = None, *,
            engine: str = "serial", workers: int = 1, chunk_size: int = 16,
            client=None) -> Iterator[Record]:
    """Analyse ``articles`` with ``engine``; yield one Record per article, in input order."""
    from ..pipeline import Pipeline
    from ..settings import load_config

    if engine not in ENGINES:
        raise ConfigError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if workers < 1 or chunk_size < 1:
        raise ConfigError("workers and chunk size must be at least 1")
    config = config if config is not None else load_config()
    Pipeline(config)  # a bad config fails here, once, not in every worker (building is cheap)
    if engine == "serial":
        return _serial(articles, config, chunk_size)
    if engine == "local":
        from .local import analyse_local
        return analyse_local(articles, config, workers=workers, chunk_size=chunk_size)
    try:
        from .daskbag import analyse_dask
        import distributed  # noqa: F401
    except ImportError:
        raise ConfigError("engine 'dask' needs dask and distributed: "
                          "pip install 'newsevents[dask]'") from None
    return analyse_dask(articles, config, workers=workers, chunk_size=chunk_size, client=client)


def _serial(articles: Iterable[Article], config: dict[str, Any],
            chunk_size: int) -> Iterator[Record]:
    from .chunks import chunked
    for chunk in chunked(articles, chunk_size):
        yield from analyse_chunk(config, chunk)


def records_bag(articles, config: dict[str, Any] | None = None, *, chunk_size: int = 16):
    """A lazy ``dask.bag`` of the records of ``articles`` (a sequence or a bag of Articles)."""
    from ..settings import load_config
    from .daskbag import records_bag as _bag
    return _bag(articles, config if config is not None else load_config(),
                chunk_size=chunk_size)


__all__ = ["analyse", "records_bag", "to_parquet_dataset", "is_failure", "FAILURE_PREFIX",
           "ENGINES"]
