"""The plain-language engine: glossary data, matching, words to avoid, readability, the gate."""
from pathlib import Path

import pytest
import yaml

from jargon import glossary
from jargon.check import annotate, check_text, explain
from jargon.gate import check_glossary, check_responses
from jargon.matcher import find_avoid, find_jargon
from jargon.readability import figures, split_sentences
from jargon.wordlists import allowed_terms, avoid_list

TLAP_TERMS = Path("/work/shared/reference/tlap-terms.txt")
ROOT = Path(__file__).resolve().parents[2]


def tlap_headwords():
    path = TLAP_TERMS if TLAP_TERMS.exists() else None
    if path is None:
        pytest.skip("the TLAP headword list is not on this machine")
    return [l.strip() for l in path.read_text().splitlines() if l.strip() and not l.startswith("#")]


# --- data ---------------------------------------------------------------------------------

def test_glossary_follows_the_schema_and_has_at_least_150_terms():
    raw = yaml.safe_load((ROOT / "jargon/glossary.yml").read_text())
    entries = glossary.parse_entries(raw, "glossary.yml")
    assert len(entries) >= 150
    for entry in entries:
        assert entry.source, entry.headword
        assert 1 <= len(split_sentences(entry.explanation)) <= 2, entry.headword


def test_schema_check_rejects_a_bad_entry():
    with pytest.raises(glossary.GlossaryError, match="explanation"):
        glossary.parse_entries([{"headword": "Thing"}], "bad.yml")
    with pytest.raises(glossary.GlossaryError, match="unknown fields"):
        glossary.parse_entries([{"headword": "Thing", "explanation": "x", "colour": "red"}], "bad")


def test_every_tlap_headword_is_covered():
    missing = [t for t in tlap_headwords() if glossary.lookup(t) is None]
    assert not missing


def test_no_name_or_abbreviation_points_at_two_entries():
    seen = {}
    for entry in glossary.entries():
        for name in entry.names:
            key = name.lower()
            assert seen.setdefault(("name", key), entry.headword) == entry.headword, name
        for abbreviation in entry.abbreviations:
            assert seen.setdefault(("abbr", abbreviation), entry.headword) == entry.headword


def test_related_terms_exist():
    for entry in glossary.entries():
        for related in entry.related:
            assert glossary.lookup(related) is not None, f"{entry.headword} -> {related}"


def test_avoid_and_allowed_lists_have_reasons():
    assert len(avoid_list()) >= 20
    assert all(a.better and a.reason for a in avoid_list())
    for term in allowed_terms():
        assert glossary.lookup(term) is not None, term


def test_our_explanations_are_plain():
    result = check_glossary()
    assert result.ok, result.report()


# --- lookup -------------------------------------------------------------------------------

@pytest.mark.parametrize("asked, headword", [
    ("DP", "Direct payment"), ("direct payments", "Direct payment"), ("dp", "Direct payment"),
    ("ISF", "Individual service fund"), ("PA", "Personal assistant"),
    ("OT", "Occupational therapist"), ("POC", "Package of care"),
    ("ADLs", "Activities of daily living"), ("DoLS", "Deprivation of Liberty Safeguards"),
    ("LPA", "Lasting power of attorney"), ("CHC", "Continuing healthcare"),
    ("Reablement", "Reablement"), ("re-ablement", "Reablement"), ("respite", "Respite care"),
])
def test_lookup_finds_headwords_aliases_and_abbreviations(asked, headword):
    assert glossary.lookup(asked).headword == headword


def test_near_misses_get_suggestions():
    assert "Reablement" in glossary.suggest("reablment")
    assert glossary.suggest("xyzzy plover") == []


def test_a_council_overlay_replaces_and_adds_entries(tmp_path, monkeypatch):
    overlay = tmp_path / "ours.yml"
    overlay.write_text(yaml.safe_dump([
        {"headword": "Reablement", "explanation": "Our own words for it.", "source": "council"},
        {"headword": "Home First", "explanation": "Our team that helps you home.",
         "abbreviations": ["HF"], "source": "council"},
    ]))
    monkeypatch.setenv(glossary.OVERLAY_ENV, str(overlay))
    assert glossary.lookup("reablement").explanation == "Our own words for it."
    assert glossary.lookup("HF").headword == "Home First"
    assert [h.headword for h in find_jargon("Ask Home First.")] == ["Home First"]
    monkeypatch.delenv(glossary.OVERLAY_ENV)
    assert glossary.lookup("Home First") is None


# --- matching -----------------------------------------------------------------------------

def test_finds_terms_with_offsets_plurals_and_longest_match():
    text = "Your personal assistants and a personal health budget."
    hits = find_jargon(text)
    assert [(h.headword, text[h.start:h.end]) for h in hits] == [
        ("Personal assistant", "personal assistants"),
        ("Personal health budget", "personal health budget"),
    ]


def test_abbreviations_match_only_in_capitals():
    assert [h.headword for h in find_jargon("Ask your OT.")] == ["Occupational therapist"]
    assert find_jargon("I got a new ot pan") == []
    assert find_jargon("Pa and ma came round") == []


def test_words_to_avoid_match_word_forms_but_not_harmless_phrases():
    hits = find_avoid("He struggled with stairs and is wheelchair-bound.")
    assert [h.headword for h in hits] == ["struggle", "wheelchair-bound"]
    assert find_avoid("Bring a coat, just in case.") == []
    assert find_avoid("Disabled people have the right to choose.") == []
    assert [h.headword for h in find_avoid("Support for the disabled.")] == ["the disabled"]


def test_check_text_returns_every_finding_as_data():
    found = check_text("She suffers from arthritis and needs a DP. "
                       "This sentence goes on and on with far too many words in it for anyone "
                       "to read easily in one go.")
    data = found.as_dict()
    assert not data["ok"]
    assert [a["phrase"] for a in data["avoid"]] == ["suffers from"]
    assert [(j["headword"], j["explained"]) for j in data["jargon"]] == [("Direct payment", False)]
    assert any(s["too_long"] for s in data["sentences"])
    assert len(data["problems"]) == 3


def test_jargon_explained_in_the_text_is_fine():
    assert check_text("You may get reablement (short-term help at home).").ok
    assert check_text("A direct payment means money to buy your own help.").ok
    assert not check_text("You may get reablement soon.").ok


def test_explain_and_annotate():
    assert explain("DP").startswith("Direct payment: Money from the council")
    notes = annotate("Our PA service takes direct payments.")
    assert len(notes) == 2 and notes[0].startswith("Personal assistant:")


# --- readability --------------------------------------------------------------------------

def test_readability_never_downloads(monkeypatch):
    import nltk

    monkeypatch.setattr(nltk, "download", lambda *a, **k: pytest.fail("tried to download"))
    f = figures("The cat sat on the mat. It was a sunny day.")
    assert f.sentences == 2 and f.words == 11 and f.grade < 3 and f.reading_ease > 90


def test_hard_text_scores_a_high_grade():
    hard = ("Notwithstanding the aforementioned considerations, eligibility determinations "
            "necessitate comprehensive multidisciplinary evaluation.")
    assert figures(hard).grade > 12
    assert check_text(hard).grade_too_high


def test_placeholders_links_and_numbers_do_not_count_as_hard_words():
    assert split_sentences("Call {phone} or see https://example.org/a-very-long-address.") == [
        "Call Sam or see the link"]


# --- gate ---------------------------------------------------------------------------------

def test_gate_report_names_the_failing_response():
    result = check_responses([("utter_good", "Hello. How can I help?"),
                              ("utter_bad", "Your package of care is under review by the OT.")])
    assert not result.ok
    report = result.report()
    assert "utter_bad" in report and "utter_good" not in report
    assert "package of care" in report and "OT" in report


def test_cli_checks_text_and_exits_non_zero_on_problems(capsys):
    from jargon.__main__ import main

    assert main(["check", "Hello, how are you?"]) == 0
    assert main(["check", "The service user is wheelchair-bound."]) == 1
    assert "wheelchair user" in capsys.readouterr().out
    assert main(["explain", "ISF"]) == 0
    assert "Individual service fund" in capsys.readouterr().out


def test_matching_copes_with_punctuation_apostrophes_and_overlaps():
    curly = "Ask about a carer’s assessment, or Carers Allowance!"
    assert [h.headword for h in find_jargon(curly)][:1] == ["Carer's assessment"]
    assert [h.headword for h in find_jargon("(DoLS)")] == ["Deprivation of Liberty Safeguards"]
    # "personal health budget" contains "personal budget"'s words out of order: no double hit
    assert [h.headword for h in find_jargon("a personal health budget")] == [
        "Personal health budget"]
    # the longest of overlapping names wins
    assert [h.headword for h in find_jargon("the Care Act assessment")] == ["Assessment"]


def test_directory_descriptions_get_meanings():
    from bot.directory.present import meanings

    notes = meanings("We help you manage your direct payment and employ a PA.")
    assert notes[0].startswith("Direct payment:") and notes[1].startswith("Personal assistant:")
    assert meanings("A friendly lunch club on Tuesdays.") == []
