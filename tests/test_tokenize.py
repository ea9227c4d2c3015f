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


TRICKY = [
    "Er sagte: ``Nein'' -- und ging... Die Kosten: 3,5 Mio. € (ca. 10 %)!",
    "Mail an info@example.org oder www.example.com/a?b=1, siehe https://x.y/z (Stand 1.1.2020).",
    "Am 3. Okt. 2013 um 14:30 Uhr kamen 1.200 Menschen; ISBN 978-3-16-148410-0; Tel. 0221/12345.",
    "#dietotenkommen @polizei_bln :-) ;) <3 :D ... Die Stadt-/Landkreise u. a. die SPD/CDU.",
    "He didn't say 'yes' -- it's the '90s, y'all; U.S. troops (approx. 2,500) left at 5 p.m.",
    "Die Schüler*innen u.Ä.; §§ 12-14 StGB; 3-4 Mal; 20.-22. Juni; 1990er; 100m-Lauf; -5°C.",
    "P.S. Er kam. 3 ps. Nr.5, Haus-Nr. 7, Art. 5 GG; Hauptstr. 3; usw. &c. z. B. d.h. a... b...",
    "Mr. Smith (U.S.A.) met Dr. Jones at 5 p.m. on Jan. 3; i.e. Gen. X. Y. Z. left. St. Louis.",
    "Schreiben Sie an presse [at] example [dot] de; die Lehrer:innen und Bürger/innen kamen.",
]


def _texts_to_compare():
    """Real articles and pages in both languages, KRAUTS and GermEval text, and strings
    packed with what SoMaJo's rarer rules are for."""
    folders = [shared_path("eval", "dev"), shared_path("eval", "heldout"),
               shared_path("corpora", "html")]
    arts = [a for a in read_inputs([str(f) for f in folders]) if hasattr(a, "text")]
    texts = [(a.id[:2] if a.id[:2] in ("de", "en") else "de", a.text) for a in arts]
    krauts = shared_path("corpora", "krauts-dolomiten42", "KRAUTS_Dolomiten-42_raw-text")
    if krauts.is_dir():
        texts += [("de", p.read_text("utf-8")) for p in sorted(krauts.iterdir())[:20]]
    germeval = shared_path("corpora", "germeval2014-dev", "NER-de-dev.tsv")
    if germeval.is_file():
        sents, words = [], []
        for ln in germeval.read_text("utf-8").splitlines()[:8000]:
            cols = ln.split("\t")
            if len(cols) >= 2 and cols[0].isdigit():
                words.append(cols[1])
            elif words:
                sents.append(" ".join(words))
                words = []
        texts += [("de", s) for s in sents]
    texts += [(lang, t) for t in TRICKY for lang in ("de", "en")]
    return texts


def test_fast_emoji_check_gives_somajos_tokens():
    """The emoji check and the skipped hopeless searches change no token and no offset."""
    plain = {m: SoMaJo(m, split_camel_case=False, split_sentences=True, character_offsets=True)
             for m in ("de_CMC", "en_PTB")}
    ours = Tokenizer()
    for lang, text in _texts_to_compare():
        model = "de_CMC" if lang == "de" else "en_PTB"
        for _, para in paragraphs(text):
            want = [[(t.text, t.character_offset) for t in s]
                    for s in plain[model].tokenize_text([para])]
            got = [[(t.text, t.character_offset) for t in s]
                   for s in ours._tokenizer(model[:2], offsets=True).tokenize_text([para])]
            assert got == want, para[:80]


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


def test_wrapped_abbreviation_lists_all_need_their_character():
    """The lists behind the wrapped patterns hold what somajo_speed says they need."""
    from somajo import utils
    for lang in ("de", "en"):
        for name in (f"abbreviations_{lang}.txt", f"single_token_abbreviations_{lang}.txt"):
            assert all("." in a for a in utils.read_abbreviation_file(name))
    assert all("+" in t or "&" in t
               for t in utils.read_abbreviation_file("tokens_with_plus_or_ampersand.txt"))
