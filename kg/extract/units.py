"""Sentences as the rules see them: the parser's sentences, cut again at line breaks.

The small model sometimes runs a sentence on across a paragraph break; a
paragraph break always ends a sentence in news text, so every rule that counts
sentences or looks for "the main clause" uses these units instead.

It also keeps what the rules read of every token as plain per-document lists
(`Words`, `Attrs`, `children`), made once from `Doc.to_array`, with helpers that
answer by token number what spaCy answers with a Token or a Span (`span_root`,
`subtree`, `unit_bounds`): spaCy makes a new Token or Span object on every
`doc[i]`, `.head`, `.children` and `doc[a:b]`, and the rules ask many times.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Container, Iterable, Iterator
from itertools import compress, count
from typing import NamedTuple, TypeVar

import numpy
from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, IS_ALPHA, IS_PUNCT, IS_SPACE, LENGTH, LOWER, ORTH, POS, SPACY, TAG
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

from kg.extract import rules
from kg.extract.quotes import paragraphs

T = TypeVar("T")

KEY = "kg_sentence_units"
STARTS = "kg_sentence_unit_starts"
INDEX = "kg_sentence_unit_index"
TEXT = "kg_doc_text"


def text(doc: Doc) -> str:
    """`doc.text`, joined once per document from the token lists (spaCy joins every Token on each access)."""
    cached = doc.user_data.get(TEXT)
    if cached is None:
        spaces = attrs(doc).spaces
        cached = "".join([word + " " if space else word for word, space in zip(words(doc).texts, spaces, strict=True)])
        doc.user_data[TEXT] = cached
    return cached


PARAGRAPHS = "kg_token_paragraphs"


def paragraph_of(doc: Doc) -> list[int]:
    """The paragraph (non-blank line) of every token, by where it starts (tokens before the first: 0); once
    per document, filled a paragraph at a time by binary search in the token offsets."""
    cached = doc.user_data.get(PARAGRAPHS)
    if cached is not None and len(cached) == len(doc):
        return cached
    starts, bounds = words(doc).starts, paragraphs(text(doc))
    out: list[int] = []
    for p in range(len(bounds)):
        end = bisect_left(starts, bounds[p + 1][0]) if p + 1 < len(bounds) else len(starts)
        out.extend([p] * (end - len(out)))
    out = out or [0] * len(starts)
    doc.user_data[PARAGRAPHS] = out
    return out


WORDS = "kg_token_words"


class Words(NamedTuple):
    """Per-token attributes as plain lists: `doc[i]` makes a new Token object every time."""

    lowers: list[str]
    texts: list[str]
    starts: list[int]  # character offset of each token in `doc.text`


def words(doc: Doc) -> Words:
    """The `Words` of a document, made once (with its `Attrs`, by `_read`)."""
    cached = doc.user_data.get(WORDS)
    if cached is None or len(cached.lowers) != len(doc):
        cached = _read(doc)[0]
    return cached


ATTRS = "kg_token_attrs"


class Attrs(NamedTuple):
    """More per-token attributes as plain lists, for rules that scan many tokens.

    A rule that reads `doc[i].tag_` makes a Token object per read; these lists
    are made in one pass per document and indexed by token number instead.
    """

    bares: list[str]  # lower case without a trailing dot, as looked up in the rule lists
    tags: list[str]
    poss: list[str]
    deps: list[str]
    ents: list[str]
    heads: list[int]
    spaces: list[bool]  # whether whitespace follows the token
    alphas: list[bool]
    ends: list[int]  # character offset just after each token
    puncts: list[bool]  # `is_punct`
    blanks: list[bool]  # `is_space`: the token is whitespace


def attrs(doc: Doc) -> Attrs:
    """The `Attrs` of a document, made once (again after a repair changed the tree)."""
    cached = doc.user_data.get(ATTRS)
    if cached is None or len(cached.tags) != len(doc):
        cached = _read(doc)[1]
    return cached


# The token attributes `_read` takes from `Doc.to_array`, in the order it unpacks them.
_COLUMNS = [ORTH, LOWER, IDX, TAG, POS, DEP, ENT_TYPE, HEAD, LENGTH, SPACY, IS_ALPHA, IS_PUNCT, IS_SPACE]


class _Names(dict):
    """The string of each hash (or symbol id) one StringStore was asked for, kept."""

    def __init__(self, strings: StringStore) -> None:
        super().__init__()
        self.strings = strings

    def __missing__(self, key: int) -> str:
        found = self[key] = self.strings[key]
        return found


MAX_NAMES = 200_000  # strings kept across documents: names of people and places keep coming


class Kept(dict[str, T]):
    """What a function of a string said for each string asked about, kept across documents.

    For per-token tests of the words themselves: the same words come back in
    every article. Emptied when it holds MAX_NAMES strings.
    """

    def __init__(self, work: Callable[[str], T]) -> None:
        super().__init__()
        self.work = work

    def __missing__(self, key: str) -> T:
        if len(self) >= MAX_NAMES:
            self.clear()
        found = self[key] = self.work(key)
        return found


_bares = Kept(rules.bare)
_names = _Names(StringStore())


def _names_of(doc: Doc) -> _Names:
    """The shared hash -> string table; started afresh when it grows large or the document has another store."""
    global _names
    if len(_names) > MAX_NAMES or _names.strings is not doc.vocab.strings:
        _names = _Names(doc.vocab.strings)
    return _names


def _read(doc: Doc) -> tuple[Words, Attrs]:
    """`Words` and `Attrs` of a document from one `Doc.to_array`, cached; a valid `Words` is kept.

    Reading each attribute of each Token costs a Token and a string lookup per
    read; the array gives all tokens' numbers at once, and each distinct string
    (a tag, a label, a word) is looked up in the StringStore once per process.
    """
    columns = doc.to_array(_COLUMNS).T
    orths, lowers, starts, tags, poss, deps, ents = columns[:7].tolist()
    heads = (columns[7].astype("int64") + numpy.arange(len(doc))).tolist()  # head - i, stored unsigned
    ends = (columns[2] + columns[8]).tolist()  # the offset and the length of each token
    spaces, alphas, puncts, blanks = columns[9:].astype(bool).tolist()
    name = _names_of(doc)

    def named(keys: list[int]) -> list[str]:
        return list(map(name.__getitem__, keys))

    texts = named(orths)
    found = doc.user_data.get(WORDS)
    if found is None or len(found.lowers) != len(doc):
        found = doc.user_data[WORDS] = Words(named(lowers), texts, starts)
    table_attrs = Attrs(
        bares=list(map(_bares.__getitem__, texts)),
        tags=named(tags),
        poss=named(poss),
        deps=named(deps),
        ents=named(ents),
        heads=heads,
        spaces=spaces,
        alphas=alphas,
        ends=ends,
        puncts=puncts,
        blanks=blanks,
    )
    doc.user_data[ATTRS] = table_attrs
    return found, table_attrs


def positions(values: list[str], wanted: Container[str]) -> Iterator[int]:
    """Token numbers whose value (a word, a label) is in `wanted`, in order (see `where`)."""
    return where(map(wanted.__contains__, values))


def where(flags: Iterable[bool]) -> Iterator[int]:
    """Token numbers whose flag is true, in order.

    For rules that look at a few words of every document: the scan over every
    token runs in C (`itertools.compress`), not as a Python loop.
    """
    return compress(count(), flags)


def tree_changed(doc: Doc, sentences: bool = False) -> None:
    """Forget the cached heads, dependencies and children after a repair re-attached tokens.

    With `sentences`, the sentence bounds too: joining two trees joins their sentences.
    """
    for key in (ATTRS, CHILDREN) + ((KEY, STARTS, INDEX) if sentences else ()):
        doc.user_data.pop(key, None)


def span_text(doc: Doc, start: int, end: int) -> str:
    """`doc[start:end].text` (and "" when empty) without making a Span."""
    if start >= end:
        return ""
    return text(doc)[words(doc).starts[start]: attrs(doc).ends[end - 1]]


def span_chars(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """`doc[start:end].start_char` and `.end_char` without making a Span (an empty one sits where `start` begins)."""
    if start >= end:
        at = words(doc).starts[start] if start < len(doc) else len(text(doc))
        return at, at
    return words(doc).starts[start], attrs(doc).ends[end - 1]


def span_root(doc: Doc, start: int, end: int) -> int:
    """`doc[start:end].root.i` without making a Span: spaCy's rule, on the cached heads.

    A sentence root inside the span wins; else the token with a head outside the
    span and the fewest steps up to a root (a childless punctuation or space
    token counts as far away); the first on ties; `start` if there is none.
    The steps are counted only when several tokens lead out of the span.
    """
    if end - start == 1:
        return start  # a lone token is its own root, whatever its head
    a = attrs(doc)
    heads = a.heads
    outside, ways = start, 0  # the tokens whose head lies outside the span: the last one, how many
    for i in range(start, end):
        head = heads[i]
        if head == i:
            return i
        if not start <= head < end:
            outside, ways = i, ways + 1
    if ways == 1:
        return outside  # the common case: one way out of the span, no steps to count
    kids = children(doc)
    far = len(heads)
    best, root = far, -1
    for i in range(start, end):
        if start <= heads[i] < end:
            continue
        if (a.blanks[i] or a.puncts[i]) and not kids[i]:
            steps = far - 1
        else:
            steps, k = 0, i
            while heads[k] != k:
                k = heads[k]
                steps += 1
                if steps >= far:
                    raise RuntimeError("a cycle in the dependency tree")
        if steps < best:
            best, root = steps, i
    return start if root == -1 else root


def subtree(doc: Doc, i: int) -> list[int]:
    """`[t.i for t in doc[i].subtree]` without Tokens: the left children's subtrees, the token, the right ones'."""
    kids = children(doc)
    out: list[int] = []

    def visit(k: int) -> None:
        for child in kids[k]:
            if child < k:
                visit(child)
        out.append(k)
        for child in kids[k]:
            if child > k:
                visit(child)

    visit(i)
    return out


CHILDREN = "kg_token_children"


def children(doc: Doc) -> list[list[int]]:
    """Token numbers of every token's children, in order (`Token.children` without Token objects)."""
    cached = doc.user_data.get(CHILDREN)
    if cached is None or len(cached) != len(doc):
        cached = [[] for _ in range(len(doc))]
        for i, head in enumerate(attrs(doc).heads):
            if head != i:
                cached[head].append(i)
        doc.user_data[CHILDREN] = cached
    return cached


def bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token numbers of the units, in order, without making Spans."""
    return _bounds(doc)


def _line_break(text: str) -> bool:
    """A whitespace token with a line break (`tok.is_space` is `str.isspace` of the text)."""
    return "\n" in text and text.isspace()


_line_breaks = Kept(_line_break)


def _bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token offsets of the units, in order, computed once per document."""
    cached = doc.user_data.get(KEY)
    if cached is not None:
        return cached
    bounds: list[tuple[int, int]] = []
    breaks = list(where(map(_line_breaks.__getitem__, words(doc).texts)))  # picked in C, in order
    for sent in doc.sents:
        start = sent.start
        for i in breaks[bisect_left(breaks, start): bisect_left(breaks, sent.end)]:
            if start < i:
                bounds.append((start, i))
            start = i + 1
        if start < sent.end:
            bounds.append((start, sent.end))
    doc.user_data[KEY] = bounds
    doc.user_data[STARTS] = [a for a, _ in bounds]
    return bounds


def index(doc: Doc) -> list[int]:
    """Sentence number of every token (line-break tokens belong to the sentence before, or to the first).

    Computed once per document: pronoun and clause rules ask for it many times.
    A list by token number, filled a unit (and a gap between units) at a time.
    """
    cached = doc.user_data.get(INDEX)
    if cached is not None:
        return cached
    n = len(doc)
    out = [0] * n
    done = 0  # tokens before it are numbered
    for k, (a, b) in enumerate(_bounds(doc)):
        if done < a:
            out[done:a] = [max(k - 1, 0)] * (a - done)  # the gap before unit k: the unit before it
        out[a:b] = [k] * (b - a)
        done = b
    if done < n:
        out[done:] = [max(len(_bounds(doc)) - 1, 0)] * (n - done)
    doc.user_data[INDEX] = out
    return out


def sentence_of(tok: Token) -> Span:
    """The unit a token belongs to (a binary search: rules call this for many tokens)."""
    start, end = unit_bounds(tok.doc, tok.i)
    return tok.doc[start:end]


def unit_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """(start, end) of the unit token `i` belongs to, `sentence_of` without a Span.

    A line-break token belongs to no unit: then the parser's sentence around it.
    """
    bounds = _bounds(doc)
    starts = doc.user_data.get(STARTS)
    if starts is None or len(starts) != len(bounds):
        starts = doc.user_data[STARTS] = [a for a, _ in bounds]
    k = bisect_right(starts, i) - 1
    if k >= 0 and bounds[k][0] <= i < bounds[k][1]:
        return bounds[k]
    sent = doc[i].sent
    return sent.start, sent.end


def unit_root(doc: Doc, i: int) -> int:
    """Token number of the root of the unit token `i` belongs to: `sentence_of(tok).root.i` without Spans."""
    start, end = unit_bounds(doc, i)
    return span_root(doc, start, end)


def conjuncts_up(doc: Doc, i: int) -> list[int]:
    """Token `i` and the words it is coordinated with before it, up to the first ("met" in "flew in and met")."""
    a = attrs(doc)
    out = [i]
    while a.deps[i] == "conj" and a.heads[i] != i:
        i = a.heads[i]
        out.append(i)
    return out


def is_main(verb: Token) -> bool:
    """A verb of the main clause: the root, coordinated with it, or cut off by a line break."""
    for _ in range(6):
        if verb.dep_ == "ROOT" or verb.head.i == verb.i:
            return True
        here = index(verb.doc)
        if here[verb.head.i] != here[verb.i]:
            return True
        if verb.dep_ != "conj":
            return False
        verb = verb.head
    return False
