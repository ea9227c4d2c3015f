"""`newsevents timeline`: event counts and Goldstein sums/means per period."""

from __future__ import annotations

import sys

import click

from .common import handle_errors
from .export import filter_options, make_filters


@click.command()
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False),
              help="DuckDB file written by `newsevents ingest`.")
@click.option("--by", type=click.Choice(["day", "week", "month"]), default="month",
              show_default=True)
@click.option("--dyad", default=None, metavar="SRC-TGT",
              help="Directed actor pair: country codes or code prefixes (USA-IRQ, USAMIL-*).")
@click.option("--quad", is_flag=True, help="Also count each CAMEO quad class.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv"]), default="table",
              show_default=True)
@click.option("--plot", "plot_path", default=None, type=click.Path(dir_okay=False),
              help="Also draw the series as a PNG chart here.")
@filter_options
@handle_errors
def timeline(db_path, by, dyad, quad, fmt, plot_path, since, until, country, root, actor, lang,
             include_negated):
    """Time series of deduplicated events per day, week or month."""
    from ..store import open_store
    from ..timeline import plot, timeline as series

    with open_store(db_path) as store:
        df = series(store, by, dyad=dyad, quad=quad,
                    filters=make_filters(since, until, country, root, actor, lang,
                                         include_negated))
    out = df.drop(columns=["start"])
    if fmt == "csv":
        out.to_csv(sys.stdout, index=False)
    elif out.empty:
        click.echo("no dated events match")
    else:
        click.echo(out.to_string(index=False, na_rep=""))
    if df.attrs.get("undated") or df.attrs.get("imprecise"):
        click.echo(f"left out: {df.attrs['undated']} undated event(s), {df.attrs['imprecise']} "
                   f"dated only by a period coarser than a {by}", err=True)
    if plot_path:
        if df.empty:
            raise click.UsageError("nothing to plot: no dated events match")
        title = "events" + (f" {dyad}" if dyad else "")
        plot(df, plot_path, title=title, by=by)
        click.echo(f"chart -> {plot_path}", err=True)
