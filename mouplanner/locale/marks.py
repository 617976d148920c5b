"""Marking core messages for translation without importing Qt.

``pyside6-lupdate`` collects ``QT_TRANSLATE_NOOP("Context", "text")`` calls by name, so the core
marks its message templates with this no-op of the same name; the UI translates them when it shows
them (``mouplanner.ui.i18n``). Templates use ``{name}`` placeholders, filled after translation.
"""

from __future__ import annotations

from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


class Translatable:
    """A message with a context, an English template and its parameters."""

    context: str = ""
    template: str = ""
    params: dict[str, Any]

    def english(self) -> str:
        return fill(self.template, {k: _plain(v) for k, v in self.params.items()})


class Note(Translatable):
    """One line of a report (what an import could not map, what an export lacks): translatable
    like an error, and its English when printed."""

    def __init__(self, context: str, template: str, **params: Any):
        self.context, self.template, self.params = context, template, params

    def __str__(self) -> str:
        return self.english()

    def __repr__(self) -> str:
        return f"Note({self.english()!r})"


class _Kept(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(template: str, params: dict[str, Any]) -> str:
    """``template`` with its ``{name}`` placeholders filled; a name without a value stays as it is
    (a message that reads a little odd beats a crash while showing an error). Tests check that
    every message fills all its placeholders."""
    try:
        return template.format_map(_Kept(params))
    except (ValueError, IndexError):  # a stray brace in a translation
        return template


def _plain(value: Any) -> Any:
    iso = getattr(value, "isoformat", None)
    return iso() if iso else value
