"""The open workspace as the UI sees it: its facade, the undo stack and a ``changed`` signal.

Widgets never hold a session or the storage object: they call the use cases through the
document's ``facade`` (``mouplanner.facade``), and writes through the Document, which records each
action's transaction on the undo stack. Undo and redo take a whole action back through the
journal (``services.undo``), so they work for every kind of edit.

``changed`` carries what each committed write changed (a ``ChangeSet``: the kinds of record and
their ids), whatever wrote it: a form, undo, an import or a receive in a background thread, a
baseline, a resolved conflict. The workspace reports every commit; views refresh only when a change
touches what they show.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from mouplanner.domain import Record
from mouplanner.facade import Facade
from mouplanner.locale.formats import Formats
from mouplanner.locale.marks import QT_TRANSLATE_NOOP
from mouplanner.services import Deleted, RecordService, Saved, editing
from mouplanner.storage import ChangeSet, ReadOnlyWorkspace
from mouplanner.ui.background import Runner


class JournalCommand(QUndoCommand):
    """One action already applied; undo reverts its transaction, redo reverts the revert."""

    def __init__(self, document: Document, txn_id: str, text: str):
        super().__init__(text)
        self._document = document
        self._applied = txn_id
        self._reverted = ""
        self._first = True

    def redo(self) -> None:
        if self._first:  # the action itself already ran
            self._first = False
            return
        self._applied = self._document.facade.revert(self._reverted, f"Redo: {self.text()}")

    def undo(self) -> None:
        self._reverted = self._document.facade.revert(self._applied, f"Undo: {self.text()}")


class Document(QObject):
    changed = Signal(object)  # a ChangeSet; emitted from the writing thread, delivered in the UI's

    def __init__(self, facade: Facade, parent: QObject | None = None):
        super().__init__(parent)
        self.facade = facade  # every read and write goes through it
        self.undo_stack = QUndoStack(self)
        self.fixed_today: date | None = None  # tests pin the day; None: the real today
        self.damaged = False  # opened read-only because the check after opening found it damaged
        self.formats = Formats("en")  # the reader's language, era and digits
        self.background = Runner(self)  # slow reads and long work (imports, exports), off the UI thread
        self.level = facade.my_level()  # reader, editor or admin (of a file: admin)
        self.server_copy_of = facade.server_of()  # a laptop's copy of a server workspace: the server's URL
        self.generation = 0  # bumped by every change: results computed at the same generation still hold
        self.changed.connect(self._bump)  # connected first, so it runs before the views refresh
        facade.on_commit(self.changed.emit)

    def _bump(self, _changes: ChangeSet) -> None:
        self.generation += 1

    def today(self) -> date:
        return self.fixed_today or date.today()

    @property
    def path(self) -> Path:
        return Path(self.facade.location)

    @property
    def read_only(self) -> bool:
        """Open read-only (another app or laptop holds it for editing): every write is refused
        here, and the views disable what would write."""
        return self.facade.read_only

    def _writable(self) -> None:
        if self.facade.read_only:
            raise ReadOnlyWorkspace(QT_TRANSLATE_NOOP("Errors", "{name} is open read-only"), name=self.facade.name)

    def service(self, model: type[Record]) -> RecordService:
        return self.facade.service(model)

    def _record(self, description: str, result: Any) -> Any:
        if getattr(result, "txn_id", ""):
            self.undo_stack.push(JournalCommand(self, result.txn_id, description))
        return result

    def save(self, description: str, model: type[Record], record_id: str | None,
             values: Mapping[str, Any], children: list[editing.Children] | None = None,
             expected_version: int | None = None, original: Mapping[str, Any] | None = None) -> Saved:
        self._writable()
        result = self.facade.save(model, record_id, values, children or [], expected_version, original)
        return self._record(description, result)

    def delete(self, description: str, model: type[Record], record_id: str) -> Deleted:
        self._writable()
        return self._record(description, self.facade.delete(model, record_id))

    def record_action(self, description: str, txn_id: str) -> None:
        """An action that already ran (in a background task): put it on the undo stack."""
        self.undo_stack.push(JournalCommand(self, txn_id, description))

    def run(self, description: str, action: Callable[[], Any]) -> Any:
        """Any other use case that returns something with a ``txn_id``."""
        self._writable()
        return self._record(description, action())

    def close(self) -> None:
        self.background.close()  # cancels an import or export, waits for what still reads the workspace
        self.undo_stack.clear()
        self.facade.close()
