"""The rule book's user-visible strings, marked for translation. GENERATED: do not edit.

Written by ``scripts/strings_from_data.py`` from ``composer/policy/data/*.toml`` (through
``composer.policy.rulebook``, so each text is exactly what the engine shows); regenerate it
after changing the data. ``pyside6-lupdate`` reads this file; nothing needs to import it.

Each string is marked with its id as disambiguation: translate it where it is shown with
``composer.i18n.translate(context, text, id)``, and fill its placeholders afterwards. Contexts:

- ``rule-title``, ``rule-message``, ``rule-explanation``, ``rule-fix``: a rule's (id: the rule
  id; a rule without a fix has no ``rule-fix``);
- ``purpose``: a purpose's title (id: the purpose id);
- ``message-type``, ``message-type-topic``: an SP-API message type's title and topic (id: the
  type, e.g. ``confirmDeliveryDetails``);
- ``source``: a policy source's title (id: its code, e.g. ``A2``);
- ``language``: a language's name (id: its code, e.g. ``de``).
"""

from composer.i18n import QT_TRANSLATE_NOOP

MARKED: tuple[str, ...] = (
    #: Rule order-confirmation (error): its title.
    QT_TRANSLATE_NOOP("rule-title", "Order confirmation", "order-confirmation"),
    #: Rule order-confirmation: what it reports. Keep {phrase} unchanged.
    QT_TRANSLATE_NOOP(
        "rule-message",
        "Amazon already confirms orders; a message that only confirms one is not allowed: "
        "“{phrase}”.",
        "order-confirmation",
    ),
    #: Rule order-confirmation: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        "Amazon sends the order confirmation itself. A message (or part of one) whose job is to "
        "say the order was placed, received or is being processed is on Amazon's list of messages "
        "that are not permitted. Restating order facts inside a real question (a customization, a "
        "delivery appointment) is fine.",
        "order-confirmation",
    ),
    #: Rule shipping-confirmation (error): its title.
    QT_TRANSLATE_NOOP("rule-title", "Shipping or delivery confirmation", "shipping-confirmation"),
    #: Rule shipping-confirmation: what it reports. Keep {phrase} unchanged.
    QT_TRANSLATE_NOOP(
        "rule-message",
        "Amazon already tells the buyer about dispatch and delivery: “{phrase}”.",
        "shipping-confirmation",
    ),
    #: Rule shipping-confirmation: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        'Dispatch notices, "on its way", tracking-number-only mails and delivery confirmations '
        "repeat what Amazon already sent and are not permitted. A real delivery problem or a "
        'reply to the buyer\'s "where is my parcel?" is different.',
        "shipping-confirmation",
    ),
    #: Rule refund-confirmation (warning): its title.
    QT_TRANSLATE_NOOP("rule-title", "Refund or return confirmation", "refund-confirmation"),
    #: Rule refund-confirmation: what it reports. Keep {phrase} unchanged.
    QT_TRANSLATE_NOOP(
        "rule-message",
        "Amazon notifies the buyer of refunds and returns itself: “{phrase}”.",
        "refund-confirmation",
    ),
    #: Rule refund-confirmation: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        "A message whose only purpose is to confirm a refund or the arrival of a return repeats "
        "Amazon's own notification. Offering a partial refund or asking for information needed to "
        "complete the return is permitted.",
        "refund-confirmation",
    ),
    #: Rule thank-you-only (error): its title.
    QT_TRANSLATE_NOOP("rule-title", "Thanks or help offer only", "thank-you-only"),
    #: Rule thank-you-only: what it reports. Keep {phrase} unchanged.
    QT_TRANSLATE_NOOP(
        "rule-message",
        "A message may not consist only of thanks or an offer to help: “{phrase}”.",
        "thank-you-only",
    ),
    #: Rule thank-you-only: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        "Messages that only thank the buyer, or only say you are there if something goes wrong, "
        "are not permitted. Courtesy lines inside a message with a real purpose are fine.",
        "thank-you-only",
    ),
    #: Rule proactive-service-content (warning): its title.
    QT_TRANSLATE_NOOP(
        "rule-title",
        "Unprompted tips, manuals or check-ins",
        "proactive-service-content",
    ),
    #: Rule proactive-service-content: what it reports. Keep {phrase} unchanged.
    QT_TRANSLATE_NOOP(
        "rule-message",
        "Unprompted tips, FAQs or check-ins are not on Amazon's list of permitted proactive "
        "messages: “{phrase}”.",
        "proactive-service-content",
    ),
    #: Rule proactive-service-content: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        'Usage tips, care guides, FAQs, troubleshooting and "how is your product?" check-ins are '
        "non-critical proactive service that Amazon does not list as permitted. Warranty "
        "information and legally required documents have their own message types; answering a "
        "buyer's question is fine.",
        "proactive-service-content",
    ),
    #: Rule out-of-stock-substitute (warning): its title.
    QT_TRANSLATE_NOOP(
        "rule-title",
        "Substitute for an out-of-stock item",
        "out-of-stock-substitute",
    ),
    #: Rule out-of-stock-substitute: what it reports. Keep {phrase} unchanged.
    QT_TRANSLATE_NOOP(
        "rule-message",
        "Offer no substitute for an order you cannot fulfil; cancel it instead: “{phrase}”.",
        "out-of-stock-substitute",
    ),
    #: Rule out-of-stock-substitute: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        "When an item cannot be shipped, Amazon expects the seller to cancel and refund, not to "
        "offer a substitute or ask the buyer to wait. A delay notice is required but non-critical.",
        "out-of-stock-substitute",
    ),
    #: Rule cancellation-request (error): its title.
    QT_TRANSLATE_NOOP("rule-title", "Asking the buyer to cancel", "cancellation-request"),
    #: Rule cancellation-request: what it reports. Keep {phrase} unchanged.
    QT_TRANSLATE_NOOP(
        "rule-message",
        "Do not ask the buyer to cancel; cancel the order yourself: “{phrase}”.",
        "cancellation-request",
    ),
    #: Rule cancellation-request: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        "A seller who cannot fulfil an order must cancel it, not ask the buyer to do so (which "
        "shifts the cancellation onto the buyer).",
        "cancellation-request",
    ),
    #: Rule cancellation-request: the button that fixes it.
    QT_TRANSLATE_NOOP("rule-fix", "Remove the sentence", "cancellation-request"),
    #: Rule promotion (error): its title.
    QT_TRANSLATE_NOOP("rule-title", "Marketing or promotion", "promotion"),
    #: Rule promotion: what it reports. Keep {phrase} unchanged.
    QT_TRANSLATE_NOOP(
        "rule-message",
        "No marketing of any kind in buyer messages: “{phrase}”.",
        "promotion",
    ),
    #: Rule promotion: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        'Coupons, discount codes, sales, new products, cross-selling, newsletters, "follow us", '
        "referral codes and gifts on the next order are not allowed, not even inside an otherwise "
        "permitted message.",
        "promotion",
    ),
    #: Rule promotion: the button that fixes it.
    QT_TRANSLATE_NOOP("rule-fix", "Remove the sentence", "promotion"),
    #: Rule off-amazon (error): its title.
    QT_TRANSLATE_NOOP("rule-title", "Diverting the buyer off Amazon", "off-amazon"),
    #: Rule off-amazon: what it reports. Keep {phrase} unchanged.
    QT_TRANSLATE_NOOP(
        "rule-message",
        "Do not steer the buyer or the payment away from Amazon: “{phrase}”.",
        "off-amazon",
    ),
    #: Rule off-amazon: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        "Buying on the seller's own website, contacting the seller on WhatsApp or social media, "
        "paying outside Amazon or joining a mailing list take the buyer off Amazon, which "
        "Amazon's prohibited seller activities forbid.",
        "off-amazon",
    ),
    #: Rule off-amazon: the button that fixes it.
    QT_TRANSLATE_NOOP("rule-fix", "Remove the sentence", "off-amazon"),
    #: Rule extra-payment (error): its title.
    QT_TRANSLATE_NOOP("rule-title", "Asking for payment after the sale", "extra-payment"),
    #: Rule extra-payment: what it reports. Keep {phrase} unchanged.
    QT_TRANSLATE_NOOP(
        "rule-message",
        "Do not ask for additional money after the sale: “{phrase}”.",
        "extra-payment",
    ),
    #: Rule extra-payment: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        "Surcharges, price differences, customs fees or tips requested after the sale, above all "
        "through a non-Amazon payment route, are prohibited.",
        "extra-payment",
    ),
    #: Rule extra-payment: the button that fixes it.
    QT_TRANSLATE_NOOP("rule-fix", "Remove the sentence", "extra-payment"),
    #: Rule purpose-mismatch (error): its title.
    QT_TRANSLATE_NOOP("rule-title", "Content outside the chosen message type", "purpose-mismatch"),
    #: Rule purpose-mismatch: what it reports. Keep {type}, {text} unchanged.
    QT_TRANSLATE_NOOP(
        "rule-message",
        "The {type} message type does not carry this content: “{text}”.",
        "purpose-mismatch",
    ),
    #: Rule purpose-mismatch: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        "A message sent under a message type or contact reason must stay on its topic: a review "
        'request inside an "unexpected problem" message, or non-critical content under a critical '
        "type, is misuse of the critical channel.",
        "purpose-mismatch",
    ),
    #: Rule no-order-relationship (error): its title.
    QT_TRANSLATE_NOOP(
        "rule-title",
        "Message to someone who did not order",
        "no-order-relationship",
    ),
    #: Rule no-order-relationship: what it reports. Keep {phrase} unchanged.
    QT_TRANSLATE_NOOP(
        "rule-message",
        "Only buyers of an order of yours (or who contacted you) may be messaged: “{phrase}”.",
        "no-order-relationship",
    ),
    #: Rule no-order-relationship: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        "Messages to people who have neither bought from the seller nor contacted them (for "
        "example because they viewed a product) are not permitted.",
        "no-order-relationship",
    ),
    #: Rule review-incentive (error): its title.
    QT_TRANSLATE_NOOP("rule-title", "Review incentive", "review-incentive"),
    #: Rule review-incentive: what it reports. Keep {phrase} unchanged.
    QT_TRANSLATE_NOOP(
        "rule-message",
        "Offering anything of value for a review or feedback is prohibited: “{phrase}”.",
        "review-incentive",
    ),
    #: Rule review-incentive: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        "Money, gift cards, free or discounted products, refunds, rebates, future benefits or "
        "draw entries in exchange for a review or feedback break Amazon's review policies, in "
        "messages and package inserts alike.",
        "review-incentive",
    ),
    #: Rule review-incentive: the button that fixes it.
    QT_TRANSLATE_NOOP("rule-fix", "Remove the sentence", "review-incentive"),
    #: Rule review-manipulation (error): its title.
    QT_TRANSLATE_NOOP(
        "rule-title",
        "Positive-only, conditional or steering review request",
        "review-manipulation",
    ),
    #: Rule review-manipulation: what it reports. Keep {phrase} unchanged.
    QT_TRANSLATE_NOOP(
        "rule-message",
        "Review requests must be neutral and go to every buyer alike: “{phrase}”.",
        "review-manipulation",
    ),
    #: Rule review-manipulation: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        "Asking for a positive or 5-star review, asking only satisfied buyers, making the ask "
        'conditional ("if you love it…"), or steering unhappy buyers to the seller before they '
        "review are review manipulation.",
        "review-manipulation",
    ),
    #: Rule review-manipulation: the button that fixes it.
    QT_TRANSLATE_NOOP("rule-fix", "Remove the sentence", "review-manipulation"),
    #: Rule review-removal (error): its title.
    QT_TRANSLATE_NOOP("rule-title", "Request to change or remove a review", "review-removal"),
    #: Rule review-removal: what it reports. Keep {phrase} unchanged.
    QT_TRANSLATE_NOOP(
        "rule-message",
        "Never ask a buyer to change or remove a product review: “{phrase}”.",
        "review-removal",
    ),
    #: Rule review-removal: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        "Asking the buyer to change, update or delete a product review is prohibited even after "
        "the problem has been fixed, with or without an incentive.",
        "review-removal",
    ),
    #: Rule review-removal: the button that fixes it.
    QT_TRANSLATE_NOOP("rule-fix", "Remove the sentence", "review-removal"),
    #: Rule feedback-removal (warning): its title.
    QT_TRANSLATE_NOOP("rule-title", "Seller feedback removal", "feedback-removal"),
    #: Rule feedback-removal: what it reports. Keep {phrase} unchanged.
    QT_TRANSLATE_NOOP(
        "rule-message",
        "Only one neutral note that the buyer may update their seller feedback is tolerated; any "
        "pressure is prohibited: “{phrase}”.",
        "feedback-removal",
    ),
    #: Rule feedback-removal: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        "For seller feedback (not product reviews) a single neutral note, after the problem is "
        "fully solved, that the buyer may update or remove their feedback is allowed. Pressure or "
        "an incentive makes it review manipulation. The SP-API message type for this note was "
        "deleted in August 2025.",
        "feedback-removal",
    ),
    #: Rule repeated-review-request (error): its title.
    QT_TRANSLATE_NOOP("rule-title", "Second or reminder review request", "repeated-review-request"),
    #: Rule repeated-review-request: what it reports. Keep {phrase} unchanged.
    QT_TRANSLATE_NOOP(
        "rule-message",
        "Only one review request per order is allowed; reminders are not: “{phrase}”.",
        "repeated-review-request",
    ),
    #: Rule repeated-review-request: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        "Amazon allows one review or feedback request per order, counting the Request a Review "
        "button, the Solicitations API and free-form messages together. Reminders are a second "
        "request.",
        "repeated-review-request",
    ),
    #: Rule repeated-review-request: the button that fixes it.
    QT_TRANSLATE_NOOP("rule-fix", "Remove the sentence", "repeated-review-request"),
    #: Rule review-request-window (warning): its title.
    QT_TRANSLATE_NOOP("rule-title", "Review request outside the window", "review-request-window"),
    #: Rule review-request-window: what it reports. Keep {first}, {last}, {text} unchanged.
    QT_TRANSLATE_NOOP(
        "rule-message",
        "Review requests belong between {first} and {last} (5 to 30 days after delivery): "
        "“{text}”.",
        "review-request-window",
    ),
    #: Rule review-request-window: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        "Amazon's Request a Review button and Solicitations API accept a request only from 5 days "
        "after delivery until 30 days after it; asking before the buyer has the item, or months "
        "later, is outside the window.",
        "review-request-window",
    ),
    #: Rule external-link (error): its title.
    QT_TRANSLATE_NOOP("rule-title", "Link to another website", "external-link"),
    #: Rule external-link: what it reports. Keep {why}, {text} unchanged.
    QT_TRANSLATE_NOOP(
        "rule-message",
        "Links to sites other than Amazon are not allowed ({why}): “{text}”.",
        "external-link",
    ),
    #: Rule external-link: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        "URLs, bare domains, shortened links and links behind images or buttons that lead away "
        "from Amazon are not allowed. The exception is an https link the buyer needs to complete "
        "this order: the page to upload a customization design, the carrier's page to book a "
        "delivery slot, the page to redeem a digital key or book a home-service appointment.",
        "external-link",
    ),
    #: Rule external-link: the button that fixes it.
    QT_TRANSLATE_NOOP("rule-fix", "Remove the link", "external-link"),
    #: Rule insecure-link (error): its title.
    QT_TRANSLATE_NOOP("rule-title", "Insecure (http) link", "insecure-link"),
    #: Rule insecure-link: what it reports. Keep {text} unchanged.
    QT_TRANSLATE_NOOP("rule-message", "Links must use https, not http: “{text}”.", "insecure-link"),
    #: Rule insecure-link: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        "Any http:// link is blocked, even to an otherwise allowed destination: rewrite it to "
        "https.",
        "insecure-link",
    ),
    #: Rule insecure-link: the button that fixes it.
    QT_TRANSLATE_NOOP("rule-fix", "Use https", "insecure-link"),
    #: Rule storefront-link (warning): its title.
    QT_TRANSLATE_NOOP("rule-title", "Amazon link used to sell", "storefront-link"),
    #: Rule storefront-link: what it reports. Keep {text} unchanged.
    QT_TRANSLATE_NOOP(
        "rule-message",
        "Links to your brand store, other products or search results read as promotion: “{text}”.",
        "storefront-link",
    ),
    #: Rule storefront-link: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        "Links to Amazon are allowed, but a brand store, another product's page or a search "
        "result is used to sell. A link to the ordered item or its review page in the single "
        "review request is tolerated; the Request a Review button is safer.",
        "storefront-link",
    ),
    #: Rule opt-out-link (error): its title.
    QT_TRANSLATE_NOOP("rule-title", "Unsubscribe or opt-out link", "opt-out-link"),
    #: Rule opt-out-link: what it reports. Keep {text} unchanged.
    QT_TRANSLATE_NOOP(
        "rule-message",
        "Do not offer an unsubscribe or opt-out; Amazon provides its own: “{text}”.",
        "opt-out-link",
    ),
    #: Rule opt-out-link: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        "Unsubscribe links and instructions to stop seller messages are not allowed; Amazon "
        "controls opt-outs.",
        "opt-out-link",
    ),
    #: Rule opt-out-link: the button that fixes it.
    QT_TRANSLATE_NOOP("rule-fix", "Remove the sentence", "opt-out-link"),
    #: Rule email-address (error): its title.
    QT_TRANSLATE_NOOP("rule-title", "E-mail address", "email-address"),
    #: Rule email-address: what it reports. Keep {text} unchanged.
    QT_TRANSLATE_NOOP(
        "rule-message",
        "E-mail addresses are not allowed; the buyer answers through Amazon: “{text}”.",
        "email-address",
    ),
    #: Rule email-address: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        'Any e-mail address (seller, staff, third party), obfuscated forms such as "name at '
        'example dot com", and mailto: links are forbidden; Amazon strips them.',
        "email-address",
    ),
    #: Rule email-address: the button that fixes it.
    QT_TRANSLATE_NOOP("rule-fix", "Remove the address", "email-address"),
    #: Rule phone-number (error): its title.
    QT_TRANSLATE_NOOP("rule-title", "Phone number", "phone-number"),
    #: Rule phone-number: what it reports. Keep {text} unchanged.
    QT_TRANSLATE_NOOP(
        "rule-message",
        "Phone numbers are not allowed in buyer messages: “{text}”.",
        "phone-number",
    ),
    #: Rule phone-number: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        "Telephone numbers of any kind (seller, staff, WhatsApp) and tel: links are forbidden. "
        "Numbers next to a carrier, manufacturer or warranty service are still reported, as a "
        "warning. To get the buyer's number for a delivery, ask them to confirm it "
        "(confirmDeliveryDetails).",
        "phone-number",
    ),
    #: Rule phone-number: the button that fixes it.
    QT_TRANSLATE_NOOP("rule-fix", "Remove the number", "phone-number"),
    #: Rule personal-data-request (warning): its title.
    QT_TRANSLATE_NOOP("rule-title", "Asking for personal data", "personal-data-request"),
    #: Rule personal-data-request: what it reports. Keep {text} unchanged.
    QT_TRANSLATE_NOOP(
        "rule-message",
        "Do not ask for the buyer's personal contact data: “{text}”.",
        "personal-data-request",
    ),
    #: Rule personal-data-request: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        "Asking for the buyer's personal e-mail, phone, social accounts or other data the order "
        "does not need is risky. Confirming a contact phone or address for a delivery appointment "
        "is the confirmDeliveryDetails scope and fine.",
        "personal-data-request",
    ),
    #: Rule logo-link (error): its title.
    QT_TRANSLATE_NOOP("rule-title", "Logo that links to or shows a website", "logo-link"),
    #: Rule logo-link: what it reports. Keep {text} unchanged.
    QT_TRANSLATE_NOOP(
        "rule-message",
        "A logo may not link to or display a website: “{text}”.",
        "logo-link",
    ),
    #: Rule logo-link: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        "Logos that link to a website, or visibly display a web address, are forbidden. A plain "
        "logo without a URL is fine.",
        "logo-link",
    ),
    #: Rule product-image (error): its title.
    QT_TRANSLATE_NOOP("rule-title", "Picture of the purchased product", "product-image"),
    #: Rule product-image: what it reports. Keep {text} unchanged.
    QT_TRANSLATE_NOOP(
        "rule-message",
        "Amazon adds the product's picture itself: “{text}”.",
        "product-image",
    ),
    #: Rule product-image: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        "Pictures of the purchased product are not allowed (Amazon adds them). Photos the buyer "
        "asked for, customization proofs and damage photos in a return are fine.",
        "product-image",
    ),
    #: Rule unrelated-image (warning): its title.
    QT_TRANSLATE_NOOP("rule-title", "Image unrelated to the business", "unrelated-image"),
    #: Rule unrelated-image: what it reports. Keep {text} unchanged.
    QT_TRANSLATE_NOOP(
        "rule-message",
        "Images unrelated to your brand or the order (memes, stock photos) are not allowed: "
        "“{text}”.",
        "unrelated-image",
    ),
    #: Rule unrelated-image: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        "Images unrelated to the brand or the business, such as memes, holiday stock photos or "
        "decorative banners, are not allowed.",
        "unrelated-image",
    ),
    #: Rule tracking-pixel (error): its title.
    QT_TRANSLATE_NOOP("rule-title", "Tracking pixel", "tracking-pixel"),
    #: Rule tracking-pixel: what it reports. Keep {text} unchanged.
    QT_TRANSLATE_NOOP(
        "rule-message",
        "Tracking pixels and hidden images are forbidden: “{text}”.",
        "tracking-pixel",
    ),
    #: Rule tracking-pixel: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        "Images of 1×1 or 2×2 pixels, hidden images and open-tracking beacons of e-mail services "
        "track the buyer, which Amazon forbids.",
        "tracking-pixel",
    ),
    #: Rule tracking-pixel: the button that fixes it.
    QT_TRANSLATE_NOOP("rule-fix", "Remove the image", "tracking-pixel"),
    #: Rule attachment-type (error): its title.
    QT_TRANSLATE_NOOP("rule-title", "Attachment type", "attachment-type"),
    #: Rule attachment-type: what it reports. Keep {why}, {text} unchanged.
    QT_TRANSLATE_NOOP(
        "rule-message",
        "Only product instructions, warranty information and invoices may be attached; {why}: "
        "“{text}”.",
        "attachment-type",
    ),
    #: Rule attachment-type: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        "Attachments other than product instructions, warranty information or invoices "
        "(catalogues, coupons, flyers, e-books, archives, programs, HTML files) are not allowed. "
        "Customization proofs, legally required documents and digital-key files have their own "
        "message types.",
        "attachment-type",
    ),
    #: Rule attachment-size (error): its title.
    QT_TRANSLATE_NOOP("rule-title", "Attachments over 10 MB", "attachment-size"),
    #: Rule attachment-size: what it reports. Keep {limit}, {size} unchanged.
    QT_TRANSLATE_NOOP(
        "rule-message",
        "Attachments may not exceed {limit} in one message (these are {size}).",
        "attachment-size",
    ),
    #: Rule attachment-size: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        "Amazon accepts at most 10 MB of attachments per message: compress or split them.",
        "attachment-size",
    ),
    #: Rule sensitive-content (error): its title.
    QT_TRANSLATE_NOOP("rule-title", "Offensive language", "sensitive-content"),
    #: Rule sensitive-content: what it reports. Keep {text} unchanged.
    QT_TRANSLATE_NOOP(
        "rule-message",
        "Offensive or adult language is not allowed: “{text}”.",
        "sensitive-content",
    ),
    #: Rule sensitive-content: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        "Nudity, violence, adult or offensive language are not allowed. Product vocabulary the "
        "order needs is not offensive.",
        "sensitive-content",
    ),
    #: Rule hostile-tone (warning): its title.
    QT_TRANSLATE_NOOP("rule-title", "Hostile tone", "hostile-tone"),
    #: Rule hostile-tone: what it reports. Keep {text} unchanged.
    QT_TRANSLATE_NOOP(
        "rule-message",
        "Threats, blame or pressure on the buyer read as hostile: “{text}”.",
        "hostile-tone",
    ),
    #: Rule hostile-tone: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        "Threats of legal action or reports, insults, blame or pressure about claims, returns or "
        "feedback break Amazon's expectation of courteous messages.",
        "hostile-tone",
    ),
    #: Rule missing-order-id (error): its title.
    QT_TRANSLATE_NOOP("rule-title", "Missing order ID", "missing-order-id"),
    #: Rule missing-order-id: what it reports.
    QT_TRANSLATE_NOOP(
        "rule-message",
        "Proactive messages must name the 17-digit Amazon order ID (e.g. 123-1234567-1234567).",
        "missing-order-id",
    ),
    #: Rule missing-order-id: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        "Since November 2020 a proactive message must carry the order's 17-digit ID. An order-ID "
        "placeholder of a template ({order_id}, [Order ID], ${order.order_id}) counts. Through "
        "the SP-API or Seller Central Amazon attaches the order itself, so there it is only "
        "recommended (info).",
        "missing-order-id",
    ),
    #: Rule missing-order-id: the button that fixes it.
    QT_TRANSLATE_NOOP("rule-fix", "Add the order ID", "missing-order-id"),
    #: Rule order-id-mismatch (warning): its title.
    QT_TRANSLATE_NOOP("rule-title", "Order ID of another order", "order-id-mismatch"),
    #: Rule order-id-mismatch: what it reports. Keep {expected}, {text} unchanged.
    QT_TRANSLATE_NOOP(
        "rule-message",
        "The message belongs to order {expected} but names “{text}”.",
        "order-id-mismatch",
    ),
    #: Rule order-id-mismatch: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        "An order ID in the text that is not the order the message is attached to, or several "
        "IDs, suggests the message goes to the wrong buyer.",
        "order-id-mismatch",
    ),
    #: Rule order-age (error): its title.
    QT_TRANSLATE_NOOP("rule-title", "Past the 30-day window", "order-age"),
    #: Rule order-age: what it reports. Keep {days} unchanged.
    QT_TRANSLATE_NOOP(
        "rule-message",
        "Proactive messages are allowed only within 30 days of order completion; this order was "
        "completed {days} days ago.",
        "order-age",
    ),
    #: Rule order-age: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        "Proactive messages may be sent only within 30 days of order completion (delivery, else "
        "the order date). More than 30 days after the order but within 30 days of delivery is a "
        "warning, since the sources disagree on which date counts. Replies to the buyer are not "
        "limited.",
        "order-age",
    ),
    #: Rule language-mismatch (error): its title.
    QT_TRANSLATE_NOOP("rule-title", "Not in the buyer's language", "language-mismatch"),
    #: Rule language-mismatch: what it reports. Keep {written}, {wanted} unchanged.
    QT_TRANSLATE_NOOP(
        "rule-message",
        "The message is written in {written}; the buyer's language of preference is {wanted}.",
        "language-mismatch",
    ),
    #: Rule language-mismatch: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        "Since November 2020 messages must be written in the buyer's language of preference (the "
        "SP-API's GetAttributes tells it). A bilingual message is a warning: it does not match "
        "the preference either.",
        "language-mismatch",
    ),
    #: Rule important-tag-misuse (error): its title.
    QT_TRANSLATE_NOOP("rule-title", "[Important] in the subject", "important-tag-misuse"),
    #: Rule important-tag-misuse: what it reports. Keep {text}, {why} unchanged.
    QT_TRANSLATE_NOOP(
        "rule-message",
        "Remove {text} from the subject: {why}.",
        "important-tag-misuse",
    ),
    #: Rule important-tag-misuse: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        "Until 2025 a critical message sent from an own mail client could carry [Important] in "
        "the subject to reach buyers who had opted out; misuse on non-critical messages was a top "
        "reason for restrictions. Amazon has since removed the override: the tag is misuse on a "
        "non-critical message (error) and merely useless on a critical one (warning); delivery "
        "now depends on the contact reason or SP-API type. A translated tag ([Wichtig], "
        "[Importante], …) never had that effect: it is flagged as a warning.",
        "important-tag-misuse",
    ),
    #: Rule important-tag-misuse: the button that fixes it.
    QT_TRANSLATE_NOOP("rule-fix", "Remove the tag", "important-tag-misuse"),
    #: Rule api-text-constraints (error): its title.
    QT_TRANSLATE_NOOP("rule-title", "SP-API message limits", "api-text-constraints"),
    #: Rule api-text-constraints: what it reports. Keep {problem} unchanged.
    QT_TRANSLATE_NOOP(
        "rule-message",
        "The SP-API rejects this: {problem}.",
        "api-text-constraints",
    ),
    #: Rule api-text-constraints: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        "Messages sent through the Messaging API are plain text within the type's limit "
        "(confirmCustomizationDetails 800, digitalAccessKey 400, the others 2,000 characters), "
        "with no HTML or e-mail addresses, links only on the type's topic, and 1 to 5 attachments "
        "on the types that take them; invoice, warranty and legalDisclosure take attachments only.",
        "api-text-constraints",
    ),
    #: Rule opted-out-buyer (info): its title.
    QT_TRANSLATE_NOOP("rule-title", "Buyer has opted out", "opted-out-buyer"),
    #: Rule opted-out-buyer: what it reports.
    QT_TRANSLATE_NOOP(
        "rule-message",
        "This buyer opted out of non-critical messages; this one will bounce.",
        "opted-out-buyer",
    ),
    #: Rule opted-out-buyer: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        "A non-critical proactive message to a buyer who opted out bounces; the attempt itself is "
        "not penalised.",
        "opted-out-buyer",
    ),
    #: Rule message-volume (info): its title.
    QT_TRANSLATE_NOOP("rule-title", "Message volume", "message-volume"),
    #: Rule message-volume: what it reports.
    QT_TRANSLATE_NOOP(
        "rule-message",
        "Today's messages exceed Amazon's daily cap of about 5 × average daily orders + 600.",
        "message-volume",
    ),
    #: Rule message-volume: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        "Amazon caps proactive messages at about 5 × average daily orders + 600 per day and "
        "watches sudden bursts.",
        "message-volume",
    ),
    #: Rule unauthorized-sender (info): its title.
    QT_TRANSLATE_NOOP("rule-title", "Sender not authorised", "unauthorized-sender"),
    #: Rule unauthorized-sender: what it reports.
    QT_TRANSLATE_NOOP(
        "rule-message",
        "Mail from an address not authorised in Seller Central is rejected.",
        "unauthorized-sender",
    ),
    #: Rule unauthorized-sender: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        "Messages from an e-mail client are rejected unless the sender address is registered for "
        "Buyer-Seller Messaging.",
        "unauthorized-sender",
    ),
    #: Rule emoji (error): its title.
    QT_TRANSLATE_NOOP("rule-title", "Emoji", "emoji"),
    #: Rule emoji: what it reports. Keep {text} unchanged.
    QT_TRANSLATE_NOOP("rule-message", "Emoji and pictographs are not allowed: “{text}”.", "emoji"),
    #: Rule emoji: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        "Emoji, pictographs, flags and keycaps are forbidden in the subject and the body. ©, ® "
        "and ™ are ordinary symbols. Text emoticons such as :-) are not emoji but share their "
        "intent (warning).",
        "emoji",
    ),
    #: Rule emoji: the button that fixes it.
    QT_TRANSLATE_NOOP("rule-fix", "Remove the emoji", "emoji"),
    #: Rule animated-gif (error): its title.
    QT_TRANSLATE_NOOP("rule-title", "GIF image", "animated-gif"),
    #: Rule animated-gif: what it reports. Keep {text} unchanged.
    QT_TRANSLATE_NOOP(
        "rule-message",
        "Animated GIFs are forbidden; a GIF cannot be shown to be static without its frames: "
        "“{text}”.",
        "animated-gif",
    ),
    #: Rule animated-gif: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        "Amazon forbids GIFs; tools read this as animated GIFs. Convert the image to PNG or JPEG.",
        "animated-gif",
    ),
    #: Rule insecure-image (error): its title.
    QT_TRANSLATE_NOOP("rule-title", "Image loaded over http", "insecure-image"),
    #: Rule insecure-image: what it reports. Keep {text} unchanged.
    QT_TRANSLATE_NOOP(
        "rule-message",
        "Images and other resources must load over https: “{text}”.",
        "insecure-image",
    ),
    #: Rule insecure-image: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        "Images or CSS resources loaded over http:// are forbidden.",
        "insecure-image",
    ),
    #: Rule image-width (warning): its title.
    QT_TRANSLATE_NOOP("rule-title", "Image too wide", "image-width"),
    #: Rule image-width: what it reports. Keep {text} unchanged.
    QT_TRANSLATE_NOOP(
        "rule-message",
        "Images may be at most 80 % of the message width: “{text}”.",
        "image-width",
    ),
    #: Rule image-width: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        "Images or graphics wider than 80 % of the maximum width (480 px of the assumed 600 px) "
        "are not allowed.",
        "image-width",
    ),
    #: Rule margin (warning): its title.
    QT_TRANSLATE_NOOP("rule-title", "Wide margins", "margin"),
    #: Rule margin: what it reports. Keep {text} unchanged.
    QT_TRANSLATE_NOOP(
        "rule-message",
        "Margins may be at most 20 % of the message width: “{text}”.",
        "margin",
    ),
    #: Rule margin: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        "Left or right margins or padding over 20 % of the maximum width (120 px of 600 px) are "
        "not allowed.",
        "margin",
    ),
    #: Rule margin: the button that fixes it.
    QT_TRANSLATE_NOOP("rule-fix", "Remove the margin", "margin"),
    #: Rule font-family (warning): its title.
    QT_TRANSLATE_NOOP("rule-title", "Font family", "font-family"),
    #: Rule font-family: what it reports. Keep {text} unchanged.
    QT_TRANSLATE_NOOP("rule-message", "Do not override the default font: “{text}”.", "font-family"),
    #: Rule font-family: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        "Changing the font family (font-family, <font face>, style sheets, web fonts) is not "
        "allowed.",
        "font-family",
    ),
    #: Rule font-family: the button that fixes it.
    QT_TRANSLATE_NOOP("rule-fix", "Remove the font", "font-family"),
    #: Rule font-color (warning): its title.
    QT_TRANSLATE_NOOP("rule-title", "Text colour", "font-color"),
    #: Rule font-color: what it reports. Keep {text} unchanged.
    QT_TRANSLATE_NOOP(
        "rule-message",
        "Do not override the default text colour: “{text}”.",
        "font-color",
    ),
    #: Rule font-color: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        "Changing the text colour (color:, <font color>) is not allowed.",
        "font-color",
    ),
    #: Rule font-color: the button that fixes it.
    QT_TRANSLATE_NOOP("rule-fix", "Remove the colour", "font-color"),
    #: Rule font-sizes (warning): its title.
    QT_TRANSLATE_NOOP("rule-title", "More than three font sizes", "font-sizes"),
    #: Rule font-sizes: what it reports. Keep {count} unchanged.
    QT_TRANSLATE_NOOP(
        "rule-message",
        "The text uses {count} font sizes; at most three are allowed.",
        "font-sizes",
    ),
    #: Rule font-sizes: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        "Text in more than three font sizes (headings included) is not allowed.",
        "font-sizes",
    ),
    #: Rule line-height (warning): its title.
    QT_TRANSLATE_NOOP("rule-title", "Line height", "line-height"),
    #: Rule line-height: what it reports. Keep {text} unchanged.
    QT_TRANSLATE_NOOP(
        "rule-message",
        "Do not override the default line height: “{text}”.",
        "line-height",
    ),
    #: Rule line-height: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        "Changing the line height is not allowed.",
        "line-height",
    ),
    #: Rule line-height: the button that fixes it.
    QT_TRANSLATE_NOOP("rule-fix", "Remove the line height", "line-height"),
    #: Rule alignment (warning): its title.
    QT_TRANSLATE_NOOP("rule-title", "Text alignment", "alignment"),
    #: Rule alignment: what it reports. Keep {text} unchanged.
    QT_TRANSLATE_NOOP("rule-message", "Keep the default text alignment: “{text}”.", "alignment"),
    #: Rule alignment: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        "Centred, justified or right-aligned text is not allowed (right is the default for "
        "right-to-left languages).",
        "alignment",
    ),
    #: Rule alignment: the button that fixes it.
    QT_TRANSLATE_NOOP("rule-fix", "Remove the alignment", "alignment"),
    #: Rule line-breaks (warning): its title.
    QT_TRANSLATE_NOOP("rule-title", "More than two line breaks", "line-breaks"),
    #: Rule line-breaks: what it reports. Keep {count} unchanged.
    QT_TRANSLATE_NOOP(
        "rule-message",
        "No more than two line breaks in a row ({count} here).",
        "line-breaks",
    ),
    #: Rule line-breaks: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        "More than two consecutive line breaks (three newlines, or three <br> or empty "
        "paragraphs) are not allowed.",
        "line-breaks",
    ),
    #: Rule line-breaks: the button that fixes it.
    QT_TRANSLATE_NOOP("rule-fix", "Keep two line breaks", "line-breaks"),
    #: Rule accessibility (warning): its title.
    QT_TRANSLATE_NOOP("rule-title", "Accessibility", "accessibility"),
    #: Rule accessibility: what it reports. Keep {problem}, {text} unchanged.
    QT_TRANSLATE_NOOP(
        "rule-message",
        "Accessibility problem: {problem}: “{text}”.",
        "accessibility",
    ),
    #: Rule accessibility: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        'Images without alt text, link text that does not say where it goes ("click here"), '
        "low-contrast text and text only inside images fail WCAG, which Amazon's styling rules "
        "point to.",
        "accessibility",
    ),
    #: Rule spelling (warning): its title.
    QT_TRANSLATE_NOOP("rule-title", "Spelling", "spelling"),
    #: Rule spelling: what it reports. Keep {language}, {text} unchanged.
    QT_TRANSLATE_NOOP(
        "rule-message",
        "Possible spelling mistake in {language}: “{text}”.",
        "spelling",
    ),
    #: Rule spelling: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        "Amazon's guidelines list spelling errors. Names, brands, SKUs, placeholders and quoted "
        "buyer text are not checked; British and American spellings are both correct. Languages "
        "without a pyspellchecker dictionary (Polish among them) are not checked, and the report "
        "says so.",
        "spelling",
    ),
    #: Rule spelling: the button that fixes it.
    QT_TRANSLATE_NOOP("rule-fix", "Correct the spelling", "spelling"),
    #: Rule grammar (warning): its title.
    QT_TRANSLATE_NOOP("rule-title", "Grammar", "grammar"),
    #: Rule grammar: what it reports. Keep {text} unchanged.
    QT_TRANSLATE_NOOP("rule-message", "Possible grammar mistake: “{text}”.", "grammar"),
    #: Rule grammar: why Amazon forbids it.
    QT_TRANSLATE_NOOP(
        "rule-explanation",
        "Amazon's guidelines list grammar errors. Composer catches common slips of non-native "
        'writers ("we has", "please to confirm").',
        "grammar",
    ),
    #: Purpose customization (critical): what a message is for.
    QT_TRANSLATE_NOOP("purpose", "Customization details", "customization"),
    #: Purpose delivery-scheduling (critical): what a message is for.
    QT_TRANSLATE_NOOP("purpose", "Delivery scheduling", "delivery-scheduling"),
    #: Purpose address-problem (critical): what a message is for.
    QT_TRANSLATE_NOOP("purpose", "Shipping address problem", "address-problem"),
    #: Purpose additional-information (critical): what a message is for.
    QT_TRANSLATE_NOOP(
        "purpose",
        "Information needed to complete the order",
        "additional-information",
    ),
    #: Purpose unexpected-problem (critical): what a message is for.
    QT_TRANSLATE_NOOP("purpose", "Unexpected problem that blocks the order", "unexpected-problem"),
    #: Purpose legal-disclosure (critical): what a message is for.
    QT_TRANSLATE_NOOP("purpose", "Document required by law", "legal-disclosure"),
    #: Purpose delay-notice (permitted): what a message is for.
    QT_TRANSLATE_NOOP("purpose", "Delay or cancellation notice", "delay-notice"),
    #: Purpose return-information (permitted): what a message is for.
    QT_TRANSLATE_NOOP("purpose", "Return question or partial refund", "return-information"),
    #: Purpose invoice (permitted): what a message is for.
    QT_TRANSLATE_NOOP("purpose", "Invoice", "invoice"),
    #: Purpose review-request (permitted): what a message is for.
    QT_TRANSLATE_NOOP("purpose", "Neutral review or feedback request", "review-request"),
    #: Purpose service-appointment (permitted): what a message is for.
    QT_TRANSLATE_NOOP("purpose", "Home Services appointment", "service-appointment"),
    #: Purpose warranty (permitted): what a message is for.
    QT_TRANSLATE_NOOP("purpose", "Warranty information", "warranty"),
    #: Purpose digital-access-key (permitted): what a message is for.
    QT_TRANSLATE_NOOP("purpose", "Digital access key", "digital-access-key"),
    #: Purpose feedback-removal (permitted): what a message is for.
    QT_TRANSLATE_NOOP("purpose", "Neutral note about seller feedback", "feedback-removal"),
    #: Purpose refund-confirmation (permitted): what a message is for.
    QT_TRANSLATE_NOOP("purpose", "Refund or return confirmation", "refund-confirmation"),
    #: Purpose proactive-service-content (permitted): what a message is for.
    QT_TRANSLATE_NOOP(
        "purpose",
        "Unprompted tips, manuals or check-ins",
        "proactive-service-content",
    ),
    #: Purpose out-of-stock-substitute (permitted): what a message is for.
    QT_TRANSLATE_NOOP(
        "purpose",
        "Substitute offered for an out-of-stock item",
        "out-of-stock-substitute",
    ),
    #: Purpose buyer-reply (permitted): what a message is for.
    QT_TRANSLATE_NOOP("purpose", "Reply to the buyer", "buyer-reply"),
    #: Purpose other (permitted): what a message is for.
    QT_TRANSLATE_NOOP("purpose", "Other content", "other"),
    #: Purpose order-confirmation (forbidden): what a message is for.
    QT_TRANSLATE_NOOP("purpose", "Order confirmation", "order-confirmation"),
    #: Purpose shipping-confirmation (forbidden): what a message is for.
    QT_TRANSLATE_NOOP("purpose", "Shipping or delivery confirmation", "shipping-confirmation"),
    #: Purpose thank-you-only (forbidden): what a message is for.
    QT_TRANSLATE_NOOP("purpose", "Thanks or help offer only", "thank-you-only"),
    #: Purpose promotion (forbidden): what a message is for.
    QT_TRANSLATE_NOOP("purpose", "Marketing or promotion", "promotion"),
    #: Purpose review-incentive (forbidden): what a message is for.
    QT_TRANSLATE_NOOP("purpose", "Review incentive", "review-incentive"),
    #: Purpose review-manipulation (forbidden): what a message is for.
    QT_TRANSLATE_NOOP(
        "purpose",
        "Positive-only, conditional or steering review request",
        "review-manipulation",
    ),
    #: Purpose review-removal (forbidden): what a message is for.
    QT_TRANSLATE_NOOP("purpose", "Request to change or remove a review", "review-removal"),
    #: Purpose feedback-removal-pressure (forbidden): what a message is for.
    QT_TRANSLATE_NOOP("purpose", "Pressure to remove seller feedback", "feedback-removal-pressure"),
    #: Purpose repeated-review-request (forbidden): what a message is for.
    QT_TRANSLATE_NOOP("purpose", "Second or reminder review request", "repeated-review-request"),
    #: Purpose no-order-relationship (forbidden): what a message is for.
    QT_TRANSLATE_NOOP("purpose", "Message to someone who did not order", "no-order-relationship"),
    #: Purpose order-age (forbidden): what a message is for.
    QT_TRANSLATE_NOOP("purpose", "Proactive message after the 30-day window", "order-age"),
    #: Purpose off-amazon (forbidden): what a message is for.
    QT_TRANSLATE_NOOP("purpose", "Diverting the buyer off Amazon", "off-amazon"),
    #: Purpose extra-payment (forbidden): what a message is for.
    QT_TRANSLATE_NOOP("purpose", "Asking for payment after the sale", "extra-payment"),
    #: Purpose cancellation-request (forbidden): what a message is for.
    QT_TRANSLATE_NOOP("purpose", "Asking the buyer to cancel", "cancellation-request"),
    #: Purpose important-tag-misuse (forbidden): what a message is for.
    QT_TRANSLATE_NOOP("purpose", "Critical tag on non-critical content", "important-tag-misuse"),
    #: Purpose purpose-mismatch (forbidden): what a message is for.
    QT_TRANSLATE_NOOP("purpose", "Content outside the chosen message type", "purpose-mismatch"),
    #: SP-API message type confirmCustomizationDetails (critical): Seller Central's name.
    QT_TRANSLATE_NOOP(
        "message-type",
        "Confirm customization details",
        "confirmCustomizationDetails",
    ),
    #: SP-API message type confirmCustomizationDetails: what it is about.
    QT_TRANSLATE_NOOP("message-type-topic", "customization details", "confirmCustomizationDetails"),
    #: SP-API message type confirmDeliveryDetails (critical): Seller Central's name.
    QT_TRANSLATE_NOOP("message-type", "Confirm delivery details", "confirmDeliveryDetails"),
    #: SP-API message type confirmDeliveryDetails: what it is about.
    QT_TRANSLATE_NOOP("message-type-topic", "order delivery", "confirmDeliveryDetails"),
    #: SP-API message type confirmOrderDetails (critical): Seller Central's name.
    QT_TRANSLATE_NOOP("message-type", "Confirm order details", "confirmOrderDetails"),
    #: SP-API message type confirmOrderDetails: what it is about.
    QT_TRANSLATE_NOOP("message-type-topic", "order completion", "confirmOrderDetails"),
    #: SP-API message type unexpectedProblem (critical): Seller Central's name.
    QT_TRANSLATE_NOOP("message-type", "Unexpected problem", "unexpectedProblem"),
    #: SP-API message type unexpectedProblem: what it is about.
    QT_TRANSLATE_NOOP(
        "message-type-topic",
        "an unexpected problem with the order",
        "unexpectedProblem",
    ),
    #: SP-API message type legalDisclosure (critical): Seller Central's name.
    QT_TRANSLATE_NOOP("message-type", "Legal disclosure", "legalDisclosure"),
    #: SP-API message type legalDisclosure: what it is about.
    QT_TRANSLATE_NOOP("message-type-topic", "documents required by law", "legalDisclosure"),
    #: SP-API message type confirmServiceDetails (not critical): Seller Central's name.
    QT_TRANSLATE_NOOP("message-type", "Confirm service details", "confirmServiceDetails"),
    #: SP-API message type confirmServiceDetails: what it is about.
    QT_TRANSLATE_NOOP("message-type-topic", "Home Service calls", "confirmServiceDetails"),
    #: SP-API message type digitalAccessKey (not critical): Seller Central's name.
    QT_TRANSLATE_NOOP("message-type", "Digital access key", "digitalAccessKey"),
    #: SP-API message type digitalAccessKey: what it is about.
    QT_TRANSLATE_NOOP("message-type-topic", "the digital access key", "digitalAccessKey"),
    #: SP-API message type warranty (not critical): Seller Central's name.
    QT_TRANSLATE_NOOP("message-type", "Warranty", "warranty"),
    #: SP-API message type warranty: what it is about.
    QT_TRANSLATE_NOOP("message-type-topic", "warranty information", "warranty"),
    #: SP-API message type invoice (not critical): Seller Central's name.
    QT_TRANSLATE_NOOP("message-type", "Invoice", "invoice"),
    #: SP-API message type invoice: what it is about.
    QT_TRANSLATE_NOOP("message-type-topic", "the invoice", "invoice"),
    #: SP-API message type productReviewAndSellerFeedback (not critical): Seller Central's name.
    QT_TRANSLATE_NOOP(
        "message-type",
        "Request a review (Solicitations API)",
        "productReviewAndSellerFeedback",
    ),
    #: SP-API message type productReviewAndSellerFeedback: what it is about.
    QT_TRANSLATE_NOOP(
        "message-type-topic",
        "Amazon's own review and feedback request; the seller writes no text",
        "productReviewAndSellerFeedback",
    ),
    #: Policy source 000.
    QT_TRANSLATE_NOOP(
        "source",
        "Seed article 000: French article built around Amazon's bounce notice for opted-out buyers",
        "000",
    ),
    #: Policy source 001.
    QT_TRANSLATE_NOOP(
        "source",
        "Seed article 001: French article on the guideline change of 8 Sep 2020 (enforced from 3 "
        "Nov 2020): necessary vs. proactive permitted messages, 30-day window, 17-digit order ID, "
        "list of banned content, styling bans, enforcement ladder.",
        "001",
    ),
    #: Policy source 002.
    QT_TRANSLATE_NOOP(
        "source",
        "Seed article 002: Portuguese seller guide: anonymised aliases, attachments under 10 MB, "
        "critical messages and `[Important]`, over-messaging.",
        "002",
    ),
    #: Policy source 003.
    QT_TRANSLATE_NOOP("source", "Seed article 003: Polish article on the same 2020 update", "003"),
    #: Policy source 004.
    QT_TRANSLATE_NOOP(
        "source",
        "Seed article 004: French multichannel article: no promotion, diversion, discount codes "
        "or off-Amazon links in Amazon messages (its 'package insert bridge' tactic is outside "
        "messaging and itself risky).",
        "004",
    ),
    #: Policy source A1.
    QT_TRANSLATE_NOOP(
        "source",
        "Amazon UK Seller Forums staff post 'Communication Guidelines – Permitted messages'",
        "A1",
    ),
    #: Policy source A2.
    QT_TRANSLATE_NOOP(
        "source",
        "Amazon UK Seller Forums staff post 'Mastering Buyer Communication: Critical vs. "
        "Non-Critical Messages'",
        "A2",
    ),
    #: Policy source A3.
    QT_TRANSLATE_NOOP(
        "source",
        "Amazon forum news 'Change to Buyer-Seller Messaging options' ([Important] override "
        "removed)",
        "A3",
    ),
    #: Policy source A4.
    QT_TRANSLATE_NOOP(
        "source",
        "Seller Central help 'Buyer-Seller Messaging frequently asked questions' (older version "
        "with the `[Important]` instructions)",
        "A4",
    ),
    #: Policy source A5.
    QT_TRANSLATE_NOOP("source", "Seller Central help 'Buyer-Seller Messages FAQ' (current)", "A5"),
    #: Policy source A6.
    QT_TRANSLATE_NOOP(
        "source",
        "Seller Central help 'Buyer-Seller Messaging' (attachments up to 10 MB, critical subject)",
        "A6",
    ),
    #: Policy source A7.
    QT_TRANSLATE_NOOP(
        "source",
        "Seller Central help 'Prohibited seller activities and actions'",
        "A7",
    ),
    #: Policy source A8.
    QT_TRANSLATE_NOOP("source", "Seller Central help 'Customer product reviews policies'", "A8"),
    #: Policy source A9.
    QT_TRANSLATE_NOOP(
        "source",
        "Seller Central help 'Answers to questions about product reviews'",
        "A9",
    ),
    #: Policy source A10.
    QT_TRANSLATE_NOOP(
        "source",
        "Seller Central help on handling negative seller feedback (neutral removal notice "
        "allowed, pressure not)",
        "A10",
    ),
    #: Policy source A11.
    QT_TRANSLATE_NOOP(
        "source",
        "Seller Central help 'Communication Guidelines', older version (IT, G1701; review rules "
        "also cover package inserts)",
        "A11",
    ),
    #: Policy source A12.
    QT_TRANSLATE_NOOP(
        "source",
        "Amazon developer forum 'Updated Communications Guidelines for Buyer-Seller Messaging' "
        "(language of preference required from 3 Nov 2020)",
        "A12",
    ),
    #: Policy source A13.
    QT_TRANSLATE_NOOP(
        "source",
        "Amazon EU Seller Forums post on customer reviews and the 'Request a review' feature",
        "A13",
    ),
    #: Policy source A14.
    QT_TRANSLATE_NOOP(
        "source",
        "Seller Central help 'Messaging Permissions' (unauthorised sender addresses are rejected)",
        "A14",
    ),
    #: Policy source A15.
    QT_TRANSLATE_NOOP(
        "source",
        "Seller Central help 'Communication guidelines' (G1801), the canonical page, "
        "reconstructed from A1, 001, 003, T1 and T3",
        "A15",
    ),
    #: Policy source A16.
    QT_TRANSLATE_NOOP(
        "source",
        "Seller Central help 'Manage Your Customer Engagement campaign requirements' (the "
        "sanctioned marketing channel, not messaging)",
        "A16",
    ),
    #: Policy source D1.
    QT_TRANSLATE_NOOP(
        "source",
        "Amazon SP-API Messaging model (models/messaging-api-model/messaging.json): message "
        "types, critical labels, text limits, no HTML or e-mail addresses, topic-limited links",
        "D1",
    ),
    #: Policy source D2.
    QT_TRANSLATE_NOOP(
        "source",
        "Amazon SP-API Solicitations model (models/solicitations-api-model/solicitations.json): "
        "one review and feedback solicitation per order, non-critical",
        "D2",
    ),
    #: Policy source D3.
    QT_TRANSLATE_NOOP("source", "Messaging API guide and 'Send a message' tutorial", "D3"),
    #: Policy source D4.
    QT_TRANSLATE_NOOP(
        "source",
        "Solicitations API tutorials (window 5 days after EarliestDeliveryDate to 30 days after "
        "LatestDeliveryDate; no positive-only asks, no edits to reviews, no rewards)",
        "D4",
    ),
    #: Policy source T1.
    QT_TRANSLATE_NOOP("source", "Jungle Scout, Sep 2020 update summary", "T1"),
    #: Policy source T2.
    QT_TRANSLATE_NOOP(
        "source",
        "EcommerceBytes, 8 Sep 2020, the eleven styling rules and seller reactions",
        "T2",
    ),
    #: Policy source T3.
    QT_TRANSLATE_NOOP("source", "FeedbackWhiz help", "T3"),
    #: Policy source T4.
    QT_TRANSLATE_NOOP(
        "source",
        "eComEngine help, why proactive messages get blocked/restricted",
        "T4",
    ),
    #: Policy source T5.
    QT_TRANSLATE_NOOP(
        "source",
        "eDesk support, avoiding messaging suspension (daily cap, storefront links, logos, e-mail "
        "stripping)",
        "T5",
    ),
    #: Policy source T6.
    QT_TRANSLATE_NOOP("source", "3Dsellers, Nov 2020 compliance checklist", "T6"),
    #: Policy source T7.
    QT_TRANSLATE_NOOP(
        "source",
        "Reproduction of Amazon's Nov 2019 'clarification to communication guidelines' (includes "
        "`[Important]` misuse and 'content that differs from the contact reason')",
        "T7",
    ),
    #: Policy source T8.
    QT_TRANSLATE_NOOP(
        "source",
        "ReplyManager on opt-out (claims buyers cannot opt out of Handmade/custom-order messages)",
        "T8",
    ),
    #: Policy source T9.
    QT_TRANSLATE_NOOP("source", "FeedbackFive, 2017 opt-out history", "T9"),
    #: Policy source T10.
    QT_TRANSLATE_NOOP("source", "Coverage of the 2025 `[Important]` change", "T10"),
    #: Policy source T11.
    QT_TRANSLATE_NOOP(
        "source",
        "Seller reports of keyword-triggered enforcement (late 2025)",
        "T11",
    ),
    #: Policy source T12.
    QT_TRANSLATE_NOOP(
        "source",
        "FeedbackExpress guidance (no storefront links; review-page link tolerated)",
        "T12",
    ),
    #: Policy source T13.
    QT_TRANSLATE_NOOP(
        "source",
        "Sonemos, Nov 2020 (plain logos fine; manuals/warranty mails fine)",
        "T13",
    ),
    #: Policy source T14.
    QT_TRANSLATE_NOOP(
        "source",
        "Chinese summary of an earlier guideline wording (phone numbers tied to "
        "warranty/carrier/manufacturer, attachments needed to resolve an issue, descriptive link "
        "text)",
        "T14",
    ),
    #: Policy source T15.
    QT_TRANSLATE_NOOP(
        "source",
        "StarQuester glossary (Request a Review: one per order, 5–30 days after delivery)",
        "T15",
    ),
    #: Policy source T16.
    QT_TRANSLATE_NOOP(
        "source",
        "Trendle docs (claims on per-order and 6-month limits, unverified)",
        "T16",
    ),
    #: Policy source T17.
    QT_TRANSLATE_NOOP(
        "source",
        "ChannelX, Sep 2020 (guidelines became a programme policy; spelling rules bite in "
        "non-English marketplaces)",
        "T17",
    ),
    #: Policy source T18.
    QT_TRANSLATE_NOOP(
        "source",
        "AMZ Alliance quoting the older 'Prohibited seller activities' wording (courteous, "
        "relevant, appropriate)",
        "T18",
    ),
    #: Policy source T19.
    QT_TRANSLATE_NOOP(
        "source",
        "Feedvisor, updated 2026 (claims an AI filter scans outgoing messages, unverified)",
        "T19",
    ),
    #: Policy source T20.
    QT_TRANSLATE_NOOP(
        "source",
        "Reproduction of the Communication Guidelines 'order status messages' section (Problem "
        "with Order, returns, do not ask buyers to cancel)",
        "T20",
    ),
    #: Policy source T21.
    QT_TRANSLATE_NOOP(
        "source",
        "Jungle Scout explainer of Prohibited Seller Activities (no price increases after the "
        "sale)",
        "T21",
    ),
    #: Policy source T22.
    QT_TRANSLATE_NOOP(
        "source",
        "Seller Labs on messaging suspensions (asking for personal information, complaint rate)",
        "T22",
    ),
    #: Policy source T23.
    QT_TRANSLATE_NOOP(
        "source",
        "eCommerce Nurse, Oct 2020 ('within 30 days of order completion' wording, enforcement "
        "date 6 Nov 2020)",
        "T23",
    ),
    #: The name of the language en.
    QT_TRANSLATE_NOOP("language", "English", "en"),
    #: The name of the language de.
    QT_TRANSLATE_NOOP("language", "German", "de"),
    #: The name of the language fr.
    QT_TRANSLATE_NOOP("language", "French", "fr"),
    #: The name of the language es.
    QT_TRANSLATE_NOOP("language", "Spanish", "es"),
    #: The name of the language it.
    QT_TRANSLATE_NOOP("language", "Italian", "it"),
    #: The name of the language pt.
    QT_TRANSLATE_NOOP("language", "Portuguese", "pt"),
    #: The name of the language nl.
    QT_TRANSLATE_NOOP("language", "Dutch", "nl"),
    #: The name of the language pl.
    QT_TRANSLATE_NOOP("language", "Polish", "pl"),
    #: The name of the language lv.
    QT_TRANSLATE_NOOP("language", "Latvian", "lv"),
    #: The name of the language eu.
    QT_TRANSLATE_NOOP("language", "Basque", "eu"),
    #: The name of the language ru.
    QT_TRANSLATE_NOOP("language", "Russian", "ru"),
    #: The name of the language ar.
    QT_TRANSLATE_NOOP("language", "Arabic", "ar"),
    #: The name of the language fa.
    QT_TRANSLATE_NOOP("language", "Persian", "fa"),
)
