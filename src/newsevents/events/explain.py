"""Readable account of the clause analysis and of every coding decision, sentence by sentence.

A researcher who doubts a code (or misses one) needs to see what the coder saw: the clauses,
their verb, voice, modality and negation, which phrase was taken as subject and object, which
actors were found in them, which lexicon entries matched, and why a candidate was coded or
rejected.  ``newsevents explain FILE`` prints this; tests read it too.
"""

from __future__ import annotations

from ..doc import Doc
from .coder import Decision
from .model import Clause, Phrase


def phrase_text(doc: Doc, p: Phrase) -> str:
    return doc.text[doc.tokens[p.start].start:doc.tokens[p.end - 1].end]


def describe_clause(doc: Doc, c: Clause) -> list[str]:
    toks = doc.tokens
    text = doc.text[toks[c.start].start:toks[c.end - 1].end]
    head = f"  clause {c.id} [{c.kind}" + (f" {c.sub_kind}" if c.sub_kind else "") + "]"
    lines = [f"{head} {text}"]
    verbs = ", ".join(f"{p.lemma}" + (" (zu-inf)" if p.zu_infinitive else "")
                      for p in c.predicates) or "-"
    info = [f"verb: {verbs}", f"voice: {c.voice}"]
    if c.tense:
        info.append(f"tense: {c.tense}")
    if c.modality:
        info.append(f"modality: {c.modality}")
    if c.negated:
        info.append(f"negated by {toks[c.negation].text!r}" if c.negation is not None
                    else "negated")
    if c.reflexive:
        info.append("reflexive")
    if c.quoted:
        info.append("quoted")
    if c.control:
        info.append(f"control: {c.control}")
    lines.append("      " + "; ".join(info))
    for k, p in enumerate(c.phrases):
        if p.role in ("", "pre"):
            continue
        label = p.role + (f"({p.prep})" if p.prep else "")
        extra = ""
        if p.cases:
            extra = " {" + ",".join(sorted(p.cases)) + "}"
        if p.attached_to is not None:
            extra += f" -> of {phrase_text(doc, c.phrases[p.attached_to])!r}"
        lines.append(f"      {label:<12} {phrase_text(doc, p)}{extra}")
    links = []
    if c.subject is None and c.subject_from is not None:
        links.append(f"subject shared with clause {c.subject_from}")
    if c.antecedent is not None:
        cid, k = c.antecedent
        links.append(f"antecedent {phrase_text(doc, _clauses(doc)[cid].phrases[k])!r}")
    if c.reported_by is not None:
        links.append(f"reported by clause {c.reported_by}")
    if c.reports:
        links.append("reports clause(s) " + ", ".join(map(str, c.reports)))
    if links:
        lines.append("      " + "; ".join(links))
    for n in c.notes:
        lines.append(f"      note: {n}")
    return lines


def _clauses(doc: Doc) -> list[Clause]:
    return doc.analyses.get("clauses", [])


def explain_doc(doc: Doc, show_all: bool = True, only: set[int] | None = None) -> str:
    """The whole account: for each sentence, its clauses and the decisions made on them."""
    clauses = _clauses(doc)
    decisions: list[Decision] = doc.analyses.get("event_decisions", [])
    by_sent: dict[int, list[Clause]] = {}
    for c in clauses:
        by_sent.setdefault(c.sent, []).append(c)
    dec_by_clause: dict[int, list[Decision]] = {}
    for d in decisions:
        dec_by_clause.setdefault(d.clause, []).append(d)
    actors_by_sent: dict[int, list] = {}
    for m in doc.actors:
        actors_by_sent.setdefault(m.sent, []).append(m)
    out = [f"{doc.article.id}  lang={doc.lang} date={doc.date}  "
           f"{len(doc.sentences)} sentences, {len(doc.events)} events"]
    for s in doc.sentences:
        cs = by_sent.get(s.id, [])
        has_dec = any(dec_by_clause.get(c.id) for c in cs)
        if only is not None and s.id not in only:
            continue
        if not show_all and not has_dec:
            continue
        out.append("")
        out.append(f"[{s.id}] {doc.text[s.start:s.end]}")
        acts = actors_by_sent.get(s.id, [])
        if acts:
            out.append("  actors: " + "; ".join(
                f"{doc.text[m.start:m.end]} = {m.actor.code or m.actor.country or m.actor.name or '?'}"
                for m in acts))
        for c in cs:
            out.extend(describe_clause(doc, c))
            for d in dec_by_clause.get(c.id, []):
                out.append("      " + d.describe())
    return "\n".join(out)
