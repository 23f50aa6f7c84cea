"""The user's own spelling dictionary: one word per line in a UTF-8 text file.

Words are kept as written and matched without regard to case. Saving writes a temporary file
and renames it over the old one, so a crash never leaves half a dictionary.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


class UserDictionary:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._words: dict[str, str] = {}
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                word = line.strip()
                if word and not word.startswith("#"):
                    self._words[word.lower()] = word

    def __contains__(self, word: str) -> bool:
        return word.lower() in self._words

    def __len__(self) -> int:
        return len(self._words)

    def words(self) -> frozenset[str]:
        return frozenset(self._words.values())

    def add(self, word: str) -> None:
        word = word.strip()
        if not word or any(c.isspace() for c in word):
            raise ValueError(f"not a single word: {word!r}")
        self._words[word.lower()] = word
        self.save()

    def remove(self, word: str) -> None:
        if self._words.pop(word.lower(), None) is not None:
            self.save()

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        text = "".join(w + "\n" for w in sorted(self._words.values(), key=str.lower))
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".dictionary-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
