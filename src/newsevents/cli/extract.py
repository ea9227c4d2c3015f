"""`newsevents extract`: analyse articles and print records (JSONL) or a readable summary."""

from __future__ import annotations

import json
import sys
from importlib import resources

import click

from .common import (EXIT_PARTIAL, Articles, build_config, config_option, date_option,
                     format_in_option, handle_errors, lang_option, lexicon_option,
                     read_options, warn)


def sample_path() -> str:
    return str(resources.files("newsevents") / "examples" / "de-0001.txt")


@click.command()
@click.argument("inputs", nargs=-1)
@click.option("--sample", is_flag=True, help="Analyse the bundled sample article.")
@click.option("--format", "fmt", type=click.Choice(["summary", "jsonl"]), default="summary",
              show_default=True, help="Output: readable summary or one JSON record per line.")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-",
              help="Write here instead of standard output.")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes (more than 1 runs the engine chosen by --engine).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local",
              show_default=True,
              help="local: a process pool here; dask: a Dask cluster (LocalCluster, or the "
                   "scheduler in DASK_SCHEDULER_ADDRESS). Output order is the input order.")
@config_option
@lexicon_option
@date_option
@lang_option
@format_in_option
@handle_errors
def extract(inputs, sample, fmt, output, config_path, lexicons, date, lang, input_format, workers, engine):
    """Analyse news articles (files, folders, globs, '-' for stdin)."""
    from ..pipeline import Pipeline
    from ..readers import read_inputs
    from .summary import summarise

    if sample:
        inputs = (*inputs, sample_path())
    if not inputs:
        raise click.UsageError("give files, folders or globs to analyse, '-' for stdin, "
                               "or --sample for the bundled example")
    config = build_config(config_path, lexicons)
    opts = read_options(date, lang, input_format, config)
    if workers > 1 or engine == "dask":
        _extract_scaled(read_inputs(inputs, opts), config, fmt, output, workers, engine)
        return
    pipeline = Pipeline(config)
    articles = Articles(inputs, opts)
    for item in articles:
        try:
            record = pipeline(item)
        except Exception as exc:  # a bug on one article must not lose the batch
            articles.failed_on(item, exc)
            continue
        if fmt == "jsonl":
            output.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
        else:
            output.write(summarise(record, path=item.path) + "\n")
        output.flush()
    articles.exit()


def _extract_scaled(items, config, fmt, output, workers, engine):
    """The same output through ``newsevents.scale`` (records come back in input order)."""
    from collections import deque

    from ..readers import ReadFailure
    from ..scale import analyse, is_failure
    from .summary import summarise

    failed = 0
    paths: deque = deque()  # paths of articles sent out and not yet written

    def articles():
        nonlocal failed
        for item in items:
            if isinstance(item, ReadFailure):
                warn(str(item))
                failed += 1
                continue
            paths.append(item.path)
            yield item

    for record in analyse(articles(), config, engine=engine, workers=workers):
        path = paths.popleft()
        if is_failure(record):  # written all the same: one record per article, in order
            warn(f"{path or record.doc_id}: {record.warnings[-1]}")
            failed += 1
        if fmt == "jsonl":
            output.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
        else:
            output.write(summarise(record, path=path) + "\n")
        output.flush()
    if failed:
        sys.exit(EXIT_PARTIAL)
