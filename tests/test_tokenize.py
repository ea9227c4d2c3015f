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
                   for s in ours._tokenizer(model[:2], offsets=True).tokenize_text([para])]
            assert got == want


def test_own_alignment_gives_somajos_offsets():
    """The left-to-right placement of tokens equals SoMaJo's alignment on real articles and
    pages, including the fall-back for tokens SoMaJo rewrites."""
    folders = [shared_path("eval", "dev"), shared_path("eval", "heldout"),
               shared_path("corpora", "html")]
    arts = [a for a in read_inputs([str(f) for f in folders]) if hasattr(a, "text")]
    ours = Tokenizer()
    tricky = "Er sagte: ``Nein'' -- und ging... Die Kosten: 3,5 Mio. € (ca. 10 %)!"
    texts = [(a.id[:2] if a.id[:2] in ("de", "en") else "de", a.text) for a in arts]
    texts += [("de", tricky), ("en", tricky)]
    for lang, text in texts:
        for _, para in paragraphs(text):
            assert ours._sentences(lang, para) == ours._aligned_by_somajo(lang, para)
