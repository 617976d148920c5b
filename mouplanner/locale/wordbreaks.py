"""Where a Thai or Lao line may break: between words, which neither language marks with a space.

Qt breaks a Thai line between words only through libthai, which it opens itself when it is there
(not on Windows), and a Lao line never: a long title in a report's table cell wrapped in the
middle of a word. ICU knows both languages' words (its dictionary break iterator). The ICU that
Qt's Linux build carries (PySide6's ``libicuuc``), or Windows's own (``icu.dll``, Windows 10
version 1903 and later), is asked through its C interface, and a zero-width space, which Qt breaks
at and draws as nothing, is put where a line may break inside a run of Thai or Lao letters.
Without an ICU the text is returned as it is (Qt's own breaking, as before).
"""

from __future__ import annotations

import ctypes
import importlib.util
import sys
import threading
from collections.abc import Iterator
from functools import cache
from pathlib import Path

ZWSP = "\u200b"
UBRK_LINE = 2
DONE = -1


def _letter(ch: str) -> bool:
    """A Thai or Lao character (letters, vowels, tone marks: U+0E00 to U+0EFF)."""
    return "\u0e00" <= ch <= "\u0eff"


def _candidates() -> Iterator[Path | str]:
    if sys.platform == "win32":
        yield "icu.dll"  # Windows 10 1903+: the ICU C interface without version suffixes
        yield "icuuc.dll"
        return
    roots = [Path(getattr(sys, "_MEIPASS", "")) / "PySide6"] if hasattr(sys, "_MEIPASS") else []
    spec = importlib.util.find_spec("PySide6")
    roots += [Path(p) for p in (spec.submodule_search_locations or [])] if spec else []
    for root in roots:
        yield from sorted((root / "Qt" / "lib").glob("libicuuc.so.*"), reverse=True)


class _Icu:
    """ICU's line break iterator through ctypes; one iterator, reused under a lock."""

    def __init__(self, lib: ctypes.CDLL, suffix: str) -> None:
        def fn(name: str, restype: object, *argtypes: object) -> ctypes._CFuncPtr:  # type: ignore[name-defined]
            f = getattr(lib, name + suffix)
            f.restype, f.argtypes = restype, list(argtypes)
            return f

        status = ctypes.c_int(0)
        self._open = fn("ubrk_open", ctypes.c_void_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_void_p,
                        ctypes.c_int32, ctypes.POINTER(ctypes.c_int))
        self._set_text = fn("ubrk_setText", None, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int32,
                            ctypes.POINTER(ctypes.c_int))
        self._first = fn("ubrk_first", ctypes.c_int32, ctypes.c_void_p)
        self._next = fn("ubrk_next", ctypes.c_int32, ctypes.c_void_p)
        self._iterator = self._open(UBRK_LINE, b"th", None, 0, ctypes.byref(status))
        if status.value > 0 or not self._iterator:
            raise OSError(f"ICU could not make a line break iterator (error {status.value})")
        self._lock = threading.Lock()

    def boundaries(self, text: str) -> list[int]:
        """Line break opportunities as indexes into ``text``."""
        encoded = text.encode("utf-16-le")
        units = ctypes.create_string_buffer(encoded, len(encoded) + 2)
        # UTF-16 unit -> index in text (a character outside the BMP takes two units)
        index = [0] * (len(encoded) // 2 + 1)
        unit = 0
        for i, ch in enumerate(text):
            index[unit] = i
            unit += 2 if ord(ch) > 0xFFFF else 1
        index[unit] = len(text)
        status = ctypes.c_int(0)
        found = []
        with self._lock:
            self._set_text(self._iterator, units, len(encoded) // 2, ctypes.byref(status))
            if status.value > 0:
                return []
            at = self._first(self._iterator)
            while at != DONE:
                found.append(index[at])
                at = self._next(self._iterator)
        return found


@cache
def _icu() -> _Icu | None:
    for candidate in _candidates():
        try:
            lib = ctypes.CDLL(str(candidate))
        except OSError:
            continue
        for suffix in ("", *(f"_{v}" for v in range(90, 49, -1))):
            if hasattr(lib, "ubrk_open" + suffix):
                try:
                    return _Icu(lib, suffix)
                except (OSError, AttributeError):
                    break
    return None


def available() -> bool:
    return _icu() is not None


def breakable(text: str) -> str:
    """``text`` with a zero-width space wherever a line may break between two Thai or Lao letters."""
    if not any(_letter(ch) for ch in text):
        return text
    icu = _icu()
    if icu is None:
        return text
    cuts = [at for at in icu.boundaries(text)
            if 0 < at < len(text) and _letter(text[at - 1]) and _letter(text[at]) and text[at - 1] != ZWSP]
    if not cuts:
        return text
    pieces, last = [], 0
    for at in cuts:
        pieces += [text[last:at], ZWSP]
        last = at
    pieces.append(text[last:])
    return "".join(pieces)


def words(text: str) -> list[str]:
    """The pieces of ``text`` between its line breaks (a test's and a reader's view)."""
    return [piece for piece in breakable(text).split(ZWSP) if piece]
