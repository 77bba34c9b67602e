"""Which tables hold personal data comes from the schema: a new table must either carry a
``sender_id`` (then erasure, download and retention reach it) or say why it holds nothing
about a person."""
from bot import store


def test_every_table_is_either_about_a_conversation_or_says_why_not():
    for table in store.metadata.sorted_tables:
        about = "sender_id" in table.c
        assert about != (table.name in store.NOT_ABOUT_A_CONVERSATION), table.name


def test_personal_tables_are_found_from_the_schema():
    names = {t.name for t in store.personal_tables()}
    assert {"handoffs", "records", "documents", "resume_codes", "takeovers", "outbox",
            "audit_log", "conversation_keys", "safety_marks"} <= names


def test_survey_contact_details_never_reach_the_anonymous_answers(tmp_path, monkeypatch):
    monkeypatch.setenv("CARE_DATABASE_URL", f"sqlite:///{tmp_path}/care.db")
    store.engine.cache_clear()
    try:
        store.save_survey("carer", "web", {"q1": "agree", "contact_me": "sam@example.org"})
        row = store.survey_rows()[-1]
        assert "sam@example.org" not in row["answers"] and "contact_requested" in row["answers"]
    finally:
        store.engine.cache_clear()
