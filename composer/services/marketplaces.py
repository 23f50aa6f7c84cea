"""Amazon's marketplaces: ids, regions, hosts, stores, the buyer's default language and
anonymised e-mail domain. The one list of them: the window's order fields, the accounts form,
the Send dialog and the command line all read it (the order fields before the window's first
frame, so this module imports nothing heavy).

Facts from Amazon's SP-API documentation (../shared/reference/sp-api/notes.md, sections 4.3, 4.4
and 6): each marketplace belongs to one region and is served by that region's host; India, the
Middle East, Turkey, Egypt and South Africa are served by the EU host. The e-mail domain is the
one Amazon's relay uses for the buyer's anonymised address (``…@marketplace.amazon.<tld>``).
The buyers' default languages follow the policy catalogue (section 6.10).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from composer.i18n import QT_TRANSLATE_NOOP, Context, translate

# The marketplaces' errors in the interface's language (lupdate reads the context from this name).
MarketplaceWords = Context("MarketplaceWords")


class Region(StrEnum):
    NA = "NA"
    EU = "EU"
    FE = "FE"


PRODUCTION_HOSTS: dict[Region, str] = {
    Region.NA: "https://sellingpartnerapi-na.amazon.com",
    Region.EU: "https://sellingpartnerapi-eu.amazon.com",
    Region.FE: "https://sellingpartnerapi-fe.amazon.com",
}
SANDBOX_HOSTS: dict[Region, str] = {
    Region.NA: "https://sandbox.sellingpartnerapi-na.amazon.com",
    Region.EU: "https://sandbox.sellingpartnerapi-eu.amazon.com",
    Region.FE: "https://sandbox.sellingpartnerapi-fe.amazon.com",
}
# One Login with Amazon host for every region.
LWA_TOKEN_URL = "https://api.amazon.com/auth/o2/token"

# The static sandbox answers these order ids (notes.md, section 5).
SANDBOX_ORDER_ID = "123-1234567-1234567"
SANDBOX_BAD_ORDER_ID = "123-1234567-0000000"


@dataclass(frozen=True, slots=True)
class Marketplace:
    code: str  # the country code sellers know (UK, not GB, as Seller Central writes it)
    country: str
    id: str  # Amazon's marketplace id, sent as ``marketplaceIds``
    region: Region
    domain: str  # amazon.<domain>: the store, and the buyer e-mail relay's domain
    # The language tag its buyers write in by default (catalogue 6.10: a multilingual
    # marketplace has several; the buyer's own preference, when known, wins).
    locale: str

    @property
    def language(self) -> str:
        """The default language without its country: ``nl`` for ``nl-BE``."""
        return self.locale.partition("-")[0]

    @property
    def store(self) -> str:
        """The store's host as sellers name the marketplace: ``amazon.co.uk``."""
        return f"amazon.{self.domain}"

    @property
    def country_name(self) -> str:
        """The country in the interface's language (``country`` stays English: the source
        text, what the logs and the command line's machine-readable output say)."""
        return translate("country", self.country, self.code)

    @property
    def buyer_mail_domain(self) -> str:
        return f"marketplace.amazon.{self.domain}"


# In the order sellers expect (the Americas, Europe, Asia-Pacific, the Middle East and Africa),
# not Amazon's table's: the window's order fields, the accounts form and the Send dialog list them
# so. The countries are marked for translation in the context "country", each with its code to
# tell it apart; ``Marketplace.country_name`` translates.
MARKETPLACES: tuple[Marketplace, ...] = (
    Marketplace(
        "US",
        QT_TRANSLATE_NOOP("country", "United States", "US"),
        "ATVPDKIKX0DER",
        Region.NA,
        "com",
        "en-US",
    ),
    Marketplace(
        "CA",
        QT_TRANSLATE_NOOP("country", "Canada", "CA"),
        "A2EUQ1WTGCTBG2",
        Region.NA,
        "ca",
        "en-CA",
    ),
    Marketplace(
        "MX",
        QT_TRANSLATE_NOOP("country", "Mexico", "MX"),
        "A1AM78C64UM0Y8",
        Region.NA,
        "com.mx",
        "es-MX",
    ),
    Marketplace(
        "BR",
        QT_TRANSLATE_NOOP("country", "Brazil", "BR"),
        "A2Q3Y263D00KWC",
        Region.NA,
        "com.br",
        "pt-BR",
    ),
    Marketplace(
        "UK",
        QT_TRANSLATE_NOOP("country", "United Kingdom", "UK"),
        "A1F83G8C2ARO7P",
        Region.EU,
        "co.uk",
        "en-GB",
    ),
    Marketplace(
        "IE",
        QT_TRANSLATE_NOOP("country", "Ireland", "IE"),
        "A28R8C7NBKEWEA",
        Region.EU,
        "ie",
        "en-IE",
    ),
    Marketplace(
        "DE",
        QT_TRANSLATE_NOOP("country", "Germany", "DE"),
        "A1PA6795UKMFR9",
        Region.EU,
        "de",
        "de-DE",
    ),
    Marketplace(
        "FR",
        QT_TRANSLATE_NOOP("country", "France", "FR"),
        "A13V1IB3VIYZZH",
        Region.EU,
        "fr",
        "fr-FR",
    ),
    Marketplace(
        "IT", QT_TRANSLATE_NOOP("country", "Italy", "IT"), "APJ6JRA9NG5V4", Region.EU, "it", "it-IT"
    ),
    Marketplace(
        "ES",
        QT_TRANSLATE_NOOP("country", "Spain", "ES"),
        "A1RKKUPIHCS9HS",
        Region.EU,
        "es",
        "es-ES",
    ),
    Marketplace(
        "NL",
        QT_TRANSLATE_NOOP("country", "Netherlands", "NL"),
        "A1805IZSGTT6HS",
        Region.EU,
        "nl",
        "nl-NL",
    ),
    Marketplace(
        "BE",
        QT_TRANSLATE_NOOP("country", "Belgium", "BE"),
        "AMEN7PMS3EDWL",
        Region.EU,
        "com.be",
        "nl-BE",
    ),
    Marketplace(
        "PL",
        QT_TRANSLATE_NOOP("country", "Poland", "PL"),
        "A1C3SOZRARQ6R3",
        Region.EU,
        "pl",
        "pl-PL",
    ),
    Marketplace(
        "SE",
        QT_TRANSLATE_NOOP("country", "Sweden", "SE"),
        "A2NODRKZP88ZB9",
        Region.EU,
        "se",
        "sv-SE",
    ),
    Marketplace(
        "TR",
        QT_TRANSLATE_NOOP("country", "Turkey", "TR"),
        "A33AVAJ2PDY3EV",
        Region.EU,
        "com.tr",
        "tr-TR",
    ),
    Marketplace(
        "JP",
        QT_TRANSLATE_NOOP("country", "Japan", "JP"),
        "A1VC38T7YXB528",
        Region.FE,
        "co.jp",
        "ja-JP",
    ),
    Marketplace(
        "AU",
        QT_TRANSLATE_NOOP("country", "Australia", "AU"),
        "A39IBJ37TRP1C6",
        Region.FE,
        "com.au",
        "en-AU",
    ),
    Marketplace(
        "SG",
        QT_TRANSLATE_NOOP("country", "Singapore", "SG"),
        "A19VAU5U5O7RUS",
        Region.FE,
        "sg",
        "en-SG",
    ),
    Marketplace(
        "IN", QT_TRANSLATE_NOOP("country", "India", "IN"), "A21TJRUUN4KGV", Region.EU, "in", "en-IN"
    ),
    Marketplace(
        "AE",
        QT_TRANSLATE_NOOP("country", "United Arab Emirates", "AE"),
        "A2VIGQ35RCS4UG",
        Region.EU,
        "ae",
        "ar-AE",
    ),
    Marketplace(
        "SA",
        QT_TRANSLATE_NOOP("country", "Saudi Arabia", "SA"),
        "A17E79C6D8DWNP",
        Region.EU,
        "sa",
        "ar-SA",
    ),
    Marketplace(
        "EG", QT_TRANSLATE_NOOP("country", "Egypt", "EG"), "ARBP9OOSHTCHU", Region.EU, "eg", "ar-EG"
    ),
    Marketplace(
        "ZA",
        QT_TRANSLATE_NOOP("country", "South Africa", "ZA"),
        "AE08WJ6YKNBMC",
        Region.EU,
        "co.za",
        "en-ZA",
    ),
)

_BY_KEY: dict[str, Marketplace] = {m.code: m for m in MARKETPLACES} | {
    m.id.upper(): m for m in MARKETPLACES
}
_BY_KEY["GB"] = _BY_KEY["UK"]


class UnknownMarketplaceError(ValueError):
    """A marketplace code or id Composer does not know."""


def marketplace(key: str) -> Marketplace:
    """The marketplace for a country code (``DE``, ``UK``/``GB``) or a marketplace id."""
    found = _BY_KEY.get(key.strip().upper())
    if found is None:
        codes = ", ".join(m.code for m in MARKETPLACES)
        raise UnknownMarketplaceError(
            MarketplaceWords.tr("unknown marketplace {key}; known: {codes}").format(
                key=repr(key), codes=codes
            )
        )
    return found


def marketplace_of_store(host: str) -> Marketplace | None:
    """The marketplace of a store's host as the window's order field holds it
    (``amazon.co.uk``, ``www.amazon.de``), or None when it is none of Amazon's stores."""
    wanted = host.strip().lower().removeprefix("www.").removeprefix("amazon.")
    return next((m for m in MARKETPLACES if m.domain == wanted), None)


def marketplace_of_buyer_address(address: str) -> Marketplace | None:
    """The marketplace whose relay domain an address is on, or None when it is not an
    Amazon buyer alias (``…@marketplace.amazon.de``)."""
    domain = address.rpartition("@")[2].strip().lower().rstrip(">")
    for m in MARKETPLACES:
        if domain == m.buyer_mail_domain:
            return m
    return None
