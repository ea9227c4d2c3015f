"""`newsevents explain FILE`: the clause analysis and every coding decision, sentence by sentence."""

from __future__ import annotations

import click

import sys

from .common import (EXIT_PARTIAL, config_option, date_option, format_in_option, handle_errors,
                     lang_option, read_options)


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--events-only", is_flag=True,
              help="Show only sentences where a verb was considered for an event.")
@click.option("--sentence", "sentences", type=int, multiple=True, metavar="N",
              help="Show only sentence N (repeatable).")
@config_option
@date_option
@lang_option
@format_in_option
@handle_errors
def explain(inputs, events_only, sentences, config_path, date, lang, input_format):
    """Show how the event coder read each sentence and why it coded (or did not code) events:
    clauses, verb, voice, modality, negation, subject/object/prepositional phrases, actors,
    lexicon entries that matched, and the reason for each decision."""
    from ..events.explain import explain_doc
    from ..pipeline import Pipeline
    from ..readers import ReadFailure, read_inputs
    from ..settings import load_config
    from .common import warn

    config = load_config(config_path)
    opts = read_options(date, lang, input_format, config)
    pipeline = Pipeline(config)
    if "events" not in pipeline.names:
        raise click.UsageError("the configured pipeline has no `events` stage to explain")
    first = True
    failed = 0
    for item in read_inputs(inputs, opts):
        if isinstance(item, ReadFailure):
            warn(str(item))
            failed += 1
            continue
        doc = pipeline.analyse(item)
        if not first:
            click.echo("\n" + "=" * 78 + "\n")
        first = False
        click.echo(explain_doc(doc, show_all=not events_only, only=set(sentences) or None))
    if failed:
        sys.exit(EXIT_PARTIAL)
