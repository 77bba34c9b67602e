"""The plain-language gate sees every sentence: nothing the bot says can bypass it.

The gate gathers the domain's responses and every module's ``all_texts()`` (bot/bot_words.py).
This test reads the source of bot/ and actions/ and finds every string that looks like a
sentence to a person (a capital, three words or more, a full stop or question mark) and every
button title; each must be among the gathered texts. A new sentence fails here until its
module lists it in ``all_texts()`` (or, if no person ever reads it, it is named below).
"""
import ast
import re
from pathlib import Path

import pytest
import yaml

from bot import texts
from bot.bot_words import all_bot_words, text_modules
from bot.assessment.summary import AGREEMENT_WORDS

ROOT = Path(__file__).resolve().parents[2]

# Whole files whose sentences no person chatting with the bot reads, and why.
NOT_THE_BOTS_WORDS = {
    "bot/directory/demo": "the made-up directory's own descriptions (council data, not ours)",
    "bot/surveys/demo.py": "made-up survey answers for the report demo",
    "bot/directory/server.py": "the local Open Referral UK API's errors, read by programs",
    "bot/directory/cache.py": "SQL",
    "bot/directory/categories.py": "taxonomy metadata served to directory clients",
    "bot/console": "the staff console; its messages to the person move with issue 14 item 1",
    "bot/languages.yml": "lines in other languages the English gate cannot read; "
                                "tests/unit/test_language.py checks each has the number and "
                                "the word for interpreter",
}
# Single sentences that are not said to the person, and why.
NOT_SAID = {
    **{words: "the summary's follow-up note for staff" for words in AGREEMENT_WORDS.values()},
    "No contact details given.": "hand-off summary for staff",
    "Said yes to: Are you thinking about ending your life?": "hand-off note for staff",
    "Not resolved: after a sign of suicide risk they said \0 and went on. Please check in "
    "with them.": "hand-off note for staff",
    "Not resolved: after saying they wanted to end their life they said they were safe for "
    "now, then chose to carry on (\0). Please check in with them.": "hand-off note for staff",
    "Not resolved: asked if they were safe right now, they said \0 and went on. Please "
    "check in with them.": "hand-off note for staff",
    "Asked for a call after their \0. ": "hand-off summary for staff",
    "Asks \0 in the right voice.": "a generated class's docstring",
    "Warm up the direct payment check.": "warms up spaCy when the action server starts",
    "The web chat files are missing.": "an operator's error: the install is broken",
    "Telegram is not set up: no bot token. Ask @BotFather on Telegram for a token, then set "
    "TELEGRAM_BOT_TOKEN and start again.": "printed to the operator starting the relay",
}
SKIP_CALLS = {"debug", "info", "warning", "error", "exception", "critical", "add_argument",
              "ArgumentParser", "print", "add_parser", "execute", "text"}


def _literal(node):
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "\0" for v in node.values)
    return None


def _looks_like_a_sentence(text: str) -> bool:
    text = text.strip()
    return len(text.split()) >= 3 and text[:1].isupper() and bool(re.search(r"[.?!]\W*$", text))


def sentences(path: Path):
    """(line, text) for each sentence-like string and button title in a Python file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parent = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    docstrings = {node.body[0].value for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef,
                                       ast.ClassDef))
                  and node.body and isinstance(node.body[0], ast.Expr)}
    titles = {value for node in ast.walk(tree) if isinstance(node, ast.Dict)
              for key, value in zip(node.keys, node.values)
              if isinstance(key, ast.Constant) and key.value == "title"}
    for node in ast.walk(tree):
        text = _literal(node)
        if text is None or isinstance(parent.get(node), ast.JoinedStr) or node in docstrings:
            continue
        if node not in titles and not _looks_like_a_sentence(text):
            continue
        up, said = parent.get(node), True
        while up is not None and not isinstance(up, ast.stmt):
            if isinstance(up, ast.Call):
                name = getattr(up.func, "attr", None) or getattr(up.func, "id", "")
                said = said and name not in SKIP_CALLS
            up = parent.get(up)
        if said and not isinstance(up, ast.Raise) and text.strip():
            yield node.lineno, text


def _pattern(text: str) -> "re.Pattern":
    """Placeholders ({name} or an f-string's value) match any words."""
    parts = re.sub(r"\{[a-z_0-9]*\}", "\0", text).split("\0")
    return re.compile(".*?".join(re.escape(part) for part in parts), re.DOTALL)


def _sources():
    for folder in ("bot", "actions"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            rel = str(path.relative_to(ROOT))
            if not any(rel == skip or rel.startswith(skip + "/") for skip in NOT_THE_BOTS_WORDS):
                yield rel, path


@pytest.fixture(scope="module")
def gathered() -> str:
    return "\n".join(all_bot_words().values())


def test_every_sentence_in_the_code_reaches_the_gate(gathered):
    missing = []
    for rel, path in _sources():
        for line, text in sentences(path):
            if text not in NOT_SAID and not _pattern(text).search(gathered):
                missing.append(f"{rel}:{line}: {text[:80]!r}")
    assert not missing, ("these sentences are not gathered for the plain-language gate; add "
                         "them to their module's all_texts():\n" + "\n".join(missing))


def test_the_scan_finds_sentences_and_buttons(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('"""A docstring. It is not said."""\n'
                      'import logging\n'
                      'ASK = "What would you like to do next?"\n'
                      'BUTTON = {"title": "Go on", "payload": "/resume"}\n'
                      'logging.info("This goes to the log only.")\n'
                      'def f(name):\n    return f"Hello {name}, how are you today?"\n')
    found = [text for _, text in sentences(sample)]
    assert found == ["What would you like to do next?", "Go on", "Hello \0, how are you today?"]


def test_the_gate_finds_modules_by_rule_not_by_a_list():
    modules = text_modules()
    for expected in ("bot.texts", "bot.gateway.limits", "bot.assessment.summary",
                     "bot.assessment.questions", "bot.safety.responses", "bot.channels.relay"):
        assert expected in modules


def test_the_menu_is_the_same_in_the_domain_and_in_the_code():
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    buttons = domain["responses"]["utter_menu"][0]["buttons"]
    assert buttons == texts.MENU_BUTTONS


def test_talk_to_a_person_is_written_once():
    written = [str(path.relative_to(ROOT)) for folder in ("bot", "actions")
               for path in (ROOT / folder).rglob("*.py")
               if '"Talk to a person"' in path.read_text(encoding="utf-8")]
    assert written == ["bot/texts.py"]
