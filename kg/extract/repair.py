"""Repairs of parses the small English model often gets wrong, made once before the rules read them.

Each repair is narrow, needs strong evidence in the words themselves, and only
re-attaches a token; it never adds or removes tokens. The rules that follow
(offices, descriptors, meetings) then read one consistent tree.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.extract import rules, units
from kg.extract.dates import WEEKDAYS
from kg.extract.people import (
    country_word,
    is_title_word,
    plural_title,
    post_nominal_words,
    title_or_abbreviation,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kg.extract.people import People

# Where the small model hangs an apposed name it failed to attach to its title:
# as an adverbial of the verb ("... met the Minister for Roads, Senator A. Name, in ...")
# or as an extra object or dependent of it.
LOST_APPOSITION = {"npadvmod", "dep", "dobj", "appos", "attr", "oprd"}
DASHES = {"—", "–", "--", "-"}
AFTER_APPOSITION = {",", ".", ";", ")", ":", "—", "–"}


def _title_head(tok: Token, skip: frozenset[int] = frozenset()) -> Token | None:
    """The title word heading the phrase that ends at `tok` ("the Governor of Kwara State").

    Tokens in `skip` (the name about to be re-attached, hung below the phrase) do not count;
    then the phrase is one noun phrase, not a coordination ("A's minister, X, and B's, Y").
    """
    for head in [tok, *tok.ancestors]:
        # (a comma the parser hung on the title, after its phrase, does not end the phrase)
        if head.right_edge.i != tok.i and (
            max((t.i for t in head.subtree if t.i not in skip and not t.is_punct), default=-1) != tok.i
        ):
            return None
        if head.dep_ == "pobj" and head.head.lower_ == "of" and is_title_word(head.head.head):
            continue  # "the Chief of the Naval Staff": the title is the chief's, whatever "Staff" is
        if head.pos_ in {"NOUN", "PROPN"} and (
            is_title_word(head) or _acronym(head) or head.lower_ == "counterpart"
            or (plural_title(head.text) and not (head.dep_ == "pobj" and head.head.lower_ == "of"))
        ):  # ("the board of directors, A": the plural is the body's, A is no director)
            return head  # ("his federal counterpart, Senator A": the person's counterpart stands in for a title)
        if skip and head.dep_ == "conj" and is_title_word(head.head):
            return None
    return None


def post_nominals(doc: Doc, people: People) -> int:
    """Make the name head "Peter Quill MP" again when the parser made the honour its head.

    The small model reads "the Hon A. Name MP" or "General A. Name AO DSC" as a noun
    phrase headed by the last capitals, with the name as their compound, so the
    apposition, subject or object is the honour, not the person. Evidence: the name's
    head is a run of upper-case post-nominal letters written right after it. The name
    takes their place in the tree; the letters hang on it. Returns the number of repairs.
    """
    repaired = 0
    for mention in people.mentions:
        if mention.kind != "name":
            continue
        trail = _past_honours(doc, mention.end)
        if trail == mention.end:
            continue
        heads = units.attrs(doc).heads
        if not all(mention.start <= heads[k] < trail for k in range(mention.start, mention.end)):
            continue  # some name word hangs outside the name and its letters: not this mistake
        honour = _name_head(doc, mention.start, trail)
        if honour is None or honour.i < mention.end:
            continue
        head = doc[mention.end - 1]
        for k in range(honour.left_edge.i, honour.right_edge.i + 1):
            if mention.end <= heads[k] < trail and not mention.end <= k < trail and k != head.i:
                doc[k].head = head  # the name's other words, the title before it, what follows it
        head.head, head.dep_ = (honour.head if honour.head.i != honour.i else head), honour.dep_
        for k in range(mention.end, trail):
            doc[k].head, doc[k].dep_ = head, "dep"
        units.tree_changed(doc, sentences=honour.dep_ == "ROOT")
        repaired += 1
    return repaired


def dateline_subjects(doc: Doc, people: People) -> int:
    """ "Amman — His Excellency the Minister, A. Name, received ...": the minister is the subject.

    The parser takes a release's dateline, a place written before a dash at the start of
    a sentence, for the subject, and hangs the real subject on it as an apposition.
    Evidence: the dash right after the one-word subject, no person in it, and a person
    phrase apposed to it. Returns the number of repairs.
    """
    repaired = 0
    texts = units.words(doc).texts
    for start, end in units.bounds(doc):
        repaired += _subject_after_dateline(doc, people, start, end)
        repaired += _verb_of_dateline(doc, people, start, end)
        place = doc[start]
        if start + 2 >= len(doc) or texts[start + 1] not in DASHES or place.dep_ != "nsubj":
            continue
        if place.pos_ != "PROPN" or people.mention_at(place) is not None:
            continue
        apposed = [c for c in place.children if c.dep_ == "appos" and c.i > start + 1]
        if len(apposed) != 1 or not (people.np_refs(apposed[0]) or is_title_word(apposed[0])):
            continue
        subject = apposed[0]
        subject.head, subject.dep_ = place.head, "nsubj"
        place.head, place.dep_ = subject, "npadvmod"
        for child in list(place.children):
            if child.dep_ == "punct" and child.i > subject.i:
                child.head = subject
        units.tree_changed(doc)
        repaired += 1
    return repaired


def _opening_dash(doc: Doc, start: int, end: int, reach: int, marks: frozenset[str] | set[str] = DASHES) -> int | None:
    """The first dash (or other of `marks`) among the first `reach` words of the sentence doc[start:end], where a
    dateline ends."""
    texts = units.words(doc).texts
    return next((k for k in range(start + 1, min(end, start + reach)) if texts[k] in marks), None)


def _verb_of_dateline(doc: Doc, people: People, start: int, end: int) -> int:
    """ "KESSEL — The bank's governor, A. Name, signalled on Tuesday ...": the verb, not the place, heads it.

    The parser makes the dateline's place the root, the subject its apposition and the
    finite verb a clause of that subject. Evidence: a dash among the first words, the place
    before it the root, and a past-tense verb (never a participle's tag) hung as a clause
    on a person phrase apposed to the place. Returns 1 if repaired.
    """
    dash = _opening_dash(doc, start, end, 6)
    if dash is None:
        return 0
    place = next((doc[k] for k in range(start, dash) if doc[k].dep_ == "ROOT"), None)
    if place is None or place.pos_ != "PROPN":
        return 0
    for subject in place.children:
        if subject.dep_ != "appos" or subject.i < dash or not (people.np_refs(subject) or is_title_word(subject)):
            continue
        verb = next((c for c in subject.children if c.dep_ == "acl" and c.tag_ == "VBD"), None)
        if verb is None or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            continue
        verb.head, verb.dep_ = verb, "ROOT"
        subject.head, subject.dep_ = verb, "nsubj"
        place.head, place.dep_ = verb, "npadvmod"
        for child in list(place.children):
            if child.i > subject.i:
                child.head = verb
        units.tree_changed(doc, sentences=True)
        return 1
    return 0


def _dateline_colon(doc: Doc, start: int, end: int) -> int | None:
    """ "ISLAMABAD, Jan 16:": the colon that ends a dateline of a place in capitals and a date."""
    colon = _opening_dash(doc, start, end, 7, {":"})
    if colon is None or not doc[start].is_upper or not any(
        doc[k].ent_type_ == "DATE" or doc[k].like_num for k in range(start + 1, colon)
    ):
        return None
    return colon


def _subject_after_dateline(doc: Doc, people: People, start: int, end: int) -> int:
    """ "BAYAN PROVINCE, Mongolia — A. Name counts his animals": the name hung on the dateline.

    Evidence: a dash among the first words of the sentence (or the colon of "ISLAMABAD,
    Jan 16:"), a name or person phrase right after it whose head lies before it, and a verb
    after the phrase with no subject. Returns 1 if repaired.
    """
    dash = _opening_dash(doc, start, end, 8)
    if dash is None:
        dash = _dateline_colon(doc, start, end)
    if dash is None or dash + 1 >= end:
        return 0
    mention = people.mention_on(dash + 1)
    if mention is not None and mention.kind == "name" and mention.start == dash + 1:
        name = _name_head(doc, mention.start, mention.end)
        after, phrase = mention.end, False
    else:  # "ISLAMABAD, Jan 16: Kuwait's Minister of Labour, A. Name, today held ...": a person phrase
        name = next((doc[k] for k in range(dash + 1, end) if doc[k].left_edge.i == dash + 1
                     and doc[k].head.i < dash and (people.np_refs(doc[k]) or is_title_word(doc[k]))), None)
        after, phrase = (name.right_edge.i + 1 if name is not None else end), True
    if name is None or not start <= name.head.i < dash:
        return 0
    verb = next((doc[k] for k in range(after, end) if doc[k].pos_ == "VERB"), None)
    if verb is None or verb.head.i != verb.i and verb.dep_ != "ROOT" or any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children
    ):
        return 0
    if name.is_ancestor(verb) or verb.is_ancestor(name) and not phrase:
        return 0
    name.head, name.dep_ = verb, "nsubj"
    units.tree_changed(doc)
    return 1


def late_objects(doc: Doc, people: People) -> int:
    """ "received on Sunday at the Ministry the Minister of X, A. Name": the minister is the object; so is
    "Patriarch A" of "had received, on 12 October, Patriarch A", hung on the verb itself.

    An object written after the verb's prepositional phrases is read as an apposition of the
    last one's noun. Evidence: no comma between that noun and the title phrase, a title word
    heading it, and a verb with no object of its own. Returns the number of repairs.
    """
    repaired = 0
    texts = units.words(doc).texts
    for i in units.positions(units.attrs(doc).deps, {"appos", "npadvmod", "dep"}):
        title = doc[i]
        noun = title.head
        if _object_apposed_to_verb(people, title):
            title.dep_ = "dobj"  # "had received, on 12 October, Patriarch A": apposed to the verb itself
            units.tree_changed(doc)
            repaired += 1
            continue
        if title.dep_ != "appos":
            continue
        comma = texts[title.left_edge.i - 1] == ","
        # "received at the Flagstaff House, Accra, the Minister of X": after a place and a comma too
        place = noun.ent_type_ in {"GPE", "LOC", "FAC"} or (noun.dep_ == "conj" and noun.head.dep_ == "pobj")
        if comma and not place:
            continue
        while noun.dep_ == "conj" and noun.head.i != noun.i:
            noun = noun.head
        if noun.dep_ != "pobj" or noun.i >= title.i:
            continue
        # "received in audience at the Government House, Ilorin, a delegation of X led by A": a delegation
        delegation = units.attrs(doc).bares[i] in rules.words("delegation_nouns") and any(
            c.dep_ == "acl" and c.lower_ == "led" for c in title.children)
        if not (is_title_word(title) or delegation) or people.mention_at(title) is not None:
            continue
        verb = noun.head.head
        if verb.pos_ != "VERB" or any(c.dep_ == "dobj" for c in verb.children):
            continue
        if not (delegation or people.np_refs(title)
                or any(c.dep_ == "appos" and people.mention_at(c) for c in title.children)):
            continue
        title.head, title.dep_ = verb, "dobj"
        units.tree_changed(doc)
        repaired += 1
    return repaired


def _object_apposed_to_verb(people: People, name: Token) -> bool:
    """A person written after a verb that has no object, and hung on the verb as its apposition (which a
    verb cannot have) or, after a comma, as a modifier or loose word: the verb's object, set off by a phrase
    between commas."""
    verb = name.head
    if name.dep_ in {"npadvmod", "dep"} and not (name.i >= 2 and name.left_edge.i > verb.i + 1
                                        and name.doc[name.left_edge.i - 1].text == ","):
        return False  # (read as a modifier of the verb too, when a comma sets it off from the verb)
    return verb.pos_ == "VERB" and verb.i < name.i and people.mention_at(name) is not None and not any(
        c.dep_ in {"dobj", "ccomp", "xcomp"} for c in verb.children)


def appositions_across_verbs(doc: Doc, people: People) -> int:
    """ "X received the leaders of both parties, A and B, together": A and B are the leaders.

    Likewise the agent of a passive: "X was received by the Head of State, His Highness A".

    The parser sometimes hangs the names apposed to an object on the subject, across the
    verb, and then "she" in the next sentence may be read as A. Evidence: a name apposed
    to a subject that stands before the verb, while the name comes after the verb's
    object and a comma. The name moves to the object. Returns the number of repairs.
    """
    repaired = 0
    texts = units.words(doc).texts
    for i in units.positions(units.attrs(doc).deps, {"appos"}):
        name = doc[i]
        subject = name.head
        verb = subject.head
        if subject.dep_ not in {"nsubj", "nsubjpass"} or not subject.i < verb.i < name.i:
            continue
        # "His Highness A": the honorific heads the apposition, the name hangs on it
        named = people.mention_at(name) is not None or (
            is_title_word(name) and any(c.dep_ == "appos" and people.mention_at(c) for c in name.children))
        if not named or texts[name.left_edge.i - 1] != ",":
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < name.i and c.pos_ in {"NOUN", "PROPN"}]
        if not objects and subject.dep_ == "nsubjpass":  # "X was received by the Head of State, His Highness A"
            objects = [o for c in verb.children if c.dep_ == "agent" and c.i < name.i
                       for o in c.children if o.dep_ == "pobj" and o.pos_ in {"NOUN", "PROPN"}]
        if len(objects) != 1 or objects[0].right_edge.i != name.left_edge.i - 2:
            continue
        if not (is_title_word(objects[0]) or units.attrs(doc).bares[objects[0].i] in rules.words("people_plurals")):
            continue  # "follows the meeting with the Premier of X, A, and ...": the name is not the meeting's
        name.head = objects[0]
        units.tree_changed(doc)
        repaired += 1
    return repaired


def subjects_of_later_conjuncts(doc: Doc, people: People) -> int:
    """ "spoke with his counterpart, Minister A, on Monday and had received assurances": A is the counterpart.

    The parser may take the name set off by commas after an object for the subject of a verb joined
    later by "and"; that verb then has a subject it should inherit, and the object loses its name.
    Evidence: the name stands between the first verb's object and the later verb, right after the
    object and a comma, and is followed by a comma. The name moves to the object.
    """
    repaired = 0
    texts = units.words(doc).texts
    for i in units.positions(units.attrs(doc).deps, {"nsubj"}):
        name = doc[i]
        later = name.head
        first = later.head
        if later.dep_ != "conj" or not first.i < name.i < later.i or people.mention_at(name) is None:
            continue
        start, end = name.left_edge.i, name.right_edge.i
        if start < 2 or texts[start - 1] != "," or end + 1 >= len(doc) or texts[end + 1] != ",":
            continue
        obj = doc[start - 2]
        while obj.dep_ not in {"pobj", "dobj"} and obj.head.i != obj.i and obj.head.i < start:
            obj = obj.head  # (the object's head word, from the last word of its phrase)
        if obj.dep_ not in {"pobj", "dobj"} or obj.pos_ not in {"NOUN", "PROPN"} \
                or obj.right_edge.i not in {start - 2, start - 1}:
            continue
        if people.mention_at(obj) is not None or not any(a.i == first.i for a in obj.ancestors):
            continue
        name.head = obj
        name.dep_ = "appos"
        units.tree_changed(doc)
        repaired += 1
    return repaired


def weekday_compounds(doc: Doc, people: People) -> int:
    """ "received at the headquarters on Saturday Sudanese Minister A. Name": Saturday is the day.

    Before a capitalised object, the parser reads the weekday as the object's compound,
    so the day is lost to the verb and the object to the meeting. Evidence: a weekday
    hung as a compound on the object of "on", which hangs on a verb with no object.
    The weekday becomes the preposition's object; the noun the verb's object.
    """
    repaired = 0
    lowers = units.words(doc).lowers
    for i in units.positions(lowers, WEEKDAYS):
        day = doc[i]
        prep = doc[i - 1] if i else day
        nouns = [c for c in prep.children if c.dep_ == "pobj"]
        if day.dep_ != "compound" or prep.lower_ != "on" or len(nouns) != 1 or not nouns[0].is_ancestor(day):
            continue
        noun, verb = nouns[0], prep.head
        if verb.pos_ != "VERB" or any(c.dep_ == "dobj" for c in verb.children):
            continue
        if noun.pos_ != "PROPN" or noun.ent_type_ in {"DATE", "TIME"} or not (
            is_title_word(noun) or people.mention_at(noun) is not None
        ):
            continue  # "on Tuesday evening", "on Wednesday, May 20": the day's own phrase
        day.head, day.dep_ = prep, "pobj"
        noun.head, noun.dep_ = verb, "dobj"
        units.tree_changed(doc)
        repaired += 1
    return repaired


def preps_after_dates(doc: Doc, people: People) -> int:
    """ "a telephone conversation on Wednesday evening between A and B": the conversation was between them.

    The parser hangs "between", "with" or "among" written after a date on the date's noun.
    Evidence: the preposition's head is a day or time word that is the object of "on",
    "in" or "at", which hangs on a noun. The preposition moves to that noun. Likewise a
    "between" hung on "(the day) before" moves to the meeting noun the verb governs before
    it. Returns the number of repairs.
    """
    repaired = 0
    lowers = units.words(doc).lowers
    for i in units.positions(lowers, {"between", "with", "among"}):
        prep = doc[i]
        day = prep.head
        dated = day.ent_type_ == "DATE" or any(c.ent_type_ == "DATE" for c in day.children)  # "the day before"
        if lowers[i] == "between" and day.lower_ in {"before", "after", "earlier"} and dated:
            # "followed talks in Kharkiv the day before between A and B": the talks were between them
            meetings = rules.kinds("meeting_nouns")
            nouns = [c for c in day.head.children if c.dep_ in {"dobj", "nsubj", "nsubjpass"} and c.i < day.i
                     and c.pos_ == "NOUN" and rules.bare(c.text) in meetings]
            if nouns:
                prep.head, prep.dep_ = nouns[-1], "prep"
                repaired += 1
            continue
        if prep.dep_ != "prep" or day.ent_type_ not in {"DATE", "TIME"} or day.dep_ != "pobj":
            continue
        noun = day.head.head
        if day.head.lower_ not in {"on", "in", "at"} or noun.pos_ != "NOUN" or noun.i > day.i:
            continue
        prep.head = noun
        repaired += 1
    if repaired:
        units.tree_changed(doc)
    return repaired


GROUP_LEADERS = {"led", "headed"}


def participles_of_nouns(doc: Doc, people: People) -> int:
    """ "met the union's leadership, led by A and B", "a meeting late on Wednesday attended by A":
    the participle describes the noun, not the sentence.

    The parser hangs such a participle on the main verb. Evidence: "led"/"headed" with a
    "by" phrase right after a comma that follows a group noun ("leadership", "delegation"),
    or "attended"/"chaired" by someone after a meeting noun and its day or place. It moves under
    that noun. Returns the number of repairs.
    """
    repaired = 0
    lowers = units.words(doc).lowers
    groups = rules.words("delegation_nouns") | rules.words("member_groups")
    for i in units.positions(lowers, GROUP_LEADERS):
        verb = doc[i]
        if i < 2 or verb.dep_ not in {"advcl", "conj"} or lowers[i - 1] != ",":
            continue
        group = doc[i - 2]
        if group.dep_ == "pobj" and group.head.lower_ == "of" and rules.bare(group.head.head.text) in groups:
            group = group.head.head  # "senior staff of the authority, led by X"
        if group.pos_ != "NOUN" or rules.bare(group.text) not in groups or group.head.i == i:
            continue
        repaired += _hang_on(verb, group)
    meetings = rules.kinds("meeting_nouns")
    for i in units.positions(lowers, {"attended", "chaired"}):
        verb = doc[i]
        place = verb.head
        if verb.dep_ == "relcl" and place.dep_ == "pobj" and place.head.head.pos_ == "NOUN" and (
            rules.bare(place.head.head.text) in meetings and not people.mention_at(place)
            and any(c.dep_ == "agent" for c in verb.children)
        ):
            # "the meeting at Shastri Bhawan, which was also attended by X": the meeting was attended
            verb.head = place.head.head
            repaired += 1
            continue
        # a participle with its "by" (the tagger may call it a past tense: no subject, an agent)
        participle = verb.tag_ == "VBN" or (verb.tag_ == "VBD" and any(c.dep_ == "agent" for c in verb.children)
                                            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children))
        if verb.dep_ not in {"advcl", "conj"} or not participle:
            continue
        subject = next((c for c in verb.head.children if c.dep_ == "nsubjpass" and rules.bare(c.text) in meetings
                        and c.i < verb.i), None)
        if verb.dep_ == "advcl" and subject is not None:
            # "the first session was held at the Ministry, co-chaired by A and B": the session was chaired
            repaired += _hang_on(verb, subject)
            continue
        # "at an emergency meeting late on Wednesday attended by A": only the day stands between
        k = i - 1
        while k > 0 and i - k <= 6 and doc[k].pos_ in {"ADV", "ADP", "PROPN", "NUM", "DET"} and not (
            doc[k].pos_ == "PROPN" and doc[k].ent_type_ not in {"DATE", "TIME"}
        ):
            k -= 1
        if k < i - 1 and doc[k].pos_ == "NOUN" and rules.bare(doc[k].text) in meetings:
            repaired += _hang_on(verb, doc[k])
        elif (noun := _meeting_before_place(doc, i - 1)) is not None:
            repaired += _hang_on(verb, noun)  # "a meeting at the Secretariat chaired by A and attended by B"
    if repaired:
        units.tree_changed(doc)
    return repaired


def _meeting_before_place(doc: Doc, k: int) -> Token | None:
    """The meeting noun whose place phrase ends at token `k` ("a meeting at the Sindh Secretariat",
    "gave a dinner for the mission at the House,")."""
    if k > 0 and doc[k].text == ",":
        k -= 1
    cur = doc[k]
    meetings = rules.kinds("meeting_nouns")
    preps = {"at", "in"}
    for _ in range(4):
        if cur.dep_ == "compound":
            cur = cur.head
        if cur.dep_ != "pobj" or cur.head.lower_ not in preps or cur.right_edge.i != k:
            return None
        preps = {"at", "in", "for", "with"}  # "a dinner for the mission at the House"
        noun = cur.head.head
        if noun.pos_ == "NOUN" and rules.bare(noun.text) in meetings:
            return noun
        if noun.pos_ == "VERB":  # the place hung on the verb whose object is the meeting
            objects = [c for c in noun.children if c.dep_ == "dobj" and rules.bare(c.text) in meetings]
            return objects[0] if objects else None
        cur = noun
    return None


def _hang_on(verb: Token, noun: Token) -> int:
    """Move a participle with a "by" phrase under the noun it describes; 1 if moved."""
    if noun.head.i == verb.i or not any(c.dep_ == "agent" for c in verb.children):
        return 0
    if noun.i in {t.i for t in verb.subtree}:
        return 0
    verb.head = noun
    verb.dep_ = "acl"
    return 1


def withs_after_places(doc: Doc, people: People) -> int:
    """ "met for two hours at the Statehouse with leaders of X, including A and B": they met A and B.

    The parser hangs "with" written after the meeting's place on the place. Evidence: the
    "with" hangs on the object of "at"/"in", which hangs on a meeting verb. It moves to
    the verb; an ", including ..." hung on the same place moves to the with's object.
    Returns the number of repairs.
    """
    repaired = 0
    lowers = units.words(doc).lowers
    verbs = rules.kinds("meeting_verbs")
    for i in units.positions(lowers, {"with"}):
        prep = doc[i]
        place = prep.head
        if prep.dep_ != "prep" or place.dep_ != "pobj":
            continue
        # "spent 20 minutes on the line with X": the phone, like a place, is where they talked
        phone = place.head.lower_ == "on" and rules.bare(place.text) in rules.words("phone_words")
        if place.head.lower_ not in {"at", "in"} and not phone:
            continue
        verb = place.head.head
        word = rules.bare(verb.text)
        meets = verb.pos_ == "VERB" and (
            word in verbs or (phone and f"{verb.lower_}+with" in rules.kinds("meeting_idioms")))
        # "at a breakfast in the club with X": a meeting noun's place, like a meeting verb's
        meets = meets or (verb.pos_ == "NOUN" and word in rules.kinds("meeting_nouns") and not phone)
        if not meets or verb.i > place.i:
            continue
        if _has_with(verb):
            continue
        prep.head = verb
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        for c in place.children:
            if c.dep_ == "prep" and c.lower_ == "including" and objects and c.i > i:
                c.head = objects[0]
        repaired += 1
    if repaired:
        units.tree_changed(doc)
    return repaired


def _has_with(verb: Token) -> bool:
    """Whether a verb already has a with-phrase of its own (then a stray one is not its partner)."""
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)


def _past_honours(doc: Doc, end: int) -> int:
    """Where the upper-case post-nominal letters written at `end` ("MP", "AO DSC") stop."""
    texts, bares, post = units.words(doc).texts, units.attrs(doc).bares, post_nominal_words()
    while end < len(doc) and texts[end].isupper() and bares[end] in post:
        end += 1
    return end


def portfolios(doc: Doc, people: People) -> int:
    """Give "for Asia A. Name" back to its title when the parser hung it on the verb.

    "met British Minister of State for Asia A. Name on Monday" is often parsed as
    "met [Minister of State] [for Asia A. Name]"; the portfolio and the name belong
    to the title. Evidence: the preposition follows the title phrase directly and
    the name ends its object. Returns the number of repairs.
    """
    repaired = 0
    for mention in people.mentions:
        if mention.kind != "name":
            continue
        head = _name_head(doc, mention.start, mention.end)
        if head is None:
            continue
        lost = None  # "[Secretary of State] [for East Asian Affairs] [A. Name]": the name hung on the verb too
        if head.dep_ == "pobj" and head.i == head.head.right_edge.i:
            prep = head.head
        elif head.dep_ in LOST_APPOSITION and mention.start > 0 and head.i > head.head.i:
            prep = _portfolio_before(doc[mention.start - 1])
            if prep is None or prep.head.i != head.head.i:
                continue
            lost = head
        else:
            continue
        if prep.lower_ not in {"for", "of", "on"} or prep.head.pos_ not in {"VERB", "AUX", "NOUN"} or prep.i == 0:
            continue
        title = _title_head(doc[prep.i - 1])
        if title is None or people.mention_at(title) is not None or _verb_of(title).i != prep.head.i:
            continue
        prep.head = title
        if lost is not None:
            lost.head = title
            lost.dep_ = "appos"
        units.tree_changed(doc)  # the cached heads (read by _name_head) are out of date now
        repaired += 1
    return repaired


PLACE_ENTS = frozenset({"GPE", "LOC", "ORG", "NORP"})


def postings(doc: Doc, people: People) -> int:
    """Give "Ambassador to Norland A. Name" its name back as the phrase's head.

    The parser reads the place and the name as one object of "to", so the title heads the
    phrase and the person is buried in its posting. Evidence: a name whose head is the
    object of a "to" hung on a title word, with the place's words before the name as its
    compounds. The name takes the title's place in the sentence, the title and the place
    hang on it. Returns the number of repairs.
    """
    repaired = 0
    for mention in people.mentions:
        if mention.kind != "name":
            continue
        head = _name_head(doc, mention.start, mention.end)
        if head is None or head.dep_ != "pobj" or head.head.lower_ != "to":
            continue
        prep = head.head
        title = prep.head
        place = [c for c in head.children if c.dep_ == "compound" and prep.i < c.i < mention.start]
        if not place or not is_title_word(title) or people.mention_at(title) is not None or title.i > prep.i:
            continue
        if any(title_or_abbreviation(doc, c.i) or (c.ent_type_ not in PLACE_ENTS and not country_word(c.text))
               for c in place):
            continue  # ("an aide to Mr. A": a courtesy title, no posting)
        last = place[-1]
        for other in place[:-1]:
            other.head = last
        last.head, last.dep_ = prep, "pobj"
        head.head, head.dep_ = title.head if title.head.i != title.i else head, title.dep_
        title.head, title.dep_ = head, "compound"
        units.tree_changed(doc)
        repaired += 1
    return repaired


def _verb_of(title: Token) -> Token:
    """The verb a title phrase belongs to: its head, or the head of its preposition ("accompanied by X")."""
    return title.head.head if title.dep_ == "pobj" else title.head


def split_names(doc: Doc, people: People) -> int:
    """Give back a name the parser cut off from the title written right before it.

    "... with union president A and general secretary | B at the hall": the sentence
    ends between title and name, and the name roots a fragment; "met Principal Chief |
    B for an hour": the name hangs on the verb beside its title. The name takes the
    title's place; the title becomes its compound, as in a well-parsed "general
    secretary B". Returns the number of repairs.
    """
    repaired = 0
    for mention in people.mentions:
        if mention.kind != "name" or mention.start == 0:
            continue
        head = _name_head(doc, mention.start, mention.end)
        title = doc[mention.start - 1]
        if head is None or title.head.i == title.i or title.dep_ == "ROOT":
            continue
        # "met Principal Chief | A. Name for an hour": the name hung on the verb beside its title
        beside = head.dep_ in LOST_APPOSITION and head.head.i == title.head.i and title.dep_ in {"dobj", "pobj"}
        # "sat down with president A and general secretary | B at the hall": B read as a clause of the verb
        beside = beside or (
            head.dep_ == "advcl" and head.pos_ == "PROPN" and title.dep_ == "conj" and head.head.is_ancestor(title)
        )
        if head.dep_ != "ROOT" and not beside:
            continue
        if title.pos_ not in {"NOUN", "PROPN"} or not is_title_word(title) or title.i in {t.i for t in head.subtree}:
            continue
        if any(c.dep_ == "compound" and people.mention_at(c) for c in title.children):
            continue  # the title has its own name already
        head.head, head.dep_ = title.head, title.dep_
        title.head, title.dep_ = head, "compound"
        units.tree_changed(doc, sentences=True)  # cached heads and sentence bounds are out of date now
        repaired += 1
    return repaired


def stray_conjuncts(doc: Doc, people: People) -> int:
    """ "sat down with A, president of X, and his deputy, B,": give "his deputy, B" back to A.

    The small parser sometimes makes a person phrase after "and" a conjunct of the verb
    instead of the object before it. Evidence: a noun conjoined to a verb that names a
    person (itself or through its apposition), and a person's name as the verb's object
    between the two. Returns the number of repairs.
    """
    repaired = 0
    for i in units.positions(units.attrs(doc).deps, {"conj"}):  # picked in C
        tok = doc[i]
        verb = tok.head
        if tok.pos_ not in {"NOUN", "PROPN"} or verb.pos_ != "VERB" or verb.i > tok.i:
            continue
        if not (people.mention_at(tok) or any(c.dep_ == "appos" and people.mention_at(c) for c in tok.children)):
            continue
        if any(c.dep_ in {"nsubj", "nsubjpass", "aux"} for c in tok.children):
            continue  # a clause of its own
        if any(c.dep_ == "prep" and any(t.ent_type_ == "DATE" for t in c.subtree) for c in tok.children):
            continue  # "met A in X on Monday, and B in Y on Tuesday": a second meeting with its own place and day
        objects = [t for t in doc[verb.i + 1 : tok.i] if t.dep_ in {"dobj", "pobj"} and verb.is_ancestor(t) and (
            people.mention_at(t) or (is_title_word(t) and any(c.dep_ == "appos" and people.mention_at(c)
                                                              for c in t.children))
        )]  # ("with the Mayor of X, A, and the regional president, B": the title with its name)
        if not objects:
            continue
        tok.head = objects[-1]
        repaired += 1
    if repaired:
        units.tree_changed(doc)
    return repaired


def conjuncts_in_bodies(doc: Doc, people: People) -> int:
    """ "Reeve A of the Municipality of Franklin and Mayor B sat down with ...": B is A's conjunct.

    The parser joins a name after "and" to the last word of the body named after the first
    name. Evidence: a person's name conjoined to a word that is no person's, inside an
    "of" phrase that hangs on a person's name (or on the title apposed to it), or the object
    of a "who" clause written right after a name ("A, who heads X, and B"). The name moves
    to that person. Returns the number of repairs.
    """
    repaired = 0
    # ("... of X First Nation and Ontario's Minister of Mines, B": the title conjoined, the name its apposition)
    titles = [t for t in units.positions(units.attrs(doc).deps, {"conj"}) if is_title_word(doc[t]) and any(
        c.dep_ == "appos" and people.mention_at(c) is not None for c in doc[t].children)]
    for name in [*_conjoined_names(doc, people), *(doc[t] for t in titles)]:
        if people.mention_at(name.head):
            continue
        k = name.head
        while k.dep_ in {"pobj", "prep"} and k.head.i != k.i and not people.mention_at(k.head):
            k = k.head
        if k.dep_ == "appos" and is_title_word(k) and any(c.dep_ == "prep" and c.lower_ == "of" for c in k.children):
            # "hosted A, chief executive of X, B, who heads Y, and C": B hangs on X, inside A's apposition
            k = next(c for c in k.children if c.dep_ == "prep" and c.lower_ == "of")
        owner = k.head if k.dep_ == "prep" else k
        if owner.dep_ == "appos" and is_title_word(owner) and people.mention_at(owner.head):
            owner = owner.head
        clause = k.head if k.dep_ == "dobj" and k.head.dep_ == "relcl" else None  # "B, who heads X, and C"
        who = next((c for c in clause.children if c.lower_ in {"who", "whose"}), None) if clause is not None else None
        if who is not None and who.i > 1 and doc[who.i - 1].text == "," and people.mention_on(who.i - 2):
            k, owner = clause, doc[who.i - 2]  # C hangs on X; it belongs with B, the name before "who"
        elif k.dep_ != "prep" or k.lower_ != "of":
            continue
        if not people.mention_at(owner) or owner.i > name.i:
            continue
        name.head = owner
        repaired += 1
    if repaired:
        units.tree_changed(doc)
    return repaired


def withs_inside_objects(doc: Doc, people: People) -> int:
    """ "toured the dam and two farms along the river with Mayor A and B": they toured with A and B.

    The parser hangs a "with" written at the end of a long object on its last noun.
    Evidence: the with's object is a person, its head is a thing or place (no person, no
    meeting noun) inside the object or place phrases of a meeting verb that has no "with"
    of its own. It moves to the verb. Returns the number of repairs.
    """
    repaired = 0
    lowers = units.words(doc).lowers
    verbs = rules.kinds("meeting_verbs")
    nouns = rules.kinds("meeting_nouns")
    for i in units.positions(lowers, {"with"}):
        prep = doc[i]
        if prep.dep_ != "prep" or not any(o.dep_ == "pobj" and people.np_refs(o) for o in prep.children):
            continue
        k = prep.head
        verb = None
        while k.head.i != k.i and k.pos_ not in {"VERB", "AUX"}:
            if k.pos_ in {"NOUN", "PROPN"} and (people.mention_at(k) or rules.bare(k.text) in nouns):
                break
            if k.dep_ not in {"pobj", "prep", "conj", "dobj", "compound"}:
                break
            k = k.head
            if k.pos_ == "VERB":
                verb = k
                break
        if verb is None or rules.bare(verb.text) not in verbs or _has_with(verb):
            continue
        prep.head = verb
        repaired += 1
    if repaired:
        units.tree_changed(doc)
    return repaired


def _portfolio_before(tok: Token) -> Token | None:
    """The preposition whose phrase ends at `tok` ("for East Asian and Pacific Affairs")."""
    for up in tok.ancestors:
        if up.dep_ == "prep":
            return up if up.right_edge.i == tok.i else None
    return None


def _acronym(tok: Token) -> bool:
    """ "the city's MMC for infrastructure", "the party's MEC": an office written as an acronym."""
    return tok.pos_ == "PROPN" and tok.text.isupper() and 2 <= len(tok.text) <= 5 and tok.text.isalpha()


def appositions(doc: Doc, people: People) -> int:
    """Attach "TITLE PHRASE, NAME," to its title as an apposition when the parser hung the name elsewhere.

    "... a courtesy call on the Governor of the State, Prince A. Name, at ..." is
    often parsed with the name as an adverbial of "paid"; then neither the office
    nor the descriptor reaches the name. The comma right after the title phrase,
    the name right after the comma and a comma (or the sentence end) after the name
    are the evidence. Returns the number of repairs.
    """
    repaired = 0
    seen: set[int] = set()
    for mention in people.mentions:
        if mention.kind != "name" or mention.start in seen:
            continue
        seen.add(mention.start)
        start = mention.start
        while start > 0 and doc[start - 1].pos_ == "PROPN" and title_or_abbreviation(doc, start - 1):
            start -= 1  # "Senator", "Prince", "Engr.", "Cr" written before the name
        after = _past_honours(doc, mention.end)  # "General A. Name AO DSC, and ..."
        if start < 2 or doc[start - 1].text != "," or after >= len(doc):
            continue
        nxt = after
        if nxt + 1 < len(doc) and doc[nxt].lower_ == "of" and doc[nxt + 1].pos_ == "PROPN":
            nxt += 2  # "the interior ministers of the two countries, A of X and B of Y"
        listed = doc[nxt].lower_ in {"and", ","} and nxt < len(doc) - 1 and people.mention_at(doc[nxt + 1]) is not None
        listed = listed or doc[after].lower_ == "and"  # "the interior ministers, A and B.": a list, checked below
        if doc[after].text not in AFTER_APPOSITION and not listed:
            continue
        head = _name_head(doc, mention.start, mention.end)
        if head is None:
            continue
        # "paid a visit to the Olu of X, Oba A. Name, at": the honorific before the name read as a preposition
        honorific = head.head if head.dep_ == "pobj" and start <= head.head.i < mention.start \
            and head.head.dep_ == "prep" else None
        # "the mission chief for Argentina, A, and B": the name hung on "Argentina" as its conjunct
        lost = head.dep_ == "conj" and people.mention_at(head.head) is None
        # "by the Prime Minister of Niger, A. Name, together with": the name apposed to the place
        place = head.head
        lost = lost or (
            head.dep_ == "appos" and place.i == start - 2 and place.pos_ == "PROPN" and place.dep_ == "pobj"
            and not is_title_word(place) and people.mention_at(place) is None
        )
        skip = frozenset(t.i for t in head.subtree) if lost else frozenset()
        title = _title_head(doc[start - 2], skip)
        if title is None or people.mention_at(title) is not None:
            continue  # the title is part of a name already
        if listed and not plural_title(title.text):
            continue  # "the minister, A and B": only a plural title has a list of names
        if head.head.i == title.i:
            if head.dep_ == "conj" and _apposed_conjunct(doc, people, head, title):
                repaired += 1
            continue
        if head.dep_ == "appos" and head.head.i in _phrase_heads(title):
            continue  # already apposed to its title phrase ("the chief of staff, A. Name")
        definite = any(c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an"} for c in title.children)
        if head.dep_ not in LOST_APPOSITION and honorific is None \
                and not (head.dep_ == "conj" and definite and title.tag_ in {"NN", "NNP"}):
            continue  # "the county executive, A, and B": a definite singular title, then its name
        if head.sent.start != title.sent.start or title.i in {t.i for t in head.subtree}:
            continue  # another sentence, or re-attaching would make a cycle
        head.head = title
        head.dep_ = "appos"
        if honorific is not None:
            honorific.head = head
            honorific.dep_ = "compound"
        units.tree_changed(doc)  # the cached heads (read by _name_head) are out of date now
        repaired += 1
    return repaired


def appositions_of_conjuncts(doc: Doc, people: People) -> int:
    """ "led by A, secretary of X, and B, convenor of Y": "convenor" is B's, not A's.

    The parser hangs the second title on the first name. Evidence: a title apposed to a
    name, written right after a comma that closes another name conjoined to the first.
    Returns the number of repairs.
    """
    repaired = 0
    for i in units.positions(units.attrs(doc).deps, {"appos"}):
        title = doc[i]
        owner = title.head
        start = title.left_edge.i
        if start < 2 or doc[start - 1].text != "," or not is_title_word(title) or people.mention_at(title):
            continue
        if people.mention_at(owner) is None:
            continue
        other = people.mention_on(start - 2)
        if other is None or other.kind != "name" or people.mention_at(owner) is other:
            continue
        head = doc[start - 2]
        if head.dep_ != "conj" or head.head.i != owner.i:
            continue
        title.head = head
        units.tree_changed(doc)
        repaired += 1
    return repaired


def _apposed_conjunct(doc: Doc, people: People, name: Token, title: Token) -> bool:
    """ "with the Minister of X, A. Name, and the Director, B. Name": A is the Minister's apposition.

    The parser made A a conjunct of the title and hung the next title on A; A becomes
    the apposition, the next title a conjunct of the first. Evidence: commas on both
    sides of the name and a definite title before it.
    """
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in title.children):
        return False
    for child in name.children:
        if child.i > name.i and child.dep_ in {"conj", "cc", "punct"}:
            child.head = title
    name.dep_ = "appos"
    units.tree_changed(doc)
    return True


def _phrase_heads(tok: Token) -> set[int]:
    """The nouns a title word belongs to inside its noun phrase ("chief" for "staff" in "chief of staff")."""
    out = {tok.i}
    while tok.dep_ in {"pobj", "prep", "compound", "amod", "nmod"} and tok.head.pos_ in {"NOUN", "PROPN", "ADP"}:
        if tok.dep_ == "prep" and tok.lower_ in {"between", "with", "among"}:
            break  # "the talks between the ministers, A and B": the names are the ministers', not the talks'
        tok = tok.head
        out.add(tok.i)
    return out


def fronted_subjects(doc: Doc, people: People) -> int:
    """ "On 19 May, at the Palace, Mr. A, Prime Minister of X, received B": A is the subject.

    When a sentence opens with its time and place, the parser may conjoin the subject's
    name to the place (or appose it: "Here in Milan, the Consul General, A, held") and leave the verb
    without a subject. Evidence: a name conjoined or apposed to
    the object of a preposition of a verb that has no subject, its phrase (with its
    apposition) ending right before the comma before the verb. Returns the number of repairs.
    """
    repaired = 0
    texts = units.words(doc).texts
    for head in _conjoined_names(doc, people, {"conj", "appos"}):
        place = head.head
        while place.dep_ == head.dep_ and place.head.i != place.i:
            place = place.head  # (up the conjuncts of a conjunct, up the appositions of an apposition)
        verb = place.head.head
        if verb.dep_ == "advmod" and verb.lower_ in {"here", "there"} and verb.head.i != verb.i:
            verb = verb.head  # "Here in Milan, the Consul General, A, held ...": the adverb's verb
        if place.dep_ != "pobj" or place.head.dep_ != "prep" or verb.pos_ != "VERB" or verb.i <= head.i:
            continue
        if any(c.dep_ in {"nsubj", "nsubjpass", "csubj"} for c in verb.children):
            continue
        if head.dep_ == "appos" and any(c.dep_ == "conj" for c in head.children):
            continue  # ("On Oct. 29, A, B and C sat down with D": a list the other rules read as it stands)
        end = head.right_edge.i
        if end + 2 != verb.i or texts[end + 1] != ",":
            continue
        head.head, head.dep_ = verb, "nsubj"
        units.tree_changed(doc)
        repaired += 1
    return repaired


def _conjoined_names(
    doc: Doc, people: People, deps: frozenset[str] | set[str] = frozenset({"conj"})
) -> Iterator[Token]:
    """The head token of every name the parser hung on something as a conjunct (or with `deps`, by another of
    those relations; read as the tree is now)."""
    for mention in people.mentions:
        if mention.kind != "name":
            continue
        head = _name_head(doc, mention.start, mention.end)
        if head is not None and head.dep_ in deps:
            yield head


def objectless_preps(doc: Doc, people: People) -> int:
    """ "Minister of Foreign Affairs A. Name of Kessel": give the "of" its object back.

    The parser sometimes leaves the "of" of a title with no object and hangs the
    portfolio and the name after it elsewhere (as an apposition of the sentence's
    object). Evidence: an "of"/"for" with no object, right after a title word, followed
    by capitalised words that end in a person's name whose head lies before the
    preposition. The name becomes the preposition's object. Returns the number of repairs.
    """
    repaired = 0
    lowers = units.words(doc).lowers
    for i in units.positions(lowers, {"of", "for"}):
        prep = doc[i]
        if prep.dep_ != "prep" or i == 0 or not is_title_word(doc[i - 1]) or any(
            c.dep_ in {"pobj", "pcomp"} for c in prep.children
        ):
            continue
        k = i + 1
        while k < len(doc) and doc[k].text[:1].isupper() and people.mention_on(k) is None:
            k += 1
        mention = people.mention_on(k) if k < len(doc) else None
        if mention is None or mention.kind != "name" or mention.start != k or k == i + 1:
            continue
        name = _name_head(doc, mention.start, mention.end)
        if name is None or name.head.i >= i or name.head.i == name.i:
            continue
        name.head, name.dep_ = prep, "pobj"
        units.tree_changed(doc)
        repaired += 1
    return repaired


def _name_head(doc: Doc, start: int, end: int) -> Token | None:
    """The one token of doc[start:end] whose head lies outside it (read off the cached heads)."""
    heads = units.attrs(doc).heads
    found = [i for i in range(start, end) if not start <= heads[i] < end or heads[i] == i]
    return doc[found[0]] if len(found) == 1 else None


def conjuncts_of_appositions(doc: Doc, people: People) -> int:
    """ "among them A, president of X, and chair B": give B back to A as its conjunct.

    The small parser often conjoins the second name to the first one's apposed title,
    or to the place after the first name ("A of Mexico, B of Peru and C of Chile": C
    hung on "Peru"); then B is read as a second title of A, or C as part of a place.
    Evidence: a name conjoined to a title word apposed to a person's name, or to the
    object of "of" or "from" after one. Returns the number of repairs.
    """
    repaired = 0
    for head in _conjoined_names(doc, people):
        title = head.head
        if title.dep_ == "pobj" and title.head.lower_ in {"of", "from"} and not people.mention_at(title):
            person = _owner_of(people, title)
            # "A of Mexico, B of Peru and C", "Chief A of the Assembly of Chiefs and Chief B of Y"
            if person is not None and (title.ent_type_ in {"GPE", "LOC", "NORP"} or person.dep_ in {"dobj", "pobj"}):
                if person.dep_ in {"appos", "conj"} or title.ent_type_ not in {"GPE", "LOC", "NORP"}:
                    head.head = person.head if person.dep_ == "conj" else person
                    units.tree_changed(doc)
                    repaired += 1
            continue
        if title.dep_ != "appos" or title.i > head.i or not is_title_word(title) or people.mention_at(title):
            continue
        person = title.head
        if not people.mention_at(person) or person.i > title.i:
            continue
        head.head = person
        units.tree_changed(doc)
        repaired += 1
    return repaired


def verbs_as_compounds(doc: Doc, people: People) -> int:
    """ "flew in and met manager A at the ground": make "met" the verb again, A its object.

    The small parser sometimes reads a past-tense verb before a lower-case title as a
    compound of the name ("[met manager A]" conjoined to "flew"). Evidence: a word tagged
    as a past verb that is a compound inside a person's name phrase, the phrase hung
    on a verb. Returns the number of repairs.
    """
    repaired = 0
    for i in units.positions(units.attrs(doc).deps, {"compound"}):  # picked in C
        verb = doc[i]
        if verb.tag_ not in {"VBD", "VBN"}:
            continue
        noun = verb.head
        while noun.dep_ == "compound" and noun.head.i > noun.i:
            noun = noun.head
        if noun.i < verb.i or not people.mention_at(noun) or noun.head.pos_ not in {"VERB", "AUX"}:
            continue
        if noun.dep_ not in {"conj", "dobj", "dep", "appos", "npadvmod"}:
            continue
        verb.head, verb.dep_ = noun.head, noun.dep_ if noun.dep_ == "conj" else "conj"
        noun.head, noun.dep_ = verb, "dobj"
        units.tree_changed(doc)
        repaired += 1
    return repaired


def titles_as_verbs(doc: Doc, people: People) -> int:
    """ "spoke with head coach A and captain B": "captain" is B's title, B one more person spoken with.

    The small parser reads a title that is also a verb as a verb conjoined to the clause's,
    with the name as its object. Evidence: a title word tagged as a verb right after "and",
    a person named right before the "and" and right after the title. The title becomes the
    name's compound and the name a conjunct of the one before. Returns the number of repairs.
    """
    repaired = 0
    for i in units.positions(units.attrs(doc).deps, {"conj"}):
        title = doc[i]
        if title.pos_ != "VERB" or not is_title_word(title) or i < 2 or doc[i - 1].lower_ != "and":
            continue
        after = people.mention_on(i + 1) if i + 1 < len(doc) else None
        before = people.mention_on(i - 2)
        if after is None or before is None or after.start != i + 1 or before.end != i - 1:
            continue
        name = _name_head(doc, after.start, after.end)
        first = _name_head(doc, before.start, before.end)
        if name is None or first is None or name.head.i != i or first.dep_ not in {"pobj", "dobj", "conj"}:
            continue
        name.head, name.dep_ = first, "conj"
        doc[i - 1].head, doc[i - 1].dep_ = first, "cc"
        title.head, title.dep_ = name, "compound"
        units.tree_changed(doc)
        repaired += 1
    return repaired


def titles_inside_of_phrases(doc: Doc, people: People) -> int:
    """ "met the leader of the teachers and the bishop of X": the bishop is the leader's conjunct.

    The small parser conjoins a second title phrase to the plural noun inside the first
    one's "of" phrase. Evidence: a definite title noun (or name) conjoined to a plural common
    noun that is the object of "of" after another title noun. Returns the number of repairs.
    """
    repaired = 0
    for i in units.positions(units.attrs(doc).deps, {"conj"}):  # picked in C
        tok = doc[i]
        group = tok.head
        if group.dep_ != "pobj" or group.tag_ != "NNS" or group.head.lower_ != "of" or is_title_word(group):
            continue
        title = group.head.head
        if not is_title_word(title) or title.pos_ != "NOUN" or title.i > group.i:
            continue
        named = people.mention_at(tok) is not None
        definite = is_title_word(tok) and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        if not (named or definite):
            continue
        tok.head = title
        repaired += 1
    if repaired:
        units.tree_changed(doc)
    return repaired


def _owner_of(people: People, noun: Token) -> Token | None:
    """The person whose "of" phrase holds `noun` ("A of the Assembly of Chiefs": A), a few levels up."""
    cur = noun
    for _ in range(3):
        if cur.dep_ != "pobj" or cur.head.lower_ not in {"of", "from"}:
            return None
        owner = cur.head.head
        if people.mention_at(owner) is not None:
            return owner if owner.i < noun.i else None
        cur = owner
    return None


CLAUSE_DEPS = {"conj", "ccomp", "advcl", "xcomp", "dep", "parataxis", "relcl"}


def name_words_as_verbs(doc: Doc, people: People) -> int:
    """ "A, B van den Bossche and C met": "den" is part of a name, "met" the verb.

    The small parser reads a word inside a name ("den", "dos", "binti", "Said") as a
    verb, often the sentence's root, with the rest of the name and the real verb as its
    dependents. Evidence: a token inside a person's name, not its last word, tagged as
    a verb. The name's last word becomes its head, the other words its compounds; the
    name takes the misread word's place, or, when that word was the root, the first
    verb after the name becomes the root and the subjects hang on it. Returns the
    number of repairs.
    """
    repaired = 0
    for mention in list(people.mentions):
        if mention.kind != "name" or mention.end - mention.start < 2:
            continue
        inside = range(mention.start, mention.end)
        word = next((doc[k] for k in inside[:-1] if doc[k].pos_ in {"VERB", "AUX"}), None)
        if word is None:
            continue
        name = doc[mention.end - 1]
        outside = [c for c in word.children if c.i not in inside]
        verb = next((c for c in outside if c.i > name.i and c.pos_ in {"VERB", "AUX"} and c.dep_ in CLAUSE_DEPS), None)
        if word.head.i in inside and word.head.i != word.i:
            continue
        if verb is not None:
            verb.head, verb.dep_ = (verb, "ROOT") if word.head.i == word.i else (word.head, word.dep_)
            subjects = [c for c in outside if c.dep_ in {"nsubj", "nsubjpass"} and c.i < mention.start]
            if subjects:
                name.head, name.dep_ = subjects[-1], "conj"  # ("A, B van den C and D met": one more subject)
            else:
                name.head, name.dep_ = verb, "nsubj"
            for child in outside:
                if child.i != verb.i:
                    child.head = verb
        elif word.head.i == word.i:
            continue
        else:
            name.head, name.dep_ = word.head, word.dep_
            for child in outside:
                child.head = name
        for k in inside[:-1]:
            if doc[k].head.i in inside or doc[k].head.i == doc[k].i or doc[k].i == word.i:
                doc[k].head, doc[k].dep_ = name, "compound"
        word.pos_, word.tag_ = "PROPN", "NNP"
        units.tree_changed(doc)
        repaired += 1
    return repaired


def verbs_read_as_participles(doc: Doc, people: People) -> int:
    """ "A, a councillor whose ward includes the village, called B to offer support": "called" is the verb.

    After a long apposition, the small parser may read the sentence's verb as a participle of
    the last noun ("the village, called B"), and the sentence is left without a verb. Evidence:
    a sentence whose root is a person's name, and a meeting verb in the past right after a comma,
    hung on a noun as its participle. The verb becomes the root, the name its subject and the
    participle's complement its object. Returns the number of repairs.
    """
    repaired = 0
    verbs = rules.kinds("meeting_verbs")
    texts = units.words(doc).texts
    bares = units.attrs(doc).bares  # (the words; a repair re-attaches tokens, it never changes them)
    speech = rules.words("speech_verbs")
    for sent in doc.sents:
        for root in [sent.root, *(c for c in sent.root.children if c.dep_ == "nsubj")]:
            if root.pos_ not in {"PROPN", "NOUN"} or people.mention_at(root) is None:
                continue
            verb = next((t for t in doc[root.i + 1 : sent.end] if t.dep_ == "acl" and t.tag_ in {"VBN", "VBD"}
                         and texts[t.i - 1] == "," and bares[t.i] in verbs
                         and t.head.pos_ in {"NOUN", "PROPN"} and t.head.i > root.i), None)
            if verb is None or (root.dep_ == "nsubj" and not (
                root.head.i > verb.i and bares[root.head.i] in speech
            )):
                continue  # (", both said": the name is the subject of the speech verb at the end)
            break
        else:
            continue
        verb.head, verb.dep_ = (verb, "ROOT") if root.dep_ == "ROOT" else (root.head, "ccomp")
        root.head, root.dep_ = verb, "nsubj"
        for child in verb.children:
            if child.dep_ == "oprd":
                child.dep_ = "dobj"
        units.tree_changed(doc)
        repaired += 1
    return repaired


def relatives_after_days(doc: Doc, people: People) -> int:
    """ "chaired the meeting on Monday, which was attended by A and B": the meeting was attended, not Monday.

    The parser hangs a "which" clause written after a meeting's day on the day. Evidence: a
    relative clause with "which", hung on a day or time that is the object of a preposition
    whose head is a meeting noun or a verb whose object is one, written before the day. The
    clause moves to the meeting noun. Returns the number of repairs.
    """
    repaired = 0
    nouns = rules.kinds("meeting_nouns")
    bares = units.attrs(doc).bares
    for i in units.positions(units.attrs(doc).deps, {"relcl"}):
        clause = doc[i]
        day = clause.head
        if not any(c.lower_ == "which" and c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
            continue
        if day.ent_type_ not in {"DATE", "TIME"} or day.dep_ != "pobj" or day.head.dep_ != "prep":
            continue
        owner = day.head.head
        meeting = owner if bares[owner.i] in nouns else next(
            (c for c in owner.children if c.dep_ == "dobj" and bares[c.i] in nouns), None)
        if meeting is None or meeting.i > day.i:
            continue
        clause.head = meeting
        units.tree_changed(doc)
        repaired += 1
    return repaired


CLAUSE_PREPS = {"after", "before", "since", "until", "till"}


def clauses_read_as_prep_objects(doc: Doc, people: People) -> int:
    """ "The meeting came a day after a delegation, led by X, was received by Y": the delegation was received.

    The parser may read "after" as a preposition with the clause's subject as its object, and
    the clause's verb as a second verb of the sentence, with no subject. Evidence: a verb with
    an auxiliary and no subject, conjoined to a verb that has "after", "before", "since" or
    "until" with a noun object whose phrase ends right before the auxiliary. The noun becomes
    the verb's subject, the verb a clause of the first, the preposition its conjunction.
    Returns the number of repairs.
    """
    repaired = 0
    for i in units.positions(units.attrs(doc).deps, {"conj"}):
        verb = doc[i]
        auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
        if verb.pos_ != "VERB" or not auxes or any(c.dep_ in {"nsubj", "nsubjpass", "csubj"} for c in verb.children):
            continue
        first = min(auxes, key=lambda t: t.i)
        main = verb.head
        for prep in main.children:
            if prep.dep_ != "prep" or prep.lower_ not in CLAUSE_PREPS or not prep.i < verb.i:
                continue
            noun = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if noun is None or noun.pos_ not in {"NOUN", "PROPN"}:
                continue
            gap = doc[noun.right_edge.i + 1 : first.i]
            if any(not t.is_punct for t in gap) or len(gap) > 1:
                continue
            passive = any(a.dep_ == "auxpass" for a in auxes)
            _prep_as_conjunction(noun, verb, main, prep, "nsubjpass" if passive else "nsubj")
            repaired += 1
            break
    return repaired


def verbs_after_prep_objects(doc: Doc, people: People) -> int:
    """ "announced after the Minister of Education, X, conferred yesterday with Y": the Minister conferred.

    Like `clauses_read_as_prep_objects`, for a finite verb with no auxiliary the parser left
    hanging with no subject ("dep", "advcl") right after an "after"/"before"/"until" object that is a
    person or a title, and its apposition, with only a comma between. The object becomes the verb's subject,
    the verb a clause of the preposition's verb, the preposition its conjunction.
    Returns the number of repairs.
    """
    repaired = 0
    a = units.attrs(doc)
    for i in units.positions(a.deps, {"dep", "advcl"}):
        verb = doc[i]
        if verb.tag_ not in {"VBD", "VBZ", "VBN"} or any(c.dep_ in {"nsubj", "nsubjpass", "csubj", "aux", "auxpass"}
                                                         for c in verb.children):
            continue  # (the tagger may take the past tense for a participle: "X, negotiated for six hours")
        k = i - 1
        while k > 0 and doc[k].text == ",":
            k -= 1
        if k == i - 1:
            continue  # a comma stands between the object's phrase and the verb
        noun = next((t for t in [doc[k], *doc[k].ancestors] if t.dep_ == "pobj" and k <= t.right_edge.i < i), None)
        if noun is None or noun.pos_ not in {"NOUN", "PROPN"} or noun.head.lower_ not in CLAUSE_PREPS - {"since"}:
            continue
        if not (people.np_refs(noun) or is_title_word(noun)):
            continue  # a person did it ("after the Minister, X, conferred"), not "since independence"
        prep = noun.head
        main = next((t for t in prep.ancestors if t.pos_ in {"VERB", "AUX"}), None)
        if main is None or main.i > prep.i or verb.is_ancestor(prep):
            continue
        _prep_as_conjunction(noun, verb, main, prep, "nsubj")
        repaired += 1
    return repaired


def _prep_as_conjunction(noun: Token, verb: Token, main: Token, prep: Token, subject: str) -> None:
    """Make "after X" + a verb left without subject into the clause "after X <verb>" of `main`."""
    noun.head, noun.dep_ = verb, subject
    verb.head, verb.dep_ = main, "advcl"
    prep.head, prep.dep_ = verb, "mark"
    units.tree_changed(verb.doc)


def objects_before_clauses(doc: Doc, people: People) -> int:
    """ "The paper can reveal the chief executive enjoyed a lunch with X": the chief executive enjoyed it.

    The parser may make the subject of a clause without "that" the object of the verb before it,
    and leave the clause's verb with no subject. Evidence: a past or present verb of a "ccomp"
    (or a "conj" with no "and") with no subject, right after the whole phrase of its head's noun
    object. The object becomes the clause's subject. Returns the number of repairs.
    """
    repaired = 0
    a = units.attrs(doc)
    for i in units.positions(a.deps, {"ccomp", "conj"}):
        verb = doc[i]
        if verb.tag_ not in {"VBD", "VBZ"} or any(c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"}
                                                  for c in verb.children):
            continue
        if a.deps[i] == "conj" and any(c.dep_ == "cc" for c in verb.head.children):
            continue  # "bought a car and drove home": two verbs of one subject
        obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.right_edge.i == i - 1), None)
        if obj is None or obj.pos_ not in {"NOUN", "PROPN"} or verb.head.i > obj.i:
            continue
        if a.deps[i] == "conj" and any(t.pos_ in {"VERB", "AUX"} for t in obj.subtree):
            continue  # ("met A, who police say organised ...": a clause inside the object)
        obj.head, obj.dep_ = verb, "nsubj"
        verb.dep_ = "ccomp"  # (what the paper "can reveal" happened; a conjunct would share the "can")
        units.tree_changed(doc)
        repaired += 1
    return repaired


def second_objects_of_titles(doc: Doc, people: People) -> int:
    """ "met the chief executive of TT-Line, A, in Devonport": A is the chief executive, not a second TT-Line.

    The parser may give the "of" of a title two objects, the body and the name apposed to the whole
    title. Evidence: an "of" hung on a title word with two objects, the first no person, the second a
    person's name after a comma. The name becomes the title's apposition. Returns the number of repairs.
    """
    repaired = 0
    lowers = units.words(doc).lowers
    for i in units.positions(lowers, {"of"}):
        prep = doc[i]
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if len(objects) < 2 or not is_title_word(prep.head) or people.mention_at(objects[0]) is not None:
            continue
        name = objects[1]
        mention = people.mention_at(name)
        if mention is None or mention.kind != "name" or mention.start == 0 or doc[mention.start - 1].text != ",":
            continue
        name.head, name.dep_ = prep.head, "appos"
        units.tree_changed(doc)
        repaired += 1
    return repaired


def subjects_of_auxiliaries(doc: Doc, people: People) -> int:
    """ "X had on Sunday jointly paid a visit to Y": X is the subject of "paid", not of "had".

    A phrase between the auxiliary and its verb can make the parser hang the subject (and the
    phrase) on the auxiliary. Evidence: a subject before an auxiliary, hung on it, and the verb
    after both with no subject of its own (not "Also attending were X and Y"). The subject and the
    auxiliary's other children move to the verb.
    Returns the number of repairs.
    """
    repaired = 0
    deps = units.attrs(doc).deps
    for i in units.where(d in {"aux", "auxpass"} for d in deps):
        aux = doc[i]
        verb = aux.head
        subjects = [c for c in aux.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < aux.i]
        if not subjects or verb.i <= aux.i or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            continue
        for child in list(aux.children):
            child.head = verb
        units.tree_changed(doc)
        repaired += 1
    return repaired
