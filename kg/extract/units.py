"""Sentences as the rules see them: the parser's sentences, cut again at line breaks.

The small model sometimes runs a sentence on across a paragraph break; a
paragraph break always ends a sentence in news text, so every rule that counts
sentences or looks for "the main clause" uses these units instead.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

KEY = "kg_sentence_units"


def sentences(doc: Doc) -> list[Span]:
    """The sentences of a document, never spanning a line break."""
    cached = doc.user_data.get(KEY)
    if cached is not None:
        return [doc[a:b] for a, b in cached]
    bounds: list[tuple[int, int]] = []
    for sent in doc.sents:
        start = sent.start
        for tok in sent:
            if "\n" in tok.text and tok.is_space:
                if start < tok.i:
                    bounds.append((start, tok.i))
                start = tok.i + 1
        if start < sent.end:
            bounds.append((start, sent.end))
    doc.user_data[KEY] = bounds
    return [doc[a:b] for a, b in bounds]


def index(doc: Doc) -> dict[int, int]:
    """Sentence number of every token (line-break tokens belong to the sentence before)."""
    out: dict[int, int] = {}
    for n, sent in enumerate(sentences(doc)):
        for tok in sent:
            out[tok.i] = n
    last = 0
    for tok in doc:
        if tok.i in out:
            last = out[tok.i]
        else:
            out[tok.i] = last
    return out


def sentence_of(tok: Token) -> Span:
    """The unit a token belongs to."""
    doc = tok.doc
    for sent in sentences(doc):
        if sent.start <= tok.i < sent.end:
            return sent
    return tok.sent


def is_main(verb: Token) -> bool:
    """A verb of the main clause: the root, coordinated with it, or cut off by a line break."""
    for _ in range(6):
        if verb.dep_ == "ROOT" or verb.head.i == verb.i:
            return True
        here = index(verb.doc)
        if here.get(verb.head.i) != here.get(verb.i):
            return True
        if verb.dep_ != "conj":
            return False
        verb = verb.head
    return False
