"""Every message the PERSON typed in the persona transcripts, one per line, in order.

    PYTHONPATH=$PWD .venv/bin/python -m benchmarks.conversation_messages            # all rounds
    PYTHONPATH=$PWD .venv/bin/python -m benchmarks.conversation_messages FILE.md ...

Prints ``file<TAB>conversation<TAB>message``. The messages were labelled by hand (read in
their conversation) into tests/safety/corpus/dev/v9_conversation_messages.yml (rounds 4-8)
and dev/v10_round9_conversation.yml (round 9), and tests/safety/corpus/conversations/round10.yml
(round 10, a measure only); this script is how they were gathered, and how a later round's are.

The testers' files differ by round; every one marks the person's turns in one of these ways
(inside a conversation's transcript, never in the scores or breaks below it):
- ``> message`` lines (inside a fenced block, or bare with ``BOT:`` lines between);
- ``> **me:** message`` lines (bot turns are ``> **bot:** ...``);
- ``**N. Me:** message`` lines.
Skipped: button payloads ("/affirm", "call_and_message") and buttons shown pressed
("[Skip this one]", "(pressed) Skip this one"), bare numbers (a score button), the testers'
own notes in brackets ("(pressed Carry on)") or after an arrow ("   <- first hint"), and notes on a line of their
own ("> (saved: ...)", "*(coming back tonight)*").
"""
from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Iterator, List, Sequence, Tuple

ROOT = Path(__file__).resolve().parents[1]
TRANSCRIPTS = ROOT / "tests" / "conversations" / "transcripts"

# A conversation starts at a level-2 heading; its transcript ends at the tester's own verdicts.
CONVERSATION = re.compile(r"^## ")
TRANSCRIPT_END = re.compile(r"^#{2,3} *(Scores|Breaks|Failures|Test items|Probes|Repro|Summary|The five|Top )",
                            re.I)
PERSON_LINE = [
    re.compile(r"^> \*\*me:\*\*\s*(?P<text>.*)$", re.I),
    re.compile(r"^\*\*\d+[a-z]?\. *Me:\*\*\s*(?P<text>.*)$", re.I),
    re.compile(r"^> (?!\*\*)(?P<text>.*)$"),
]
# A button's payload: "/affirm", '/find_service{"service_category": ...}' (with a tester's
# note after it, "/affirm  (This is going fine)"), or a contact choice ("call_and_message").
PAYLOAD = re.compile(r"^/[a-z_]+(\{.*\})?(\s+\(.*\))?$|^[a-z]+(_[a-z]+)+$")
TESTER_NOTE = re.compile(r"\s*\((pressed|typed|button|clicked|tapped)\b[^)]*\)\s*$"  # "(pressed Yes)"
                         r"|\s{2,}<-.*$", re.I)                                      # "   <- a hint"
# A button shown pressed by a note before its title (round ten): "(pressed) Talk to a person".
PRESSED_BUTTON = re.compile(r"^\((pressed|clicked|tapped|button)\)\s", re.I)


def person_messages(path: Path) -> Iterator[Tuple[str, str]]:
    """(conversation heading, message) for each message the person typed in one file."""
    heading, in_transcript = "", False
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if CONVERSATION.match(line):
            heading = line[3:].strip()
            in_transcript = not TRANSCRIPT_END.match(line)
            continue
        if TRANSCRIPT_END.match(line):
            in_transcript = False
            continue
        if not in_transcript or not heading:
            continue
        for pattern in PERSON_LINE:
            match = pattern.match(line)
            if match:
                text = clean(match.group("text"))
                if text:
                    yield heading, text
                break


def clean(text: str) -> str:
    """The message as typed, or "" when it is not a typed message."""
    text = TESTER_NOTE.sub("", text.strip())
    text = text.strip().strip("`").strip()
    if not text or text.strip("*").startswith("(") and text.strip("*").endswith(")"):
        return ""  # a tester's note, e.g. "(saved: ...)", "*(coming back tonight)*"
    if PAYLOAD.match(text) or re.fullmatch(r"[\d.\s]+", text):
        return ""  # a button payload or a bare number (a score button)
    if re.match(r"^\[[^\]]+\]", text) or PRESSED_BUTTON.match(text):
        return ""  # a button pressed, shown by its title: "[Carry on]", "(pressed) Carry on"
    if text.startswith(("BOT:", "**bot:**")):
        return ""
    return text


def messages(paths: Sequence[Path] = None) -> List[Tuple[str, str, str]]:
    out = []
    for path in paths or sorted(TRANSCRIPTS.glob("round*.md")):
        out += [(path.name, heading, text) for heading, text in person_messages(path)]
    return out


def main(argv: Sequence[str]) -> int:
    for name, heading, text in messages([Path(a) for a in argv] or None):
        print(f"{name}\t{heading[:60]}\t{text}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
