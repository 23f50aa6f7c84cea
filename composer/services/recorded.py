"""Sentences the outbox records in English and shows in the interface's language.

A reason ("Not sent yet: Cannot reach the mail server …") is written into the outbox when a
send ends, perhaps in another session and another language than the one it is read in. So it
is recorded in English, the source language (the record, the CSV, the log read the same
whatever the seller's language), from a marked sentence; and whoever reads it gets it back in
the language of the moment: ``reword`` recognises the English sentence, translates it and
fills its placeholders again, each value reworded in its turn (a reason inside a reason).
A text no sentence matches (Amazon's own words, a note the user typed) comes back as it is.
"""

from __future__ import annotations

import re
import threading

from composer.i18n import QT_TRANSLATE_NOOP, translate

__all__ = ["Recorded", "reword"]

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_lock = threading.Lock()
_sentences: list[Recorded] = []


class Recorded:
    """One marked sentence with named placeholders: ``Recorded("SendWords",
    QT_TRANSLATE_NOOP("SendWords", "Not sent yet: {reason} …"))``; calling it composes the
    English for the record. (lupdate reads the ``QT_TRANSLATE_NOOP``, not this class.)"""

    __slots__ = ("context", "literal", "pattern", "source")

    def __init__(self, context: str, source: str) -> None:
        self.context = context
        self.source = source
        parts = _PLACEHOLDER.split(source)
        # Literal text between placeholders, each placeholder a lazy group: fullmatch decides.
        regex = "".join(
            re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)" for i, part in enumerate(parts)
        )
        self.pattern = re.compile(regex, re.DOTALL)
        # How much of the sentence is its own words: the more, the more specific.
        self.literal = sum(len(part) for part in parts[::2])
        with _lock:
            _sentences.append(self)
            # The most specific first: "{why} Nothing was sent to the buyer." must not take
            # what its "… Request id: {reference}." sibling says.
            _sentences.sort(key=lambda sentence: -sentence.literal)

    def __call__(self, **values: object) -> str:
        return self.source.format(**values)

    def __repr__(self) -> str:
        return f"Recorded({self.context!r}, {self.source!r})"


def reword(text: str) -> str:
    """``text`` in the interface's language when a recorded sentence composed it (English: the
    same text); any other text unchanged."""
    if not text:
        return text
    with _lock:
        sentences = list(_sentences)
    for sentence in sentences:
        found = sentence.pattern.fullmatch(text)
        if found is not None:
            values = {name: reword(value) for name, value in found.groupdict().items()}
            return translate(sentence.context, sentence.source).format(**values)
    return _message_type_title(text)


def _message_type_title(text: str) -> str:
    """A message type's title as the sentences quote it ("'Confirm order details'") in the
    interface's language; anything else unchanged. (The titles are the rule data's, translated
    in context "message-type".)"""
    if len(text) < 3 or text[0] != "'" or text[-1] != "'":
        return text
    from composer.policy.rulebook import load_message_types  # noqa: PLC0415 - cached

    title = text[1:-1]
    if not any(spec.title == title for spec in load_message_types().values()):
        return text
    return f"'{translate('message-type', title)}'"


# -- what a delivery records (the transports' and the dispatcher's words) -------------------
# Marked here, beside ``reword``, so that whoever reads the outbox knows them without loading
# the transports (smtplib, requests). lupdate reads each QT_TRANSLATE_NOOP.

NOT_SENT_YET = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords", "Not sent yet: {reason} It goes out when the connection is back."
    ),
)
ASKED_TO_WAIT = Recorded(
    "DeliveryWords", QT_TRANSLATE_NOOP("DeliveryWords", "Amazon asked to wait: {reason}")
)
MAIL_UNREACHABLE = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords", "Cannot reach the mail server {server} ({why}); nothing was sent."
    ),
)
HOST_UNKNOWN = Recorded(
    "DeliveryWords", QT_TRANSLATE_NOOP("DeliveryWords", "the host name is not known")
)
NOTHING_LISTENS = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP("DeliveryWords", "connection refused: nothing listens on that port"),
)
NO_ANSWER = Recorded("DeliveryWords", QT_TRANSLATE_NOOP("DeliveryWords", "no answer in time"))
TYPE_NOT_ALLOWED = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "Amazon does not allow this message type for this order now ({said}). Ask which types "
        "the order allows and choose one of them.",
    ),
)
TYPE_NOT_ALLOWED_REF = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "Amazon does not allow this message type for this order now ({said}). Ask which types "
        "the order allows and choose one of them. Request id: {reference}.",
    ),
)

# The mail server's side (composer.services.mail): what a send or a login test records.
NO_SMTP_SERVER = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP("DeliveryWords", "Account {name} has no SMTP server set up for e-mail"),
)
PLAIN_SMTP_REFUSED = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords", "Plain SMTP to {host} is refused: it is allowed only to this machine"
    ),
)
NO_SMTP_PASSWORD = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "The keyring holds no SMTP password for account {name}; save it with: {command}",
    ),
)
NO_SENDER = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "Account {name} has no sender address: set the address authorised for "
        "Buyer-Seller Messaging in Seller Central",
    ),
)
EMAIL_NOT_MADE = Recorded(
    "DeliveryWords", QT_TRANSLATE_NOOP("DeliveryWords", "The e-mail cannot be made: {reason}")
)
NO_STARTTLS = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "The mail server {server} does not offer STARTTLS; Composer does not send "
        "the password and the message unencrypted (choose ssl if it offers that)",
    ),
)
CERTIFICATE_FAILED = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "The mail server {server} failed the certificate check ({why}); Composer does not send "
        "to a server it cannot verify",
    ),
)
TLS_FAILED = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP("DeliveryWords", "The encrypted connection to {server} failed ({why})"),
)
CLOSED_BEFORE_SENT = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "The mail server {server} closed the connection before the message was sent ({why}); "
        "nothing was sent.",
    ),
)
CLOSED_DURING_LOGIN = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "The mail server closed the connection during the login ({why}); nothing was sent.",
    ),
)
LOST_AFTER_SENDING = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "The connection to the mail server {server} was lost after the message was sent and "
        "before the server confirmed it ({why}). The buyer may have received it: check the "
        "Buyer-Seller Messages page in Seller Central before sending it again.",
    ),
)
NO_USABLE_LOGIN = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "The mail server offers no login Composer can use on this connection ({offered}); "
        "check the SMTP security setting",
    ),
)
NOT_ASCII_LOGIN = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "The SMTP user name or password has characters outside ASCII, which the SMTP login "
        "cannot carry; use an ASCII password (an app password) for Composer",
    ),
)
# What the server refused ({what} in SERVER_REFUSED), each reworded in its turn.
REFUSED_SENDER = Recorded(
    "DeliveryWords", QT_TRANSLATE_NOOP("DeliveryWords", "refused the sender {address}")
)
REFUSED_RECIPIENT = Recorded(
    "DeliveryWords", QT_TRANSLATE_NOOP("DeliveryWords", "refused the recipient {address}")
)
REFUSED_DATA = Recorded(
    "DeliveryWords", QT_TRANSLATE_NOOP("DeliveryWords", "refused to take the message (DATA)")
)
NOT_ACCEPTED = Recorded(
    "DeliveryWords", QT_TRANSLATE_NOOP("DeliveryWords", "did not accept the message")
)
REFUSED_CONNECTION = Recorded(
    "DeliveryWords", QT_TRANSLATE_NOOP("DeliveryWords", "refused the connection")
)
REFUSED_COMMAND = Recorded("DeliveryWords", QT_TRANSLATE_NOOP("DeliveryWords", "refused a command"))
REFUSED_GREETING = Recorded(
    "DeliveryWords", QT_TRANSLATE_NOOP("DeliveryWords", "refused the greeting (EHLO/HELO)")
)
REFUSED_LOGIN = Recorded(
    "DeliveryWords", QT_TRANSLATE_NOOP("DeliveryWords", "refused the login of {user}")
)
TEMPORARY_REFUSAL = Recorded(
    "DeliveryWords", QT_TRANSLATE_NOOP("DeliveryWords", "{refusal} (a temporary refusal)")
)
# Last: the most general of the mail server's sentences ({reply} is the server's own words).
SERVER_REFUSED = Recorded(
    "DeliveryWords", QT_TRANSLATE_NOOP("DeliveryWords", "The mail server {server} {what}: {reply}")
)

# Amazon's side (composer.services.spapi): refusals with a hint, and the checks made before any
# request. "{what}" is what was being done, itself one of the sentences below.
SENDING_MESSAGE = Recorded(
    "DeliveryWords", QT_TRANSLATE_NOOP("DeliveryWords", "sending the {title} message")
)
REQUESTING_REVIEW = Recorded(
    "DeliveryWords", QT_TRANSLATE_NOOP("DeliveryWords", "requesting the review")
)
ASKING_TYPES = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP("DeliveryWords", "asking which message types the order allows"),
)
ASKING_REVIEW = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP("DeliveryWords", "asking whether a review request is allowed"),
)
ASKING_LANGUAGE = Recorded(
    "DeliveryWords", QT_TRANSLATE_NOOP("DeliveryWords", "asking for the buyer's language")
)
PREPARING_UPLOAD = Recorded(
    "DeliveryWords", QT_TRANSLATE_NOOP("DeliveryWords", "preparing the upload of {name}")
)
HINT_INVALID = Recorded(
    "DeliveryWords", QT_TRANSLATE_NOOP("DeliveryWords", "Amazon found the request invalid")
)
HINT_TOKEN = Recorded(
    "DeliveryWords", QT_TRANSLATE_NOOP("DeliveryWords", "Amazon did not accept the access token")
)
HINT_DENIED = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "Amazon denied access: the app may lack the Buyer Communication (or Buyer "
        "Solicitation) role, the seller may have to authorize it again after a role was "
        "added, or the order belongs to another region's marketplace",
    ),
)
HINT_UNKNOWN_ORDER = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP("DeliveryWords", "Amazon does not know this order in this marketplace"),
)
HINT_TOO_LARGE = Recorded(
    "DeliveryWords", QT_TRANSLATE_NOOP("DeliveryWords", "the request is too large for Amazon")
)
HINT_CONTENT_TYPE = Recorded(
    "DeliveryWords", QT_TRANSLATE_NOOP("DeliveryWords", "Amazon did not accept the content type")
)
HINT_REFUSED = Recorded(
    "DeliveryWords", QT_TRANSLATE_NOOP("DeliveryWords", "Amazon refused the request")
)
#: {hint} is one of the refusals above, {what} what was being done, {said} Amazon's own words.
REFUSED_WHILE = Recorded(
    "DeliveryWords", QT_TRANSLATE_NOOP("DeliveryWords", "{hint} while {what} ({said}).")
)
REFUSED_WHILE_REF = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP("DeliveryWords", "{hint} while {what} ({said}). Request id: {reference}."),
)
NOT_AN_ORDER_ID = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords", "{order} is not an Amazon order id (like 123-1234567-1234567)."
    ),
)
TYPE_REMOVED = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "Amazon removed the message type {type} from the SP-API on {day}; it can no longer be "
        "sent.",
    ),
)
NOT_A_TYPE = Recorded(
    "DeliveryWords", QT_TRANSLATE_NOOP("DeliveryWords", "{type} is not an SP-API message type.")
)
NOT_A_MESSAGE = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "{type} is a Solicitations request, not a message: use request_review.",
    ),
)
ATTACHMENTS_ONLY = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "A {title} message carries attachments only; Amazon takes no text with it.",
    ),
)
NEEDS_TEXT = Recorded(
    "DeliveryWords", QT_TRANSLATE_NOOP("DeliveryWords", "A {title} message needs text.")
)
TEXT_IS_HTML = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "The text contains HTML (tags or character references); Amazon shows it as "
        "plain text, so convert it first.",
    ),
)
TEXT_TOO_LONG = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "The text has {count} characters; Amazon takes at most {limit} in a {title} message.",
    ),
)
NO_ATTACHMENTS_TAKEN = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP("DeliveryWords", "A {title} message takes no attachments."),
)
NEEDS_AN_ATTACHMENT = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP("DeliveryWords", "A {title} message needs at least 1 attachment."),
)
NEEDS_ATTACHMENTS = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP("DeliveryWords", "A {title} message needs at least {low} attachments."),
)
TOO_MANY_ATTACHMENTS = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords", "A {title} message takes at most {high} attachments, not {count}."
    ),
)
ATTACHMENT_NAME = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "The attachment name {name} needs an extension (like invoice.pdf) "
        "and no slashes or line breaks: it is the name the buyer sees.",
    ),
)
ATTACHMENT_EMPTY = Recorded(
    "DeliveryWords", QT_TRANSLATE_NOOP("DeliveryWords", "The attachment {name} is empty.")
)
ATTACHMENT_TYPE = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP("DeliveryWords", "The attachment {name} has no valid content type ({type})."),
)
ATTACHMENTS_TOO_LARGE = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "The attachments add up to {size} MB; Amazon takes at most {limit} MB per message.",
    ),
)
UPLOADS_REGION = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "Amazon refused to take the attachment ({said}). Its Uploads API is documented for "
        "North-American sellers only, and sellers in the {region} region have been refused "
        "with 403: send this message without attachments, or the files by e-mail.",
    ),
)
UPLOADS_ROLE = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "Amazon refused to take the attachment ({said}). The app needs the Product Listing "
        "role for attachments (besides Buyer Communication), and the seller must authorize it "
        "again after the role was added.",
    ),
)
NOTHING_SENT_TO_BUYER = Recorded(
    "DeliveryWords", QT_TRANSLATE_NOOP("DeliveryWords", "{why} Nothing was sent to the buyer.")
)
NOTHING_SENT_TO_BUYER_REF = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords", "{why} Request id: {reference}. Nothing was sent to the buyer."
    ),
)

# -- the SP-API client's words (spapi.py) ---------------------------------------------------

LWA_UNREACHABLE = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "Login with Amazon could not be reached: {words}. Nothing was sent; try again "
        "when the network is back.",
    ),
)
LWA_WAIT = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "Login with Amazon asks to wait before the next sign-in.",
    ),
)
LWA_BAD_ANSWER = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "Login with Amazon did not answer properly ({status}). Nothing was sent; try again later.",
    ),
)
LWA_NO_TOKEN = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "Login with Amazon answered without an access token.",
    ),
)
LWA_REAUTHORIZE = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "The refresh token was revoked or is wrong: authorize Composer again in Seller "
        "Central and save the new refresh token.",
    ),
)
LWA_NEW_SECRET = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "The client id or secret is wrong, most often because the client secret was "
        "rotated (Amazon requires it every 180 days): enter the current secret.",
    ),
)
LWA_CHECK_SETTINGS = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "Check the account's Login with Amazon settings.",
    ),
)
LWA_REFUSED = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "Login with Amazon refused the credentials: {said}. {advice}",
    ),
)
AMAZON_UNREACHABLE = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "Amazon could not be reached while {what}: {words}. Nothing was sent; it can be "
        "sent when the network is back.",
    ),
)
WENT_OUT_NO_ANSWER = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "The request went out while {what}, but {words}. Amazon may or may not have "
        "delivered it; {check}.",
    ),
)
AMAZON_NO_ANSWER = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "Amazon did not answer while {what}: {words}. Nothing was sent to the buyer; "
        "try again later.",
    ),
)
AMAZON_SLOW_DOWN = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "Amazon asks to slow down ({said}) while {what}, after {tries} tries. Nothing "
        "was sent; it is safe to send after waiting.",
    ),
)
AMAZON_ERROR_MAYBE = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "Amazon answered {said} while {what}. It may or may not have been delivered; {check}.",
    ),
)
AMAZON_ERROR_NOT_SENT = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "Amazon answered {said} while {what}. Nothing was sent to the buyer; try again later.",
    ),
)
ANSWER_NOT_JSON = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "Amazon's answer could not be read while {what} (not JSON).",
    ),
)
UPLOAD_INCOMPLETE = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "Amazon's upload destination for {name} is incomplete (no id, address or "
        "headers). Nothing was sent to the buyer.",
    ),
)
UPLOAD_NOT_HTTPS = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "Amazon's upload address for {name} is not https; the file was not sent. "
        "Nothing was sent to the buyer.",
    ),
)
UPLOAD_UNREACHABLE = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "The upload of {name} failed: {words}. Nothing was sent to the buyer; it can be "
        "sent again.",
    ),
)
UPLOAD_STORAGE_ERROR = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "The upload of {name} failed: Amazon's storage answered {status} {code}: "
        "{said}. Nothing was sent to the buyer; it can be sent again.",
    ),
)
UPLOAD_REFUSED = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "The upload of {name} failed: {hint} ({status} {code}: {said}). Nothing was "
        "sent to the buyer.",
    ),
)
UPLOAD_BAD_DIGEST_FORM = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "the file's checksum was not in the form Amazon expects",
    ),
)
UPLOAD_CHANGED = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "the file changed between its checksum and the upload",
    ),
)
UPLOAD_UNSIGNED = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "the upload did not carry the headers Amazon signed",
    ),
)
UPLOAD_PUT_ONLY = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "the storage takes the file only by PUT",
    ),
)
UPLOAD_EXPIRED = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "the upload address was refused; such an address expires after 15 minutes",
    ),
)
UPLOAD_TOO_LARGE = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "the file is too large",
    ),
)
UPLOAD_STORAGE_REFUSED = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "Amazon's storage refused it",
    ),
)
NET_TIMED_OUT = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "the connection timed out",
    ),
)
NET_NO_ANSWER = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "no answer came before the time limit",
    ),
)
NET_TLS = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "the secure connection failed",
    ),
)
NET_PROXY = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "the proxy refused the connection",
    ),
)
NET_NO_HOST = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "the host name could not be resolved",
    ),
)
NET_REFUSED = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "the connection was refused",
    ),
)
NET_CLOSED = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "the connection was closed before an answer came",
    ),
)
NET_FAILED = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "the connection failed",
    ),
)
NET_REQUEST_FAILED = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "the request failed",
    ),
)
COVERAGE_WARRANTY_ONLY = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "Only a warranty message has coverage dates.",
    ),
)
COVERAGE_TIME_ZONE = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "The warranty coverage dates need a time zone (Amazon takes ISO 8601 with an offset).",
    ),
)
COVERAGE_BACKWARDS = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "The warranty coverage ends before it starts.",
    ),
)
# What to do about a message that may or may not have arrived (the end of WENT_OUT_NO_ANSWER and
# AMAZON_ERROR_MAYBE).
CHECK_MESSAGES = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "check the buyer-seller messages in Seller Central before sending it again",
    ),
)
CHECK_REVIEW = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "ask whether a review request is still allowed for the order before asking again (if "
        "it is no longer allowed, this one went out)",
    ),
)
