"""``composer``: the command line.

``composer check PATH...`` judges message files the way the window does, for support staff who
run it over a folder of templates and for CI jobs that guard a team's macros. Exit status: 0 when
no file has an error-level finding or a forbidden category, 1 otherwise, 2 for bad usage or a
file that cannot be read (the other files are still checked).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, NoReturn, TextIO

from composer import __version__, cli_accounts, cli_outbox
from composer.i18n import Context
from composer.policy import Channel, CheckOptions, FieldName, Finding, Report, Severity, check
from composer.services.message_files import (
    SUFFIXES,
    Defaults,
    MessageFileError,
    parse_message,
    read_message_file,
)

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
# The language of the output: COMPOSER_LANGUAGE (en, fr, de, es, it, pt, pl, nl), else the
# locale's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else English.
LANGUAGE_ENV = "COMPOSER_LANGUAGE"

# The command line's own sentences (lupdate reads the context from this name: keep it so).
Cli = Context("Cli")


@dataclass(frozen=True, slots=True)
class Outcome:
    path: str
    report: Report | None
    texts: dict[FieldName, str]
    error: str | None = None


class _Parser(argparse.ArgumentParser):
    """argparse, except that words it does not know are not printed back: someone who types a
    secret as an option (``--refresh-token Atzr|…``) must not find it in an error message.
    Sub-commands' parsers are of this class too (argparse makes them of the parent's)."""

    def error(self, message: str) -> NoReturn:
        if message.startswith("unrecognized arguments:"):
            message = Cli.tr(
                "unrecognized arguments (not repeated here, in case one is a secret: secrets "
                "are asked for, or read from standard input, never given as arguments)"
            )
        super().error(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="composer",
        description=Cli.tr("Write Amazon buyer messages that Amazon will accept."),
        epilog=Cli.tr(
            "Without a command, composer opens its window (options: --data-dir DIR to keep "
            "drafts there, --smoke-test to open it on a sample message, print the check and exit)."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    chk = commands.add_parser(
        "check",
        help=Cli.tr("check message files against Amazon's messaging rules"),
        description=Cli.tr(
            "Check message files (.txt, .html, .htm, .eml, .json; a folder is searched "
            "for them; - reads standard input) against Amazon's buyer-seller messaging "
            "rules. Exit status 0: nothing blocks sending; 1: an error-level finding or "
            "a forbidden message; 2: bad usage or an unreadable file."
        ),
    )
    chk.add_argument("paths", nargs="+", metavar="PATH")
    chk.add_argument("--format", choices=("text", "json"), default="text")
    chk.add_argument(
        "--channel",
        choices=[c.value for c in Channel],
        help=Cli.tr("channel for files that do not name one (default: email)"),
    )
    chk.add_argument(
        "--buyer-language",
        metavar="xx",
        help=Cli.tr("the buyer's language of preference for files that do not give one"),
    )
    chk.add_argument(
        "--today",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help=Cli.tr("judge dates as of this day (default: today)"),
    )
    chk.add_argument(
        "--strict",
        action="store_true",
        help=Cli.tr("treat styling, spelling and grammar warnings as errors"),
    )
    chk.add_argument(
        "--dictionary",
        type=Path,
        metavar="FILE",
        help=Cli.tr("your spelling dictionary: one word per line"),
    )
    chk.add_argument(
        "--disable",
        action="append",
        default=[],
        metavar="RULE",
        help=Cli.tr("do not report this rule (repeatable)"),
    )

    rules = commands.add_parser(
        "rules",
        help=Cli.tr("list the rules"),
        description=Cli.tr("List every rule with its severity and source."),
    )
    rules.add_argument("--format", choices=("text", "markdown"), default="text")
    cli_accounts.register(commands)
    cli_outbox.register(commands)
    return parser


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            Cli.tr("not a date (YYYY-MM-DD): {value}").format(value=repr(value))
        ) from exc


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    install_language()
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return _run(args, parser)
    except BrokenPipeError:  # `composer check … | head`: the reader has gone, quietly stop
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def install_language() -> None:
    """Install the catalogue of the user's language for everything printed (the rules'
    messages included); English when there is none or it cannot be read."""
    from composer import i18n  # noqa: PLC0415
    from composer.qm import QmError  # noqa: PLC0415

    wanted = os.environ.get(LANGUAGE_ENV, "").strip()
    language = i18n.match_language(wanted) if wanted else None
    try:
        chosen = language or i18n.system_language()
        i18n.install(i18n.load_language(chosen), chosen)
    except (OSError, QmError, ValueError):
        i18n.install(None)  # a missing or damaged catalogue: English, never a failure


def _run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    if args.command == "check":
        return _check(args, parser)
    if args.command == "rules":
        from composer.services.rule_docs import rules_markdown, rules_text  # noqa: PLC0415

        sys.stdout.write(rules_markdown() if args.format == "markdown" else rules_text())
        return EXIT_OK
    if args.command == "accounts":
        return cli_accounts.run(args)
    if args.command in ("send", "outbox"):
        return cli_outbox.run(args)
    parser.print_help(sys.stderr)
    return EXIT_USAGE


# --- check -------------------------------------------------------------------------------------


def _check(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from composer.policy.rulebook import load_rulebook  # noqa: PLC0415

    unknown = [r for r in args.disable if r not in load_rulebook().rules]
    if unknown:
        parser.error(Cli.tr("unknown rule for --disable: {rule}").format(rule=unknown[0]))
    words: frozenset[str] = frozenset()
    if args.dictionary is not None:
        try:
            from composer.spelling import UserDictionary  # noqa: PLC0415

            words = UserDictionary(args.dictionary).words()
        except (OSError, UnicodeDecodeError) as exc:
            parser.error(
                Cli.tr("cannot read the dictionary {path}: {error}").format(
                    path=args.dictionary, error=exc
                )
            )
    options = CheckOptions(
        today=args.today,
        strict=args.strict,
        user_words=words,
        disabled_rules=frozenset(args.disable),
    )
    defaults = Defaults(
        channel=Channel(args.channel) if args.channel else None, buyer_language=args.buyer_language
    )

    outcomes = [_check_one(p, defaults, options) for p in _inputs(args.paths)]
    if args.format == "json":
        json.dump([_as_json(o) for o in outcomes], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        _print_text(outcomes, sys.stdout)
    for o in outcomes:
        if o.error:
            print(f"{o.path}: error: {o.error}", file=sys.stderr)
    if any(o.error for o in outcomes):
        return EXIT_USAGE
    return EXIT_PROBLEMS if any(o.report and o.report.blocks_sending for o in outcomes) else EXIT_OK


def _inputs(paths: Sequence[str]) -> Iterator[str]:
    """The files to check: folders are searched (sorted) for message files."""
    for raw in paths:
        path = Path(raw)
        if raw != "-" and path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
            )
            if not found:
                yield raw  # reported as an error: an empty folder is most likely a mistake
            yield from (str(p) for p in found)
        else:
            yield raw


def _check_one(raw: str, defaults: Defaults, options: CheckOptions) -> Outcome:
    try:
        if raw == "-":
            message = parse_message(sys.stdin.buffer.read(), "-", defaults)
        elif Path(raw).is_dir():
            raise MessageFileError(
                Cli.tr("folder holds no message files ({suffixes})").format(
                    suffixes=", ".join(SUFFIXES)
                )
            )
        else:
            message = read_message_file(Path(raw), defaults)
    except MessageFileError as exc:
        return Outcome(raw, None, {}, str(exc))
    report = check(message, options)
    return Outcome(raw, report, {FieldName.SUBJECT: message.subject, FieldName.BODY: message.body})


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a code-point offset."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _finding_json(finding: Finding, text: str) -> dict[str, Any]:
    line, column = line_column(text, finding.start)
    fix = None
    if finding.fix is not None:
        fix = {
            "title": finding.fix.title,
            "safety": finding.fix.safety.value,
            "edits": [
                {"field": e.field.value, "start": e.start, "end": e.end, "text": e.text}
                for e in finding.fix.edits
            ],
        }
    return {
        "rule": finding.rule,
        "severity": finding.severity.value,
        "field": finding.field.value,
        "start": finding.start,
        "end": finding.end,
        "line": line,
        "column": column,
        "message": finding.message,
        "fix": fix,
    }


def _as_json(outcome: Outcome) -> dict[str, Any]:
    if outcome.report is None:
        return {
            "path": outcome.path,
            "error": outcome.error,
            "category": None,
            "purposes": [],
            "sp_api_message_type": None,
            "language": None,
            "findings": [],
        }
    report = outcome.report
    return {
        "path": outcome.path,
        "category": report.category.value,
        "reason": report.reason,
        "purposes": [
            {
                "id": p.id,
                "kind": p.kind,
                "evidence": [
                    {
                        "field": e.field.value,
                        "start": e.start,
                        "end": e.end,
                        "phrase": e.phrase,
                        "sentence": e.sentence,
                    }
                    for e in p.evidence
                ],
            }
            for p in report.purposes
        ],
        "sp_api_message_type": report.sp_api_message_type,
        "language": report.language,
        "findings": [_finding_json(f, outcome.texts[f.field]) for f in report.findings],
        "notes": list(report.notes),
    }


def _print_text(outcomes: Sequence[Outcome], out: TextIO) -> None:
    counts = dict.fromkeys(Severity, 0)
    blocked = 0
    for o in outcomes:
        if o.report is None:
            continue
        for f in o.report.findings:
            line, column = line_column(o.texts[f.field], f.start)
            where = f"subject:{column}" if f.field is FieldName.SUBJECT else f"{line}:{column}"
            out.write(f"{o.path}:{where}: {f.severity.value} {f.rule} {f.message}\n")
            counts[f.severity] += 1
        out.write(f"{o.path}: {o.report.category.value}: {o.report.reason}\n")
        for note in o.report.notes:
            out.write(f"{o.path}: note: {note}\n")
        blocked += o.report.blocks_sending
    checked = sum(1 for o in outcomes if o.report is not None)
    failed = len(outcomes) - checked
    summary = Cli.tr("{checked}, {blocked}; {errors}, {warnings}, {notes}").format(
        checked=Cli.tr("%n checked", "", checked),
        blocked=Cli.tr("%n cannot be sent as written", "", blocked),
        errors=Cli.tr("%n error(s)", "", counts[Severity.ERROR]),
        warnings=Cli.tr("%n warning(s)", "", counts[Severity.WARNING]),
        notes=Cli.tr("%n note(s)", "", counts[Severity.INFO]),
    )
    if failed:
        summary += Cli.tr("; %n could not be read", "", failed)
    out.write(summary + "\n")


if __name__ == "__main__":
    sys.exit(main())
