"""`newsevents evaluate`: score the pipeline on gold documents, CoNLL NER files or TimeML."""

from __future__ import annotations

import json

import click

from .common import (build_config, config_option, fail, handle_errors, lexicon_option,
                     warn)


def load_baseline(path: str) -> dict:
    """A saved ``--json`` output to compare against."""
    from ..errors import InputError
    try:
        data = json.loads(open(path, encoding="utf-8").read())
    except (OSError, ValueError) as exc:
        raise InputError(f"not a saved `evaluate --json` output ({exc})", path=path) from None
    if not isinstance(data, dict) or "totals" not in data:
        raise InputError("not a saved `evaluate --json` output (no totals)", path=path)
    data["_path"] = path
    return data


@click.command()
@click.argument("folder", required=False, type=click.Path(file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
@click.option("--details", is_flag=True,
              help="Also list, per document, missed and spurious items (with --conll: the "
                   "first 300 span errors).")
@click.option("--doc", "doc_names", multiple=True, metavar="NAME",
              help="Score only this document of FOLDER (repeatable), e.g. --doc de-0001.")
@click.option("--compare", "compare_file", type=click.Path(dir_okay=False), default=None,
              help="A saved `evaluate --json` output: show the change of each F1/accuracy.")
@click.option("--records", "records_file", type=click.Path(dir_okay=False), default=None,
              help="Score these records (JSONL from `extract --format jsonl`) instead of "
                   "running the pipeline.")
@click.option("--conll", "conll_file", type=click.Path(dir_okay=False), default=None,
              help="Score NER on a CoNLL / GermEval-2014 BIO file instead of gold documents.")
@click.option("--lang", default="de", show_default=True, metavar="CODE",
              help="Language of the --conll sentences.")
@click.option("--limit", type=click.IntRange(min=1), default=None,
              help="With --conll: score only the first N sentences.")
@click.option("--timeml", "timeml_dir", type=click.Path(file_okay=False), default=None,
              help="Score timexes on a folder of TimeML gold files.")
@click.option("--system", "system_dir", type=click.Path(file_okay=False), default=None,
              help="With --timeml: score these TimeML system files instead of running the "
                   "pipeline.")
@config_option
@lexicon_option
@handle_errors
def evaluate(folder, as_json, details, doc_names, compare_file, records_file, conll_file,
             lang, limit, timeml_dir, system_dir, config_path, lexicons):
    """Score the pipeline on FOLDER (NAME.txt + NAME.gold.json, like shared/eval/dev).

    Prints P/R/F1 per field for each language and overall (micro-averaged over documents).
    """

    modes = sum(x is not None for x in (folder, conll_file, timeml_dir))
    if modes != 1:
        raise click.UsageError("give exactly one of FOLDER, --conll FILE or --timeml DIR")
    if system_dir and not timeml_dir:
        raise click.UsageError("--system goes with --timeml")
    config = build_config(config_path, lexicons)
    if conll_file:
        run_conll(conll_file, config, lang, limit, as_json, details)
    elif timeml_dir:
        run_timeml(timeml_dir, system_dir, config, as_json)
    else:
        run_gold(folder, config, doc_names, records_file, compare_file, as_json, details)


def run_gold(folder, config, doc_names, records_file, compare_file, as_json, details) -> None:
    from ..evaluation import evaluate_folder, load_records
    baseline = load_baseline(compare_file) if compare_file else None
    if records_file:
        report = evaluate_folder(folder, names=doc_names or None,
                                 records=load_records(records_file))
    else:
        from ..pipeline import Pipeline
        report = evaluate_folder(folder, Pipeline(config), names=doc_names or None)
    if as_json:
        data = report.to_dict()
        if details:
            data["details"] = {d.name: d.details for d in report.documents}
        click.echo(json.dumps(data, ensure_ascii=False, indent=1))
    else:
        if details:
            click.echo(report.format_details())
        click.echo(report.format_table(baseline))
    for n in report.notes:
        warn(n)


def run_conll(conll_file, config, lang, limit, as_json, details) -> None:
    from ..evaluation.conll import evaluate_conll
    from ..pipeline import Pipeline
    result = evaluate_conll(conll_file, Pipeline(config), lang=lang, limit=limit)
    if as_json:
        data = result.to_dict()
        if details:
            data["errors"] = result.errors
        click.echo(json.dumps(data, ensure_ascii=False, indent=1))
        return
    if details:
        click.echo(result.format_details())
    click.echo(result.format_table())


def run_timeml(timeml_dir, system_dir, config, as_json) -> None:
    """Delegate to the temporal engineer's ``evaluation.timeml`` (absent: a clear error)."""
    import importlib
    try:
        timeml = importlib.import_module("newsevents.evaluation.timeml")
    except ModuleNotFoundError as exc:
        if exc.name != "newsevents.evaluation.timeml":
            raise
        fail("TimeML scoring is not available yet (newsevents.evaluation.timeml is not "
             "written)")
    if not all(hasattr(timeml, f) for f in ("evaluate_timeml", "format_report")):
        fail("newsevents.evaluation.timeml lacks evaluate_timeml/format_report")
    pipeline = None
    if system_dir is None:
        from ..pipeline import Pipeline
        pipeline = Pipeline(config)
    result = timeml.evaluate_timeml(timeml_dir, system_dir=system_dir, pipeline=pipeline)
    click.echo(json.dumps(result, ensure_ascii=False, indent=1, default=str) if as_json
               else timeml.format_report(result))
