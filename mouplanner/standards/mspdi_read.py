"""Reading an MS Project XML file (MSPDI) back, with the guarantees of every import: its size is
checked before it is parsed, a DOCTYPE, an entity or an external reference is refused (defusedxml),
and anything that is not an MS Project file says so in one message, naming the file."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeTree

from mouplanner.locale.marks import QT_TRANSLATE_NOOP
from mouplanner.standards.mspdi import NS, NUMBER1, TENTHS_OF_MINUTES_A_DAY, TEXT1
from mouplanner.storage import WorkspaceError

LIMIT_BYTES = 20 * 1024 * 1024
LINK_TYPES = {"0": "FF", "1": "FS", "2": "SF", "3": "SS"}


class PlanFileError(WorkspaceError):
    """A file that is not an MS Project plan mouplanner can read: nothing was changed."""


@dataclass
class ReadTask:
    uid: str
    name: str
    level: int
    start: date | None = None
    finish: date | None = None
    milestone: bool = False
    summary: bool = False
    percent: int = 0
    actual_start: date | None = None
    actual_finish: date | None = None
    key: str = ""  # the mouplanner identity it was exported with ("activity:<id>"), if any
    version: int | None = None  # the record's version when it was exported
    links: list[tuple[str, str, int]] = field(default_factory=list)  # (predecessor uid, FS/SS/FF/SF, lag in days)
    parent: str = ""  # the uid of the summary task it sits under


@dataclass
class ReadPlan:
    name: str
    tasks: list[ReadTask]
    resources: int = 0
    assignments: int = 0


def _day(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.strip()[:19]).date()
    except ValueError:
        return None


def _text(element: Any, tag: str) -> str:
    found = element.find(f"{{{NS}}}{tag}")
    return (found.text or "").strip() if found is not None else ""


def read(path: Path) -> ReadPlan:
    name = path.name
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise PlanFileError(QT_TRANSLATE_NOOP("Errors", "{name} cannot be read: {reason}"), name=name,
                            reason=exc.strerror or str(exc)) from None
    if size > LIMIT_BYTES:
        raise PlanFileError(QT_TRANSLATE_NOOP("Errors", "{name} is {size} MB: a plan can be at most {limit} MB"),
                            name=name, size=round(size / 1024 / 1024, 1), limit=LIMIT_BYTES // 1024 // 1024)
    try:
        root = SafeTree.parse(str(path), forbid_dtd=True).getroot()
    except DefusedXmlException:
        raise PlanFileError(QT_TRANSLATE_NOOP("Errors", "{name} declares a document type, entities or outside "
                                                        "references, which a plan never needs; it was not read"),
                            name=name) from None
    except (SafeTree.ParseError, ValueError) as exc:
        raise PlanFileError(QT_TRANSLATE_NOOP("Errors", "{name} is not well-formed XML ({reason})"), name=name,
                            reason=str(exc)) from None
    if root.tag != f"{{{NS}}}Project":
        raise PlanFileError(QT_TRANSLATE_NOOP("Errors", "{name} is not an MS Project XML file (its first element is "
                                                        "{tag}, not Project)"), name=name, tag=root.tag.split("}")[-1])
    tasks: list[ReadTask] = []
    parents: list[str] = []  # the uid of the last task at each outline level
    for element in root.iterfind(f"{{{NS}}}Tasks/{{{NS}}}Task"):
        if _text(element, "IsNull") == "1":
            continue
        try:
            level = int(_text(element, "OutlineLevel") or "1")
            percent = int(float(_text(element, "PercentComplete") or "0"))
        except ValueError:
            raise PlanFileError(QT_TRANSLATE_NOOP("Errors", "{name}: task {uid} has an outline level or a % complete "
                                                            "that is not a number"), name=name,
                                uid=_text(element, "UID")) from None
        task = ReadTask(_text(element, "UID"), _text(element, "Name"), level, _day(_text(element, "Start")),
                        _day(_text(element, "Finish")), _text(element, "Milestone") == "1",
                        _text(element, "Summary") == "1", percent, _day(_text(element, "ActualStart")),
                        _day(_text(element, "ActualFinish")))
        for attribute in element.iterfind(f"{{{NS}}}ExtendedAttribute"):
            field_id, value = _text(attribute, "FieldID"), _text(attribute, "Value")
            if field_id == TEXT1:
                task.key = value
            elif field_id == NUMBER1 and value.replace(".", "", 1).isdigit():
                task.version = int(float(value))
        for link in element.iterfind(f"{{{NS}}}PredecessorLink"):
            lag = _text(link, "LinkLag")
            days = round(float(lag) / TENTHS_OF_MINUTES_A_DAY) if lag.lstrip("-").replace(".", "", 1).isdigit() else 0
            task.links.append((_text(link, "PredecessorUID"), LINK_TYPES.get(_text(link, "Type"), "FS"), days))
        if level == 0:  # the project's own summary
            continue
        del parents[level - 1:]
        task.parent = parents[-1] if parents else ""
        parents.append(task.uid)
        tasks.append(task)
    return ReadPlan(_text(root, "Name") or name, tasks, len(root.findall(f"{{{NS}}}Resources/{{{NS}}}Resource")),
                    len(root.findall(f"{{{NS}}}Assignments/{{{NS}}}Assignment")))
