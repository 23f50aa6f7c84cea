"""Map positions in a derived plain text back to the source it was read from.

The rules read plain text; a finding must point into the field as the seller wrote it (for an
HTML body, the HTML source). The map is a list of segments appended in text order; inside a
segment whose text and source have the same length the mapping is exact per code point,
otherwise (an entity such as ``&amp;``, a newline standing for a ``<br>`` tag) the segment maps
as a whole.
"""

from __future__ import annotations

from bisect import bisect_right


class OffsetMap:
    __slots__ = ("_src_len", "_src_start", "_text_len", "_text_start")

    def __init__(self) -> None:
        self._text_start: list[int] = []
        self._text_len: list[int] = []
        self._src_start: list[int] = []
        self._src_len: list[int] = []

    def add(self, text_start: int, text_len: int, src_start: int, src_len: int) -> None:
        if text_len <= 0:
            return
        self._text_start.append(text_start)
        self._text_len.append(text_len)
        self._src_start.append(src_start)
        self._src_len.append(src_len)

    def _segment(self, pos: int) -> int:
        return max(bisect_right(self._text_start, pos) - 1, 0)

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Source span covering text[start:end]."""
        if not self._text_start:
            return start, end
        i = self._segment(start)
        t0, tl, s0, sl = (
            self._text_start[i],
            self._text_len[i],
            self._src_start[i],
            self._src_len[i],
        )
        src_start = s0 + (start - t0) if tl == sl else s0
        j = self._segment(max(end - 1, start))
        t0, tl, s0, sl = (
            self._text_start[j],
            self._text_len[j],
            self._src_start[j],
            self._src_len[j],
        )
        src_end = s0 + (end - t0) if tl == sl else s0 + sl
        return src_start, max(src_end, src_start)

    def is_exact(self, start: int, end: int) -> bool:
        """True when text[start:end] is the very same characters in the source."""
        if not self._text_start:
            return True
        i, j = self._segment(start), self._segment(max(end - 1, start))
        return i == j and self._text_len[i] == self._src_len[i]


class IdentityMap(OffsetMap):
    """The text is its own source (plain-text bodies and subjects)."""

    __slots__ = ()

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        return start, end

    def is_exact(self, start: int, end: int) -> bool:  # noqa: ARG002 - same signature as the base
        return True
