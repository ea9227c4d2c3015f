"""The `newsevents` command group.  Each subcommand lives in its own module."""

from __future__ import annotations

import importlib

import click

from .. import __version__

# (module, command) pairs: a module not written yet is simply absent from the CLI
_COMMANDS = [
    ("extract", "extract"),
    ("ingest", "ingest"),
    ("query", "query"),
    ("export", "export"),
    ("evaluate", "evaluate"),
    ("bench", "bench"),
    ("explain", "explain"),
    ("lexicon", "lexicon"),
    ("timeline", "timeline"),
]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsevents")
def cli() -> None:
    """newsevents: dated news articles in, a queryable database of political events out."""


for _module, _name in _COMMANDS:
    try:
        mod = importlib.import_module(f"{__package__}.{_module}")
    except ModuleNotFoundError as exc:
        if exc.name != f"{__package__}.{_module}":
            raise
        continue
    cli.add_command(getattr(mod, _name))


def main() -> None:
    cli(prog_name="newsevents")


if __name__ == "__main__":
    main()
