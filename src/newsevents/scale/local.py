"""Engine "local": a pool of worker processes on this machine.

Each worker process builds ONE pipeline from the config in its initializer and reuses it for
every chunk it is sent.  Processes start with ``forkserver`` (or ``spawn`` where that is not
available), never ``fork``: the parent may already hold threads (tqdm, duckdb, a Dask client)
and forking a threaded process can deadlock.

Memory stays flat on any corpus size: at most ``max_in_flight`` chunks are submitted and not
yet consumed, the input iterator is read only as far as those chunks need, and results are
yielded in input order as soon as the oldest chunk is done.

If a worker process dies (killed by the OOM killer, a crash in native code), the pool is
broken and every chunk in flight is lost.  A fresh pool then re-runs those articles one at a
time, so the article that kills a worker again is known for certain: it alone gets a failure
record (see ``worker``'s error policy) and the rest of the input goes on as before.  Workers
that die on ``MAX_DEATHS_IN_A_ROW`` articles in a row end the run with an error: that is the
machine or the install, not the input.

Start methods other than fork re-import the caller's main module in every worker, so a script
that calls the local engine needs the usual ``if __name__ == "__main__":`` guard.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Iterable, Iterator

from ..article import Article
from ..errors import NewsEventsError
from ..record import Record
from .chunks import chunked
from .worker import failure_record, init_process, run_chunk

#: a pool that dies on this many single articles in a row is not failing because of them
MAX_DEATHS_IN_A_ROW = 5


def mp_context() -> multiprocessing.context.BaseContext:
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def _new_pool(config: dict[str, Any], workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=workers, mp_context=mp_context(),
                               initializer=init_process, initargs=(config,))


def analyse_local(articles: Iterable[Article], config: dict[str, Any], *, workers: int = 2,
                  chunk_size: int = 16, max_in_flight: int | None = None) -> Iterator[Record]:
    """Records of ``articles`` in input order, analysed by ``workers`` processes."""
    limit = max_in_flight or 2 * workers
    pending: deque[tuple[list[Article], Future]] = deque()
    chunks = chunked(articles, chunk_size)
    pool = _new_pool(config, workers)
    try:
        exhausted = False
        while True:
            while not exhausted and len(pending) < limit:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                    break
                try:
                    pending.append((chunk, pool.submit(run_chunk, chunk)))
                except BrokenProcessPool:
                    pool = _replace(pool, config, workers)
                    pending.append((chunk, pool.submit(run_chunk, chunk)))
            if not pending:
                break
            chunk, future = pending.popleft()
            try:
                records = future.result()
            except BrokenProcessPool:
                # all chunks in flight are lost; isolate the culprit by re-running them singly
                lost = [a for c in (chunk, *(c for c, _ in pending)) for a in c]
                pending.clear()
                pool = _replace(pool, config, workers)
                deaths = 0
                for article in lost:
                    try:
                        yield from pool.submit(run_chunk, [article]).result()
                        deaths = 0
                    except BrokenProcessPool as exc:
                        deaths += 1
                        if deaths >= MAX_DEATHS_IN_A_ROW:
                            raise NewsEventsError(
                                f"worker processes died on {deaths} articles in a row; this "
                                f"is the machine (memory?) or the install, not the input"
                            ) from exc
                        yield failure_record(article, exc)
                        pool = _replace(pool, config, workers)
                continue
            yield from records
    finally:
        for _, f in pending:
            f.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


def _replace(pool: ProcessPoolExecutor, config: dict[str, Any], workers: int
             ) -> ProcessPoolExecutor:
    pool.shutdown(wait=False, cancel_futures=True)
    return _new_pool(config, workers)
