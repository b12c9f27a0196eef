"""Offices: who holds which office, read off titles, appositions and clauses.

An office label has to carry both the title and the body it belongs to, so the
label is taken from the whole title phrase ("CIA Director", "Secretary of
Defense") and possessive bodies are turned round ("Nigeria's finance minister"
-> "finance minister of Nigeria"). Ranks and courtesy titles (Gen., Dr.) are not
offices. Several labels for one office of one person are reduced to the fullest.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache

from spacy.tokens import Doc, Token

from kg.extract import rules, units
from kg.extract.counterparts import named_counterparts
from kg.extract.dates import WEEKDAYS
from kg.extract.people import (
    DASHES,
    HYPHENS,
    POSSESSIVE,
    STYLES,
    Mention,
    People,
    compound_title,
    country_word,
    fold,
    is_title_word,
    title_flags,
)
from kg.records import Office
from kg.records import Span as TextSpan

APPOSITION_STOP = {"relcl", "acl", "appos", "punct", "cc", "conj", "advcl"}


def _bare(tok: Token) -> str:
    return rules.bare(tok.text)


def _is_head_title(tok: Token) -> bool:
    return _head_title(tok.doc, tok.i)


def _head_title(doc: Doc, i: int) -> bool:
    """Token `i` is the noun of a title ("minister", "Gov.", "Council Member"); `_is_head_title` by number."""
    word = units.attrs(doc).bares[i]
    if word in rules.heads("titles"):
        return True
    if word in rules.kinds("office_abbreviations") and not doc[i].text.islower():
        return True  # "CM", "Gov.", not the unit of "180cm" or the "sec" of a stopwatch
    if word in rules.words("body_titles") and (_after_body_name(doc[i]) or _of_a_named_body(doc[i])):
        return True
    if word == "member" and title_flags(doc)[i]:
        return True  # "member for Busoga": a seat in an assembly
    return compound_title(doc, i) and i > 0 and compound_title(doc, i - 1)


def _of_a_named_body(tok: Token) -> bool:
    """ "a member of the Federal Legislative Council": the noun's "of" names a body by its capitalised name."""
    return any(
        p.dep_ == "prep" and p.lower_ == "of" and any(
            o.dep_ == "pobj" and o.text[:1].isupper() and _bare(o) in rules.words("org_words") for o in p.children)
        for p in tok.children)


def _after_body_name(tok: Token) -> bool:
    """ "Politburo member": the noun follows a capitalised name inside the sentence."""
    if tok.i == 0:
        return False
    prev = tok.doc[tok.i - 1]
    return prev.pos_ == "PROPN" and prev.text[:1].isupper() and not prev.is_sent_start and prev.dep_ == "compound"


def _label(doc: Doc, indices: list[int]) -> tuple[str, bool]:
    """Readable label from title tokens: possessive body moved behind, "former" dropped."""
    a = units.attrs(doc)
    w = units.words(doc)
    texts, lowers, bares = w.texts, w.lowers, a.bares
    markers = rules.words("former_markers")
    former = any(bares[i] in markers for i in indices) or _former_before(doc, indices[0] if indices else 0)
    dashes = [n for n, i in enumerate(indices) if texts[i] in {"-", "—", "–"} and a.spaces[i] and i > 0
              and doc[i - 1].whitespace_]
    if dashes:
        indices = indices[dashes[-1] + 1:]  # "LIMA, May 9 - Peru's trade minister": the dateline is no body
    cut = _period_start(doc, indices)
    if cut is not None:
        former = True  # "ambassador to Kessel from 2001 to 2005"
        indices = indices[:cut]
    keep = []
    skip_next_hyphen = False
    for i in indices:
        if bares[i] in markers:
            skip_next_hyphen = True
            continue
        if skip_next_hyphen and texts[i] in HYPHENS:
            skip_next_hyphen = False
            continue
        skip_next_hyphen = False
        keep.append(i)
    while keep and (lowers[keep[0]] in LABEL_LEAD or texts[keep[0]] in HYPHENS):
        keep.pop(0)
    age = next((n for n in range(len(keep)) if lowers[keep[n]] in {"old", "year-old"}), None)
    if age is not None and texts[keep[0]].isdigit() and age < 6 and all(
            lowers[i] in {"year", "years", "-", "old", "year-old"} or texts[i].isdigit() for i in keep[:age]):
        keep = keep[age + 1:]  # "the 47-year-old president of X": her age is no part of the office
    while keep and (a.deps[keep[-1]] == "punct" or lowers[keep[-1]] in {"of", "for", "and", "the"}) and not (
            texts[keep[-1]] == ")" and "(" in (texts[i] for i in keep)):  # ("... Force (KMF)": its acronym)
        keep.pop()
    if not keep:
        return "", former
    poss = [k for k, i in enumerate(keep) if texts[i] in POSSESSIVE]
    # "president of the operators' association": a possessive inside the body after "of" stays where it is
    if poss and any(lowers[i] in {"of", "for"} for i in keep[: poss[0]]):
        poss = []
    if poss and poss[0] > 0 and poss[0] + 1 < len(keep):
        p = poss[0]
        body = _text(doc, keep[:p])
        rest = _text(doc, keep[p + 1 :])
        if p == 1 and a.poss[keep[0]] != "PROPN" and texts[keep[0]].islower():
            return f"{rest} of the {body}", former  # "the union's president": of the union told before
        return f"{rest} of {body}", former
    abbr = [n for n, i in enumerate(keep) if bares[i] in rules.kinds("office_abbreviations")]
    if abbr:
        # "Arizona Gov." -> "Governor of Arizona"; "Lt. Gov." -> "Lieutenant Governor".
        n = abbr[-1]
        before = keep[:n]
        before = [i for i in before if texts[i] != "."]
        flags = title_flags(doc)
        lead = [i for i in before if a.poss[i] != "PROPN" or not a.alphas[i] or flags[i]]
        place = [i for i in before if i not in lead]
        words = [_expand(doc, i) for i in lead] + [_expand(doc, keep[n])] + [texts[i] for i in keep[n + 1 :]]
        label = " ".join(words)
        if place and all(texts[i] not in POSSESSIVE for i in place):
            label = f"{label} of {_text(doc, place)}"
        return label, former
    return _text(doc, keep), former


LABEL_LEAD = {"the", "a", "an", "of", "for", "and", ",", "its", "his", "her", "their", "our", "whose", "then", "now"}


def _expand(doc: Doc, i: int) -> str:
    """Token `i`, an abbreviated title word, written out ("Gov." -> "Governor")."""
    word = units.attrs(doc).bares[i]
    full = rules.kinds("office_abbreviations").get(word) or rules.kinds("title_abbreviations").get(word)
    return full.capitalize() if full else units.words(doc).texts[i]


def _former_before(doc: Doc, i: int) -> bool:
    """ "X, then the chief negotiator": a former marker written just before the title phrase."""
    w = units.words(doc)
    bares = units.attrs(doc).bares
    for k in (i - 1, i - 2):
        if k < 0 or w.texts[k] in {",", ".", ";"}:
            break
        if bares[k] in rules.words("former_markers") and w.lowers[k] != "late":
            return True
        if w.lowers[k] not in {"the", "a", "an"}:
            break
    return False


def _period_start(doc: Doc, indices: list[int]) -> int | None:
    """Where "from 2001 to 2005" / "between 2001 and 2005" / "until 2019" begins in a title phrase."""
    lowers = units.words(doc).lowers
    for n, i in enumerate(indices):
        if n == 0 or lowers[i] not in {"from", "between", "until", "till", "in"}:
            continue
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if nxt is not None and nxt.like_num and len(nxt.text) == 4 and nxt.text[:2] in {"19", "20"}:
            return n
    return None


def _text(doc: Doc, indices: list[int]) -> str:
    """Text of tokens as written, with their original spacing."""
    texts = units.words(doc).texts
    spaces = units.attrs(doc).spaces
    out = ""
    for n, i in enumerate(indices):
        out += texts[i]
        if n + 1 < len(indices):
            out += (" " if spaces[i] else "") if indices[n + 1] == i + 1 else " "
    return " ".join(out.split())


def _title_before(doc: Doc, people: People, mention: Mention) -> list[int]:
    """The title written right before a name ("Agency Director Jane Roe").

    Read off the per-document token lists: it walks back from every name.
    """
    a = units.attrs(doc)
    w = units.words(doc)
    texts, lowers, bares = w.texts, w.lowers, a.bares
    flags = title_flags(doc)
    departments = rules.words("departments")
    k = mention.start - 1
    taken: list[int] = []
    while k >= 0:
        if people.mention_on(k) or "\n" in texts[k]:
            break
        if a.ents[k] in {"DATE", "TIME"} and not flags[k] and (a.poss[k] != "PROPN" or lowers[k] in WEEKDAYS):
            break  # "Last month Coun X", "On Tuesday Alderman X": the time the sentence opens with is no part of it
        word = bares[k]
        prev = k - 1 if k > 0 else None
        if texts[k] == "." and prev is not None and _abbreviation(bares[prev]) and len(texts[prev]) <= 4:
            pass  # "Capt" "." split by the tokenizer (not the full stop after "the Attorney General")
        elif texts[k] in POSSESSIVE:
            pass
        elif texts[k] == ")" and k >= 3 and texts[k - 2] == "(" and texts[k - 1].isupper() and taken and (
                len(texts[k - 1]) <= 8 and texts[k - 3][:1].isupper() and texts[k - 3].isalpha()):
            taken.extend([k, k - 1, k - 2])  # "Kessel Cricket Board (KCB) president X": the body's acronym kept
            k -= 3
            continue
        elif texts[k] == "," and taken and any(lowers[j] in {"and", "&"} for j in taken) and _portfolio_list(doc, k):
            pass  # "Minister of Agriculture, Nature and Food Quality X": the commas of a portfolio's list
        elif texts[k] == "," and taken and any(lowers[j] in {"and", "&"} for j in taken) and prev is not None and (
                bares[prev] in departments and texts[prev][:1].isupper()) and all(
                bares[j] in departments or lowers[j] in {"and", "&", ","} or flags[j] for j in taken):
            pass  # "Land, Infrastructure and Transport Minister X": the commas of portfolios listed before the title
        elif word in {"and", "&"}:
            if not taken or prev is None or not (
                flags[prev] or bares[prev] in departments or _in_portfolio(doc, taken, prev)
                or (texts[k - 1] != "," and _portfolio_list(doc, k))  # (not "the leader of X, and Y Name")
            ):
                break
            if _two_holders(doc, k):
                break
        elif word == "to" and taken and any(
                bares[j] in rules.words("posted_titles") for j in range(max(0, k - 4), k)) and (
                not _head_title(doc, k + 1)):
            pass  # "Ambassador to Kessel X", "Ambassador of Norland to Kessel X": the posting belongs to the title
        elif word in {"of", "for"}:
            after_department = (
                prev is not None
                and bares[prev] in departments
                and any(_head_title(doc, j) for j in range(max(0, k - 6), k - 1))
            )  # "Minister of State for X"
            # "Bank of Canada Governor X": an organisation's name written with "of" before the title
            org_name = prev is not None and bares[prev] in rules.words("org_words") and texts[prev][:1].isupper() and (
                texts[k + 1][:1].isupper())
            if not taken or prev is None or not (_head_title(doc, prev) or flags[prev] or after_department or org_name):
                break
            if _head_title(doc, k + 1) and not _title_entry(doc, k - 1, k + 2) and bares[k + 1] not in departments:
                break  # "a spokesman for Governor X": the spokesman's office, not X's (not "Minister of Justice")
            if k + 1 < len(bares) and _honorific_at(doc, k + 1):
                break  # "a spokeswoman for Ms X, A, said": A's office, not X's
            if k + 1 < len(bares) and bares[k + 1] in rules.words("person_nouns"):
                break  # "the agent of striker X": the agent's office, not X's
        elif texts[k] in HYPHENS and not a.spaces[k]:
            pass
        elif lowers[k] == "the" and taken and prev is not None and lowers[prev] in {"of", "for"} \
                and texts[k + 1][:1].isupper() and bares[k + 1] in departments and prev > 0 \
                and _head_title(doc, prev - 1):
            pass  # "Secretary of the Interior and Local Government X": the portfolio's article
        elif taken and a.tags[k] == "CD" and texts[k].isdigit() and prev is not None and texts[prev].istitle() \
                and a.poss[prev] in {"PROPN", "NOUN", "ADJ"}:
            pass  # "Local 27 president X", "Ward 3 councillor X": the numbered body of the title
        elif taken and texts[taken[-1]] in POSSESSIVE and a.poss[k] == "NOUN" and a.deps[k] == "poss" \
                and texts[k].islower():
            taken.append(k)
            break  # "the union's chairman X": the union told before owns the title
        elif taken and a.tags[taken[-1]] == "CD" and texts[k].istitle() and a.poss[k] in {"PROPN", "NOUN", "ADJ"}:
            pass  # (and the body's word before its number)
        elif flags[k] or word in departments or _head_title(doc, k):
            pass
        elif a.poss[k] == "PROPN" or a.ents[k] in {"GPE", "NORP", "ORG"}:
            pass
        elif a.poss[k] in {"NOUN", "ADJ"} and a.deps[k] in {"compound", "amod", "nmod"} and a.tags[k] not in {"NNS"}:
            pass
        elif a.poss[k] in {"NOUN", "ADJ"} and a.deps[k] == "conj" and texts[k].islower() and taken \
                and taken[-1] == k + 1 and a.tags[k] in {"NN", "JJ"}:
            pass  # "A and central bank chief X": the parser joined "bank" to A, yet it is the title's
        elif a.tags[k] == "VBG" and a.deps[k] in {"amod", "compound"} and a.heads[k] > k:
            pass  # "zoning commissioner", "goalkeeping coach": the small model tags such words as verbs
        elif a.poss[k] == "VERB" and texts[k][:1].isupper() and taken and (
            (a.deps[k] in {"nmod", "compound"} and a.heads[k] > k) or _named_elsewhere(doc, k)
        ):
            pass  # "Northbend chief executive X": a company's name the small model tags as a verb
        else:
            break
        taken.append(k)
        k -= 1
    taken.reverse()
    ranked_before = False
    while taken and (texts[taken[-1]] == "." or _trailing_rank(doc, taken[-1]) or _two_word_rank(doc, taken)
                     or (ranked_before and (texts[taken[-1]] in HYPHENS or lowers[taken[-1]] in RANK_MODIFIERS))):
        ranked_before = ranked_before or bares[taken[-1]] in rules.words("ranks")
        taken.pop()  # "Chief of Navy Rear-Admiral X", "Chief of Army Lieutenant General X": the rank is no office
    if len(taken) >= 2 and bares[taken[-1]] == "justice" and texts[taken[-2]].islower() \
            and _head_title(doc, taken[-2]):
        taken.pop()  # "Commission chairman Justice A": a judge's style after the office, no part of it
    # "Minister of Justice and Public Security X": a portfolio that is also a title word is no head of its own
    heads = [n for n, i in enumerate(taken) if _head_title(doc, i) and not (
        n > 0 and bares[i] in departments and lowers[taken[n - 1]] in {"of", "for", "and", "the"})]
    if not heads:
        return []
    last = heads[-1]
    tail = taken[last + 1 :]
    suffix_only = all(texts[i] in HYPHENS or bares[i] in rules.words("title_modifiers") for i in tail)
    # "chief arbiter X", "deputy arbiter X": a lower-case noun after a rank word is the office itself
    ranked = len(heads) == 1 and bares[taken[last]] in rules.words("title_modifiers") and len(tail) == 1 and (
        a.poss[tail[0]] == "NOUN" and texts[tail[0]].islower() and tail[0] == mention.start - 1)
    if tail and lowers[tail[0]] not in {"of", "for", "to"} and not suffix_only and not ranked:
        taken = taken[: last + 1]
    while taken and lowers[taken[0]] in {"of", "for", "and", "&"}:
        taken.pop(0)
    return taken


def _named_elsewhere(doc: Doc, k: int) -> bool:
    """Whether the capitalised word at `k` is written capitalised inside a sentence elsewhere (a name)."""
    texts = units.words(doc).texts
    return any(texts[j] == texts[k] and j > 0 and not doc[j].is_sent_start and doc[j - 1].text not in {".", "\n"}
               for j in range(len(doc)) if j != k)


def _in_portfolio(doc: Doc, taken: list[int], prev: int) -> bool:
    """ "... for East Asian and Pacific Affairs X": "and" inside a portfolio, before any title word."""
    a = units.attrs(doc)
    return (
        (a.poss[prev] == "PROPN" or a.ents[prev] in {"NORP", "GPE"})
        and a.bares[taken[0]] in rules.words("departments")
        and not any(_head_title(doc, j) for j in taken)
    )


def _portfolio_list(doc: Doc, k: int) -> bool:
    """ "Minister of Youth, Sport and Culture X": before `k`, only capitalised words and commas back to "of" or
    "for" right after a title: a list of portfolios."""
    texts, lowers = units.words(doc).texts, units.words(doc).lowers
    j = k - 1
    while j > 0 and k - j <= 8 and (texts[j][:1].isupper() or texts[j] == ","):
        j -= 1
    return j > 0 and j < k - 1 and lowers[j] in {"of", "for"} and texts[j + 1][:1].isupper() and _head_title(doc, j - 1)


def _two_holders(doc: Doc, conj: int) -> bool:
    """ "The Deputy Secretary and Ambassador X discussed": "the ..." before "and" is another person."""
    j = conj - 1
    while j >= 0 and (is_title_word(doc[j]) or _is_head_title(doc[j]) or _capitalised_word(doc[j])):
        j -= 1
    # (not "Secretary of the Interior and Local Government X": that "the" begins the portfolio)
    return j < conj - 1 and j >= 0 and doc[j].lower_ == "the" and not (j > 0 and doc[j - 1].lower_ in {"of", "for"})


def _capitalised_word(tok: Token) -> bool:
    return tok.is_alpha and tok.text[:1].isupper() and not tok.is_sent_start


def _abbreviation(word: str) -> bool:
    """A courtesy or office abbreviation the tokenizer may split from its period ("Capt", "Ald"); `word` as bare."""
    return word in rules.words("honorifics") or word in rules.kinds("office_abbreviations")


def _title_entry(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens [start, end) begin a listed multi-word title ("chief of staff")."""
    if start < 0:
        return False
    bares = units.attrs(doc).bares
    phrase = " ".join(bares[i] for i in range(start, end))
    return any(entry == phrase or entry.startswith(phrase + " ") for entry in rules.words("titles"))


def _honorific_at(doc: Doc, i: int) -> bool:
    """Token `i` is a courtesy title or rank and no title noun ("Dr.", "Senator" is a title noun).

    A negative `i` counts from the end, as `doc[i]` does.
    """
    i %= len(doc)
    return units.attrs(doc).bares[i] in rules.words("honorifics") and not _head_title(doc, i)


def _trailing_rank(doc: Doc, i: int) -> bool:
    """A rank or courtesy title between the office and the name ("... Secretary Maj. Gen. X")."""
    word = units.attrs(doc).bares[i]
    if word not in rules.words("honorifics") or word in rules.kinds("office_abbreviations"):
        return False
    texts = units.words(doc).texts
    followed_by_dot = i + 1 < len(doc) and texts[i + 1] == "."
    if word not in rules.heads("titles") and word not in rules.words("titles"):
        return True  # "Minister of State Shri X", "Governor Alhaji X"
    return texts[i].endswith(".") or followed_by_dot or word in {"mr", "mrs", "ms", "dr", "sir", "miss", "prof"}


def _two_word_rank(doc: Doc, taken: list[int]) -> bool:
    """The last of `taken` ends a rank of two words ("Lieutenant General", "Major-General")."""
    lowers = units.words(doc).lowers
    ranks = rules.words("ranks")
    before = [i for i in taken[:-1] if lowers[i] not in HYPHENS]
    return lowers[taken[-1]] in ranks and bool(before) and (lowers[before[-1]] in ranks | RANK_MODIFIERS) and (
        units.words(doc).texts[before[-1]][:1].isupper())


def _np_tokens(head: Token) -> list[int]:
    """Tokens of a title noun phrase, without relative clauses and trailing appositions."""
    keep: list[int] = []

    def walk(tok: Token) -> None:
        keep.append(tok.i)
        for child in tok.children:
            if child.dep_ == "punct" and (child.text in HYPHENS or _list_comma(child, head)):
                walk(child)
                continue
            if child.dep_ == "appos" and tok.i == head.i and child.left_edge.i == head.i + 1 and (
                    _bare(head) in rules.words("title_modifiers") and _head_title(head.doc, child.i)):
                walk(child)  # "the deputy Lord Chamberlain": the parser may hang the title on "deputy" apart
                continue
            joint = tok.i == head.i and _joint_title(head)  # "president and CEO of Kessel Hydro": one office
            # "head of global sourcing at X": the noun after an adjective read as a participle
            misread = child.dep_ == "acl" and child.tag_ == "VBG" and child.i == tok.i + 1 and tok.pos_ == "ADJ"
            if child.dep_ in APPOSITION_STOP and not misread and not (
                child.dep_ in {"cc", "conj"} and (tok.i != head.i or joint)
            ):
                continue
            if child.dep_ == "det" and child.head.i == head.i:
                continue
            walk(child)

    walk(head)
    keep.sort()
    # Keep one contiguous run around the head.
    run = [head.i]
    for i in sorted(k for k in keep if k < head.i)[::-1]:
        if i == run[0] - 1:
            run.insert(0, i)
        else:
            break
    for i in sorted(k for k in keep if k > head.i):
        if i == run[-1] + 1:
            run.append(i)
        else:
            break
    doc = head.doc
    # "Vice-President of the Committee" parsed as three appositions: the modifier before the hyphen is the title's
    while run[0] >= 2 and doc[run[0] - 1].text in HYPHENS and not doc[run[0] - 2].whitespace_ and (
        not doc[run[0] - 1].whitespace_ and _bare(doc[run[0] - 2]) in rules.words("title_modifiers")
    ):
        run[:0] = [run[0] - 2, run[0] - 1]
        while run[0] >= 1 and doc[run[0] - 1].head.i == run[0] and doc[run[0] - 1].dep_ in {"amod", "compound"}:
            run.insert(0, run[0] - 1)  # "executive vice-president": the modifiers of the modifier too
    # "the president of the Kessel and Marrow Development Bank": one name with "and" inside.
    while len(run) > 1 and doc[run[-1]].lower_ in {"and", "&"}:
        run.pop()
    k = run[-1] + 1
    if run[-1] > head.i and doc[run[-1]].pos_ == "PROPN" and k + 1 < len(doc) and doc[k].lower_ in {"and", "&"}:
        j = k + 1
        while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper():
            j += 1
        if j > k + 1:
            run.extend(range(k, j))
    return run


def _joint_title(head: Token) -> bool:
    """ "president and CEO of X", "chairman and managing director of X": two titles of one person.

    Evidence: "and" right after the title word, a bare title word conjoined (no determiner),
    and an "of" phrase of the first title written after the second.
    """
    kids = list(head.children)
    conj = [c for c in kids if c.dep_ == "conj"]
    if len(conj) != 1 or not is_title_word(conj[0]) or any(c.dep_ == "det" for c in conj[0].children):
        return False
    if head.i + 1 >= len(head.doc) or head.doc[head.i + 1].lower_ not in {"and", "&"}:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" and c.i > conj[0].i for c in kids)


def _list_comma(comma: Token, head: Token) -> bool:
    """ "minister for housing, transport and parks": a comma between conjuncts of the body."""
    owner = comma.head
    if comma.text != "," or owner.i == head.i or owner.i < head.i:
        return False
    conjs = [c for c in owner.children if c.dep_ == "conj" and c.i > comma.i]
    for conj in conjs:  # "for gender, sports, culture and social services": each conjunct hangs on the one before
        conjs.extend(c for c in conj.children if c.dep_ == "conj")
    linked = [owner, *conjs]
    return bool(conjs) and any(c.dep_ == "cc" and c.i > comma.i for t in linked for c in t.children)


def _is_title_np(tok: Token, people: People) -> bool:
    return _title_np(tok.doc, people, tok.i)


def _title_np(doc: Doc, people: People, i: int) -> bool:
    """Token `i` heads a title phrase that is nobody's name ("the mayor"); `_is_title_np` by number."""
    return _head_title(doc, i) and not people.mention_on(i) and units.attrs(doc).poss[i] in {"NOUN", "PROPN"}


@cache
def _other_title_heads() -> frozenset[str]:
    """Words that end an office label without being a listed title's head ("Council Member", "Politburo member")."""
    return frozenset(e.split()[-1] for e in rules.words("compound_titles")) | rules.words("body_titles")


def _office(people: People, ref: str, label: str, former: bool, start: int, end: int) -> Office | None:
    label = " ".join(label.split()).strip(" ,;:")
    doc = people.doc
    if label[:3] in {"'s ", "’s "}:  # "Kessel's acting minister A", the owner not read as a place: put it back
        mark = next((k for k in (start, start - 1) if 0 < k < len(doc) and doc[k].lower_ in {"'s", "’s"}), None)
        label = label[3:]
        owner = doc[mark - 1] if mark is not None else None
        if owner is not None and owner.text[:1].isupper() and not people.refs_at(owner):
            label, start = f"{label} of {owner.text}", owner.i
    if not _names_an_office(label):
        return None
    label = _place_named_before(doc, people, label, start)
    label = _ministry_in_sentence(doc, label, start)
    if _acronym_after(doc, end) and label.split()[-1] == doc[end - 1].text:
        # "president of the National Rowing Committee (NRC)": the body's short name belongs to the office,
        # which is how readers and queries often know it
        label, end = f"{label} ({doc[end + 1].text})", end + 3
    begin, finish = units.span_chars(doc, max(0, start), min(len(doc), end))
    return Office(ref, label, TextSpan(begin, finish, units.text(doc)[begin:finish]), former)


PLACE_OWNERS = frozenset({"city", "town", "village", "municipality", "capital", "port", "county", "province",
                          "region", "district", "borough", "country", "nation", "island"})
NATION_OWNERS = frozenset({"country", "nation"})
# "mayor of Kessel" says it all
NAMELESS_OWNERS = frozenset({"city", "town", "country", "nation", "municipality", "island"})


def _place_named_before(doc: Doc, people: People, label: str, start: int) -> str:
    """ "held talks in Kessel with the city's mayor, A": "mayor of the city" is the mayor of Kessel, the
    last place named before in the paragraph (a country for "the country's", a city for "the city's")."""
    words = label.split()
    if len(words) < 4 or words[-3:-1] != ["of", "the"] or words[-1].lower() not in PLACE_OWNERS:
        return label
    nation = words[-1].lower() in NATION_OWNERS
    paragraph = units.paragraph_of(doc)
    countries = rules.words("countries")
    sent_of = units.index(doc)
    for k in range(start - 1, -1, -1):
        if paragraph[k] != paragraph[start] or sent_of[k] < sent_of[start] - 2:
            break
        tok = doc[k]
        # ("the harbour on Gotland ... the island's mayor": an island is named after "on", whatever the recogniser says)
        isle = words[-1].lower() == "island" and tok.ent_type_ in {"LOC", "ORG"} and tok.head.lower_ == "on"
        if tok.ent_type_ != "GPE" and not isle or tok.ent_iob_ != "B" or people.mention_at(tok):
            continue
        ent = next(e for e in doc.ents if e.start == k)
        if (ent.text.lower() in countries) != nation:
            continue
        if words[-1].lower() in NAMELESS_OWNERS:
            return " ".join(words[:-2] + [ent.text])
        return f"{label} of {ent.text}"  # "acting director of the port of Kessel": the port is the body
    return label


def _ministry_in_sentence(doc: Doc, label: str, start: int) -> str:
    """ "was received at the Ministry of Commerce by the minister, A": a bare "minister" heads the ministry its
    sentence names (one ministry only); else the one ministry named in its paragraph or the one before
    ("is paid by the Ministry of Culture ... had lunch with the minister, A")."""
    if label.lower() not in {"minister", "the minister"}:
        return label
    lo, hi = units.unit_bounds(doc, start)
    paragraph = units.paragraph_of(doc)
    first = lo
    while first > 0 and paragraph[first - 1] >= paragraph[start] - 1:
        first -= 1
    texts = units.words(doc).texts
    named: list[tuple[int, str]] = []  # (where, "of Culture and Heritage")
    for k in range(first, hi - 2):
        if texts[k] == "Ministry" and texts[k + 1] in {"of", "for"} and texts[k + 2][:1].isupper():
            j = k + 2
            while j < hi and (texts[j][:1].isupper() or (
                    texts[j] in {"and", "&"} and j + 1 < hi and texts[j + 1][:1].isupper())):
                j += 1
            named.append((k, units.span_text(doc, k + 1, j)))
    for found in ({n for k, n in named if k >= lo}, {n for _, n in named}):
        if found:
            return f"{label.split()[-1]} {found.pop()}" if len(found) == 1 else label
    return label


def _acronym_after(doc: Doc, end: int) -> bool:
    """Tokens from `end` are "(", an upper-case short name of two to eight letters, ")"."""
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return False
    word = doc[end + 1].text
    return 2 <= len(word) <= 8 and word.isalpha() and word.isupper()


@lru_cache(maxsize=4096)
def _names_an_office(label: str) -> bool:
    """A label with a title word in it, and more than courtesy titles (kept: the same labels come back)."""
    compound = _other_title_heads()
    if not label or not any(
        _bare_word(w) in rules.heads("titles") or _bare_word(w) in compound for w in label.replace("-", " ").split()
    ):
        return False
    words = [_bare_word(w) for w in label.split()]
    # "Chief X", "Prince Y": a courtesy title, unless it names a body ("Chief of Z") or is written small, as a
    # job ("captain X" of a team, not "Captain X" of a ship)
    small_job = label.islower() and all(w in rules.words("titles") for w in words)
    # "Captain X" leads a team as often as a ship's crew: an office either way (not "Capt.", a military rank)
    captain = words == ["captain"]
    if words in (["professor"], ["prof"]) and not label.islower():
        return False  # "Prof A", "Professor A": an academic rank used as a courtesy title, not a post
    if len(words) == 2 and words[1] in {"director", "directors"} and country_word(words[0]):
        return False  # "the Brazilian director A": a film-maker, no post (a director heads something "of" it)
    return " of " in f" {label.lower()} " or small_job or captain or not all(
        w in rules.words("honorifics") or w in STYLES for w in words)  # ("Royal Highness Prince")


def _bare_word(word: str) -> str:
    return rules.bare(word.strip("()[],.;:'’"))


def _appositions(doc: Doc, people: People, head: Token, ref: str, title: list[int]) -> list[Office]:
    """ "X, the director of Y," and "Norway's Prime Minister, X"; `title`: the name's `_title_before`."""
    found = []
    deps = units.attrs(doc).deps
    w = units.words(doc)
    texts = w.texts
    nps: list[Token] = [
        doc[c] for c in units.children(doc)[head.i] if deps[c] == "appos" and _title_np(doc, people, c)
        and not any(d.lower_ == "whose" for d in doc[c].children)  # "A, whose deputy, B,": B's title
    ]
    mention = people.mention_at(head)
    start = mention.start if mention else head.i
    end = mention.end if mention else head.i + 1
    while start > 0 and (_honorific_at(doc, start - 1) or (texts[start - 1] == "." and _honorific_at(doc, start - 2))):
        start -= 1  # "Norland's foreign minister, Dr. X,": the courtesy title stands between
    if start > 2 and w.lowers[start - 2] == "the" and texts[start - 3] == "," and country_word(texts[start - 1]) \
            and texts[start - 1][:1].isupper():
        start -= 2  # "the vice president of the federation, the Italian X,": a nationality stands between
    if mention is not None:
        start = _past_title_before(doc, title, start)
    if start > 1 and w.lowers[start - 1] == "the" and start < head.i and _honorific_at(doc, start):
        start -= 1  # "The Minister for Defence, the Hon A. Name,": "the" before a courtesy title
    lead = start
    flags = title_flags(doc)
    retired = rules.words("retired_marks")
    while lead > 1 and (texts[lead - 1].lower() in retired or texts[lead - 1][:1].isupper() and (
        flags[lead - 1] or (lead < len(doc) and flags[lead])  # "Air Marshal"
    ) or (texts[lead - 1] in HYPHENS and texts[lead - 2][:1].isupper() and flags[lead])):  # "Vice-Admiral"
        lead -= 1  # "the PHF President, Air Marshal (Retd) A,": a rank stands between too
    if lead < start and texts[lead - 1] == ",":
        start = lead
    comma_before = start > 0 and texts[start - 1] == ","
    if head.dep_ == "appos" and not people.refs_at(head.head) and comma_before and head.head.i < head.i and (
        _right_after(doc, head.head, start)
    ):
        first = head.head
        while _is_title_np(first, people) and first.dep_ == "pobj" and first.head.lower_ in {"of", "for"} and (
                _is_title_np(first.head.head, people)):
            first = first.head.head  # "the Minister for Justice, A": the parser hung A on the portfolio
        if _is_title_np(first, people):
            nps.append(first)
        nps.extend(c for c in head.head.children if c.dep_ == "appos" and c.i != head.i and _is_title_np(c, people))
        while _second_of_two_titles(doc, people, first):
            first = first.head  # "The Deputy Prime Minister and Minister of Foreign Affairs, Hon. X": both are X's
            nps.append(first)
    # "X, pastor of A Church and chairman of the B Committee,": two offices, each with its own body
    nps += [c for np in nps for c in np.children if c.dep_ == "conj" and _title_np(doc, people, c.i)
            and any(p.dep_ == "prep" and p.lower_ in {"of", "for"} for p in c.children) and not _joint_title(np)
            and not any(d.dep_ in {"det", "poss", "appos"} for d in c.children)]  # ("and the chairman of B, Y")
    titled = bool(title) or bool(_apposition_before(doc, people, ref, start, end))
    for np in nps:
        indices = _np_tokens(np)
        gap = range(end, min(indices)) if np.i > head.i else range(max(indices) + 1, start)
        if any(texts[k] == ";" for k in gap):
            continue  # "A, chief of X; Norland's minister, B; and C": a semicolon ends A's item of the list
        if np.i > head.i:
            indices = _comma_body(doc, people, _to_closing_comma(doc, people, indices))
            if titled and _next_holder(doc, people, indices[-1] + 1):
                continue  # "the President, A, the team manager, B, and ...": the manager is B
        elif (body := _comma_body(doc, people, indices)) != indices and body[-1] + 2 == start:
            indices = body  # "the Secretary, Ministry of Roads, A": a readout's body between title and name
        label, former = _label(doc, _past_coholder(doc, people, indices))
        label = _with_its_body(doc, people, np, label)
        office = _office(people, ref, label, former, indices[0], indices[-1] + 1)
        if office:
            found.append(office)
    before_name = any(o.evidence.end <= w.starts[start] for o in found)
    if found:
        wider = _apposition_before(doc, people, ref, start, end)
        if before_name:  # "the Chief of Staff to the President, A": the parser hung "to" elsewhere
            # ("the commission's vice-chairwoman, A": the parser hung the possessive on "vice")
            return [next((o for o in wider if o.label.endswith((f" to {f.label}", f" to the {f.label}"))
                          or o.label.startswith(f"{f.label} of ")), f) for f in found]
        return found + wider
    # The small parser misses some appositions: ", the minister of X," right after the name.
    if end + 3 < len(doc) and texts[end] == "," and doc[end + 1].like_num and texts[end + 2] == ",":
        end += 2  # "X, 54, the minister of Y"
    # (", at the Office of the Prime Minister": a place, not a noun phrase of its own;
    # ", and the defence minister, Y,": the next person in a list, not an apposition)
    if end + 1 < len(doc) and texts[end] == "," and units.attrs(doc).poss[end + 1] not in {"ADP", "CCONJ"} \
            and w.lowers[end + 1] != "whose":
        poss = units.attrs(doc).poss
        k = end + 1
        indices = []
        while k < len(doc) and k < end + 14 and texts[k] not in {",", ".", ";", ":", "(", "—", "–"}:
            if poss[k] in {"VERB", "AUX", "PRON"} or people.mention_on(k):
                indices = []
                break
            indices.append(k)
            k += 1
        if indices and any(_head_title(doc, i) for i in _open_to_titles(doc, indices)) and not (
                titled and _next_holder(doc, people, k)):
            label, former = _label(doc, _comma_body(doc, people, indices))
            office = _office(people, ref, label, former, indices[0], indices[-1] + 1)
            if office:
                return [office]
    return found + _apposition_before(doc, people, ref, start, end)


OFFICE_PREPOSITIONS = frozenset({"of", "for", "to", "at", "in", "on"})


def _past_coholder(doc: Doc, people: People, indices: list[int]) -> list[int]:
    """ "A and Kessel Motors' personnel director, B": the possessor that is a person is no part of the body."""
    cut = [k for k, i in enumerate(indices) if doc[i].lower_ == "and"
           and any((m := people.mention_on(j)) and m.kind == "name" for j in indices[:k])
           and any(doc[j].text in POSSESSIVE for j in indices[k:])]
    return indices[cut[-1] + 1:] if cut else indices


def _open_to_titles(doc: Doc, indices: list[int]) -> list[int]:
    """The tokens of a phrase where a title can stand: not after a preposition no office takes ("the first such
    visit by a bishop"), until "and" begins another noun ("a doctor from Bo and a member of X")."""
    poss, lowers = units.attrs(doc).poss, units.words(doc).lowers
    out, blocked = [], False
    for i in indices:
        if poss[i] == "ADP" and lowers[i] not in OFFICE_PREPOSITIONS:
            blocked = True
        elif poss[i] == "CCONJ":
            blocked = False
        elif not blocked:
            out.append(i)
    return out


def _right_after(doc: Doc, title: Token, start: int) -> bool:
    """The name starting at token `start` is apposed to the title, not to a noun conjoined in between: not "the
    host, Norway's Foreign Minister, A, and the observer, Mr. B", where the parser hangs B on the minister."""
    if start < 2 or doc[start - 1].text != ",":
        return True
    noun = doc[start - 2]  # the noun before the name's comma: another person's, conjoined after the first name
    return not (noun.pos_ == "NOUN" and noun.dep_ == "conj" and noun.i > title.i
                and any(c.dep_ == "det" for c in noun.children))


def _second_of_two_titles(doc: Doc, people: People, title: Token) -> bool:
    """ "Deputy Prime Minister and Minister of X": `title` is the second of two titles of one person, joined
    by "and" right after a first one with a modifier of its own (not the bare "president" of "the president
    and chief executive of X", one office with its body; not a list of holders)."""
    first = title.head
    return title.dep_ == "conj" and first.i < title.i and _is_title_np(first, people) and not any(
        c.dep_ == "det" for c in title.children
    ) and any(c.dep_ in {"compound", "amod"} for c in first.children) and (
        title.left_edge.i >= 2 and doc[title.left_edge.i - 1].lower_ == "and" and title.left_edge.i - 2 == first.i
    )


def _next_holder(doc: Doc, people: People, comma: int) -> bool:
    """ "…, the team manager, Brig B,": a name (after its courtesy title or rank) right after the comma."""
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return False
    k = comma + 1
    while k < len(doc) and k < comma + 5 and not people.mention_on(k) and (
        _honorific_at(doc, k) or doc[k].text == "." or doc[k].lower_ in rules.words("retired_marks")
        or (title_flags(doc)[k] and doc[k].text[:1].isupper())  # a rank: "Brig", "Air Marshal"
    ):
        k += 1
    mention = people.mention_on(k)
    return mention is not None and mention.kind == "name" and mention.start == k


def _with_its_body(doc: Doc, people: People, title: Token, label: str, owner: Token | None = None) -> str:
    """ "a delegation from the port of Marrow, led by its director": "its" is the organisation just named.

    In the sentence, or when it names none, the sentence before in the same paragraph ("The X Youth Association
    has rejected the plan. Its chairman, Mr A, said ..."); "the association's chairman" is the association named
    before with that word."""
    # ("Its co-leader": the parser may hang "Its" on the prefix before the hyphen)
    prefixed = [doc[title.i - 2]] if title.i >= 2 and doc[title.i - 1].text in HYPHENS else []
    owners = [c for h in [title, *prefixed] for c in h.children
              if c.dep_ == "poss" and c.lower_ in {"its", "their", "whose"}]
    if owner is not None and not owners:
        owners = [owner]  # "led by its chairman A": the parser hangs "its" on the name
    org_words = rules.words("org_words")
    named = [c for c in title.children if c.dep_ == "poss" and c.pos_ == "NOUN" and c.text.islower()
             and _bare(c) in org_words and any(d.lower_ == "the" for d in c.children)]
    if not named:  # "the chief executive of the hospital", told after "the Kessel General Hospital"
        named = [o for p in title.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                 if o.dep_ == "pobj" and o.pos_ == "NOUN" and o.text.islower() and _bare(o) in org_words
                 and [d.lower_ for d in o.children] == ["the"]]
    if named and label.endswith(f" of the {named[0].text}"):
        return _of_body_told_before(doc, people, named[0], label)
    if not owners or " of " in f" {label} ":
        return label
    sent_start = title.sent.start
    steps = range(owners[0].i - 1, max(sent_start, owners[0].i - 16) - 1, -1)
    if owners[0].lower_ == "whose":
        # "the Kessel Congress, whose leader, A,": the noun the clause hangs on, and nothing further back
        # (the word before the comma: the parser may hang the clause on another noun)
        w = owners[0].i
        steps = range(w - 2, w - 3, -1) if w >= 2 and doc[w - 1].text == "," else range(0)
    for k in steps:
        tok = doc[k]
        if tok.pos_ not in {"NOUN", "PROPN"} or tok.dep_ == "compound" or people.mention_at(tok):
            continue
        if _bare(tok) in rules.words("delegation_nouns") and (
                named_by := [c.i for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]):
            return f"{label} of {_text(doc, named_by)}"  # "The KMA delegation was led by its President, A"
        if tok.dep_ == "pobj" and tok.head.lower_ == "on" and tok.ent_type_ != "ORG":
            continue  # "the headquarters of the Association on Kessel Street, where its president": no street's
        if tok.ent_type_ == "GPE" and _bare(title) in rules.words("town_titles"):
            while tok.dep_ == "appos" and tok.head.ent_type_ == "GPE" and tok.head.i < tok.i:
                tok = tok.head  # "a delegation from Kessel, Norland, led by its mayor": the town, not the country
            ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
            return f"{label} of {ent.text if ent is not None else tok.text}"
        if _bare(tok) in org_words or tok.ent_type_ == "ORG":
            indices = _np_tokens(tok)
            dets = [c.i for c in tok.children if c.dep_ == "det" and c.i < indices[0]]
            ent = next((e for e in doc.ents if e.label_ == "ORG" and e.start <= tok.i < e.end), None)
            if ent is not None and ent.start < indices[0] and indices[-1] < ent.end:
                # "the Chamber of Commerce and Industry, led by its president": the whole name, not "Industry"
                indices = [j for j in range(ent.start, ent.end) if doc[j].lower_ != "the"]
                if doc[indices[-1]].lower_ in {"and", "&"} and indices[-1] + 1 < len(doc) \
                        and doc[indices[-1] + 1].pos_ == "PROPN":
                    indices.append(indices[-1] + 1)  # (the recogniser may stop the name at its "and")
                dets = [ent.start] if doc[ent.start].lower_ == "the" else (
                    [ent.start - 1] if ent.start > 0 and doc[ent.start - 1].lower_ == "the" else [])
            body = _text(doc, dets + indices)
            return f"{label} of {body[0].lower() + body[1:] if dets else body}"
    if owners[0].i == sent_start or doc[owners[0].i - 1].is_punct and owners[0].i - 1 == sent_start:
        body = _body_told_before(doc, people, sent_start, None, units.index(doc)[sent_start] - 1)
        return f"{label} of {body}" if body else label
    return label


def _of_body_told_before(doc: Doc, people: People, noun: Token, label: str) -> str:
    """ "chairwoman of the commission" as "chairwoman of the Kessel Electoral Commission" named before, if any."""
    body = _body_told_before(doc, people, noun.i, _bare(noun), 0)
    return f"{label.removesuffix(f' of the {noun.text}')} of {body}" if body else label


def _body_told_before(doc: Doc, people: People, before: int, word: str | None, first_sentence: int) -> str | None:
    """The last organisation named by its capitalised name before token `before`, from sentence `first_sentence`
    on: in the same paragraph, or, ending in `word`, anywhere before ("the association" is the X Association)."""
    paragraph = units.paragraph_of(doc)
    start = units.bounds(doc)[max(first_sentence, 0)][0]
    org_words = rules.words("org_words")
    for k in range(before - 1, start - 1, -1):
        tok = doc[k]
        # ("Kumla prison ... the prison's governor": a common noun after the place's name, when asked for)
        named_place = word is not None and _bare(tok) == word and tok.pos_ == "NOUN" and k > 0 and (
            doc[k - 1].pos_ == "PROPN" and doc[k - 1].text[:1].isupper() and not people.mention_on(k - 1))
        if not named_place and (
                (paragraph[k] != paragraph[before] and not word) or tok.pos_ != "PROPN" or not tok.text[:1].isupper()):
            continue
        if people.mention_at(tok) or tok.dep_ == "compound":
            continue
        if (_bare(tok) == word) if word else (_bare(tok) in org_words):
            indices = [i for i in _np_tokens(tok) if doc[i].pos_ == "PROPN" or doc[i].text in POSSESSIVE]
            if named_place:
                first = k - 1
                while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].text[:1].isupper() and (
                        not people.mention_on(first - 1)) and k - first < 4:
                    first -= 1  # "Mount Eden prison"
                indices = list(range(first, k + 1))
            while indices and doc[indices[-1]].text in POSSESSIVE:
                indices.pop()  # "Kessel City Council's transport chief": the council
            if len(indices) >= 2:
                return _text(doc, indices)
        elif not word and any(c.dep_ == "appos" and _bare(c) in org_words and c.i > k for c in tok.children):
            return tok.text  # "Herut, the nationalist party which won 15 seats, ... Its leader, A,": the name
    return None


APPOSITION_TAIL_PREPOSITIONS = {"to", "for", "of", "at", "on"}
APPOSITION_TAIL_POS = {"ADP", "DET", "PROPN", "NOUN", "ADJ", "CCONJ", "PART", "NUM"}


def _to_closing_comma(doc: Doc, people: People, indices: list[int]) -> list[int]:
    """ "X, Ambassador of Norland to the Republic of Kessel,": the parser hangs "to ..." elsewhere.

    Between commas an apposition is one phrase, so a prepositional tail up to the
    closing comma still belongs to the office.
    """
    k = indices[-1] + 1
    if k >= len(doc):
        return indices
    named = _bare(doc[indices[-1]]) in rules.words("org_words") and doc[k].pos_ == "PROPN" and doc[k].is_title
    if doc[k].lower_ not in APPOSITION_TAIL_PREPOSITIONS and not named:
        return indices  # "president of the mining company Kessel Ores": the company's name
    tail = []
    while k < len(doc) and doc[k].text not in {",", ";", ":", "(", "—", "–"}:
        tok = doc[k]
        particle = _bare(tok) in rules.words("name_particles")
        if (tok.pos_ not in APPOSITION_TAIL_POS and not particle) or people.mention_at(tok) or len(tail) >= 8:
            return indices
        if "\n" in tok.text:
            return indices
        tail.append(k)
        k += 1
    if k >= len(doc) or doc[k].text != ",":
        return indices  # the sentence goes on: "to" may be the verb's
    return indices + tail


def _comma_body(doc: Doc, people: People, indices: list[int]) -> list[int]:
    """ "X, Chief of Staff, Kessel Maritime Force (KMF), said": a readout writes the body after a comma.

    Only a capitalised run with an organisation word or an acronym in brackets, up to the comma or
    full stop that closes the apposition.
    """
    w = units.words(doc)
    texts = w.texts
    k = indices[-1] + 1
    if k + 1 >= len(doc) or texts[k] != ",":
        return indices
    run = []
    j = k + 1
    links = {"of", "and", "&", "the"}
    while j < len(doc) and (texts[j][:1].isupper() or texts[j] in HYPHENS or w.lowers[j] in links) and (
            not people.mention_on(j)) and len(run) < 12 and "\n" not in texts[j]:
        run.append(j)
        j += 1
    if len(run) < 2 or not texts[run[-1]][:1].isupper():
        return indices
    acronym = j + 2 < len(doc) and texts[j] == "(" and texts[j + 1].isupper() and texts[j + 2] == ")"
    org = any(_bare(doc[i]) in rules.words("org_words") for i in run)
    if not (acronym or org):
        return indices
    close = j + 3 if acronym else j
    if close >= len(doc) or texts[close] not in {",", ".", ";"}:
        return indices  # the sentence goes on: no apposition's end
    return indices + [k] + run + ([j, j + 1, j + 2] if acronym else [])


def _apposition_before(doc: Doc, people: People, ref: str, start: int, end: int) -> list[Office]:
    """ "Spain's secretary of state for trade, X," before the name (the parser often misses it)."""
    texts = units.words(doc).texts
    poss = units.attrs(doc).poss
    comma_before = start > 0 and texts[start - 1] == ","
    closed = end < len(doc) and texts[end] in {",", ".", ";"}
    if not (comma_before and closed and start >= 2):
        return []
    k = start - 2
    indices: list[int] = []
    modifiers, bares = rules.words("title_modifiers"), units.attrs(doc).bares
    while k >= max(0, start - 14):
        verb = poss[k] in {"VERB", "AUX", "PRON"} and bares[k] not in modifiers  # "acting" is tagged VERB
        mention = people.mention_on(k)
        if mention is not None and not indices:
            # "A spokeswoman for Ms X, A, said": the person the office is for, inside the title
            j = mention.start - 1
            while j > 0 and _honorific_at(doc, j) or (j > 0 and texts[j] == "."):
                j -= 1
            if j > 0 and texts[j] == "for" and _head_title(doc, j - 1):
                indices = list(range(j, k + 1))
                k = j - 1
                continue
        if verb or texts[k] in {",", ".", ";", ":"} or mention is not None:
            break
        if texts[k] in {"and", "or"} and poss[k + 1] == "DET" and any(_head_title(doc, i) for i in indices):
            break  # "the minister and the acting director-general, X": X is the second
        indices.insert(0, k)
        k -= 1
    heads = [n for n, i in enumerate(indices) if _head_title(doc, i)]
    if not heads:
        return []
    first = heads[0]
    while first > 0 and poss[indices[first - 1]] not in {"DET", "ADP"}:
        first -= 1  # "Norland's deputy trade minister": the words before the title noun
    indices = indices[first:]
    label, former = _label(doc, indices)
    told = [i for i in indices if i + 1 < len(doc) and texts[i + 1] in POSSESSIVE and texts[i].islower()
            and bares[i] in rules.words("org_words") and label.endswith(f" of the {texts[i]}")]
    if told:  # "according to the commission's vice-chairwoman, A,": the commission named before
        label = _of_body_told_before(doc, people, doc[told[0]], label)
    office = _office(people, ref, label, former, indices[0], indices[-1] + 1)
    return [office] if office else []


def _past_title_before(doc: Doc, before: list[int], start: int) -> int:
    """ "the party's housing spokeswoman, Senator X,": a title right after the comma stands between too.

    `before` is the title written right before the name (`_title_before`).
    """
    if before and before[0] > 0 and before[0] < start and doc[before[0] - 1].text == ",":
        return before[0]
    return start


def _after_name_body(doc: Doc, people: People, mention: Mention) -> str:
    """ "Prime Minister X of Finland": the body written after the name."""
    k = mention.end
    det = ""
    if k + 2 < len(doc) and doc[k].lower_ == "of" and doc[k + 1].lower_ == "the" and doc[k + 2].text[:1].isupper():
        k += 1  # "Chief X of the Kessel River Nation"
        det = "the "
    if k + 1 < len(doc) and (doc[k].lower_ == "of" or det) and doc[k + 1].text[:1].isupper():
        j = _proper_run(doc, people, k + 1)
        if j > k + 1 and (doc[k + 1].ent_type_ in {"GPE", "ORG", "NORP", ""}):
            while j + 1 < len(doc) and doc[j].lower_ == "of":
                nxt = j + 2 if doc[j + 1].lower_ == "the" else j + 1
                end = _proper_run(doc, people, nxt)
                if end == nxt:
                    break
                j = end  # "of the Embassy of Norland": the body's own "of" phrase
            return det + doc[k + 1 : j].text
    return ""


def _proper_run(doc: Doc, people: People, k: int) -> int:
    """End of the capitalised proper nouns from k on that are no one's name."""
    while k < len(doc) and doc[k].text[:1].isupper() and doc[k].pos_ == "PROPN" and not people.mention_at(doc[k]):
        k += 1
    return k


def from_names(doc: Doc, people: People) -> list[Office]:
    """Offices written next to a name: before it, in apposition, "of Finland" after it."""
    found: list[Office] = []
    for mention in list(people.mentions):
        if mention.kind != "name":
            continue
        ref = mention.refs[0]
        before = _title_before(doc, people, mention)
        if before:
            label, former = _label(doc, before)
            body = _after_name_body(doc, people, mention)
            if body and " of " not in label:
                label = f"{label} of {body}"
            if before[0] > 0 and doc[before[0] - 1].lower_ in {"its", "their"}:
                # "the delegation of the X Association, led by its chairman A": the body just named
                label = _with_its_body(doc, people, doc[before[-1]], label, doc[before[0] - 1])
            label = _bare_body_named_before(doc, people, before, label)
            office = _office(people, ref, label, former, before[0], mention.end)
            if office:
                found.append(office)
        else:
            plural = _plural_title_before(doc, mention)
            if plural is not None:
                found.extend(_plural_title_list(doc, people, mention, plural))
        head = doc[units.span_root(doc, mention.start, mention.end)]
        found.extend(_appositions(doc, people, head, ref, before))
        found.extend(_line_below(doc, people, mention, ref))
        found.extend(_title_before_brackets(doc, people, mention, ref))
        found.extend(_role_before_colon(doc, people, mention, ref))
    return found


def _bare_body_named_before(doc: Doc, people: People, before: list[int], label: str) -> str:
    """ "Commission chairman A", told after "the Kessel Electoral Commission": the body named before in
    full, when the title opens with its bare head word ("party secretary-general A" after "the Unity Party")."""
    first = doc[before[0]]
    if len(before) < 2 or not (first.text.istitle() or first.text.islower()) or _is_head_title(first) \
            or _bare(first) not in rules.words("org_words") or not label.startswith(first.text + " "):
        return label
    body = _body_told_before(doc, people, first.i, _bare(first), 0)
    return f"{label[len(first.text) + 1:]} of the {body}" if body else label


def _role_before_colon(doc: Doc, people: People, mention: Mention, ref: str) -> list[Office]:
    """ "TRANSCRIPT - Morning Drive. Presenter: Kath Dunleavy.": a programme's credits give each named
    person's role as one title word and a colon before the name."""
    k = mention.start
    if k < 2 or doc[k - 1].text != ":" or not _is_head_title(doc[k - 2]) or doc[k - 2].text.isupper() or (
        people.mention_on(k - 2)
    ):
        return []
    if k > 2 and not (doc[k - 3].is_punct or "\n" in doc[k - 3].text or doc[k - 3].is_space):
        return []  # ("The Foreign Minister: A Name" is a headline, not a credit)
    office = _office(people, ref, doc[k - 2].text, False, k - 2, mention.end)
    return [office] if office else []


def _title_before_brackets(doc: Doc, people: People, mention: Mention, ref: str) -> list[Office]:
    """ "The Minister for Commerce (Mr. J. F. Name) received ...": the older style names the holder of the
    title just written in brackets after it."""
    start = mention.start
    while start > 0 and _honorific_at(doc, start - 1):
        start -= 1
    if start < 2 or doc[start - 1].text != "(" or mention.end >= len(doc) or doc[mention.end].text != ")":
        return []
    top = doc[start - 2]  # the title's last word; up to the title word its phrase hangs on
    while top.dep_ in {"pobj", "prep", "compound", "amod", "poss", "case", "conj"} and top.head.i < start - 1 \
            and top.head.i != top.i and not _title_np(doc, people, top.i):
        top = top.head
    if not _title_np(doc, people, top.i):
        return []
    indices = [k for k in _np_tokens(top) if k < start - 1]
    if not indices:
        return []
    label, former = _label(doc, indices)
    office = _office(people, ref, label, former, indices[0], mention.end)
    return [office] if office else []


def _plural_head(word: str) -> str | None:
    """ "Ministers" -> "Minister", "Secretaries" -> "Secretary": the singular of a plural title word."""
    low = word.lower()
    heads = rules.heads("titles")
    if low.endswith("ies") and low[:-3] + "y" in heads:
        return word[:-3] + "y"
    if low.endswith("s") and low[:-1] in heads:
        return word[:-1]
    return None


def _plural_title_before(doc: Doc, mention: Mention) -> int | None:
    """The plural title word a list of holders starts after, if any.

    Right before the name ("Foreign Ministers A of X, ..."), or before a comma with only
    lower-case words between ("the defence ministers of the two countries, A of X and B of Y").
    """
    k = mention.start - 1
    if k >= 0 and _plural_head(doc[k].text):
        return k
    if k > 2 and doc[k].text in POSSESSIVE and doc[k - 1].pos_ == "PROPN" and doc[k - 2].text == ",":
        k -= 2  # "the foreign ministers, Norway's A and Sweden's B"
    if k < 1 or doc[k].text not in {",", *DASHES}:
        return None
    named_body = False  # "the health secretaries of Kessel, Norland and Lomm – A, B and C"
    for j in range(k - 1, max(-1, k - 11), -1):
        if _plural_head(doc[j].text) and doc[j].is_lower:
            left = doc[j].left_edge.i
            if named_body and (doc[j + 1].lower_ != "of" or doc[j + 2].lower_ == "the"):
                return None  # (places are named without "the"; "leaders of the X Union, Y" lists bodies)
            # "the president of the board of directors, A": the plural is the body's, A is no director
            return j if left == 0 or doc[left - 1].lower_ != "of" else None
        # (after a comma, only "of Kessel and Norland, A and B": "leaders of X, Y and the Z, A" is a list of bodies)
        if (doc[j].pos_ == "PROPN" and doc[j].ent_type_ != "PERSON") or (named_body and (
                doc[j].lower_ in PLACE_PARTICLES or doc[j].text == "and"
                or (doc[j].text == "," and doc[k].text in DASHES))):
            named_body = True
            continue
        if not (doc[j].is_lower or doc[j].like_num) or (j < k - 7 and not named_body):
            return None
    return None


PLACE_PARTICLES = {"de", "del", "da", "do", "dos", "das", "la", "le", "el"}  # "Rio de Janeiro", "Mar del Plata"


def _respective_places(doc: Doc, k: int, first: Mention) -> list[str]:
    """ "the health secretaries of Kessel, Norland and Lomm – A, B and C": the places listed after the plural,
    one per holder in the order written (empty unless they are all proper names)."""
    if k + 1 >= first.start or doc[k + 1].lower_ != "of":
        return []
    places, run = [], []
    for t in doc[k + 2 : first.start - 1]:
        if t.text in {",", "and"}:
            if run:
                places.append(" ".join(run))
            run = []
        elif t.pos_ == "PROPN" or t.is_title or (run and t.lower_ in PLACE_PARTICLES):
            run.append(t.text)  # ("Rio de Janeiro")
        else:
            return []
    return [*places, " ".join(run)] if run else places


def _listed_after(doc: Doc, people: People, holder: Mention) -> Mention | None:
    """The next name in a list of names with their places: "A of X, B of Y and C of Z"."""
    j = holder.end
    if j + 1 < len(doc) and doc[j].lower_ == "of":
        j = _proper_run(doc, people, j + 1)
    while j < len(doc) and doc[j].text in {",", "and"}:
        j += 1
    mention = people.mention_at(doc[j]) if j < len(doc) and j > holder.end else None
    return mention if mention is not None and mention.kind == "name" and mention.start == j else None


def _plural_title_list(doc: Doc, people: People, first: Mention, k: int) -> list[Office]:
    """ "Foreign Ministers A of Mexico, B of Peru and C of Chile": each holds "Foreign Minister of ...".

    `k` is the plural title word: right before the first name, or the noun the names are in
    apposition with ("the defence ministers of the two countries, A of X and B of Y"). The
    holders are the names apposed or conjoined to the first one, each with the body written
    after it.
    """
    start = k
    if k < first.start - 1:  # the apposition: the words that modify the plural noun
        while start > 0 and doc[start - 1].head.i == k and doc[start - 1].dep_ in {"compound", "amod"}:
            start -= 1
    while k == first.start - 1 and start > 0 and (is_title_word(doc[start - 1]) or doc[start - 1].pos_ == "PROPN") \
            and not people.mention_at(doc[start - 1]) and doc[start - 1].ent_type_ not in {"DATE", "TIME"}:
        start -= 1
    while start > 1 and doc[start - 1].text in HYPHENS and not doc[start - 2].whitespace_:
        start -= 2  # "the co-chairs of the committee, A of X and B of Y"
    title = "".join([*(t.text_with_ws for t in doc[start:k]), _plural_head(doc[k].text) or doc[k].text])
    bare = title
    comma = first.start - 1
    if k + 1 < comma and doc[k + 1].lower_ == "of" and doc[comma].text == "," and all(
            doc[k].is_ancestor(t) and not people.mention_at(t) for t in doc[k + 1:comma]) and not any(
            t.like_num or t.lower_ in {"both", "their", "respective"} for t in doc[k + 1:comma]):
        # "... of the committee": the body (not "of the two countries"); `bare` keeps the title without it
        title += " " + doc[k + 1:comma].text
    children = units.children(doc)
    deps = units.attrs(doc).deps
    holders = [first]
    todo = [units.span_root(doc, first.start, first.end)]
    while todo:
        for child in children[todo.pop()]:
            mention = people.mention_on(child)
            if deps[child] in {"appos", "conj"} and mention is not None and mention.kind == "name":
                holders.append(mention)
                todo.append(child)
    listed = _listed_after(doc, people, first)
    while listed is not None and len(holders) < 12:  # the parser may hang the list on a place
        if all(h.start != listed.start for h in holders):
            holders.append(listed)
        listed = _listed_after(doc, people, listed)
    out = []
    places = _respective_places(doc, k, first)
    if len(places) == len(holders) >= 2:
        title = bare  # "the health ministers of Kessel and Norland, A and B": each of one place, in order
    else:
        places = []
    holders.sort(key=lambda h: h.start)
    for n, holder in enumerate(holders):
        body = _after_name_body(doc, people, holder) or (places[n] if places else "")
        if not body and holder.start > 1 and doc[holder.start - 1].text in POSSESSIVE \
                and doc[holder.start - 2].pos_ == "PROPN" and not people.mention_at(doc[holder.start - 2]):
            body = doc[holder.start - 2].text  # "Norway's A": the country the holder's office is of
        office = _office(people, holder.refs[0], f"{title} of {body}" if body else title, False, start, holder.end)
        if office:
            out.append(office)
    return out


def _line_below(doc: Doc, people: People, mention: Mention, ref: str) -> list[Office]:
    """A contact or signature block: a name alone on its line, the office on the next line."""
    alone_before = mention.start == 0 or "\n" in doc[mention.start - 1].text
    if not alone_before or mention.end >= len(doc) or "\n" not in doc[mention.end].text:
        return []
    indices = []
    k = mention.end + 1
    while k < len(doc) and "\n" not in doc[k].text and len(indices) < 16:
        after_comma = any(doc[i].text == "," for i in indices)  # "Head of Media, Kessel Labs": a body, not a name
        if (people.mention_at(doc[k]) and not after_comma) or doc[k].like_email or doc[k].like_url:
            return []
        indices.append(k)
        k += 1
    if not indices or not any(_is_head_title(doc[i]) for i in indices[:4]):
        return []
    label, former = _label(doc, indices)
    office = _office(people, ref, label, former, indices[0], indices[-1] + 1)
    return [office] if office else []


def _holder(people: People, word: Token) -> tuple[str, ...]:
    """Who an office-giving verb or noun is about: its subject, possessor or the noun it modifies."""
    if word.pos_ in {"NOUN", "PROPN"}:
        for child in word.children:
            if child.dep_ == "poss":
                return people.np_refs(child)
        return ()
    verb = word
    while True:
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects:
            if subjects[0].lower_ in {"who", "that"} and verb.dep_ == "relcl":
                refs = _np_or_appos_refs(people, verb.head)
                antecedent = verb.head
                if not refs and subjects[0].lower_ == "who" and antecedent.dep_ == "pobj" \
                        and antecedent.head.lower_ in {"of", "from"}:
                    refs = people.np_refs(antecedent.head.head)  # "Rep. A of the X Party, who chairs the Y": A
                return refs
            return people.np_refs(subjects[0])
        if verb.dep_ == "relcl":
            return _np_or_appos_refs(people, verb.head)
        if verb.dep_ in {"conj", "xcomp", "advcl"} and verb.head.i != verb.i:
            verb = verb.head
            continue
        return ()


def _subject_refs(people: People, subject: Token) -> tuple[str, ...]:
    """Persons of a subject; "who" in "X, who is finance minister," is X."""
    if subject.lower_ in {"who", "that"} and subject.head.dep_ == "relcl":
        return _np_or_appos_refs(people, subject.head.head)
    return people.np_refs(subject)


def _np_or_appos_refs(people: People, tok: Token) -> tuple[str, ...]:
    """Persons of a phrase, or of the name it stands in apposition to ("X, the MEP who chairs Y")."""
    refs = people.np_refs(tok)
    if not refs and tok.dep_ == "appos":
        refs = people.np_refs(tok.head)
    if not refs and tok.dep_ == "attr" and tok.head.lower_ in rules.kinds("copula_verbs"):
        # "X was a survivor who became mayor of Y": the subject of the copula the relative clause's noun completes
        subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
        refs = people.np_refs(subjects[0]) if subjects else ()
    return refs


def from_clauses(doc: Doc, people: People) -> list[Office]:
    """ "sworn in as", "his appointment as", "who heads Y", "X is the mayor of Y"."""
    found: list[Office] = []
    appointment = rules.kinds("appointment_words")
    office_verbs = rules.kinds("office_verbs")
    body_verbs = rules.kinds("body_verbs")
    copulas = rules.kinds("copula_verbs")
    deps = units.attrs(doc).deps
    lowers = units.words(doc).lowers
    words = {"as", *office_verbs, *body_verbs}
    # no branch below takes a token that is none of these: no Token for it
    for i in sorted({*units.positions(lowers, words), *units.positions(deps, {"oprd", "attr"})}):
        tok = doc[i]
        if people.quoted(tok):
            continue
        if tok.lower_ == "as" and tok.dep_ == "prep":
            anchor = tok.head
            if anchor.dep_ == "prt" or anchor.lower_ in {"in", "-"}:
                anchor = anchor.head
            kind = appointment.get(anchor.lower_)
            fronted = kind is None and _fronted_as(tok, anchor)
            if fronted:
                kind = "current"  # "For eighteen months, as X's ambassador to Y, he has stood between ..."
            if kind is None or any(c.dep_ == "dobj" and c.lower_ == "part" for c in anchor.children):
                continue  # ("took part in the session as an observer": a role at the session, no office)
            objs = [c for c in tok.children if c.dep_ == "pobj"]
            if not objs or not _is_head_title(objs[0]):
                continue
            # "the mayor named B as interim chief": the one named holds it, not the one naming
            named = [r for c in anchor.children if c.dep_ in {"dobj", "oprd"} for r in people.np_refs(c)] \
                if anchor.pos_ == "VERB" and not fronted else []
            for ref in named or _holder(people, anchor):
                indices = _np_tokens(objs[0])
                label, former = _label(doc, indices)
                office = _office(people, ref, label, former or kind == "former", indices[0], indices[-1] + 1)
                if office:
                    found.append(office)
        elif (tok.lower_ in office_verbs or tok.lower_ in body_verbs) and tok.pos_ == "VERB":
            objs = [c for c in tok.children if c.dep_ == "dobj"]
            if not objs or people.np_refs(objs[0]) or _bare(objs[0]) in rules.words("office_event_nouns"):
                continue
            if _bare(objs[0]) in {"delegation", "deputation"} and any(
                    c.dep_ == "det" and c.lower_ in {"a", "an"} for c in objs[0].children):
                continue  # "led a delegation of growers to the ministry": a party ("led the X delegation": a post)
            indices = _np_tokens(objs[0])
            if tok.lower_ not in office_verbs and not _names_body(doc, indices):
                continue
            dets = [c.i for c in objs[0].children if c.dep_ == "det" and c.i < indices[0]]
            title = office_verbs.get(tok.lower_) or body_verbs[tok.lower_]
            label = f"{title} of {_text(doc, dets + indices)}"
            for ref in _holder(people, tok):
                office = _office(people, ref, label, tok.tag_ == "VBD", indices[0], indices[-1] + 1)
                if office:
                    found.append(office)
        elif tok.dep_ == "oprd" and _is_title_np(tok, people) and tok.head.lower_ in appointment:
            found.extend(_appointed(doc, people, tok, appointment[tok.head.lower_] == "former"))
        elif tok.dep_ == "attr" and _is_title_np(tok, people) and tok.head.lower_ in copulas:
            subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
            if not subjects:
                continue
            indices = _np_tokens(tok)
            label, former = _label(doc, indices)
            for ref in _subject_refs(people, subjects[0]):
                office = _office(
                    people, ref, label, former or copulas[tok.head.lower_] == "former", indices[0], indices[-1] + 1
                )
                if office:
                    found.append(office)
    return found


def _fronted_as(prep: Token, verb: Token) -> bool:
    """ "As foreign minister, she has ...": "as" and its title, set off by a comma before the verb's subject,
    say what the subject is."""
    if verb.pos_ not in {"VERB", "AUX"} or prep.i > verb.i:
        return False
    if verb.tag_ in {"VBD", "VBN"} and not any(c.lower_ in {"has", "have"} for c in verb.children):
        return False  # ("As ombudsman, he fought ...": what he was then, perhaps no longer)
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    end = prep.right_edge.i + 1
    return bool(subjects) and end < len(prep.doc) and prep.doc[end].text == "," and end < subjects[0].i \
        and (prep.i == prep.sent.start or prep.doc[prep.i - 1].text == ",")


def _names_body(doc: Doc, indices: list[int]) -> bool:
    """Whether a phrase names an organisation: a proper name, or an organisation noun at its head."""
    words = [doc[i] for i in indices]
    proper = any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words)
    return proper or any(_bare(t) in rules.words("org_words") for t in words[-1:])


def _appointed(doc: Doc, people: People, title: Token, former: bool) -> list[Office]:
    """ "X was elected mayor of Y", "the board named X chief executive": the title without "as"."""
    verb = title.head
    holders = [c for c in verb.children if c.dep_ in {"nsubjpass", "dobj"}]
    if not holders:
        return []
    indices = _np_tokens(title)
    label, was = _label(doc, indices)
    found = []
    for ref in _subject_refs(people, holders[0]):
        office = _office(people, ref, label, former or was, indices[0], indices[-1] + 1)
        if office:
            found.append(office)
    return found


def from_descriptors(doc: Doc, people: People, known: list[Office]) -> list[Office]:
    """A resolved descriptor with a body ("the president of the Palestinian Authority").

    Only used for persons whose other labels lack that body, so that "Nigeria's
    sports minister" does not compete with the fuller "Minister of Youth and Sports".
    """
    found: list[Office] = []
    for desc, ref in people.descriptors:
        if not desc.body:
            continue
        if _bare(desc.head) in {"head", "chief", "leader", "boss"} and any(o.person == ref for o in known):
            continue
        mine = [o for o in known if o.person == ref and not o.former]
        if any(_bare(desc.head) in fold(o.label).split() and len(fold(o.label).split()) > 1 for o in mine):
            continue
        indices = _np_tokens(desc.head)
        label, former = _label(doc, indices)
        office = _office(people, ref, label, former, indices[0], indices[-1] + 1)
        if office:
            found.append(office)
    return found


@lru_cache(maxsize=4096)
def _group_key(label: str) -> tuple[str, ...]:
    """Labels with the same title noun and rank are the same office (kept: `finalize` runs three times)."""
    words = fold(label).split()
    head = ""
    for w in words:
        if w in rules.heads("titles"):
            head = w
            if "of" in words[words.index(w) :][:2]:
                break
    flags = tuple(sorted(w for w in words if w in {"vice", "deputy", "assistant", "acting", "designate"}))
    return (head, *flags)


def finalize(offices: list[Office]) -> list[Office]:
    """One label per office of a person: the fullest way it was written."""
    best: dict[tuple, Office] = {}
    for office in offices:
        if " " in office.label and rules.bare(office.label.lower()) in rules.words("honorifics"):
            continue  # "Tan Sri": a courtesy title written before the name, no office
        first, _, rest = office.label.partition(" ")
        if rest and _bare_word(first) in STYLES and _bare_word(first) != "royal":
            office = replace(office, label=rest)  # "His Excellency Ambassador A": the office is "Ambassador"
        key = (office.person, office.former, *_group_key(office.label))
        cur = best.get(key)
        if cur is None or _richness(office.label) > _richness(cur.label):
            best[key] = office
    kept = list(best.values())
    generic = rules.words("generic_titles")
    fuller = {o.person for o in kept if not o.former and len(o.label.split()) > 1}
    return [o for o in kept if not (o.person in fuller and not o.former and o.label.lower().strip(".") in generic)]


def _richness(label: str) -> tuple[int, int, int]:
    """More words, then more names ("akim of Zhezkazgan" over "akim of the city"), then more letters."""
    words = [w for w in label.split() if w.lower() not in {"the", "a", "an"}]
    return (len(words), sum(w[:1].isupper() for w in words), len(label))


def labels(offices: list[Office]) -> dict[str, list[str]]:
    """Office labels per person ref, for resolving descriptors."""
    out: dict[str, list[str]] = {}
    for office in offices:
        label = f"former {office.label}" if office.former else office.label
        out.setdefault(office.person, []).append(label)
    return out


# "the Games and Amusements Board (GAB)": a run of capitalised words (with "of", "and" ... inside), then letters
_DEFINED = re.compile(r"((?:[A-Z][\w'’.-]*\s+(?:(?:of|and|for|the|on|&)\s+)*)+)\(([A-Z]{2,6})\)")
_SMALL = {"of", "and", "for", "the", "on", "&"}


def acronyms(text: str) -> dict[str, str]:
    """The acronyms a text spells out once, as "Full Name (FN)": acronym -> full name.

    The full name is the shortest run of words before the brackets whose capitals give the letters.
    """
    out: dict[str, str] = {}
    for m in _DEFINED.finditer(text):
        words, short = m.group(1).split(), m.group(2)
        for k in range(len(words) - 1, -1, -1):
            run = words[k:]
            if run[0] in _SMALL:
                continue
            if "".join(w[0] for w in run if w not in _SMALL) == short:
                out.setdefault(short, " ".join(run))
                break
    return out


def spell_out(text: str, offices: list[Office]) -> list[Office]:
    """Labels with the text's own acronyms written out ("GAB Chairman": "Games and Amusements Board (GAB)
    Chairman"), so that a reader, or a query on the body's name, finds the office without the key."""
    defined = acronyms(text)
    if not defined:
        return offices
    # (not an acronym in brackets: the office already gives it after the full name)
    pattern = re.compile(r"(?<!\()\b(" + "|".join(map(re.escape, defined)) + r")\b")
    return [replace(o, label=pattern.sub(lambda m: f"{defined[m.group(1)]} ({m.group(1)})", o.label))
            for o in offices]


def from_counterparts(people: People, labels: dict[str, list[str]], known: list[Office]) -> list[Office]:
    """ "... received by his Cambodian counterpart, X": X holds the possessor's title for that country.

    Only for people with no office of their own in `known`: the text's own words for it are better.
    """
    holders = {o.person for o in known}
    found = (_office(people, ref, label, False, start, end)
             for ref, label, start, end in named_counterparts(people, labels) if ref not in holders)
    return [office for office in found if office]


RANK_MODIFIERS = {"vice", "rear", "air", "chief", "field", "group", "wing", "flight", "squadron", "first", "fleet"}
BETWEEN_RANK_AND_NAME = {"sir", "dame", "dr", "."}


def _rank_before(doc: Doc, mention: Mention) -> str | None:
    """The military or police rank written right before a name ("Rear Admiral", "Lt. Col.", "Vice-Admiral")."""
    ranks = rules.words("ranks")
    first = doc[mention.start].sent.start  # (never a word of the sentence before)
    i = mention.start
    while i > first and doc[i - 1].lower_ in BETWEEN_RANK_AND_NAME:
        i -= 1  # "Vice-Admiral Sir A"
    j = i
    while j > first and (doc[j - 1].text in HYPHENS or doc[j - 1].text == "." or (doc[j - 1].text[:1].isupper() and (
            doc[j - 1].lower_.rstrip(".") in ranks or doc[j - 1].lower_ in RANK_MODIFIERS))):
        j -= 1
    while j < i and (doc[j].text in HYPHENS or doc[j].text == "."):
        j += 1
    core = [t for t in doc[j:i] if t.lower_.rstrip(".") in ranks and t.lower_ != "staff"]
    return doc[j:i].text if core else None


def with_ranks(people: People, offices: list[Office]) -> list[Office]:
    """ "Rear Admiral A, commander of the fleet": the rank goes in front of the person's current offices.

    A rank alone is no office (it is a courtesy title); written before the name of someone
    who holds an office, it says which officer holds it. The label keeps its own words.
    """
    ranks: dict[str, str] = {}
    for mention in people.mentions:
        if mention.kind == "name" and len(mention.refs) == 1 and mention.refs[0] not in ranks:
            rank = _rank_before(people.doc, mention)
            if rank:
                ranks[mention.refs[0]] = rank
    out = []
    for office in offices:
        rank = ranks.get(office.person)
        last = rank.split()[-1].lower().rstrip(".").split("-")[-1] if rank else ""
        if rank and not office.former and last not in office.label.lower():
            office = replace(office, label=f"{rank}, {office.label}")
        out.append(office)
    return out
