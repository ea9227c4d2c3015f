"""Engine "dask": ``dask.bag`` partitions of articles, one pipeline per worker process.

Each partition is one chunk of articles.  The task that analyses it asks ``worker.pipeline_for``
for the worker's pipeline, which is built on the first partition a worker process sees and
reused afterwards (cached on the config's canonical JSON), so a worker pays the model loading
once however many partitions it runs.

Where it runs is decided by the Dask client, not by newsevents:

* nothing given: a ``distributed.LocalCluster`` with ``workers`` processes of one thread each
  is started for the run and closed afterwards; if the environment names a scheduler
  (``DASK_SCHEDULER_ADDRESS=tcp://host:8786`` or dask's ``scheduler-address`` setting), that
  cluster is used instead.
* ``client=`` any ``distributed.Client``.  On a SLURM machine (package ``dask-jobqueue``)::

      from dask_jobqueue import SLURMCluster
      from distributed import Client
      cluster = SLURMCluster(cores=1, processes=1, memory="4GB", walltime="02:00:00")
      cluster.scale(jobs=32)
      client = Client(cluster)
      for record in analyse(articles, config, engine="dask", client=client): ...

  On Kubernetes (package ``dask-kubernetes``) create a ``KubeCluster`` with an image that has
  newsevents installed and pass ``Client(cluster)`` the same way.  Every worker needs the same
  newsevents version as the client: the config travels with the tasks, the code does not.

Give each worker process one thread (``threads_per_worker=1``, SLURM ``processes=cores``):
the pipeline is pure Python and holds the GIL, so more threads only cost one more pipeline
each.  Each partition carries the client's pipeline version and language-data fingerprint; a
worker whose install differs adds a warning to every record it makes.

A LocalCluster starts its worker processes with spawn, so a script that uses this engine without
a client needs the ``if __name__ == "__main__":`` guard, as with the local engine.

``records_bag`` is the lazy form for corpus-scale work, e.g. straight into Parquet with
``parquet.to_parquet_dataset(records_bag(...), out_dir)``; ``analyse_dask`` streams records back
in input order, computing a bounded window of partitions at a time.
"""

from __future__ import annotations

import contextlib
from collections import deque
from typing import Any, Iterable, Iterator, Sequence

from ..article import Article
from ..record import Record
from .chunks import chunked
from .worker import (analyse_chunk, canonical_config, failure_record, flag_version_mismatch,
                     install_versions)


def _analyse_partition(articles: Iterable[Article], config: dict[str, Any], key: str,
                       expected: tuple[str, str] | None = None) -> list[Record]:
    return flag_version_mismatch(analyse_chunk(config, list(articles), key), expected)


def records_bag(articles: "Sequence[Article] | Any", config: dict[str, Any], *,
                chunk_size: int = 16):
    """A lazy ``dask.bag`` of Records: from a sequence of articles or a bag of articles."""
    import dask.bag as db

    bag = articles if isinstance(articles, db.Bag) else db.from_sequence(
        list(articles), partition_size=chunk_size)
    return bag.map_partitions(_analyse_partition, config, canonical_config(config),
                              install_versions())


@contextlib.contextmanager
def _client_for(client, workers: int):
    """The given client, the environment's scheduler, or a LocalCluster for this run only."""
    if client is not None:
        yield client
        return
    import dask
    from distributed import Client, LocalCluster

    address = dask.config.get("scheduler-address", None)
    if address:
        with Client(address) as c:
            yield c
        return
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as c:
        yield c


def analyse_dask(articles: Iterable[Article], config: dict[str, Any], *, workers: int = 2,
                 chunk_size: int = 16, client=None,
                 window: int | None = None) -> Iterator[Record]:
    """Records of ``articles`` in input order, analysed on a Dask cluster.

    The input is read ``window`` partitions at a time (default: two per worker) and two
    windows are in flight, so the cluster never idles between windows and a corpus of any
    size streams through with bounded memory on the client.

    Errors inside the pipeline already become failure records in the worker.  If a whole
    window fails anyway (distributed gives up on a task that killed three workers:
    ``KilledWorker``), its articles are re-run one task each and only those that kill workers
    again get failure records.  Any other error (the scheduler is gone) ends the run.
    """
    import dask.bag as db
    from distributed import KilledWorker

    key = canonical_config(config)
    versions = install_versions()
    with _client_for(client, workers) as c:
        n_workers = max(1, len(c.nthreads()) or workers)
        per_window = (window or 2 * n_workers) * chunk_size
        in_flight: deque[tuple[list[Article], Any]] = deque()
        blocks = chunked(articles, per_window)
        while True:
            while len(in_flight) < 2 and (block := next(blocks, None)) is not None:
                bag = db.from_sequence(block, partition_size=chunk_size)
                in_flight.append((block, c.compute(bag.map_partitions(
                    _analyse_partition, config, key, versions))))
            if not in_flight:
                break
            block, future = in_flight.popleft()
            try:
                records = future.result()
            except KilledWorker:  # a lost window must not end the run; a lost cluster does
                records = _one_by_one(c, block, config, key, versions)
            yield from records


def _one_by_one(client, block: list[Article], config: dict[str, Any], key: str,
                versions: tuple[str, str]) -> list[Record]:
    from distributed import KilledWorker

    futures = [client.submit(_analyse_partition, [a], config, key, versions, pure=False)
               for a in block]
    out: list[Record] = []
    for article, f in zip(block, futures):
        try:
            out.extend(f.result())
        except KilledWorker as exc:
            out.append(failure_record(article, exc))
    return out
