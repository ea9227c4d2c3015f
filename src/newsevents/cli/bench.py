"""`newsevents bench`: articles/second and peak memory, full pipeline vs tokenise-only."""

from __future__ import annotations

import json

import click

from .common import config_option, handle_errors


@click.command()
@click.argument("inputs", nargs=-1)
@click.option("--repeat", default=1, show_default=True, type=click.IntRange(1, 100),
              help="Timed passes over the articles.")
@click.option("--json", "as_json", is_flag=True, help="Figures as one JSON object.")
@config_option
@handle_errors
def bench(inputs, repeat, as_json, config_path):
    """Benchmark the pipeline (default inputs: ../shared/eval dev + heldout, else the sample)."""
    from ..bench import bench as run, format_report
    from ..settings import load_config

    res = run(inputs or None, repeat=repeat, config=load_config(config_path))
    click.echo(json.dumps(res, indent=1) if as_json else format_report(res))
