"""Translations for headless output (Excel, reports, CLI), read from the same .ts catalogues the
desktop app uses, without Qt. The .ts files are parsed with defusedxml."""

from __future__ import annotations

from enum import Enum
from functools import lru_cache

from defusedxml import ElementTree

from mouplanner.locale.labels import COLUMNS, CONTEXT, ENUMS
from mouplanner.paths import RESOURCES

TRANSLATIONS = RESOURCES.parent / "translations"


@lru_cache(maxsize=8)
def _catalogue(lang: str) -> dict[tuple[str, str], str]:
    path = TRANSLATIONS / f"mouplanner_{lang}.ts"
    if lang == "en" or not path.exists():
        return {}
    table: dict[tuple[str, str], str] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            if node is None or node.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            forms = [f.text or "" for f in node.iter("numerusform")]
            text = forms[0] if forms else (node.text or "")
            if text:
                table[(name, source)] = text
    return table


def translate(context: str, source: str, lang: str) -> str:
    return _catalogue(lang).get((context, source), source)


def enum_label(value: object, lang: str) -> str:
    # Enum members with the same value (every "planned" status) share one label.
    if isinstance(value, Enum) and value in ENUMS:
        return translate(CONTEXT, ENUMS[value], lang)
    return "" if value is None else str(value)


def column_label(key: str, lang: str) -> str:
    return translate(CONTEXT, COLUMNS.get(key, key), lang)


def entity_label(label: str, lang: str) -> str:
    return translate(CONTEXT, label, lang)
