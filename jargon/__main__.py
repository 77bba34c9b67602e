"""Command line for staff and CI.

  python -m jargon check "text to check"       findings for a text (or --file PATH, or stdin)
  python -m jargon explain "direct payment"    what the bot says about a term
  python -m jargon gate                        check everything the bot can say (as CI does)
  python -m jargon glossary                    check our own explanations

Add --json for data instead of a report. Exit code 1 when something needs changing.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import warnings

from jargon import glossary
from jargon.check import check_text
from jargon.check import explain as explain_term
from jargon.gate import check_glossary, check_responses
from jargon.settings import thresholds


def _print_findings(found, as_json: bool) -> None:
    if as_json:
        print(json.dumps(found.as_dict(), indent=2, default=str))
        return
    m = found.message
    print(f"{m.words} words, {m.sentences} sentences, reading grade {m.grade}, "
          f"reading ease {m.reading_ease}, {m.long_words} long words")
    for j in found.jargon:
        state = "explained" if j.explained else "NOT explained"
        print(f'  jargon  "{j.text}" [{j.start}:{j.end}] {j.headword} ({state}): {j.explanation}')
    for line in found.problems():
        print(f"  fix     {line}")
    print("Plain English." if found.ok else "Needs plainer words.")


def main(argv=None) -> int:
    # spaCy imports TensorFlow when it is installed (Rasa's is): keep its start-up lines and
    # libraries' deprecation warnings out of the report (as bot/quiet.py does for the bot).
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    warnings.filterwarnings("ignore", category=DeprecationWarning,
                            module=r"(?!(jargon|bot)(\.|$))")
    parser = argparse.ArgumentParser(prog="python -m jargon", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="check a text")
    check.add_argument("text", nargs="?")
    check.add_argument("--file")
    check.add_argument("--max-grade", type=float)
    check.add_argument("--max-sentence-words", type=int)
    check.add_argument("--json", action="store_true")
    explain = sub.add_parser("explain", help="explain a term")
    explain.add_argument("term")
    sub.add_parser("gate", help="check every response the bot can say")
    sub.add_parser("glossary", help="check our own explanations")
    args = parser.parse_args(argv)

    if args.command == "check":
        if args.file:
            text = open(args.file, encoding="utf-8").read()
        else:
            text = args.text if args.text is not None else sys.stdin.read()
        limits = thresholds().with_overrides(max_grade=args.max_grade,
                                             max_sentence_words=args.max_sentence_words)
        found = check_text(text, limits)
        _print_findings(found, args.json)
        return 0 if found.ok else 1
    if args.command == "explain":
        entry = glossary.lookup(args.term)
        if entry is None:
            near = glossary.suggest(args.term)
            print("Not in the jargon buster." + (f" Did you mean: {', '.join(near)}?" if near else ""))
            return 1
        print(explain_term(entry.headword))
        return 0
    if args.command == "gate":
        # Lazy: the jargon tool stands alone; only the gate reads the bot's words and settings.
        from bot import settings
        from bot.bot_words import all_bot_words

        result = check_responses(sorted(all_bot_words().items()),
                                 settings.plain_language_limits())
    else:
        result = check_glossary()
    print(result.report())
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main())
