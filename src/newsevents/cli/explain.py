"""`newsevents explain FILE`: the clause analysis and every coding decision, sentence by sentence."""

from __future__ import annotations

import click

from .common import (Articles, build_config, config_option, date_option, format_in_option,
                     handle_errors, lang_option, lexicon_option, read_options)


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--events-only", is_flag=True,
              help="Show only sentences where a verb was considered for an event.")
@click.option("--sentence", "sentences", type=int, multiple=True, metavar="N",
              help="Show only sentence N (repeatable).")
@config_option
@lexicon_option
@date_option
@lang_option
@format_in_option
@handle_errors
def explain(inputs, events_only, sentences, config_path, lexicons, date, lang, input_format):
    """Show how the event coder read each sentence and why it coded (or did not code) events:
    clauses, verb, voice, modality, negation, subject/object/prepositional phrases, actors,
    lexicon entries that matched, and the reason for each decision."""
    from ..events.explain import explain_doc
    from ..pipeline import Pipeline
    config = build_config(config_path, lexicons)
    opts = read_options(date, lang, input_format, config)
    pipeline = Pipeline(config)
    if "events" not in pipeline.names:
        raise click.UsageError("the configured pipeline has no `events` stage to explain")
    first = True
    articles = Articles(inputs, opts)
    for item in articles:
        try:
            doc = pipeline.analyse(item)
        except Exception as exc:  # a bug on one article must not lose the batch
            articles.failed_on(item, exc)
            continue
        if not first:
            click.echo("\n" + "=" * 78 + "\n")
        first = False
        click.echo(explain_doc(doc, show_all=not events_only, only=set(sentences) or None))
    articles.exit()
