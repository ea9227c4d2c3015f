"""`newsevents export`: records, tables, GDELT 2.0 layouts and PLOVER JSON from a store."""

from __future__ import annotations

import sys

import click

from .common import handle_errors

def filter_options(fn):
    """--since/--until/--country/--root/--actor/--lang, shared with `newsevents timeline`."""
    for opt in reversed([
        click.option("--since", default=None, metavar="YYYY[-MM[-DD]]",
                     help="Only events (documents) on or after this date."),
        click.option("--until", default=None, metavar="YYYY[-MM[-DD]]",
                     help="Only events (documents) on or before this date."),
        click.option("--country", default=None, metavar="ISO3[,ISO3]",
                     help="Source, target or location in these countries."),
        click.option("--root", default=None, metavar="CC[,CC]",
                     help="CAMEO root codes, e.g. 19 or 14,18."),
        click.option("--actor", default=None,
                     help="Actor code prefix (USA, IRQGOV) or part of an actor's name."),
        click.option("--lang", default=None, metavar="CODE[,CODE]",
                     help="Only from articles in these languages."),
        click.option("--negated", "include_negated", is_flag=True,
                     help="Also negated events (\"did not attack\"), left out by default."),
    ]):
        fn = opt(fn)
    return fn


def make_filters(since, until, country, root, actor, lang, include_negated=False):
    from ..export import Filters
    return Filters(since=since, until=until, country=country, root=root, actor=actor, lang=lang,
                   negated=include_negated)


@click.command()
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False),
              help="DuckDB file written by `newsevents ingest`.")
@click.option("--format", "fmt", default="jsonl", show_default=True, metavar="FORMAT",
              help="jsonl: one full record per document (or rows of --table); csv/parquet: "
                   "a table; gdelt / gdelt-mentions: GDELT 2.0 Event / Mentions layout; "
                   "plover: PLOVER JSON per event.")
@click.option("--table", default=None,
              type=click.Choice(["events", "mentions", "documents", "entities", "sentences",
                                 "timexes", "quantities", "quotes"]),
              help="Table for csv/parquet/jsonl (csv/parquet default: events = deduplicated).")
@click.option("-o", "--output", default="-", help="Output file ('-' = standard output).")
@filter_options
@handle_errors
def export(db_path, fmt, table, output, since, until, country, root, actor, lang,
           include_negated):
    """Export a store's contents."""
    from ..errors import QueryError
    from ..registry import exporters
    from ..store import open_store

    if fmt not in exporters.names():
        raise click.BadParameter(f"{fmt!r}; choose from {', '.join(exporters.names())}",
                                 param_hint="--format")
    write = exporters.get(fmt)
    if table is not None and not getattr(write, "tabular", False):
        raise click.UsageError(f"--table does not apply to --format {fmt}")
    binary = getattr(write, "binary", False)
    if binary and output == "-":
        raise click.UsageError(f"{fmt} is a binary format: give an output file with -o")
    filters = make_filters(since, until, country, root, actor, lang, include_negated)
    store = open_store(db_path)
    try:
        if binary:
            n = write(store, output, filters, table)
        else:
            try:
                out = sys.stdout if output == "-" else open(output, "w", encoding="utf-8",
                                                            newline="")
            except OSError as exc:
                raise QueryError(f"{output}: cannot write ({exc.strerror})") from None
            try:
                n = write(store, out, filters, table)
            finally:
                if out is not sys.stdout:
                    out.close()
    finally:
        store.close()
    if output != "-":
        click.echo(f"{n} rows -> {output}", err=True)
