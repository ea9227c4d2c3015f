"""Tokenisation: paragraphs kept apart, offsets exact, and the emoji short-cut changes nothing."""

from __future__ import annotations

from somajo import SoMaJo

from newsevents.article import Article
from newsevents.pipeline.tokenize import Tokenizer, paragraphs
from newsevents.readers import read_inputs

from conftest import shared_path


def test_paragraphs_offsets():
    text = "Titel\n\nErster Satz. Zweiter Satz.\n \nDritter."
    paras = paragraphs(text)
    assert [p for _, p in paras] == ["Titel", "Erster Satz. Zweiter Satz.", "Dritter."]
    assert all(text[o:o + len(p)] == p for o, p in paras)


def test_tokens_point_into_text_and_emojis_still_split():
    doc = Tokenizer()(__import__("newsevents.doc", fromlist=["Doc"]).Doc.from_article(
        Article(text="Die Lage 🙂 ist ernst.\n\nThe talks failed 👍.", lang="de")))
    assert all(doc.text[t.start:t.end] == t.text for t in doc.tokens)
    assert "🙂" in [t.text for t in doc.tokens]
    assert len(doc.sentences) == 2


def test_fast_emoji_check_gives_somajos_tokens():
    arts = list(read_inputs([str(shared_path("eval", "dev"))]))
    plain = {m: SoMaJo(m, split_camel_case=False, split_sentences=True, character_offsets=True)
             for m in ("de_CMC", "en_PTB")}
    ours = Tokenizer()
    for a in arts:
        model = "de_CMC" if a.id.startswith("de") else "en_PTB"
        for _, para in paragraphs(a.text):
            want = [[(t.text, t.character_offset) for t in s]
                    for s in plain[model].tokenize_text([para])]
            got = [[(t.text, t.character_offset) for t in s]
                   for s in ours._tokenizer(model[:2]).tokenize_text([para])]
            assert got == want
