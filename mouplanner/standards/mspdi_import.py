"""An MS Project plan brought back (``mouplanner mspdi-import``): first a check that changes
nothing and says what the import would do, then, when the person says so, all of it in one
journalled transaction (one undo step), after a backup.

- A task found by the identity it was exported with (Text1) updates its milestone or activity:
  name (in the language chosen), planned dates, actual dates, done at 100 %.
- A task without one, under a workstream's summary task, becomes a new activity of that
  workstream (a milestone when it has no duration); a link between two milestones or activities
  becomes their dependency, of its kind and with its lag.
- A field changed in the file that was also edited in the workspace since the export (the change
  journal says which fields the record's later versions changed) is a conflict: nothing is applied
  until each one is settled (the file's value or the workspace's).
- Everything else (summary tasks' names and dates, links to summary tasks or other projects,
  resources and assignments, tasks under no workstream, identities no longer in the workspace) is
  listed as not mapped, with the task's number and name."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from mouplanner.domain import Activity, Change, Milestone, MilestoneDependency, Record, Workstream
from mouplanner.domain.enums import ActivityKind, ActivityStatus, LinkType, MilestoneStatus
from mouplanner.domain.validation import ValidationError
from mouplanner.locale.marks import QT_TRANSLATE_NOOP, Note
from mouplanner.services.records import RecordService
from mouplanner.standards.mspdi_read import PlanFileError, ReadTask, read
from mouplanner.storage import Workspace

MODELS: dict[str, type[Record]] = {"activity": Activity, "milestone": Milestone}


@dataclass
class FieldChange:
    kind: str  # activity, milestone
    record_id: str
    name: str  # the task's name, to say which
    field: str
    workspace: Any
    file: Any
    conflict: bool = False  # edited in the workspace too since the export
    choice: str = ""  # for a conflict: "file" or "workspace"


@dataclass
class NewRecord:
    kind: str
    values: dict[str, Any]
    uid: str  # the task's, to link it


@dataclass
class PlanImport:
    path: Path
    changes: list[FieldChange] = field(default_factory=list)
    new: list[NewRecord] = field(default_factory=list)
    # (follower, followed, link type, lag in days); each "milestone:<id>", "activity:<id>", or "uid:N" of a new one
    links: list[tuple[str, str, str, int]] = field(default_factory=list)
    not_mapped: list[Note] = field(default_factory=list)
    versions: dict[str, int] = field(default_factory=dict)  # the records it changes, as the check saw them

    @property
    def conflicts(self) -> list[FieldChange]:
        return [c for c in self.changes if c.conflict]

    @property
    def can_apply(self) -> bool:
        return all(c.choice for c in self.conflicts)

    def settle(self, choice: str) -> None:
        """Every conflict the same way: "file" or "workspace"."""
        for c in self.conflicts:
            c.choice = choice


def _wanted(task: ReadTask, kind: str, lang: str) -> dict[str, Any]:
    values: dict[str, Any] = {f"title_{lang}": task.name}
    if kind == "milestone":
        values |= {"planned_date": task.finish or task.start, "actual_date": task.actual_finish}
        if task.percent >= 100:
            values["status"] = MilestoneStatus.DONE
    else:
        values |= {"planned_start": task.start, "planned_end": task.finish, "actual_start": task.actual_start}
        if task.percent >= 100:
            values |= {"status": ActivityStatus.DONE, "actual_end": task.actual_finish or task.finish}
    return {k: v for k, v in values.items() if v is not None and v != ""}


def check(ws: Workspace, path: Path, lang: str = "en") -> PlanImport:
    plan = read(path)
    result = PlanImport(path)
    by_uid = {t.uid: t for t in plan.tasks}
    with ws.read() as s:
        for task in plan.tasks:
            kind, _, record_id = task.key.partition(":")
            if kind in MODELS:
                row = s.get(MODELS[kind], record_id)
                if row is None or row.deleted_at is not None:
                    result.not_mapped.append(_note(QT_TRANSLATE_NOOP(
                        "PlanImport", "task {uid} “{task}”: its record is no longer in the workspace"), task))
                    continue
                edited = _edited_since(s, kind, row, task.version)
                for name, value in _wanted(task, kind, lang).items():
                    if getattr(row, name) != value:
                        result.changes.append(FieldChange(kind, row.id, task.name, name, getattr(row, name), value,
                                                          edited is None or name in edited))
                        result.versions[row.id] = row.version
            elif task.key:
                if task.name != "" and task.summary:
                    continue  # an agreement's, area's or workstream's summary: its dates follow its tasks
                result.not_mapped.append(_note(QT_TRANSLATE_NOOP(
                    "PlanImport", "task {uid} “{task}”: {key} is not a milestone or an activity"), task, key=task.key))
            elif task.summary:
                result.not_mapped.append(_note(QT_TRANSLATE_NOOP(
                    "PlanImport", "task {uid} “{task}”: a summary task mouplanner did not export (not imported)"),
                    task))
            else:
                parent = by_uid.get(task.parent)
                stream = parent.key.partition(":")[2] if parent and parent.key.startswith("workstream:") else ""
                if not stream or s.get(Workstream, stream) is None:
                    result.not_mapped.append(_note(QT_TRANSLATE_NOOP(
                        "PlanImport", "task {uid} “{task}”: not under one of mouplanner's workstreams"), task))
                    continue
                if task.start is None:
                    result.not_mapped.append(_note(QT_TRANSLATE_NOOP(
                        "PlanImport", "task {uid} “{task}”: it has no start date"), task))
                    continue
                kind = "milestone" if task.milestone else "activity"
                values = _wanted(task, kind, lang) | {"workstream_id": stream}
                if kind == "activity":
                    values["kind"] = ActivityKind.OTHER
                result.new.append(NewRecord(kind, values, task.uid))
        new_uids = {n.uid for n in result.new}
        known = {(_ref(d.milestone_id, d.activity_id), _ref(d.depends_on_id, d.depends_on_activity_id))
                 for d in s.scalars(select(MilestoneDependency).where(MilestoneDependency.deleted_at.is_(None)))}
    for task in plan.tasks:
        for uid, link_type, lag in task.links:
            other = by_uid.get(uid)
            mine = _record_ref(task, new_uids)
            theirs = _record_ref(other, new_uids) if other else ""
            if mine and theirs:
                if (mine, theirs) not in known:
                    result.links.append((mine, theirs, link_type, lag))
            else:
                result.not_mapped.append(_note(QT_TRANSLATE_NOOP(
                    "PlanImport", "task {uid} “{task}”: its {link} link from task {other} (mouplanner links its "
                                  "milestones and activities)"), task, link=link_type, other=uid))
    if plan.resources or plan.assignments:
        result.not_mapped.append(Note("PlanImport", QT_TRANSLATE_NOOP(
            "PlanImport", "{resources} resources and {assignments} assignments (mouplanner keeps people on "
                          "activities, not as resources)"), resources=plan.resources, assignments=plan.assignments))
    return result


def _edited_since(s: Any, entity: str, row: Any, version: int | None) -> set[str] | None:
    """The fields edited in the workspace after the record was at ``version`` (read from the change
    journal: each transaction that wrote the record made its next version); None when that cannot
    be told (then every field the file changes is asked about)."""
    if version is None or row.version <= version:
        return set()
    txns: list[str] = []
    fields: dict[str, set[str]] = {}
    for txn, name in s.execute(select(Change.txn_id, Change.field).where(
            Change.entity == entity, Change.record_id == row.id).order_by(Change.seq)):
        if txn not in fields:
            txns.append(txn)
            fields[txn] = set()
        if name:
            fields[txn].add(name)
    if len(txns) != row.version:
        return None
    return set().union(*(fields[t] for t in txns[version:]))


def _note(template: str, task: ReadTask, **params: Any) -> Note:
    return Note("PlanImport", template, uid=task.uid, task=task.name, **params)


def _ref(milestone: str | None, activity: str | None) -> str:
    return f"milestone:{milestone}" if milestone else f"activity:{activity}"


def _record_ref(task: ReadTask | None, new_uids: set[str]) -> str:
    """A task as a dependency names it: its record's kind and id, or "uid:N" when it is a new one."""
    if task is None:
        return ""
    if task.key.partition(":")[0] in MODELS:
        return task.key
    return f"uid:{task.uid}" if task.uid in new_uids else ""


def apply(ws: Workspace, plan: PlanImport) -> str:
    """All of it in one transaction (after a backup), or nothing; the transaction's id, to undo it."""
    if not plan.can_apply:
        raise PlanFileError(QT_TRANSLATE_NOOP("Errors", "{name}: {count} conflicts are not settled; nothing was "
                                                        "changed"), name=plan.path.name, count=len(plan.conflicts))
    updates: dict[tuple[str, str], dict[str, Any]] = {}
    for change in plan.changes:
        if not change.conflict or change.choice == "file":
            updates.setdefault((change.kind, change.record_id), {})[change.field] = change.file
    changed = bool(updates or plan.new or plan.links)
    try:
        return _write(ws, plan, updates, changed)
    except ValidationError as exc:
        raise PlanFileError(QT_TRANSLATE_NOOP("Errors", "{name}: {problem}; nothing was changed"),
                            name=plan.path.name, problem=str(exc)) from None


def _write(ws: Workspace, plan: PlanImport, updates: dict[tuple[str, str], dict[str, Any]], changed: bool) -> str:
    with ws.backend.backup_first("before-plan-import", changed), \
            ws.transaction(f"Import from MS Project: {plan.path.name}") as s:
        txn: str = s.info["journal"].txn_id
        for (kind, record_id), values in updates.items():
            row = s.get(MODELS[kind], record_id)
            if row is None or row.version != plan.versions.get(record_id):
                raise PlanFileError(QT_TRANSLATE_NOOP("Errors", "{name}: the workspace changed after the check; "
                                                                "check the file again"), name=plan.path.name)
            RecordService(ws, MODELS[kind]).update_in(s, record_id, values)
        made: dict[str, str] = {}
        for new in plan.new:
            created = RecordService(ws, MODELS[new.kind]).create_in(s, new.values).row
            made[f"uid:{new.uid}"] = f"{new.kind}:{created.id}"
        for mine, theirs, link_type, lag in plan.links:
            kind, _, mine_id = made.get(mine, mine).partition(":")
            their_kind, _, their_id = made.get(theirs, theirs).partition(":")
            RecordService(ws, MilestoneDependency).create_in(s, {
                f"{kind}_id": mine_id, "depends_on_id" if their_kind == "milestone" else "depends_on_activity_id":
                their_id, "link_type": LinkType[link_type], "lag_days": lag})
    return txn
