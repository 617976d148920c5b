"""Human labels for records that other sheets point at (a workstream's area, an activity's host
organisation), used in drop-down lists on export and resolved back to ids on import.

A label is what people recognise: an agreement's code, an organisation's short name, a title
in the workbook's language. Where two records would share a label, both get a short id suffix.
On import a cell may also hold the record's id or its title in any language, when that is
unambiguous, or name a record created further up in the same workbook.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from sqlalchemy import select

from mouplanner.domain import (
    Activity,
    Agreement,
    Area,
    Indicator,
    Milestone,
    Organisation,
    Person,
    Record,
    Workstream,
)
from mouplanner.locale.text import pick
from mouplanner.storage import Workspace

TARGETS: dict[str, type[Record]] = {
    "organisations": Organisation, "people": Person, "agreements": Agreement, "areas": Area,
    "workstreams": Workstream, "milestones": Milestone, "activities": Activity, "indicators": Indicator,
}
SUFFIX = re.compile(r"\s*\[([0-9a-f]{8})\]\s*$")


def normal(text: str) -> str:
    return " ".join(str(text).split()).casefold()


def _tri(values: dict[str, Any], prefix: str) -> dict[str, str]:
    return {c: values.get(f"{prefix}_{c}") or "" for c in ("en", "th", "lo")}


def _label(key: str, values: dict[str, Any], lang: str, codes: dict[str, str]) -> str:
    if key == "organisations":
        return values["short_name"] or pick(_tri(values, "name"), lang)[0]
    if key in ("people", "indicators"):
        return pick(_tri(values, "name"), lang)[0]
    if key == "agreements":
        return values["code"]
    title = pick(_tri(values, "title"), lang)[0]
    if key == "areas":
        return f"{codes.get(values['agreement_id'], '')} · {title}"
    if key == "activities":
        start = values.get("planned_start")
        return f"{title} ({start.isoformat() if start else '-'})"
    return title


def _aliases(key: str, values: dict[str, Any]) -> set[str]:
    names: set[str] = set()
    for prefix in ("title", "name"):
        names.update(v for v in _tri(values, prefix).values() if v)
    for extra in ("code", "short_name"):
        if values.get(extra):
            names.add(values[extra])
    return {normal(n) for n in names}


class LinkIndex:
    def __init__(self, ws: Workspace, lang: str, keys: set[str] | None = None):
        self.lang = lang
        self.labels: dict[str, dict[str, str]] = {}  # key -> id -> label
        self._by_label: dict[str, dict[str, str]] = {}
        self._by_alias: dict[str, dict[str, set[str]]] = {}
        self._ids: dict[str, set[str]] = {}
        with ws.read() as s:
            codes = dict(s.execute(select(Agreement.id, Agreement.code).where(Agreement.deleted_at.is_(None))).all())
            for key, model in TARGETS.items():
                if keys is not None and key not in keys:
                    continue
                cols = [c for c in model.__table__.columns if c.key in _COLUMNS]
                rows = s.execute(select(model.id, *cols).where(model.deleted_at.is_(None))).all()
                self._load(key, [(r[0], dict(zip([c.key for c in cols], r[1:], strict=True))) for r in rows], codes)

    def _load(self, key: str, records: list[tuple[str, dict[str, Any]]], codes: dict[str, str]) -> None:
        raw = {rid: _label(key, values, self.lang, codes) for rid, values in records}
        counts: dict[str, int] = defaultdict(int)
        for label in raw.values():
            counts[normal(label)] += 1
        labels = {rid: (f"{label} [{rid[:8]}]" if counts[normal(label)] > 1 or not label else label)
                  for rid, label in raw.items()}
        self.labels[key] = labels
        self._by_label[key] = {normal(label): rid for rid, label in labels.items()}
        aliases: dict[str, set[str]] = defaultdict(set)
        for rid, values in records:
            for alias in _aliases(key, values):
                aliases[alias].add(rid)
        self._by_alias[key] = aliases
        self._ids[key] = {rid for rid, _ in records}

    def label(self, key: str, record_id: str | None) -> str:
        if not record_id:
            return ""
        return self.labels.get(key, {}).get(record_id, record_id)

    def add(self, key: str, record_id: str, values: dict[str, Any]) -> None:
        """A record created further up in the workbook being imported."""
        self._ids.setdefault(key, set()).add(record_id)
        for alias in _aliases(key, values):
            self._by_alias.setdefault(key, defaultdict(set))[alias].add(record_id)

    def resolve(self, key: str, text: str) -> tuple[str | None, str]:
        """(id, "") when found; (None, "missing" or "ambiguous") otherwise."""
        wanted = normal(text)
        if not wanted:
            return None, ""
        if text.strip() in self._ids.get(key, set()):
            return text.strip(), ""
        by_label = self._by_label.get(key, {})
        if wanted in by_label:
            return by_label[wanted], ""
        suffix = SUFFIX.search(text)
        if suffix:
            found = [rid for rid in self._ids.get(key, set()) if rid.startswith(suffix.group(1))]
            if len(found) == 1:
                return found[0], ""
        for candidate in (wanted, normal(SUFFIX.sub("", text)), normal(text.split(" · ", 1)[-1])):
            ids = self._by_alias.get(key, {}).get(candidate, set())
            if len(ids) == 1:
                return next(iter(ids)), ""
            if len(ids) > 1:
                return None, "ambiguous"
        return None, "missing"


_COLUMNS = {"short_name", "code", "agreement_id", "planned_start", "name_en", "name_th", "name_lo",
            "title_en", "title_th", "title_lo"}
