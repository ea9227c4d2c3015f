"""Shared CLI pieces: error reporting, common options."""

from __future__ import annotations

import functools
import sys
from typing import Callable

import click

from ..errors import NewsEventsError

EXIT_OK = 0
EXIT_PARTIAL = 1  # the batch ran but some inputs failed
EXIT_USAGE = 2  # the command could not run at all


def fail(message: str, code: int = EXIT_USAGE) -> None:
    click.echo(f"newsevents: error: {message}", err=True)
    sys.exit(code)


def warn(message: str) -> None:
    click.echo(f"newsevents: {message}", err=True)


def handle_errors(fn: Callable) -> Callable:
    """Turn the library's typed errors into one line on stderr and an exit code."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except NewsEventsError as exc:
            fail(str(exc))
        except BrokenPipeError:  # `newsevents extract ... | head`
            sys.stderr.close()
            sys.exit(EXIT_OK)
        except KeyboardInterrupt:
            fail("interrupted", 130)

    return wrapper


config_option = click.option("--config", "config_path", type=click.Path(dir_okay=False),
                             default=None, help="TOML file merged over the shipped defaults.")
date_option = click.option("--date", default=None, metavar="YYYY[-MM[-DD]]",
                           help="Publication date for inputs that carry none.")
lang_option = click.option("--lang", default=None, metavar="CODE",
                           help="Language of the inputs (ISO 639-1); detected when not given.")
format_in_option = click.option("--input-format", "input_format", default=None,
                                type=click.Choice(["text", "jsonl", "csv", "html", "warc"]),
                                help="Force a reader instead of choosing by file suffix.")


def read_options(date, lang, input_format, config):
    from ..readers import ReadOptions
    from ..readers.textfile import valid_date
    if date and not valid_date(date):
        raise click.BadParameter(f"{date!r} is not YYYY, YYYY-MM or YYYY-MM-DD", param_hint="--date")
    max_bytes = int(config.get("input", {}).get("max_bytes", 10_000_000))
    return ReadOptions(date=date, lang=lang, format=input_format, max_bytes=max_bytes)


lexicon_option = click.option(
    "--lexicon", "lexicons", multiple=True, type=click.Path(dir_okay=False),
    help="An extra event lexicon (YAML, the format of lang/*/events/*.yaml), loaded after "
         "the shipped ones; repeatable.")


def build_config(config_path, lexicons=()):
    """The settings for one command: defaults, the user's TOML, then ``--lexicon`` files."""
    from pathlib import Path

    from ..errors import ConfigError
    from ..settings import load_config
    config = load_config(config_path)
    if lexicons:
        for lex in lexicons:
            if not Path(lex).is_file():
                raise ConfigError("lexicon file not found", path=str(lex))
        events = config.setdefault("components", {}).setdefault("events", {})
        events["lexicons"] = [*events.get("lexicons", []), *map(str, lexicons)]
    return config


class Articles:
    """The articles named on the command line, in order.

    Each input that cannot be read is reported in one line and counted, and so is an article
    the pipeline fails on (``failed_on``): a batch never stops for one bad article, and the
    command's exit code says that something failed.
    """

    def __init__(self, inputs, opts):
        self.inputs, self.opts, self.failed = inputs, opts, 0

    def __iter__(self):
        from ..readers import ReadFailure, read_inputs
        for item in read_inputs(self.inputs, self.opts):
            if isinstance(item, ReadFailure):
                warn(str(item))
                self.failed += 1
                continue
            yield item

    def failed_on(self, article, exc: Exception) -> None:
        warn(f"{article.path or article.id}: analysis failed ({type(exc).__name__}: {exc})")
        self.failed += 1

    def exit(self) -> None:
        if self.failed:
            sys.exit(EXIT_PARTIAL)
