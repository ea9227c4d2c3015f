"""`newsevents lexicon`: inspect and validate the event lexicons.

`newsevents lexicon check` validates the shipped lexicons (or the files given): unknown CAMEO
codes, bad fields, duplicate and conflicting entries, each reported as ``file:line: ...``;
exit code 1 when anything is wrong, else a summary of entries per CAMEO root and language.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import click

from .common import EXIT_OK, EXIT_PARTIAL, handle_errors

LANGS = ("de", "en")


@click.group(name="lexicon")
def lexicon() -> None:
    """Event lexicons: validate them, look words up."""


@lexicon.command(name="check")
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False))
@click.option("--lang", type=click.Choice(LANGS), default=None,
              help="Language of the FILES (default: from their path, lang/<xx>/events/).")
@handle_errors
def check(files: tuple[str, ...], lang: str | None) -> None:
    """Validate event lexicon FILES (default: every shipped lexicon).

    Fields are described in the header of each shipped file (and in newsevents.events.lexicon);
    e.g. a verb frame's with_adjective: [besorgt] needs that word, lower case, in the clause
    ("zeigte sich besorgt über X")."""
    from ..events.lexicon import check_files, section_of, shipped_files
    from .. import ontology

    if files:
        paths = [Path(f) for f in files]
        entries, problems = check_files(paths, lang)
    else:
        entries, problems = [], []
        for code in LANGS:
            got, bad = check_files(shipped_files(code), code)
            entries += got
            problems += bad
    for p in sorted(problems, key=lambda p: (p.path, p.line)):
        click.echo(str(p))
    if any(p.severity == "error" for p in problems):
        n = sum(p.severity == "error" for p in problems)
        click.echo(f"newsevents: lexicon check: {n} problem{'s' * (n != 1)}", err=True)
        sys.exit(EXIT_PARTIAL)

    langs = sorted({e.lang for e in entries})
    coded = [e for e in entries if section_of(e) != "exclude"]
    by_root = Counter((e.lang, e.cameo[:2]) for e in coded)
    by_section = Counter((e.lang, section_of(e)) for e in entries)
    click.echo(f"{len(entries)} entries OK in {'shipped lexicons' if not files else f'{len(files)} file(s)'}")
    click.echo("root  name" + " " * 28 + "".join(f"{c:>7}" for c in langs))
    for root in ontology.roots():
        counts = "".join(f"{by_root[(c, root.code)]:>7}" for c in langs)
        click.echo(f"{root.code:<5} {root.name[:32].lower():<32}{counts}")
    for section in ("verbs", "patterns", "nouns", "reporting", "exclude"):
        counts = "".join(f"{by_section[(c, section)]:>7}" for c in langs)
        click.echo(f"{'':<5} {section:<32}{counts}")
    totals = "".join(f"{sum(1 for e in entries if e.lang == c):>7}" for c in langs)
    click.echo(f"{'':<5} {'total':<32}{totals}")
    sys.exit(EXIT_OK)


@lexicon.command(name="lookup")
@click.argument("lemma")
@click.option("--lang", type=click.Choice(LANGS), required=True)
@handle_errors
def lookup(lemma: str, lang: str) -> None:
    """Show every entry for LEMMA (verb frames, nouns, reporting) with its source line."""
    from ..events.lexicon import load_lexicon
    from .. import ontology

    lex = load_lexicon(lang)
    hits = [*lex.verbs(lemma), *lex.nouns(lemma)]
    rep = lex.reporting(lemma)
    if rep:
        hits.append(rep)
    if not hits:
        click.echo(f"{lemma}: no entry" + (" (excluded)" if lex.is_excluded(lemma) else ""))
        sys.exit(EXIT_PARTIAL)
    for e in hits:
        frame = []
        for key in ("particle", "prep", "target", "obj", "genitive"):
            value = getattr(e, key, None)
            if value and value not in ("object", "none"):
                frame.append(f"{key}={value}")
        if getattr(e, "reflexive", False):
            frame.append("reflexive")
        if getattr(e, "with_noun", ()):
            frame.append("with_noun=" + ",".join(e.with_noun))
        if getattr(e, "with_adjective", ()):
            frame.append("with_adjective=" + ",".join(e.with_adjective))
        if getattr(e, "with_verb", ()):
            frame.append("with_verb=" + ",".join(e.with_verb))
        name = ontology.cameo(e.cameo).name
        click.echo(f"{e.lemma}\t{e.cameo} {name}\t{' '.join(frame)}\t{e.source}")
