"""Statements: direct quotations and who said them.

A quotation's speaker is the subject of the speech verb next to it: right after
it (", she said"), before it in the same sentence ("X said:", "X said the
agency \"remains committed\""), or, for a quotation standing alone, the
speaker of the quotation before it in the paragraph, of the quotation it
continues from the previous paragraph, or of the sentence that introduced it
("X said the talks went well." followed by a quoted paragraph).
Quotations under three words are scare quotes, not statements.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc, Token

from kg.extract import rules, units
from kg.extract.meeting_events import bare_word, collect
from kg.extract.people import Mention, People, fold
from kg.extract.quotes import Label, Quote, paragraphs
from kg.records import Span as TextSpan
from kg.records import Statement

MIN_WORDS = 3
SENTENCE_END = {".", "!", "?"}
QUOTE_MARKS = set('"“”«»„‘’')  # (a lone ‘ or ’ token is a single quote mark, or an apostrophe: no word either way)


def _token_range(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.start, span.end


def _author(people: People, noun: Token) -> list[str]:
    """Who wrote or gave "a statement from X", "X's letter", "remarks by X": the persons named there."""
    for child in noun.children:
        if child.dep_ == "poss":
            return collect(people, child)
        if child.dep_ == "prep" and child.lower_ in {"from", "by", "of"}:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return collect(people, obj)
    return []


QUOTING_VERBS = {"quoted", "quotes", "quote", "cited", "cites", "reported", "reports"}


def _speaker_of_verb(people: People, verb: Token) -> str | None:
    """The person who is the subject of a speech verb ("according to X": X)."""
    if verb.lower_ == "according":
        for child in verb.children:
            if child.lower_ == "to":
                for obj in child.children:
                    refs = collect(people, obj) or _author(people, obj)
                    if len(refs) == 1:
                        return refs[0]
        return None
    quoting = verb.head.head if verb.head.lower_ == "as" else None
    if quoting is not None and quoting.lower_ in QUOTING_VERBS:
        # "The agency quoted X as saying ...": the one quoted, not the agency
        refs = [r for c in quoting.children if c.dep_ == "dobj" for r in collect(people, c)]
        return refs[0] if len(refs) == 1 else None
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    # ('"... Mathematics," Mrs. X said': the parser may take the quotation's last word for a subject too)
    for child in [c for c in subjects if not people.quoted(c)] or subjects:
        if child.lower_ in {"who", "that"} and verb.dep_ == "relcl":
            refs = people.np_refs(verb.head)
        else:
            refs = tuple(collect(people, child))
        return refs[0] if len(refs) == 1 else None
    doc = verb.doc
    if verb.i > 1 and doc[verb.i - 1].is_quote and doc[verb.i - 2].text in {",", "!", "?"} and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        # '"...," grinned X': the parser may take the speaker of a rarer verb put first for its object
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
        refs = tuple(collect(people, objects[0])) if objects else ()
        if len(refs) == 1:
            return refs[0]
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i and c.tag_ in {"VBN", "VBD"}):
        # "Roe, tipped to become minister, said: ...": the parser took the name for the participle's subject
        for child in (c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i):
            refs = tuple(collect(people, child))
            if len(refs) == 1 and child.i + 1 < clause.i and child.doc[child.i + 1].text == ",":
                return refs[0]
    if verb.dep_ in {"conj", "advcl", "xcomp"} and verb.head.i != verb.i:
        # "..., Roe said, adding that ...": the added clause shares the subject.
        return _speaker_of_verb(people, verb.head)
    # '"...," Presiding Judge A. Name said': the parser made the title a verb; the name stands
    # right before "said" with no subject found, and that is who said it
    before = people.mention_on(verb.i - 1) if verb.i else None
    # (or '"...," the 52-year-old said', the parser making the age a modifier of the verb)
    if before is not None and before.kind in {"name", "descriptor"} and before.end == verb.i and len(before.refs) == 1:
        return before.refs[0]
    return None


def _is_speech_verb(tok: Token) -> bool:
    return _speech_verb(tok.doc, tok.i)


def _speech_verb(doc: Doc, i: int) -> bool:
    """Token `i` is a speech verb ("said", "according"); `_is_speech_verb` by number."""
    lower = units.words(doc).lowers[i]
    if lower in {"went", "goes", "go"} and units.attrs(doc).poss[i] == "VERB":
        # '"When they close a strip," she went on, "they ..."': going on is going on speaking
        return any(c.dep_ == "prt" and c.lower_ == "on" for c in doc[i].children) and not any(
            c.dep_ in {"dobj", "prep", "xcomp"} for c in doc[i].children)
    if lower in STATEMENT_VERBS and units.attrs(doc).poss[i] == "VERB":
        # "X made the following statement to the press: ...": a statement made is words said
        return any(c.dep_ == "dobj" and bare_word(c) in rules.words("speech_nouns") for c in doc[i].children)
    if lower not in rules.words("speech_verbs"):
        return False
    return units.attrs(doc).poss[i] in {"VERB", "AUX"} or lower == "according"


STATEMENT_VERBS = frozenset({"made", "issued", "read", "delivered"})


def _subordinate(verb: Token, frames: _Frames) -> bool:
    """A verb opening a subordinate clause ("if she agreed") does not introduce the quotation before it.

    A "that" inside the quotation ('"... and I told her that," X said') is the quotation's own word,
    hung on the speech verb by the parser.
    """
    return any(child.dep_ == "mark" and frames.outside(child.i) for child in verb.children)


class _Frames:
    """The words around each quotation, outside all quotations, within its paragraph."""

    def __init__(self, doc: Doc, quotes: list[Quote]) -> None:
        self.doc = doc
        self.text = units.text(doc)
        self.texts = units.words(doc).texts
        self.quotes = quotes
        self.inside: set[int] = set()
        self.ranges: list[tuple[int, int] | None] = []
        for q in quotes:
            rng = _token_range(doc, q.start, q.end)
            self.ranges.append(rng)
            if rng:
                self.inside.update(range(rng[0], rng[1]))
        self.paragraph_of = units.paragraph_of(doc)

    def outside(self, i: int) -> bool:
        return i not in self.inside and self.texts[i] not in QUOTE_MARKS

    def after(self, index: int) -> list[int]:
        """Words after a quotation up to the end of its sentence or the next quotation (token numbers)."""
        rng = self.ranges[index]
        if rng is None:
            return []
        para = self.paragraph_of[rng[1] - 1]
        out = []
        i = rng[1]
        while i < len(self.texts):
            if self.paragraph_of[i] != para or i in self.inside:
                break
            if self.texts[i] in QUOTE_MARKS:
                i += 1
                continue
            out.append(i)
            if self.texts[i] in SENTENCE_END:
                break
            i += 1
        return out

    def before(self, index: int) -> list[int]:
        """Words before a quotation back to the start of its sentence or the previous quotation (token numbers)."""
        rng = self.ranges[index]
        if rng is None:
            return []
        para = self.paragraph_of[rng[0]]
        out = []
        i = rng[0] - 1
        while i >= 0:
            if self.paragraph_of[i] != para or i in self.inside:
                break
            if self.texts[i] in QUOTE_MARKS:
                i -= 1
                continue
            if self.texts[i] in SENTENCE_END:
                break
            out.append(i)
            i -= 1
        out.reverse()
        return out


def _ends_sentence(text: str) -> bool:
    stripped = text.rstrip().rstrip("'’\"”")
    return bool(stripped) and stripped[-1] in ".!?"


FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}


def _colon_lead(people: People, before: list[int]) -> str | None:
    """'Rao, visibly tired of the delays: "..."': a verbless lead-in ending in a colon names the speaker."""
    texts = units.words(people.doc).texts
    if not before or texts[before[-1]] != ":":
        return None
    found = _lead_person(people, before)
    if found is None and 1 <= len(before) - 1 <= 3 and all(texts[k][:1].isupper() for k in before[:-1]):
        # 'Villareal: "There is no such meeting."' in a live blog: a surname the name rules leave to labels
        found = _head_person(people, " ".join(texts[k] for k in before[:-1]))
    if found is None and len(before) > 2:
        # "Last night councillor A. Name hit back: '...'", "The minister was blunt: '...'": the subject of the
        # clause the colon ends
        doc = people.doc
        verb = doc[before[-2]]
        while verb.dep_ not in {"ROOT", "conj"} and verb.head.i != verb.i and verb.head.i in before:
            verb = verb.head
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i in before]
        refs = collect(people, subjects[0]) if verb.i in before and len(subjects) == 1 else []
        found = refs[0] if len(refs) == 1 else None
    return found


def _reporter_quotes(people: People, frames: _Frames, before: list[int]) -> str | None:
    """'He said the priority was to help. And I quote: "..."': the reporter quotes the one whose words the
    paragraph has just told, not herself."""
    lowers = units.words(people.doc).lowers
    if len(before) < 2 or lowers[before[-1]] != ":" or lowers[before[-2]] != "quote":
        return None
    paragraph = frames.paragraph_of[before[-2]]
    k = before[-2] - 1
    while k >= 0 and frames.paragraph_of[k] == paragraph:
        if frames.outside(k) and _speech_verb(people.doc, k) and (ref := _speaker_of_verb(people, people.doc[k])):
            return ref
        k -= 1
    return None


LEAD_ENDS = {":", "–", "—", "-", "--"}


def _lead_paragraph(people: People, frames: _Frames, index: int) -> str | None:
    """A release's quote block: 'A. Name, Minister of Energy –' alone on the line before the quotation.

    Evidence: the quotation opens its paragraph, and the paragraph before is a short verbless
    line ending in a dash or colon that names one person.
    """
    rng = frames.ranges[index]
    if rng is None:
        return None
    k = rng[0] - 1
    while k >= 0 and (frames.texts[k] in QUOTE_MARKS or frames.texts[k].isspace()):
        k -= 1
    if k < 0 or frames.paragraph_of[k] == frames.paragraph_of[rng[0]] or frames.texts[k] not in LEAD_ENDS:
        return None
    line = [i for i in range(max(0, k - 20), k + 1) if frames.paragraph_of[i] == frames.paragraph_of[k]]
    if line[0] > 0 and frames.paragraph_of[line[0] - 1] == frames.paragraph_of[k]:
        return None  # longer than a lead line
    return _lead_person(people, line)


def _lead_person(people: People, line: list[int]) -> str | None:
    """The one person named in a verbless lead-in ("A. Name, president and CEO, Kessel Hydro –")."""
    tags = units.attrs(people.doc).tags
    if any(tags[i] in FINITE_TAGS for i in line):
        return None
    refs: list[str] = []
    for i in line:
        refs.extend(r for r in people.refs_on(i) if r not in refs)
    return refs[0] if len(refs) == 1 else None


def _attribution(people: People, frames: _Frames, index: int) -> tuple[str | None, bool]:
    """Speaker from the words around one quotation; second value: the quote is part of a sentence."""
    doc = frames.doc
    a = units.attrs(doc)
    lowers = units.words(doc).lowers
    quote = frames.quotes[index]
    after = frames.after(index)
    before = frames.before(index)
    words_after = [i for i in after if not a.puncts[i]]
    closing = frames.text[quote.start : quote.end]
    if words_after:
        allowed = not _ends_sentence(closing) or doc[words_after[0]].is_lower or closing.rstrip()[-1:] in {"!", "?"}
        if allowed:
            for i in words_after[:8]:
                if _speech_verb(doc, i) and not _subordinate(doc[i], frames):
                    ref = _speaker_of_verb(people, doc[i])
                    if ref:
                        return ref, True
    words_before = [i for i in before if not a.puncts[i]]
    if words_before and (ref := _relative_speaker(people, frames, index)):
        return ref, True  # 'X said he had spoken with Y, who had "asked for calm"': Y's words, not X's
    for i in reversed(words_before):
        if _speech_verb(doc, i):
            ref = _speaker_of_verb(people, doc[i])
            if ref:
                return ref, True
    for i in words_after + words_before:
        if lowers[i] == "according":
            ref = _speaker_of_verb(people, doc[i])
            if ref:
                return ref, True
    ref = _reporter_quotes(people, frames, before) or _colon_lead(people, before) or (
        _lead_paragraph(people, frames, index) if not before else None)
    if ref:
        return ref, True
    partial = any(a.poss[i] in {"VERB", "AUX"} for i in words_before) or (
        any(a.poss[i] in {"VERB", "AUX"} for i in words_after) and not _ends_sentence(closing)
    )
    if partial:
        ref, blocked = _governing_speaker(people, frames, index)
        if ref or blocked:
            return ref, True
        # 'X called the meeting a "good step"': the subject of the sentence.
        anchor = words_before[-1] if words_before else words_after[0]
        root = doc[units.unit_root(doc, anchor)]
        for child in root.children:
            if child.dep_ in {"nsubj", "nsubjpass"}:
                refs = collect(people, child)
                if len(refs) == 1:
                    return refs[0], True
    return None, partial


RELATIVE_WORDS = {"who", "that", "which"}


def _relative_subject(people: People, verb: Token) -> tuple[str, ...]:
    """'his report, which called it "a scandal"': the noun's person, or else its possessor's."""
    refs = people.np_refs(verb.head)
    if refs:
        return refs
    for child in verb.head.children:
        if child.dep_ == "poss":
            return tuple(collect(people, child))
    return ()


def _attached(doc: Doc, rng: tuple[int, int]) -> list[Token]:
    """The words of a quotation's tokens [start, end) that hang on a word outside it (or on nothing)."""
    return [doc[i] for i in range(*rng) if not rng[0] <= doc[i].head.i < rng[1] or doc[i].head.i == i]


def _relative_speaker(people: People, frames: _Frames, index: int) -> str | None:
    """The one person a relative clause around a quotation is about ('Y, who called it "a recipe for chaos"'),
    when the clause's verb governs the quotation and its subject is "who"."""
    rng = frames.ranges[index]
    if rng is None:
        return None
    attached = _attached(frames.doc, rng)
    if not attached or attached[0].head.i == attached[0].i:
        return None
    verb = attached[0] if attached[0].dep_ == "relcl" else attached[0].head  # ('who had "asked for calm"')
    for _ in range(3):
        if verb.dep_ == "relcl" and any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ == "who" for c in verb.children):
            refs = _relative_subject(people, verb)
            return refs[0] if len(refs) == 1 else None
        if verb.dep_ not in {"xcomp", "conj", "prep", "pobj", "dobj"} or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _governing_speaker(people: People, frames: _Frames, index: int) -> tuple[str | None, bool]:
    """A quotation inside a sentence: the person subject of the nearest verb governing it.

    'after which Rao accused the board of "moving the goalposts"' is Rao's even
    though the sentence's subject is someone else; the walk goes up past
    subjects that are not persons ('X said the plan "had failed"'), but stops at
    a relative clause whose noun is nobody's (second value: do not guess further).
    """
    rng = frames.ranges[index]
    if rng is None:
        return None, False
    doc = frames.doc
    attached = _attached(doc, rng)
    if not attached or attached[0].head.i == attached[0].i:
        return None, False
    verb = attached[0].head
    # 'told the court that A had been "a chairman in name only"': a reported clause calls A that; its
    # subject is who it describes, the teller is further up
    described = attached[0].dep_ == "attr" and verb.lower_ in rules.kinds("copula_verbs") and (
        verb.dep_ in {"ccomp", "conj"})
    for _ in range(len(doc)):
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if described and verb.i == attached[0].head.i:
            subject = None
        if verb.pos_ in {"VERB", "AUX"} and subject is not None:
            relative = subject.lower_ in RELATIVE_WORDS and verb.dep_ == "relcl"
            refs = _relative_subject(people, verb) if relative else tuple(collect(people, subject))
            if len(refs) == 1:
                return refs[0], False
            if relative:
                return None, True
        if verb.head.i == verb.i:
            break
        verb = verb.head
    return None, False


def _introducer(people: People, frames: _Frames, index: int) -> str | None:
    """For a quotation opening a paragraph or sentence: the speaker of the sentence just before it.

    That sentence reports speech ("She went, she says, out of curiosity.") or
    has a person for subject ("Rao was defiant on Monday.").
    """
    rng = frames.ranges[index]
    if rng is None or rng[0] == 0:
        return None
    doc = people.doc
    i = rng[0] - 1
    while i >= 0 and (doc[i].text in QUOTE_MARKS or doc[i].is_space):
        i -= 1
    if i < 0 or not frames.outside(i):
        return None
    sent = units.sentence_of(doc[i])
    for tok in sent:
        if frames.outside(tok.i) and _is_speech_verb(tok) and tok.dep_ in {"ROOT", "conj", "parataxis"}:
            ref = _speaker_of_verb(people, tok)
            if ref:
                return ref
    # Interviews: "Asked about X, she went back to the spring." then a quoted paragraph.
    if any(not frames.outside(t.i) for t in sent if not t.is_punct and not t.is_space):
        return None
    root = sent.root
    for child in root.children:
        if child.dep_ == "nsubj" and root.pos_ in {"VERB", "AUX"}:
            refs = collect(people, child)
            if len(refs) == 1 and not people.person(refs[0]).anonymous:
                return refs[0]
    return None


# -- labelled turns (interviews, transcripts) ------------------------------------

QUESTION_LABELS = {"q", "question"}
MIN_TURNS = 3  # an interview or transcript, not a lone "Note:" paragraph
MAX_TURN_GAP = 3  # unlabelled paragraphs an answer may run on over
ANSWER_LABELS = {"a", "answer"}


def _name_words(people: People) -> dict[str, list[set[str]]]:
    """The folded words of every spelling of every named person."""
    out: dict[str, list[set[str]]] = {}
    for person in people.persons:
        if not person.anonymous:
            out[person.ref] = [set(fold(n).split()) for n in [person.name, *person.aliases] if fold(n)]
    return out


def _named(people: People, words: list[str]) -> str | None:
    """The one person one of whose spellings holds all these words ("KO" or "Ko Min-su")."""
    found = [ref for ref, spellings in _name_words(people).items() if any(set(words) <= s for s in spellings)]
    return found[0] if len(found) == 1 else None


def _head_person(people: People, head: str) -> str | None:
    """The person a label like "MINISTER KIM" or "Mr Osei" names: its last words are the name."""
    words = fold(head).split()
    for start in range(len(words)):
        ref = _named(people, words[start:])
        if ref:
            return ref
    return None


def _looks_like_name(text: str) -> bool:
    """Two to five capitalised words (particles allowed) with no title word: "Jo Park", "Ana de Souza"."""
    parts = text.split()
    if text.isupper():
        return False  # "(NOT NAMED)", "(VOICE-OVER)": a note on the turn, not a name written out
    particles = rules.words("name_particles")
    titles = rules.heads("titles") | rules.words("honorifics")
    if not 2 <= len(parts) <= 5 or not parts[0][0].isupper() or not parts[-1][0].isupper():
        return False
    return all((p[0].isupper() or p.lower() in particles) and rules.bare(p) not in titles for p in parts)


def _paren_person(people: People, doc: Doc, label: Label, text: str) -> str | None:
    """"MODERATOR (Jo Park, spokesperson)": the name in the parenthesis, made a person if new."""
    if not label.paren:
        return None
    name = label.paren.split(",")[0].strip()
    if name.isupper() and len(name.split()) >= 2 and fold(label.head) in CLIP_LABELS:
        # "CLIP (MAYOR A. NAME):", "CLIP (A. NAME, TTC):": a person of the article written in capitals, else a
        # new one by the words after the titles
        ref = _head_person(people, name)
        words = name.title().split()
        titles = rules.heads("titles") | rules.words("honorifics")
        while words and rules.bare(words[0]) in titles:
            words = words[1:]
        # (a given name first: not "(NOT NAMED)", "(VOICE OVER)")
        if ref is None and _looks_like_name(" ".join(words)) and words[0] in rules.given_names():
            ref = people.new_person(" ".join(words)).ref
        return ref
    if not _looks_like_name(name):
        return None
    ref = _named(people, fold(name).split())
    if ref is None:
        ref = people.new_person(name).ref
        at = text.find(name, text.rfind("\n", 0, label.start) + 1, label.start)
        span = doc.char_span(at, at + len(name), alignment_mode="expand") if at >= 0 else None
        if span is not None:
            people.note_mention(ref, span.start, span.end)
    return ref


def _written_person(people: People, doc: Doc, head: str, text: str) -> str | None:
    """ "SIPHO TLADI:" where the article writes "Sipho Tladi" but the model found no person there: the
    label's last two to four words, as the text writes them in capitals and small letters, made a person."""
    words = head.split()
    for start in range(max(0, len(words) - 4), len(words) - 1):
        wanted = " ".join(words[start:])
        at = next((m.start() for m in re.finditer(re.escape(wanted), text, re.IGNORECASE)
                   if not text[m.start():m.end()].isupper() and _looks_like_name(text[m.start():m.end()])), -1)
        if at < 0:
            continue
        name = text[at : at + len(wanted)]
        span = doc.char_span(at, at + len(name), alignment_mode="expand")
        if span is None or any(people.mention_on(k) is not None for k in range(span.start, span.end)):
            continue
        ref = people.new_person(name).ref
        people.note_mention(ref, span.start, span.end)
        return ref
    return None


def _given_name_only(people: People, head: str) -> str | None:
    """ "NINA FORSYTHE:" where the article calls her only "Nina" ("Thanks, Nina."): the person found by the
    given name alone is the speaker, and the label gives the full name; a known given name the article
    writes in its labels only is a person too."""
    words = head.split()
    if not 2 <= len(words) <= 3 or not head.isupper() or not _looks_like_name(head.title()):
        return None
    name = " ".join("-".join(part.capitalize() for part in w.split("-")) for w in words)
    found = [p for p in people.persons if not p.anonymous and fold(p.name) == fold(words[0])]
    if len(found) == 1:
        person = found[0]
        person.aliases.append(person.name)
        person.name = name
        return person.ref
    if not found and name.split()[0] in rules.given_name_genders():  # named in the labels only
        return people.new_person(name).ref
    return None


def _unnamed_speaker(people: People, head: str) -> str | None:
    """ "RESIDENT OF EASTGATE:", "CALLER:": a turn by someone the article does not name, an anonymous person."""
    words = head.split()
    if fold(words[0]) not in rules.words("anonymous_nouns"):
        return None
    if head.isupper():  # written as the article would: "resident of Eastgate"
        words = [words[0].lower()] + [w.lower() if len(w) <= 3 else w.capitalize() for w in words[1:]]
    return people.new_person(" ".join(words), anonymous=True).ref


def _interviewee(people: People, doc: Doc, before: int) -> str | None:
    """The person the introduction of an interview is about: the one it mentions most, first on ties."""
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    named = _name_words(people)
    for mention in people.mentions:
        if doc[mention.start].idx >= before or len(mention.refs) != 1 or mention.refs[0] not in named:
            continue
        ref = mention.refs[0]
        counts[ref] = counts.get(ref, 0) + 1
        first[ref] = min(first.get(ref, mention.start), mention.start)
    if not counts:
        return None
    return min(counts, key=lambda r: (-counts[r], first[r]))


CLIP_LABELS = frozenset({"clip", "soundbite", "sot", "actuality", "tape", "audio", "video"})


def _label_statements(doc: Doc, people: People, labels: list[Label], text: str) -> list[Statement]:
    """Each labelled turn of three words or more, said by the person its label names.

    "Q:" turns are the reporter's and are skipped; "A:" is the interviewee, but
    only where the article also has "Q:" turns. A label once explained by its
    parenthesis ("MODERATOR (Jo Park, ...)") means that person later too.
    """
    heads = [fold(lab.head) for lab in labels]
    interview = any(h in QUESTION_LABELS for h in heads) and any(h in ANSWER_LABELS for h in heads)
    known: dict[str, str] = {}
    speakers: list[str | None] = []
    for label, head in zip(labels, heads, strict=True):
        ref = _paren_person(people, doc, label, text)
        if ref is None and head in ANSWER_LABELS and interview:
            ref = _interviewee(people, doc, text.rfind("\n", 0, labels[0].start) + 1)
        elif ref is None and head not in QUESTION_LABELS | ANSWER_LABELS:
            ref = known.get(head) or _head_person(people, label.head)
            if ref is None and len(labels) >= MIN_TURNS:  # a transcript: every label is a speaker
                ref = (_written_person(people, doc, label.head, text) or _given_name_only(people, label.head)
                       or _unnamed_speaker(people, label.head))
        if ref is not None and head not in QUESTION_LABELS | ANSWER_LABELS | CLIP_LABELS:
            known.setdefault(head, ref)  # (not "CLIP": each clip is somebody's of its own)
        speakers.append(ref)
    turns = {i for i, h in enumerate(heads) if speakers[i] or (interview and h in QUESTION_LABELS)}
    bounds = paragraphs(text)
    out = []
    for i, (label, ref) in enumerate(zip(labels, speakers, strict=True)):
        if ref is None:
            continue
        spans = [(label.start, label.end)]
        if len(turns) >= MIN_TURNS and i in turns and i + 1 in turns:
            # An answer running on over unlabelled paragraphs up to the next turn.
            gap = range(label.paragraph + 1, labels[i + 1].paragraph)
            if len(gap) <= MAX_TURN_GAP:
                spans.extend(bounds[p] for p in gap)
        for start, end in spans:
            if Quote(start, end, 0).words(text) >= MIN_WORDS:
                body = text[start:end].strip()
                out.append(Statement(ref, body, TextSpan(start, end, text[start:end])))
    return out


def label_turns(doc: Doc, people: People, labels: list[Label]) -> list[Statement]:
    """The turns of a transcript or interview ("MINISTER KIM: ...") as statements of the people their labels
    (`speaker_labels` of the document's text) name."""
    return _label_statements(doc, people, labels, units.text(doc))


def turn_roles(doc: Doc, labels: list[Label], turns: list[Statement]) -> list[tuple[str, str, TextSpan]]:
    """(person, role, label) for each labelled turn whose label names a role after the name ("JO PARK,
    PRESENTER:", "A. NAME, REPORTER:"): the role is what that person does for the programme. `labels` and
    `turns` are those `label_turns` read and made, not read again."""
    whole = units.text(doc)
    titles = rules.words("titles")
    speaker_at = {turn.evidence.start: turn.speaker for turn in turns}
    out: list[tuple[str, str, TextSpan]] = []
    for label in labels:
        role = (label.paren or "").strip()
        if "," in role:
            continue  # "CLIP (A. NAME, TTC CEO):": a clip's caption, the office told (or not) in the story
        ref = speaker_at.get(label.start)
        if ref is None or not role.isupper() or role.lower().split()[-1] not in titles:
            continue
        if not any(r == ref and o == role.lower() for r, o, _ in out):
            begin = whole.rfind("\n", 0, label.start) + 1
            out.append((ref, role.lower(), TextSpan(begin, label.start, whole[begin:label.start])))
    return out


def first_person_in_turns(doc: Doc, people: People, turns: list[Statement]) -> int:
    """ "MEC: Yes, I met Mr X last night": "I" in a labelled turn is its speaker, and "you" the speaker of the
    turn after it (outside quote marks), so the meeting rules see who met whom. Returns how many words were
    linked."""
    linked = 0
    for k, turn in enumerate(turns):
        # "you" is the one who answers: the speaker of the next turn ("PRESENTER: You met them yesterday?")
        answer = turns[k + 1].speaker if k + 1 < len(turns) and turns[k + 1].speaker != turn.speaker else None
        # ("we sat down with the minister": the speaker was there, whoever else "we" are)
        words = {"i": turn.speaker, "me": turn.speaker, "we": turn.speaker} | ({"you": answer} if answer else {})
        linked += _link_words(doc, people, turn.evidence, words, quoted=False)
    return linked


def first_person_in_quotes(doc: Doc, people: People, said: list[Statement]) -> int:
    """ '"I rang him this morning," the Premier said': "I" and "me" inside a quotation are its speaker, so the
    meeting rules can read the contacts a speaker tells of. Returns how many words were linked."""
    return sum(
        _link_words(doc, people, s.evidence, {"i": s.speaker, "me": s.speaker}, quoted=True)
        for s in said if not people.person(s.speaker).anonymous
    )


def _link_words(doc: Doc, people: People, span: TextSpan, words: dict[str, str], quoted: bool) -> int:
    """Make each of `words` (lower case -> person) in the character span a pronoun of that person, where no
    mention is yet and the word lies inside quote marks (`quoted`) or outside them. Returns how many."""
    starts, lowers = units.words(doc).starts, units.words(doc).lowers
    linked = 0
    for i in range(bisect_left(starts, span.start), bisect_left(starts, span.end)):
        ref = words.get(lowers[i])
        if ref is not None and people.quoted_on(i) == quoted and people.mention_on(i) is None:
            people.add(Mention(i, i + 1, (ref,), "pronoun"))
            linked += 1
    return linked


def extract_statements(turns: list[Statement], said: list[Statement]) -> list[Statement]:
    """Every direct quotation of three words or more with its speaker (`said`, from `quoted_statements`), and
    every labelled turn (`turns`, from `label_turns`), in the order of the text."""
    # Quote marks inside a labelled turn are part of what its speaker said, unless they give the words of
    # somebody else the turn names ("REPORTER: ... She told me: 'We were promised the mayor.'").
    quoted = [
        s
        for s in said
        if not any(t.evidence.start <= s.evidence.start < t.evidence.end and t.speaker == s.speaker for t in turns)
    ]
    return sorted(turns + quoted, key=lambda s: s.evidence.start)


def quoted_statements(doc: Doc, people: People, quotes: list[Quote]) -> list[Statement]:
    """Every direct quotation of three words or more with its speaker."""
    if not quotes:
        return []
    frames = _Frames(doc, quotes)
    speakers: list[str | None] = [None] * len(quotes)
    partial: list[bool] = [False] * len(quotes)
    for index in range(len(quotes)):
        speakers[index], partial[index] = _attribution(people, frames, index)
    for index, quote in enumerate(quotes):
        if speakers[index] is not None:
            continue
        if quote.continues is not None and speakers[quote.continues]:
            speakers[index] = speakers[quote.continues]
            continue
        previous = [k for k in range(index) if quotes[k].paragraph == quote.paragraph and speakers[k]]
        if previous and not partial[index]:
            speakers[index] = speakers[previous[-1]]
            continue
        if quote.opens_paragraph:
            speakers[index] = _introducer(people, frames, index)
        elif not partial[index] and not frames.before(index):
            speakers[index] = _introducer(people, frames, index)
    # A quotation continued into the next paragraph: its later parts may name the speaker.
    for index in range(len(quotes) - 1, -1, -1):
        nxt = index + 1
        if speakers[index] is None and nxt < len(quotes) and quotes[nxt].continues == index:
            speakers[index] = speakers[nxt]
    out = []
    whole = frames.text
    joined: set[int] = set()
    for index, quote in enumerate(quotes):
        speaker = speakers[index]
        if speaker is None or index in joined:
            continue
        end = quote.end
        text = quote.text(whole)
        words = quote.words(whole)
        nxt = index + 1
        if words < MIN_WORDS and nxt < len(quotes) and speakers[nxt] == speaker and _split_by_attribution(
            whole, quote, quotes[nxt]
        ):  # '"The talks," said X, "will go on."': one sentence cut in two by who said it
            joined.add(nxt)
            end = quotes[nxt].end
            text = f"{text.rstrip(',')} {quotes[nxt].text(whole)}"
            words += quotes[nxt].words(whole)
        if words < MIN_WORDS:
            continue
        out.append(Statement(speaker, text, TextSpan(quote.start, end, whole[quote.start : end])))
    return out


def _split_by_attribution(text: str, first: Quote, second: Quote) -> bool:
    """The two quotes are one sentence with its speaker told in the middle: a comma ends the first,
    a few words without a full stop between them, and the second goes on in lower case."""
    between = text[first.end : second.start]
    rest = second.text(text)
    return (
        first.paragraph == second.paragraph
        and first.text(text).endswith(",")
        and len(between.split()) <= 8
        and not any(mark in between for mark in ".!?")
        and rest[:1].islower()
    )
