"""NER scoring on CoNLL / GermEval-2014 BIO files: exact-span P/R/F1 for PER, ORG, LOC.

Each sentence's text is rebuilt from its tokens (``detokenise``: spaces between words, none
before closing punctuation) and analysed as its
own paragraph.  For speed, sentences are analysed in batches joined by blank lines (one Doc per
batch, one Pipeline for the whole file), and only the pipeline stages up to named-entity
recognition run; predicted entity spans are mapped back to the tokens they overlap.

What is scored: GermEval's outer tags (the first tag column); its inner (nested) tags are not.
Types other than PER/ORG/LOC are not scored: GermEval's OTH and the ``*deriv`` / ``*part``
tags ("deutsche" B-LOCderiv, "EU-weit" B-ORGpart) are treated as O, and our MISC entities are
dropped.  Our PERSON is the corpus's PER.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

from ..errors import InputError
from .scoring import Counts

if TYPE_CHECKING:  # pragma: no cover
    from ..pipeline import Pipeline

SCORED = ("PER", "ORG", "LOC")
#: our entity types -> corpus types
TYPE_MAP = {"PERSON": "PER", "PER": "PER", "ORG": "ORG", "LOC": "LOC"}
#: stages needed for entities; later ones (timex, events...) are skipped for speed
NER_STAGES = ("language", "tokenize", "tag", "entities", "geo")

_GERMEVAL_LINE = re.compile(r"^\d+\t[^\t]+\t[^\t]+\t[^\t]+$")


@dataclass(frozen=True, slots=True)
class ConllSentence:
    tokens: tuple[str, ...]
    tags: tuple[str, ...]  # BIO tags as in the file (outer column for GermEval)


def _detect_germeval(lines: list[str]) -> bool:
    for line in lines:
        line = line.rstrip("\n")
        if not line.strip():
            continue
        return line.startswith("#\t") or bool(_GERMEVAL_LINE.match(line))
    return False


def read_conll(path: str | Path) -> list[ConllSentence]:
    """Sentences of a GermEval-2014 file (``#`` comments; index, token, outer, inner tag) or a
    plain CoNLL file (token ... tag in the last column; ``-DOCSTART-`` lines skipped)."""
    p = Path(path)
    try:
        lines = p.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read ({exc})", path=str(p)) from None
    germeval = _detect_germeval(lines)
    sents: list[ConllSentence] = []
    toks: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        if toks:
            sents.append(ConllSentence(tuple(toks), tuple(tags)))
        toks.clear()
        tags.clear()

    for n, line in enumerate(lines, 1):
        if not line.strip():
            flush()
            continue
        if germeval:
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < 3:
                raise InputError(f"line {n}: expected index, token, outer tag, inner tag",
                                 path=str(p))
            toks.append(cols[1])
            tags.append(cols[2].strip())
        else:
            cols = line.split()
            if cols[0] == "-DOCSTART-":
                flush()
                continue
            if len(cols) < 2:
                raise InputError(f"line {n}: expected a token and a tag", path=str(p))
            toks.append(cols[0])
            tags.append(cols[-1])
    flush()
    if not sents:
        raise InputError("no sentences found", path=str(p))
    return sents


def scored_type(tag_type: str) -> str | None:
    """PER/ORG/LOC, or None for types not scored (OTH, MISC, *deriv, *part)."""
    return tag_type if tag_type in SCORED else None


def bio_spans(tags: tuple[str, ...] | list[str]) -> tuple[set[tuple[int, int, str]], int]:
    """Entity spans ``(first token, one past last, type)`` of the scored types, and how many
    spans of unscored types were ignored.  ``I-X`` after O or another type starts a span
    (conlleval's reading, which also accepts IOB1)."""
    spans: set[tuple[int, int, str]] = set()
    ignored = 0
    start, cur = None, None

    def close(end: int) -> None:
        nonlocal ignored
        if cur is not None:
            if scored_type(cur):
                spans.add((start, end, cur))
            else:
                ignored += 1

    for i, tag in enumerate(tags):
        if tag == "O" or "-" not in tag:
            close(i)
            start, cur = None, None
            continue
        prefix, typ = tag.split("-", 1)
        if prefix == "B" or typ != cur:
            close(i)
            start, cur = i, typ
    close(len(tags))
    return spans, ignored


@dataclass
class ConllResult:
    path: str
    sentences: int = 0
    per_type: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in SCORED})
    ignored_gold: int = 0  # gold spans of unscored types (OTH, *deriv, *part)
    ignored_pred: int = 0  # predicted entities of unscored types (MISC)
    unaligned_pred: int = 0  # predicted entities crossing a sentence boundary
    lang: str = "de"
    #: examples of errors for --details: "FP PER 'Wall Street' (gold ORG) | sentence"
    errors: list[str] = field(default_factory=list)
    max_errors: int = 300

    def add_errors(self, sent: "ConllSentence", gold: set, pred: set) -> None:
        """Remember what went wrong in a sentence, with the gold reading of the same tokens."""
        def words(a: int, b: int) -> str:
            return " ".join(sent.tokens[a:b])

        context = " ".join(sent.tokens)
        context = context if len(context) <= 100 else context[:99] + "…"
        for kind, spans, other in (("FP", pred - gold, gold), ("FN", gold - pred, pred)):
            for a, b, t in sorted(spans):
                if len(self.errors) >= self.max_errors:
                    return
                near = [f"{tt} {words(x, y)!r}" for x, y, tt in sorted(other) if x < b and a < y]
                label = "gold" if kind == "FP" else "predicted"
                extra = f" ({label}: {', '.join(near)})" if near else ""
                self.errors.append(f"{kind} {t} {words(a, b)!r}{extra} | {context}")

    def format_details(self) -> str:
        head = (f"First {len(self.errors)} errors (FP = predicted, not in gold; FN = gold, "
                f"not predicted):")
        return "\n".join([head, *(f"  {e}" for e in self.errors)])

    @property
    def overall(self) -> Counts:
        total = Counts()
        for c in self.per_type.values():
            total = total + c
        return total

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "lang": self.lang, "sentences": self.sentences,
                "overall": self.overall.to_dict(),
                **{t: c.to_dict() for t, c in self.per_type.items()},
                "ignored_gold_spans": self.ignored_gold,
                "ignored_predicted_entities": self.ignored_pred,
                "unaligned_predicted_entities": self.unaligned_pred,
                "scored": "outer tags; PER ORG LOC exact spans; OTH, *deriv, *part and MISC "
                          "not scored"}

    def format_table(self) -> str:
        lines = [f"NER on {self.path}: {self.sentences} sentences, lang {self.lang}",
                 f"{'type':<10}{'P':>7}{'R':>7}{'F1':>7}{'tp':>7}{'fp':>7}{'fn':>7}"]
        for name, c in [*self.per_type.items(), ("overall", self.overall)]:
            lines.append(f"{name:<10}{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}"
                         f"{c.tp:>7}{c.fp:>7}{c.fn:>7}")
        lines.append(f"Exact spans, micro-averaged; outer tags only. Not scored: "
                     f"{self.ignored_gold} gold spans of OTH/*deriv/*part (treated as O), "
                     f"{self.ignored_pred} predicted MISC entities"
                     + (f", {self.unaligned_pred} predicted entities crossing sentences"
                        if self.unaligned_pred else "") + ".")
        return "\n".join(lines)


def _batches(items: list[ConllSentence], size: int) -> Iterator[list[ConllSentence]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def ner_pipeline(pipeline: "Pipeline") -> "Pipeline":
    """The same configuration cut down to the stages that produce entities."""
    from ..pipeline import Pipeline
    names = [n for n in pipeline.names if n in NER_STAGES]
    if "entities" not in names:
        return pipeline
    return Pipeline(pipeline.config, only=names)


_NO_SPACE_BEFORE = frozenset(",.;:!?)]}%…")
_NO_SPACE_AFTER = frozenset("([{„")


def detokenise(tokens: list[str] | tuple[str, ...]) -> tuple[str, list[tuple[int, int]]]:
    """The sentence as it was written, as far as the tokens tell, with each token's offsets.

    Corpora give tokens, not text; joining them with spaces would hand the pipeline text no
    newspaper prints ("Dr . Merkel", "Bonn ,"), which the tokeniser then reads differently.
    Closing punctuation is attached to the token before it and opening brackets to the token
    after, so the pipeline sees ordinary text; offsets map every token back.
    """
    parts: list[str] = []
    offs: list[tuple[int, int]] = []
    pos = 0
    for i, tok in enumerate(tokens):
        if i and tok not in _NO_SPACE_BEFORE and tokens[i - 1] not in _NO_SPACE_AFTER:
            parts.append(" ")
            pos += 1
        offs.append((pos, pos + len(tok)))
        parts.append(tok)
        pos += len(tok)
    return "".join(parts), offs


def predict_spans(batch: list[ConllSentence], pipeline: "Pipeline", lang: str,
                  result: ConllResult) -> list[set[tuple[int, int, str]]]:
    """Analyse a batch as one document (sentences as paragraphs); token spans per sentence."""
    from ..article import Article
    texts, tok_offsets = [], []  # per sentence: list of (start, end) in the batch text
    pos = 0
    for s in batch:
        sentence, offs = detokenise(s.tokens)
        tok_offsets.append([(pos + a, pos + b) for a, b in offs])
        texts.append(sentence)
        pos += len(sentence) + 2  # "\n\n" between sentences
    text = "\n\n".join(texts)
    record = pipeline(Article(text=text, doc_id="conll-batch", lang=lang))
    if record.text != text:
        raise InputError("the pipeline changed the text; offsets cannot be mapped back")
    out: list[set[tuple[int, int, str]]] = [set() for _ in batch]
    for e in record.entities:
        typ = TYPE_MAP.get(e.type)
        if typ is None:
            result.ignored_pred += 1
            continue
        placed = False
        for si, offs in enumerate(tok_offsets):
            if not offs or e.start >= offs[-1][1] or e.end <= offs[0][0]:
                continue
            covered = [i for i, (a, b) in enumerate(offs) if a < e.end and e.start < b]
            if covered and offs[0][0] <= e.start and e.end <= offs[-1][1]:
                out[si].add((covered[0], covered[-1] + 1, typ))
                placed = True
            break
        if not placed:
            result.unaligned_pred += 1
    return out


def evaluate_conll(path: str | Path, pipeline: "Pipeline | None" = None, *, lang: str = "de",
                   limit: int | None = None, batch_size: int = 100,
                   ner_only: bool = True) -> ConllResult:
    """Score the pipeline's entities on a BIO file (see module docstring for what counts)."""
    if pipeline is None:
        from ..pipeline import Pipeline
        pipeline = Pipeline()
    if ner_only:
        pipeline = ner_pipeline(pipeline)
    sents = read_conll(path)
    if limit is not None:
        sents = sents[:limit]
    result = ConllResult(path=str(path), sentences=len(sents), lang=lang)
    for batch in _batches(sents, batch_size):
        predicted = predict_spans(batch, pipeline, lang, result)
        for s, pred in zip(batch, predicted):
            gold, ignored = bio_spans(s.tags)
            result.ignored_gold += ignored
            if gold != pred:
                result.add_errors(s, gold, pred)
            for t in SCORED:
                g = {x for x in gold if x[2] == t}
                p = {x for x in pred if x[2] == t}
                c = result.per_type[t]
                c.tp += len(g & p)
                c.pred_ok += len(g & p)
                c.fn += len(g - p)
                c.fp += len(p - g)
    return result
