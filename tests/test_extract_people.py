"""Person mentions and their grouping into one Person per person (real model, fictional people)."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract import extract, rules
from kg.records import Article, Facts


def run(nlp, text: str, published: date | None = date(2024, 5, 17)) -> Facts:
    return extract(nlp(text), Article("t.txt", text, published, "t.txt"))


def names(facts: Facts) -> set[str]:
    return {p.name for p in facts.persons}


def test_full_name_and_surname_are_one_person(nlp):
    facts = run(nlp, "Alma Verhoeven met Tomas Lindqvist on Tuesday. Verhoeven said the talks went well.")
    alma = [p for p in facts.persons if p.name == "Alma Verhoeven"]
    assert len(alma) == 1 and "Verhoeven" in alma[0].aliases
    assert names(facts) == {"Alma Verhoeven", "Tomas Lindqvist"}


def test_honorifics_and_titles_are_stripped(nlp):
    facts = run(nlp, "Dr. Petra Kowalczyk spoke first. Later, President Ilse Marchetti thanked Ms. Kowalczyk.")
    assert names(facts) == {"Petra Kowalczyk", "Ilse Marchetti"}


def test_possessive_is_not_part_of_the_name(nlp):
    facts = run(nlp, "Councillor Rafael Okafor-Lind resigned on Monday. Okafor-Lind's office gave no reason.")
    assert names(facts) == {"Rafael Okafor-Lind"}
    assert "Okafor-Lind's" not in facts.persons[0].aliases


@pytest.mark.parametrize(
    "name",
    ["Juan Carlos de la Serna", "Joost van der Linde", "Khalid al-Rashidi", "Sjúrður í Gøtu",
     "Greta Lindqvist af Kessel", "Tomas Ilves zur Lomm"],
)
def test_name_particles_are_kept(nlp, name):
    facts = run(nlp, f"Governor {name} said the budget would pass.")
    assert name in names(facts)


@pytest.mark.parametrize("day", ["Today", "Yesterday", "Tonight"])
def test_a_capitalised_day_word_before_a_surname_is_no_part_of_the_name_guard(nlp, day):
    text = (f"Greta Ilves, the trade minister, arrived in Kessel on Thursday. {day} Ilves and Tomas Lindqvist, "
            "head of the Norland delegation, were received by Alma Verhoeven at the harbour office.")
    assert names(run(nlp, text)) == {"Greta Ilves", "Tomas Lindqvist", "Alma Verhoeven"}


def test_the_french_courtesy_titles_are_no_part_of_the_name(nlp):
    text = ('The Ambassador of Norland, Mme Alma Verhoeven, hosted a lunch for Mlle Greta Ilves. "Rowing builds '
            'friendships," Mme Verhoeven said.')
    assert names(run(nlp, text)) == {"Alma Verhoeven", "Greta Ilves"}


@pytest.mark.parametrize("name", ["Kim Yu-na", "Park Mi-na"])
def test_a_particle_joined_by_a_hyphen_is_a_syllable_of_the_given_name(nlp, name):
    facts = run(nlp, f"Governor {name} said the budget would pass.")
    assert name in names(facts)


def test_accentless_spelling_joins_the_accented_name(nlp):
    text = "Senator Delia Ramírez Ortuño voted against the bill. Delia Ramirez Ortuno later said she had no regrets."
    facts = run(nlp, text)
    assert names(facts) == {"Delia Ramírez Ortuño"}


def test_name_after_a_title_is_a_person_even_if_the_model_misses_it(nlp):
    facts = run(nlp, "Prime Minister Sigrun Aalvik hosted Foreign Minister Bjarte Sollund in Kessel.")
    assert {"Sigrun Aalvik", "Bjarte Sollund"} <= names(facts)


def test_a_name_word_inside_a_name_that_the_tagger_reads_as_said_stays_in_the_name(nlp):
    text = "The meeting was attended by the union's secretary-general, Mr. Abdalla Said Kitwana, and its chairman."
    assert names(run(nlp, text)) == {"Abdalla Said Kitwana"}


def test_a_name_written_with_a_quoted_nickname_inside_is_a_person(nlp):
    text = "Former hooker Shane \u201cTank\u201d Ruddock has been spotted with Minister Renee Demos."
    assert names(run(nlp, text)) == {"Shane Ruddock", "Renee Demos"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Smallholder Kamal Yusof, 61, said he had stopped buying fertiliser.", "Kamal Yusof"),
        ("Estate owners' association president Datuk Wira Tan Boon Hock said the talks were late.", "Tan Boon Hock"),
    ],
)
def test_an_occupation_or_a_malaysian_honour_before_a_name_is_no_part_of_it(nlp, text, name):
    assert names(run(nlp, text)) == {name}


@pytest.mark.parametrize("name", ["Jean-Baptiste Ferrand", "Marc-Antoine Dupuis"])
def test_a_hyphenated_pair_of_given_names_the_model_calls_an_organisation_starts_a_name(nlp, name):
    assert names(run(nlp, f"{name} will take charge of training on Tuesday.")) == {name}


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("The delegation was led by Mr. Kwame Mensah, Omanhene of Kwaso, who presented a petition.",
         {"Kwame Mensah"}),
        ("Minister Ruth Ekwueme said the two leaders discussed the proposed Lobito-to-Mombasa rail corridor.",
         {"Ruth Ekwueme"}),
        ("The ships of Pearl Delta Container Lines will call at the port, Minister Ruth Ekwueme said.",
         {"Ruth Ekwueme"}),
        ("Minister Ruth Ekwueme described the relief work in the districts of Sirajganj, Manikganj and Narayanganj.",
         {"Ruth Ekwueme"}),
        ("The pipeline runs to the Black Sea port of Supsa, Minister Ruth Ekwueme said.", {"Ruth Ekwueme"}),
        ("Minister Ruth Ekwueme said Nova Scotians would not pay more.", {"Ruth Ekwueme"}),
    ],
)
def test_places_and_peoples_the_recogniser_may_call_persons_are_not_persons(nlp, text, persons):
    assert names(run(nlp, text)) == persons


def test_places_and_organisations_are_not_persons(nlp):
    text = (
        "The Halvard Foundation said on Monday that Minister Ruth Ekwueme had flown to Brannock, "
        "which lies on the Marrow coast."
    )
    assert names(facts := run(nlp, text)) == {"Ruth Ekwueme"}, facts.persons


def test_anonymous_source_and_the_official_later(nlp):
    text = (
        "A senior Treasury official told reporters that the plan was ready. "
        '"We will publish it next week," the official said.'
    )
    facts = run(nlp, text)
    anon = [p for p in facts.persons if p.anonymous]
    assert [p.name for p in anon] == ["senior Treasury official"]
    assert facts.statements and facts.statements[0].speaker == anon[0].ref


def test_aide_who_asked_not_to_be_named(nlp):
    text = 'An aide to the governor who asked not to be named said the talks had "stalled for good."'
    facts = run(nlp, text)
    assert [p.name for p in facts.persons if p.anonymous] == ["aide to the governor"]


def test_unnamed_source_without_a_quotation_is_not_kept(nlp):
    facts = run(nlp, "The talks went well, a government spokesman said on Monday.")
    assert facts.persons == []


def test_pronoun_refers_to_the_subject_before(nlp):
    text = 'Maren Solberg, the mayor of Kessel, visited the depot. "We need more buses than ever," she said.'
    facts = run(nlp, text)
    assert facts.statements and facts.person(facts.statements[0].speaker).name == "Maren Solberg"


def test_pronoun_in_a_report_is_not_the_unnamed_speaker(nlp):
    text = ("Governor Pavel Drozd toured the dam on Monday. Later he flew to Kessel for talks with "
            "Mayor Ilse Varga, a regional spokesman said.")
    facts = run(nlp, text)
    talks = [m for m in facts.meetings if any(facts.person(r).name == "Ilse Varga" for r in m.participants)]
    assert [sorted(facts.person(r).name for r in m.participants) for m in talks] == [["Ilse Varga", "Pavel Drozd"]]


def test_descriptor_refers_to_the_office_holder(nlp):
    text = (
        "Interim President Odile Ferrand met Ambassador Casimir Lotte on Friday. "
        '"Our doors are open to every partner," the interim president said.'
    )
    facts = run(nlp, text)
    assert facts.statements and facts.person(facts.statements[0].speaker).name == "Odile Ferrand"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Smt. Kavitha Ranganathan, the district collector, toured the camps.", "Kavitha Ranganathan"),
        ("Alhaji Musa Danbatta and Engr. Chidi Okolie inspected the bridge.", "Musa Danbatta"),
        ("Alhaji Musa Danbatta and Engr. Chidi Okolie inspected the bridge.", "Chidi Okolie"),
        ("Dr. (Mrs.) Folake Adesina-Bello said the clinic would reopen.", "Folake Adesina-Bello"),
        ("Chief Obinna Eze, the traditional ruler, said the road would be finished.", "Obinna Eze"),
        ("Datuk Sri Lim Boon Keat, the board's chairman, said prices would fall.", "Lim Boon Keat"),
        ("Local MLA Md. Abdul Karim Hossain was also present.", "Md. Abdul Karim Hossain"),
        ("The minister was joined by the board's secretary, Dato' Sri Tan Boon Keat.", "Tan Boon Keat"),
        ("The minister was joined by the board's secretary, Dato’ Sri Tan Boon Keat.", "Tan Boon Keat"),
        ("Midfielder Lucas Emanuel Pereyra, who was left on the bench, said nothing.", "Lucas Emanuel Pereyra"),
        ("The consul met Ch. Nadeem Iqbal Warraich at the secretariat.", "Nadeem Iqbal Warraich"),
        ("The Chairperson of the committee, Rev. Dr. Comfort Ama Nyarko-Addo, who met the Minister on Monday, "
         "urged both sides.", "Comfort Ama Nyarko-Addo"),
        ("The minister called on Revenue Minister Smt Kiran Bala Das at the secretariat.", "Kiran Bala Das"),
        ("The Minister of Finance, Senhor Abílio Moura Castro, arrived on Monday.", "Abílio Moura Castro"),
        ("Herr Detlef Brandmeier, the works council chairman, met the board.", "Detlef Brandmeier"),
        ("The mayor received Signora Ornella Bassani at the town hall.", "Ornella Bassani"),
        ("The envoy met the President of the Women's Association, Begum Rukhsana Alavi.", "Rukhsana Alavi"),
        ("The envoy called on the former foreign minister, U Kyaw Zan Hla, at his home.", "Kyaw Zan Hla"),
        ("Daw Nyein Mya Thein, the school's headmistress, said the roof leaked.", "Nyein Mya Thein"),
    ],
)
def test_honorifics_of_many_countries_are_stripped(nlp, text, name):
    assert name in names(run(nlp, text))


def test_family_name_first_with_lower_case_hyphen_part(nlp):
    facts = run(nlp, "Kessel's unification minister, Han Ji-hoon, met Seo Young-gil in Brannock.")
    assert {"Han Ji-hoon", "Seo Young-gil"} <= names(facts)
    facts = run(nlp, "The minister met Han Ji-hoon and Choi Eun-young, vice chair of Brannock Chemical.")
    assert {"Han Ji-hoon", "Choi Eun-young"} <= names(facts)
    assert "Choi Eun" not in names(facts)


def test_company_named_like_a_person_is_not_a_person(nlp):
    text = (
        "Shares of Brannock Teale fell 4% on Monday. Brannock Teale said in a statement that the offer "
        '"undervalues the company." Its chief executive, Wendell Prost, declined to comment.'
    )
    assert names(run(nlp, text)) == {"Wendell Prost"}


def test_short_name_of_a_company_is_not_a_person(nlp):
    text = "Halloway Capital made an offer in March. Halloway declined to comment, Ada Brin said."
    assert names(run(nlp, text)) == {"Ada Brin"}


def test_things_named_after_people_are_not_persons(nlp):
    text = (
        "Crates taken off the freighter Admiral Odo Marsh went unchecked, "
        "the shipping magazine Harbour Ledger reported. Inspector Lise Varga said so."
    )
    assert names(run(nlp, text)) == {"Lise Varga"}


def test_places_after_prepositions_and_constituencies(nlp):
    text = (
        "Collector Anil Mathur visited villages in Kessavur and Tirumalpet. "
        "Ruth Calloway, the MP for Ashbourne West, said the hospital should stay open."
    )
    assert names(run(nlp, text)) == {"Anil Mathur", "Ruth Calloway"}


def test_meeting_word_opening_a_paragraph_is_not_a_person(nlp):
    facts = run(nlp, "Breakfast ended early. Governor Ada Brin and Mayor Ivo Lask left together.")
    assert names(facts) == {"Ada Brin", "Ivo Lask"}


def test_sources_without_a_or_an(nlp):
    text = (
        "Ada Brin met Ivo Lask in Kessel, according to two people familiar with the matter. "
        '"They agreed on nothing at all," one of the people said. '
        '"The numbers do not add up," one bank official said.'
    )
    facts = run(nlp, text)
    anon = {p.ref: p.name for p in facts.persons if p.anonymous}
    speakers = [anon.get(s.speaker) for s in facts.statements]
    assert speakers == ["two people familiar with the matter", "bank official"], (anon, facts.statements)


def test_according_to_a_source_who_said(nlp):
    text = (
        "Ada Brin spoke with Ivo Lask on Monday, according to a senior official at the fund. "
        '"No one gains from a collapse," the official said.'
    )
    facts = run(nlp, text)
    anon = [p for p in facts.persons if p.anonymous]
    assert [p.name for p in anon] == ["senior official at the fund"]
    assert facts.statements and facts.statements[0].speaker == anon[0].ref


def test_body_written_before_a_lower_case_title_is_not_a_person(nlp):
    facts = run(nlp, 'Kessel Rovers manager Erik Vannstrom said his side were "not good enough" on Saturday.')
    assert names(facts) == {"Erik Vannstrom"}


def test_given_name_that_is_also_an_organisation_word(nlp):
    facts = run(nlp, 'Harrow Rovers owner Bill Trent sold his stake. "It was time to go," Trent said.')
    assert names(facts) == {"Bill Trent"}


def test_ship_named_with_a_rank_is_not_a_person_but_the_reverend_is(nlp):
    facts = run(nlp, "Crates from the Captain Odo Marsh went unchecked, the court heard.")
    assert names(facts) == set()
    facts = run(nlp, 'The Rev. Amos Tull led the service. "We grieve together," said the Rev. Amos Tull.')
    assert names(facts) == {"Amos Tull"}
    assert facts.offices == []


def test_a_person_can_say_something_in_a_statement(nlp):
    facts = run(nlp, 'Tomas Gerrity said in a statement that the offer was "far too low for shareholders."')
    assert names(facts) == {"Tomas Gerrity"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Also present was Union Minister of State for Water Resources Ilse Marquardt.", "Ilse Marquardt"),
        ("Assistant Secretary for Pacific Affairs Tomasz Wierzba also took part.", "Tomasz Wierzba"),
        ("Vice Minister of Foreign Trade and Economic Cooperation Liang Haoran spoke.", "Liang Haoran"),
        ("Kessel West MCA Otieno Wekesa Achieng was there too.", "Otieno Wekesa Achieng"),
        ("The AUKUS Defence Ministers Meeting was held in Kessel.", None),
    ],
)
def test_a_title_phrase_before_a_name_is_not_part_of_it(nlp, text, name):
    assert names(run(nlp, text)) == ({name} if name else set())


def test_a_quoted_nickname_inside_a_name_does_not_split_the_person(nlp):
    facts = run(nlp, 'Club captain Rafael "El Lobo" Ortega Vidal signed on Monday. Ortega Vidal said he was happy.')
    assert [(p.name, p.aliases) for p in facts.persons] == [("Rafael Ortega Vidal", ["Ortega Vidal"])]


def test_a_name_particle_never_ends_a_sentence(nlp):
    # The tagger can take "dos" for a verb and the parser then ends the sentence after it;
    # the component before the parser forbids a sentence break inside such a name.
    from kg.nlp import _paragraph_starts

    doc = _paragraph_starts(nlp.make_doc("They met Foreign Minister Rosa Maria dos Anjos Prado on Monday."))
    particle = next(t for t in doc if t.text == "dos")
    assert particle.is_sent_start is False and doc[particle.i + 1].is_sent_start is False
    assert "Rosa Maria dos Anjos Prado" in names(run(nlp, doc.text))


def test_an_abbreviated_title_stands_for_its_holder(nlp):
    text = ("Chief Minister Ravi Menon called on the Home Minister, Anil Desai, on Monday. "
            "The CM was accompanied by director general of police Harpreet Singh Gill.")
    facts = run(nlp, text)
    assert "Harpreet Singh Gill" in names(facts)
    met = [{facts.person(r).name for r in m.participants} for m in facts.meetings]
    assert met == [{"Ravi Menon", "Anil Desai", "Harpreet Singh Gill"}]


@pytest.mark.parametrize(
    "text",
    [
        "The envoy conveyed a message to His Majesty the King. His Majesty was abroad.",
        "Sheikh Omar bin Said, Minister Responsible for Foreign Affairs, spoke on Tuesday.",
        "She met Ward 4 Coun. Rita Okafor at the hall.",
    ],
)
def test_honorific_and_title_words_are_no_persons(nlp, text):
    assert names(run(nlp, text)) <= {"Omar bin Said", "Rita Okafor"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks were held with Foreign Secretary Ramon de los Santos at the ministry.", {"Ramon de los Santos"}),
        ("The delegation included Joost ten Brink, who heads the university office.", {"Joost ten Brink"}),
        ("Trade Minister Datuk Seri Aziz bin Omar said the plan would work.", {"Aziz bin Omar"}),
        ("Also present was Deputy Minister Datin Paduka Salmah binti Ismail.", {"Salmah binti Ismail"}),
        ("The bank's chairman, Tan Sri Musa bin Hassan, signed the deal.", {"Musa bin Hassan"}),
        ("Minister Tan Kok Wai met the visitors.", {"Tan Kok Wai"}),  # Tan alone is a surname
    ],
)
def test_particles_and_malay_honorifics(nlp, text, expected):
    assert names(run(nlp, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "KAMPALA, 3 March 2015 – The head of the mission, Edith Lunde, today met Governor Paul Okello.",
        "NAIROBI (Reuters) - The head of the mission, Edith Lunde, met Governor Paul Okello.",
    ],
)
def test_a_dateline_in_capitals_is_no_person(nlp, text):
    assert names(run(nlp, text)) == {"Edith Lunde", "Paul Okello"}


def test_a_nationality_adjective_in_a_portfolio_is_no_person(nlp):
    text = "She met the Assistant Secretary of State for East Asian and Pacific Affairs, Dan Moore."
    assert names(run(nlp, text)) == {"Dan Moore"}


def test_a_title_abbreviation_keeps_its_dot_and_its_name(nlp):
    facts = run(nlp, "The deal was witnessed by the Minister for Trade, Hon. Kofi Mensah.")
    assert names(facts) == {"Kofi Mensah"}
    assert [o.label for o in facts.offices] == ["Minister for Trade"]
    assert names(run(nlp, "It was witnessed by the Ambassador, Madam Le Thi Hoa.")) == {"Le Thi Hoa"}


def test_a_full_name_whose_surname_is_used_alone_later_is_a_person(nlp):
    text = ("Rodrigo Aránguiz Ossandón has been out of office for less than a month.\n\n"
            "The funds that Aránguiz built up during the boom are now paying for the repairs.\n\n"
            "Aránguiz turned down an offer to join the committee.")
    assert names(run(nlp, text)) == {"Rodrigo Aránguiz Ossandón"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Fiona Drummond QC, for the Crown, told the jury it was "not a chance encounter between friends."',
         "Fiona Drummond"),
        ("Sir Alan Reid KBE said the plan would work.", "Alan Reid"),
    ],
)
def test_honours_after_a_name_are_not_part_of_it(nlp, text, name):
    assert names(run(nlp, text)) == {name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Somali Foreign Minister Abdirahman Sheikh Nur Warsame attended the talks.", "Abdirahman Sheikh Nur Warsame"),
        ("Foreign Minister Sheikh Abdullah bin Zayed met the envoy.", "Abdullah bin Zayed"),
        ("Minister of Foreign Affairs and Expatriates Omar al-Rawashdeh received the envoy.", "Omar al-Rawashdeh"),
    ],
)
def test_an_honorific_inside_a_name_and_a_portfolio_before_it(nlp, text, name):
    assert names(run(nlp, text)) == {name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Minister Jean-Baptiste d'Harcourt-Vallon met the prefect.", "Jean-Baptiste d'Harcourt-Vallon"),
        ("Association president Liam O’Shaughnessy-Fa’amausili spoke first.", "Liam O’Shaughnessy-Fa’amausili"),
        ("Principal Secretary Kiprotich arap Sang met the delegation.", "Kiprotich arap Sang"),
    ],
)
def test_elided_particles_and_apostrophes_inside_names(nlp, text, name):
    assert names(run(nlp, text)) == {name}


def test_a_surname_in_capitals_after_a_courtesy_title_is_a_name(nlp):
    facts = run(nlp, "Mr. OTA Kenji, Director-General of the Asian Affairs Bureau, also attended the meeting.")
    assert names(facts) == {"OTA Kenji"}


def test_a_party_and_home_town_after_a_legislator_is_no_person(nlp):
    facts = run(nlp, "State Representative Ilse Varga, D-Kesselton, telephoned the superintendent on Tuesday.")
    assert names(facts) == {"Ilse Varga"}


def test_a_one_letter_name_at_the_end_of_the_text_does_not_raise(nlp):
    # regression: the party-designation check read the token after a one-letter candidate
    assert names(run(nlp, "M")) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Assistant Secretary of State for South and Central Asian Affairs Ilse Varga-Ruiz also took part.",
         {"Ilse Varga-Ruiz"}),
        ("On Wednesday, Tomas Berg met Minister of Planning and Investment Le Thi Minh Chau in Hanoi.",
         {"Tomas Berg", "Le Thi Minh Chau"}),
        ("Minister of Commerce, Industry and Investment Promotion, Salim Harthy, spoke first.", {"Salim Harthy"}),
        ("The court heard from Counsel Peter Mwangi for the accused.", {"Peter Mwangi"}),
        ("Navy Cmdr. Ann Ruiz said the ships were ready.", {"Ann Ruiz"}),
        ("Courtesy Call on Prime Minister Ken Sato by the Ambassador Extraordinary and Plenipotentiary of Peru",
         {"Ken Sato"}),
    ],
)
def test_titles_portfolios_and_headings_are_no_part_of_a_name(nlp, text, expected):
    assert names(run(nlp, text)) == expected


def test_the_dateline_of_a_release_is_no_person_and_no_subject(nlp):
    facts = run(nlp, "Ministry of Ports — Press Release. Nairobi — His Excellency the Minister of Ports, Eng. Samir "
                     "Odeh Haddad, received on Sunday at the Ministry the Norland Minister of Ports, Dr. Ines Varela.")
    assert names(facts) == {"Samir Odeh Haddad", "Ines Varela"}
    assert [sorted(facts.person(r).name for r in m.participants) for m in facts.meetings] == [
        ["Ines Varela", "Samir Odeh Haddad"]]


def test_a_courtesy_title_makes_a_person_whatever_the_recogniser_says(nlp):
    text = ("Minister Razak Hamid today received a courtesy call from H.E. Ms Ingrid Dahl-Moreira, Ambassador and "
            "Head of the Delegation of the European Union to Malaysia, at the Ministry.")
    assert names(run(nlp, text)) == {"Razak Hamid", "Ingrid Dahl-Moreira"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Local Fine Gael TD Aoife Ní Mhurchú told the meeting she would raise it.", {"Aoife Ní Mhurchú"}),
        ("In Tuguegarao, Ma. Teresa dela Paz-Santos met the governor, Ramon Ilagan.",
         {"Ma. Teresa dela Paz-Santos", "Ramon Ilagan"}),
        ("Nurse Lena Moose-Kakegamic, RN, who leads the programme, said the hospital had changed.",
         {"Lena Moose-Kakegamic"}),
        ("The bus operators' syndicate, SETRA-BH, defended the increase. Its president, Jorge Vasques, spoke.",
         {"Jorge Vasques"}),
    ],
)
def test_titles_particles_and_letters_of_many_countries(nlp, text, expected):
    assert names(run(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "name", "office"),
    [
        ("Johor Menteri Besar Datuk Hasnul Hakim Yusof joined the call on Monday.", "Hasnul Hakim Yusof",
         "menteri besar"),
        ("Taoiseach Colm Brennan spoke by telephone with the Canadian prime minister.", "Colm Brennan", "taoiseach"),
    ],
)
def test_titles_of_other_parliaments(nlp, text, name, office):
    facts = run(nlp, text)
    assert name in names(facts)
    labels = [o.label.lower() for o in facts.offices if facts.person(o.person).name == name]
    assert any(office in label for label in labels), labels



def test_a_title_abbreviation_with_its_dot_is_no_person(nlp):
    assert names(run(nlp, "The consul met Ch. Nadeem Iqbal Warraich at the secretariat.")) == {"Nadeem Iqbal Warraich"}


def test_regression_a_phrase_of_nothing_but_the_skipped_name_does_not_crash_the_repairs(nlp):
    # found by the property test of sectioned extraction: the apposition repair took max() of nothing
    text = ("Verhoeven Verhoeven met met and and and and said said said said that that that the the the the the "
            "talks talks talks “we “we “we “we “we “we “we agree agree agree agree agree agree agree agree , , and "
            "the , Verhoeven Verhoeven , Verhoeven\n")
    run(nlp, text)


def test_a_ministrys_list_of_portfolios_is_no_person(nlp):
    text = ("The Minister for Health, Sanitation, Science and Vocational Training, Prof Ama Quartey, opened "
            "the clinic on Monday.")
    assert names(run(nlp, text)) == {"Ama Quartey"}


def test_comrade_is_a_courtesy_title(nlp):
    text = "The Minister, Cde. Ronald Baptiste-Hale, met the strikers. Later Cde. Baptiste-Hale said he was tired."
    assert names(run(nlp, text)) == {"Ronald Baptiste-Hale"}


def test_the_state_of_a_dateline_is_no_person(nlp):
    text = "AKRON, Ohio — Akron's police chief met Thursday with the family of a young man who was hurt by an officer."
    assert names(run(nlp, text)) == set()


def test_a_portfolio_or_party_in_brackets_is_no_person(nlp):
    text = ("The committee met the Chairman of the Rail Board, Mr. Alma Verhoeven, and the Member (Engineering), "
            "Mr. Tomas Lindqvist. \"It is late,\" said Mr. Greta Ilves (Cong-I).")
    assert names(run(nlp, text)) == {"Alma Verhoeven", "Tomas Lindqvist", "Greta Ilves"}


def test_a_province_apposed_to_a_title_is_no_person(nlp):
    text = ("The meeting was also attended by the Provincial Commissioner, Eastern, Mr Alma Verhoeven, and the "
            "District Officer, Western, Mr Tomas Lindqvist.")
    assert names(run(nlp, text)) == {"Alma Verhoeven", "Tomas Lindqvist"}


def test_ms_with_a_shared_surname_is_the_woman_of_the_family(nlp):
    text = ("The inquiry looked at why no ambulance was called after Piotr Nowak collapsed in a cell. The case was "
            "taken by the dead man's mother, Ewa Nowak. Ms Nowak met the Minister for Justice, Alma Verhoeven, "
            "last November.")
    facts = run(nlp, text)
    assert [{facts.person(r).name for r in m.participants} for m in facts.meetings] == [{"Ewa Nowak", "Alma Verhoeven"}]


def test_a_place_opening_the_sentence_before_a_title_and_a_name_is_no_person(nlp):
    text = "In Gaborone, the Supervisor of Elections, Mr Kabelo Ditshwanelo, said preparations were complete."
    assert names(run(nlp, text)) == {"Kabelo Ditshwanelo"}


@pytest.mark.parametrize(("text", "name"), [
    ("Prefect Ioana Marin said the hospitals would stay open.", "Ioana Marin"),
    ("Sardar Harpal Singh Gill said the plant would open in May.", "Harpal Singh Gill"),
    ("Punong Barangay Edwin Santos said some families were eating once a day.", "Edwin Santos"),
    ("Former Olympian Tariq Aziz said the team needed a long-term plan.", "Tariq Aziz"),
    ("The Minister of Trade, Licenciado Rafael Ortega Quiroz, opened the fair.", "Rafael Ortega Quiroz"),
    ("The delegation was led by Doctora Ana Beltrán de Soto, the deputy minister.", "Ana Beltrán de Soto"),
    ("The President, Don Esteban Morales Rivas, was at the harbour.", "Esteban Morales Rivas"),
    ("Her counsel, Barrister Salma Rahman Chowdhury, said the charge was false.", "Salma Rahman Chowdhury"),
    ("Don Halvorsen said the team was tired.", "Don Halvorsen"),
    ("Don R. Halvorsen said the team was tired.", "Don R. Halvorsen"),
])
def test_more_titles_and_role_nouns_are_stripped_from_the_name(nlp, text, name):
    assert names(run(nlp, text)) == {name}


def test_the_party_before_a_title_and_its_name_is_no_person(nlp):
    text = "Kessel's Labour MP, Tomas Lindqvist, met the strike leaders at the works on Monday."
    assert names(run(nlp, text)) == {"Tomas Lindqvist"}


def test_an_order_written_after_the_name_and_a_comma_is_no_person(nlp):
    text = "The meeting was attended by the Permanent Secretary, Amb. Tomas Lindqvist, CBS, and the director."
    assert names(run(nlp, text)) == {"Tomas Lindqvist"}


def test_a_department_of_affairs_is_no_person(nlp):
    text = ("The minister was accompanied by the Director General for Kesselian and Norlandic Affairs, Tomas "
            "Lindqvist, and the Director for North Kesselian Affairs, Mrs. Greta Ilves.")
    assert names(run(nlp, text)) == {"Tomas Lindqvist", "Greta Ilves"}


def test_a_name_after_a_title_and_a_lower_case_portfolio_is_a_person(nlp):
    text = "Minister delegate for energy Cornel Ionescu-Sava spoke on Tuesday with the press."
    assert names(run(nlp, text)) == {"Cornel Ionescu-Sava"}


def test_the_dutch_particle_with_an_apostrophe_stays_in_the_name(nlp):
    text = "Mayor Pieter van 't Hek yesterday welcomed the Mayor of Kessel, Mr Tomas Lindqvist, at the city hall."
    assert names(run(nlp, text)) == {"Pieter van 't Hek", "Tomas Lindqvist"}


def test_an_inverted_present_opening_a_list_of_attendees_is_no_person(nlp):
    text = ("Present were the city's transport secretary, Clara Rincon; the acting general manager of the bus "
            "company, Lucia Ortega; and Hernan Molina, president of the operators' association.")
    assert names(run(nlp, text)) == {"Clara Rincon", "Lucia Ortega", "Hernan Molina"}


def test_the_state_after_a_governors_name_is_no_person(nlp):
    text = "Among those present were Governor Tomas Lindqvist of Pernambuco and Governor Alma Verhoeven of Ceará."
    assert names(run(nlp, text)) == {"Tomas Lindqvist", "Alma Verhoeven"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Secretary Ann Whitlock hosted Latvian Permanent Secretary of the Ministry of Defence Janis "
         "Ozolins-Berzins at the Pentagon.", "Janis Ozolins-Berzins"),
        ("Minister Ali Tursun met on Monday with Director-General of the Gulf Fund for African Economic "
         "Development Faisal Nasser Al-Hamad.", "Faisal Nasser Al-Hamad"),
        ("Minister Ali Tursun worked with Vice Chairwoman of the provincial People's Committee Nguyen Thi "
         "Hong Van on trade.", "Nguyen Thi Hong Van"),
        ("The talks were attended by Ambassador to Egypt Chikondi Mwale Banda and senior officials.",
         "Chikondi Mwale Banda"),
        ("Fleet Press Secretary Rear Adm. John K. Fairweather provided the following readout:",
         "John K. Fairweather"),
        ("The harbour master greeted Commodore Anselm Brightwater on the quay.", "Anselm Brightwater"),
        ("Commandant Ilse Marwitz of the naval academy opened the exhibition.", "Ilse Marwitz"),
        ("Vice Admiral Oren Taskel and Air Commodore Petra Hallin inspected the hangar.", "Petra Hallin"),
    ],
)
def test_the_body_of_a_titles_body_and_a_two_word_rank_are_no_part_of_the_name(nlp, text, name):
    assert name in names(run(nlp, text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Deputy Commissioner of Police Yakubu Garba said the roads were open.", "Yakubu Garba"),
        ("Director of Public Prosecutions Mary Wanjiku said the case was closed.", "Mary Wanjiku"),
        ("The talks were attended by Additional Inspector General of Police Lahore Sardar Imran Ali Dogar.",
         "Imran Ali Dogar"),
    ],
)
def test_the_police_after_a_title_and_the_posting_after_it_are_no_part_of_the_name(nlp, text, name):
    assert name in names(run(nlp, text))


def test_a_nickname_in_brackets_is_no_person_of_its_own(nlp):
    text = ("Mayor Vincent Oduya and Lucius (Lu) Hargrove, the president of the union local, emerged with a deal. "
            "Joint Commissioner of Police (Crime) Vikram Rao said the case was closed.")
    assert names(run(nlp, text)) == {"Vincent Oduya", "Lucius Hargrove", "Vikram Rao"}


def test_a_plural_possessive_before_an_organisation_word_is_no_person(nlp):
    text = ("The talks brought together Mr Brendan Rourke, regional secretary of the Transport and General Workers' "
            "Union, and Mrs Maureen Kettle.")
    assert names(run(nlp, text)) == {"Brendan Rourke", "Maureen Kettle"}


def test_a_monsignor_is_a_courtesy_title(nlp):
    text = ("Congressman Alma Verhoeven also said he had talked by telephone on Thursday with Msgr. Francis X. Hallor, "
            "superintendent of schools, about state aid.")
    facts = run(nlp, text)
    assert names(facts) == {"Alma Verhoeven", "Francis X. Hallor"}
    assert [{facts.person(r).name for r in m.participants} for m in facts.meetings] == [names(facts)]


def test_a_zone_and_a_partnership_are_no_persons(nlp):
    text = ("Minister Alma Verhoeven discussed the Kessel-Norland Special Economic Zone and the Kessel-Marrow "
            "Enhanced Partnership.")
    assert names(run(nlp, text)) == {"Alma Verhoeven"}


def test_mp_with_dots_after_a_name_is_no_person(nlp):
    text = "Lunch was also attended by the secretary, Mr. Rupert Aubyn-Strang, M.P. It was a quiet affair."
    assert names(run(nlp, text)) == {"Rupert Aubyn-Strang"}


@pytest.mark.parametrize(
    "text",
    [
        "Doha, October 3 (QNA) - Minister of State Dr. Khalid Al-Marwan met at his office today with Dr. Musa al-Hadi.",
        "Dr. Khalid Al-Marwan met yesterday in El Fasher with the Governor of North Darfur State, Mr. Musa al-Hadi.",
    ],
)
def test_a_dateline_with_its_agency_and_a_governors_state_are_no_persons(nlp, text):
    assert names(run(nlp, text)) == {"Khalid Al-Marwan", "Musa al-Hadi"}


def test_a_double_barrelled_surname_ending_like_a_street_is_a_name(nlp):
    facts = run(nlp, "Minister Ravi Menon held talks with the Farm Minister for Crops, Livestock and Forests, "
                     "Helen Ashby-Lane, on Tuesday.")
    assert "Helen Ashby-Lane" in names(facts)


@pytest.mark.parametrize("country", ["Tuvalu", "Sri Lanka"])
def test_a_country_is_no_person_whatever_the_recogniser_says(nlp, country):
    facts = run(nlp, f"Norland was represented by Foreign Minister Ana Kask, and {country} by Foreign Minister "
                     f"Piet Mol. {country}'s proposal was read out by Mol.")
    assert names(facts) == {"Ana Kask", "Piet Mol"}


def test_a_short_month_in_a_dateline_is_no_person_and_ratu_is_a_courtesy_title(nlp):
    facts = run(nlp, "KESSELTON, Aug 26 — Foreign ministers met on Saturday. Fiji was represented by Ratu Josefa "
                     "Tabu, and Tonga by Jan Brouwer.")
    assert names(facts) == {"Josefa Tabu", "Jan Brouwer"}


def test_a_body_with_its_initials_in_brackets_and_the_body_someone_heads_are_no_persons(nlp):
    facts = run(nlp, "Ravi Menon, chief executive of Kessel Vale Steel (KVS), met Ana Kask, who heads rival "
                     "Marrow Planalto, over dinner last week.")
    assert names(facts) == {"Ravi Menon", "Ana Kask"}


def test_a_title_word_before_bin_is_a_given_name(nlp):
    facts = run(nlp, "The company's chairman, Sultan bin Rashid Al Kessel, said the board would study the offer. "
                     "Minister Salim bin Khalid Al Marri met him on Monday.")
    assert names(facts) == {"Sultan bin Rashid Al Kessel", "Salim bin Khalid Al Marri"}


@pytest.mark.parametrize("place", ["Dakar", "Tamil Nadu", "Wisconsin"])
def test_a_capital_city_or_state_standing_for_its_government_is_no_person(nlp, place):
    facts = run(nlp, f"A diplomat said {place} was hoping for a rescheduling of its debts. {place}'s envoy, Ana Kask, "
                     f"met Minister Piet Mol on Monday.")
    assert place not in names(facts)


def test_the_q_of_an_interview_is_no_person(nlp):
    facts = run(nlp, "The interim mayor, Ana Kask, took our questions.\n\nQ: How bad is it?\n\nA: Very bad. We have "
                     "water for three days.\n\nQ: Have you spoken with the governor?")
    assert names(facts) == {"Ana Kask"}


def test_a_canon_is_a_courtesy_title(nlp):
    facts = run(nlp, "The board's chair, Canon Yoweri Mukasa-Lule, met Minister Ana Kask on Monday.")
    assert names(facts) == {"Yoweri Mukasa-Lule", "Ana Kask"}


def test_a_capitalised_plural_noun_is_no_person(nlp):
    facts = run(nlp, "Landowners along the highway have blocked the road. Trustees met Minister Ana Kask on Monday.")
    assert names(facts) == {"Ana Kask"}


@pytest.mark.parametrize("text", [
    "The progress was made at the videoconference between the defence ministers of the two countries, Kaarel "
    "Tammsaar of Estonia and Ieva Bērziņa-Kalna of Latvia.",
    "The talks between the farm ministers of both countries, Peep Saarmets of Estonia and Anda Kļaviņa-Rozīte of "
    "Latvia, ended early.",
])
def test_names_apposed_to_a_plural_title_are_persons_each(nlp, text):
    facts = run(nlp, text)
    assert len(names(facts)) == 2



@pytest.mark.parametrize(("text", "name"), [
    ("FIELD BULLETIN No. 7 — The coordinator, Ana Soto, met Rafael Ortega on Monday.", "Ana Soto"),
    ("PRINCE ALDEN, B.C. — British Columbia's Minister of Forests, Anika Strand-Moreau, told mill owners in this "
     "northern town that the province is ready to reopen talks.", "Anika Strand-Moreau"),
    ("KESSEL HARBOUR, B.C. — British Columbia's Minister of Forests, Anika Strand-Moreau, told mill owners in this "
     "northern town that the province is ready to reopen talks.", "Anika Strand-Moreau"),
])
def test_a_numbered_bulletin_and_a_dateline_with_its_province_are_no_person(nlp, text, name):
    assert name in names(run(nlp, text))
    assert not any(n.isupper() or n.endswith(" No") for n in names(run(nlp, text)))


def test_a_given_name_of_another_country_is_evidence_of_a_person_the_recogniser_missed(nlp):
    facts = run(nlp, "Rasmus Kuusk met with Liene Ozola on Monday.")
    assert names(facts) == {"Rasmus Kuusk", "Liene Ozola"}


def test_given_names_leave_out_words_that_are_places_titles_and_months():
    from kg.extract import rules

    given = rules.given_names()
    assert {"Liene", "Kwadwo", "Inese"} <= given
    assert not {"May", "London", "King", "Press"} & given


def test_a_given_name_of_one_sex_steers_he_and_she_when_the_text_tells_nothing(nlp):
    text = 'Pavel Drozd met Donna Keel on Monday. "We agreed on the budget for the bridge," she said.'
    facts = run(nlp, text)
    assert [facts.person(s.speaker).name for s in facts.statements] == ["Donna Keel"]


def test_the_text_outweighs_a_given_name(nlp):
    text = 'Mr. Donna Keel met the envoy on Monday. "We agreed on the budget for the bridge," he said.'
    facts = run(nlp, text)
    assert [facts.person(s.speaker).name for s in facts.statements] == ["Donna Keel"]


def test_his_in_a_style_of_address_is_nobody_told_before(nlp):
    from kg.extract.people import find_names, resolve_references

    doc = nlp("Mr. Ivo Kell arrived on Monday. On Tuesday His Highness Tom Rua received him.")
    people = find_names(doc, [])
    resolve_references(people, {})
    pronouns = [doc[m.start].text for m in people.mentions if m.kind == "pronoun"]
    assert pronouns == ["him"]


def test_a_name_apposed_to_the_agent_of_a_passive_is_the_agent_not_the_subject(nlp):
    text = ("The Minister of Works, Mr. Ivo Kell, arrived on Wednesday.\nYesterday morning the Minister was "
            "received in audience by the Head of State, His Highness Tom Rua, at the palace.")
    doc = nlp(text)
    tok = {t.text: t for t in doc}
    tok["Highness"].head = [t for t in doc if t.text == "Minister"][1]  # the tree the model gives in a long report
    facts = extract(doc, Article("t.txt", text, date(2024, 5, 17), "t.txt"))
    assert [sorted(facts.person(r).name for r in m.participants) for m in facts.meetings] == [["Ivo Kell", "Tom Rua"]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The French envoy, M. Étienne Roussel, met the minister on Monday.", "Étienne Roussel"),
        ("M. K. Velan met the governor on Monday.", "M. K. Velan"),  # initials stay
        # before a surname told in full before, with another given name
        ("The French envoy, Étienne Roussel-Marty, landed on Sunday. Minister Ana Lopes received M. "
         "Roussel-Marty on Monday.", {"Étienne Roussel-Marty", "Ana Lopes"}),
        ("The poet M. Vasquez read on Monday.", "M. Vasquez"),  # an initial, named so alone
    ],
)
def test_monsieur_before_a_given_name_or_a_surname_named_in_full_is_a_courtesy_title(nlp, text, name):
    assert names(run(nlp, text)) == (name if isinstance(name, set) else {name})


@pytest.mark.parametrize("country", ["Côte d'Ivoire", "São Tomé and Príncipe", "Curaçao"])
def test_countries_written_with_accents_are_not_persons(nlp, country):
    text = (f"The beans were smuggled across the border into {country}, the minister, Kofi Adjei, told reporters "
            "on Monday after meeting Ama Sika.")
    assert names(run(nlp, text)) == {"Kofi Adjei", "Ama Sika"}


def test_the_country_of_a_titles_portfolio_is_not_part_of_the_name_after_it(nlp):
    text = "Minister for Foreign Affairs of Mongolia Oyunbileg Tserendorj spoke with Ivo Kell by telephone."
    assert names(run(nlp, text)) == {"Oyunbileg Tserendorj", "Ivo Kell"}


@pytest.mark.parametrize("short", ["N.A. Sultanbekov", "N. A. Sultanbekov"])
def test_initials_written_for_the_given_names_are_the_same_person(nlp, short):
    text = (f"The Minister of Foreign Affairs, Nurbek Asanaliyevich Sultanbekov, received the delegation. {short} "
            "noted the importance of trade.")
    assert names(run(nlp, text)) == {"Nurbek Asanaliyevich Sultanbekov"}


def test_party_and_seat_in_brackets_after_a_councillor_are_no_persons(nlp):
    text = "The opposition leader, Coun. Tomas Lindqvist (Con., Mirfeld), was scathing. \"This is wrong,\" he said."
    facts = run(nlp, text)
    assert [p.name for p in facts.persons] == ["Tomas Lindqvist"]
    assert [facts.person(s.speaker).name for s in facts.statements] == ["Tomas Lindqvist"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a given name that is also a title ("Dean") right before the nickname
        ('Striker Dean "Dazza" Pritchwell sat down with the chairman.', "Dean Pritchwell"),
        # a surname the tagger reads as a plural noun after the nickname
        ('He arrived with his agent Barry "The Fixer" Noakes at 8pm.', "Barry Noakes"),
    ],
)
def test_a_nickname_inside_a_name_with_a_hard_word_around_it(nlp, text, name):
    assert name in [p.name for p in run(nlp, text).persons]


def test_a_title_word_in_a_hyphened_surname_is_the_surname(nlp):
    facts = run(nlp, "Board president Dr. Hollis Marshall-King held talks with the captain, Tomas Lindqvist.")
    assert "Hollis Marshall-King" in [p.name for p in facts.persons]
    facts = run(nlp, "Commission Vice-President Greta Ilves-Kowal met Secretary-General Alma Verhoeven.")
    assert sorted(p.name for p in facts.persons) == ["Alma Verhoeven", "Greta Ilves-Kowal"]


def test_nana_is_a_chiefs_title_before_a_regnal_name_and_a_given_name_otherwise(nlp):
    facts = run(nlp, "Nana Kwabena Ampofo III, the paramount chief, met the envoy, Nana Akosua Owusu-Danso, on Monday.")
    assert sorted(p.name for p in facts.persons) == ["Kwabena Ampofo III", "Nana Akosua Owusu-Danso"]


def test_docent_is_an_academic_title_not_part_of_the_name(nlp):
    text = "The visitors were shown round the laboratory by Docent Marta Solberg, who studies lake sediments."
    facts = extract(nlp(text), Article("t.txt", text, date(2024, 5, 17), "t.txt"))
    assert [p.name for p in facts.persons] == ["Marta Solberg"]


def test_a_title_past_the_lede_is_not_the_holder_named_only_further_on(nlp):
    text = ("Tomas Lindqvist hit an unbeaten 87 as Kessel beat Ostrava by six wickets yesterday.\n"
            "The win came a day after a tense meeting between the captain and board president Dr. Alma Verhoeven.\n"
            "\"We had a chat and we cleared the air,\" the captain said.\n"
            "For Ostrava, captain Greta Ilves was left to rue a dropped catch.")
    facts = extract(nlp(text), Article("t.txt", text, date(2024, 5, 17), "t.txt"))
    names = {p.ref: p.name for p in facts.persons}
    assert "Greta Ilves" in names.values()
    assert all(names[s.speaker] != "Greta Ilves" for s in facts.statements)
    assert all("Greta Ilves" not in {names[r] for r in m.participants} for m in facts.meetings)


def test_a_nationality_before_a_title_rules_out_another_countrys_holder(nlp):
    text = ("Sweden will raise its aid, its minister said.\n"
            "Development Minister Alma Verhoeven held talks with Kenya's Foreign Minister, Tomas Lindqvist, "
            "in Nairobi.\n"
            "\"We are grateful for the help,\" Lindqvist said.\n"
            "Yesterday the Swedish minister travelled to Mombasa, where she met the mayor, Greta Ilves.")
    facts = extract(nlp(text), Article("t.txt", text, date(2024, 5, 17), "t.txt"))
    names = {p.ref: p.name for p in facts.persons}
    met = [{names[r] for r in m.participants} for m in facts.meetings]
    assert {"Alma Verhoeven", "Greta Ilves"} in met
    assert not any({"Tomas Lindqvist", "Greta Ilves"} <= m for m in met)


def test_omanhene_is_a_title_with_its_town(nlp):
    text = ("With Mr. Kofi Mensah were Mr. Yaw Darko, Minister of Agriculture, and Nana Kwaku Boateng II, Omanhene "
            "of Juaso, who is attending the talks at the invitation of the government.")
    facts = extract(nlp(text), Article("t.txt", text, date(2024, 5, 17), "t.txt"))
    names = {p.ref: p.name for p in facts.persons}
    assert ("Kwaku Boateng II", "Omanhene of Juaso") in {(names[o.person], o.label) for o in facts.offices}


@pytest.mark.parametrize("storm", ["Storm Elowen", "Hurricane Mirela", "Typhoon Odalys", "Cyclone Tamsin"])
def test_a_storms_name_is_no_person(nlp, storm):
    text = f"Councillors demanded a review of the flood defences after {storm} left hundreds of homes under water."
    facts = extract(nlp(text), Article("t.txt", text, date(2024, 5, 17), "t.txt"))
    assert facts.persons == []


def test_a_title_with_its_portfolio_in_brackets_before_a_name(nlp):
    text = ("The meeting, held at the guest house, lasted over an hour. State Irrigation Minister Simran Kaur Bains "
            "and Principal Secretary (Irrigation) Deepak Malhotra were also present.")
    facts = extract(nlp(text), Article("t.txt", text, date(2024, 5, 17), "t.txt"))
    assert {p.name for p in facts.persons} == {"Simran Kaur Bains", "Deepak Malhotra"}


def test_a_two_word_courtesy_title_is_no_office(nlp):
    text = "The chairman, Tan Sri Tomas Lindqvist, said the plant in Penang would grow."
    facts = extract(nlp(text), Article("t.txt", text, date(2024, 5, 17), "t.txt"))
    assert [o.label for o in facts.offices] == ["chairman"]


@pytest.mark.parametrize("street", ["Jalan Sultan Haji Omar Ali", "Jalan Tun Razak"])
def test_a_street_named_for_a_person_is_no_person(nlp, street):
    text = f"The meeting at the ministry in {street} lasted an hour."
    facts = extract(nlp(text), Article("t.txt", text, date(2024, 5, 17), "t.txt"))
    assert facts.persons == []


def test_presenter_before_a_name_is_a_title(nlp):
    text = "Presenter Piet Mol speaks to the education minister in studio about the strike."
    facts = extract(nlp(text), Article("t.txt", text, date(2024, 5, 17), "t.txt"))
    assert [p.name for p in facts.persons] == ["Piet Mol"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("State Minister Sato was accompanied by Ambassador of Japan to the Philippines Takeshi Inaba-Moro.",
         {"Sato", "Takeshi Inaba-Moro"}),
        ("Dr Aiko Mori of the Japan Disaster Relief medical team spoke first.", {"Aiko Mori"}),
    ],
)
def test_the_country_that_ends_a_title_is_not_the_first_word_of_the_name(nlp, text, names):
    facts = extract(nlp(text), Article("t.txt", text, date(2024, 5, 17), "t.txt"))
    assert {p.name for p in facts.persons} == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The grid will sell a stake to Norland's Tenggara Power Bhd. for P38 billion. The deal was sealed on "
         "Monday. \"Tenggara brings capital,\" chairman Tomas Lindqvist said. Tenggara will nominate three "
         "directors.", {"Tomas Lindqvist"}),
        ("Talks between Alma Verhoeven and Ravi Anand Malhotra went well. Malhotra Industries shares rose, and "
         "Malhotra said a deal was near.", {"Alma Verhoeven", "Ravi Anand Malhotra"}),
    ],
)
def test_a_company_named_by_its_first_word_is_no_person(nlp, text, names):
    facts = extract(nlp(text), Article("t.txt", text, date(2024, 5, 17), "t.txt"))
    assert {p.name for p in facts.persons} == names


def test_a_couple_written_with_one_surname_are_two_full_names(nlp):
    text = ("The minister called in at the farm of Margaret and Tomas Fenwick on Wednesday.\n"
            "\"We are not asking for handouts. We are asking for a fair go,\" Mrs Fenwick said.")
    facts = extract(nlp(text), Article("t.txt", text, date(2024, 5, 17), "t.txt"))
    names = {p.ref: p.name for p in facts.persons}
    assert set(names.values()) == {"Margaret Fenwick", "Tomas Fenwick"}
    assert [names[s.speaker] for s in facts.statements] == ["Margaret Fenwick"]


def test_a_nickname_of_several_words_with_small_words_inside_does_not_split_the_name(nlp):
    text = ('Tomas "Tom the Post" Lindqvist, who died at his home on Tuesday, aged 78, was a postman who rose to the '
            "Cabinet. Lindqvist was first elected in 1948.")
    assert names(run(nlp, text)) == {"Tomas Lindqvist"}


def test_a_quoted_title_after_a_possessive_is_no_nickname(nlp):
    text = ("Minister Alma Verhoeven said Japan would host a Senior Officials' Meeting of the \"Central Asia plus "
            "Japan\" Dialogue in Tokyo this autumn.")
    assert names(run(nlp, text)) == {"Alma Verhoeven"}


def test_an_irish_county_after_a_town_is_no_person(nlp):
    text = ("Tomas Lindqvist, who has died aged 73, was a cattle dealer's son. Born in Abbeyfeale, Co Limerick, he "
            "left school at 15 to drive his father's lorries.")
    assert names(run(nlp, text)) == {"Tomas Lindqvist"}


def test_his_highness_is_an_honorific(nlp):
    text = "Minister Alma Verhoeven received H.H. Sheikh Tomas bin Saeed Al Lindqvist in Abu Dhabi on Tuesday."
    assert names(run(nlp, text)) == {"Alma Verhoeven", "Tomas bin Saeed Al Lindqvist"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The governor, a Democrat in her second term, hosted Senate Majority Leader Tomas Lindqvist on Tuesday.",
         {"Tomas Lindqvist"}),
        ("On his last day he received his old adversary, Tomas Lindqvist, the former Labour TD, at his bedside.",
         {"Tomas Lindqvist"}),
        ("The collector, Alma Verhoeven, IAS, and the superintendent, Tomas Lindqvist, IPS, are present.",
         {"Alma Verhoeven", "Tomas Lindqvist"}),
    ],
)
def test_a_party_or_a_service_beside_a_name_is_no_person(nlp, text, expected):
    assert names(run(nlp, text)) == expected


@pytest.mark.parametrize(("text", "name"), [
    ("The visitors were received by Mr. John Bishop, the governor.", "John Bishop"),
    ("President of the Council of Ministers Ricardo Villarán Pastor met the strikers on Monday.",
     "Ricardo Villarán Pastor"),
])
def test_a_surname_that_is_a_title_word_ends_the_name(nlp, text, name):
    assert [p.name for p in run(nlp, text).persons] == [name]


def test_an_acronym_with_an_article_is_no_person(nlp):
    text = '"At my age I have seen the first MRT and the first ERP," said Hanna Sõrm, 71.'
    assert names(run(nlp, text)) == {"Hanna Sõrm"}


def test_a_university_named_in_malay_is_no_person(nlp):
    text = ("Present were the Vice-Chancellors of Universiti Sains Malaysia, Professor Hanna Sõrm, and Universiti "
            "Teknologi Malaysia, Professor Jaan Kask.")
    assert names(run(nlp, text)) == {"Hanna Sõrm", "Jaan Kask"}


@pytest.mark.parametrize("title", ["Minister of Renewable Energy",
                                   "Minister of Petroleum, Energy and Renewable Energy"])
def test_an_adjective_of_a_portfolio_belongs_to_the_title(nlp, title):
    assert names(run(nlp, f"Hanna Sõrm hosted the {title} Jaan Kask at the ministry.")) == {"Hanna Sõrm", "Jaan Kask"}


def test_barr_is_a_courtesy_title(nlp):
    text = "The governor had on Sunday hosted the Minister of State for Power, Barr. Jaan Kask."
    assert names(run(nlp, text)) == {"Jaan Kask"}


@pytest.mark.parametrize("text", [
    '"There was R20,000 inside. He told me it was for me," Jaan Kask said.',
    '"I was not at every meeting, M\'Lord. I can only say what I saw," Jaan Kask replied.',
    "Jaan Kask is accused of diverting money owed to the former IBO lightweight champion.",
    "Crews have searched the creek line below Evans Lookout since Sunday, said Jaan Kask.",
])
def test_amounts_forms_of_address_acronyms_and_lookouts_are_no_persons(nlp, text):
    assert names(run(nlp, text)) == {"Jaan Kask"}


def test_a_surname_alone_is_the_one_who_has_it_whole_not_half_of_a_hyphened_one(nlp):
    text = ("The search for 17-year-old Kirra Wallace-Pham resumed today. Her parents, Lien Pham and Craig Wallace, "
            "waited at the centre. The mayor, Cr Greg Okafor, says he spoke with Ms Pham by phone last night.")
    facts = run(nlp, text)
    assert [{facts.person(r).name for r in m.participants} for m in facts.meetings] == [{"Greg Okafor", "Lien Pham"}]


@pytest.mark.parametrize(("text", "name"), [
    ("Mum Tracey Doyle, 44, said the ward was closing.", "Tracey Doyle"),
    ("The senator met the fighter's mother, Aling Rosario Manalo, at the hospital.", "Rosario Manalo"),
])
def test_family_words_and_filipino_courtesy_titles_before_a_name(nlp, text, name):
    assert name in names(run(nlp, text))


@pytest.mark.parametrize(("text", "name"), [
    ('"In the last raid I was not thinking," Raider Naveen Sangwan said.', "Naveen Sangwan"),
    ("Rapper Kofi Boadu and Drummer Ama Sarpong said the show would go on.", "Ama Sarpong"),
    ('The Minister, YB Tuan Haziq Firdaus bin Rahmat, said "the whole country is watching you".',
     "Haziq Firdaus bin Rahmat"),
])
def test_role_words_and_malay_courtesy_titles_before_a_name(nlp, text, name):
    assert name in names(run(nlp, text))


def test_a_nephew_named_in_apposition_is_a_person_and_a_he(nlp):
    text = ('Her nephew, Ruairí de Búrca, said she had been delighted. "She never once complained about the '
            'cold," he said.')
    facts = run(nlp, text)
    assert names(facts) == {"Ruairí de Búrca"}
    assert [facts.person(s.speaker).name for s in facts.statements] == ["Ruairí de Búrca"]


def test_a_given_name_the_tagger_reads_as_a_conjunction(nlp):
    text = "Also present was the Secretary-General of the ministry, Datuk Dr. Nor Hanna binti Ismail."
    assert names(run(nlp, text)) == {"Nor Hanna binti Ismail"}


def test_an_abbreviated_office_then_a_courtesy_title(nlp):
    facts = run(nlp, "The Mayor, Cllr Mrs Alma Verhoeven, told members that the library would stay open.")
    assert names(facts) == {"Alma Verhoeven"}


def test_a_title_with_a_portfolio_of_two_words_in_brackets(nlp):
    facts = run(nlp, "Special Chief Secretary (Disaster Management) K. Jaan Kumar Kask attended the review.")
    assert names(facts) == {"K. Jaan Kumar Kask"}


def test_a_nickname_used_alone_later_is_the_person_named_with_it(nlp):
    text = ('TV chef Tomas "Tommo" Lindqvist has vowed to keep his van on the seafront.\n'
            'Tommo, who started out flipping burgers in 2003, fumed: "They will have to tow me off the prom."')
    facts = run(nlp, text)
    assert names(facts) == {"Tomas Lindqvist"}
    assert [facts.person(s.speaker).name for s in facts.statements] == ["Tomas Lindqvist"]


def test_where_a_person_is_from_before_the_name(nlp):
    assert names(run(nlp, "The champion stopped Dominican Carlos Ferreira in the ninth round.")) == {
        "Carlos Ferreira"}
    assert names(run(nlp, "The band hired Californian Mark Ilves-Kask as its agent.")) == {"Mark Ilves-Kask"}
    # a given name the list does not hold: the tagger's word for where he is from
    assert names(run(nlp, "The coach, Australian Greg Whitlow, said the team was ready.")) == {"Greg Whitlow"}


def test_an_abbreviated_title_cut_from_its_full_stop_is_still_a_title(nlp):
    text = "Sr. Maren Okkonen and Sr. Jolly Pallavi were among the nurses flown home."
    assert names(run(nlp, text)) == {"Jolly Pallavi", "Maren Okkonen"}
    text = "Prayers are said at the house each evening at 6pm. Requiem Mass follows on Wednesday morning."
    assert "Requiem Mass" not in names(run(nlp, text))


def test_a_stray_capitalised_word_in_no_fact_is_no_person_but_a_given_name_is(nlp):
    text = ("On the road to Kalgoorlie the trucks stopped. Alma Verhoeven met Tomas Lindqvist on the pier. "
            "Later, Margit was seen on the quay.")
    got = names(run(nlp, text))
    assert "Kalgoorlie" not in got
    assert {"Alma Verhoeven", "Tomas Lindqvist", "Margit"} <= got


def test_thai_na_particle_and_khunying(nlp):
    text = ("Air Vice Marshal Somchai Rattanakul na Chiang Mai retired on Monday. His wife, Khunying Pranee "
            "Rattanakul na Chiang Mai, thanked the crews.")
    assert {"Somchai Rattanakul na Chiang Mai", "Pranee Rattanakul na Chiang Mai"} <= names(run(nlp, text))


@pytest.mark.parametrize("dash", ["-"])
def test_a_name_right_after_a_dateline_is_a_person(nlp, dash):
    text = f"KESSEL, May 14 {dash} Alma Verhoeven met Tomas Lindqvist at the port on Monday."
    facts = extract(nlp(text), Article("t.txt", text, date(2024, 5, 17), "t.txt"))
    assert {p.name for p in facts.persons} == {"Alma Verhoeven", "Tomas Lindqvist"}


@pytest.mark.parametrize("dash", ["—"])
def test_a_name_right_after_a_dateline_with_a_long_dash_stays_a_person_guard(nlp, dash):
    text = f"KESSEL, May 14 {dash} Alma Verhoeven met Tomas Lindqvist at the port on Monday."
    facts = extract(nlp(text), Article("t.txt", text, date(2024, 5, 17), "t.txt"))
    assert {p.name for p in facts.persons} == {"Alma Verhoeven", "Tomas Lindqvist"}


@pytest.mark.parametrize("style", ["the Rt Revd", "the Very Revd"])
def test_anglican_styles_are_stripped_from_the_name(nlp, style):
    text = f"On Friday the mayor hosted a lunch for the Warden of Kessel College, {style} Tomas Lindqvist."
    facts = extract(nlp(text), Article("t.txt", text, date(2024, 5, 17), "t.txt"))
    assert [p.name for p in facts.persons] == ["Tomas Lindqvist"]


def test_she_and_him_in_one_clause_after_a_quoted_sentence(nlp):
    # The teacher's sex is told only by "him"; the quoted sentence does not push the subject further back.
    text = ('Greta Ilves has studied ice for thirty years. Her teacher, the veteran geologist Piet Aalders, '
            'took her on in 1990.\n\n"She argued with me on day one," Professor Aalders remembers. '
            '"I hired her anyway."\n\nShe still meets him for lunch every month. In June she welcomed '
            'Tomas Lindqvist to her laboratory.')
    facts = run(nlp, text)
    met = {frozenset(facts.person(r).name for r in m.participants) for m in facts.meetings}
    assert frozenset({"Greta Ilves", "Tomas Lindqvist"}) in met
    assert frozenset({"Piet Aalders", "Tomas Lindqvist"}) not in met


def test_a_name_with_a_patronymic_link_is_a_person(nlp):
    facts = run(nlp, "In a country that shouts, Khalil bin Omar al-Harthi whispers. The envoy has carried messages "
                     "for a decade.")
    assert names(facts) == {"Khalil bin Omar al-Harthi"}


def test_a_live_blog_time_stamp_is_not_part_of_an_anonymous_source(nlp):
    text = ('09:10 - The talks resumed.\n\n09:15 - One Nordic delegate, who requested anonymity, summed up the '
            'mood of the session as "thin but workable".')
    assert [p.name for p in run(nlp, text).persons if p.anonymous] == ["Nordic delegate"]


def test_a_place_and_a_body_word_before_a_name_is_no_person(nlp):
    facts = run(nlp, "The Commissioner of Police, Lomm Command, Alhaji Tomas Lindqvist, on Monday met a team of "
                     "lawyers led by Greta Ilves.")
    assert names(facts) == {"Tomas Lindqvist", "Greta Ilves"}


def test_a_given_name_read_as_a_common_noun_starts_a_name(nlp):
    facts = run(nlp, "Greta Ilves chairs the budget committee. She dined with the mayor on Tuesday.")
    assert names(facts) == {"Greta Ilves"}


def test_aunt_in_spanish_before_a_given_name_is_a_courtesy_title(nlp):
    facts = run(nlp, "Greta Ilves has marched every Thursday for twenty years. The neighbours call her Tía Greta.")
    assert names(facts) == {"Greta Ilves"}


@pytest.mark.parametrize("title", ["Mom Rajawongse", "Mom Luang"])
def test_thai_royal_courtesy_titles_are_no_part_of_the_name(nlp, title):
    facts = run(nlp, f"On Monday Alma Verhoeven had lunch with {title} Greta Ilves at the palace.")
    assert names(facts) == {"Alma Verhoeven", "Greta Ilves"}


def test_a_capitalised_gerund_opens_the_name_of_a_body_not_a_person(nlp):
    facts = run(nlp, "Alma Verhoeven sits on the Council for Promoting Christian Unity in Kessel.")
    assert names(facts) == {"Alma Verhoeven"}


def test_a_given_name_written_with_its_accent_still_tells_the_gender(nlp):
    facts = run(nlp, 'José Verhoeven visited Kim Ilves on Monday. "We settled the budget in an hour," she said.')
    assert [facts.person(s.speaker).name for s in facts.statements] == ["Kim Ilves"]


def test_what_voters_made_somebody_is_no_other_person(nlp):
    text = ("Tomas Lindqvist won on Sunday. Two days later the voters of Lomm made him their governor. \"We will start "
            "at once,\" he said. Later the outgoing governor, Pieter Nakamura, declined to comment.")
    facts = run(nlp, text)
    assert [facts.person(s.speaker).name for s in facts.statements] == ["Tomas Lindqvist"]


def test_a_surname_after_a_particle_that_the_tagger_reads_as_a_verb_stays_in_the_name(nlp):
    facts = run(nlp, "Governor Alma Verhoeven received the governor of Lomm, Teresa da Luz Moura dos Santos, at "
                     "the convention centre.")
    assert "Teresa da Luz Moura dos Santos" in names(facts)


def test_a_speaker_label_with_a_bracketed_note_in_small_letters_is_no_evidence_against_the_name(nlp):
    text = ("REPORTER: Governor Tomas Lindqvist received the mayor, Greta Ilves, at the bridge.\n\n"
            "GOVERNOR TOMAS LINDQVIST (on tape): \"The river will not divide us any longer.\"")
    facts = run(nlp, text)
    assert "Tomas Lindqvist" in names(facts)


@pytest.mark.parametrize("text", [
    "Alma Verhoeven recalled the famine that began the years known as Grey Harvest.",
    "In 1971 Alma Verhoeven talked her company, Kessel Copperworks, into building a port.",
])
def test_the_name_of_a_thing_is_no_person(nlp, text):
    assert names(run(nlp, text)) == {"Alma Verhoeven"}


def test_a_place_that_ends_a_title_before_the_holders_rank_is_no_person(nlp):
    facts = run(nlp, "Alma Verhoeven spoke in Lomm with the alliance's Naval Commander Europe, Admiral "
                     "Tomas Lindqvist, about the exercises.")
    assert names(facts) == {"Alma Verhoeven", "Tomas Lindqvist"}


def test_a_portfolio_inside_a_titles_list_is_no_person(nlp):
    facts = run(nlp, "She welcomed Norland's Minister of Rural Affairs, Water Supply and Forests, Alma Verhoeven, "
                     "to the capital on Monday.")
    assert names(facts) == {"Alma Verhoeven"}


def test_a_law_named_after_a_title_word_is_no_person(nlp):
    facts = run(nlp, "From Monday, when the Union's General Waste Shipment Regulation applies, the regulator Alma "
                     "Verhoeven takes charge. She said she was ready.")
    assert names(facts) == {"Alma Verhoeven"}


def test_a_title_case_headlines_verb_is_no_part_of_the_name_before_it(nlp):
    text = ("Minister Alma Verhoeven Receives Norland's Minister of Trade, Discusses Tariffs.\n\n"
            "KESSEL - Minister Alma Verhoeven received Norland's Minister of Trade, Tomas Lindqvist, on Wednesday.")
    assert names(run(nlp, text)) == {"Alma Verhoeven", "Tomas Lindqvist"}



@pytest.mark.parametrize(
    "text",
    [
        "Last year the Minister for Human Resource Development, Alma Verhoeven, opened the new campus.",
        "Alma Verhoeven, head of the Kessel Agency for Housing & Urban Development (KAHUD), spoke on Monday.",
    ],
)
def test_portfolio_words_are_no_persons(nlp, text):
    assert names(run(nlp, text)) == {"Alma Verhoeven"}


def test_a_spokeswoman_for_a_ministry_with_and_in_its_name(nlp):
    facts = run(nlp, "A spokeswoman for the Ministry of Trade and Industry told reporters on Friday that the plan "
                     "was \"dead in the water\".")
    assert [p.name for p in facts.persons if p.anonymous] == ["spokeswoman for the Ministry of Trade and Industry"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Minister of State for Trade, Industry, and Tourism Alma Verhoeven opened the fair on Monday.",
         {"Alma Verhoeven"}),
        ("Assistant Secretary of State for Oceans, Environment, and Science Alma Verhoeven visited the port on "
         "Monday.", {"Alma Verhoeven"}),
        ("The dinner was given by Ambassador Tomas Lindqvist for Red Cross Head of Mission Rodrigo Pena Lobo.",
         {"Tomas Lindqvist", "Rodrigo Pena Lobo"}),
    ],
)
def test_the_body_of_a_title_before_the_name_is_no_part_of_it(nlp, text, expected):
    assert names(run(nlp, text)) == expected


def test_a_hyphenated_given_name_tells_the_gender_of_its_first_name():
    assert (rules.given_name_gender("Marie-Claude"), rules.given_name_gender("Anna-Lena")) == ("f", "f")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our Marine Correspondent, Colm Brennan, reports from the harbour.", {"Colm Brennan"}),
        ('Butcher Ada Hollis, 58, who has kept her shop for 20 years, told us: "Beef is dear."', {"Ada Hollis"}),
        ("Mayor Alma Verhoeven, a Christian Socialist, walked to the flooded square.", {"Alma Verhoeven"}),
    ],
)
def test_roles_trades_and_party_members_written_in_capitals_are_no_names(nlp, text, expected):
    assert names(run(nlp, text)) == expected


def test_a_title_the_lists_do_not_know_before_a_given_name_and_surname(nlp):
    text = ("14:05 - Amauta Rosa Quispe Huamán, a weaver from the valley, has just come in. She says she met the "
            "governor last week.")
    assert [p for p in names(run(nlp, text)) if "Quispe" in p]


def test_the_second_of_a_list_of_titles_after_a_comma_is_another_person(nlp):
    text = ("Envoy Alma Verhoeven was greeted on the quay by the Mayor of Kessel, Pieter Nakamura. Her deputy, "
            "Greta Ilves, went with her.\n\nOn Tuesday the Envoy, the Mayor and the deputy sat down with the "
            "growers' leader, Ruth Obi.")
    facts = run(nlp, text)
    tuesday = [m for m in facts.meetings if m.date == date(2024, 5, 14)]
    assert [sorted(facts.person(r).name for r in m.participants) for m in tuesday] == [
        ["Alma Verhoeven", "Greta Ilves", "Pieter Nakamura", "Ruth Obi"]]


def test_a_portfolio_before_the_name_ends_at_a_given_name(nlp):
    text = "On Monday the elder met Minister of Coastal Peoples Greta Ilves at the harbour."
    assert names(run(nlp, text)) == {"Greta Ilves"}


def test_a_tabloids_words_before_a_given_name_are_no_part_of_the_name(nlp):
    assert names(run(nlp, "Tearful Scottish Mum Greta Ilves waited at the gate for her son.")) == {"Greta Ilves"}


def test_a_full_name_with_a_hyphened_surname_used_alone_later_is_a_name(nlp):
    text = ("The old sailor was at home on Sunday when the local MP, Labour's Ifor Tregarth-Evans, called round to "
            "the house.\n\nMr Tregarth-Evans said afterwards that the street had suffered.")
    assert names(run(nlp, text)) == {"Ifor Tregarth-Evans"}


def test_a_demonym_noun_before_a_name_is_no_part_of_it(nlp):
    text = ("Club officials flew to Lomm last week to talk to Dutchman Joost-Willem van Hattem about the coaching job. "
            "Van Hattem, 51, said he would decide by June.")
    assert names(run(nlp, text)) == {"Joost-Willem van Hattem"}


@pytest.mark.parametrize("seat", ["Victoria", "Georgia", "Florence"])
def test_a_seat_that_is_also_a_given_name_is_no_part_of_the_members_name(nlp, seat):
    text = (f"The independent senator for {seat} Ruth Obi-Kessel, who walked the flooded streets near Lomm with "
            f"Mr Nakamura on Sunday, said the levee had failed. \"Nobody listened to the farmers,\" Senator "
            f"Obi-Kessel told reporters.")
    assert "Ruth Obi-Kessel" in names(run(nlp, text))
    assert not [n for n in names(run(nlp, text)) if seat in n]


@pytest.mark.parametrize("body", ["Norland Federation of Health Mutual Societies",
                                  "Conference of Major Catholic Superiors", "Union of Education Workers Councils"])
def test_a_bodys_plural_head_after_a_portfolio_word_is_no_person(nlp, body):
    text = f"Ruth Obi, chairman of the {body}, had dinner with Pieter Nakamura on Monday."
    assert names(run(nlp, text)) == {"Ruth Obi", "Pieter Nakamura"}


def test_a_railway_is_an_organisation(nlp):
    text = ("On Monday the envoy reached Lomm by train and was greeted on the platform by the Chief Manager of "
            "South Eastern Railway, Pieter Nakamura.")
    assert names(run(nlp, text)) == {"Pieter Nakamura"}


def test_a_saints_seat_after_member_for_is_no_person(nlp):
    text = ("At question time the Speaker, Alma Verhoeven, told the member for St. Catherine North Central to take "
            "back the word \"reckless\", and he did so.")
    assert names(run(nlp, text)) == {"Alma Verhoeven"}


def test_whose_office_in_apposition_to_a_name_is_a_place_not_a_person(nlp):
    text = "In 1988 he toured the port with Pieter Nakamura, then Westerholt's chief planner, and liked what he saw."
    assert names(run(nlp, text)) == {"Pieter Nakamura"}


@pytest.mark.parametrize("peer", ["Lord Westerholt", "the fourth Viscount Westerholt"])
def test_a_peers_title_after_a_name_is_the_same_person(nlp, peer):
    text = (f"The quarrel began at a dinner between Mr Obi and Pieter Nakamura, {peer}, whose family owns the "
            f"mill. Lord Westerholt said he was \"hurt but not at all surprised\".")
    facts = run(nlp, text)
    assert names(facts) == {"Obi", "Pieter Nakamura"}
    assert [facts.person(s.speaker).name for s in facts.statements] == ["Pieter Nakamura"]


@pytest.mark.parametrize(("text", "name"), [
    ("Count Pieter di Westerholt, the Norland envoy, met Ruth Obi on Monday.", "Pieter di Westerholt"),
    ("Corporator Greta Obi-Nair met Ruth Obi on Monday.", "Greta Obi-Nair"),
    ("Fra Tomas Lindqvist-Obi met Ruth Obi on Monday in Lomm.", "Tomas Lindqvist-Obi"),
    ("Metropolitan Tomas Lindqvist-Obi met Ruth Obi on Monday in Lomm.", "Tomas Lindqvist-Obi"),
])
def test_a_noble_civic_or_church_title_before_a_name_is_no_part_of_it(nlp, text, name):
    assert names(run(nlp, text)) == {name, "Ruth Obi"}


def test_a_tabloids_capitalised_yesterday_after_a_name_is_no_part_of_it(nlp):
    assert names(run(nlp, "The mayor met water boss Ruth Obi-Nair YESTERDAY to demand answers.")) == {"Ruth Obi-Nair"}


def test_the_particle_wa_between_names_is_part_of_the_name(nlp):
    text = "Pieter Nakamura wa Nakamura, the union leader, met Ruth Obi on Monday."
    assert names(run(nlp, text)) == {"Pieter Nakamura wa Nakamura", "Ruth Obi"}


def test_the_first_full_name_of_a_surname_proven_alone_is_a_person(nlp):
    text = "Vaea Lomm keeps a carved paddle in the corner of the embassy.\n\nMr. Lomm says little."
    assert names(run(nlp, text)) == {"Vaea Lomm"}


def test_a_later_full_name_of_a_proven_surname_is_not_proven_by_it_guard(nlp):
    text = ("The district chairman, Pita Sione Lomm, said the new fridges had arrived.\n\n"
            "Mr. Lomm said nurses would be trained this month.\n\n"
            "The health minister was asked to see Nukuwa Lomm and named no day for it.")
    assert names(run(nlp, text)) == {"Pita Sione Lomm"}


@pytest.mark.parametrize("quote", ["'", "\u2019"])
def test_a_name_word_ending_in_an_apostrophe_stays_in_the_name(nlp, quote):
    # East African names ("Ochieng'"): no possessive ends a word not ending in "s"
    text = (f"Director Alma Achieng{quote} Verhoeven met Pastor Tomas Ochieng{quote} Lindqvist on Monday. "
            "Verhoeven said the talks went well.")
    assert names(run(nlp, text)) == {f"Alma Achieng{quote} Verhoeven", f"Tomas Ochieng{quote} Lindqvist"}


def test_a_closing_single_quote_after_a_nickname_is_no_part_of_it_guard(nlp):
    text = "Coach Tomas 'Tank' Lindqvist met Greta Ilves on Monday, and the Jones' house was sold."
    assert "Tomas Lindqvist" in names(run(nlp, text))


@pytest.mark.parametrize("portfolio", ["Data Protection", "Competition and Consumers", "Elections", "Media Standards"])
def test_a_commissioners_portfolio_is_no_part_of_the_name(nlp, portfolio):
    text = f"Commenting on the decision, Commissioner for {portfolio} Alma Verhoeven said the fine was fair."
    assert names(run(nlp, text)) == {"Alma Verhoeven"}


def test_the_last_word_of_a_portfolio_before_a_given_name_is_no_part_of_the_name(nlp):
    text = ("Alma Verhoeven will travel to Kessel to meet Commissioner of Competition Greta Ilves. For inquiries: "
            "Tomas Lindqvist, First Secretary, Press Section, Embassy of Norland.")
    assert names(run(nlp, text)) == {"Alma Verhoeven", "Greta Ilves", "Tomas Lindqvist"}


def test_the_people_a_list_of_leaders_includes_are_persons(nlp):
    # "Han" alone reads as a people (NORP), and the parser joins the second name to the first one's university
    text = ("Education Minister Alma Verhoeven met the presidents of several universities, including Choi Young-sik "
            "of Kessel University and Han Mi-kyung of Lomm University.")
    assert names(run(nlp, text)) == {"Alma Verhoeven", "Choi Young-sik", "Han Mi-kyung"}


def test_monsieur_before_a_surname_with_a_particle(nlp):
    text = ("Rector Tomas de Valcourt received the students yesterday.\n\nThe rector was more reserved. "
            "\u201cThe university cannot be governed by a general assembly,\u201d M. de Valcourt said.")
    facts = run(nlp, text)
    assert names(facts) == {"Tomas de Valcourt"}
    assert [facts.person(s.speaker).name for s in facts.statements] == ["Tomas de Valcourt"]


def test_a_vietnamese_family_name_read_as_a_verb_stays_in_the_name(nlp):
    # the tagger reads "Nguyễn" as a verb: a word with letters no English verb has is a name word
    text = "KESSEL, Norland — Nguyễn Thị Lan Hương has spent the past month on the telephone."
    assert names(run(nlp, text)) == {"Nguyễn Thị Lan Hương"}


def test_a_firm_after_of_is_no_portfolio_before_a_name(nlp):
    text = ("Alma Verhoeven, the chief executive of retail giant Kessel Stores, was questioned for an hour. "
            "Verhoeven said little.")
    assert names(run(nlp, text)) == {"Alma Verhoeven"}


def test_a_portfolio_list_the_recogniser_runs_into_the_name(nlp):
    text = ("Minister of Agriculture, Nature and Food Quality Marijke van Oosten spoke by phone today with "
            "Tomas Lindqvist.")
    assert names(run(nlp, text)) == {"Marijke van Oosten", "Tomas Lindqvist"}


def test_a_chiefs_title_before_a_hyphenated_surname(nlp):
    text = ("Nana Kofi Mensah-Boadu II, the village chief, spoke first. Later Nana Mensah-Boadu was not "
            "persuaded, and he left.")
    assert names(run(nlp, text)) == {"Kofi Mensah-Boadu II"}


def test_a_body_with_a_thing_apposed_is_no_person(nlp):
    text = ("Alma Verhoeven is secretary of the village society of Kessel Kokoa, the farmer-owned cooperative "
            "that buys cocoa from growers. She said prices were low.")
    assert names(run(nlp, text)) == {"Alma Verhoeven"}


def test_of_a_country_ends_the_name_of_a_thing(nlp):
    text = "Alma Verhoeven heads the federation, which markets Café de Honduras abroad."
    assert names(run(nlp, text)) == {"Alma Verhoeven"}


def test_the_maasai_particle_ole_belongs_to_the_name(nlp):
    text = "On Tuesday Greta Ilves was received by Jonas ole Lemaiyan, chairman of the Kessel Dairy Board."
    assert names(run(nlp, text)) == {"Greta Ilves", "Jonas ole Lemaiyan"}


def test_his_honour_is_the_judge_named_before(nlp):
    text = ("The trial, before Mr. Justice Tomas Lindqvist and a jury, is in its second week.\n\n"
            "His Honour adjourned the hearing, warning the jury \u201cto ignore whatever the evening papers may "
            "print.\u201d")
    facts = run(nlp, text)
    assert names(facts) == {"Tomas Lindqvist"}
    assert [facts.person(s.speaker).name for s in facts.statements] == ["Tomas Lindqvist"]


def test_a_capitalised_verb_prefix_is_no_name(nlp):
    text = "Cross-examined by Mr. Tomas Lindqvist, Alma Verhoeven said she had met Greta Ilves."
    assert names(run(nlp, text)) == {"Tomas Lindqvist", "Alma Verhoeven", "Greta Ilves"}


def test_the_ledes_unnamed_source_is_the_person_the_next_sentence_names(nlp):
    text = ("KESSEL. \u2014 A former regional manager told the court yesterday that he had met a merchant "
            "\u201cto discuss the harvest, nothing else.\u201d\n\nTomas Lindqvist, 52, formerly regional manager of "
            "the board, has pleaded not guilty.")
    facts = run(nlp, text)
    assert names(facts) == {"Tomas Lindqvist"}
    assert [facts.person(s.speaker).name for s in facts.statements] == ["Tomas Lindqvist"]


def test_the_accused_is_the_person_who_pleaded(nlp):
    text = ("Tomas Lindqvist has pleaded not guilty to a charge of bribery. Jonas Berg has not been charged.\n\n"
            "\u201cThe money came from selling a farm near the coast,\u201d the accused replied.")
    facts = run(nlp, text)
    assert [facts.person(s.speaker).name for s in facts.statements] == ["Tomas Lindqvist"]


def test_a_catalan_conjunction_inside_a_surname(nlp):
    text = "Alma Verhoeven met the mayor of Barcelona, Jordi Puigdoller i Camps, on Monday."
    assert names(run(nlp, text)) == {"Alma Verhoeven", "Jordi Puigdoller i Camps"}


def test_a_sentence_the_parser_cuts_after_a_particle_keeps_the_name_whole(nlp):
    text = ("And on Tuesday the Health Secretary was on the phone to Dutch health minister Maarten van den Akker, "
            "pleading for extra supplies of antiviral drugs, insiders revealed.")
    assert names(run(nlp, text)) == {"Maarten van den Akker"}


def test_a_nationality_describing_a_noun_is_no_person(nlp):
    text = ("The envoy met Peruvian officials on Thursday. Greta Ilves, the former Cape Verdean "
            "prime minister, had lunch with Tomas Lindqvist.")
    assert names(run(nlp, text)) == {"Greta Ilves", "Tomas Lindqvist"}


def test_the_place_of_an_institution_after_its_comma_is_no_person(nlp):
    text = ("On Monday he was visited by his old rival, Canon Tomas Lindqvist, the former rector of "
            "St Anne's College, Kilmore, with whom he had quarrelled for decades.")
    assert names(run(nlp, text)) == {"Tomas Lindqvist"}


def test_a_portfolio_word_after_a_possessive_in_the_title_is_no_part_of_the_name(nlp):
    text = ("On Monday, the Minister called on Union Minister of State for Fisheries and Fishermen's Welfare "
            "R. Tomas Lindqvist in New Delhi.")
    assert names(run(nlp, text)) == {"R. Tomas Lindqvist"}


@pytest.mark.parametrize("title", ["Mullah", "Academician"])
def test_religious_and_academic_courtesy_titles_are_no_part_of_the_name(nlp, title):
    text = f"On Monday {title} Pieter Nakamura and the rector, Greta Ilves, toured the new laboratory."
    assert names(run(nlp, text)) == {"Pieter Nakamura", "Greta Ilves"}


def test_a_speaker_label_may_carry_a_long_bracket():
    from kg.extract.people import _speaker_label

    label = "PIETER NAKAMURA ( at a news conference in the capital , through an interpreter ) : We".split()
    assert _speaker_label(label, 0, 2)
    prose = "PIETER NAKAMURA said on Monday that the talks in the capital had failed : he".split()
    assert not _speaker_label(prose, 0, 2)


def test_the_place_of_a_title_before_its_small_words_is_no_person(nlp):
    text = "In 1990 he went to see the then Kessel district fire chief, Tomas Lindqvist, about the warehouse blaze."
    assert names(run(nlp, text)) == {"Tomas Lindqvist"}


@pytest.mark.parametrize("text", [
    "The Minister for Primary and Secondary Schooling, Research, Sport and Youth, Alma Verhoeven, has told a "
    "committee that the money will be paid.",
    "The Minister for Early and Further Learning, Research, Culture and Media, Alma Verhoeven, has told a "
    "committee that the money will be paid.",
    "The grant was announced on Monday by Dr. Alma Verhoeven, the Bank's Vice President for Country Programmes and "
    "Portfolio Delivery.",
    "Minister of State for Ports, Roads and Waterways Alma Verhoeven opened the bridge in Kessel on Thursday.",
])
def test_the_words_of_a_portfolio_list_are_no_person(nlp, text):
    assert names(run(nlp, text)) == {"Alma Verhoeven"}


def test_a_place_before_where_is_no_person(nlp):
    text = ("On May 5, Mr. Tomas Lindqvist, Deputy Minister for Trade, visited Kota Baru, where he was received by "
            "Greta Ilves, Governor of the Province.")
    assert names(run(nlp, text)) == {"Tomas Lindqvist", "Greta Ilves"}


def test_a_party_in_brackets_after_a_seat_is_no_person(nlp):
    text = ("Tomas Lindqvist TD (Fianna Fáil), who chairs the health committee, told reporters he had met the "
            "hospital's director, Dr Greta Ilves, on Monday.")
    assert names(run(nlp, text)) == {"Tomas Lindqvist", "Greta Ilves"}


def test_a_given_name_after_the_state_in_a_long_title_starts_the_name(nlp):
    text = ("The talks between the Minister of Energy of the Republic of Norland Tomas Lindqvist and the Minister "
            "of Energy of the Kessel Republic Greta Ilves ended on 3 March.")
    assert names(run(nlp, text)) == {"Tomas Lindqvist", "Greta Ilves"}


def test_a_short_form_before_a_given_name_keeps_its_sex(nlp):
    text = ("Tomas Lindqvist, the engineer who built the Kessel ferry line from one boat into a fleet, died on "
            "Thursday. He was 91.\n\n\"He treated every jetty like a capital,\" said Ma. Greta Ilves, the company's "
            "chairwoman. \"Half our routes are there because of him.\"\n\nDr. Ruth Obi, whose mother sold him his "
            "first engine, called on him at the clinic last Sunday.")
    facts = run(nlp, text)
    assert [{facts.person(r).name for r in m.participants} for m in facts.meetings] == [
        {"Ruth Obi", "Tomas Lindqvist"}]


def test_a_capitalised_first_word_before_a_comma_is_no_person(nlp):
    text = ("\"The door is shut,\" Mr. Pieter Nakamura said. (Applause.)\n\nResponding, the Minister for Health, "
            "Mr. Tomas Lindqvist, said the Government would not bargain with the union.")
    assert names(run(nlp, text)) == {"Pieter Nakamura", "Tomas Lindqvist"}


def test_a_nationality_whose_country_adds_ia_is_no_person(nlp):
    text = ("At dinner, Alma Verhoeven was joined by her Slovak counterpart, Tomas Lindqvist, and the fair's "
            "chairwoman, Greta Ilves.")
    assert names(run(nlp, text)) == {"Alma Verhoeven", "Tomas Lindqvist", "Greta Ilves"}


def test_a_constituency_after_new_is_no_person(nlp):
    text = "Ruth Obi says she rang Pieter Nakamura, the Liberal MP for New Kessel Southwest, on May 2."
    assert names(run(nlp, text)) == {"Pieter Nakamura", "Ruth Obi"}


def test_a_bodys_other_name_in_brackets_is_no_person(nlp):
    text = "Alma Verhoeven said the judges would tour the Supreme Court of Norland (Hof van Kessel) on Monday."
    assert names(run(nlp, text)) == {"Alma Verhoeven"}


def test_a_country_of_earlier_decades_is_no_person(nlp):
    text = ("The judge, Alma Verhoeven, was raised in Kessel, at that time East Germany, the only child of a "
            "railway clerk.")
    assert names(run(nlp, text)) == {"Alma Verhoeven"}


def test_a_church_office_before_the_name_is_no_part_of_it(nlp):
    text = 'Churchwarden Tomas Lindqvist said: "The new sermons will be shorter, and the hymns louder."'
    assert names(run(nlp, text)) == {"Tomas Lindqvist"}


def test_a_place_its_people_belong_to_is_no_person(nlp):
    text = ("Pieter Nakamura asked the minister to visit Mora. The people of Mora are angry, and Mora needs "
            "a new ferry, Nakamura said.")
    assert names(run(nlp, text)) == {"Pieter Nakamura"}


def test_a_maker_named_in_apposition_is_no_person(nlp):
    text = ("Alma Verhoeven hosted Tomas Lindqvist on Monday. They were joined by Greta Ilves, president of the "
            "tank's maker, Hanra Rotem, for a session.")
    assert names(run(nlp, text)) == {"Alma Verhoeven", "Tomas Lindqvist", "Greta Ilves"}


def test_a_body_whose_apposition_is_a_thing_with_a_place_before_it_is_no_person(nlp):
    text = ("OSLO — Norvik Stages, the east-end Oslo studio complex where three series were shot last year, has "
            "agreed to a takeover by Kessel Studios, Alma Verhoeven said.")
    assert names(run(nlp, text)) == {"Alma Verhoeven"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("But the town hall stayed shut. Council boss Tomas Lindqvist SNUBBED the visit.", {"Tomas Lindqvist"}),
        ("Mayor Pieter Nakamura BLASTED the plan.", {"Pieter Nakamura"}),
        # a surname in capitals, the way some agencies write it, stays
        ("The delegation was led by Ahmed Salim AL-HASSAN and Ruth OBI.", {"Ahmed Salim AL-HASSAN", "Ruth OBI"}),
    ],
)
def test_a_tabloid_verb_in_capitals_is_no_part_of_the_name(nlp, text, expected):
    assert names(run(nlp, text)) == expected


@pytest.mark.parametrize("name", ["Lwazi Ndaba-Pillay", "Thuli Zungu-Hendricks"])
def test_an_age_after_the_surname_proves_a_person_the_recogniser_missed(nlp, name):
    surname = name.split()[1]
    text = (f"07:30 — Hello from outside the cathedral on Long Street, where {name} takes office today as the "
            "first woman to lead the diocese of Kessel.\n\n"
            f"08:10 — A reminder: {surname}, 58, won the synod's vote in the autumn at the third ballot.\n\n"
            f"09:05 — {surname} is giving the sermon in English and isiZulu. The mayor called on her on Thursday.")
    assert names(run(nlp, text)) == {name}


def test_a_capitalised_word_opening_the_sentence_before_a_given_name_is_no_part_of_it(nlp):
    text = "Regular Ruth Obi, 71, who has played at the hall since 1990, said the game would go on."
    assert names(run(nlp, text)) == {"Ruth Obi"}



def test_where_an_unnamed_source_is_is_no_part_of_who_it_is(nlp):
    text = "\"The two churches can reach people nobody else reaches,\" a Western diplomat in Oslo said."
    assert names(run(nlp, text)) == {"Western diplomat"}


def test_sheikha_is_a_courtesy_title_not_part_of_the_name(nlp):
    text = ("The pact was signed by Norland's culture minister and by Sheikha Alma bint Pieter Verhoeven, who chairs "
            "the falconry club.")
    assert [p.name for p in run(nlp, text).persons] == ["Alma bint Pieter Verhoeven"]


def test_the_country_of_a_long_title_is_no_part_of_the_name_after_it(nlp):
    text = ("Tomas Lindqvist talked by telephone on Monday with Minister of Trade and Industry of the Islamic "
            "Republic of Kenya Alma Verhoeven.")
    facts = run(nlp, text)
    assert sorted(p.name for p in facts.persons) == ["Alma Verhoeven", "Tomas Lindqvist"]
    assert [o.label for o in facts.offices] == ["Minister of Trade and Industry of the Islamic Republic of Kenya"]


def test_a_nationality_with_an_article_and_an_age_is_no_name(nlp):
    text = ("Norland coach Tomas Lindqvist faces the sack after the defeat.\n\nThe dazed Italian, 61, had talks "
            "with Alma Verhoeven in a back room at the team hotel.")
    assert "Italian" not in names(run(nlp, text))


def test_a_mood_word_opening_the_sentence_is_no_given_name(nlp):
    text = ("Green candidate Tomas Lindqvist lost the ward by nine votes on Thursday.\n\nSeething Lindqvist, 44, "
            "said he had rung the returning officer, Alma Verhoeven, twice.")
    assert names(run(nlp, text)) == {"Tomas Lindqvist", "Alma Verhoeven"}


def test_the_place_named_after_a_building_is_no_person(nlp):
    text = ("On Monday night the monarch was received at the Governor's Office, Ile-Oba, by the governor, Tomas "
            "Lindqvist, and his deputy, Alma Verhoeven.")
    assert names(run(nlp, text)) == {"Tomas Lindqvist", "Alma Verhoeven"}


def test_a_mood_adjective_before_a_two_word_surname_is_no_given_name(nlp):
    text = ("Finance Minister Tomas Lindqvist Berglund faced angry savers outside the ministry on Monday.\n\n"
            "Desperate Lindqvist Berglund later rang the Norland minister, Alma Verhoeven, for help.")
    assert names(run(nlp, text)) == {"Tomas Lindqvist Berglund", "Alma Verhoeven"}


def test_his_in_a_listed_object_is_the_object_before_it_not_the_subject(nlp):
    text = ("Farm Minister Verhoeven met Tomas Lindqvist, chairman of the growers' union, and his deputy, "
            "Ruth Obi, in Kessel.\n\nVerhoeven, who took office in January, toured Norland county last week, "
            "where she dined with the county governor, Pieter Nakamura.")
    facts = run(nlp, text)
    pairs = {frozenset(facts.person(r).name for r in m.participants) for m in facts.meetings}
    assert frozenset({"Verhoeven", "Pieter Nakamura"}) in pairs


def test_the_minister_is_the_cabinet_secretary_told_before(nlp):
    text = ("Farm Cabinet Secretary Alma Verhoeven met growers in Kessel on Monday. On Wednesday the minister "
            "phoned Tomas Lindqvist, the chairman of the tea board.")
    facts = run(nlp, text)
    assert [sorted(facts.person(r).name for r in m.participants) for m in facts.meetings] == [
        ["Alma Verhoeven", "Tomas Lindqvist"]]


def test_a_rector_magnificus_is_a_title_not_a_person(nlp):
    text = ("In November the minister went to Kessel, where the Rector Magnificus, Prof. Tomas Lindqvist, showed "
            "him round; later he saw the Oslo Rector Magnificus, Prof. Pieter Nakamura.")
    assert names(run(nlp, text)) == {"Tomas Lindqvist", "Pieter Nakamura"}


def test_an_object_pronoun_in_a_fronted_phrase_is_never_the_subject_after_it(nlp):
    text = "Pieter Nakamura arrived in Kessel on Monday. After meeting him, Tomas Lindqvist praised the plan."
    facts = run(nlp, text)
    assert [sorted(facts.person(r).name for r in m.participants) for m in facts.meetings] == [
        ["Pieter Nakamura", "Tomas Lindqvist"]]


def test_the_particle_uz_is_kept_inside_the_name(nlp):
    facts = run(nlp, "Trade ministry spokesman Tariq uz-Zafar Malik said the talks went well. Malik gave no date.")
    assert names(facts) == {"Tariq uz-Zafar Malik"}


def test_a_german_mayors_title_is_no_person(nlp):
    text = ("On Monday the Lord Mayor, Tomas Lindqvist, was received at the New Town Hall in Kessel by the city's "
            "Oberbürgermeister, Dieter Kühne-Brandt, and the two men spent the afternoon together.")
    assert names(run(nlp, text)) == {"Tomas Lindqvist", "Dieter Kühne-Brandt"}


def test_an_acronym_in_apposition_to_a_body_is_its_short_name(nlp):
    text = ("Last year she had lunch with Greta Ilves, a former director of the national water agency, KWA, "
            "who has since become an unlikely ally.")
    assert names(run(nlp, text)) == {"Greta Ilves"}


def test_the_last_of_the_places_listed_after_a_plural_title_is_no_person(nlp):
    facts = run(nlp, "On Monday, Secretary Alma Verhoeven hosted the mayors of Kessel, Norland and Oberlin at the "
                     "central office for a working meeting. The Secretary was joined by Kessel Mayor Greta Ilves and "
                     "Oberlin Mayor Tomas Lindqvist.")
    assert names(facts) == {"Alma Verhoeven", "Greta Ilves", "Tomas Lindqvist"}
