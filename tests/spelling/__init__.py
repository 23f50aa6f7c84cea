"""Tests of composer.spelling."""

from __future__ import annotations

from composer.spelling import get_checker


def misspelt(text: str, language: str, allow: tuple[str, ...] = ()) -> list[str]:
    """The words of ``text`` the checker of ``language`` flags."""
    checker = get_checker(language)
    assert checker is not None
    return [m.word for m in checker.misspellings(text, allow)]
