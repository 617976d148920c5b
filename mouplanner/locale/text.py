"""Choosing which language variant of a name or title to show.

Records carry en/th/lo variants. A view shows the UI language's variant; when it is empty, the
first filled one in the fallback order, and says it fell back so the view can mark it.
"""

from __future__ import annotations

from typing import Any

FALLBACK = {"en": ("en", "th", "lo"), "th": ("th", "en", "lo"), "lo": ("lo", "th", "en")}


def order(lang: str) -> tuple[str, ...]:
    return FALLBACK.get(lang, FALLBACK["en"])


def pick(values: dict[str, str], lang: str) -> tuple[str, str | None]:
    """(text, fallback language or None) from {"en": ..., "th": ..., "lo": ...}."""
    for i, code in enumerate(order(lang)):
        text = (values.get(code) or "").strip()
        if text:
            return text, (code if i else None)
    return "", None


def pick_field(row: Any, prefix: str, lang: str) -> tuple[str, str | None]:
    """The same for a row with ``{prefix}_en``, ``{prefix}_th``, ``{prefix}_lo`` attributes."""
    return pick({code: getattr(row, f"{prefix}_{code}", "") for code in FALLBACK}, lang)


def display(row: Any, lang: str) -> str:
    """The best title or name of a record in ``lang`` (empty when it has none)."""
    for prefix in ("title", "name"):
        if hasattr(row, f"{prefix}_en"):
            return pick_field(row, prefix, lang)[0]
    return str(getattr(row, "label", "") or getattr(row, "code", ""))


# Titles people carry before their names, longest first ("นางสาว" before "นาง"); a list sorts and
# is searched by the name itself, so Dr. Pichet stands among the P's.
HONORIFICS = ("H.E.", "Mr.", "Mrs.", "Ms.", "Miss", "Dr.", "Prof.", "Assoc.", "Asst.", "ฯพณฯ", "นางสาว", "นาย",
              "นาง", "ดร.", "ศ.", "รศ.", "ผศ.", "ທ່ານ", "ນາງ", "ດຣ.", "ປອ.", "ຮສ.", "ຊຈ.")
LEADING_VOWELS = frozenset("เแโใไເແໂໃໄ")  # written before the consonant they follow in speech


def without_honorifics(name: str) -> str:
    text = name.strip()
    changed = True
    while changed:
        changed = False
        for word in HONORIFICS:
            if text.startswith(word) and len(text) > len(word):
                text = text[len(word):].lstrip()
                changed = True
    return text


def sort_key(name: str) -> str:
    """A key that sorts names as a reader expects: without titles, case-folded, and Thai or Lao
    leading vowels after the consonant they belong to (แก้ว sorts among the ก's)."""
    chars = list(without_honorifics(name).casefold())
    for i in range(len(chars) - 1):
        if chars[i] in LEADING_VOWELS:
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
    return "".join(chars)
