"""Quotation spans in raw text, found by scanning quote marks paragraph by paragraph.

The parser does not pair quote marks, and news text mixes curly and straight
quotes, leaves quotes open at a paragraph end when the quotation goes on in the
next paragraph, and uses apostrophes that look like closing single quotes. So
quotations are found on the characters, before and independently of the parse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENING = "“«„"
STRAIGHT = '"'
WORD = re.compile(r"\w+(?:[’'\-]\w+)*")
MARKS = re.compile('[“«„"”»]')  # the marks that open or close a quotation
SINGLE_MARKS = re.compile("['‘’]")  # single quotes, and apostrophes


@dataclass
class Quote:
    """The text inside one pair of quote marks: characters [start, end)."""

    start: int
    end: int
    paragraph: int
    closed: bool = True  # False: the paragraph ended before the quote did
    opens_paragraph: bool = False  # the quote mark is the first thing in its paragraph
    continues: int | None = None  # index of the quote this one continues (next paragraph)

    def text(self, source: str) -> str:
        """The quoted words, without marks or surrounding blanks."""
        return source[self.start : self.end].strip()

    def words(self, source: str) -> int:
        """How many words the quotation has."""
        return len(WORD.findall(source[self.start : self.end]))


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Character ranges of the non-blank lines of the text."""
    out = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            out.append((pos, end))
        pos = end + 1
    return out


def _is_opening_straight(text: str, i: int, start: int, end: int) -> bool:
    """A straight quote opens when it follows a blank or punctuation and precedes a word."""
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    if after.isspace():
        return False
    return before.isspace() or before in "([{—–-:;,/" or i == start


def _single_quotes(text: str, number: int, pstart: int, pend: int, first_visible: int) -> list[Quote]:
    """British-style 'single quotes', told apart from apostrophes.

    An opening mark follows a blank and precedes a letter; a closing mark
    follows the punctuation that ends quoted speech (",", ".", "!", "?") or a
    word and precedes such punctuation ("'a way of buying time'."), so
    "the leaders' talks" and "it's" never open or close a quotation.
    """
    found = []
    open_at: int | None = None
    for mark in SINGLE_MARKS.finditer(text, pstart, pend):  # every other character leaves the state as it is
        i = mark.start()
        ch = text[i]
        before = text[i - 1] if i > pstart else " "
        after = text[i + 1] if i + 1 < pend else " "
        if open_at is None:
            if ch in "'‘" and (before.isspace() or before in "([—–-:" or i == pstart) and after.isalnum():
                open_at = i
        elif (before in ",.!?" and not after.isalnum()) or (
            ch in "'’" and before.isalnum() and (after in ".,;:!?)—–" or i + 1 == pend)
        ) or (ch == "’" and before.isalpha() and before != "s" and after.isspace()):
            # ("gave staff ‘a real lift’ at the end": a closing curly mark before a blank, unless it may be the
            # apostrophe of "the leaders’ talks")
            # "... was 'a way of buying time'." closes before the full stop.
            if len(WORD.findall(text[open_at + 1 : i])) >= 3:
                found.append(Quote(open_at + 1, i, number, True, open_at == first_visible))
            open_at = None
    if open_at is not None and _goes_on(text, open_at, pend, first_visible):
        found.append(Quote(open_at + 1, pend, number, False, open_at == first_visible))
    return found


def _goes_on(text: str, open_at: int, pend: int, first_visible: int) -> bool:
    """ "added: ‘She was kind.\n\n‘She stayed.’": a single quotation opened at the paragraph's start or after a
    colon, still open at its end after whole sentences, goes on in the next paragraph."""
    inside = text[open_at + 1 : pend]
    return text[open_at] == "‘" and inside[:1].isalpha() and (
        open_at == first_visible or text[first_visible:open_at].rstrip().endswith(":")
    ) and inside.rstrip()[-1:] in {".", "!", "?"} and len(WORD.findall(inside)) >= 3


def find_quotes(text: str) -> list[Quote]:
    """All quotations of the text, in order, with paragraph continuations linked."""
    quotes: list[Quote] = []
    for number, (pstart, pend) in enumerate(paragraphs(text)):
        told = len(quotes)  # the quotes of the paragraphs before
        open_at: int | None = None
        first_visible = pstart + (len(text[pstart:pend]) - len(text[pstart:pend].lstrip()))
        for mark in MARKS.finditer(text, pstart, pend):  # every other character leaves the state as it is
            i = mark.start()
            ch = text[i]
            if open_at is None:
                if ch in OPENING:
                    open_at = i
                elif ch == STRAIGHT and _is_opening_straight(text, i, pstart, pend):
                    open_at = i
            else:
                closes = ch in "”»" or ch == STRAIGHT or (ch == "“" and text[open_at] == "„")
                if closes:
                    quotes.append(Quote(open_at + 1, i, number, True, open_at == first_visible))
                    open_at = None
        if open_at is not None and open_at + 1 < pend:
            quotes.append(Quote(open_at + 1, pend, number, False, open_at == first_visible))
        if len(quotes) == told:  # no double quotes in this paragraph (not a scan of every quote so far)
            quotes.extend(_single_quotes(text, number, pstart, pend, first_visible))
    for index in range(1, len(quotes)):
        prev, cur = quotes[index - 1], quotes[index]
        if not prev.closed and cur.opens_paragraph and cur.paragraph == prev.paragraph + 1:
            cur.continues = index - 1
    return quotes


# -- speaker labels ---------------------------------------------------------------
#
# Interviews and transcripts print what people said without quote marks, one
# paragraph per turn, behind a label: "Q:", "A:", "MINISTER KIM:", "Mr Osei:",
# "MODERATOR (Jo Park, spokesperson):", "CLIP, MAYOR LEE:". The label is found on the characters;
# who it stands for is decided later, against the persons of the article.

# "CLIP, MINISTER KIM:", "[SOUNDBITE] MINISTER KIM:": what kind of turn it is, before whose
_KIND = r"(?:[A-Z]{2,12},[ \t]+|\[[A-Z]{2,12}\][ \t]*|[A-Z]{2,12}[ \t]+[—–][ \t]+)?"  # (or "SOUNDBITE — KIM:")
_TAIL = (
    r"(?:,[ \t]*(?P<role>[A-Z][A-Z'’\-]*(?:[ \t]+[A-Z][A-Z'’\-]*){0,3}))?"  # "JO PARK, PRESENTER:"
    r"(?:[ \t]*\((?P<paren>[^()\n]{1,80})\))?"
    r"(?:[ \t]*\[[A-Z][A-Za-z \t\-]{1,20}\])?"  # "KIM [TAPE]:", "KIM [VIA INTERPRETER]:": how the turn was got
    r"[ \t]*:[ \t]+(?P<rest>\S)"
)
LABEL = re.compile(_KIND + r"(?P<head>[^\W\d_][\w.'’\-]*(?:[ \t]+[\w.'’\-]+){0,4}?)" + _TAIL)
# A turn that starts inside a paragraph, after the end of a sentence: "... a no. MINISTER KIM: It is not."
# Written in capitals only, so prose ("He said: ...") never starts one.
INLINE_LABEL = re.compile(
    r"(?<=[.!?…\"”’])[ \t]+" + _KIND + r"(?P<head>[A-Z][A-Z.'’\-]+(?:[ \t]+[A-Z][A-Z.'’\-]*){0,4})" + _TAIL
)
MAX_LABEL_WORDS = 5


@dataclass
class Label:
    """A paragraph spoken by the person its label names: the spoken text is [start, end)."""

    head: str  # the label without its parenthesis: "Q", "MINISTER KIM", "Mr Osei"
    paren: str | None  # what the parenthesis says: "Jo Park, spokesperson", "through interpreter"
    start: int
    end: int
    paragraph: int


def _label_head_ok(head: str) -> bool:
    """A label is a short run of capitalised words ("Mr van Dijk" keeps its lower-case particle)."""
    parts = head.split()
    if not parts or len(parts) > MAX_LABEL_WORDS:
        return False
    return parts[0][0].isupper() and parts[-1][0].isupper() and not parts[-1].endswith(".")


def speaker_labels(text: str) -> list[Label]:
    """Turns behind a speaker label and a colon: at the start of a paragraph, or in capitals after the end
    of a sentence inside one (a transcript that runs its turns on)."""
    found = []
    for number, (pstart, pend) in enumerate(paragraphs(text)):
        line = text[pstart:pend]
        if ":" not in line:
            continue  # a label ends in a colon
        lead = len(line) - len(line.lstrip())
        matches = [m for m in [LABEL.match(line, lead)] if m is not None and _label_head_ok(m.group("head"))]
        matches += [m for m in INLINE_LABEL.finditer(line) if _label_head_ok(m.group("head"))
                    and not (matches and m.start() < matches[0].end())]
        for k, match in enumerate(matches):
            start = pstart + match.start("rest")
            end = pstart + (matches[k + 1].start() if k + 1 < len(matches) else len(line.rstrip()))
            paren = match.group("paren") or match.group("role")
            found.append(Label(match.group("head"), paren.strip() if paren else None, start, end, number))
    return found
