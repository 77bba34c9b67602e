"""Command line: ``python -m bot run`` (the assistant with its web chat) and helpers."""
from __future__ import annotations

import argparse
import getpass
import os
import secrets
import signal
import sys
import time
from pathlib import Path

from bot import erasure, model, settings, stack
from bot.console import auth
from bot.quiet import quiet


def cmd_train(args: argparse.Namespace) -> int:
    model.ensure_trained(force=args.force)
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    model_file = model.ensure_trained()
    running = stack.make_stack(gateway_port=args.port, rasa=getattr(args, "rasa", 1),
                               actions=getattr(args, "actions", 1),
                               production=getattr(args, "production", False))
    print("Starting the action server, the Rasa server and the web chat...", flush=True)
    running.start(model_file)
    try:
        running.wait_ready()
    except Exception as error:  # noqa: BLE001 - show the reason, then clean up
        print(f"Could not start: {error}", file=sys.stderr)
        running.stop()
        return 1
    print(f"\nThe assistant is ready. Open {running.gateway_url}/ in a browser to chat.")
    print(f"Rasa HTTP API: {running.rasa_url} (token in {running.data}/rasa-token)")
    if not getattr(args, "production", False):
        ensure_demo_adviser(running.data)
        print(f"Care team console: {running.gateway_url}/console/ (first account: manager, "
              f"password in {running.data}/console-password)")
    if "telegram" in running.named:
        print("Telegram: on (long polling with TELEGRAM_BOT_TOKEN).")
    else:
        print("Telegram: off. Set TELEGRAM_BOT_TOKEN to turn it on (see README).")
    print(f"Logs: {running.data}/logs. Press Ctrl+C to stop.", flush=True)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        while all(p.poll() is None for p in running.processes):
            time.sleep(1)
        print("A process stopped; see the logs.", file=sys.stderr)
        return 1
    except (KeyboardInterrupt, SystemExit):
        return 0
    finally:
        running.stop()


def cmd_purge(args: argparse.Namespace) -> int:
    days = args.days or int(settings.get("retention.conversation_days", 90))
    removed = erasure.purge(days)
    print(f"Removed what was older than {days} days: "
          f"{removed['tracker_events']} conversation events, {removed['records']} records.")
    return 0


def cmd_add_staff(args: argparse.Namespace) -> int:
    password = settings.env("CARE_CONSOLE_PASSWORD") or getpass.getpass("Password: ")
    try:
        auth.add_user(args.username, password, args.role, args.display_name)
    except ValueError as error:
        print(error, file=sys.stderr)
        return 2
    print(f"Added {args.username} ({args.role}). They sign in at /console/.")
    return 0


def cmd_survey_report(args: argparse.Namespace) -> int:
    # Lazy: matplotlib only for the survey report command.
    from bot.surveys import charts, report
    from bot.surveys.demo import load_demo

    if args.demo:
        print(f"Added {load_demo(args.demo)} made-up responses (demo data).")
    results = report.summarise_all(report.load_responses())
    for result in results:
        print(report.text_table(result))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "survey-results.csv").write_text(report.to_csv(results), encoding="utf-8")
    written = charts.all_charts(results, out)
    print(f"Wrote survey-results.csv and {len(written)} chart files to {out}/")
    return 0


def ensure_demo_adviser(data_dir) -> None:
    """First local run: makes a manager account and says where its password is."""
    os.environ["CARE_DATA_DIR"] = str(data_dir)

    if auth.has_users():
        return
    password = secrets.token_urlsafe(12)
    auth.add_user("manager", password, "manager")
    path = data_dir / "console-password"
    path.write_text(password + "\n")
    path.chmod(0o600)


def main(argv=None) -> int:
    quiet()
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    train = sub.add_parser("train", help="train the model if config, domain or data changed")
    train.add_argument("--force", action="store_true")
    train.set_defaults(func=cmd_train)
    run = sub.add_parser("run", help="run the assistant with the local web chat")
    run.add_argument("--port", type=int, default=8000, help="web chat port (default 8000)")
    run.set_defaults(func=cmd_run)
    scale = sub.add_parser("scale", help="several Rasa and action servers on PostgreSQL, "
                                         "Redis and RabbitMQ, behind round-robin proxies")
    scale.add_argument("--port", type=int, default=8000)
    scale.add_argument("--rasa", type=int, default=2)
    scale.add_argument("--actions", type=int, default=2)
    scale.set_defaults(func=cmd_run, production=True)
    purge = sub.add_parser("purge", help="delete conversations and records past retention "
                                         "(run daily from cron or a Kubernetes CronJob)")
    purge.add_argument("--days", type=int, default=0,
                       help="override retention.conversation_days in council.yml")
    purge.set_defaults(func=cmd_purge)
    staff = sub.add_parser("add-staff", help="add or reset a console account "
                                             "(password from CARE_CONSOLE_PASSWORD or a prompt)")
    staff.add_argument("username")
    staff.add_argument("--role", choices=("adviser", "manager"), default="adviser")
    staff.add_argument("--display-name", default=None, metavar="NAME",
                       help='the name residents see, e.g. "Sam, care team" (never the login name)')
    staff.set_defaults(func=cmd_add_staff)
    surveys = sub.add_parser("survey-report", help="survey results: a table, a CSV file and "
                                                   "bar and trend charts (PNG and SVG)")
    surveys.add_argument("--out", default="results/surveys", help="folder for the files")
    surveys.add_argument("--demo", type=int, default=0, metavar="N",
                         help="first add N made-up responses (to see the report without real ones)")
    surveys.set_defaults(func=cmd_survey_report)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
