"""Who the article is about: person mentions, grouped into one Person per person.

Names come from runs of proper nouns rather than from the small model's PERSON
entities alone, because that model often tags people as ORG or GPE (and places
as people). Each candidate name collects evidence from where it stands: after a
title, in apposition to an office, subject of "said", after "in"/"from", before
", which", inside an organisation name. Short forms ("Lindqvist", "Ms. Verhoeven")
join the full name they are part of; accent-less spellings join the accented one.
Later passes resolve descriptors ("the interim president"), unnamed sources
("a senior official") and he/she to the persons found here.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import pairwise

from spacy.tokens import Doc, Token

from kg.extract import rules, units
from kg.extract.dates import WEEKDAYS, fixed_day_start
from kg.extract.quotes import Quote
from kg.records import Person
from kg.records import Span as TextSpan

PRONOUN_GENDER = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}
POSSESSIVE = {"'s", "’s", "'", "’"}
HYPHENS = {"-", "‐", "‑"}
# Dependency labels that lead out of a noun phrase into another clause or role.
LEAVE_NP = {"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "prep", "poss", "case", "punct"}
MIN_NAME_SCORE = 1
STREETS = {"road", "street", "avenue", "boulevard", "lane", "marg", "highway"}
COURTESY = {"mr", "mrs", "ms", "miss", "mme", "mlle", "revd", "mgr", "msgr"}
NOT_NAME_ENTS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"}
SAINTS = frozenset({"st", "saint", "ste", "san", "santa", "sao", "são"})  # bare words: "St." is "st"
STOOL_TITLES = {"Nana"}  # the title of Akan chiefs, also a given name
REGNAL = re.compile(r"(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})")  # "Kwabena Ampofo III": a chief's regnal number
CALENDAR_WORDS = {
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
}


NASAB = frozenset({"bin", "bint", "ibn"})  # "son of"/"daughter of" after a given name
MONTH_SHORT = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Compare names without case, accents and punctuation (kept: the same names are folded again and again)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("ø", "o").replace("Ø", "o").replace("æ", "ae").replace("Æ", "ae")
    text = text.replace("þ", "th").replace("Þ", "th").replace("ð", "d").replace("Ð", "d")
    text = text.replace("ł", "l").replace("Ł", "l").replace("ß", "ss")
    return " ".join("".join(c if c.isalnum() else " " for c in text.casefold()).split())


DEMONYM_ENDINGS = ("ian", "ean", "an", "ese", "ish", "i", "ic", "ia", "a", "y", "e", "o")


def place_stems(word: str) -> set[str]:
    """A place or nationality word and what is left after its usual endings ("croatian" -> "croat")."""
    word = fold(word)
    out = {word}
    out.update(word[: -len(end)] for end in DEMONYM_ENDINGS if word.endswith(end) and len(word) - len(end) >= 4)
    country = rules.kinds("demonyms").get(word)
    if country is not None:
        out.add(country)
    return out


@cache
def _country_stems() -> frozenset[str]:
    return frozenset(s for country in rules.words("countries") for s in place_stems(country))


def country_word(word: str) -> bool:
    """A country or nationality word ("Indonesia", "Indonesian", "French"), by the stems they share."""
    return bool(place_stems(word) & _country_stems())


def accents(text: str) -> int:
    """How many non-ASCII letters a spelling has (the accented form is preferred)."""
    return sum(1 for c in text if ord(c) > 127)


@dataclass
class Mention:
    """Tokens [start, end) that refer to one or more persons."""

    start: int
    end: int
    refs: tuple[str, ...]
    kind: str  # name | pronoun | descriptor | anonymous | group


@dataclass
class NameCandidate:
    """A run of proper nouns that may be a person's name."""

    start: int
    end: int
    title_start: int  # first token of titles/honorifics written right before it
    score: int = 0
    key: str = ""
    tokens: tuple[str, ...] = ()
    text: str = ""  # the name as written, without a nickname inside it; else the tokens' text
    org_word: bool = False  # `_has_org_word` of the name ("Kessel Bank")


@dataclass
class Descriptor:
    """A definite title phrase standing for a person ("the Portuguese minister of economy")."""

    head: Token
    titles: frozenset[str]
    body: frozenset[str]
    modifiers: frozenset[str]
    word: str = ""  # the head written out when the text abbreviates it ("the CM": "minister")
    places: frozenset[str] = frozenset()  # body words that name a country or people ("Sri Lanka's")


@dataclass
class People:
    """The persons of one article and which tokens refer to which person."""

    doc: Doc
    quotes: list[Quote]
    persons: list[Person] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    gender: dict[str, str] = field(default_factory=dict)
    name_gender: dict[str, str] = field(default_factory=dict)  # a hint from the given name, weaker than the text
    anon_heads: dict[str, str] = field(default_factory=dict)
    descriptors: list[tuple[Descriptor, str]] = field(default_factory=list)
    _by_token: dict[int, Mention] = field(default_factory=dict)
    _quoted: set[int] = field(default_factory=set)
    _roots: dict[tuple[int, int], Token] = field(default_factory=dict)

    def __post_init__(self) -> None:
        text = units.text(self.doc)  # once: Doc.text joins every token on each call
        for quote in self.quotes:
            if quote.words(text) >= 3:
                span = self.doc.char_span(quote.start, quote.end, alignment_mode="expand")
                if span is not None:
                    self._quoted.update(range(span.start, span.end))

    # -- lookup ---------------------------------------------------------------

    def quoted(self, tok: Token) -> bool:
        """Whether a token lies inside a quotation of three words or more."""
        return tok.i in self._quoted

    @property
    def quoted_tokens(self) -> frozenset[int]:
        """The token numbers inside quotations of three words or more."""
        return frozenset(self._quoted)

    def quoted_on(self, i: int) -> bool:
        """Whether token number `i` lies inside a quotation of three words or more (`quoted` without a Token)."""
        return i in self._quoted

    def add(self, mention: Mention) -> None:
        """Record a mention unless its tokens already refer to someone."""
        if any(i in self._by_token for i in range(mention.start, mention.end)):
            return
        self.mentions.append(mention)
        for i in range(mention.start, mention.end):
            self._by_token[i] = mention

    def root(self, start: int, end: int) -> Token:
        """`doc[start:end].root`, kept: pronoun rules ask for the same mentions' heads again and again."""
        found = self._roots.get((start, end))
        if found is None:
            found = self._roots[(start, end)] = self.doc[units.span_root(self.doc, start, end)]
        return found

    def mention_at(self, tok: Token) -> Mention | None:
        """The mention a token belongs to."""
        return self._by_token.get(tok.i)

    def mention_on(self, i: int) -> Mention | None:
        """The mention token number `i` belongs to (`mention_at` without a Token)."""
        return self._by_token.get(i)

    def refs_at(self, tok: Token) -> tuple[str, ...]:
        """Persons a single token refers to."""
        return self.refs_on(tok.i)

    def refs_on(self, i: int) -> tuple[str, ...]:
        """Persons token number `i` refers to (`refs_at` without a Token)."""
        mention = self._by_token.get(i)
        return mention.refs if mention else ()

    def refs_in(self, start: int, end: int, skip: frozenset[int] | set[int] = frozenset()) -> list[str]:
        """Persons the tokens [start, end) refer to, in text order, each once (tokens in `skip` left out)."""
        found: list[str] = []
        for i in range(start, end):
            mention = self._by_token.get(i)
            if mention is not None and i not in skip:
                found.extend(r for r in mention.refs if r not in found)
        return found

    def np_refs(self, tok: Token) -> tuple[str, ...]:
        """Persons a noun phrase headed by `tok` refers to (through appositions too).

        Does not descend into prepositions, possessors or clauses, so "an aide
        to Mr. Okafor" is not Okafor.
        """
        return self.phrase_refs(tok.i)

    def phrase_refs(self, i: int) -> tuple[str, ...]:
        """`np_refs` of the phrase headed by token number `i`, read off the per-document lists."""
        found = self.refs_on(i)
        if found:
            return found
        out: list[str] = []
        deps = units.attrs(self.doc).deps
        for child in units.children(self.doc)[i]:
            if deps[child] in LEAVE_NP or deps[child] in {"conj", "cc", "det"}:
                continue
            for ref in self.phrase_refs(child):
                if ref not in out:
                    out.append(ref)
        return tuple(out)

    def group_refs(self, tok: Token) -> tuple[str, ...]:
        """Persons of a phrase and of everything coordinated with it ("A and B")."""
        out: list[str] = []
        for item in [tok, *tok.conjuncts]:
            for ref in self.np_refs(item):
                if ref not in out:
                    out.append(ref)
        return tuple(out)

    def person(self, ref: str) -> Person:
        """The Person record of a ref."""
        for p in self.persons:
            if p.ref == ref:
                return p
        raise KeyError(ref)

    def new_person(self, name: str, anonymous: bool = False) -> Person:
        """Create a person with the next free ref."""
        person = Person(ref=f"p{len(self.persons) + 1}", name=name, anonymous=anonymous)
        self.persons.append(person)
        return person

    def note_mention(self, ref: str, start: int, end: int) -> None:
        """Keep the evidence span of a mention on the Person record."""
        if start >= end:
            return
        person = self.person(ref)
        begin, finish = units.words(self.doc).starts[start], units.attrs(self.doc).ends[end - 1]
        text_span = TextSpan(begin, finish, units.text(self.doc)[begin:finish])
        if text_span not in person.mentions:
            person.mentions.append(text_span)


# -- names ---------------------------------------------------------------------
#
# The name rules scan every token of every sentence, several times; they read
# per-document attribute lists (kg.extract.units) by token number instead of
# Token objects, which spaCy makes anew on every `doc[i]`.

PROPER_TAGS = {"NNP", "NNPS"}
OTHER_ENTS = {"ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}
TITLE_FLAGS = "kg_title_words"
GIVEN_NAME_TITLES = frozenset({"don", "ato"})  # courtesy titles that are given names too (Ghanaian "Ato")
NAMEISH = "kg_nameish"
HYPHEN_FIRSTS = "kg_hyphen_firsts"


def _bare(tok: Token) -> str:
    return rules.bare(tok.text)


@cache
def _title_vocabulary() -> frozenset[str]:
    """Every word that alone makes a token a title word (the lists are read once)."""
    return (
        rules.heads("titles")
        | rules.words("titles")
        | rules.words("honorifics")
        | rules.words("title_modifiers")
        | rules.words("former_markers")
    )


@cache
def _compound_pairs() -> frozenset[tuple[str, str]]:
    """(first, last) words of the two-word titles."""
    out = set()
    for entry in rules.words("compound_titles"):
        first, _, last = entry.partition(" ")
        out.add((first, last))
    return frozenset(out)


APOSTROPHES = {"'", "’"}  # "Dato' Sri": the apostrophe of a Malay title is a token of its own


def title_flags(doc: Doc) -> list[bool]:
    """`is_title_word` of every token, computed once per document."""
    cached = doc.user_data.get(TITLE_FLAGS)
    if cached is not None and len(cached) == len(doc):
        return cached
    bares = units.attrs(doc).bares
    vocabulary = _title_vocabulary()
    pairs = _compound_pairs()
    firsts, lasts = _compound_ends()
    n = len(bares)
    flags = list(map(vocabulary.__contains__, bares))  # the one-word test for every token, in C
    for i in units.positions(bares, _compound_words()):  # only these can be half of a two-word title
        word = bares[i]
        flags[i] = flags[i] or (
            (word in lasts and i > 0 and (bares[i - 1], word) in pairs)
            or (word in lasts and i > 1 and bares[i - 1] in APOSTROPHES and (bares[i - 2], word) in pairs)
            or (word in firsts and i + 1 < n and (word, bares[i + 1]) in pairs)
        )
    texts = units.words(doc).texts
    for i in units.positions(bares, {"member", "members"}):
        # "Mr. A, member for Busoga": a member for a seat is a member of its assembly
        flags[i] = flags[i] or (i + 2 < n and bares[i + 1] == "for" and texts[i + 2][:1].isupper())
    given_after: set[str] = set()
    for i in units.positions(bares, GIVEN_NAME_TITLES):
        # "Don Fernando Valladares" is a courtesy title; "Don Moreau" and "Don R. Moreau" are a given name;
        # "Ato Tesfaye Gebremariam ... Ato Tesfaye": the title again before the given name alone
        flags[i] = i + 2 < n and all(len(t) > 2 and t[0].isupper() and t[1:].islower() for t in texts[i + 1 : i + 3])
        if flags[i]:
            given_after.add(texts[i + 1])
        elif i + 1 < n and texts[i + 1] in given_after:
            flags[i] = True
    _surnames_that_are_titles(texts, flags)
    _ruler_titles(texts, bares, flags)
    doc.user_data[TITLE_FLAGS] = flags
    return flags


def _ruler_titles(texts: list[str], bares: list[str], flags: list[bool]) -> None:
    """ "the Alake of Ado-Ekiti, Oba A. Name": a capitalised word after "the", with "of" and a place after
    it, apposed to a name that an honorific opens, is the title of a ruler (flagged in place)."""
    honorifics = rules.words("honorifics") - COURTESY - {"dr", "prof", "sir", "dame"}  # a ruler's, not a clerk's
    org_words = rules.words("org_words")  # ("the Department of X, Alhaji A": a body, not a ruler)
    n = len(texts)
    for i in units.positions(bares, {"of"}):
        k = i - 1
        if k < 1 or flags[k] or bares[k - 1] != "the" or not texts[k][:1].isupper() or not texts[k].isalpha() \
                or bares[k] in org_words:
            continue
        j = i + 1
        while j < n and (texts[j][:1].isupper() or texts[j] in HYPHENS):
            j += 1  # the place: "Ado-Ekiti", "Ile-Ife"
        if i + 1 < j < n - 2 and texts[j] == "," and bares[j + 1] in honorifics and texts[j + 2][:1].isupper():
            flags[k] = True


NATIONALS = frozenset(f"{stem}{sex}" for stem in ("dutch", "french", "english", "irish", "welsh", "scots")
                      for sex in ("man", "woman"))  # "Dutchman": a demonym and a person in one word


def _demonym(doc: Doc, i: int) -> bool:
    """Token `i` names where people are from ("Kenyan", "Dominican", "Dutch", "Californian")."""
    word = units.attrs(doc).bares[i]
    if units.words(doc).texts[i] in rules.given_name_genders():
        return False  # "Christian", "Adrian": a given name first
    if word in rules.kinds("demonyms") or (
        units.attrs(doc).ents[i] == "NORP" and word.endswith(("an", "ese", "ish"))  # ("Luz Marina": no demonym)
    ):
        return True
    countries = rules.words("countries")
    # ("Slovak", "Czech", "Serb": the country's name is the word and "-ia")
    return any(word.endswith(end) and word[: -len(end)] in countries for end in ("n", "an", "ian", "ese")) or (
        f"{word}ia" in countries)


def _surnames_that_are_titles(texts: list[str], flags: list[bool]) -> None:
    """ "Mr. John Bishop, the governor", "Ricardo Villarán Pastor met": a title word that ends a run of
    capitalised words with a known given name in it is the surname, not a title (unflagged in place)."""
    given = rules.given_name_genders()
    n = len(texts)
    for i, flag in enumerate(flags):
        if not flag or i == 0 or not texts[i][:1].isupper() or texts[i].isupper():
            continue
        if i + 1 < n and texts[i + 1][:1].isupper():
            continue  # "Kessel Mining Chairman A. Name": a title before a name
        j = i - 1
        while j >= 0 and texts[j][:1].isupper() and texts[j].isalpha() and not flags[j]:
            j -= 1
        if any(texts[k] in given for k in range(j + 1, i)):
            flags[i] = False


@cache
def _compound_ends() -> tuple[frozenset[str], frozenset[str]]:
    """The first and the last words of the two-word titles: no pair is looked up for other words."""
    pairs = _compound_pairs()
    return frozenset(first for first, _ in pairs), frozenset(last for _, last in pairs)


@cache
def _compound_words() -> frozenset[str]:
    """Every word of a two-word title, first or last."""
    firsts, lasts = _compound_ends()
    return firsts | lasts


def is_title_word(tok: Token) -> bool:
    """A word that belongs to a title or honorific, not to a name."""
    return title_flags(tok.doc)[tok.i]


def compound_title(doc: Doc, i: int) -> bool:
    """Token `i` is a word of a two-word title such as "Council Member", next to its other word."""
    bares = units.attrs(doc).bares
    pairs = _compound_pairs()
    word = bares[i]
    return (i > 0 and (bares[i - 1], word) in pairs) or (i + 1 < len(bares) and (word, bares[i + 1]) in pairs)


def _nameish_flags(doc: Doc) -> list[bool]:
    """Per token: can be part of a name (a capitalised proper noun or PERSON token); once per document."""
    cached = doc.user_data.get(NAMEISH)
    if cached is not None and len(cached) == len(doc):
        return cached
    a = units.attrs(doc)
    texts = units.words(doc).texts
    flags = [False] * len(texts)
    verbs = []  # capitalised words tagged as verbs (or as conjunctions other than "and", "or", "but")
    for i in units.where(map(_capitalised.__getitem__, texts)):  # capitalised words, picked in C
        tag = a.tags[i]
        flags[i] = tag in PROPER_TAGS or (a.ents[i] == "PERSON" and tag not in {"PRP", "PRP$", "DT"})
        after_first = i > 0 and flags[i - 1] and a.heads[i - 1] == i and a.deps[i - 1] == "compound"
        if not flags[i] and tag in {"NN", "NNS"} and after_first:
            flags[i] = True  # "Greta Ilves" with the surname read as a common noun: the end of the name
        elif not flags[i] and tag == "NN" and a.deps[i] == "compound" and a.heads[i] == i + 1 and (
            texts[i] in rules.given_names() and _capitalised[texts[i + 1]]
        ):
            flags[i] = True  # "Greta Ilves chairs ...": a given name read as a common noun before a capitalised one
        elif texts[i][-1] in APOSTROPHES and texts[i][-2].isalpha() and texts[i][-2] not in "sS":
            flags[i] = True  # "Brian Ochieng' Odhiambo": a name word with its closing apostrophe, tagged a noun
        elif tag == "UH" and i > 0 and a.tags[i - 1] == "NNP" and a.heads[i - 1] == i and a.deps[i - 1] == "compound":
            flags[i] = True  # "Chairman Oh visited": a surname read as an interjection, under the title before it
        if tag.startswith("VB") or (tag == "CC" and a.bares[i] not in {"and", "or", "but", "yet", "so", "plus"}):
            verbs.append(i)
    headline_verbs = _headline_verbs()
    for i in units.positions(a.bares, headline_verbs):
        if i > 0 and flags[i] and flags[i - 1] and texts[i][:1].isupper():
            flags[i] = False  # "Minister A Name Meets Norland's Envoy": a title-case headline's verb
    for i in verbs:
        # "Mr. Abdalla Said Kitwana": a capitalised word inside a name, which the tagger read as a verb ("said");
        # "Datuk Dr. Nor Azlina": a given name read as a conjunction, after a title
        if 0 < i < len(texts) - 1 and flags[i - 1] and flags[i + 1] and not flags[i] \
                and a.tags[i - 1] == "NNP" and a.tags[i + 1] == "NNP":
            flags[i] = True
        elif i > 1 and flags[i - 2] and a.bares[i - 1] in rules.words("name_particles") and texts[i - 1].islower():
            flags[i] = True  # "Maria das Graças Sampaio dos Santos": the surname after a particle read as a verb
        elif i + 1 < len(texts) and flags[i + 1] and a.tags[i + 1] == "NNP" and not texts[i].isascii() \
                and texts[i].isalpha():
            flags[i] = True  # "Nguyễn Thị Hoa": a name word with letters no English verb has, read as a verb
    doc.user_data[NAMEISH] = flags
    return flags


@cache
def _headline_verbs() -> frozenset[str]:
    """"meets", "receives", "says": verbs of meeting and saying in the third person, which a title-case
    headline capitalises right after a name."""
    verbs = rules.kinds("meeting_verbs").keys() | rules.words("guest_verbs") | rules.words("speech_verbs")
    return frozenset(v for v in verbs if v.endswith("s") and not v.endswith("ss"))


ELIDED = ("d'", "d’", "l'", "l’")  # "d'Harcourt", "l'Estrange": an elided particle and a capital


def _capitalised_word(text: str) -> bool:
    """Starts with a capital (or an elided particle and a capital) and has a letter: can belong to a name."""
    if text[:2].lower() in ELIDED and text[2:3].isupper():
        return True
    return text[:1].isupper() and any(c.isalpha() for c in text)


_capitalised = units.Kept(_capitalised_word)


def _joined(doc: Doc, i: int) -> bool:
    """A hyphen token with no blanks around it, between two word tokens."""
    if i <= 0 or i + 1 >= len(doc):
        return False
    spaces = units.attrs(doc).spaces
    return units.words(doc).texts[i] in HYPHENS and not spaces[i - 1] and not spaces[i]


def _chunks(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Maximal runs of name tokens in tokens [start, end), with particles and hyphens inside names."""
    out = []
    particles = rules.words("name_particles")
    suffixes = rules.words("name_suffixes")
    nameish = _nameish_flags(doc)
    hyphen_firsts = _hyphen_firsts(doc)
    w = units.words(doc)
    lowers, texts, bares = w.lowers, w.texts, units.attrs(doc).bares
    firsts = _name_firsts(doc)
    k = bisect_left(firsts, start)
    while k < len(firsts) and firsts[k] < end:  # no other token can start a run
        i = firsts[k]
        starts = (
            nameish[i]
            or (i in hyphen_firsts and i + 2 < end)
            or (lowers[i] in particles and _particles_then_name(doc, i, end, particles))
        )
        if not starts or lowers[i] in POSSESSIVE:
            k += 1
            continue
        j = i + 1
        while j < end:
            if nameish[j] and lowers[j] not in POSSESSIVE and texts[j - 1] not in POSSESSIVE:
                j += 1
            elif j in hyphen_firsts and j + 2 < end:
                j += 1
            elif texts[j] in HYPHENS and _joined(doc, j) and j + 1 < end and _hyphen_part(doc, j + 1):
                j += 2
            elif lowers[j] in particles and _particles_then_name(doc, j, end, particles):
                j += 1
            elif bares[j] in suffixes and texts[j][:1].isupper():
                j += 1
            else:
                break
        out.append((i, j))
        k = bisect_left(firsts, j, k + 1)
    return out


NAME_FIRSTS = "kg_name_firsts"


def _name_firsts(doc: Doc) -> list[int]:
    """The tokens that can start a run of `_chunks`, in order, once per document.

    Name-like words, hyphenated first names and particles, picked in C: `_chunks`
    then skips every other token of a sentence without a Python step each.
    """
    cached = doc.user_data.get(NAME_FIRSTS)
    if cached is not None:
        return cached
    found = {*units.where(_nameish_flags(doc)), *_hyphen_firsts(doc),
             *units.positions(units.words(doc).lowers, rules.words("name_particles"))}
    cached = doc.user_data[NAME_FIRSTS] = sorted(found)
    return cached


def _hyphen_firsts(doc: Doc) -> frozenset[int]:
    """Capitalised words the tagger missed, joined by a hyphen to a name word ("Marc-Antoine"); once per document.

    `_chunks` takes such a word i as the start of a name when i + 2 lies in the same sentence.
    """
    cached = doc.user_data.get(HYPHEN_FIRSTS)
    if cached is not None:
        return cached
    texts = units.words(doc).texts
    alphas = units.attrs(doc).alphas
    nameish = _nameish_flags(doc)
    found = frozenset(
        k - 1
        for k in units.positions(texts, HYPHENS)  # hyphens only, picked in C
        if _joined(doc, k)
        and alphas[k - 1]
        and texts[k - 1][:1].isupper()
        and texts[k + 1][:1].isupper()
        and nameish[k + 1]
    )
    doc.user_data[HYPHEN_FIRSTS] = found
    return found


def _hyphen_part(doc: Doc, i: int) -> bool:
    """The part after a hyphen inside a name: "Okafor-Lind", and lower-case "Young-gil", "Jong-un"."""
    a = units.attrs(doc)
    if _nameish_flags(doc)[i] or a.tags[i] in PROPER_TAGS:
        return True
    text = units.words(doc).texts[i]
    if text[:1].isupper() and text.replace("’", "").replace("'", "").isalpha():
        return True  # "O’Shaughnessy-Fa’amausili": a capitalised part the tagger took for a common noun
    if not (text.isalpha() and text.islower() and text not in rules.words("hyphen_suffixes")):
        return False
    if len(text) <= 4 and (a.ents[i] == "PERSON" or a.poss[i] in {"PROPN", "NOUN", "X"}):
        return True
    # "Choi Eun-young", "Kim Hye-seong": a two-syllable given name after a family name, whatever the tagger says
    texts = units.words(doc).texts
    return len(text) <= 5 and i >= 3 and len(texts[i - 2]) <= 5 and texts[i - 2][:1].isupper() and (
        _nameish_flags(doc)[i - 3] and texts[i - 3][:1].isupper()
    )


def _given_of_syllables(doc: Doc, start: int, end: int) -> bool:
    """ "Mi-kyung" in "Han Mi-kyung": tokens [start, end) are one given name of two syllables joined by a hyphen,
    the second in lower case, so the word before them is the family name, not where the person is from."""
    texts = units.words(doc).texts
    return end - start == 3 and texts[start + 1] in HYPHENS and texts[start + 2].isalpha() and (
        texts[start + 2].islower() and len(texts[start]) <= 5 and len(texts[start + 2]) <= 5)


def _particles_then_name(doc: Doc, j: int, end: int, particles: frozenset[str]) -> bool:
    """ "van der Linde", "de la Cruz": particles followed by a name word."""
    lowers = units.words(doc).lowers
    k = j
    while k < end and lowers[k] in particles:
        k += 1
    if k >= end:
        return False
    return _nameish_flags(doc)[k] or (_joined(doc, k) and k + 1 < end)


PLACE_ENDS = {"state", "province", "region", "district", "county", "territory", "prefecture"}
STATE_ENDS = PLACE_ENDS | {"republic", "kingdom", "federation", "emirates", "principality", "sultanate", "commonwealth"}


def _named_in_full(doc: Doc, i: int) -> bool:
    """ "M. Kouassi-Brou" after "Aimé Kouassi-Brou": the surname at `i` follows elsewhere a given name
    that is no "M." ("The poet M. Kaur", named so alone, keeps her initial)."""
    texts = units.words(doc).texts
    return any(texts[k] == texts[i] and k > 0 and texts[k - 1] != "M." and texts[k - 1][:1].isupper()
               and not texts[k - 1].startswith("M") and doc[k - 1].is_alpha for k in range(len(doc)) if k != i)


def _hyphened_surname(doc: Doc, k: int, start: int, end: int) -> bool:
    """ "Dr. Hollis Marshall-King": a title word inside the hyphened last words of a run, right after a given
    name, is part of the surname ("Vice-President A", "Sub-Inspector A" are titles before the name)."""
    texts = units.words(doc).texts
    first = k
    while first - 2 >= start and texts[first - 1] in HYPHENS:
        first -= 2
    last = k
    while last + 2 < end and texts[last + 1] in HYPHENS:
        last += 2
    if first == last or last != end - 1 or first - 1 < start:
        return False
    return doc[first - 1].ent_type_ == "PERSON" and not title_flags(doc)[first - 1]


def _strip_titles(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Split a run of proper nouns into the title part and the name part."""
    flags = title_flags(doc)
    a = units.attrs(doc)
    bares, ents = a.bares, a.ents
    w = units.words(doc)
    abbreviations = rules.kinds("office_abbreviations")
    departments = rules.words("departments")
    org_words = rules.words("org_words")
    honorifics = rules.words("honorifics")
    last_title = start - 1
    post = post_nominal_words()
    trail = end  # "Peter Quill MP", "A. Name AO DSC": honours after the name are no title before it
    while trail > start + 1 and bares[trail - 1] in post and w.texts[trail - 1].isupper():
        trail -= 1
    for k in range(start, trail):
        if k == end - 1 and k > start and _honorific_only(bares[k]) and bares[k - 1] not in STYLES:
            break  # "John Major", "Ada Sheikh": a surname that is also a courtesy title (not "Royal Highness")
        # "Mr. OTOMO Shinji": after a courtesy title, capitals are a surname written the Japanese way
        acronym = k < end - 1 and _acronym_title(w.texts[k]) and not (k > 0 and bares[k - 1] in honorifics) and (
            "PERSON" in ents[k + 1 : end]
            or (end - k > 2 and all(
                ents[j] != "ORG" and bares[j] not in org_words and bares[j] not in departments and not flags[j]
                for j in range(k + 1, end)
            ))
        )
        # ("Cllr Mrs A. Name": an abbreviated office before the courtesy title is no given name)
        # (not "to Bhutan Shri A. Name": a country before it)
        inside = k > start and not flags[k - 1] and ents[k - 1] == "PERSON" and bares[k] in honorifics \
            and bares[k - 1] not in abbreviations and bares[k - 1] not in rules.words("countries")
        # "Sultan bin Nasser Al Harthy": the word before "bin" is a given name, not a ruler's title
        inside = inside or (k + 1 < end and w.lowers[k + 1] in NASAB and not (k > start and flags[k - 1]))
        plural = k < end - 1 and bares[k] in _plural_titles()  # "Foreign Ministers A of X, B of Y and C of Z"
        inside = inside or _hyphened_surname(doc, k, start, end)
        if (flags[k] or bares[k] in abbreviations or acronym or plural) and not inside:
            last_title = k  # ("Abdirahman Sheikh Nur Warsame": an honorific after a given name is a name)
    name_start = last_title + 1
    if name_start == start and end - start >= 3 and bares[start] in rules.words("person_nouns"):
        name_start += 1  # "Midfielder A. Name", "Striker A. Name": a role noun written like a title
    while name_start < end - 1 and w.lowers[name_start] in CALENDAR_WORDS:
        name_start += 1  # "On Thursday Wrede met": the day is no part of the name
    if name_start >= end:
        return end, end
    # "Secretary of Defense Jane Roe": the portfolio belongs to the title.
    # "Minister of State for Water Resources A. Name", "Minister of Trade and Economic Cooperation A. Name"
    lead = start  # "Minister of Renewable Energy A. Name": a capitalised portfolio word the run left out ("Renewable")
    while lead > 2 and bares[lead - 1] in departments and w.texts[lead - 1][:1].isupper() and a.poss[lead - 1] == "ADJ":
        lead -= 1
    if lead > 2 and w.lowers[lead - 1] == "the" and w.lowers[lead - 2] in {"of", "for"} and any(
        w.texts[k] in rules.given_name_genders() for k in range(start + 1, end - 1)
    ):  # "Minister of the Environment Alma Name": the article is part of the portfolio, a given name follows it
        lead -= 1
    title_left = lead > 1 and (flags[lead - 2] or bares[lead - 2] in departments)
    before = w.lowers[lead - 1] if lead else ""
    if before == "and" and lead > 2 and w.texts[lead - 2] == "," and bares[lead - 3] in departments:
        title_left = True  # "for Youth, Sport, and Culture A. Name": the serial comma before "and"
    in_title = True in flags[max(0, start - 7) : start]  # "... for European and Eurasian Affairs"
    joined = before in {"of", "for", "on"} or (before == "and" and (title_left or in_title))
    title_left = title_left or (before == "and" and in_title)
    # "Secretary of the Ministry of Defence A. Name", "Director-General of the Fund for ... A. Name":
    # the title's body has a body of its own
    seat = title_left and before == "for"  # "Member for Traeger A. Name"
    title_left = title_left or (before in {"of", "for"} and bares[lead - 2] in org_words and any(
        flags[j] and w.lowers[j + 1] in {"of", "for"} for j in range(max(0, lead - 10), lead - 2)))
    if before == "to" and lead > 1 and (flags[lead - 2] or (lead > 3 and w.lowers[lead - 3] in {"of", "for"} and (
            flags[lead - 4]) and w.texts[lead - 2][:1].isupper())):
        # "Ambassador to Egypt A. Name", "Ambassador of Chile to Peru A. Name": the posting belongs to the title
        joined = title_left = True
    if before in POSSESSIVE and (in_title or True in flags[max(0, start - 10) : start]) and name_start == start \
            and end - start >= 3:
        # "Vice Chairwoman of the provincial People's Committee A. Name": the body's last words, then a name
        # ("... for Fisheries and Fishermen's Welfare R. Name": a portfolio word too)
        while name_start < end - 2 and (bares[name_start] in org_words or bares[name_start] in departments):
            name_start += 1
    if joined and name_start == start and title_left and bares[end - 1] in PLACE_ENDS and before == "of":
        return end, end  # "the Governor of North Darfur State, Mr. A": the title's place, no name
    if joined and name_start == start and title_left:
        body = name_start
        while body < end and (ents[body] == "ORG" or bares[body] in departments):
            body += 1
        # "for Pacific Affairs A. Name": an organisation entity, then a name that is no organisation's
        # (not "... and Universiti Teknologi Malaysia": an organisation's head noun first, its name after it)
        org_body = end - body >= 2 and all(ents[k] != "ORG" and bares[k] not in org_words for k in range(body, end)) \
            and not (body - 1 == start and bares[start] in org_words)
        org_run = any(bares[k] in org_words for k in range(start, end))  # ("Société Lorraine de X": a firm)
        while name_start < end and (
            bares[name_start] in departments
            or ((ents[name_start] in {"GPE", "NORP", "LOC"} or bares[name_start] in rules.words("countries"))
                and name_start < end - 2)  # "... of Mongolia A. Name": the country, whatever the recogniser says
            or (ents[name_start] == "ORG" and org_body and name_start < body and not (
                w.texts[name_start] in rules.given_names() and name_start + 1 == body and not seat
                and not org_run))  # ("... Quality Marijke X")
        ):
            name_start += 1
        # "... for South and Central Asian Affairs A. Name": the portfolio ends at its last department word
        last_department = max((k for k in range(name_start, end - 2) if bares[k] in departments), default=None)
        if last_department is not None:
            name_start = last_department + 1
        whole_org = all(ents[k] == "ORG" for k in range(start, end))  # "Société Lorraine de Mécanique": a firm
        if name_start == start and end - start >= 3 and w.texts[start + 1] in rules.given_names() and (
                (bares[start] in org_words and not whole_org) or _portfolio_word(doc, start, before)):
            # "Head of Mission Maria A. Name", "Commissioner of Competition Maria A. Name": the body or portfolio
            # of the title, then a given name
            name_start += 1
        given = next((k for k in range(name_start + 1, end - 1) if w.texts[k] in rules.given_name_genders()), None)
        if given is None and not seat and not org_run:  # "... Food Quality Marijke A. Name": the body run on
            given = next((k for k in range(name_start + 1, end - 1) if w.texts[k] in rules.given_names()), None)
            if given is not None and not all(ents[k] == "ORG" for k in range(name_start, given + 1)):
                given = None
        listed = before == "and" and given is not None and w.texts[given] in rules.given_name_genders() and (
            name_start == start)
        # (not "for St. Catherine North": a saint's name)
        body_before = given is not None and ents[given - 1] == "ORG" and bares[given - 1] not in SAINTS and (
            not org_run)
        if given is not None and (a.tags[given - 1] == "NNPS" or body_before or listed) and all(
                ents[k] != "PERSON" and w.texts[k] not in rules.given_names() for k in range(name_start, given)):
            # "Minister of Coastal Peoples Maria A. Name": the portfolio ends at a given name
            name_start = given
        if name_start > start and end - name_start == 1 and ents[name_start] != "PERSON":
            return end, end  # "... Industry and Investment Promotion": the portfolio's last word, no name
        if name_start > start and name_start + 2 < end and bares[name_start + 1] in honorifics:
            name_start += 2  # "Inspector General of Police Karachi Sardar A. Name": the posting, a courtesy title
        if seat and name_start == start and end - start >= 3 and (
                (end - start == 3 and ents[start] != "PERSON")
                or (w.texts[start + 1] in rules.given_names() and w.texts[start].isalpha())):  # (not "St. Andrew")
            name_start += 1  # "Member for Traeger Shane McIlwraith": the seat, then the name
    if name_start == start and start > 0 and w.lowers[start - 1] == "the":
        # "Minister of Foreign Affairs of the Kessel Republic Greta Name": the state ends, a given name follows
        state = max((k for k in range(start, end - 2) if bares[k] in STATE_ENDS), default=None)
        if state is not None and w.texts[state + 1] in rules.given_names():
            name_start = state + 1
    if last_title >= start:
        while name_start < end - 1 and bares[name_start] in departments and (ents[name_start] != "PERSON"):
            name_start += 1
    while name_start < end - 1 and w.lowers[name_start] in DAY_WORDS:
        name_start += 1  # "Today Gachanja and ...": a sentence's first word, capitalised, before a name
    given = next((k for k in range(name_start + 1, end - 1) if w.texts[k] in rules.given_names()), None)
    if given is not None and any(_demonym(doc, k) or bares[k] in NATIONALS for k in range(name_start, given)) \
            and not any(ents[k] == "PERSON" and bares[k] not in NATIONALS for k in range(name_start, given)):
        name_start = given  # "Tearful Kenyan Mum Anna A. Name", "Dutchman Jan A. Name": words for her, then her name
    if w.texts[name_start] == "M." and (
        (name_start < end - 2 and w.texts[name_start + 1] in rules.given_names())
        or (name_start < end - 1 and not any(doc[k].whitespace_ for k in range(name_start + 1, end - 1))
            and _named_in_full(doc, name_start + 1))
        or (name_start < end - 2 and w.lowers[name_start + 1] in rules.words("name_particles")
            and w.texts[name_start + 1].islower() and _named_in_full(doc, name_start + 1))
    ):
        # "M. Étienne Roux", "M. Roux", "M. de Valcourt": the French "Monsieur" before a given name or a
        # surname, not an initial
        name_start += 1
    # Trailing hyphens or particles are not part of a name.
    particles = rules.words("name_particles")
    end = max(trail, name_start + 1)  # "Fiona Drummond QC": the honours after the name, counted above
    # ("Rekha Rani Das": a capitalised last word is a surname, whatever it means in Portuguese)
    while end > name_start and (w.texts[end - 1] in HYPHENS or (w.lowers[end - 1] in particles and (
            w.texts[end - 1].islower() or (end - 1 == name_start == start)) and not (
            end - 2 > name_start and w.texts[end - 2] in HYPHENS and _joined(doc, end - 2)))):
        end -= 1  # (but "Kim Yu-na": a particle joined by a hyphen is a syllable of the given name)
    return name_start, end


@cache
def post_nominal_words() -> frozenset[str]:
    """The words of the post-nominal honours ("QC", "KC"), read once, not for every name."""
    return frozenset(x for line in rules.words("post_nominals") for x in line.split())


def plural_title(text: str) -> bool:
    """ "Governors", "Ministers": the plural of a title word, never a name."""
    return text.lower() in _plural_titles()


@cache
def _plural_titles() -> frozenset[str]:
    """The plurals of the title words ("governors", "secretaries", "chairmen")."""
    heads = rules.heads("titles")
    return frozenset({h + "s" for h in heads} | {h[:-1] + "ies" for h in heads if h.endswith("y")}
                     | {h[:-3] + "men" for h in heads if h.endswith("man")})


def _acronym_title(text: str) -> bool:
    """ "MLA", "MCA", "CEO" before a name: an office written as an acronym, not part of the name.

    Two letters are left alone: they are as often initials ("JK", "AB") as offices.
    """
    return text.isalpha() and text.isupper() and 3 <= len(text) <= 5


def _honorific_only(word: str) -> bool:
    """A courtesy title or rank that is no office word ("Major", "Sheikh"); `word` as `rules.bare` gives it."""
    return (
        word in rules.words("honorifics")
        and word not in rules.heads("titles")
        and word not in rules.words("titles")
        and word not in rules.kinds("office_abbreviations")
    )


def _title_before(doc: Doc, start: int) -> bool:
    """Whether a title or honorific is written right before the name ("Dr. (Mrs.) X", and a portfolio in
    brackets: "Principal Secretary (Irrigation) X")."""
    flags = title_flags(doc)
    texts = units.words(doc).texts
    k = start - 1
    if k >= 2 and texts[k] == ")":  # ("Special Chief Secretary (Disaster Management) X": up to four words)
        opening = next((j for j in range(k - 2, max(k - 6, 0) - 1, -1) if texts[j] == "("), None)
        if opening is not None and all(flags[j] or texts[j][:1].isupper() or texts[j] in {"&", "and", "of"}
                                       for j in range(opening + 1, k)):
            k = opening - 1
    if k >= 1 and texts[k] == "." and not doc[k - 1].whitespace_ and texts[k - 1][:1].isupper():
        k -= 1  # "Sr. X": the tokenizer cut the abbreviation's full stop off (not "from 4pm. Requiem Mass")
    return k >= 0 and title_or_abbreviation(doc, k)


def title_or_abbreviation(doc: Doc, k: int) -> bool:
    """Token `k` is a title word or an abbreviated office ("Senator", "Cr", "Cllr")."""
    return title_flags(doc)[k] or units.attrs(doc).bares[k] in rules.kinds("office_abbreviations")


def _portfolio_word(doc: Doc, k: int, before: str) -> bool:
    """ "Commissioner of Competition Maria A. Name": after "of" or "for", a plain capitalised word that no entity
    claims and no given name is, then a given name, is the portfolio's last word (not "St George", not "Coal
    India Ltd", not the Vietnamese surname first in "Luong Minh A")."""
    a, texts = units.attrs(doc), units.words(doc).texts
    return before in {"of", "for"} and a.ents[k] == "" and texts[k].isalpha() and len(texts[k]) > 3 and (
        texts[k] not in rules.given_names()) and (
        texts[k + 1] in rules.given_name_genders() or a.ents[k + 1] == "PERSON")


def _portfolio_before(doc: Doc, start: int) -> bool:
    """ "Minister delegate for energy A. Name": a title, "for" and a portfolio in lower case before the name (a
    portfolio word: not "chief executive of retail giant Kessel Foods", a firm)."""
    texts, lowers = units.words(doc).texts, units.words(doc).lowers
    poss = units.attrs(doc).poss
    k = start - 1
    while k >= 0 and start - k <= 3 and texts[k].islower() and poss[k] in {"NOUN", "ADJ"}:
        k -= 1
    if k == start - 1 or k < 1 or lowers[k] not in {"for", "of"}:
        return False
    if not any(lowers[j] in rules.words("departments") for j in range(k + 1, start)):
        return False
    flags = title_flags(doc)
    return flags[k - 1] or (k >= 2 and flags[k - 2] and texts[k - 1].islower())


INVERTED_WORDS = frozenset({"present", "absent", "attending", "missing"})


def _dated_dash(doc: Doc, k: int) -> bool:
    """A date starts at `k` and a dash follows it ("20 August 2014 -"), or a colon ("November 17:"): the end of
    a dateline."""
    ents, texts = units.attrs(doc).ents, units.words(doc).texts
    j = k
    while j < len(texts) and ents[j] == "DATE" and texts[j] not in DATELINE_DASHES and j - k < 6:
        j += 1  # the recogniser may run the date on past the dash
    if j > k and j + 3 < len(texts) and texts[j] == "(" and texts[j + 2] == ")":
        j += 3  # "Doha, October 3 (QNA) -": the agency in brackets, then the dash
    return j > k and j < len(texts) and (texts[j] in DATELINE_DASHES or (texts[j] == ":" and j - k <= 3))


def _person_after(doc: Doc, k: int) -> bool:
    """A name the recogniser calls a person starts at `k`, or right after a comma there."""
    ents, texts = units.attrs(doc).ents, units.words(doc).texts
    if k < len(texts) and texts[k] == ",":
        k += 1
    return k < len(texts) and ents[k] == "PERSON" and texts[k][:1].isupper()


PLACE_NOUNS = frozenset({"port", "city", "town", "village", "district", "province", "region", "island", "county",
                         "municipality", "capital", "suburb", "state", "township", "oblast", "prefecture",
                         "ports", "cities", "towns", "villages", "districts", "provinces", "regions", "islands",
                         "counties", "states", "suburbs"})


def _title_plural(word: str) -> bool:
    """ "mayors", "governors": offices held in several places, whose list after "of" names those places."""
    return word.endswith("s") and word[:-1] in rules.heads("titles")


def _listed_with_places(doc: Doc, head: int) -> int:
    """A word conjoined with places and with no person: 2 in a list of places told so ("the districts of
    Sirajganj, Manikganj and Narayanganj"), 1 when the recogniser tags the others GPE or LOC ("at Taveta and
    Namanga"), else 0."""
    a = units.attrs(doc)
    top = head
    while a.deps[top] == "conj" and a.heads[top] != top:
        top = a.heads[top]
    members = [top] + [k for k in units.subtree(doc, top) if a.deps[k] == "conj" and k != top]
    others = [k for k in members if k != head]
    if not others or any(a.ents[k] == "PERSON" for k in others):
        return 0
    of = a.heads[top]  # "the districts of A, B and C", "the mayors of A, B and C"
    if a.deps[top] == "pobj" and units.words(doc).lowers[of] == "of" and (
            a.bares[a.heads[of]] in PLACE_NOUNS or _title_plural(a.bares[a.heads[of]])):
        return 2
    return 1 if all(a.ents[k] in {"GPE", "LOC"} for k in others) else 0


def _has_org_word(doc: Doc, start: int, end: int) -> bool:
    """An organisation word in a name ("Kessel Bank"); first words only before "of" ("Bank of X"),
    since given names can be such words too ("Bill", "Star")."""
    org = rules.words("org_words")
    bares = units.attrs(doc).bares
    texts = units.words(doc).texts
    if end - start >= 2 and bares[start] in org:
        if end < len(bares) and units.words(doc).lowers[end] == "of":
            return True
        start += 1
    # "Pettigrew-Hall": the second half of a hyphenated surname is no organisation word
    return any(bares[k] in org and not (k > start and texts[k - 1] in HYPHENS) for k in range(start, end))


# What only an organisation has: "X's chief executive", "X's shareholders".
ORG_OWNED = frozenset({"executive", "ceo", "chairman", "chairwoman", "chairperson", "board", "shareholders",
                       "employees", "workforce", "headquarters", "subsidiary", "shares", "stake"})


def _evidence(doc: Doc, cand: NameCandidate, people: People) -> int:
    """How much the place of a name says it is a person (positive) or not (negative)."""
    start, end = cand.start, cand.end
    a = units.attrs(doc)
    w = units.words(doc)
    lowers, texts, bares, deps, heads, ents = w.lowers, w.texts, a.bares, a.deps, a.heads, a.ents
    n = len(lowers)
    head = units.span_root(doc, start, end)
    score = 0
    count = end - start
    person_tokens = ents[start:end].count("PERSON")
    other_tokens = sum(1 for k in range(start, end) if ents[k] in OTHER_ENTS)
    dateline = start > 1 and texts[start - 1] in HYPHENS | DASHES and ents[start - 1] == "DATE" == ents[start]
    if dateline:  # "OSLO, May 14 - Alma Name met ...": the recogniser ran the dateline's date on into the name,
        other_tokens = 0  # and the parser hung the name on the place
        score += 3 if count >= 2 else 0
    if person_tokens * 2 >= count:
        score += 1
    elif other_tokens * 2 >= count:
        score -= 2 if count == 1 else 1  # "Chile", "Brighton": a lone word the recogniser calls a place
    acronym = count == 1 and texts[start].isalpha() and texts[start].isupper() and cand.title_start == start
    if acronym and len(texts[start]) <= 5 and any(
        deps[k] == "det" and heads[k] == start for k in range(max(0, start - 3), start)
    ):
        score -= 3  # "the first MRT", "an ERP": an acronym with an article is a thing
    if acronym and deps[start] in {"compound", "nmod"} and heads[start] > start and a.poss[heads[start]] == "NOUN":
        score -= 3  # "the former IBO lightweight champion": an acronym naming a body in front of a common noun
    if acronym and deps[start] == "appos" and bares[heads[start]] in rules.words("org_words"):
        score -= 4  # "a former director of the civil aviation agency, ANAC, who ...": the body's short name
    hyphened = all(texts[k] in HYPHENS for k in range(start + 1, end, 2))  # one word, or words joined by hyphens
    if hyphened and deps[head] == "appos" and (ents[heads[head]] in {"FAC", "GPE", "LOC"} or (
            bares[heads[head]] in rules.words("building_nouns") | {"office", "offices", "headquarters"})):
        score -= 4  # "at the Governor's Office, Oke-Mosan,": the place of the building, not a person
    if count == 1 and _demonym(doc, start) and any(
            deps[k] == "det" and heads[k] == start for k in range(max(0, start - 4), start)):
        score -= 5  # "The shell-shocked Italian, 63,": a nationality with an article is a noun, not a name
    titled = cand.title_start < start or _title_before(doc, start) or _portfolio_before(doc, start)
    if titled:
        score += 3
        if start > 0 and bares[start - 1] in COURTESY:
            score += 2  # "H.E. Ms A. Name": nobody but a person is written "Ms"
    # "In Gaborone, the Supervisor of Elections, Mr A, said": a place opening the sentence, then a title
    placed = deps[head] == "pobj" and lowers[heads[head]] in {"in", "at"} and heads[head] == start - 1 and (
        units.unit_bounds(doc, start)[0] == start - 1
    )
    if _apposition_to_role(doc, head) and not placed:
        score += 3  # not "In Gaborone, the Supervisor of Elections, Mr A, said": the place, then the title
    nxt = end if end < n else None
    if nxt is not None and texts[nxt] == "," and end + 1 < n:
        of_a_title = deps[head] == "pobj" and lowers[heads[head]] == "of" and cand.title_start == start
        if lowers[end + 1] == "who" and not of_a_title:
            score += 2  # (not "X, Omanhene of Kwaso, who presented ...": "who" is X)
        elif lowers[end + 1] in {"which", "where"}:
            score -= 3  # ("visited Kessel, where she was received by ...": a place)
    dep, up = deps[head], heads[head]
    if dep in {"nsubj", "nsubjpass"} and lowers[up] in rules.words("speech_verbs"):
        score += 1
    if end + 2 < n and texts[end] == "," and texts[end + 1].isdigit() and 16 <= int(texts[end + 1]) <= 110 and (
            texts[end + 2] in {",", "."}):
        # "Name, 58, was elected": an age (more than a title: nothing else has one), of the whole name when it is
        # one word or starts with a given name (not "Regular A. Name, 84," with a word of the sentence before it)
        whole = all(texts[k] in HYPHENS for k in range(start + 1, end, 2)) or texts[start] in rules.given_names()
        score += 5 if whole else 1
    if end + 1 < n and a.poss[end] == "VERB" and lowers[end + 1] in {"his", "her"}:
        score += 2  # "X counts his animals": only a person has "his" (read off the words: the parse may be lost)
    meets = rules.kinds("meeting_verbs")
    if dep in {"nsubj", "dobj"} and meets.get(lowers[up]) in {"meeting", "call"} and lowers[up] != "call":
        score += 1  # ("please call Crime Stoppers", "X RECEIVES COURTESY CALL": the bare "call" says nothing)
    if dep == "pobj" and lowers[up] == "with" and meets.get(lowers[heads[up]]) in {"meeting", "call"}:
        score += 1
    if dep == "pobj" and lowers[up] == "by" and deps[up] in {"agent", "conj"} and meets.get(lowers[heads[up]]):
        score += 2  # "was received at the gate by A": who receives or visits somebody is a person
    obj = head
    while deps[obj] == "conj" and heads[obj] != obj:
        obj = heads[obj]  # "in Kessel and Marrow": the second place too
    if _delegation_member(doc, obj, obj != head):
        score += 2  # "The delegation was led by A and included B": only people make up a delegation
    # "counterparts from Norway and Sweden, Tomas X and ...": a given name, tagged a person, conjoined to places
    listed_person = obj != head and person_tokens == count >= 2 and texts[start] in rules.given_name_genders()
    if deps[obj] == "pobj" and lowers[heads[obj]] in rules.words("location_prepositions") and not listed_person:
        prep, word = heads[obj], lowers[heads[heads[obj]]]
        # "called on X", "paid a courtesy call on X": a visit to a person, not a place
        calling = lowers[prep] == "on" and (rules.kinds("meeting_verbs").get(word) == "call" or word in {
            "call", "calls", "called", "calling"})
        # "received a courtesy call from X", "a visit from X": who calls or visits is a person
        calling = calling or (lowers[prep] == "from" and rules.kinds("meeting_nouns").get(word) in {"call", "visit"})
        score += 1 if calling else -2
    between = range(heads[obj] + 1, start)  # "director general of police A. Name": the body is "police"
    holder = heads[heads[obj]]
    if deps[holder] == "pobj" and lowers[heads[holder]] == "of" and lowers[heads[obj]] == "for":
        holder = heads[heads[holder]]  # "the Member of Parliament for Keta": the seat of the member
    member = texts[holder] == "Member" and lowers[heads[obj]] == "for"  # "the Member (of Parliament) for Keta"
    if deps[obj] == "pobj" and lowers[heads[obj]] in {"of", "for"} and (_is_title_head(doc, holder) or member) \
            and not titled and all(texts[k][:1].isupper() for k in between):
        score -= 3  # "the MP for Ashbourne", "Minister of Kessel": the body of an office
    elif deps[obj] == "pobj" and lowers[heads[obj]] == "of" and deps[heads[heads[obj]]] == "appos" and (
        ents[heads[heads[heads[obj]]]] == "PERSON" and not titled and count == 1
    ):
        score -= 3  # "A. Name, Omanhene of Kwaso,": the place of a title the lists do not know
    if dep == "nsubj" and lowers[up] in rules.kinds("copula_verbs"):
        roles = _role_nouns()
        if any(deps[c] == "attr" and bares[c] in roles for c in units.children(doc)[up]):
            score += 3  # "X was ambassador to Y"
    if not titled:
        score += _org_context(doc, head)
    if _thing_before(doc, cand.title_start) and not (  # ("the ship Captain X": a title, so a ship's name)
        cand.title_start == start and count >= 2 and texts[start] in rules.given_name_genders()
        and a.bares[start - 1].endswith(("er", "or"))  # (an agent noun, not "the school Benito X")
    ):
        score -= 6  # ("property developer Tomas X": a given name first makes it a person)
    if count == 1 and dep == "poss" and texts[start] not in rules.given_name_genders() and (
            bares[up] in _role_nouns()) and (any(deps[c] == "appos" and a.poss[c] == "PROPN" for c in units.children(
                doc)[up]) or (deps[up] == "appos" and a.poss[heads[up]] == "PROPN")):
        score -= 3  # "then Lomm's chief planner, A. Name,": whose office it is, a place or a body
    plural_head = lowers[end - 1].endswith("s") and (a.tags[end - 1] == "NNPS" or lowers[end - 1][:-1] in rules.words(
        "org_words"))  # (the tagger calls some foreign surnames plural: the word must end in "s" too)
    if count >= 2 and not person_tokens and plural_head and cand.title_start < start and (
            texts[start] not in rules.given_name_genders()):
        score -= 4  # "the Federation of Health Mutual Societies": a body's plural head after a portfolio word
    if count >= 2 and bares[start] in rules.words("storm_words") and texts[start][:1].isupper():
        score -= 6  # "Storm Desmond", "Typhoon Odette": a storm's name
    # (not "the manager of the bus company, Lucia A": a given name is the manager's)
    # ("the tank's maker, X": a thing's maker is a company)
    thing_before = dep == "appos" and a.poss[up] == "NOUN" and bares[up] in rules.words("thing_nouns") and (
        up < start and not titled) and texts[start] not in rules.given_names() and (
        any(deps[c] == "poss" and a.tags[c] in {"NN", "NNS"} for c in units.children(doc)[up]) or (
            bares[up] in rules.words("org_words") and not (  # ("the chairman of the region, X": the chairman)
                deps[up] == "pobj" and lowers[heads[up]] == "of" and _is_title_head(doc, heads[heads[up]]))))
    if thing_before:
        score -= 3  # "his company, Tanami Iron,", "the tank's maker, Kessel Rotem,": the name of a thing apposed to it
    if count >= 3 and texts[end - 2] in {"de", "del", "do", "da"} and bares[end - 1] in rules.words("countries") and (
            texts[start] not in rules.given_name_genders()) and not titled:
        score -= 3  # "promotes Café de Norland": "of" a country ends the name of a thing or a body
    if not titled and _thing_apposed(doc, end):
        score -= 3  # "Kessel Growers, the farmer-owned cooperative that ...": a body's name, a thing apposed to it
    if count == 1 and ents[start] in {"GPE", "LOC"} and titled and end + 1 < n and texts[end] == "," and (
            title_flags(doc)[end + 1] and texts[end + 1][:1].isupper()):
        score -= 3  # "Supreme Allied Commander Europe, General A": the place ends the title; the name follows
    listed = end < n and (lowers[end] == "and" or (texts[end] == "," and end + 1 < n and lowers[end + 1] == "and"))
    if count == 1 and listed and start > 0 and texts[start - 1] == "," and bares[start] in _body_words_set():
        score -= 4  # "for Trade, Industry, and Tourism": a portfolio word between commas
    if count == 1 and nxt is not None and texts[nxt] == "," and bares[start] in _body_words_set() and (
            _portfolios_then_title(doc, nxt)):
        score -= 6  # "Land, Infrastructure and Transport Minister A": the first of a title's portfolios
    if not titled and end < n and lowers[end] == "and" and not person_tokens and (
            texts[start] not in rules.given_name_genders()) and _in_portfolio_list(doc, start):
        score -= 4  # "Minister of Economic Development, Job Creation and Trade, A": a portfolio in the list
    if count >= 2 and not person_tokens and all(bares[k] in _body_words_set() for k in range(start, end)):
        score -= 6  # "Agency for Housing & Rural Development": portfolio words, no name among them
    if count >= 2 and not person_tokens and bares[end - 1] in rules.heads("titles") and start > 0 and (
            lowers[start - 1] in {"our", "his", "her", "their", "its", "my"}):
        score -= 6  # "Our Rugby Correspondent, A": a role written in capitals
    if count >= 2 and bares[end - 1] in DEGREES and start > 0 and lowers[start - 1] in {"a", "an", "his", "her"}:
        score -= 6  # "an engineer with a Lomm MBA": a degree
    known = start >= 3 and lowers[start - 1] == "as" and lowers[start - 2] in {"known", "called", "dubbed"}
    if known and not titled and a.poss[start - 3] == "NOUN" and (
            bares[start - 3] not in _role_nouns() and bares[start - 3] not in rules.words("person_nouns")):
        score -= 3  # "the period known as La Violencia": what a thing is called
    gerund = cand.title_start - 1
    if gerund > 0 and a.tags[gerund] == "VBG" and texts[gerund][:1].isupper() and (
            lowers[gerund - 1] in {"for", "of"} or texts[gerund - 1][:1].isupper()):
        score -= 4  # "the Secretariat for Promoting Christian Unity": a capitalised gerund opens a body's name
    if _street_before(doc, cand.title_start, start, count):
        score -= 6  # "Jalan Sultan Haji Ahmad Shah", "Calle Mayor": a street
    if count == 1 and dep == "pobj" and lowers[up] == "of" and a.poss[heads[up]] == "PROPN" and (
        ents[heads[up]] == "PERSON" and heads[up] < start and not titled
    ):
        score -= 3  # "Governor A. Name of Pernambuco": the place the person stands for
    copula = nxt is not None and lowers[nxt] in {"were", "was", "are", "is", "at", "on", "in", "for"}
    if count == 1 and lowers[start] in INVERTED_WORDS and copula:
        score -= 6  # "Present (at the talks) were the city's secretary, A, and ...": the inverted adjective
    if nxt is not None and texts[nxt] == "," and _dated_dash(doc, nxt + 1):
        score -= 6  # "Addis Ababa, 20 August 2014 - The Chairperson ...": a dateline's place
    if cand.title_start == start and start >= 2 and texts[start - 1] == "(" and end < n and texts[end] == ")" \
            and ents[start - 2] == "PERSON":
        score -= 4  # "Mr. C. W. Name (Victoria)": the state or seat a person stands for, in brackets
    if cand.title_start < start and cand.title_start > 0 and lowers[cand.title_start - 1] == "the" and not (
            cand.title_start >= 2 and lowers[cand.title_start - 2] == "of"):  # ("Chief of the General Staff Gen. A")
        ranks = [k for k in range(cand.title_start, start) if texts[k] != "."]
        honorifics = rules.words("honorifics")
        if ranks and all(bares[k] in honorifics and bares[k] not in CLERICAL for k in ranks):
            score -= 5  # "from the Captain Odo Marsh": a ship named after somebody
    if nxt is not None and texts[nxt].islower() and _is_title_head(doc, nxt):
        score -= 3  # "Kessel United manager X", "the Kessel party leader": the body of a title
    elif nxt is not None and _is_title_head(doc, nxt) and _person_after(doc, nxt + 1):
        score -= 3  # "the town's Labour MP, A. Name,": the party of the title written before the name
    double_barrelled = count >= 3 and _joined(doc, end - 2)  # "Ashworth-Lane": a surname, not a street
    if count >= 2 and bares[end - 1] in rules.words("place_suffixes") and not double_barrelled:
        score -= 2
        if start > 0 and texts[start - 1] == "New":
            score -= 4  # "the MP for New Kessel Southwest": a constituency
        if bares[end - 1] in STREETS:
            score -= 4  # "at 7, Race Course Road": an address
    if count == 1 and (bares[start] in rules.kinds("meeting_nouns") or bares[start] in rules.words("org_words")):
        score -= 4
    elif count >= 2 and bares[end - 1] in rules.kinds("meeting_nouns") and not person_tokens:
        score -= 4  # "Courtesy Call on Prime Minister X", "Ministerial Meeting": a heading, not a name
    if dep == "pobj" and lowers[up] == "of" and lowers[heads[up]] in DWELLERS and count == 1:
        score -= 4  # "the people of Barra", "residents of Kessel": a place its dwellers belong to
    if dep == "pobj" and lowers[up] == "to" and lowers[heads[up]] in rules.words("motion_verbs"):
        score -= 2
    if not NOT_NAME_ENTS.isdisjoint(ents[start:end]):
        particles = rules.words("name_particles")
        inner = range(start + 1, end - 1)
        if any(ents[k] in NOT_NAME_ENTS and not (k in inner and lowers[k] in particles) for k in range(start, end)):
            score -= 4  # "ten" in "Joost ten Brink" is a particle, not a number
    if count == 1 and dep == "pobj" and lowers[up] == "of" and bares[heads[up]] in PLACE_NOUNS and not titled:
        score -= 4  # "the Black Sea port of Supsa", "the town of Kessel": a place
    listed = _listed_with_places(doc, head) if count == 1 else 0
    if listed == 2 or (listed == 1 and not person_tokens):
        score -= 3  # "the districts of Sirajganj, Manikganj and Narayanganj", "at Taveta and Namanga": a place
    if count == 1 and end + 2 < n and texts[end] in HYPHENS and lowers[end + 1] == "to" and (
        texts[end + 2] in HYPHENS
    ):
        score -= 6  # "the Lobito-to-Mombasa rail corridor": the start of a route
    if count == 1 and lowers[start] in CALENDAR_WORDS:
        score -= 4
    if count == 1 and bares[start] in MONTH_SHORT and nxt is not None and texts[nxt][:1].isdigit():
        score -= 6  # "NUKU'ALOFA, Aug 26 —": a month's short form before its day, not "Jan Kowalski"
    if count >= 2 and lowers[end - 1].endswith("ians") and len(lowers[end - 1]) > 6:
        score -= 4  # "Nova Scotians have heard promises before": the people of a place
    if count == 1 and a.tags[start] in {"NNS", "NNPS"} and ents[start] != "PERSON" and lowers[start].endswith("s"):
        score -= 3  # "Landowners along the highway have ...": a plural noun written with a capital, not a name
    if texts[end - 1] in {"No", "Nos", "NO"} and count <= 3 and end + 1 < n and texts[end] == "." and (
        texts[end + 1][:1].isdigit()
    ):
        score -= 6  # "PRESS RELEASE No. 112/94", "BULLETIN No. 7": a numbered document, not a person
    if count == 1 and re.fullmatch(r"(?:[A-Z]\.){2,}", texts[start]) and nxt is not None and texts[nxt] != "'s":
        score -= 4  # "Tegucigalpa, M.D.C.", "D.C.": an abbreviation of letters only, not a name
    if count == 1 and texts[start] in {"Q", "A"} and nxt is not None and texts[nxt] == ":":
        score -= 6  # "Q: How bad is it?": an interview's question, not a person
    whole = " ".join(bares[start:end])
    if whole in rules.words("countries") or whole in rules.words("places"):
        score -= 6  # "and Samoa by its foreign minister", "Dakar was hoping": a place, whatever the recogniser says
    if count == 1 and ents[start] == "GPE" and end < n and texts[end] in DASHES and start >= 2 \
            and texts[start - 1] == "," and _dateline(doc, start - 2, start - 1):
        score -= 6  # "AKRON, Ohio — Akron's police chief met …": the state of a dateline
    bracketed = start >= 1 and texts[start - 1] == "(" and end < n and texts[end] == ")"
    if bracketed and ("PERSON" not in ents[start:end] or (
            start >= 2 and texts[start - 2].isupper() and bares[start - 2] in post_nominal_words())):
        score -= 6  # "the Member (Engineering), Mr. A", "Mr. A (Cong-I)", "A TD (Labour)": a portfolio or a party
    elif _in_brackets_after_a_name(doc, start, end):
        score -= 6  # "Coun. A (Con., Mirfield)": the party and the seat of a councillor
    if count == 1 and start >= 2 and texts[start - 1] == "," and texts[start - 2][:1].isupper() \
            and bares[start - 2] in rules.words("org_words") and end < n and texts[end] == "," \
            and bares[start - 2] not in rules.words("departments"):  # (not "... Affairs, A,")
        score -= 6  # "the rector of St Anne's College, Kilmore,": the place of an institution
    if texts[start] in {"Co", "Co."} and count >= 2 and start >= 1 and texts[start - 1] == ",":
        score -= 6  # "Abbeyfeale, Co Limerick", "Nenagh, Co. Tipperary": the county of a place
    if count == 1 and start > 0 and lowers[start - 1] in {"a", "an"}:
        score -= 6  # "the governor, a Democrat in her second term": a kind of person, not a name
    if count == 1 and nxt is not None and texts[nxt] == "," and ents[start] != "PERSON" and (
            a.tags[start] in {"VBG", "VBN", "RB"} or lowers[start].endswith(("ing", "ly"))) and (
            (start == 0 or texts[start - 1].isspace() or texts[start - 1] in {".", "!", "?", "”", '"'})
            and texts[start] not in rules.given_names()):
        score -= 8  # "Replying, the Minister said": a sentence's first word, capitalised only for that
    if count == 1 and _portfolio_of_title(doc, start):
        score -= 6  # "Commissioner for Refugee Relief, Mr A": the portfolio's last word, no name
    if count == 1 and start >= 2 and texts[start - 1] == "," and end < n and _is_title_head(doc, end) \
            and texts[start - 2][:1].isupper():
        score -= 6  # "A, Labour MP for X,": the party of the title written after a name, no name of its own
    if count == 1 and end < n and texts[end].isdigit() and a.tags[end] == "CD":
        score -= 4  # "Local 27 president X", "Ward 3": a numbered body, not a name
    if count == 1 and lowers[start] in COMPASS:
        score -= 6  # "the Provincial Commissioner, Eastern, Mr A": the province, not a person
    if dep == "dobj" and (lowers[up] in rules.kinds("office_verbs") or lowers[up] in rules.kinds("body_verbs")) \
            and lowers[up] not in {"leads", "led"} and not titled:
        score -= 3  # "A, who heads rival Kessel Steel": the body of an office ("led X to victory" aside)
    if _initials_in_brackets(doc, start, end):
        score -= 6  # "Siderurgica Vale do Norte (SVN)": a body with its acronym
    if _body_in_brackets(doc, start, end):
        score -= 6  # "the Supreme Court of Norland (Hof van Kessel)": the body's name in its own language
    if _portfolio_list(doc, start, end):
        score -= 6  # "the Minister for Education, Science, Technology and Vocational Training, Prof A. Name"
    elif not any(texts[k] in rules.given_names() for k in range(start, end)) and start > 0 and (
            not texts[start - 1][:1].isupper()) and (
            _in_title_complement(doc, head)):
        score -= 6  # "Vice President for Regional Development and Business Delivery": what the office is for
        # (not "Minister of National Defence A. Name": the name right after the portfolio's capitals)
    if (count == 1 and ents[start] == "NORP" or count <= 2 and _demonym(doc, end - 1)) and _modifier(doc, end - 1):
        score -= 4  # "for East Asian and Pacific Affairs", "Peruvian officials": a nationality describing a noun
    if _linear_apposition(doc, start, end) and not placed and not thing_before:
        score += 3
    if count >= 2 and person_tokens * 2 < count and texts[start] in rules.given_names() and (
        (texts[start + 1][:1].isupper() or (_joined(doc, start + 1) and count >= 4)
         or (count >= 3 and lowers[start + 1] in rules.words("name_particles")
             and texts[start] in rules.given_name_genders())) and not texts[start].isupper()
    ):  # ("Hendrik van der Molen")
        # "Liene Ozola met ...", "Jean-Baptiste Ferrand will ...": a given name of some country (or a hyphenated
        # pair of them), then a surname the recogniser missed
        score += 2
    elif count >= 3 and person_tokens * 2 < count and texts[start + 1] in rules.given_name_genders() and (
            texts[start + 2][:1].isupper() and not texts[start].isupper() and cand.title_start == start
            and ents[start] not in OTHER_ENTS and (start == 0 or a.poss[start - 1] != "ADP")):
        score += 1  # "Elder Anna Name" with a title the lists do not know: a given name, then a surname
    if _in_list_of_name_and_place(doc, start, end):
        score += 2  # "A of Austria, B of Germany and C of Denmark": one more in a list of names and their places
    seat = start > 0 and lowers[start - 1] in {"a", "an", "the"}  # "a Galway West TD": the seat
    seat = seat or start > 1 and lowers[start - 2] in {"a", "an", "the"} and a.poss[start - 1] == "ADJ"
    if count == 1 and seat and nxt is not None and texts[nxt].isupper() and bares[nxt] in post_nominal_words():
        score -= 4  # "the former Labour TD": the party of the seat
    if nxt is not None and texts[nxt].isupper() and bares[nxt] in post_nominal_words() and not seat:
        score += 3  # "A. Name TD met the Minister": an honour or a seat after a name is a person's
    if dep == "poss" and bares[up] in ORG_OWNED and not titled:
        score -= 4  # "Van Oordt's chief executive": a company has a chief executive, a person does not
    party = len(texts[start]) == 1 and start + 1 < n and texts[start + 1] in HYPHENS  # "Sen. X, R-Broken Arrow"
    if party and texts[start] in {"D", "R", "I"} and start > 0 and texts[start - 1] == ",":
        score -= 6  # "Representative A, D-Ottumwa": a party and a home town, not a name
    if count >= 2 and dep in {"appos", "conj"} and ents[up] == "PERSON" and not other_tokens and not party:
        score += 2  # "A of Chile, B of Peru and C of Bolivia": one more name in a list of names
    if dep == "compound" and a.poss[up] == "NOUN" and not title_flags(doc)[up]:
        score -= 2
    if count == 1 and dep in {"nmod", "compound"} and up > end and title_flags(doc)[up] and ents[start] != "PERSON" \
            and lowers[end].isalpha() and lowers[end] == texts[end]:
        score -= 3  # "the then Kessel regional police chief, A": the place of the title, before its small words
    if count >= 3 and any(texts[k] in PATRONYMIC_LINKS for k in range(start + 1, end - 1)):
        score += 2  # "Salim bin Nasser al-Rawahi": a name with its father's, only a person's
    if start > 0 and lowers[start - 1] == "the" and cand.title_start == start:
        score -= 3
    if cand.org_word:
        score -= 4
        if bares[end - 1] in rules.words("org_words") and texts[start] not in rules.given_name_genders():
            score -= 4  # "Kano Command", "Kessel Council": the word that ends the name makes it a body
    letters = list(filter(str.isalpha, units.span_text(doc, start, end)))
    if len(letters) >= 4 and all(map(str.isupper, letters)):
        score -= 3
        if _dateline(doc, start, end) or _dateline(doc, cand.title_start, end):  # "PRINCE ALBERT —"
            score -= 6
            if texts[end] == "," and any(t in DATELINE_DASHES for t in texts[end + 1 : end + 5]):
                score -= 10  # "PRINCE ALBERT, Sask. —": a place, its province and the dash, whatever came before
    if not any(any(map(str.isupper, texts[k])) for k in range(start, end)):
        score -= 3
    if count <= 2 and start > 0 and texts[start - 1] == "." and end < n and texts[end] in DASHES and (
        "PERSON" not in ents[start:end]
    ):
        score -= 6  # "Press Release. Amman — His Excellency ...": the dateline of a release
    return score


DASHES = {"—", "–", "--"}
DWELLERS = frozenset({"people", "residents", "islanders", "citizens", "inhabitants", "villagers", "townspeople",
                      "population"})
DATELINE_DASHES = frozenset({"-", "–", "—", "--"})  # "JUBA, 9 September -": a hyphen too ends a dateline
COMPASS = {"eastern", "western", "northern", "southern", "central", "north", "south", "east", "west", "northeast",
           "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west"}


def _in_brackets_after_a_name(doc: Doc, start: int, end: int) -> bool:
    """Tokens [start, end) inside a short bracket opened right after a person's name ("Coun. A (Con.,
    Mirfield)", "Cr B (Lab, Ward 4)")."""
    texts = units.words(doc).texts
    k = start - 1
    while k >= 0 and start - k <= 4 and texts[k] not in {"(", ")"}:
        k -= 1
    if k < 1 or texts[k] != "(" or doc[k - 1].ent_type_ != "PERSON":
        return False
    close = next((j for j in range(end, min(end + 5, len(doc))) if texts[j] in {"(", ")"}), None)
    if close is None or texts[close] != ")":
        return False
    # a name in brackets is a nickname ("Lucius (Lu) Hargrove"); a comma makes it a party and a seat
    return "," in texts[k:close] or all(doc[j].ent_type_ != "PERSON" for j in range(start, end))


def _initials_in_brackets(doc: Doc, start: int, end: int) -> bool:
    """ "Kessel Harbour Services (KHS)": the bracket after a name spells its capitalised words' initials."""
    texts = units.words(doc).texts
    if end + 2 >= len(texts) or texts[end] != "(" or texts[end + 2] != ")":
        return False
    acronym = texts[end + 1]
    initials = "".join(texts[k][0] for k in range(start, end) if texts[k][:1].isupper())
    return len(acronym) >= 2 and acronym.isupper() and acronym == initials.upper()


def _body_in_brackets(doc: Doc, start: int, end: int) -> bool:
    """Tokens [start, end) alone in a bracket written right after a body's capitalised name ("the Council for
    the Judiciary (Raad van Kessel)"): the body's other name, not a person."""
    texts = units.words(doc).texts
    if start < 2 or end >= len(texts) or texts[start - 1] != "(" or texts[end] != ")":
        return False
    bares, org = units.attrs(doc).bares, rules.words("org_words")
    if bares[start - 2] in org:
        return True  # ("the court (Hof van Kessel)")
    k = start - 2
    while k >= 0 and start - k <= 8 and (texts[k][:1].isupper() or bares[k] in {"of", "for", "the", "and"}):
        if texts[k][:1].isupper() and bares[k] in org:
            return True
        k -= 1
    return False


def _portfolio_list(doc: Doc, start: int, end: int) -> bool:
    """ "Minister for Education, Science and Technology": ministry words listed after a title's "for"/"of"."""
    a = units.attrs(doc)
    departments = rules.words("departments")
    if start < 3 or not all(a.bares[k] in departments for k in range(start, end)):
        return False
    lowers = units.words(doc).lowers
    k = start - 1
    while k > 0 and start - k <= 12 and (lowers[k] in {",", "and", "&"} or a.bares[k] in departments):
        k -= 1
    return k < start - 1 and lowers[k] in {"for", "of"} and k > 0 and title_flags(doc)[k - 1]



def _portfolios_then_title(doc: Doc, k: int) -> bool:
    """From token `k` on, commas, "and" and capitalised portfolio words, then a capitalised title word
    ("..., Infrastructure and Transport Minister")."""
    texts, bares = units.words(doc).texts, units.attrs(doc).bares
    flags = title_flags(doc)
    departments = _body_words_set()
    limit = min(len(texts), k + 8)
    while k < limit and (texts[k] in {",", "and", "&"} or (bares[k] in departments and not flags[k])):
        k += 1
    return k < limit and flags[k] and texts[k][:1].isupper()


def _in_title_complement(doc: Doc, head: int) -> bool:
    """The parse hangs word `head` below the "for" of a minister's or a secretary's title, through the words
    of a list only ("Minister for Higher Education, Research and Science"): the portfolio, no name (not "of":
    "the president of the union, A, and B" lists people)."""
    a = units.attrs(doc)
    lowers = units.words(doc).lowers
    cur = head
    for _ in range(8):
        dep, up = a.deps[cur], a.heads[cur]
        if up == cur or dep not in {"conj", "pobj", "compound", "nmod"}:
            return False
        if dep == "pobj":
            return lowers[up] == "for" and a.deps[up] == "prep" and (
                a.bares[a.heads[up]] in rules.words("portfolio_titles"))
        cur = up
    return False


def _dateline(doc: Doc, start: int, end: int) -> bool:
    """ "JUBA, 9 September -", "DES MOINES -": the place a story was filed from, at a paragraph's start."""
    texts = units.words(doc).texts
    k = start
    while k > 0 and start - k < 3 and texts[k - 1].isalpha() and texts[k - 1].isupper():
        k -= 1  # "KESSEL HARBOUR, B.C. —": the parser may leave the place's first word out of the name
    first = k == 0 or texts[k - 1].isspace()
    return first and end < len(texts) and (texts[end] in DATELINE_DASHES or texts[end] in {",", "("})


def _portfolio_of_title(doc: Doc, i: int) -> bool:
    """Word `i` ends what a title is "for" or "of", after capitalised words at most ("Commissioner for
    Refugee Relief")."""
    texts = units.words(doc).texts
    j = i - 1
    while j > i - 4 and j > 0 and texts[j][:1].isupper() and not _is_title_head(doc, j):
        j -= 1
    return j >= 1 and texts[j] in {"for", "of"} and _is_title_head(doc, j - 1)


def _modifier(doc: Doc, i: int) -> bool:
    """Word `i` describes a noun after it ("East Asian ... Affairs", "European and Eurasian Affairs")."""
    a = units.attrs(doc)
    dep, head = a.deps[i], a.heads[i]
    for _ in range(3):  # the second of two adjectives hangs on the first
        if dep not in {"conj", "preconj"}:
            break
        dep, head = a.deps[head], a.heads[head]
    return dep in {"amod", "nmod", "compound"} and head > i


def _is_title_head(doc: Doc, i: int) -> bool:
    """Token `i` is a title noun ("minister", "MP")."""
    a = units.attrs(doc)
    word = a.bares[i]
    titled = word in rules.heads("titles") or word in rules.kinds("office_abbreviations")
    return a.poss[i] in {"NOUN", "PROPN"} and titled


def _org_context(doc: Doc, head: int) -> int:
    """Evidence that a name is a company: "X said in a statement", "shares of X", "X's shares"."""
    a = units.attrs(doc)
    lowers, bares, deps = units.words(doc).lowers, a.bares, a.deps
    children = units.children(doc)
    score = 0
    verb = a.heads[head]
    if deps[head] == "nsubj" and lowers[verb] in rules.words("speech_verbs"):
        for prep in children[verb]:
            if deps[prep] == "prep" and lowers[prep] == "in":
                if any(bares[o] in {"statement", "filing", "release", "notice"} for o in children[prep]):
                    score -= 1  # cancels "said": people issue statements too
    if deps[head] == "pobj" and lowers[verb] == "of" and bares[a.heads[verb]] in rules.words("org_possessions"):
        score -= 3
    if deps[head] == "poss" and bares[verb] in rules.words("org_possessions"):
        score -= 3
    return score


INCLUDE_VERBS = frozenset({"included", "includes", "including", "comprised", "comprising", "comprises"})


def _delegation_member(doc: Doc, obj: int, listed: bool = False) -> bool:
    """ "The delegation ... included X", "a delegation comprising X": X is one of the delegation.

    `listed`: `obj` is the first of the conjuncts the name is one of (then "including A of Kessel University
    and X", with X joined to the university, counts too)."""
    a = units.attrs(doc)
    lowers = units.words(doc).lowers
    groups = rules.words("delegation_nouns")
    verb = a.heads[obj]
    if listed and a.deps[obj] == "pobj" and lowers[verb] == "of" and a.deps[a.heads[verb]] == "pobj" and (
            lowers[a.heads[a.heads[verb]]] == "including"):
        obj = a.heads[verb]  # "including A of Kessel University and B": the parser joined B to the university
        verb = a.heads[obj]
    if a.deps[obj] == "pobj" and lowers[verb] == "including":
        noun = a.heads[verb]
        if a.deps[noun] == "pobj" and lowers[a.heads[noun]] == "of" and a.bares[noun] not in groups:
            noun = a.heads[a.heads[noun]]  # "the presidents of several universities, including X": the presidents
        # "a delegation including X", "union leaders, including X"
        return a.bares[noun] in groups or a.bares[noun] in rules.words("people_plurals") or plural_title(
            units.words(doc).texts[noun])
    if a.deps[obj] != "dobj" or lowers[verb] not in INCLUDE_VERBS:
        return False
    if a.deps[verb] == "acl":
        return a.bares[a.heads[verb]] in groups  # "a delegation comprising X"
    while a.deps[verb] == "conj" and a.heads[verb] != verb:
        verb = a.heads[verb]  # "was headed by A and included B": the subject of the first verb
    return any(a.deps[c] in {"nsubj", "nsubjpass"} and a.bares[c] in groups for c in units.children(doc)[verb])


def _title_phrase_before(doc: Doc, k: int) -> bool:
    """A title and its preposition come before token `k` ("Ambassador of Japan to the [Philippines]")."""
    lowers = units.words(doc).lowers
    j = k - 1 - (k > 0 and lowers[k - 1] == "the")
    if j < 1 or lowers[j] not in {"to", "of", "in", "for"}:
        return False
    flags = title_flags(doc)
    return any(flags[i] for i in range(max(0, j - 6), j))


def _street_before(doc: Doc, title_start: int, start: int, count: int) -> bool:
    """A street word begins the capitalised run the name ends ("Jalan Sultan Haji Ahmad Shah")."""
    bares, texts = units.attrs(doc).bares, units.words(doc).texts
    streets = rules.words("street_words")
    if count >= 2 and bares[start] in streets:
        return True
    k = start - 1
    while k >= 0 and texts[k][:1].isupper() and (k >= title_start or start - k <= 4):
        if bares[k] in streets:
            return True
        k -= 1
    return False


def _thing_before(doc: Doc, start: int) -> bool:
    """ "the shipping magazine X", "the freighter Y": a thing's name, not a person's."""
    k = start - 1
    if k < 0:
        return False
    a = units.attrs(doc)
    return a.tags[k] == "NN" and units.words(doc).texts[k].islower() and a.bares[k] in rules.words("thing_nouns")


def _thing_apposed(doc: Doc, end: int) -> bool:
    """ "Kessel Growers, the farmer-owned cooperative that ...": after the name, a comma and a thing noun
    ("cooperative", "company") with only its article and lower-case modifiers before it: a body's name."""
    texts, lowers = units.words(doc).texts, units.words(doc).lowers
    a = units.attrs(doc)
    if end + 2 >= len(texts) or texts[end] != "," or lowers[end + 1] not in {"the", "a", "an"}:
        return False
    for k in range(end + 2, min(end + 7, len(texts))):
        if a.tags[k] in {"NN", "NNS"} and texts[k].islower() and a.bares[k] in rules.words("thing_nouns"):
            return not (k + 1 < len(texts) and a.tags[k + 1] == "POS")  # (not "the company's founder")
        modifier = a.heads[k] > k and a.deps[k] in {"compound", "npadvmod", "amod", "nmod"}  # "farmer-owned"
        place = modifier and a.deps[k] == "compound" and a.poss[k] == "PROPN"  # ("the Oslo studio complex")
        if not (texts[k].islower() or texts[k] in HYPHENS or place) or a.tags[k] in {"POS", "IN"} or (
                a.tags[k] in {"NN", "NNS"} and not modifier):
            return False  # (not "A. Name, the boss of a developer": the first noun is the head)
    return False


def _is_place(doc: Doc, i: int) -> bool:
    """Token `i` is a place: the recogniser says so or the country list has it."""
    a = units.attrs(doc)
    return a.ents[i] == "GPE" or a.bares[i] in rules.words("countries")


def _in_list_of_name_and_place(doc: Doc, start: int, end: int) -> bool:
    """ "..., B of Germany and": a name with its place, after another name's "of <place>," in a list."""
    lowers, texts = units.words(doc).lowers, units.words(doc).texts
    n = len(lowers)
    after = end + 1 < n and lowers[end] == "of" and _is_place(doc, end + 1)
    before = start >= 3 and texts[start - 1] in {",", "and"} and _is_place(doc, start - 2) and lowers[start - 3] == "of"
    return after and before


def _linear_apposition(doc: Doc, start: int, end: int) -> bool:
    """ "the secretary of state for trade, X," or "X, the chair of Y,": the parser missed it."""
    a = units.attrs(doc)
    texts, bares, poss = units.words(doc).texts, a.bares, a.poss
    n = len(texts)
    titles = rules.heads("titles")
    if start >= 2 and texts[start - 1] == "," and end < n and texts[end] in {",", ".", ";"}:
        k = start - 2
        while k >= max(0, start - 9):
            if poss[k] in {"VERB", "AUX"} or texts[k] in {",", ".", ";", ":"}:
                break
            if bares[k] in titles and poss[k] in {"NOUN", "PROPN"}:
                return True
            k -= 1
    if end + 2 < n and texts[end] == ",":
        k = end + 1
        while k < min(n, end + 8):
            if poss[k] in {"VERB", "AUX"} or texts[k] in {",", ".", ";", ":"}:
                break
            if bares[k] in titles and poss[k] in {"NOUN", "PROPN"}:
                return k + 1 >= n or texts[k + 1] in {",", ".", ";", "of", "for", "at", "to"}
            k += 1
    return False


@cache
def _role_nouns() -> frozenset[str]:
    """Office and person nouns ("mayor", "spokesman"): what a name can be said to be."""
    return rules.heads("titles") | rules.words("person_nouns")


def _in_portfolio_list(doc: Doc, start: int) -> bool:
    """Token `start` follows a comma inside a title's list of portfolios: "Minister of Economic Development,
    <start>": capitalised words back to "of" or "for" right after a title word."""
    texts, lowers = units.words(doc).texts, units.words(doc).lowers
    flags = title_flags(doc)
    if start < 4 or texts[start - 1] != ",":
        return False
    k = start - 2
    while k > 0 and start - k < 10 and (texts[k][:1].isupper() or lowers[k] in {"and", ","}) and not flags[k]:
        k -= 1
    return lowers[k] in {"of", "for"} and k > 0 and flags[k - 1] and k < start - 2


def _apposition_to_role(doc: Doc, head: int) -> bool:
    """A name in apposition with an office or person noun ("X, the mayor" / "the mayor, X")."""
    roles = _role_nouns()
    a = units.attrs(doc)
    if a.deps[head] == "appos" and a.bares[a.heads[head]] in roles:
        return True
    first = head
    while a.deps[first] == "conj" and a.heads[first] < first:
        first = a.heads[first]
    if a.deps[first] == "appos" and a.bares[a.heads[first]] in _plural_titles():
        return True  # "the defence ministers of the two countries, A of X and B of Y": each one of them
    return any(a.deps[c] == "appos" and a.bares[c] in roles for c in units.children(doc)[head])


def _shared_surnames(doc: Doc, candidates: list[NameCandidate]) -> None:
    """ "the farm of Margaret and Doug Fenwick": a lone given name joined by "and" to a full name shares its
    surname (the couple are "Margaret Fenwick" and "Doug Fenwick")."""
    texts, ents = units.words(doc).texts, units.attrs(doc).ents
    starts = {c.start: c for c in candidates}
    for cand in candidates:
        nxt = starts.get(cand.end + 1)
        if cand.end - cand.start != 1 or nxt is None or nxt.end - nxt.start != 2 or texts[cand.end] not in {"and", "&"}:
            continue
        if texts[cand.start] not in rules.given_names() or not (
            texts[nxt.start] in rules.given_names() or ents[nxt.start] == "PERSON"
        ):
            continue
        written = f"{units.span_text(doc, cand.start, cand.end)} {texts[nxt.end - 1]}"
        cand.text, cand.key = written, fold(written)
        cand.tokens = tuple(cand.key.split())


def _word_before_given_name(doc: Doc, k: int) -> bool:
    """Whether token `k`, opening a sentence, is an ordinary capitalised word before a given name ("Regular
    Doreen ..."): no given name itself, no person to the recogniser, no title."""
    texts = units.words(doc).texts
    given = rules.given_names()
    return texts[k] not in given and texts[k + 1] in given and texts[k].isalpha() and not texts[k].isupper() \
        and units.attrs(doc).ents[k] != "PERSON" and not title_flags(doc)[k] \
        and units.attrs(doc).bares[k] not in rules.words("honorifics")


# the endings of English mood words ("Fuming", "Devastated", "Desperate", "Furious", "Tearful", "Defiant")
MOOD_ENDINGS = ("ing", "ed", "ate", "ous", "ful", "ant", "ent", "ive", "ic", "less", "id")


def _mood_before_surname(doc: Doc, k: int) -> bool:
    """Whether token `k`, opening a sentence, is a tabloid's mood word ("Fuming", "Devastated", "Desperate")
    before a surname the text gives elsewhere after a given name."""
    texts = units.words(doc).texts
    word, surname = texts[k], texts[k + 1]
    given = rules.given_names()
    mood = word.endswith(MOOD_ENDINGS) or doc[k].tag_ == "JJ"
    if word in given or not word.isalpha() or not mood or title_flags(doc)[k]:
        return False
    return any(texts[j] == surname and j != k + 1 and texts[j - 1] in given for j in range(1, len(texts)))


def _shouted_verb(doc: Doc, start: int, end: int) -> bool:
    """Whether the last word of a name is a verb in a tabloid's capitals ("A. Name REFUSED"): a past or
    "-ing" form in capitals after words that are not, and never written elsewhere as a name's word."""
    texts = units.words(doc).texts
    last = texts[end - 1]
    if not (last.isalpha() and last.isupper() and len(last) >= 5 and last.endswith(("ED", "ING"))):
        return False
    if any(texts[k].isupper() for k in range(start, end - 1)):
        return False  # "Ahmed AL-RASHED", "Jean DUPONT-ACHED": a surname written in capitals
    return last.title() not in texts


def _subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether the words of `short` appear in `long` in order."""
    it = iter(long)
    return all(word in it for word in short)


def _within(short: tuple[str, ...], long: tuple[str, ...], short_words: frozenset[str],
            long_words: frozenset[str]) -> bool:
    """Whether the name `short` is a form of `long`: its words in order, where an initial stands for a
    word it begins ("N. A. Sultanbekov" of "Nurbek Asanaliyevich Sultanbekov"); a full word must match."""
    if short_words <= long_words:
        return _subsequence(short, long)
    if len(short[-1]) == 1 or short[-1] not in long_words:
        return False
    it = iter(long)
    return all(any(w == word or (len(word) == 1 and len(w) > 1 and w[0] == word) for w in it) for word in short)


def find_names(doc: Doc, quotes: list[Quote]) -> People:
    """Find named persons and group their mentions into one Person each."""
    people = People(doc, quotes)
    candidates: list[NameCandidate] = []
    texts = units.words(doc).texts
    flags = title_flags(doc)
    nicknames: dict[str, str] = {}  # 'Tomas "Tommo" Lindqvist', later "Tommo": the nickname's key -> the name's
    for sent_start, sent_end in units.bounds(doc):
        for start, end, nickname in _with_nicknames(doc, _chunks(doc, sent_start, sent_end)):
            name_start, name_end = _strip_titles(doc, start, end)
            if end + 1 < len(doc) and texts[end] in {"'s", "’s"} and (
                    (first := fixed_day_start(units.words(doc).lowers, end + 1)) is not None and first <= start):
                continue  # "On St Stephen's Day": a day of the calendar, nobody's name
            while name_end - name_start > 1 and texts[name_end - 1].lower() in DAY_WORDS:
                # "session with Secretary A. Name Tuesday": the wire's day, no part of the name (nor a tabloid's
                # "met boss A. Name YESTERDAY")
                name_end -= 1
            if name_end - name_start > 2 and name_start == sent_start and _word_before_given_name(doc, name_start):
                name_start += 1  # "Regular A. Name, 84, said": a capitalised word opening the sentence, then a name
            if name_end - name_start >= 2 and name_start == sent_start and _mood_before_surname(doc, name_start):
                name_start += 1  # "Fuming O'Rourke, 38, said": a tabloid's mood word, then a surname told before
            if name_end - name_start > 2 and _shouted_verb(doc, name_start, name_end):
                name_end -= 1  # "leader A. Name REFUSED to meet her": a tabloid's capitals, no part of the name
            while name_end - name_start > 2 and texts[name_start].lower() in rules.words("countries") and (
                texts[name_start + 1][:1].isupper() and _title_phrase_before(doc, name_start)
                and not _has_org_word(doc, name_start, name_end)
                and not {"ORG", "FAC", "EVENT", "LAW"} & set(units.attrs(doc).ents[name_start + 1 : name_end])
                and not (name_end < len(doc) and units.attrs(doc).poss[name_end] in {"NOUN", "ADJ"})
            ):
                name_start += 1  # "Ambassador of Japan to the Philippines A. Name": the country ends the title
            if name_end - name_start > 3 and f"{texts[name_start]} {texts[name_start + 1]}".lower() in (
                rules.words("countries")
            ) and texts[name_start + 2][:1].isupper() and _title_phrase_before(doc, name_start):
                name_start += 2  # "Ambassador of Japan to the United States A. Name": a country of two words
            if name_start < name_end and texts[name_start] in STOOL_TITLES and (
                (name_end - name_start >= 3 and REGNAL.fullmatch(texts[name_end - 1])) or name_end - name_start == 2
                or (name_end - name_start == 4 and _joined(doc, name_start + 2))  # "Nana Owusu-Ansah"
            ):
                # "Nana Kwabena Ampofo III", later "Nana Ampofo": a chief's title ("Nana Akosua Mensah" is her name)
                name_start += 1
            if nickname is not None and nickname[0] <= name_start and start < nickname[0] and (
                _given_name_before_nickname(doc, nickname[0] - 1)
            ):
                name_start = nickname[0] - 1  # 'striker Dean "Dazza" Pritchard': "Dean" is his name, not a title
            if name_end - name_start >= 3 and _demonym(doc, name_start) and not _given_of_syllables(
                doc, name_start + 1, name_end
            ) and (
                texts[name_start + 1] in rules.given_name_genders()
                # "coach, Australian Greg Name,": the tagger says where he is from, whatever the given name
                or units.attrs(doc).ents[name_start] == "NORP"
            ):
                name_start += 1  # "stopped Dominican Carlos Ferreira": where he is from, then his name
            if name_start >= name_end:
                continue
            if not any(texts[k][:1].isupper() for k in range(name_start, name_end)):
                continue
            if all(flags[k] for k in range(name_start, name_end)):
                continue
            if name_end - name_start == 1 and plural_title(texts[name_start]):
                continue  # "Governors of four states met ...": a capitalised plural title
            if not texts[name_start][:1].isalpha():
                continue  # "SETRA-BH": the rest of an acronym after its hyphen
            if any(ch.isdigit() for k in range(name_start, name_end) for ch in texts[k]):
                continue  # "R20,000", "G7": an amount or a code, never a name
            if name_end - name_start == 1 and name_start > 0 and texts[name_start - 1].lower() in {
                    "his", "her", "your", "their"} and texts[name_start].lower() in STYLES:
                continue  # "His Honour adjourned": a style of address, read by `_style_references`
            if name_end - name_start == 1 and _joined(doc, name_end) and texts[name_end + 1].islower() and (
                    units.attrs(doc).tags[name_end + 1].startswith("VB")):
                continue  # "Cross-examined by X", "Re-elected in May": a verb's capitalised prefix
            if _speaker_label(texts, name_start, name_end):
                continue  # "KATE PARK, PRESENTER:": a transcript's label, read by the statement rules
            if _turn_vocative(texts, name_start, name_end):
                continue  # "REPORTER (A. Name): Lindiwe, the minister arrived ...": the anchor called by name
            if name_end - name_start == 1 and texts[name_start].isupper() and (
                units.attrs(doc).bares[name_start].replace(".", "") in post_nominal_words()  # "MP", "M.P."
            ):
                continue  # "A. Name, RN, who leads ...": letters after a name, not another name
            text = units.span_text(doc, name_start, name_end)
            written = ""
            if nickname is not None and name_start < nickname[0]:
                before = units.span_text(doc, name_start, nickname[0])
                written = f"{before} {units.span_text(doc, nickname[1], name_end)}"
                text = written
            key = fold(text)
            if not key:
                continue
            cand = NameCandidate(name_start, name_end, start, key=key, tokens=tuple(key.split()), text=written,
                                 org_word=_has_org_word(doc, name_start, name_end))
            cand.score = _evidence(doc, cand, people)
            if written:
                cand.score += 3  # 'Brodie "The Bulldozer" Kane': only a person is written with a nickname inside
            if written and nickname is not None:
                nicknames.setdefault(fold(units.span_text(doc, nickname[0] + 1, nickname[1] - 1)), key)
            candidates.append(cand)
    _peerages(doc, candidates, nicknames)
    _shared_surnames(doc, candidates)
    totals: dict[str, int] = {}
    firsts: dict[str, int] = {}
    for cand in candidates:
        totals[cand.key] = totals.get(cand.key, 0) + cand.score
        firsts.setdefault(cand.key, cand.start)
    # "Halloway" beside "Halloway Capital": the short name of an organisation.
    bares = units.attrs(doc).bares
    org_words = rules.words("org_words")
    org_keys = [c.tokens for c in candidates if c.org_word]
    org_keys += [
        tuple(fold(units.span_text(doc, c.start, c.end + 1)).split())
        for c in candidates
        if c.end < len(doc) and bares[c.end] in org_words and texts[c.end][:1].isupper()
    ]
    # "the Transport and General Workers' Union": a plural possessive before an organisation word
    org_keys += [
        (*c.tokens, "'")
        for c in candidates
        if c.end + 1 < len(doc) and texts[c.end] in {"'", "’"} and bares[c.end + 1] in org_words
        and texts[c.end + 1][:1].isupper()
    ]
    for key in totals:
        tokens = tuple(key.split())
        if any(len(o) > len(tokens) and o[: len(tokens)] == tokens for o in org_keys):
            totals[key] -= 3
    # "Rodrigo Aranguiz Ossandon ... Aranguiz built ... Aranguiz turned down": a full name whose
    # surname is used alone later is how news refers to a person, not to a body or a place.
    # A surname of several words used alone as well ("A. Lomm-Kessel ... Mr Lomm-Kessel") says more.
    for key in list(totals):
        tokens = tuple(key.split())
        tail = " ".join(tokens[1:])
        # (not "Minister of Y of Norland A. Name-Name": a place before the name)
        rescued = totals[key] < MIN_NAME_SCORE <= totals.get(tail, -1) and firsts[key] < firsts[tail] and (
            len(tokens) == 3 and tokens[0] not in rules.words("countries"))
        if len(tokens) >= 3 and (totals.get(tail, -1) >= 3 or rescued):
            # one word before it ("for Kessel A. Lomm-Kessel" stays unproven: a place, then a name); a surname
            # proven a person's only just, and first told after the full name, proves the full name a little
            totals[key] += 2
        elif len(tokens) == 2 and totals.get(tokens[1], -1) >= 3 and len(tokens[1]) > 2 and (
            firsts[key] < min((firsts[o] for o in totals if o != key and o.endswith(f" {tokens[1]}")), default=len(doc))
        ):
            # "A. Name keeps a fan on his desk ... Mr. Name says": the first full name that the surname alone,
            # proven a person's, stands for (not "in Name Town" after "A. Name")
            totals[key] += 2
        elif len(tokens) >= 2 and any(part in totals and totals[part] >= 0 for part in tokens[1:] if len(part) > 2):
            totals[key] += 1
    accepted = {key for key, total in totals.items() if total >= MIN_NAME_SCORE}
    tokens_of = {c.key: c.tokens for c in candidates}
    words_of = {k: frozenset(t) for k, t in tokens_of.items()}  # a name inside another has all its words
    # Keys that are the fullest form of somebody: accepted and not part of a longer accepted key.
    maximal = [
        k
        for k in accepted
        if not any(
            o != k
            and len(tokens_of[o]) > len(tokens_of[k])
            and _within(tokens_of[k], tokens_of[o], words_of[k], words_of[o])
            for o in accepted
        )
    ]
    # a nickname used alone is the person named with it, not somebody else
    aliases = {nick: key for nick, key in nicknames.items() if key in maximal and nick != key}
    maximal = [k for k in maximal if k not in aliases]
    candidates.extend(_missed_surnames(doc, candidates, maximal, tokens_of))
    first_pos: dict[str, list[int]] = {}
    for cand in candidates:
        first_pos.setdefault(cand.key, []).append(cand.start)
    clusters: dict[str, list[NameCandidate]] = {k: [] for k in maximal}
    hyphened_last = {c.key for c in candidates if c.end - c.start >= 3 and texts[c.end - 2] in HYPHENS}
    fits: dict[tuple[str, tuple[str, ...]], list[str]] = {}  # the fullest names a form fits, asked once a form
    for cand in candidates:
        form = (cand.key, cand.tokens)
        if form not in fits:
            words = frozenset(cand.tokens)
            fits[form] = [
                k for k in maximal
                if k == cand.key or _within(cand.tokens, tokens_of[k], words, words_of[k])
            ]
        roots = [aliases[cand.key]] if cand.key in aliases else list(fits[form])
        if not roots:
            continue
        if len(roots) > 1:
            # "Park" after "Chairman Park Jin-woo ... his father, Park Sang-hoon": the person the story is about,
            # named first, unless only the other was named before; "Ms Duggan": the woman of the family
            said = _courtesy_gender(doc, cand.title_start, cand.start)
            # (a given name tells a gender too: "Mr. Wickersham" fits "Harold Wickersham" as well as "his son, Tom")
            sexes = {"m": "male", "f": "female"}
            fit = {k: _gender_fit(said, _gender_near(doc, first_pos[k]) or sexes.get(
                rules.given_name_gender(texts[min(first_pos[k])]) or "")) for k in roots}
            # ("Ms Pham" after "Kirra Wallace-Pham" and "her mother, Lien Pham": the one whose surname it is
            # whole, not the half of a hyphened one)
            roots.sort(key=lambda k: (fit[k] == 2, len(cand.tokens) == 1 and k in hyphened_last, fit[k],
                                      min(first_pos[k]) > cand.start, min(first_pos[k])))
        clusters[roots[0]].append(cand)
    ordered = sorted((c for c in clusters.items() if c[1]), key=lambda item: min(m.start for m in item[1]))
    for _key, members in ordered:
        forms: list[str] = []
        for m in members:
            text = m.text or units.span_text(doc, m.start, m.end)
            if text not in forms:
                forms.append(text)
        name = max(forms, key=lambda f: (len(fold(f).split()), accents(f), len(f)))
        person = people.new_person(name)
        person.aliases = [f for f in forms if f != name]
        for m in members:
            people.add(Mention(m.start, m.end, (person.ref,), "name"))
            people.note_mention(person.ref, m.start, m.end)
            _note_gender(people, person.ref, doc, m.title_start, m.start, m.end)
        if (sex := _given_name_sex(name)) is not None:
            people.name_gender[person.ref] = sex
    return people


def _given_name_sex(name: str) -> str | None:
    """The sex the first given name hints at, past initials and short forms ("Ma. Teresa", "J. Robert")."""
    words = name.split()
    for word in words[:-1] if len(words) > 1 else words:
        if word.endswith(".") or len(word) == 1:
            continue  # "Ma.", "J.": an initial or a short form, which says nothing
        return rules.given_name_gender(word)
    return None


def _courtesy_gender(doc: Doc, start: int, name_start: int) -> str | None:
    """ "Ms Duggan": the gender a courtesy title before a name tells, if any."""
    bares = units.attrs(doc).bares
    for k in range(max(0, min(start, name_start - 2)), name_start):
        if bares[k] in COURTESY:
            return "male" if bares[k] == "mr" else "female"
    return None


def _gender_fit(said: str | None, known: str | None) -> int:
    """0 when a courtesy title's gender matches the person's, 2 when it contradicts it, else 1."""
    if said is None or known is None:
        return 1
    return 0 if said == known else 2


GENDER_PRONOUNS = frozenset({"he", "she", "his", "her", "him", "hers"})  # gendered words that are no kin noun


def _gender_near(doc: Doc, starts: list[int]) -> str | None:
    """A person's gender from a courtesy title or a kin word written around where the name first stands
    ("the dead man's mother, Catríona Duggan", "Mr Declan Duggan")."""
    table = rules.kinds("gendered_words")
    bares = units.attrs(doc).bares
    first = min(starts)
    for k in range(max(0, first - 3), first):
        if bares[k] in table and bares[k] not in GENDER_PRONOUNS:
            return table[bares[k]]
    if first >= 2 and doc[first - 1].text == ",":  # "his wife of 61 years, Kamala Name": the noun before the comma
        for tok in reversed(doc[max(0, first - 8) : first - 1]):
            if tok.is_punct or tok.pos_ in {"PROPN", "VERB", "AUX"}:
                break
            if bares[tok.i] in table and bares[tok.i] not in GENDER_PRONOUNS:
                return table[bares[tok.i]]
    return None


DEGREES = frozenset({"mba", "phd", "dphil", "llm", "llb", "msc", "bsc", "mphil", "ba", "ma"})
NICK_OPEN = {'"', "“", "‘", "'"}
NICK_CLOSE = {'"', "”", "’", "'"}


@cache
def _body_words_set() -> frozenset[str]:
    """Words of bodies and portfolios ("Police", "Health"): a run of them before brackets is no given name."""
    return rules.words("departments") | rules.words("org_words")


def _turn_vocative(texts: list[str], start: int, end: int) -> bool:
    """One name that opens a transcript turn, right after its label's colon and before a comma: the person
    the speaker turns to ("REPORTER (A. Name): Lindiwe, the minister arrived ..."), not one the story is about."""
    if end - start != 1 or start < 2 or end >= len(texts) or texts[end] != ",":
        return False
    if texts[start - 1] == "):":
        return True
    return texts[start - 1] == ":" and (texts[start - 2] == ")" or texts[start - 2].isupper())


def _speaker_label(texts: list[str], start: int, end: int) -> bool:
    """Tokens [start, end) in capitals, followed by the colon of a speaker label ("KATE PARK, PRESENTER:")."""
    if not all(texts[k].isupper() or texts[k] in {"-", "'", "’"} for k in range(start, end)):
        return False  # ("SIPHO TLADI-MOKOENA (RECORDED):": the hyphen has no case)
    bracket = False  # "GOVERNOR A. NAME (recorded):": whatever the brackets say of the tape
    outside = 0  # "A. NAME (speaking to reporters after the vote, in French):": a bracket may run long
    for k in range(end, min(end + 30, len(texts))):
        if texts[k] in {":", "):"}:
            return True
        bracket = (bracket or texts[k] == "(") and texts[k] != ")"
        outside += not bracket
        if outside >= 8 or not (bracket or texts[k].isupper() or texts[k] in {",", "(", ")"}):
            return False
    return False


def _surname_like(text: str) -> bool:
    """One word written like a surname: a capital, then small letters ("Noakes", "McAllister")."""
    return text.isalpha() and text[:1].isupper() and any(c.islower() for c in text[1:])


def _given_name_before_nickname(doc: Doc, k: int) -> bool:
    """A capitalised word right before a quoted nickname is a given name, even one that is also a title
    ("Dean", "Major"); a courtesy title ("Mr", "Sir") is not."""
    text = doc[k].text
    return text.isalpha() and text[:1].isupper() and rules.bare(text) not in rules.words("honorifics")


ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                      "1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th", "11th", "12th"})


def _peerages(doc: Doc, candidates: list[NameCandidate], nicknames: dict[str, str]) -> None:
    """ "A. Name, Lord Kessel," and "A. Name, the ninth Viscount Kessel,": the peer's title is another name of
    the person named just before it, so "Lord Kessel" later is that person (recorded like a nickname)."""
    lowers = units.words(doc).lowers
    ends = {c.end: c for c in candidates}
    for cand in candidates:
        k = cand.title_start
        if k >= cand.start or lowers[k] not in rules.words("peer_titles") or k < 2:
            continue
        k -= 1
        if lowers[k] in ORDINALS and k >= 2 and lowers[k - 1] == "the":
            k -= 2  # "the ninth Viscount Kessel"
        if lowers[k] == "," and (named := ends.get(k)) is not None and named.key != cand.key:
            nicknames.setdefault(cand.key, named.key)


def _with_nicknames(doc: Doc, chunks: list[tuple[int, int]]) -> list[tuple[int, int, tuple[int, int] | None]]:
    """Join `First "Nick" Last` into one name run; the third item is the quoted nickname's token range.

    The nickname is not part of the name ("Rodolfo Macaraeg"), but it must not split
    the person in two either.
    """
    texts = units.words(doc).texts
    out: list[tuple[int, int, tuple[int, int] | None]] = []
    k = 0
    while k < len(chunks):
        start, end = chunks[k]
        joined = None
        if end < len(texts) and texts[end] in NICK_OPEN:
            for close in range(end + 2, min(end + 5, len(texts))):
                if texts[close] not in NICK_CLOSE:
                    continue
                inner = range(end + 1, close)
                after = next((c for c in chunks[k + 1 :] if c[0] == close + 1), None)
                if after is None and close + 2 < len(texts) and _surname_like(texts[close + 1]) and (
                    texts[close + 2] not in HYPHENS
                ):
                    after = (close + 1, close + 2)  # 'Barry "The Fixer" Noakes' with the surname tagged a noun
                # ('Michael "Mick the Post" Fitzgibbon': small words inside a nickname of capitalised words)
                if after is not None and texts[end + 1][:1].isupper() and texts[close - 1][:1].isupper() and all(
                    texts[i].isalpha() and (texts[i][:1].isupper() or texts[i] in {"the", "of"}) for i in inner
                ):
                    joined = (start, after[1], (end, close + 1))
                break
        elif end + 3 < len(texts) and texts[end] == "(" and texts[end + 2] == ")" and end - start <= 2:
            # "Lucius (Lu) Hargrove": a nickname in brackets, one word written like a name, not an acronym
            after = next((c for c in chunks[k + 1 :] if c[0] == end + 3), None)
            nick = texts[end + 1]
            bares, flags = units.attrs(doc).bares, title_flags(doc)
            plain = not any(flags[i] or bares[i] in _body_words_set() for i in range(start, end))
            if after is not None and plain and nick[:1].isupper() and nick[1:].islower() and nick.isalpha():
                joined = (start, after[1], (end, end + 3))
        if joined is None:
            out.append((start, end, None))
            k += 1
            continue
        out.append(joined)
        k = next((n for n, c in enumerate(chunks) if c[0] >= joined[1]), len(chunks))
    return out


def _missed_surnames(
    doc: Doc, candidates: list[NameCandidate], maximal: list[str], tokens_of: dict[str, tuple[str, ...]]
) -> list[NameCandidate]:
    """ "Almonte later described ...": a known surname the tagger did not tag as a proper noun."""
    surnames = {tokens_of[k][-1] for k in maximal if len(tokens_of[k]) >= 2}
    # "Rodrigo Valdivieso Sáenz" is "Valdivieso" later: the first of two surnames
    surnames |= {tokens_of[k][-2] for k in maximal if len(tokens_of[k]) >= 3 and len(tokens_of[k][-2]) > 3}
    if not surnames:
        return []
    covered = {i for c in candidates for i in range(c.title_start, c.end)}
    a = units.attrs(doc)
    texts = units.words(doc).texts
    out = []
    for i in units.where(a.alphas):  # alphabetic tokens only, picked in C
        text = texts[i]
        if i in covered or not text[:1].isupper():
            continue
        # "Tully met ...": a surname the tagger read as an adverb of the verb after it
        if a.deps[i] not in {"nsubj", "nsubjpass", "dobj", "pobj", "poss", "appos", "advmod", "npadvmod", "conj"}:
            continue
        key = fold(text)
        if key in surnames:
            out.append(NameCandidate(i, i + 1, i, key=key, tokens=(key,)))
    return out


def _distance(positions: list[int], at: int) -> tuple[int, int]:
    """Prefer the nearest earlier position, then the nearest later one."""
    before = [at - p for p in positions if p <= at]
    if before:
        return (0, min(before))
    return (1, min(p - at for p in positions))


def _note_gender(people: People, ref: str, doc: Doc, start: int, name_start: int, name_end: int) -> None:
    """Gender from an honorific or gendered title written before the name, or a gendered noun the name
    stands in apposition to ("Her nephew, A. Name, said")."""
    table = rules.kinds("gendered_words")
    a = units.attrs(doc)
    telling = list(range(max(0, min(start, name_start - 1)), name_start))
    root = units.span_root(doc, name_start, name_end)
    if a.deps[root] == "appos" and a.heads[root] < name_start and a.poss[a.heads[root]] == "NOUN":
        telling.append(a.heads[root])
    for k in telling:
        gender = table.get(a.bares[k])
        if gender:
            people.gender.setdefault(ref, "m" if gender == "male" else "f")


# -- references: unnamed sources, descriptors, groups, pronouns ----------------------


def _np_span(tok: Token, keep_preps: bool) -> tuple[int, int]:
    """Token range of a noun phrase without determiner, clauses and trailing punctuation."""
    left = tok.i
    for child in tok.lefts:
        if child.dep_ in {"det", "punct"} or child.lower_ in {"a", "an", "the"}:
            continue
        left = min(left, child.left_edge.i)
    doc = tok.doc
    for k in range(tok.i - 1, left - 1, -1):  # "09:15 - One European negotiator": a time stamp before a dash
        if doc[k].text in HYPHENS | DASHES and doc[k].whitespace_ and k > 0 and doc[k - 1].whitespace_:
            left = k + 1
            break
    right = tok.i
    if keep_preps:
        for child in tok.rights:
            if child.dep_ == "prep" and child.lower_ in {"in", "at"} and any(
                    o.dep_ == "pobj" and o.ent_type_ in {"GPE", "LOC"} for o in child.children):
                continue  # "a Western diplomat in Addis Ababa": where the source is, no part of who
            if child.dep_ == "prep" and child.lower_ in {"in", "to", "at", "for", "from", "with", "of", "on"}:
                right = max(right, _edge_without_clauses(child))
            elif child.dep_ == "amod" and child.i == right + 1:
                right = max(right, _edge_without_clauses(child))  # "a person familiar with the talks"
            elif child.dep_ in {"relcl", "acl", "punct", "appos", "advcl", "cc", "conj"}:
                break
    return left, right + 1


def _edge_without_clauses(tok: Token) -> int:
    """Rightmost token of a phrase, not counting relative clauses hanging off it."""
    right = tok.i
    for child in tok.rights:
        if child.dep_ in {"cc", "conj"} and _name_joined(tok):
            right = max(right, child.i if child.dep_ == "cc" else _edge_without_clauses(child))
            continue  # "the Ministry of Trade and Industry": one body's name
        if child.dep_ in {"relcl", "acl", "advcl", "punct", "appos", "cc", "conj"}:
            break
        right = max(right, _edge_without_clauses(child))
    return right


def _name_joined(tok: Token) -> bool:
    """ "Trade and Industry": a capitalised proper noun and one capitalised proper noun joined by "and"
    right after it, inside a body's name."""
    conj = [c for c in tok.rights if c.dep_ == "conj"]
    cc = [c for c in tok.rights if c.dep_ == "cc"]
    return (len(conj) == 1 and len(cc) == 1 and cc[0].i == tok.i + 1 and conj[0].i == tok.i + 2
            and tok.pos_ == conj[0].pos_ == "PROPN" and tok.text[:1].isupper() and conj[0].text[:1].isupper()
            and tok.ent_type_ != "PERSON")


DAY_WORDS = frozenset({"today", "yesterday", "tonight", *WEEKDAYS})
CLERICAL = {"rev", "reverend", "hon", "honourable", "honorable", "very", "most", "right"}
QUOTE_CLOSERS = {'"', "”", "''", "’", "'"}
INDEFINITE = {"a", "an", "another", "some", "several", "one", "two", "three", "four", "five", "various", "multiple"}


def _anon_head(tok: Token) -> str:
    """The noun of an unnamed source in the singular: "people" -> "person", "officials" -> "official"."""
    return _anon_word(_bare(tok))


def _anon_word(word: str) -> str:
    """`_anon_head` of a word as `rules.bare` gives it."""
    nouns = rules.words("anonymous_nouns")
    if word in nouns:
        return "person" if word == "people" else word
    if word.endswith("s") and word[:-1] in nouns:
        return word[:-1]
    return ""


@cache
def _anon_forms() -> frozenset[str]:
    """The words `_anon_word` finds a noun in: the nouns of unnamed sources and their plurals in -s."""
    nouns = rules.words("anonymous_nouns")
    return nouns | {noun + "s" for noun in nouns}


def _source_role(tok: Token) -> bool:
    """Subject of a speech verb in a main clause, or "according to" its object."""
    speech = rules.words("speech_verbs")
    if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according":
        return True
    verb = tok.head
    main = verb.dep_ in {"ROOT", "conj"} or (verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT") or units.is_main(verb)
    # '"...," one of the people said': the parser often hangs the verb after a quotation anywhere.
    doc = tok.doc
    lo = min(tok.left_edge.i, verb.i)
    after_quote = any(doc[k].text in QUOTE_CLOSERS for k in range(max(0, lo - 2), lo))
    return tok.dep_ in {"nsubj", "nsubjpass"} and verb.lower_ in speech and (main or after_quote)


CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")  # "16:50", "9.05"


def _new_anonymous(people: People, tok: Token, head: str, start: int, end: int) -> str | None:
    while end - start > 1 and CLOCK.fullmatch(people.doc[start].text):
        start += 1  # "16:50 One senior diplomat": a live blog's time stamp before the source
    if end - start > 1 and people.doc[start].lower_ == "one":
        start += 1  # "one OPEC official" is an OPEC official
    name = people.doc[start:end].text.strip(" ,.;:")
    if end - start == 1 and tok.i == start and tok.tag_ == "NNS" and head:
        name = head  # "one of her colleagues said": a colleague (the head noun, in the singular)
    if not name:
        return None
    after = people.mention_on(end + 1) if end + 1 < len(people.doc) and people.doc[end].text == "," else None
    if after is not None and after.kind == "name" and after.start == end + 1:
        return None  # "A spokeswoman for X, Y, said": the spokeswoman is named
    for clause in (c for c in tok.rights if c.dep_ == "relcl"):
        if any(t.lower_ == "name" for t in clause.subtree) and any(
                m.kind == "name" and clause.left_edge.i <= m.start <= clause.right_edge.i for m in people.mentions):
            return None  # "a relative, who would give only her first name, Emina, said": named after all
    person = people.new_person(name, anonymous=True)
    people.anon_heads[person.ref] = head
    if any(start <= m.start < end for m in people.mentions):
        end = tok.i + 1  # "A spokesman for Mr X": the source is the spokesman; X keeps the name's mention
    people.add(Mention(start, end, (person.ref,), "anonymous"))
    people.note_mention(person.ref, start, end)
    return person.ref


def _named_next(people: People, tok: Token, head: str, sent: int) -> str | None:
    """The person the second sentence opens with, when the words between the name and its verb repeat the
    head noun the lede told the person by ("A former manager said ... . A. Name, formerly regional manager of
    X, has pleaded ...")."""
    doc = people.doc
    sents = units.bounds(doc)
    if len(sents) < sent + 2 or not tok.tag_.startswith("NN") or tok.tag_ in {"NNS", "NNPS"}:
        return None
    nxt, nxt_end = sents[sent + 1]
    first = people.mention_on(nxt)
    if first is None or first.kind != "name" or len(first.refs) != 1:
        return None
    ref = first.refs[0]
    if any(ref in m.refs for m in people.mentions if m.start < nxt):
        return None
    verb = people.root(first.start, first.end).head
    if verb.i <= first.end or verb.i >= nxt_end:
        return None
    bares = units.attrs(doc).bares
    return ref if head in bares[first.end : verb.i] else None


def _earlier_anonymous(people: People, head: str, at: int) -> str | None:
    """The unnamed source of this head noun told last before `at` ("the official": the one told nearest)."""
    last = {r: max((m.start for m in people.mentions if r in m.refs and m.start < at), default=-1)
            for r, h in people.anon_heads.items() if h == head}
    told = [(start, r) for r, start in last.items() if start >= 0]
    return max(told)[1] if told else None


def _anonymous_sources(people: People) -> None:
    """Unnamed sources: "a senior official said", "one OPEC official said", "according to two
    people familiar with the matter" make a person; "the official", "one of the people" refer back."""
    doc = people.doc
    a = units.attrs(doc)
    pending: dict[str, Token] = {}  # an unnamed person told before saying anything, by head noun
    sent_of = units.index(doc)
    trades = rules.words("anonymous_trades")
    told_heads = set(people.anon_heads.values())  # "a waiter, who asked not to be named, ...": "the waiter"
    forms = _anon_forms() | told_heads | {h + "s" for h in told_heads}
    for i in units.positions(a.bares, forms):  # the only words a head is found in
        head = _anon_word(a.bares[i]) or (a.bares[i] if a.bares[i] in told_heads else "")
        if not head or a.tags[i] not in {"NN", "NNP", "NNS", "NNPS"} or i in people._by_token:
            continue
        tok = doc[i]
        if people.quoted(tok):
            continue
        if tok.dep_ == "compound" or any(people.refs_at(c) for c in tok.children if c.dep_ in {"appos", "compound"}):
            continue
        dets = [c.lower_ for c in tok.children if c.dep_ in {"det", "nummod", "quantmod"}]
        plural_bare = not dets and tok.tag_ in {"NNS", "NNPS"} and any(c.dep_ == "amod" for c in tok.children)
        outer = tok
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in {"one", "two", "some", "another"}:
            outer = tok.head.head  # "one of the people said"
        if head in trades and sent_of[i] == 0:
            continue  # "A rugby player told a jury ...": a lede's person of some trade is named further on
        if (dets and dets[0] in INDEFINITE) or plural_bare:
            named = _named_next(people, tok, head, sent_of[i]) if sent_of[i] <= 1 else None  # (after a dateline)
            if named is not None:  # "A former regional manager told the court ... . A. Name, 52, formerly regional
                start, end = _np_span(tok, keep_preps=True)  # manager of the board, ...": the lede's source named
                people.add(Mention(start, end, (named,), "descriptor"))
                people.note_mention(named, start, end)
            elif _source_role(tok):
                start, end = _np_span(tok, keep_preps=True)
                _new_anonymous(people, tok, head, start, end)
            elif tok.dep_ in {"nsubj", "nsubjpass"} and tok.tag_ in {"NN", "NNP"}:
                pending[head] = tok  # "a Whitehall insider was scathing. '...,' the insider said"
        elif outer is not tok and _source_role(outer) and not people.mention_at(outer):
            ref = _earlier_anonymous(people, head, tok.i)
            if ref is None:
                ref = _new_anonymous(people, tok, head, tok.i, tok.i + 1)
            if ref is not None:
                people.add(Mention(outer.i, outer.i + 1, (ref,), "anonymous"))
                people.note_mention(ref, outer.i, tok.i + 1)
        elif dets and dets[0] in {"the", "that", "this", "those", "these"} and (people.anon_heads or pending):
            ref = _earlier_anonymous(people, head, tok.i)
            told = pending.get(head)
            if ref is None and told is not None and _source_role(tok) and sent_of[tok.i] - sent_of[told.i] <= 3:
                start, end = _np_span(told, keep_preps=True)
                ref = _new_anonymous(people, told, head, start, end)
            if ref is not None:
                people.add(Mention(tok.i, tok.i + 1, (ref,), "anonymous"))
                people.note_mention(ref, tok.i, tok.i + 1)


ANONYMITY_WORDS = frozenset({"named", "identified", "anonymity", "quoted"})
# "who asked that her name not be printed": these tell anonymity only after the word "name"
NAME_WITHHELD = frozenset({"printed", "used", "published", "given", "disclosed", "revealed", "mentioned"})


def _unnamed_by_request(people: People) -> None:
    """ "A senior engineer at the utility, who asked not to be named, painted a bleaker picture": whoever the
    noun, a person who asks not to be named is an unnamed source, whatever verb follows."""
    doc = people.doc
    lowers = units.words(doc).lowers
    for k in units.positions(lowers, ANONYMITY_WORDS | NAME_WITHHELD):
        if lowers[k] in NAME_WITHHELD and "name" not in lowers[max(0, k - 4):k]:
            continue
        clause = doc[k]
        while clause.dep_ not in {"relcl", "ROOT"} and clause.head.i != clause.i:
            clause = clause.head
        noun = clause.head
        while noun.dep_ == "pobj" and noun.head.dep_ == "prep":
            # "a senior engineer at the City Water, who ...", "a builder working on the site, who ...": the parser
            # hangs the clause on the last noun
            up = noun.head.head
            if up.pos_ != "NOUN" and up.dep_ == "acl":
                up = up.head
            if up.pos_ != "NOUN":
                break
            noun = up
        if clause.dep_ != "relcl" or noun.pos_ != "NOUN" or people.mention_at(noun) or people.quoted(noun):
            continue
        dets = [c.lower_ for c in noun.children if c.dep_ in {"det", "nummod"}]
        if not dets or dets[0] not in INDEFINITE or noun.i in people._by_token:
            continue
        start, end = _np_span(noun, keep_preps=True)
        _new_anonymous(people, noun, rules.bare(noun.text), start, end)


def _descriptor(tok: Token, people: People) -> Descriptor | None:
    """A definite singular title phrase not attached to a name."""
    word = _bare(tok)
    expansion = rules.kinds("office_abbreviations").get(word, "").split() if tok.text.isupper() else []
    suffix = _title_suffix(tok)  # "the premier-designate": the parser may take "designate" for an adjective
    if (word not in rules.heads("titles") and not expansion) or (tok.pos_ not in {"NOUN", "PROPN"} and not suffix):
        return None
    if tok.tag_ in {"NNS", "NNPS"} or tok.dep_ in {"compound", "oprd"} or people.mention_at(tok):
        return None
    if any(c.dep_ == "nsubj" for c in tok.children):
        return None  # "made him their governor": what he was made, not somebody else
    if word == "chair" and tok.dep_ == "pobj" and tok.head.lower_ in SEAT_PREPOSITIONS:
        return None  # "sat back in her chair", "rose from the chair": a seat, not who chairs
    if any(people.np_refs(c) for c in tok.children if c.dep_ in {"appos", "compound"}):
        return None
    if tok.dep_ == "appos" and people.np_refs(tok.head) and not any(c.dep_ == "conj" for c in tok.children):
        return None  # "the envoy, the governor": one person; "the envoy, the governor and the aide": three
    held = [tok, *(c for c in tok.children if c.dep_ == "compound")] if suffix else [tok]
    definite = any((c.dep_ == "det" and c.lower_ in {"the", "this", "that"}) or c.dep_ == "poss"
                   for h in held for c in h.children)  # ("The prime minister-designate": "the" on "minister")
    definite = definite or (bool(expansion) and len(word) >= 3)  # a readout's bare "EAM", "DPM": one person
    if not definite:
        return None
    titles = set(expansion) or {word}  # "the CM": chief minister
    modifiers = set()
    body = set()
    places = set()
    mods = _modifier_words()
    title_words = _title_words()
    for child in tok.children:
        if child.dep_ in {"det", "punct", "relcl", "acl", "cc", "conj", "appos"}:
            continue
        if child.dep_ == "prep" and child.lower_ == "at":
            continue  # "the President at Rideau Hall": where, not whose
        clauses = {c.i for t in child.subtree if t.dep_ in {"relcl", "acl"} for c in t.subtree}
        for t in child.subtree:
            if t.dep_ in {"relcl", "acl", "det", "punct", "case"} or t.i in clauses:
                continue
            w = _bare(t)
            if t.is_stop and w not in mods:  # "former" is a stop word
                continue
            if w in mods:
                modifiers.add(w)
            elif w in title_words:
                titles.add(w)
            elif t.is_alpha and len(w) > 2:
                body.add(fold(t.text))
                if t.ent_type_ in {"GPE", "NORP"}:
                    places.add(fold(t.text))
    return Descriptor(tok, frozenset(titles), frozenset(body), frozenset(modifiers),
                      expansion[-1] if expansion else "", frozenset(places))


TITLE_SUFFIXES = frozenset({"designate", "elect"})
SEAT_PREPOSITIONS = frozenset({"in", "into", "from", "on", "onto", "out", "behind"})


def _title_suffix(tok: Token) -> bool:
    """ "designate" of "premier-designate", "elect" of "president-elect": written after a title and a hyphen."""
    return tok.lower_ in TITLE_SUFFIXES and tok.i >= 2 and tok.doc[tok.i - 1].text in HYPHENS and (
        _bare(tok.doc[tok.i - 2]) in _title_words())


@cache
def _modifier_words() -> frozenset[str]:
    """Words that change what a title says ("deputy", "former") rather than name it."""
    return rules.words("title_modifiers") | rules.words("former_markers")


@cache
def _title_words() -> frozenset[str]:
    """Every word of every listed title, and the head nouns of titles."""
    return rules.heads("titles") | {word for entry in rules.words("titles") for word in entry.split()}


def _label_words(labels: list[str]) -> set[str]:
    return {w for label in labels for w in fold(label).split()}


def _match_score(desc: Descriptor, labels: list[str]) -> int:
    """How well a descriptor fits a person's offices; 0 means not at all.

    "the former finance minister" fits only former offices ("former ..." labels),
    "the finance minister" only current ones.
    """
    former = bool(desc.modifiers & rules.words("former_markers"))
    labels = [lb for lb in labels if lb.startswith("former ") == former]
    words = _label_words(labels) - {"former"}
    if not words:
        return 0
    generic = {"head", "chief", "leader", "boss"}
    head = desc.word or _bare(desc.head)
    score = 0
    synonyms = rules.groups("title_synonyms").get(head, frozenset())
    if head in words or set(fold(head).split()) <= words or synonyms & words:  # ("d'affaires": "d affaires")
        score += 2  # ("the Congressman": a Representative)
    elif synonyms and synonyms & {f"{a}_{b}" for label in labels for a, b in pairwise(fold(label).split())}:
        score += 1  # "the minister": a Cabinet Secretary, when no minister is told
    elif head in generic:
        score += 0
    else:
        return 0
    for extra in desc.titles - {head}:
        if extra == "prime" and extra not in words:
            return 0  # "the prime minister" is no minister of agriculture
        score += 1 if extra in words or fold(extra) in words else -1  # ("chargé": "charge")
    for flag in ("vice", "deputy", "assistant"):
        if (flag in desc.modifiers or flag in desc.titles) != (flag in words):
            return 0
    # "the Chief Minister" fits a Chief Minister better than a Union Minister
    score += len((desc.modifiers - {"former", "vice", "deputy", "assistant"}) & words)
    overlap = 0
    for b in desc.body:
        if _in_label(b, words):
            overlap += 1
    if head in generic and overlap == 0:
        return 0
    if head in generic:
        named = _named_body(desc)
        if len(named) >= 3 and 2 * sum(1 for b in named if _in_label(b, words)) < len(named):
            return 0  # "the head of the United Nations World Food Programme" is no "head of the national grain board"
    if head in generic and desc.places and not any(p in words for p in desc.places):
        return 0  # "the head of Sri Lanka's committee" is not the head of Pakistan's board
    countries = any(map(country_word, words))
    if desc.places and not any(_in_label(p, words) for p in desc.places) and countries:
        return 0  # "the Swedish minister" is not Zimbabwe's foreign minister, a Norwegian minister not the Danish one
    synonyms = rules.groups("title_synonyms")
    if "prime" in words and not any(t == "prime" or "prime" in synonyms.get(t, ()) for t in desc.titles):
        score -= 1  # "the minister" is a minister before a prime minister
    if overlap == 0 and len(desc.body) >= 2 and _body_words(words):
        return 0  # "the president of the Argentine Football Association" is not "River Plate president"
    return score + overlap


def _in_label(word: str, words: set[str]) -> bool:
    """A body word found among an office label's words, or the start of one ("Kenyan" for "Kenya")."""
    return word in words or any(len(word) >= 4 and w.startswith(word[:4]) for w in words)


def _named_body(desc: Descriptor) -> set[str]:
    """The capitalised words of a descriptor's "of" body, up to where a clause about it begins."""
    body = []
    for prep in (c for c in desc.head.children if c.dep_ == "prep" and c.lower_ == "of"):
        for t in desc.head.doc[prep.i : prep.right_edge.i + 1]:
            if t.text in {",", "(", "—"} or t.lower_ in {"who", "which", "that"}:
                break  # the body's name ends where a clause about it begins
            body.append(t)
    return {_bare(t) for t in body if t.pos_ == "PROPN" and t.text[:1].isupper()}


def _body_words(words: set[str]) -> set[str]:
    """The words of office labels that name a body, not a title or a rank."""
    titles = _title_words() | _modifier_words()
    return {w for w in words if w not in titles and len(w) > 3 and w not in {"with", "from"}}


@cache
def _descriptor_heads() -> frozenset[str]:
    """Title nouns and office abbreviations: the words a descriptor can be headed by."""
    return rules.heads("titles") | frozenset(rules.kinds("office_abbreviations"))


def _resolve_descriptors(people: People, offices: dict[str, list[str]]) -> list[Descriptor]:
    """Link title phrases to the person holding that office; return the unresolved ones."""
    doc = people.doc
    unresolved = []
    a = units.attrs(doc)
    sent_of, paragraph = units.index(doc), units.paragraph_of(doc)
    for i in units.positions(a.bares, _descriptor_heads()):  # no descriptor without a title noun
        if i in people._quoted or (a.poss[i] not in {"NOUN", "PROPN"} and a.bares[i] not in TITLE_SUFFIXES):
            continue  # no descriptor (the first test of `_descriptor`), without a Token
        tok = doc[i]
        desc = _descriptor(tok, people)
        if desc is None:
            continue
        equated = _equated(people, tok)
        if equated is None:  # "The Minister for X, Mr. A, told ...": the name set off after it
            equated = _apposed_name(people, tok)
        if equated is not None:  # "The mediator was Sheikh X": whoever the copula names
            _add_descriptor(people, desc, equated)
            continue
        co_args = {r for c in tok.head.children if c.i != tok.i for r in people.np_refs(c)}
        fits: list[tuple[int, str, list[int]]] = []
        told: dict[str, list[int]] = {}  # where each fitting person was named or meant by a title phrase
        for person in people.persons:
            if person.anonymous or person.ref in co_args:
                continue
            score = _match_score(desc, offices.get(person.ref, []))
            if score > 0:
                mine = [m for m in people.mentions if person.ref in m.refs]
                fits.append((score, person.ref, [m.start for m in mine if m.kind == "name"]))
                told[person.ref] = [m.start for m in mine if m.kind in {"name", "descriptor"}]
        if fits and all(sent_of[p] > sent_of[i] for f in fits for p in f[2]) and (
                paragraph[i] > 0 or (tok.dep_ in {"nsubj", "nsubjpass"} and _named_before_in_lede(
                    people, i, {f[1] for f in fits}))):
            fits = []  # past the lede "the captain" is someone told before, not the captain named further on;
            # a subject in a lede that has named somebody else is that person ("A rarely answers ... the minister
            # smiles"), where an object may be somebody named later ("A met the leader of the strikers")
        if not fits:
            unresolved.append(desc)
            continue
        if any(c.lower_ == "visiting" for c in tok.children) and (guests := _travellers(people, tok.i)):
            fits = [f for f in fits if f[1] in guests] or fits  # "called on the visiting Minister": the guest
        top = max(score for score, _, _ in fits)
        fits = [f for f in fits if f[0] == top]
        # "the Minister", or "the Minister of Foreign Affairs" that fits two foreign ministers alike
        # (counting the times a holder was meant by a title phrase too: "the Minister said ..." twice)
        topic = _topic([(score, ref, told[ref]) for score, ref, _ in fits], tok.i) \
            if not desc.body or len(fits) > 1 else None
        _add_descriptor(people, desc, topic or _titled_so(desc, fits, offices) or _nearest(fits, tok.i))
    return unresolved


def _named_before_in_lede(people: People, at: int, fits: set[str]) -> bool:
    """Whether the lede names, before token `at`, somebody other than the persons in `fits`."""
    return any(m.kind == "name" and m.start < at and not set(m.refs) & fits for m in people.mentions)


def _travellers(people: People, before: int) -> set[str]:
    """Who is told before token `before` as on a trip: the subject of a clause with a trip noun ("X is
    on an official visit to India")."""
    trips = rules.words("trip_nouns")
    out: set[str] = set()
    for m in people.mentions:
        if m.start >= before or m.kind != "name":
            continue
        root = people.root(m.start, m.end)
        if root.dep_ == "appos":
            root = root.head  # "The Minister of Chile, X, is on a visit"
        if root.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        verb = root.head
        if any(_bare(t) in trips for t in verb.subtree if t.i > root.i and t.i < before) or _bare(verb) in {
            "visited", "visiting", "arrived", "visits"
        }:
            out.update(m.refs)
    return out


def _equated(people: People, tok: Token) -> str | None:
    """ "The mediator was Sheikh X": the one person a copula names as the descriptor's subject.

    Not "X was the city's finance director until May" (an office told of X, maybe past), nor
    "Present were the Minister, Hon. X" (the descriptor is who was present)."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lemma_ != "be" or verb.i < tok.i:
        return None
    names = [c for c in verb.children if c.dep_ == "attr" and (m := people.mention_at(c)) is not None
             and m.kind == "name"]
    refs = {r for c in names for r in people.np_refs(c)}
    return next(iter(refs)) if len(refs) == 1 else None


def _apposed_name(people: People, tok: Token) -> str | None:
    """ "The Minister for Foreign Affairs, Mr. A, told the House": the name set off by commas right after the
    descriptor's phrase is whom it stands for, when the parser made the two subjects of one verb."""
    doc = people.doc
    if tok.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    k = tok.right_edge.i + 1
    if k + 1 >= len(doc) or doc[k].text != ",":
        return None
    name = people.mention_on(k + 1)
    k += 1
    while name is None and k < len(doc) - 1 and rules.bare(doc[k].text) in rules.words("honorifics"):
        k += 1
        name = people.mention_on(k)
    if name is None or name.kind != "name" or name.start != k or len(name.refs) != 1 or name.end >= len(doc) \
            or doc[name.end].text != ",":
        return None
    # the name is the verb's other subject, not a part of the descriptor's own phrase
    if not any(c.dep_ in {"nsubj", "nsubjpass"} and name.start <= c.i < name.end for c in tok.head.children):
        return None
    return name.refs[0]


def _nearest(fits: list[tuple[int, str, list[int]]], at: int) -> str:
    """The fitting person named nearest before (else after) a descriptor."""
    return min(fits, key=lambda f: _distance(f[2], at) if f[2] else (2, 0))[1]


def _titled_so(desc: Descriptor, fits: list[tuple[int, str, list[int]]], offices: dict[str, list[str]]) -> str | None:
    """Of several holders named before, the one whose office is the bare title itself: a readout's "the Prime
    Minister" is its own "Prime Minister X", not the "Prime Minister of Lomm" it names later."""
    if desc.body or desc.places:
        return None
    bare = [ref for _, ref, positions in fits if any(p < desc.head.i for p in positions)
            and any(set(fold(lb).split()) == desc.titles for lb in offices.get(ref, []))]
    return bare[0] if len(bare) == 1 else None


def _topic(fits: list[tuple[int, str, list[int]]], at: int) -> str | None:
    """The person a bare "the Minister" means in a text about one minister, whoever was named last.

    A readout or profile names its subject again and again; another minister met once
    ("... with Australia's Minister for Foreign Affairs, X") does not take over "the
    Minister" of the next paragraph. The subject must have been named at least twice
    before, twice as often as any other holder of the title.
    """
    counts = sorted(((sum(1 for p in positions if p < at), ref) for _, ref, positions in fits), reverse=True)
    if counts[0][0] >= 2 and (len(counts) == 1 or counts[0][0] >= 2 * counts[1][0]):
        return counts[0][1]
    return None


def _age_at(doc: Doc, i: int) -> int | None:
    """The age of "the 26-year-old" written from token `i` ("26", "-", "year", "-", "old"), else None."""
    words = [t.lower_ for t in doc[i : i + 5]]
    if len(words) < 5 or words[1:] != ["-", "year", "-", "old"] or not words[0].isdigit():
        return None
    return int(words[0])


def _known_ages(people: People) -> dict[int, str]:
    """The ages the article gives its named people: "X, 26,", "the 26-year-old X"."""
    doc = people.doc
    texts = units.words(doc).texts
    ages: dict[int, str] = {}
    for m in people.mentions:
        if m.kind != "name" or len(m.refs) != 1:
            continue
        after = texts[m.end : m.end + 3]
        if len(after) == 3 and after[0] == "," and after[1].isdigit() and after[2] in {",", "."}:
            ages.setdefault(int(after[1]), m.refs[0])
        if m.start >= 5 and (age := _age_at(doc, m.start - 5)) is not None:
            ages.setdefault(age, m.refs[0])
    return ages


def _age_descriptors(people: People) -> None:
    """ "The 26-year-old sat down with X": the person the article gave that age, else the person its
    sentence before is about (named as the subject), as news writes a second reference."""
    doc = people.doc
    lowers = units.words(doc).lowers
    olds = [i - 4 for i in units.positions(lowers, {"old"}) if i >= 5 and lowers[i - 5] == "the"]
    aged = None if olds else _aged_nouns(people)  # (with no "year-old", the loop below adds no mention first)
    if not olds and not aged:
        return
    ages = _known_ages(people)
    for start in olds:
        age = _age_at(doc, start)
        end = start + 5
        if age is None or people.mention_on(start - 1) is not None or start - 1 in people._quoted:
            continue
        if end < len(doc) and doc[end].pos_ == "PROPN":
            continue  # "the 26-year-old Kwame X": the name is the mention
        if end < len(doc) and doc[end].pos_ == "NOUN":
            end += 1  # "the 26-year-old striker"
        ref = ages.get(age) or _subject_before(people, start)
        if ref is None:
            continue
        people.add(Mention(start - 1, end, (ref,), "descriptor"))
    for start, end, age in aged if aged is not None else _aged_nouns(people):
        ref = ages.get(age) or _subject_before(people, start)
        if ref is not None:
            people.add(Mention(start, end, (ref,), "descriptor"))


def _aged_nouns(people: People) -> list[tuple[int, int, int]]:
    """ "The Rovers striker, 26, sat down with X": a definite noun phrase that is a subject, with an age
    between commas after it and no name: (start, end, age) of each."""
    doc = people.doc
    out = []
    for i in units.positions(units.attrs(doc).deps, {"appos"}):
        num, noun = doc[i], doc[i].head
        if num.pos_ != "NUM" or not num.text.isdigit() or not 16 <= int(num.text) <= 110 or noun.i != i - 2:
            continue
        if doc[i - 1].text != "," or i + 1 >= len(doc) or doc[i + 1].text != ",":
            continue
        if noun.pos_ != "NOUN" or noun.dep_ not in {"nsubj", "nsubjpass"} or people.mention_at(noun) is not None:
            continue
        start = noun.left_edge.i
        if doc[start].lower_ != "the" or any(people.mention_on(k) for k in range(start, noun.i + 1)):
            continue
        out.append((start, noun.i + 1, int(num.text)))
    return out


def _sentence_before(people: People, at: int) -> tuple[int, int] | None:
    """Token bounds of the sentence before token `at`, past up to three sentences of a quotation.

    ('..., Lindqvist declined to comment. "Indonesia is where the growth is. Any planter ...," the 56-year-old
    said': the sentences of the quotation are nobody's; the one before them is)"""
    here = units.index(people.doc)[at]
    bounds = units.bounds(people.doc)
    before = here - 1
    while before > 0 and here - before < 4 and _inside_quotation(people, *bounds[before]):
        before -= 1
    return bounds[before] if before >= 0 else None


def _subject_before(people: People, at: int) -> str | None:
    """The one person the sentence before token `at` is about, named as its subject."""
    sentence = _sentence_before(people, at)
    if sentence is None:
        return None
    a, b = sentence
    subjects = {r for m in people.mentions if a <= m.start < b and m.kind in {"name", "pronoun"}
                and len(m.refs) == 1 and _main_subject(_apposed(people.root(m.start, m.end)))
                and not people.person(m.refs[0]).anonymous for r in m.refs}
    return next(iter(subjects)) if len(subjects) == 1 else None


def _inside_quotation(people: People, start: int, end: int) -> bool:
    """Every word of the sentence doc[start:end] is quoted."""
    doc = people.doc
    return all(people.quoted(doc[k]) for k in range(start, end) if doc[k].is_alpha)


def _speaker_descriptors(people: People) -> None:
    """ 'X said the men had shown humility. "...," the cleric said.': "the cleric" (a noun for a person that
    is no office and no unnamed source, as the subject of a verb of saying in a sentence with a quotation)
    is the person the sentence before is about, as news writes a second reference."""
    doc = people.doc
    a = units.attrs(doc)
    speakers = rules.words("speaker_nouns")
    # ("the Swiss doctor said": a trade that may be an unnamed source is a second reference when none was told)
    sources = rules.words("anonymous_nouns") - rules.words("anonymous_trades")
    nouns = (speakers | rules.words("person_nouns")) - sources
    for i in units.positions(a.bares, nouns):
        noun = doc[i]
        # ("the Scot": the tagger may call a demonym a proper noun)
        if noun.tag_ not in {"NN", "NNP"} or noun.dep_ != "nsubj" or people.mention_on(i) is not None or (
            noun.tag_ == "NNP" and a.bares[i] not in speakers
        ):
            continue
        if people.quoted_on(i) or not _speech_word(noun.head):
            continue
        start = noun.left_edge.i
        if doc[start].lower_ != "the" or any(c.dep_ in {"prep", "poss", "relcl", "acl"} for c in noun.children):
            continue  # ("the mother of the boy", "the boy's father": someone else's kin)
        sent_start, sent_end = units.unit_bounds(doc, i)
        if not any(people.quoted_on(k) for k in range(sent_start, sent_end)):
            continue  # a verb of saying that gives a quotation
        ref = _subject_before(people, start)
        if ref is not None:
            people.add(Mention(start, i + 1, (ref,), "descriptor"))


def _epithets(people: People) -> None:
    """ "Zane X was grilled by MPs ... The tycoon shrugged.": a definite epithet of epithet_nouns.txt as the
    subject of a main clause is the one person the sentence before is about, else the person the story is
    about, named at least twice before it and twice as often as anyone else."""
    doc = people.doc
    a = units.attrs(doc)
    for i in units.positions(a.bares, rules.words("epithet_nouns")):
        noun = doc[i]
        if noun.tag_ != "NN" or noun.dep_ not in {"nsubj", "nsubjpass"} or people.mention_on(i) is not None:
            continue
        start = noun.left_edge.i
        if people.quoted_on(i) or doc[start].lower_ != "the" or not units.is_main(noun.head) or any(
                c.dep_ in {"prep", "poss", "relcl", "acl", "appos"} for c in noun.children):
            continue
        before = _subject_before(people, start) or _only_named_before(people, start)
        if before is not None:  # "Chairman A, 67, fuming. The veteran millionaire rang ...": the one just told
            people.add(Mention(start, i + 1, (before,), "descriptor"))
            people.note_mention(before, start, i + 1)
            continue
        named: dict[str, list[int]] = {}
        for m in people.mentions:
            if m.kind == "name" and len(m.refs) == 1 and not people.person(m.refs[0]).anonymous:
                named.setdefault(m.refs[0], []).append(m.start)
        subject = _topic([(0, ref, positions) for ref, positions in named.items()], start) if named else None
        if subject is not None:
            people.add(Mention(start, i + 1, (subject,), "descriptor"))
            people.note_mention(subject, start, i + 1)


def _only_named_before(people: People, at: int) -> str | None:
    """The one person named in the sentence before token `at` (past the sentences of a quotation)."""
    sentence = _sentence_before(people, at)
    if sentence is None:
        return None
    a, b = sentence
    named = {r for m in people.mentions if a <= m.start < b and m.kind == "name" for r in m.refs}
    return next(iter(named)) if len(named) == 1 and not people.person(next(iter(named))).anonymous else None


def _speech_word(verb: Token) -> bool:
    return verb.pos_ == "VERB" and verb.lower_ in rules.words("speech_verbs")


GUEST_NOUNS = {"visitor", "guest"}
ARRIVAL_VERBS = {"visited", "arrived", "toured", "flew"}


def _guest_descriptors(people: People) -> None:
    """ "X received India's minister, A, on Sunday. ... The visitor said ...": "the visitor" (or "the guest")
    is the guest of the last reception or visit told at most three sentences before: the first person named
    after an active "received"/"hosted"/"welcomed", or the subject of "visited"/"arrived"."""
    doc = people.doc
    lowers = units.words(doc).lowers
    spots = [i for i in units.positions(lowers, GUEST_NOUNS) if i > 0 and lowers[i - 1] == "the"
             and doc[i].tag_ == "NN" and people.mention_on(i) is None and i not in people._quoted]
    if not spots:
        return
    sent_of = units.index(doc)
    bounds = units.bounds(doc)
    guest_verbs = rules.words("guest_verbs")
    names = [m for m in people.mentions if m.kind == "name" and len(m.refs) == 1]
    for i in spots:
        guest = None
        for verb in reversed(doc[: i - 1]):
            if sent_of[i] - sent_of[verb.i] > 3:
                break
            if verb.pos_ != "VERB" or verb.i in people._quoted:
                continue
            if verb.lower_ in guest_verbs and not any(c.dep_ == "auxpass" for c in verb.children):
                end = bounds[sent_of[verb.i]][1]
                after = [m for m in names if verb.i < m.start < end]
                guest = after[0].refs[0] if after else None
            elif verb.lower_ in ARRIVAL_VERBS:
                subjects = [m.refs[0] for m in names if people.root(m.start, m.end).head.i == verb.i
                            and people.root(m.start, m.end).dep_ == "nsubj"]
                guest = subjects[0] if subjects else None
            if guest is not None:
                people.add(Mention(i - 1, i + 1, (guest,), "descriptor"))
                break


def _apposed(tok: Token) -> Token:
    """ "His nephew, Father A. Name, said ...": the noun a name stands in apposition to, else the name."""
    return tok.head if tok.dep_ == "appos" and tok.head.i < tok.i and tok.head.pos_ == "NOUN" else tok


def _main_subject(tok: Token) -> bool:
    """The subject of its sentence's main verb (or of a verb joined to it), not of a clause inside."""
    return tok.dep_ in {"nsubj", "nsubjpass"} and units.is_main(tok.head)


REVEAL_VERBS = frozenset({"reveal", "report", "confirm", "disclose", "understands"})


def _previous_subject(people: People, desc: Descriptor, offices: dict[str, list[str]]) -> None:
    """ "X is explaining why ... . 'Quote,' says the former finance minister": an unmatched
    descriptor with a body that is the subject of its clause stands for the one person named
    in the sentence before, when that person has no current office yet."""
    tok = desc.head
    revealed = tok.dep_ == "dobj" and tok.head.lower_ in REVEAL_VERBS  # "can reveal the chief executive had ..."
    if (tok.dep_ not in {"nsubj", "nsubjpass"} and not revealed) or not (
            desc.body or desc.modifiers & rules.words("former_markers")):
        return
    sents = units.bounds(people.doc)
    here = units.index(people.doc)[tok.i]
    if here == 0:
        return
    back = here - 1
    while back > 0 and (people.quoted_on(sents[back][0]) or people.quoted_on(sents[back][1] - 1)):
        back -= 1  # sentences of the quotation itself
    prev = people.doc[sents[back][0] : sents[back][1]]
    speech = tok.head.lower_ in rules.words("speech_verbs")
    former = bool(desc.modifiers & rules.words("former_markers"))
    inverted = speech and tok.i > tok.head.i  # '"...," says the former minister'
    opening = units.paragraph_of(people.doc)[sents[back][0]] == 0  # ("EXCLUSIVE: A ...": two sentences)
    if not (former or inverted or (not speech and opening)):
        return  # a profile's speaker, or the second sentence of a lede that goes on about its person
    titles = rules.heads("titles")
    if any(_bare(t) in titles and t.pos_ == "NOUN" and not people.mention_at(t) and not people.mention_at(t.head)
           for t in prev):
        return  # "X met the minister. The president of Y said": somebody else is about (not "port chief X")
    refs = {r for m in people.mentions if prev.start <= m.start < prev.end and m.kind == "name" for r in m.refs}
    if len(refs) != 1:
        return
    ref = next(iter(refs))
    if any(not lb.startswith("former ") for lb in offices.get(ref, [])):
        return
    _add_descriptor(people, desc, ref)


def _former_holder_just_told(people: People, desc: Descriptor, offices: dict[str, list[str]]) -> None:
    """ "..., where he met A, then the Grand Mufti. ... Years later, A remembered it. '...,' the mufti said":
    a descriptor no current office fits is the one person who held it before, when the sentence before is about
    that person."""
    if desc.modifiers & rules.words("former_markers"):
        return
    held = [ref for ref, labels in offices.items() if _match_score(desc, [
        lb.removeprefix("former ") for lb in labels if lb.startswith("former ")]) > 0]
    if len(held) == 1 and _subject_before(people, desc.head.left_edge.i) == held[0]:
        _add_descriptor(people, desc, held[0])


def _sole_person_so_far(people: People, desc: Descriptor, offices: dict[str, list[str]]) -> None:
    """ "X keeps her posters in a drawer. 'They remind me,' the senator says": the speaking descriptor
    of a profile, before anybody but its subject is named, is the subject."""
    tok = desc.head
    if tok.dep_ != "nsubj" or tok.head.lower_ not in rules.words("speech_verbs") or desc.body:
        return
    named = {r for m in people.mentions if m.start < tok.i and m.kind == "name" for r in m.refs}
    if len(named) != 1 or people.person(ref := next(iter(named))).anonymous:
        return
    if any(_bare(tok) in fold(label).split() for label in offices.get(ref, [])):
        return  # "X, the minister of Y, ... the prime minister said": an office of hers the descriptor is not
    _add_descriptor(people, desc, ref)


def _titles_after_name(name: Token) -> set[str]:
    """The words of what a name's apposition or relative clause says the person is ("X, the director of
    Y", "X, who has been chief constable since 1979", "X, who took over as chief executive")."""
    words: set[str] = set()
    for c in name.children:
        if c.dep_ == "appos":  # (not "X, headmistress of Y, who told the Commissioner": a clause of its own)
            words |= {_bare(t) for t in c.subtree if not any(
                u.dep_ in {"relcl", "acl", "advcl", "ccomp"} for u in t.ancestors if c.is_ancestor(u))}
        elif c.dep_ == "relcl":
            roles = [t for t in c.subtree if t.dep_ == "attr" or (t.dep_ == "pobj" and t.head.lower_ == "as")]
            words |= {_bare(t) for r in roles for t in r.subtree}
    return words


RANK_WORDS = frozenset({"vice", "deputy", "assistant", "associate", "acting", "former", "junior", "sub"})


def _named_after(people: People, desc: Descriptor) -> None:
    """ "X held talks with the region's Chief Constable yesterday. ... Sir Y, who has been Chief Constable
    since 1979, ...": a descriptor no one named before fits is the one person first named in the next
    three sentences who holds its title (not one named in its own sentence: "the skipper spoke with his
    predecessor, Z" are two)."""
    doc = people.doc
    here = units.index(doc)[desc.head.i]
    sents = units.bounds(doc)
    if not desc.titles or here + 1 >= len(sents) or desc.head.dep_ in {"attr", "appos", "oprd"}:
        return  # ("X, who is Uganda's Minister of Water": what X is, not somebody else)
    after = desc.head.right_edge.i + 1
    after += after < len(doc) and doc[after].text == ","
    while after < len(doc) - 1 and (is_title_word(doc[after]) or doc[after].text in {"(", ")", "."} or (
            doc[after].lower_ in rules.words("retired_marks"))):
        after += 1  # "the chairman of X, Lt. Gen. (retd) A. Name": titles before the name
    if any(people.mention_at(t) for t in desc.head.subtree) or people.mention_at(desc.head.head) or (
            after < len(doc) and people.mention_on(after)):
        return  # ("the Chief Minister of the state, Shri X": named in its own apposition)
    # ("Kessel's health minister has declared ... . The minister, Dr. A, met ...": "the minister" with the name
    # in apposition, a few sentences on)
    start, end = sents[here + 1][0], sents[min(here + 3, len(sents) - 1)][1]
    far = sents[min(here + 6, len(sents) - 1)][1]
    before = {r for m in people.mentions if m.start < start for r in m.refs}
    fits: list[str] = []
    for m in sorted(people.mentions, key=lambda m: m.start):
        if not start <= m.start < far or m.kind != "name" or len(m.refs) != 1:
            continue
        root = people.root(m.start, m.end)
        apposed = root.dep_ == "appos" and root.head.lower_ == desc.head.lower_ and any(
            c.lower_ == "the" for c in root.head.children) and all(
            c.dep_ in {"det", "punct", "appos"} for c in root.head.children)  # "The minister, Dr. A": no more
        if m.start >= end and not apposed:
            continue
        ref = m.refs[0]
        if ref in before or ref in fits or people.person(ref).anonymous:
            continue
        before.add(ref)  # only a person's first naming counts
        # the title told after the name, of the first person its sentence names ("Sir Y, who has been Chief
        # Constable since 1979"; not "For the visitors, captain Z ...": a title before a name may be another team's)
        a, _ = units.unit_bounds(doc, m.start)
        if any((told := people.mention_at(t)) and (told.refs != (ref,) or not apposed) for t in doc[a : m.start]):
            continue
        words = _titles_after_name(root) | ({_bare(root.head)} if apposed else set())
        lesser = (words & RANK_WORDS) - desc.modifiers  # "vice chairman of a rival" is not "the chairman"
        if all(any(part in words for part in t.split()) for t in desc.titles) and not lesser:
            fits.append(ref)
    if len(fits) == 1:
        _add_descriptor(people, desc, fits[0])


def _add_descriptor(people: People, desc: Descriptor, ref: str) -> None:
    start, end = _np_span(desc.head, keep_preps=True)
    people.add(Mention(start, end, (ref,), "descriptor"))
    people.note_mention(ref, start, end)
    people.descriptors.append((desc, ref))
    gender = rules.kinds("gendered_words").get(_bare(desc.head))
    if gender:
        people.gender.setdefault(ref, "m" if gender == "male" else "f")


FAMILY_HONORIFICS = frozenset({"father", "sister", "mother", "brother", "lady", "lord", "madam", "madame"})


def _honorific_descriptors(people: People) -> None:
    """ "Canon A. Name ... the canon was received by B", "Sheikh A. Name ... The sheikh received him": a
    definite honorific that names no office stands for the one person named before with that honorific.

    Not "the father" nor "the lady": words that also name kin or anyone."""
    doc = people.doc
    a = units.attrs(doc)
    words = rules.words("honorifics") - COURTESY - FAMILY_HONORIFICS  # (titles too: "the Prince" no office fits)
    for i in units.positions(a.bares, words):
        tok = doc[i]
        if tok.pos_ not in {"NOUN", "PROPN"} or tok.tag_ in {"NNS", "NNPS"} or tok.dep_ == "compound":
            continue
        if people.mention_on(i) is not None or not any(
                c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in tok.children):
            continue
        if any(c.dep_ in {"compound", "nmod", "poss", "nummod"} and not is_title_word(c) for c in tok.children):
            continue  # "the team captain": a body the office rules weigh (not "the Chief Imam")
        if tok.dep_ == "appos" and people.np_refs(tok.head):
            continue  # "A. Name, the captain,": what A is
        holders = _named_with_honorific(people, a.bares[i], i)
        if len(holders) == 1:
            _add_descriptor(people, Descriptor(tok, frozenset({a.bares[i]}), frozenset(), frozenset()),
                            next(iter(holders)))


def _nationality_descriptors(people: People, offices: dict[str, list[str]]) -> None:
    """ "Brazil's environment secretary, Dr A ... "It was short," the Brazilian told reporters": a nationality
    with "the" and nothing after it stands for the one person named before whose office is that country's."""
    doc = people.doc
    a = units.attrs(doc)
    for i in range(len(doc)):
        tok = doc[i]
        if a.poss[i] not in {"NOUN", "PROPN"} or a.tags[i] in {"NNS", "NNPS"} or a.deps[i] in {"compound", "amod"}:
            continue
        if people.mention_on(i) is not None or i in people._quoted or not _demonym(doc, i):
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            continue
        stems = place_stems(a.bares[i])
        holders = {ref for ref, labels in offices.items() if not people.person(ref).anonymous
                   and any(m.start < i and ref in m.refs and m.kind == "name" for m in people.mentions)
                   and any(stems & place_stems(w) for w in _label_words(labels))}
        if len(holders) == 1:
            _add_descriptor(people, Descriptor(tok, frozenset(), frozenset(), frozenset()), next(iter(holders)))


def _style_references(people: People) -> None:
    """ "His Royal Highness Prince A ... On Monday His Royal Highness received B": a style of address with no
    name after it stands for the one person named before with that style."""
    doc = people.doc
    a = units.attrs(doc)
    lowers, texts = units.words(doc).lowers, units.words(doc).texts
    flags = title_flags(doc)
    for i in units.positions(a.bares, STYLES - {"royal"}):
        k = i - 1 - (i > 1 and a.bares[i - 1] == "royal")
        if k < 0 or lowers[k] not in {"his", "her"} or any(people.mention_on(j) for j in range(k, i + 1)):
            continue
        after = i + 1
        while after < len(doc) and (flags[after] or texts[after] == "."):
            after += 1
        if after < len(doc) and people.mention_on(after) is not None:
            continue  # "His Excellency Mr A": named right here
        if a.bares[i] in {"honour", "honor"}:  # "His Honour adjourned the hearing": the judge named before
            holders = set().union(*(_named_with_honorific(people, w, i) for w in JUDICIAL_TITLES))
        else:
            holders = _named_with_honorific(people, a.bares[i], i)
        if len(holders) == 1:
            ref = next(iter(holders))
            people.add(Mention(k, i + 1, (ref,), "descriptor"))
            people.note_mention(ref, k, i + 1)


DEFENDANT_NOUNS = frozenset({"accused", "defendant"})
PLEA_VERBS = frozenset({"pleaded", "pleads", "plead"})
CHARGE_VERBS = PLEA_VERBS | {"charged", "accused", "indicted"}


def _defendant(people: People) -> None:
    """ "X has pleaded not guilty to ... . The accused agreed that ...": "the accused" or "the defendant" is the
    one person the article says pleaded or was charged (passive "was charged", "is accused of")."""
    doc = people.doc
    a = units.attrs(doc)
    charged = set()
    for m in people.mentions:
        if m.kind != "name" or len(m.refs) != 1:
            continue
        root = people.root(m.start, m.end)
        verb = root.head
        if any(c.dep_ == "neg" for c in verb.children):
            continue  # "X has not been charged"
        if root.dep_ == "nsubj" and verb.lower_ in PLEA_VERBS or (
                root.dep_ == "nsubjpass" and verb.lower_ in CHARGE_VERBS):
            charged.add(m.refs[0])
    if len(charged) != 1:
        return
    ref = next(iter(charged))
    for i in units.positions(a.bares, DEFENDANT_NOUNS):
        tok = doc[i]
        if people.mention_on(i) is not None or i == 0 or doc[i - 1].lower_ != "the" or people.quoted(tok):
            continue
        if tok.dep_ not in {"nsubj", "nsubjpass", "pobj", "dobj"}:
            continue
        people.add(Mention(i - 1, i + 1, (ref,), "descriptor"))
        people.note_mention(ref, i - 1, i + 1)


def _named_with_honorific(people: People, word: str, before: int) -> set[str]:
    """The persons named before token `before` with honorific or style `word` written right before the name."""
    return {m.refs[0] for m in people.mentions if m.kind == "name" and len(m.refs) == 1 and m.start < before
            and _honorific_written(people.doc, m.start, word)}


def _honorific_written(doc: Doc, start: int, word: str) -> bool:
    """Whether honorific `word` is written among the titles right before the name at `start`."""
    bares, texts = units.attrs(doc).bares, units.words(doc).texts
    k = start - 1
    while k >= 0 and start - k <= 4 and (texts[k] == "." or is_title_word(doc[k])):
        if bares[k] == word:
            return True
        k -= 1
    return False


def _lede(people: People, unresolved: list[Descriptor]) -> None:
    """News ledes name people by office first and by name in the next sentence.

    "The chief executive of X ... . Jane Roe, who ..., held ..." : descriptors
    that open the first sentence map in order onto the persons first named in
    the second one.
    """
    sents = units.bounds(people.doc)
    if len(sents) < 2 or not unresolved:
        return
    first, first_end = sents[0]
    lead = [  # the subject; "COLOMBO (AFP) - The head of X said": the parser hangs it on the dateline
        d for d in unresolved if first <= d.head.i < first_end
        and (d.head.dep_ in {"nsubj", "nsubjpass", "conj"} or (d.head.dep_ == "appos" and d.head.head.text.isupper()))
    ]
    if not lead:
        return
    seen_before = {r for m in people.mentions if m.start < first_end for r in m.refs}
    nxt, nxt_end = sents[1]
    fresh: list[str] = []
    for m in sorted(people.mentions, key=lambda m: m.start):
        if nxt <= m.start < nxt_end and m.kind == "name":
            for r in m.refs:
                if r not in seen_before and r not in fresh:
                    fresh.append(r)
    for desc, ref in zip(lead, fresh, strict=False):
        _add_descriptor(people, desc, ref)


def _office_holders(offices: dict[str, list[str]], plural: str) -> set[str] | None:
    """The persons with an office whose title is the singular of `plural` ("presidents"); None when
    fewer than two hold one (then the group is read from the names alone)."""
    singulars = {plural[:-1], plural[:-2]} if plural.endswith("es") else {plural[:-1]}
    out = {ref for ref, labels in offices.items() if any(w in singulars for lb in labels for w in fold(lb).split())}
    return out if len(out) >= 2 else None


def _modified_holders(title: Token, holders: set[str], offices: dict[str, list[str]], count: int) -> set[str]:
    """The holders whose office has every word written before a plural title ("the two Foreign Ministers":
    the foreign ministers, not the deputy prime minister), when at least `count` have."""
    words = [fold(c.text) for c in title.children if c.dep_ in {"compound", "amod"} and c.text[:1].isupper()]
    if not words:
        return holders
    fits = {r for r in holders if any(all(any(w.startswith(m[:5]) for w in fold(label).split()) for m in words)
                                      for label in offices.get(r, []))}
    return fits if len(fits) >= count else holders


def _doer(people: People, group: Token) -> tuple[str, ...]:
    """ "X, who telephoned both men": the subject of the verb a group is the object of is none of the group."""
    verb = group.head if group.dep_ == "dobj" else group.head.head if group.dep_ == "pobj" else None
    if verb is None or verb.pos_ != "VERB":
        return ()  # ("the first meeting of the two ministers": the group of a noun, whoever its verb's subject)
    for c in verb.children:
        if c.dep_ == "nsubj":
            subject = verb.head if c.lower_ in {"who", "that"} and verb.dep_ == "relcl" else c
            return people.np_refs(subject)
    return ()


def _paired_subject(people: People, at: int, count: int, besides: tuple[str, ...]) -> list[str]:
    """ "A and B met C on Monday. Later the two mediators sat down with D": the subject of the sentence
    before, when it names exactly `count` persons, rather than the last `count` named."""
    sentences = units.bounds(people.doc)
    here = units.index(people.doc)[at]
    if here == 0:
        return []
    a, b = sentences[here - 1]
    root = next((t for t in people.doc[a:b] if t.dep_ == "ROOT"), None)
    subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None) if root else None
    if subject is None:
        return []
    refs = list(dict.fromkeys(people.refs_in(subject.left_edge.i, subject.right_edge.i + 1)))
    if len(refs) != count or any(r in besides or people.person(r).anonymous for r in refs):
        return []
    return refs


def _named_lately(people: People, at: int, refs: list[str]) -> bool:
    """Whether each of `refs` is named (not only referred to) in the sentence of token `at` or the two before."""
    sent_of = units.index(people.doc)
    return all(any(r in m.refs and m.kind == "name" and 0 <= sent_of[at] - sent_of[m.start] <= 2 and m.start < at
                   for m in people.mentions) for r in refs)


def _last_named(people: People, at: int, count: int, among: set[str] | None,
                besides: tuple[str, ...] = ()) -> list[str]:
    """The last `count` persons named before token `at` (only those in `among`, when given; none of
    `besides`)."""
    refs: list[str] = []
    for m in sorted(people.mentions, key=lambda m: -m.start):
        if m.start >= at or m.kind == "group" or people.quoted(people.doc[m.start]):
            continue
        for r in m.refs:
            if r not in refs and r not in besides and not people.person(r).anonymous and (
                    among is None or r in among):
                refs.append(r)
        if len(refs) >= count:
            break
    return refs


def _groups(people: People, offices: dict[str, list[str]]) -> None:
    """ "the two", "both leaders": the persons just mentioned; "the two Presidents": the presidents."""
    doc = people.doc
    numbers = {"two": 2, "three": 3, "four": 4, "both": 2}
    nouns = rules.words("group_nouns")
    plurals = rules.words("people_plurals")
    told: dict[tuple[int, str], tuple[str, ...]] = {}
    # else `count` stays 0 below; "the two mayors": a title's plural is a group word too
    for i in units.positions(units.words(doc).lowers, {*numbers, *nouns} | _plural_titles() | plurals):
        tok = doc[i]
        if people.mention_at(tok) or people.quoted(tok):
            continue
        count = 0
        head = tok
        if (
            tok.lower_ in {"two", "three", "four"}
            and any(c.lower_ == "the" for c in tok.children)
            and tok.pos_ in {"NUM", "NOUN"}
        ):
            count = numbers[tok.lower_]
        elif tok.lower_ in nouns or plural_title(tok.lower_) or tok.lower_ in plurals:
            for c in tok.children:
                if c.lower_ in numbers and (c.lower_ == "both" or any(d.lower_ == "the" for d in tok.children)):
                    count = numbers[c.lower_]
        elif tok.lower_ == "both" and tok.dep_ in {"nsubj", "nsubjpass", "pobj", "dobj"}:
            count = 2
        if not count:
            continue
        if _members_named_after(people, i):
            continue  # "the two churchwardens, Mr A and Mrs B,": the names that follow are the group
        key = (count, tok.lower_) if plural_title(tok.lower_) else None
        if key in told:  # "the two Ministers" again: the same two as the first time ("the two sides" may not be)
            people.add(Mention(head.i, head.i + 1, told[key], "group"))
            continue
        # "the two Presidents": the last two named who hold that office, if two did before; else the last two
        holders = _office_holders(offices, tok.lower_) if plural_title(tok.lower_) else None
        if holders is not None:  # "the two Foreign Ministers": the ministers whose office says "foreign"
            holders = _modified_holders(tok, holders, offices, count)
        doer = _doer(people, head)
        refs = _last_named(people, head.i, count, holders, doer) if holders is not None else []
        if len(refs) < count:
            refs = _paired_subject(people, head.i, count, doer) or _last_named(people, head.i, count, None, doer)
        plural_only = tok.lower_ in plurals and tok.lower_ not in nouns and not plural_title(tok.lower_)
        if plural_only and not _named_lately(people, head.i, refs):
            continue  # "the two veterans" named two sentences back at most; else two the text has not named
        if len(refs) >= 2:
            people.add(Mention(head.i, head.i + 1, tuple(refs[:count]), "group"))
            if key is not None:
                told[key] = tuple(refs[:count])


def past_courtesy_titles(doc: Doc, k: int) -> int:
    """The first token from `k` on that is no courtesy title ("Mr", "Alhaji") nor the full stop of one."""
    while k < len(doc) and (rules.bare(doc[k].text) in rules.words("honorifics") or doc[k].text == "."):
        k += 1
    return k


def _members_named_after(people: People, i: int) -> bool:
    """A group word right before a comma and a name ("the two wardens, Mr A and Mrs B")."""
    doc = people.doc
    if i + 2 >= len(doc) or doc[i + 1].text != ",":
        return False
    k = past_courtesy_titles(doc, i + 2)
    mention = people.mention_on(k) if k < len(doc) else None
    return mention is not None and mention.kind == "name"


def clause_verb(tok: Token) -> Token:
    """The verb whose clause a token belongs to."""
    cur = tok
    while cur.head.i != cur.i and cur.pos_ not in {"VERB", "AUX"}:
        cur = cur.head
    return cur


def _subject_weight(tok: Token) -> float:
    """Salience of a mention's role: subject of the main clause > other subjects > the rest.

    The possessor of a subject counts as a subject ("Roe's meeting ... took place").
    """
    if tok.dep_ in {"compound", "appos"} and tok.head.i != tok.i:
        return _subject_weight(tok.head)
    if tok.dep_ == "poss" and tok.head.dep_ in {"nsubj", "nsubjpass"}:
        tok = tok.head
    if tok.dep_ in {"nsubj", "nsubjpass"}:
        return 3.0 if units.is_main(tok.head) else 1.5
    if tok.lower_ in {"he", "she"}:
        return 1.5  # a subject whatever the parser made of it ("On Monday she and the minister hosted ...")
    return 0.0


def _controller_subjects(verb: Token) -> set[int]:
    """Token indices of a verb's subject, inherited by "to congratulate", "and met"."""
    cur = verb
    for _ in range(5):
        subs = [c.i for c in cur.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subs:
            return set(subs)
        if cur.dep_ in {"xcomp", "advcl", "conj"} and cur.head.i != cur.i:
            cur = cur.head
            continue
        break
    return set()


JUDICIAL_TITLES = ("justice", "judge", "magistrate")  # who "His Honour" is in a court report
STYLES = frozenset({"highness", "excellency", "majesty", "holiness", "eminence", "lordship", "ladyship",
                    "honour", "honor", "beatitude", "royal"})


def _resolve_pronouns(people: People) -> None:
    """he/she/his/her to the most salient earlier person of matching gender."""
    doc = people.doc
    sent_index = _narrative_index(people)
    tags = units.attrs(doc).tags
    lowers = units.words(doc).lowers
    for i in units.positions(lowers, PRONOUN_GENDER):
        gender = PRONOUN_GENDER[lowers[i]]
        if tags[i] not in {"PRP", "PRP$"} or i in people._by_token or i in people._quoted:
            continue
        if i + 1 < len(lowers) and lowers[i + 1] in STYLES:
            continue  # "His Highness A", "Her Excellency": a style of address, not somebody told before
        tok = doc[i]
        ref = _cataphor(people, tok, gender)
        if ref is None:
            ref = _antecedent(people, tok, gender, sent_index)
        if ref is None:
            continue
        people.add(Mention(tok.i, tok.i + 1, (ref,), "pronoun"))


def _narrative_index(people: People) -> list[int]:
    """Sentence number of every token, not counting sentences wholly inside quotation marks: a pronoun
    after a quoted sentence or two ('"I had better hire her," X recalls. "..." She still ...') is as
    near its antecedent as the narrative is."""
    doc = people.doc
    sent_of = units.index(doc)
    quoted = [all(k in people._quoted or doc[k].is_punct or doc[k].is_space for k in range(a, b))
              for a, b in units.bounds(doc)]
    number, out, last = -1, [], None
    for s in sent_of:
        if s != last:
            number += 0 if quoted[s] and number >= 0 else 1
            last = s
        out.append(number)
    return out


NAME_GENDER_PENALTY = 6.0
MAIN_BONUS = 2.0  # for the person the story is about (`_main_person`)
PLAIN_PERSONS = {"man": "m", "woman": "f", "boy": "m", "girl": "f"}  # "a man": somebody the text has not named
# Written in lower case inside a name: "Salim bin Nasser al-Rawahi", "Elnur Vagif oglu Mammadli"
PATRONYMIC_LINKS = frozenset({"bin", "bint", "binti", "binte", "ibn", "oglu", "ogly", "kyzy", "qizi"})


def _gender_ok(people: People, ref: str, gender: str) -> bool:
    known = people.gender.get(ref)
    return known is None or known == gender


def _cataphor(people: People, tok: Token, gender: str) -> str | None:
    """ "After her meeting with X, Ms. Y said": a pronoun in a fronted phrase is the subject."""
    start, _ = units.unit_bounds(people.doc, tok.i)
    root = people.doc[units.unit_root(people.doc, tok.i)]
    subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects or subjects[0].i <= tok.i:
        return None
    subj = subjects[0]
    if tok.i >= subj.left_edge.i or _reported(tok, root):
        return None
    if tok.tag_ == "PRP" and tok.dep_ in {"pobj", "dobj"}:
        return None  # "Across the table from him were A and B", "After meeting him, A said": never A
    if people.doc[tok.i + 1].lower_ in {"and", "or"}:
        return None  # "On Monday she and the minister, A, hosted B": two subjects, the parser kept one
    refs = people.np_refs(subj)
    if len(refs) != 1:
        return None
    # Only when nothing earlier in the sentence could be meant.
    earlier = [m for m in people.mentions if start <= m.start < tok.i and m.kind != "group"]
    if earlier:
        return None
    ref = refs[0]
    if _name_says_otherwise(people, ref, gender):
        return None  # "With him were his deputy, Anna X, and ...": a woman's given name is no "him"
    return ref if _gender_ok(people, ref, gender) else None


def _name_says_otherwise(people: People, ref: str, gender: str) -> bool:
    """The text tells no gender of the person, and the given name hints at the other one ("Donna" for "he")."""
    return ref not in people.gender and people.name_gender.get(ref, gender) != gender


def _reported(tok: Token, root: Token) -> bool:
    """ "He travelled to X last week, a spokesman said": the pronoun is inside what the speaker
    reports, so it is somebody the speaker talks about (a speaker of himself says "I")."""
    if root.lower_ not in rules.words("speech_verbs"):
        return False
    cur = tok
    while cur.head.i != cur.i and cur.head.i != root.i:
        cur = cur.head
    return cur.dep_ in {"ccomp", "parataxis"}


def _vocative(doc: Doc, m: Mention) -> bool:
    """ "Thank you, Lerato.", "Morning, Ines.": a name the speaker calls out to, no one the story is about."""
    before = doc[m.start - 1].text if m.start > 0 else ""
    after = doc[m.end].text if m.end < len(doc) else ""
    return m.kind == "name" and m.end - m.start == 1 and before == "," and after in {".", "!", "?"}


def _antecedent(people: People, tok: Token, gender: str, sent_index: list[int]) -> str | None:
    """Score earlier mentions: near, in subject position, same gender, not a co-argument."""
    here = sent_index[tok.i]
    verb = clause_verb(tok)
    reflexive = tok.lower_.endswith("self")
    possessive = tok.tag_ == "PRP$"
    # '"...," he said', '"...," he sniped': the subject of a verb of saying or of the verb after a quotation
    says = tok.dep_ == "nsubj" and (tok.head.lower_ in rules.words("speech_verbs") or (
        tok.i > 0 and people.doc[tok.i - 1].text in QUOTE_CLOSERS))
    usable = []
    far = []  # "X counts his animals ... [four sentences of scene] ... 'I have lived through it,' he said"
    for m in people.mentions:
        if m.start >= tok.i or m.kind == "group" or len(m.refs) != 1:
            continue
        if m.start in people._quoted or _vocative(people.doc, m):
            continue
        distance = here - sent_index[m.start]
        if distance > 6 or not _gender_ok(people, m.refs[0], gender):
            continue
        if people.person(m.refs[0]).anonymous and distance > (1 if says else 0):
            continue  # an unnamed source is quoted where it is told ("... . '...,' he said"); a "he" further on
            # is whom the story is about
        (usable if distance <= 3 else far).append((m, distance))
    unnamed = _unnamed_just_before(people, tok, gender, sent_index)
    if unnamed is not None:
        # "... to find a tall man in a parka. 'I'm your neighbour,' he said.": the man nobody has named yet
        # ("The man was A." after it names him), unless the text has told of a named person of that sex
        usable = [(m, d) for m, d in usable if people.gender.get(m.refs[0]) == gender]
        if not usable:
            return _named_later(people, tok, unnamed)
    if not usable:
        subjects = [(m, d) for m, d in far if _subject_weight(people.root(m.start, m.end)) > 0]
        if len({m.refs[0] for m, _ in subjects}) == 1 and len({m.refs[0] for m, _ in far}) == 1:
            return subjects[-1][0].refs[0]
    # "called him to congratulate him on his appointment": a pronoun continues the last one.
    chain = max((m.start for m, d in usable if m.kind == "pronoun" and d == 0), default=None)
    controllers = _controller_subjects(verb)
    controller_refs = {r for k in controllers for r in people.refs_at(people.doc[k])}
    best: tuple[float, str] | None = None
    # "She still has lunch with him": two people of either sex in one clause, so the one whose sex the text
    # has told is the surer match
    lowers, tags = units.words(people.doc).lowers, units.attrs(people.doc).tags
    contrasts = [k for k in range(verb.left_edge.i, verb.right_edge.i + 1)
                 if PRONOUN_GENDER.get(lowers[k], gender) != gender and tags[k] in {"PRP", "PRP$"}]
    known_bonus = 4.0 if contrasts else 1.0
    # '"If the minister wants a yes, she will ...," he said': the other sex is only inside the quotation, so
    # the given name of a speaker the text has not yet called "he" counts as much as the text
    quoted_contrast = bool(contrasts) and all(people.quoted_on(k) for k in contrasts)
    main = _main_person(people, tok.i)
    # "She has asked for his support": a person the clause has just called by the other sex is not meant
    other_sex = {r for m, d in usable if d == 0 and m.kind == "pronoun" and PRONOUN_GENDER.get(
        people.doc[m.start].lower_, gender) != gender and clause_verb(people.doc[m.start]).i == verb.i
        for r in m.refs}
    # ("X, who teaches there and has known him for years": still X's clause)
    relative = people.doc[units.conjuncts_up(people.doc, verb.i)[-1]]
    # the clause a relative clause hangs on, and the verbs joined to it ("X flew in and called at the house, where
    # he ...")
    hung_on = set(units.conjuncts_up(people.doc, clause_verb(verb.head).i)) if verb.dep_ == "relcl" else set()
    for m, distance in usable:
        ref = m.refs[0]
        if ref in other_sex:
            continue
        head = people.root(m.start, m.end)
        score = 10.0 - 3 * distance
        score += _subject_weight(head)
        if people.gender.get(ref) == gender:
            score += known_bonus
        elif quoted_contrast and ref not in people.gender and people.name_gender.get(ref) == gender:
            score += known_bonus
        elif _name_says_otherwise(people, ref, gender):
            score -= NAME_GENDER_PENALTY  # "Donna" for "he": unlikely, unless all else points to her
        if distance == 0 and not reflexive and not possessive:
            if clause_verb(head).i == verb.i or head.i in controllers or ref in controller_refs:
                score -= 20  # (a "himself" of the subject is the subject too: "X had himself driven ... and sat
                # with him")
            if relative.dep_ == "relcl" and head.i == relative.head.i:
                score -= 20  # "X received Y, who called on him": "who" is Y, so "him" is not
            elif any(c.dep_ in {"nsubj", "nsubjpass"} and c.left_edge.i <= m.start <= c.right_edge.i
                     for c in verb.children):
                score -= 20  # "a deputation led by X called on him": inside the subject, not its object
        if distance == 0 and clause_verb(head).i in hung_on:
            score += 3  # ... and the clause the relative clause hangs on is the nearest place to look
        if distance == 0 and possessive and tok.head.dep_ == "conj" and tok.head.head.i == head.i:
            score += 5  # "met A, chairman of the union, and his deputy": A's deputy, not the subject's
        if chain is not None and m.start == chain:
            score += 4
        if ref == main and not says:
            score += MAIN_BONUS  # the person the story is about: "he" far from other names is most often them
        score += m.start / 1_000_000
        if best is None or score > best[0]:
            best = (score, ref)
    if best is None:
        return None
    if len({m.refs[0] for m, _ in usable}) == 1 and best[1] not in people.gender:
        people.gender[best[1]] = gender
    elif possessive and best[1] not in people.gender:
        # "X sat down with Y at her office": a possessive in the subject's own clause tells the gender.
        subjects = _controller_subjects(verb)
        if any(m.refs[0] == best[1] and people.root(m.start, m.end).i in subjects for m, _ in usable):
            people.gender[best[1]] = gender
    return best[1]


def _main_person(people: People, before: int) -> str | None:
    """The person the story is about so far: named or referred to at least four times, and twice as often as
    anybody else, before token `before` (an obituary's, a profile's subject)."""
    counts: dict[str, int] = {}
    for m in people.mentions:
        if m.start < before and len(m.refs) == 1 and m.kind in {"name", "pronoun"}:
            counts[m.refs[0]] = counts.get(m.refs[0], 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and ranked[0][1] >= 4 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        return ranked[0][0]
    return None


def _named_later(people: People, tok: Token, noun: str) -> str | None:
    """ "The man was A", "The woman, A, ...": the name given, within two sentences, to "the" + `noun`."""
    doc = people.doc
    sent_of = units.index(doc)
    seen = {sent_of[tok.i]}  # the sentences read so far, blank lines aside
    for k in range(tok.i + 1, len(doc)):
        if not doc[k].is_space:
            seen.add(sent_of[k])
        if len(seen) > 3:
            break
        t = doc[k]
        if t.lower_ != noun or not any(c.lower_ == "the" for c in t.children) or people.quoted(t):
            continue
        named = [c for c in t.children if c.dep_ == "appos"]
        if t.dep_ == "nsubj" and t.head.lemma_ == "be":
            named += [c for c in t.head.children if c.dep_ == "attr"]
        for c in named:
            mention = people.mention_on(c.i)
            if mention is not None and mention.kind == "name" and len(mention.refs) == 1:
                return mention.refs[0]
    return None


def _unnamed_just_before(people: People, tok: Token, gender: str, sent_index: list[int]) -> str | None:
    """An unnamed "a man"/"a woman" of the pronoun's sex in its sentence or the one before, after any name:
    its noun."""
    doc = people.doc
    lowers = units.words(doc).lowers
    for k in range(tok.i - 1, -1, -1):
        mention = people.mention_on(k)
        if sent_index[tok.i] - sent_index[k] > 1 or (mention is not None and mention.kind == "name"):
            return None
        # (one who acts or is found: "saw a young man at the gate", not "the air of a man who ...")
        if PLAIN_PERSONS.get(lowers[k]) == gender and doc[k].pos_ == "NOUN" and any(
                c.lower_ in {"a", "an"} for c in doc[k].children) and doc[k].dep_ in {"dobj", "nsubj", "nsubjpass"} \
                and not any(c.dep_ == "relcl" for c in doc[k].children):
            return lowers[k]
    return None


def resolve_references(people: People, offices: dict[str, list[str]]) -> None:
    """Second pass over the text, after names and their offices are known."""
    _unnamed_by_request(people)  # first, so that "the engineer" further on finds the engineer who asked it
    _anonymous_sources(people)
    unresolved = _resolve_descriptors(people, offices)
    _lede(people, unresolved)
    for desc in unresolved:
        if not people.mention_at(desc.head):
            _previous_subject(people, desc, offices)
        if not people.mention_at(desc.head):
            _sole_person_so_far(people, desc, offices)
        if not people.mention_at(desc.head):
            _named_after(people, desc)
        if not people.mention_at(desc.head):
            _former_holder_just_told(people, desc, offices)
    _honorific_descriptors(people)
    _nationality_descriptors(people, offices)
    _style_references(people)
    _defendant(people)
    _guest_descriptors(people)
    _epithets(people)
    _resolve_pronouns(people)
    _groups(people, offices)  # after the pronouns: "she met X; the two have since ..." counts her
    _age_descriptors(people)
    _speaker_descriptors(people)
