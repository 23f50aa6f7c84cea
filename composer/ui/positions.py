"""Text positions between the core and Qt: the one place they are converted.

The policy engine counts Python code points; Qt counts UTF-16 code units, in which a character
outside the Basic Multilingual Plane (most emoji) takes two. A finding at code point 40 of a
subject that starts with an emoji is at unit 41 for ``QLineEdit``. Everything in ``ui`` that
hands a core position to Qt, or a Qt position to the core, goes through here.
"""

from __future__ import annotations


def utf16_length(text: str) -> int:
    """How many UTF-16 units Qt counts for ``text``."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def to_utf16(text: str, index: int) -> int:
    """The UTF-16 offset of code point ``index`` of ``text``."""
    return utf16_length(text[:index])
