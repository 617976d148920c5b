"""Applying a checked import: the whole plan in one journalled transaction, after a backup that is
on disk before it commits, or nothing (``excel.importer.check`` makes the plan)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from mouplanner.batches import in_chunks
from mouplanner.domain.validation import ValidationError
from mouplanner.excel import schema
from mouplanner.excel.errors import Cancelled, WorkbookError
from mouplanner.excel.import_plan import ImportPlan
from mouplanner.locale.marks import QT_TRANSLATE_NOOP
from mouplanner.services import bulk
from mouplanner.services.records import RecordService
from mouplanner.storage import Workspace
from mouplanner.storage.errors import BackupFailed, WorkspaceDamaged

Progress = Callable[[int, int], bool]


def apply(ws: Workspace, plan: ImportPlan, progress: Progress | None = None) -> str:
    """Make the whole plan in one transaction; returns the transaction id (for undo). Cancelling
    through ``progress`` rolls everything back."""
    if not plan.can_apply:
        raise WorkbookError(QT_TRANSLATE_NOOP("Excel", "the import has problems or unresolved conflicts; "
                                                       "nothing was changed"))
    resolved: dict[str, dict[str, Any]] = {}
    for conflict in plan.conflicts:
        if conflict.choice == "workbook":
            resolved.setdefault(conflict.record_id, {})[conflict.field] = conflict.workbook_value
    changes = any(r.action != "unchanged" for r in plan.rows)
    try:
        with ws.backend.backup_first("before-import", changes) as backed_up, \
                ws.transaction(f"Import from Excel: {plan.path.name}") as s:
            services = {spec.key: RecordService(ws, spec.model) for spec in schema.SHEETS}
            # The records this import changes must still be as the check saw them (one query per sheet).
            touched: dict[str, list[str]] = {}
            for r in plan.rows:
                if r.action in ("update", "delete"):
                    touched.setdefault(r.key, []).append(r.record_id)
            for key, ids in touched.items():
                model = services[key].model
                for chunk in in_chunks(ids):
                    found = dict(s.execute(select(model.id, model.version).where(model.id.in_(chunk))).all())
                    if any(found.get(i) != plan.versions.get(i) for i in chunk):
                        raise WorkbookError(QT_TRANSLATE_NOOP("Excel", "the workspace changed after the check; check "
                                                                       "the workbook again"))
            done = 0

            def step(count: int) -> None:
                nonlocal done
                done += count
                if progress and not progress(done, len(plan.rows)):
                    raise Cancelled()

            for spec in schema.SHEETS:  # parents first: a row may point at a record created above it
                rows = [r for r in plan.rows if r.key == spec.key]
                for row in rows:  # new records: saved together (at the next query, or the flush below)
                    if row.action == "create":
                        services[spec.key].create_in(s, row.values, row.record_id, flush=False)
                s.flush()
                bulk.update_many(s, spec.model, {r.record_id: r.values | resolved.get(r.record_id, {})
                                                 for r in rows if r.action == "update"}, progress=step)
                step(sum(r.action != "update" for r in rows))
            for row in plan.rows:
                if row.action != "delete":
                    continue
                live = s.get(services[row.key].model, row.record_id)
                if live is not None and live.deleted_at is None:
                    services[row.key].delete_in(s, row.record_id)
            backed_up()  # the backup is on disk before the import is committed
            txn: str = s.info["journal"].txn_id
    except ValidationError as exc:
        raise WorkbookError(QT_TRANSLATE_NOOP("Excel", "the import was refused and nothing was changed: {reason}"),
                            reason=str(exc)) from None
    except WorkspaceDamaged:
        raise  # said as it is: the workspace is damaged, not the disk full
    except BackupFailed as exc:
        raise WorkbookError(QT_TRANSLATE_NOOP(
            "Excel", "nothing was imported: the backup made first could not be written ({reason}); "
                     "check the space on the disk and import the workbook again"),
            reason=exc.params["reason"]) from None
    table = {spec.key: spec.model.__tablename__ for spec in schema.SHEETS}
    written = Counter(table[r.key] for r in plan.rows if r.action != "unchanged")
    ws.refresh_statistics(written)  # (thousands of rows: a server plans its lists from new figures)
    return txn
