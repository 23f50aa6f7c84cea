"""The detectors: one module per group of rules, each registering with ``@detector``.

Most rules are data (``data/rules/*.toml`` for what they say, ``data/phrases/*.toml`` for the
words that show them); the code here is what data cannot express: parsing phone numbers,
resolving link hosts, reading CSS values, comparing dates.
"""

from __future__ import annotations


def load_all() -> None:
    """Import every detector module (each registers its rules on import)."""
    from composer.policy.rules import (  # noqa: F401, PLC0415
        attachments,
        contacts,
        envelope,
        links,
        purposes,
        spelling,
        styling,
        wording,
    )
