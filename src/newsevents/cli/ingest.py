"""`newsevents ingest`: analyse articles and store them in a DuckDB database."""

from __future__ import annotations

import sys
from dataclasses import replace

import click

from .common import (EXIT_PARTIAL, build_config, config_option, date_option,
                     format_in_option, handle_errors, lang_option, lexicon_option,
                     read_options, warn)


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False),
              help="DuckDB file to write (created when missing).")
@config_option
@lexicon_option
@date_option
@lang_option
@format_in_option
@click.option("--update", is_flag=True,
              help="Re-analyse articles stored by another pipeline or lexicon version.")
@handle_errors
def ingest(inputs, db_path, config_path, lexicons, date, lang, input_format, update):
    """Analyse articles (files, folders, globs, '-') and store them; already stored ones are
    skipped, so re-running after an interruption completes the job."""
    from tqdm import tqdm

    from ..dedup import DedupSettings
    from ..pipeline import PIPELINE_VERSION, Pipeline
    from ..readers import ReadFailure, read_inputs
    from ..store import document_key, open_store

    config = build_config(config_path, lexicons)
    opts = read_options(date, lang, input_format, config)
    store = open_store(db_path, read_only=False, dedup=DedupSettings.from_config(config))
    pipeline = None  # built on the first article that needs analysis
    n_new = n_skipped = n_failed = n_updated = 0
    bar = tqdm(desc="ingest", unit="doc", file=sys.stderr, disable=not sys.stderr.isatty())
    try:
        for item in read_inputs(inputs, opts):
            bar.update(1)
            if isinstance(item, ReadFailure):
                bar.clear()
                warn(str(item))
                n_failed += 1
                continue
            key = document_key(item.text, item.source)
            old = store.stored(key)
            if pipeline is None and (old is None or update):
                pipeline = Pipeline(config)
                lexicon_version = pipeline.lexicon_version()
            if old is not None:
                if not update or (old["pipeline_version"], old["lexicon_version"]) == \
                        (PIPELINE_VERSION, lexicon_version):
                    n_skipped += 1
                    continue
            try:
                record = pipeline(item)
            except Exception as exc:  # a component bug must not stop a batch
                bar.clear()
                warn(f"{item.path}: analysis failed ({type(exc).__name__}: {exc})")
                n_failed += 1
                continue
            if old is not None:  # --update: the new analysis replaces the old in one transaction
                record = replace(record, doc_id=old["doc_id"])
            if store.add(record, key=key, path=item.path, pipeline_version=PIPELINE_VERSION,
                         lexicon_version=lexicon_version,
                         replacing=old["doc_id"] if old else None) is None:
                n_skipped += 1
            elif old is not None:
                n_updated += 1
            else:
                n_new += 1
    finally:
        bar.close()
        store.close()
    updated = f"{n_updated} updated, " if update else ""
    click.echo(f"{n_new} ingested, {updated}{n_skipped} skipped (already stored), "
               f"{n_failed} failed -> {db_path}", err=True)
    if n_failed:
        sys.exit(EXIT_PARTIAL)
