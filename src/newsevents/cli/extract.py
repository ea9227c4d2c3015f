"""`newsevents extract`: analyse articles and print records (JSONL) or a readable summary."""

from __future__ import annotations

import json
import sys
from importlib import resources

import click

from .common import (EXIT_PARTIAL, config_option, date_option, format_in_option,
                     handle_errors, lang_option, read_options, warn)


def sample_path() -> str:
    return str(resources.files("newsevents") / "examples" / "de-0001.txt")


@click.command()
@click.argument("inputs", nargs=-1)
@click.option("--sample", is_flag=True, help="Analyse the bundled sample article.")
@click.option("--format", "fmt", type=click.Choice(["summary", "jsonl"]), default="summary",
              show_default=True, help="Output: readable summary or one JSON record per line.")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-",
              help="Write here instead of standard output.")
@config_option
@date_option
@lang_option
@format_in_option
@handle_errors
def extract(inputs, sample, fmt, output, config_path, date, lang, input_format):
    """Analyse news articles (files, folders, globs, '-' for stdin)."""
    from ..pipeline import Pipeline
    from ..readers import ReadFailure, read_inputs
    from ..settings import load_config
    from .summary import summarise

    if sample:
        inputs = (*inputs, sample_path())
    if not inputs:
        raise click.UsageError("give files, folders or globs to analyse, '-' for stdin, "
                               "or --sample for the bundled example")
    config = load_config(config_path)
    opts = read_options(date, lang, input_format, config)
    pipeline = Pipeline(config)
    failed = 0
    for item in read_inputs(inputs, opts):
        if isinstance(item, ReadFailure):
            warn(str(item))
            failed += 1
            continue
        record = pipeline(item)
        if fmt == "jsonl":
            output.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
        else:
            output.write(summarise(record, path=item.path) + "\n")
        output.flush()
    if failed:
        sys.exit(EXIT_PARTIAL)
