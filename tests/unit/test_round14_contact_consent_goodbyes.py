"""Round 14 (tester B, problems 1, 2, 7, 10): a safe contact's number is kept, questions
about safeguarding are answered, questions about the carer's assessment are not the consent,
and an answer given with "I must go" (or a goodbye in another language) pauses.
Pure functions; the REST test (tests/api/test_round14_contact_over_rest.py) holds the whole
exchanges."""
import pytest

from bot import callback_words
from bot.answers import carer_assessment_question as ca
from bot.answers import safeguarding_questions as sg
from bot.answers.leaving import goodbye_at_end
from bot.answers.someone_else import asks_to_call_someone_else, someone_else_in


@pytest.mark.parametrize("text, name, relation, phone", [
    ("could they ring my friend Joan next door instead? Her number is 0113 496 0777. Not my "
     "number.", "Joan", "friend", "0113 496 0777"),
    ("could they ring my friend joan next door instead? her number is 0113 496 0777. not my "
     "number", "Joan", "friend", "0113 496 0777"),
    ("if they phone, call my neighbour pat over the road instead, 07700 900563 not mine",
     "Pat", "neighbour", "07700 900563"),
    ("pls ring my sister not me, she is Carol 07700 900777", "Carol", "sister", "07700 900777"),
])
def test_the_safe_contacts_number_is_kept(text, name, relation, phone):
    person = asks_to_call_someone_else(text)
    assert (person.name, person.relation, person.phone) == (name, relation, phone)
    line = person.staff_line()
    assert phone in line and name in line and "not the person's own number" in line


def test_a_number_said_just_after_the_ask_is_theirs():
    person = someone_else_in(["can they ring my sister instead, not me",
                              "her name is carol, her number is 07700 900777"])
    assert (person.name, person.phone) == ("Carol", "07700 900777")


def test_an_everyday_call_is_still_not_a_safe_contact():
    assert asks_to_call_someone_else("i ring my mum every sunday") is None


def test_what_is_said_back_is_only_what_was_kept():
    kept = callback_words.whose_number("Joan", "0113 496 0777", "friend")
    assert "0113 496 0777" in kept and "by name" not in kept
    not_kept = callback_words.whose_number("Joan", None, "friend")
    assert "I have told the team it is Joan's number" not in not_kept
    assert "do not have" in not_kept
    assert "by name" not in callback_words.whose_number(None, None, None)


@pytest.mark.parametrize("text, kind", [
    ("what would the safeguarding team do? would they go and see him?", sg.WHAT_THEY_DO),
    ("If I told this safeguarding team what would they do?", sg.WHAT_THEY_DO),
    ("wud they come round and talk to my son", sg.WHAT_THEY_DO),
    ("what happens if i ring that number. do they tell him it was me?", sg.WHAT_THEY_DO),
    ("what does safeguarding mean, is that the police?", sg.POLICE),
    ("But is it the police? I dont want him arrested.", sg.POLICE),
    ("will he get in trouble?", sg.POLICE),
    # round 15, inside the safeguarding steps ("OK. Let's carry on." before)
    ("would the police come? what happens next", sg.POLICE),
    ("will the police turn up at the house", sg.POLICE),
    ("do the police have to come", sg.POLICE),
])
def test_questions_about_what_telling_leads_to(text, kind):
    assert sg.safeguarding_question(text) == kind
    assert sg.answer(text)


@pytest.mark.parametrize("text", [
    "the police came round last night and took him",
    "my neighbour called the police on him",
    "my son takes my pension money",
    "what happens next with my carers assessment?",
    "what would help most",
    "my son is a police officer",
    "is there a police station near me",
])
def test_stories_and_other_questions_are_not_safeguarding_questions(text):
    assert sg.safeguarding_question(text) == ""


def test_the_answers_are_true_and_plain():
    police = " ".join(sg.answer("is that the police?"))
    assert "not the police" in police and "in danger" in police
    visit = " ".join(sg.answer("would they go and see him?"))
    assert "talks to you first" in visit and "you decide" in visit and "unless you agree" in visit
    assert sg.SAFEGUARDING_MEANS in sg.answer("what does safeguarding mean, is that the police?")


@pytest.mark.parametrize("text, kind", [
    ("does the carers assessment cost money", "cost"),
    ("i was asking if the carers assessment costs money", "cost"),
    ("is the carer assessment free?", "cost"),
    ("how much is a carers assesment", "cost"),
    ("whats a carers assessment exactly? is it them coming to check up on me", "what"),
    ("wats a carers assesment, is it them checking up on me", "what"),
])
def test_questions_about_the_carers_assessment(text, kind):
    assert ca.carer_assessment_question(text) == kind


@pytest.mark.parametrize("text", ["carers assessment please", "I want a carers assessment",
                                  # (the glossary's definition answers this one)
                                  "what is a carers assessment",
                                  "i look after my mum, can i have a carers assessment"])
def test_asking_for_the_carers_assessment_is_not_a_question_about_it(text):
    assert ca.carer_assessment_question(text) == ""


def test_a_cost_question_is_told_it_is_free():
    assert "free" in ca.answer("does the carers assessment cost money")[0]
    assert ca.NOT_A_CHECK in ca.answer("whats a carers assessment? is it them checking up on me")


@pytest.mark.parametrize("text, changes", [
    ("ive changed my mind, you can keep my answers", True),
    ("but i want to do it now. ive changed my mind, you can keep my answers", True),
    ("ok you can keep them", True),
    ("actually yes keep my answers", True),
    ("i changed my mind about the colour", False),
    ("changed my mind, i dont want a call", False),
])
def test_changing_ones_mind_about_the_consent(text, changes):
    assert ca.changes_mind(text) is changes


@pytest.mark.parametrize("text, kept", [
    ("tired, i sleep maybe 5 hours. back pain from lifting mama. sorry my break is finish, i "
     "must go back to work", "tired, i sleep maybe 5 hours. back pain from lifting mama."),
    ("knackered, bad back. got to go back in now, my break is over", "knackered, bad back."),
    ("ok i come back later. dziękuję, do widzenia", ""),
    ("dziękuję, do widzenia", ""),
    ("diolch, hwyl", ""),
    ("shukriya, khuda hafiz", ""),
])
def test_an_answer_with_i_must_go_and_goodbyes_in_other_languages(text, kept):
    assert goodbye_at_end(text) == kept


@pytest.mark.parametrize("text", ["i go back to work on monday",
                                  "my break is finished and i feel better",
                                  "i must go back to work soon, its hard",
                                  "she likes ciao bella pizza"])
def test_work_and_breaks_inside_an_answer_are_not_goodbyes(text):
    assert goodbye_at_end(text) is None


@pytest.mark.parametrize("text", [
    "Not the police. I would like somebody to help me sort the bank out quietly",
    "i dont want him arrested, i just want my money",
])
def test_a_wish_said_plainly_is_not_taken_for_a_question(text):
    # At "What would you like to happen now?" this is her wish, kept as told.
    assert sg.answer(text, asked_only=True) == []


@pytest.mark.parametrize("text", ["But is it the police? I dont want him arrested.",
                                  "what does safeguarding mean, is that the police",
                                  "would they go and see him"])
def test_a_question_at_the_wish_step_is_answered(text):
    assert sg.answer(text, asked_only=True)


@pytest.mark.parametrize("text, intent", [
    ("is that the police? i dont want him arrested", "nlu_fallback"),
    ("will they call the police on him?", "nlu_fallback"),
    ("would the police get involved?", "nlu_fallback"),
    ("is there a police station near me", None),
    ("my son is a police officer", None),
])
def test_a_police_question_is_answered_not_searched(text, intent):
    from bot.nlu.commands import typed_intent

    assert typed_intent(text, "find_service", []) == intent
