"""``composer send`` and ``composer outbox``: send a checked message, and keep an eye on what
was sent.

``composer send FILE --account NAME --order ORDER-ID`` reads the message as ``composer check``
does (.txt, .html, .htm, .eml, .json; ``-`` for standard input), puts it through the send gate
(the policy check of exactly what goes out, the message types Amazon allows for the order, the
review request's window and once-per-order rule) and sends it: by the SP-API (the default, or
``--channel sp-api``) or by e-mail to the buyer's Amazon address (``--to``). ``--dry-run`` shows
what would be sent and why it can or cannot be, and sends nothing. Warnings need a confirmation:
asked on a terminal, or ``--confirm-warnings``; it is recorded in the outbox.

``composer outbox`` lists the messages, shows one with its history, sends again what the user
decides to (``retry ID``; an uncertain one needs ``--i-checked``), marks an uncertain one sent
or not sent, cancels a queued one, and exports the log as CSV for an A-to-Z claim. ``retry``
without an id sends what waits in the queue (queued while offline, or after Amazon asked to
wait).

Exit status, as ``composer check``: 0 done (sent, nothing blocks); 1 the message cannot be sent
as written, or was not sent (refused, uncertain, still queued); 2 bad usage, an unreadable file
or database, an account not set up. Errors are one line on standard error, never a secret.

``cli.py`` wires it: ``register(commands)`` adds both sub-commands, and ``run(args)`` runs them
when ``args.command`` is ``"send"`` or ``"outbox"``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from composer.i18n import Context
from composer.policy import BodyFormat, Channel, Message, Severity
from composer.services.message_files import (
    Defaults,
    MessageFileError,
    parse_message,
    read_message_file,
)

if TYPE_CHECKING:
    from composer.services.accounts import AccountBook
    from composer.services.outbox import Entry, Outbox, OutgoingAttachment
    from composer.services.sending import Prepared, Sender, SendRequest

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
STATES = ("queued", "sending", "sent", "failed", "uncertain")

SenderFactory = Callable[["Outbox", "AccountBook"], "Sender"]

# The sentences of ``composer send`` and ``composer outbox`` (lupdate reads the contexts from
# these names: keep them so).
SendCli = Context("SendCli")
OutboxCli = Context("OutboxCli")


class UsageError(Exception):
    """Bad input on the command line (exit 2)."""


def register(commands: Any) -> None:
    """Add ``send`` and ``outbox`` to ``commands``, the sub-parsers of ``composer``'s parser."""
    send = commands.add_parser(
        "send",
        help=SendCli.tr("check a message and send it to the buyer (SP-API or e-mail)"),
        description=SendCli.tr(
            "Check a message file exactly as it will be sent and send it to the buyer of an "
            "order: by the SP-API (a message type Amazon allows for the order, or the review "
            "request) or by e-mail to the buyer's anonymised Amazon address. Errors block; "
            "warnings need your confirmation (asked on a terminal, or --confirm-warnings), which "
            "is kept in the outbox. Exit status 0: sent (or, with --dry-run, nothing blocks); 1: "
            "cannot be sent as written, or not sent; 2: bad usage or an unreadable file."
        ),
    )
    send.add_argument(
        "file",
        metavar="FILE",
        nargs="?",
        help=SendCli.tr(
            "the message (.txt, .html, .eml, .json; -); none with --solicitation, whose text "
            "Amazon writes"
        ),
    )
    send.add_argument(
        "--account", required=True, metavar="NAME", help=SendCli.tr("the account to send from")
    )
    send.add_argument(
        "--order", required=True, metavar="ORDER-ID", help=SendCli.tr("the Amazon order id")
    )
    kind = send.add_mutually_exclusive_group()
    kind.add_argument(
        "--type",
        metavar="TYPE",
        help=SendCli.tr(
            "the SP-API message type (default: the file's, else the one the check proposes)"
        ),
    )
    kind.add_argument(
        "--solicitation",
        action="store_true",
        help=SendCli.tr(
            "ask Amazon to send its review and feedback request (no text of yours is sent)"
        ),
    )
    send.add_argument(
        "--channel",
        choices=[Channel.SP_API.value, Channel.EMAIL.value],
        help=SendCli.tr("sp-api (default) or email (the default when --to is given)"),
    )
    send.add_argument(
        "--to",
        metavar="BUYER-ADDRESS",
        help=SendCli.tr("e-mail: the buyer's …@marketplace.amazon… address"),
    )
    send.add_argument(
        "--marketplace",
        metavar="CODE",
        help=SendCli.tr("the order's marketplace (default: the account's)"),
    )
    send.add_argument("--order-date", type=_iso_date, metavar="YYYY-MM-DD")
    send.add_argument(
        "--delivery-date",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help=SendCli.tr("when the order was delivered (the review request's 5-30 day window)"),
    )
    send.add_argument(
        "--buyer-language",
        metavar="xx",
        help=SendCli.tr("e-mail: the buyer's language (the SP-API asks Amazon for it)"),
    )
    send.add_argument(
        "--reply", action="store_true", help=SendCli.tr("the message answers the buyer")
    )
    send.add_argument(
        "--attach",
        action="append",
        default=[],
        type=Path,
        metavar="FILE",
        help=SendCli.tr("a file to attach (SP-API types that take files; repeatable, at most 5)"),
    )
    send.add_argument(
        "--dry-run",
        action="store_true",
        help=SendCli.tr("show what would be sent, the check and the allowed types; send nothing"),
    )
    send.add_argument(
        "--confirm-warnings",
        action="store_true",
        help=SendCli.tr("send despite warnings (your confirmation is recorded in the outbox)"),
    )
    _data_dir_option(send)

    outbox = commands.add_parser(
        "outbox",
        help=OutboxCli.tr("list, show, retry, mark and export the messages sent"),
        #: The state names (queued, sending, sent, failed, uncertain) are typed as they are.
        description=OutboxCli.tr(
            "The outbox and audit log: every message Composer handed to Amazon or the "
            "mail server, with its check, the warnings you confirmed and the answer. States: "
            "queued, sending, sent, failed, uncertain (it went out without a clear answer: check "
            "Seller Central, then mark it, or retry it with --i-checked). Exit status 0: done; 1: "
            "a message was not sent; 2: bad usage or an unreadable database."
        ),
    )
    actions = outbox.add_subparsers(dest="outbox_command", metavar="ACTION")
    lst = actions.add_parser("list", help=OutboxCli.tr("list the messages, newest first"))
    lst.add_argument(
        "--state", choices=STATES, action="append", help=OutboxCli.tr("only this state")
    )
    lst.add_argument("--order", metavar="ORDER-ID", help=OutboxCli.tr("only this order"))
    lst.add_argument("--account", metavar="NAME", help=OutboxCli.tr("only this account"))
    lst.add_argument(
        "--limit", type=int, default=50, metavar="N", help=OutboxCli.tr("at most N (default 50)")
    )
    _data_dir_option(lst)
    show = actions.add_parser(
        "show", help=OutboxCli.tr("one message: what was sent, its check and history")
    )
    show.add_argument("id", type=int, metavar="ID")
    _data_dir_option(show)
    retry = actions.add_parser(
        "retry",
        help=OutboxCli.tr("send a failed or uncertain message again, and what waits in the queue"),
        description=OutboxCli.tr(
            "Queue message ID again (a failed one; an uncertain one only with "
            "--i-checked, after checking in Seller Central that the buyer did not get it), then "
            "send everything that waits in the queue. Without ID: only the queue."
        ),
    )
    retry.add_argument("id", type=int, nargs="?", metavar="ID")
    retry.add_argument(
        "--i-checked",
        action="store_true",
        help=OutboxCli.tr(
            "you checked in Seller Central that the uncertain message did not arrive"
        ),
    )
    retry.add_argument("--note", default="", metavar="TEXT", help="kept in the log")
    _data_dir_option(retry)
    mark = actions.add_parser(
        "mark", help=OutboxCli.tr("settle an uncertain message: sent or not-sent")
    )
    mark.add_argument("id", type=int, metavar="ID")
    mark.add_argument("outcome", choices=("sent", "not-sent"), metavar="sent|not-sent")
    mark.add_argument("--note", default="", metavar="TEXT", help="kept in the log")
    _data_dir_option(mark)
    cancel = actions.add_parser(
        "cancel", help=OutboxCli.tr("withdraw a queued message before it goes out")
    )
    cancel.add_argument("id", type=int, metavar="ID")
    cancel.add_argument("--note", default="", metavar="TEXT", help="kept in the log")
    _data_dir_option(cancel)
    export = actions.add_parser(
        "export", help=OutboxCli.tr("write the log as CSV (UTF-8, for Excel) for an A-to-Z claim")
    )
    export.add_argument("path", type=Path, metavar="FILE.csv")
    export.add_argument(
        "--id",
        type=int,
        action="append",
        dest="ids",
        metavar="ID",
        help=OutboxCli.tr("only this message"),
    )
    _data_dir_option(export)


def _data_dir_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help=OutboxCli.tr(
            "the folder of Composer's database and accounts, as the window's --data-dir "
            "(default: your user data and config folders)"
        ),
    )


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            SendCli.tr("not a date (YYYY-MM-DD): {value}").format(value=repr(value))
        ) from exc


def run(
    args: argparse.Namespace,
    *,
    book: AccountBook | None = None,
    make_sender: SenderFactory | None = None,
    stdin: TextIO | None = None,
    prompt: Callable[[str], str] = input,
) -> int:
    """Run ``composer send …`` or ``composer outbox …``; the keyword arguments are for tests
    (an in-memory keyring, a Sender with a rate limiter of its own, a standard input)."""
    from composer.services.outbox import OutboxError  # noqa: PLC0415
    from composer.services.store import StoreError  # noqa: PLC0415

    name = "composer send" if args.command == "send" else "composer outbox"
    cli = _Cli(args, book, make_sender, stdin or sys.stdin, prompt)
    try:
        if args.command == "send":
            return cli.send()
        return cli.outbox_command()
    except UsageError as exc:
        return _error(name, str(exc), EXIT_USAGE)
    except StoreError as exc:
        return _error(name, str(exc), EXIT_USAGE)
    except OutboxError as exc:
        return _error(name, str(exc), EXIT_PROBLEMS)
    finally:
        cli.close()


def _error(name: str, message: str, status: int) -> int:
    print(f"{name}: error: {' '.join(message.split())}", file=sys.stderr)
    return status


class _Cli:
    def __init__(
        self,
        args: argparse.Namespace,
        book: AccountBook | None,
        make_sender: SenderFactory | None,
        stdin: TextIO,
        prompt: Callable[[str], str],
    ) -> None:
        self.args = args
        self._book = book
        self._make_sender = make_sender
        self.stdin = stdin
        self.prompt = prompt
        self._outbox: Outbox | None = None
        self._sender: Sender | None = None

    def close(self) -> None:
        if self._sender is not None:
            self._sender.close()
        if self._outbox is not None:
            self._outbox.close()

    # -- what the commands use ------------------------------------------------------------

    @property
    def outbox(self) -> Outbox:
        if self._outbox is None:
            from composer.services.outbox import Outbox  # noqa: PLC0415
            from composer.services.store import Store  # noqa: PLC0415

            folder = getattr(self.args, "data_dir", None)  # "composer outbox" alone has none
            path = folder / "composer.sqlite3" if folder else Store.default_path()
            self._outbox = Outbox(path)
            for entry_id in self._outbox.recovered:
                note = OutboxCli.tr(
                    "note: message {id} was being sent when Composer stopped; it is now "
                    "uncertain (see: composer outbox show {id})"
                )
                print(note.format(id=entry_id))
        return self._outbox

    @property
    def book(self) -> AccountBook:
        if self._book is None:
            from composer.services.accounts import AccountBook  # noqa: PLC0415
            from composer.services.credentials import Credentials  # noqa: PLC0415

            folder = getattr(self.args, "data_dir", None)  # the window's --data-dir keeps it there
            path = folder / "accounts.json" if folder else AccountBook.default_path()
            self._book = AccountBook(path, Credentials())
        return self._book

    @property
    def sender(self) -> Sender:
        if self._sender is None:
            if self._make_sender is not None:
                self._sender = self._make_sender(self.outbox, self.book)
            else:
                from composer.services.sending import Sender  # noqa: PLC0415

                self._sender = Sender(self.outbox, self.book)
        return self._sender

    # -- send -----------------------------------------------------------------------------

    def send(self) -> int:
        from composer.services.sending import (  # noqa: PLC0415
            BlockedError,
            SendError,
        )

        args = self.args
        request = self._request()
        try:
            prepared = self.sender.prepare(request)
        except SendError as exc:
            return _error("composer send", exc.message, EXIT_USAGE)
        self._show(prepared)
        if prepared.blockers:
            print(SendCli.tr("cannot be sent: %n problem(s) above", "", len(prepared.blockers)))
            return EXIT_PROBLEMS
        if args.dry_run:
            print(SendCli.tr("dry run: nothing was sent"))
            return EXIT_OK
        confirmed = args.confirm_warnings
        if prepared.warnings and not confirmed:
            if not _is_terminal(self.stdin):
                return _error(
                    "composer send",
                    SendCli.tr(
                        "%n warning(s) need your confirmation: send again "
                        "with --confirm-warnings if you mean to send it as it is",
                        "",
                        len(prepared.warnings),
                    ),
                    EXIT_PROBLEMS,
                )
            #: Keep "[y/N]": the answers understood are y and yes.
            question = SendCli.tr(
                "Send despite %n warning(s)? Your answer is kept in the outbox. [y/N] ",
                "",
                len(prepared.warnings),
            )
            answer = self.prompt(question).strip().lower()
            # y and yes, and the language's own yes and its first letter (ja/j, oui/o, tak/t).
            yes = SendCli.tr("yes").strip().lower()
            if not answer or answer not in {"y", "yes", yes, yes[:1]}:
                print(SendCli.tr("not sent"))
                return EXIT_PROBLEMS
            confirmed = True
        try:
            entry = self.sender.submit(prepared, confirm_warnings=confirmed)
        except BlockedError as exc:
            return _error("composer send", exc.message, EXIT_PROBLEMS)
        return _outcome(entry)

    def _request(self) -> SendRequest:
        from composer.services.sanitize import SanitizeError, text_to_html  # noqa: PLC0415
        from composer.services.sending import SOLICITATION, SendRequest  # noqa: PLC0415

        args = self.args
        if args.file is None and not args.solicitation:
            raise UsageError(
                SendCli.tr("give the message FILE (only --solicitation goes without one)")
            )
        message = _read(args.file) if args.file is not None else Message(body="")
        order = args.order.strip()
        if message.order_id and message.order_id.strip() and message.order_id.strip() != order:
            raise UsageError(
                SendCli.tr("{file} is about order {file_order}, not {order} (--order)").format(
                    file=args.file, file_order=message.order_id.strip(), order=order
                )
            )
        channel = Channel(args.channel) if args.channel else None
        if channel is None:
            channel = Channel.EMAIL if args.to else Channel.SP_API
        if channel is Channel.EMAIL and (args.type or args.solicitation):
            raise UsageError(
                SendCli.tr("--type and --solicitation are SP-API messages, not e-mail")
            )
        if channel is Channel.SP_API and args.to:
            raise UsageError(
                SendCli.tr("--to is the e-mail recipient; the SP-API knows the buyer by the order")
            )
        message_type = SOLICITATION if args.solicitation else (args.type or None)
        if message_type is None and channel is Channel.SP_API:
            message_type = message.message_type or None
        if message.format is BodyFormat.HTML:
            html = message.body
        else:
            try:
                html = text_to_html(message.body).html
            except SanitizeError as exc:
                raise UsageError(f"{args.file}: {exc}") from None
        if message.attachments:
            raise UsageError(
                SendCli.tr(
                    "{file} names attachments; give the files with --attach FILE (the "
                    "SP-API uploads them)"
                ).format(file=args.file)
            )
        return SendRequest(
            account=args.account,
            order_id=order,
            channel=channel,
            html=html,
            subject=message.subject,
            message_type=message_type,
            to=args.to,
            order_date=args.order_date or message.order_date,
            delivery_date=args.delivery_date or message.delivery_date,
            buyer_language=args.buyer_language or message.buyer_language,
            is_reply=args.reply or message.is_reply,
            attachments=tuple(_read_attachment(path) for path in args.attach),
            marketplace=args.marketplace,
        )

    def _show(self, prepared: Prepared) -> None:
        """What would be sent, to whom, what the check and Amazon said."""
        from composer.services.sending import SOLICITATION  # noqa: PLC0415

        heading = SendCli.tr(
            "account {account}, order {order}, Amazon.{domain} ({marketplace}), {channel}"
        )
        print(
            heading.format(
                account=prepared.account.name,
                order=prepared.request.order_id.strip(),
                domain=prepared.marketplace.domain,
                marketplace=prepared.marketplace.code,
                channel=prepared.channel,
            )
        )
        if prepared.channel is Channel.SP_API:
            message_type = prepared.message_type or SendCli.tr("(none chosen)")
            print(SendCli.tr("message type: {type}").format(type=message_type))
            if prepared.message_type == SOLICITATION:
                if prepared.allowed_types is not None:
                    allowed = SendCli.tr("yes") if prepared.allowed_types else SendCli.tr("no")
                    print(
                        SendCli.tr(
                            "Amazon allows a review request for this order now: {answer}"
                        ).format(answer=allowed)
                    )
            elif prepared.allowed_types is not None:
                allowed = ", ".join(sorted(prepared.allowed_types)) or SendCli.tr(
                    "none at the moment"
                )
                print(
                    SendCli.tr("types Amazon allows for this order: {types}").format(types=allowed)
                )
            if prepared.buyer_locale:
                print(
                    SendCli.tr("buyer's language (Amazon): {language}").format(
                        language=prepared.buyer_locale
                    )
                )
        else:
            recipient = prepared.recipient or SendCli.tr("(no address)")
            print(SendCli.tr("to: {address}").format(address=recipient))
            print(SendCli.tr("from: {address}").format(address=prepared.account.sender))
            print(SendCli.tr("subject: {subject}").format(subject=prepared.subject))
        for attachment in prepared.request.attachments:
            print(
                SendCli.tr("attachment: {name} ({size} bytes)").format(
                    name=attachment.name, size=f"{len(attachment.data):,}"
                )
            )
        if prepared.text:
            print(SendCli.tr("text sent:"))
            for line in prepared.text.splitlines():
                print(f"  | {line}")
        elif prepared.message_type == SOLICITATION:
            print(SendCli.tr("text sent: none (Amazon writes the review request)"))
        report = prepared.report
        if report is not None:
            #: {category} is the category's id (e.g. "allowed"), typed as it is.
            check_line = SendCli.tr("check: {category}: {reason}")
            print(check_line.format(category=report.category, reason=report.reason))
            for finding in report.findings:
                if finding.severity is Severity.INFO:
                    print(f"  info {finding.rule}: {finding.message}")
        for problem in prepared.blockers:
            print(f"error {problem.id}: {problem.message}")
        for problem in prepared.warnings:
            print(f"warning {problem.id}: {problem.message}")

    # -- outbox ---------------------------------------------------------------------------

    def outbox_command(self) -> int:
        action = self.args.outbox_command or "list"
        if action == "list":
            return self.list()
        if action == "show":
            return self.show()
        if action == "retry":
            return self.retry()
        if action == "mark":
            entry = self.outbox.mark(
                self.args.id, sent=self.args.outcome == "sent", note=self.args.note
            )
            print(_line(entry))
            return EXIT_OK
        if action == "cancel":
            print(_line(self.outbox.cancel(self.args.id, note=self.args.note)))
            return EXIT_OK
        if action == "export":
            count = self.outbox.export_csv(self.args.path, ids=self.args.ids)
            written = OutboxCli.tr("%n message(s) written to {path}", "", count)
            print(written.format(path=self.args.path))
            return EXIT_OK
        raise UsageError(OutboxCli.tr("unknown action {action}").format(action=repr(action)))

    def list(self) -> int:
        from composer.services.outbox import State  # noqa: PLC0415

        # "composer outbox" alone lists, without the list options.
        states = getattr(self.args, "state", None)
        order = getattr(self.args, "order", None)
        account = getattr(self.args, "account", None)
        limit = getattr(self.args, "limit", 50)
        if limit < 1:
            raise UsageError(OutboxCli.tr("--limit must be 1 or more"))
        entries = self.outbox.entries(
            states=[State(s) for s in states] if states else None,
            order_id=order,
            account=account,
            limit=limit,
        )
        if not entries:
            filtered = states or order or account
            print(
                OutboxCli.tr("No message matches.")
                if filtered
                else OutboxCli.tr("The outbox is empty.")
            )
            return EXIT_OK
        for entry in entries:
            print(_line(entry))
        return EXIT_OK

    def show(self) -> int:
        entry = self.outbox.entry(self.args.id)
        for label, value in _fields(entry):
            if value:
                print(f"{label}: {value}")
        if entry.text:
            print(OutboxCli.tr("text sent:"))
            for line in entry.text.splitlines():
                print(f"  | {line}")
        if entry.findings:
            print(OutboxCli.tr("check findings:"))
            for line in entry.findings.splitlines():
                print(f"  {line}")
        if entry.confirmed_warnings:
            when = _when(entry.confirmed_at)
            print(OutboxCli.tr("warnings confirmed ({when}):").format(when=when))
            for warning in entry.confirmed_warnings:
                print(f"  {warning.id}: {warning.message}")
        print(OutboxCli.tr("history:"))
        for event in entry.events:
            who = OutboxCli.tr(" (by you)") if event.actor == "user" else ""
            detail = f": {event.detail}" if event.detail else ""
            print(f"  {_when(event.at)}  {event.action}{who}{detail}")
        if entry.state == "uncertain":
            following = OutboxCli.tr(
                "next: check the order's messages in Seller Central, then: composer outbox mark "
                "{id} sent|not-sent, or composer outbox retry {id} --i-checked"
            )
            print(following.format(id=entry.id))
        return EXIT_OK

    def retry(self) -> int:
        from composer.services.outbox import State  # noqa: PLC0415

        entry_id = self.args.id
        if entry_id is not None:
            queued = self.sender.retry(entry_id, i_checked=self.args.i_checked, note=self.args.note)
            print(OutboxCli.tr("queued again: {message}").format(message=_line(queued)))
        handled = self.sender.run_pending()
        for entry in handled:
            print(_line(entry))
        if entry_id is not None and entry_id not in {e.id for e in handled}:
            print(_line(self.outbox.entry(entry_id)))
        waiting = self.outbox.counts()[State.QUEUED]
        if waiting:
            print(OutboxCli.tr("%n message(s) still wait in the queue", "", waiting))
        if not handled and entry_id is None:
            print(OutboxCli.tr("Nothing was due to be sent."))
        states = [e.state for e in handled]
        if entry_id is not None:
            states.append(self.outbox.entry(entry_id).state)
        return EXIT_OK if all(s is State.SENT for s in states) else EXIT_PROBLEMS


# -- reading and words -----------------------------------------------------------------------


def _read(raw: str) -> Message:
    try:
        if raw == "-":
            return parse_message(sys.stdin.buffer.read(), "-", Defaults())
        path = Path(raw)
        if path.is_dir():
            raise UsageError(
                SendCli.tr("{file}: is a folder; send one message at a time").format(file=raw)
            )
        return read_message_file(path, Defaults())
    except MessageFileError as exc:
        raise UsageError(f"{raw}: {exc}") from None


def _read_attachment(path: Path) -> OutgoingAttachment:
    from composer.services.attachments import AttachmentError, read_attachment  # noqa: PLC0415

    try:
        return read_attachment(path)
    except AttachmentError as exc:
        raise UsageError(exc.message) from None


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _when(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def _line(entry: Entry) -> str:
    kind = entry.message_type or entry.channel.value
    what = {
        "sent": (
            OutboxCli.tr("reference {reference}").format(reference=entry.reply_reference)
            if entry.reply_reference
            else ""
        ),
        "failed": entry.state_reason,
        "uncertain": entry.state_reason,
        "queued": entry.state_reason,
    }.get(entry.state.value, "")
    line = (
        f"{entry.id:>5}  {entry.state.value:<9}  {_when(entry.updated_at)}  {entry.account}  "
        f"{entry.order_id}  {entry.channel.value}  {kind}"
    )
    return f"{line}  {' '.join(what.split())}".rstrip()


def _fields(entry: Entry) -> Iterable[tuple[str, str]]:
    #: The labels of "composer outbox show"'s lines ("label: value").
    yield OutboxCli.tr("message", "outbox show label"), str(entry.id)
    #: {state} is the state's name (queued, sending, sent, failed, uncertain), typed as it is.
    state = OutboxCli.tr("{state} (attempts: {attempts})")
    yield (
        OutboxCli.tr("state", "outbox show label"),
        state.format(state=entry.state.value, attempts=entry.attempts),
    )
    yield OutboxCli.tr("reason", "outbox show label"), entry.state_reason
    yield OutboxCli.tr("account", "outbox show label"), entry.account
    yield (
        OutboxCli.tr("order", "outbox show label"),
        f"{entry.order_id} ({entry.marketplace})",
    )
    yield OutboxCli.tr("channel", "outbox show label"), entry.channel.value
    yield OutboxCli.tr("message type", "outbox show label"), entry.message_type
    yield OutboxCli.tr("to", "outbox show label"), entry.recipient
    yield OutboxCli.tr("from", "outbox show label"), entry.sender
    yield OutboxCli.tr("subject", "outbox show label"), entry.subject
    yield OutboxCli.tr("attachments", "outbox show label"), ", ".join(entry.attachment_names)
    if entry.coverage:
        coverage = OutboxCli.tr("{start} to {end}", "warranty period")
        yield (
            OutboxCli.tr("warranty", "outbox show label"),
            coverage.format(start=_when(entry.coverage[0]), end=_when(entry.coverage[1])),
        )
    #: {category} is the category's id, {rules} the rule ids (or "none"), typed as they are.
    check_line = OutboxCli.tr("{category}; rules: {rules}")
    rules = " ".join(entry.rule_ids) or OutboxCli.tr("none", "no rule ids")
    yield (
        OutboxCli.tr("check", "outbox show label"),
        check_line.format(category=entry.category, rules=rules),
    )
    yield OutboxCli.tr("recorded", "outbox show label"), _when(entry.created_at)
    yield OutboxCli.tr("not before", "outbox show label"), _when(entry.not_before)
    yield OutboxCli.tr("reply reference", "outbox show label"), entry.reply_reference
    yield OutboxCli.tr("reply code", "outbox show label"), entry.reply_code
    if entry.reply_message != entry.state_reason:
        yield OutboxCli.tr("reply", "outbox show label"), entry.reply_message


def _outcome(entry: Entry) -> int:
    """The line that says how the send ended, and its exit status."""
    state = entry.state.value
    reason = " ".join(entry.state_reason.split())
    if state == "sent":
        where = f" ({entry.reply_reference})" if entry.reply_reference else ""
        #: {reference} is empty or Amazon's reference in brackets: " (…)".
        line = SendCli.tr("sent: outbox message {id}{reference}")
        print(line.format(id=entry.id, reference=where))
        return EXIT_OK
    if state == "queued":
        line = SendCli.tr(
            "not sent yet: outbox message {id} waits in the queue: {reason} Send it with: "
            "composer outbox retry"
        )
        print(line.format(id=entry.id, reason=reason))
        return EXIT_PROBLEMS
    if state == "uncertain":
        line = SendCli.tr(
            "uncertain: outbox message {id}: {reason} Then: composer outbox mark {id} sent|not-sent"
        )
        print(line.format(id=entry.id, reason=reason))
        return EXIT_PROBLEMS
    code = f" [{entry.reply_code}]" if entry.reply_code else ""
    #: {code} is empty or Amazon's error code in brackets: " […]".
    line = SendCli.tr("failed: outbox message {id}{code}: {reason}")
    print(line.format(id=entry.id, code=code, reason=reason))
    return EXIT_PROBLEMS
