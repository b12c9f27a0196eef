"""Extraction: from the parse of one article to its Facts (persons, offices, meetings, statements).

Passes run in a fixed order because each needs the one before: names first,
then the offices written next to them, then the references that are resolved
through those offices (descriptors, unnamed sources, pronouns), and only then
meetings and statements, whose participants and speakers are those references.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import offices as office_rules
from kg.extract import repair, rules, units
from kg.extract.counterparts import resolve_counterparts
from kg.extract.meetings import extract_meetings
from kg.extract.people import find_names, resolve_references
from kg.extract.quotes import find_quotes, speaker_labels
from kg.extract.statements import (
    extract_statements,
    first_person_in_quotes,
    first_person_in_turns,
    label_turns,
    quoted_statements,
    turn_roles,
)
from kg.records import Article, Facts, Office, Person

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["extract"]


def extract(doc: Doc, article: Article) -> Facts:
    """All facts of one article; `doc` is the parse of `article.text`."""
    facts = Facts(article=article)
    text = units.text(doc)
    if not text.strip() or len(doc) == 0:
        return facts
    quotes = find_quotes(text)
    people = find_names(doc, quotes)
    repair.name_words_as_verbs(doc, people)
    repair.post_nominals(doc, people)
    repair.dateline_subjects(doc, people)
    repair.weekday_compounds(doc, people)
    repair.preps_after_dates(doc, people)
    repair.relatives_after_days(doc, people)
    repair.clauses_read_as_prep_objects(doc, people)
    repair.appositions_across_verbs(doc, people)
    repair.subjects_of_later_conjuncts(doc, people)
    repair.appositions(doc, people)
    repair.verbs_after_prep_objects(doc, people)
    repair.objects_before_clauses(doc, people)
    repair.second_objects_of_titles(doc, people)
    repair.subjects_of_auxiliaries(doc, people)
    repair.portfolios(doc, people)
    repair.postings(doc, people)
    repair.split_names(doc, people)
    repair.stray_conjuncts(doc, people)
    repair.conjuncts_of_appositions(doc, people)
    repair.appositions_of_conjuncts(doc, people)
    repair.verbs_as_compounds(doc, people)
    repair.verbs_read_as_participles(doc, people)
    repair.titles_as_verbs(doc, people)
    repair.titles_inside_of_phrases(doc, people)
    repair.objectless_preps(doc, people)
    repair.late_objects(doc, people)
    repair.participles_of_nouns(doc, people)
    repair.withs_after_places(doc, people)
    repair.withs_inside_objects(doc, people)
    repair.conjuncts_in_bodies(doc, people)
    repair.fronted_subjects(doc, people)
    named = office_rules.from_names(doc, people)
    labels = office_rules.labels(office_rules.finalize(named))
    resolve_references(people, labels)
    resolve_counterparts(people, labels)
    clauses = office_rules.from_clauses(doc, people)
    clauses += office_rules.from_counterparts(people, labels, named + clauses)
    known = office_rules.finalize(named + clauses)
    described = office_rules.from_descriptors(doc, people, known)
    facts.persons = people.persons
    labels = speaker_labels(text)
    turns = label_turns(doc, people, labels)
    roles = [Office(ref, role, span) for ref, role, span in turn_roles(doc, labels, turns)]  # "JO PARK, PRESENTER:"
    offices = office_rules.finalize(named + clauses + described + roles)
    facts.offices = office_rules.spell_out(text, office_rules.with_ranks(people, offices))
    said = quoted_statements(doc, people, quotes)
    first_person_in_turns(doc, people, turns)
    first_person_in_quotes(doc, people, said)
    facts.meetings = extract_meetings(doc, people, article.published, facts.offices)
    facts.statements = extract_statements(turns, said)
    # An unnamed source matters as the speaker of a quotation or a participant;
    # "a spokesman said" alone is not a person anyone can look up.
    used = {s.speaker for s in facts.statements} | {p for m in facts.meetings for p in m.participants}
    used |= {o.person for o in facts.offices}
    facts.persons = [p for p in facts.persons if p.ref in used or not (p.anonymous or _stray_word(p))]
    return facts


def _stray_word(person: Person) -> bool:
    """One capitalised word, written once, that is no given name and takes part in no fact.

    Such a word is more often a village, a saint's feast or a sentence's first word that the
    recogniser took for a name than a person the article is about; a person who matters
    speaks, meets, holds an office or is named again.
    """
    return " " not in person.name and len(person.mentions) <= 1 and person.name not in rules.given_names()
