"""The conversation messages in the safety corpus: how they are gathered from the persona
transcripts, how they are labelled, and that the conversations part is never trained on.

- dev/v9_conversation_messages.yml (rounds 4-8) and dev/v10_round9_conversation.yml (round 9),
  labelled, are development messages the classifier trains on;
- conversations/ (round10.yml, ...) is a measure only (benchmarks/safety_eval.py
  prints it, one block a round): the risk classifier must never read it, or its figures
  would flatter the net.
"""
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml

from benchmarks import conversation_messages, safety_eval
from bot.safety import taxonomy, training

CORPUS = Path(__file__).parent / "corpus"
CONVERSATIONS = CORPUS / "conversations"
DEV_CONVERSATIONS = [CORPUS / "dev" / "v9_conversation_messages.yml",
                     CORPUS / "dev" / "v10_round9_conversation.yml"]


def _items(path: Path):
    return [i for i in yaml.safe_load(path.read_text(encoding="utf-8")) or [] if isinstance(i, dict)]


def test_training_never_reads_the_conversations_part_or_the_held_out_part():
    for path in training.source_files():
        resolved = path.resolve()
        assert CONVERSATIONS.resolve() not in resolved.parents, path
        assert (CORPUS / "heldout").resolve() not in resolved.parents, path


@pytest.mark.skipif(not any(CONVERSATIONS.glob("*.yml")), reason="no conversations part yet")
def test_no_conversation_part_message_is_training_text():
    trained = {text.strip().lower() for text, _ in training.examples()}
    measured = [i["text"] for path in sorted(CONVERSATIONS.glob("*.yml")) for i in _items(path)]
    assert measured
    leaked = [t for t in measured if t.strip().lower() in trained]
    assert not leaked, leaked[:5]


@pytest.mark.parametrize("path", [*DEV_CONVERSATIONS, *sorted(CONVERSATIONS.glob("*.yml"))],
                         ids=lambda p: p.name)
def test_every_conversation_message_has_a_label_that_fits_the_taxonomy(path):
    cats = taxonomy.load()["categories"]
    items = _items(path)
    assert items
    for item in items:
        cat, kind, tier = item["category"], item["kind"], item["tier"]
        if cat in cats:
            assert kind == cats[cat]["kind"], item
            assert tier in taxonomy.TIERS and (tier == "none") == (kind == "route"), item
        else:
            assert cat == "other" or cat.startswith("lookalike_"), item
            assert (kind, tier) == ("lookalike", "none"), item
        assert item["source"].startswith("round"), item
    texts = [i["text"].strip().lower() for i in items]
    assert len(texts) == len(set(texts)), "a message is in twice"


def test_person_messages_are_read_in_every_transcript_format(tmp_path):
    page = tmp_path / "round99-tester-Z.md"
    page.write_text("\n".join([
        "# Round 99", "", "## Scores", "> not a message: before any conversation", "",
        "## 1. Fenced (web-r99-01)", "### Transcript", "```",
        "> hello there i need help for my mum", "  BOT: Is that OK?", "       [Yes -> /affirm]",
        "> /affirm", "> 4", "> /affirm  (This is going fine)", "> call_and_message",
        "> *(coming back tonight, same device)*", "```", "### Scores", "> a quoted line in the scores",
        "## Conversation 2 — me and bot (sender web-r99-02)",
        "> **me:** my dad has dementia", "> **bot:** Thank you. [Carry on]", ">",
        "> **me:** /start_self_assessment  (pressed Plan for a good life)",
        "> **me:** skip   <- a tester's note", "> **me:** [Skip this one] ×4 (family, work)",
        "> **me:** (pressed) Groups and company nearby", "> **me:** (pressed) No", "> (saved: safety kind crisis)",
        "## Conversation 3 — numbered", "### Transcript",
        "**1. Me:** is this the council one", "- Bot: Hello.", "**2. Me:** 7",
        "### Breaks", "**3. Me:** not a message: in the breaks",
    ]), encoding="utf-8")
    got = [text for _, text in conversation_messages.person_messages(page)]
    assert got == ["hello there i need help for my mum", "my dad has dementia", "skip",
                   "is this the council one"]


def test_every_round_in_the_conversations_part_is_measured_on_its_own(tmp_path):
    for stem in ("round10", "round9", "round11"):
        (tmp_path / f"{stem}.yml").write_text(
            f"# header\n- text: a message from {stem}\n  category: other\n  kind: lookalike\n"
            "  tier: none\n  source: 'round'\n", encoding="utf-8")
    rounds = safety_eval.conversation_rounds(tmp_path)
    assert [name for name, _ in rounds] == ["round9", "round10", "round11"]
    assert [items[0]["text"] for _, items in rounds] == [
        "a message from round9", "a message from round10", "a message from round11"]


def test_round_ten_is_measured():
    """Round ten is the newest measure (round nine may move to dev/ now that it is here)."""
    assert "round10" in [name for name, _ in safety_eval.conversation_rounds()]


def _result(tier, kind=None):
    return SimpleNamespace(tier=tier, kind=kind)


def test_conversation_figures_count_false_alarms_and_caught_disclosures():
    items = [{"kind": "lookalike", "category": "other", "tier": "none"},
             {"kind": "lookalike", "category": "lookalike_negated", "tier": "none"},
             {"kind": "route", "category": "carer_strain", "tier": "none"},
             {"kind": "lookalike", "category": "other", "tier": "none"},
             {"kind": "crisis", "category": "suicide_plan_time", "tier": "clear"},
             {"kind": "safeguarding", "category": "abuse_financial", "tier": "check_in"}]
    results = [_result("clear", "crisis"), _result("check_in", "safeguarding"),
               _result("none"), _result("none"), _result("check_in", "crisis"),
               _result("none")]
    figures = safety_eval.conversation_figures(items, results)
    assert (figures["everyday"], figures["disclosures"]) == (4, 2)
    assert figures["everyday_script_rate"] == 0.25
    assert figures["everyday_check_in_rate"] == 0.25
    assert (figures["disclosures_caught"], figures["disclosures_clear"]) == (1, 0)
    assert (figures["clear_tier_total"], figures["clear_tier_clear"]) == (1, 0)
    assert "1 of 2" in safety_eval.conversation_report("test", figures)
