"""Fields several kinds share: a title or a name in three languages, and notes."""

from __future__ import annotations

from mouplanner.kinds.kind import Field
from mouplanner.locale.marks import QT_TRANSLATE_NOOP

TITLE = Field("title", QT_TRANSLATE_NOOP("Form", "Title"), "tri", width=40, headers=(
    QT_TRANSLATE_NOOP("Excel", "Title (English)"), QT_TRANSLATE_NOOP("Excel", "Title (Thai)"),
    QT_TRANSLATE_NOOP("Excel", "Title (Lao)")))
NAME = Field("name", QT_TRANSLATE_NOOP("Form", "Name"), "tri", width=32, headers=(
    QT_TRANSLATE_NOOP("Excel", "Name (English)"), QT_TRANSLATE_NOOP("Excel", "Name (Thai)"),
    QT_TRANSLATE_NOOP("Excel", "Name (Lao)")))
NOTES = Field("notes", QT_TRANSLATE_NOOP("Form", "Notes"), "long", width=30)
