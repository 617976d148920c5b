"""The record form: every field of one record (and its child rows), checked as the user types,
with each message shown next to its field. Save stays disabled until the record is valid."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mouplanner import kinds
from mouplanner.domain import Record
from mouplanner.domain.validation import Problem, ValidationError
from mouplanner.locale.text import display
from mouplanner.services import StaleRecord, editing
from mouplanner.services.concurrent import EditConflict, RowsChanged
from mouplanner.services.rows import row_values
from mouplanner.storage import WorkspaceError
from mouplanner.ui.banner import read_only_banner
from mouplanner.ui.document import Document
from mouplanner.ui.forms.children import ChildTable
from mouplanner.ui.forms.fields import Field, make_field
from mouplanner.ui.forms.picker import Choices
from mouplanner.ui.forms.specs import FORMS
from mouplanner.ui.i18n import translated
from mouplanner.ui.labels import entity_label

SEARCHED = ("title_en", "title_th", "title_lo", "name_en", "name_th", "name_lo", "short_name", "code", "position",
            "email")
ERROR_STYLE = "color: #b03a2e;"
WARNING_STYLE = "color: #a05a00;"
PENDING_STYLE = "color: #555555;"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Form", text)


class RecordForm(QDialog):
    def __init__(self, document: Document, model: type[Record], record_id: str | None = None,
                 defaults: dict[str, Any] | None = None, lang: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"{model.__tablename__}Form")
        self.document = document
        self.model = model
        self.record_id = record_id
        self.lang = lang
        self.spec = FORMS[model]
        self.saved: Any = None
        self._choice_cache: dict[str, Choices] = {}
        service = document.service(model)
        self.row = service.get(record_id) if record_id else None
        self.version = self.row.version if self.row else None
        # the record as the form opened it: what someone else saves meanwhile is merged with it
        self.original: dict[str, Any] | None = (
            {name: getattr(self.row, name) for name in model.domain_fields()} if self.row else None)

        body = QWidget()
        form = QFormLayout(body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: list[Field] = []
        self.field_of: dict[str, Field] = {}
        self.edited: set[Field] = set()  # changed by the person
        self.left: set[Field] = set()  # changed, then left: their problems show next to them
        self.messages: dict[str, QLabel] = {}
        self.rows_of: dict[str, tuple[QLabel, QWidget, QLabel]] = {}
        for spec in self.spec.fields:
            self._add_field(form, body, spec)
        self.child_tables: list[ChildTable] = []
        for child in self.spec.children:
            self._add_children(form, body, child)
        if self.row is not None and model.__tablename__ == "meeting":  # its agenda, decisions, action items
            from mouplanner.ui.forms.meeting_panel import attach

            self.meeting_panel = attach(self, form, body)
        elif self.row is not None and model.__tablename__ == "agreement":  # where its term stands today
            from mouplanner.ui.forms import agreement_term

            self.term_label = agreement_term.attach(self, form, body)
        if self.row is not None and kinds.of(model).files:  # its documents
            from mouplanner.ui.forms.documents_panel import attach_panel

            self.documents_panel = attach_panel(self, form, body)
        self.children_message = QLabel(body)
        self.children_message.setObjectName("children_message")
        self.children_message.setStyleSheet(ERROR_STYLE)
        self.children_message.setWordWrap(True)
        form.addRow(self.children_message)
        self.pending = QLabel(self)
        self.pending.setObjectName("pending")
        self.pending.setWordWrap(True)
        self.pending.setStyleSheet(PENDING_STYLE)

        scroll = self.scroll_area = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self._add_buttons()
        layout = QVBoxLayout(self)
        if document.read_only:
            layout.addWidget(read_only_banner(self, document.damaged))
        layout.addWidget(scroll)
        layout.addWidget(self.pending)
        layout.addWidget(self.buttons)

        what = entity_label(model.LABEL)
        if self.row:
            self.setWindowTitle(QCoreApplication.translate("Form", "Edit %1: %2").replace("%1", what)
                                .replace("%2", display(self.row, lang)))
            values = row_values(self.row)
        else:
            self.setWindowTitle(QCoreApplication.translate("Form", "New %1").replace("%1", what.lower()))
            blank = model()
            blank.apply_defaults()
            values = {n: getattr(blank, n) for n in model.domain_fields()} | (defaults or {})
        for fld in self.fields:
            fld.set_values(values)
        if self.row:
            for table in self.child_tables:
                child_service = document.service(table.spec.model)
                table.set_rows(child_service.list({table.spec.link: self.row.id}))
        self.resize(760, 640)
        self.initial = self._snapshot()
        if self.row is not None:  # a saved record's problems (warnings) show at once
            self.left.update(self.fields)
        self._validate()
        if self.fields:
            self.fields[0].widget.setFocus()

    # --- building the form -------------------------------------------------------------------

    def _add_field(self, form: QFormLayout, body: QWidget, spec: Any) -> None:
        """A field's row: its label, its editor, and under it the line that says what is wrong."""
        document = self.document
        fld = make_field(spec, body, self._choices, document.formats, document.today)
        label = QLabel(_tr(spec.label), body)
        label.setBuddy(fld.widget)
        message = QLabel(body)
        message.setObjectName(f"{spec.name}_message")
        message.setWordWrap(True)
        message.hide()
        holder = QWidget(body)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(fld.widget)
        box.addWidget(message)
        form.addRow(label, holder)
        for name in fld.names():
            self.messages[name] = message
            self.field_of[name] = fld
        self.rows_of[spec.name] = (label, holder, message)
        fld.changed.connect(lambda f=fld: self._edited(f))
        for widget in [fld.widget, *fld.widget.findChildren(QWidget)]:
            widget.installEventFilter(self)  # a field is checked aloud once the person leaves it
        self.fields.append(fld)

    def _add_children(self, form: QFormLayout, body: QWidget, child: Any) -> None:
        """A table of the record's children (participants, parties, coordinators...)."""
        group = QGroupBox(_tr(child.title), body)
        table = ChildTable(child, self._choices, self.document.formats, group, self.document.today)
        QVBoxLayout(group).addWidget(table)
        form.addRow(group)
        table.changed.connect(self._validate)
        self.child_tables.append(table)

    def _add_buttons(self) -> None:
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save")
        self.save_button.setText(QCoreApplication.translate("Form", "Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("Form", "Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    # --- choices for link fields --------------------------------------------------------------

    def _choices(self, listing: str) -> Choices:
        """The records a link field offers, one shared model per kind for the whole form: each
        labelled in the reader's language and found by any of its names."""
        if listing not in self._choice_cache:
            kind = kinds.by_key(listing)
            rows = self.document.service(kind.model).list()
            choices = []
            for row in rows:
                label = display(row, self.lang)
                if kind.code and getattr(row, kind.code):  # "MOU-TH-LA-2018  Memorandum…"
                    label = f"{getattr(row, kind.code)}  {label}"
                search = " ".join(str(getattr(row, name, "") or "") for name in SEARCHED)
                choices.append((label, row.id, search))
            self._choice_cache[listing] = Choices(choices, self)
        return self._choice_cache[listing]

    # --- values and validation ----------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for fld in self.fields:
            if self._shown(fld):
                out.update(fld.values())
        return out

    def _shown(self, fld: Field) -> bool:
        if not fld.spec.only_for:
            return True
        kind = next((f.values().get("kind") for f in self.fields if f.spec.name == "kind"), None)
        return kind in fld.spec.only_for

    def _update_visibility(self) -> None:
        for fld in self.fields:
            if fld.spec.only_for:
                for widget in self.rows_of[fld.spec.name][:2]:
                    widget.setVisible(self._shown(fld))

    def problems(self) -> list[Problem]:
        return self.document.service(self.model).check(self.values(), self.record_id)

    def _edited(self, fld: Field) -> None:
        self.edited.add(fld)
        self._validate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            fld = next((f for f in self.edited - self.left
                        if watched is f.widget or f.widget.isAncestorOf(watched)), None)  # type: ignore[arg-type]
            if fld is not None:
                self.left.add(fld)
                self._validate()
        return super().eventFilter(watched, event)

    def _texts(self) -> dict[str, list[tuple[str, str]]]:
        """Each field's messages (text, severity): the rules', and a typed date's own reason."""
        texts: dict[str, list[tuple[str, str]]] = {}
        fmt = self.document.formats
        own = {fld.spec.name: found for fld in self.fields if self._shown(fld) and (found := fld.problem())}
        for problem in self.problems():
            if problem.field in own:
                continue  # "7/2/61: write the year with four digits", not "is not a date"
            texts.setdefault(problem.field, []).append((translated(problem, fmt), problem.severity))
        for name, found in own.items():
            texts.setdefault(name, []).insert(0, (translated(found, fmt), "error"))
        return texts

    def _validate(self) -> None:
        """Problems of the fields the person has been to are shown next to them; the others (a
        new record's empty required fields) are listed quietly above the buttons, so a fresh form
        is not covered in red and nothing moves under the cursor while typing."""
        self._update_visibility()
        texts = self._texts()
        shown: dict[QLabel, list[tuple[str, str]]] = {}
        pending: list[str] = []
        for name, found in texts.items():
            message, fld = self.messages.get(name), self.field_of.get(name)
            if message is None or fld is None:
                continue
            if fld in self.left:
                shown.setdefault(message, []).extend(found)
            elif any(severity == "error" for _, severity in found):
                pending.append(self._label_of(fld))
        for message in set(self.messages.values()):
            found = shown.get(message, [])
            message.setText("\n".join(text for text, _ in found))
            message.setStyleSheet(ERROR_STYLE if any(s == "error" for _, s in found) else WARNING_STYLE)
            message.setVisible(bool(found))
        missing = [m for table in self.child_tables for m in table.missing()]
        self.children_message.setText("\n".join(missing))
        self.pending.setText(QCoreApplication.translate("Form", "To save, complete: %1").replace(
            "%1", ", ".join(dict.fromkeys(pending))) if pending else "")
        self.pending.setVisible(bool(pending))
        has_errors = any(s == "error" for found in texts.values() for _, s in found) or bool(missing)
        self.save_button.setEnabled(not has_errors and not self.document.read_only)

    def _label_of(self, fld: Field) -> str:
        return self.rows_of[fld.spec.name][0].text().replace("&", "")

    # --- leaving ------------------------------------------------------------------------------

    def _snapshot(self) -> tuple[Any, ...]:
        return (repr(self.values()), repr([t.rows() for t in self.child_tables]))

    def is_dirty(self) -> bool:
        return self._snapshot() != self.initial

    def reject(self) -> None:
        """Cancel, Esc or the window's close button: edits are not dropped without asking."""
        if self.saved is None and self.is_dirty() and not self.document.read_only:
            box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(),
                              QCoreApplication.translate("Form", "Discard your changes to this record?"),
                              QMessageBox.StandardButton.NoButton, self)
            box.setObjectName("discardBox")
            discard = box.addButton(QCoreApplication.translate("Form", "Discard changes"),
                                    QMessageBox.ButtonRole.DestructiveRole)
            discard.setObjectName("discard")
            keep = box.addButton(QCoreApplication.translate("Form", "Keep editing"), QMessageBox.ButtonRole.RejectRole)
            keep.setObjectName("keepEditing")
            box.setDefaultButton(keep)
            box.setEscapeButton(keep)
            box.exec()
            if box.clickedButton() is not discard:
                return
        super().reject()


    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        children = [editing.Children(t.spec.model, t.spec.link, t.rows(), t.original if self.record_id else None)
                    for t in self.child_tables]
        what = entity_label(self.model.LABEL).lower()
        description = (QCoreApplication.translate("Form", "edit %1 “%2”") if self.record_id
                       else QCoreApplication.translate("Form", "create %1 “%2”")).replace(
            "%1", what).replace("%2", self._title())
        try:
            self.saved = self.document.save(description, self.model, self.record_id, self.values(), children,
                                            expected_version=self.version, original=self.original)
        except ValidationError as exc:
            self._say_under_tables("\n".join(translated(p, self.document.formats) for p in exc.problems))
            return
        except EditConflict as exc:
            self._choose(exc)
            return
        except RowsChanged as exc:  # that table as it is now; the person redoes their change there
            for table in self.child_tables:
                if table.spec.model is exc.model and self.row is not None:
                    table.set_rows(self.document.service(exc.model).list({table.spec.link: self.row.id}))
            self._say_under_tables(translated(exc, self.document.formats))
            return
        except (StaleRecord, WorkspaceError) as exc:
            QMessageBox.warning(self, self.windowTitle(), translated(exc, self.document.formats))
            return
        self.accept()

    def _say_under_tables(self, text: str) -> None:
        """A save's refusal, under the tables, scrolled into view (a long form hides its end)."""
        self.children_message.setText(text)
        QTimer.singleShot(0, lambda: self.scroll_area.ensureWidgetVisible(self.children_message))  # once laid out

    def _choose(self, conflict: EditConflict) -> None:
        """Someone else saved the same fields meanwhile: the person chooses, field by field; the
        form then shows what they chose and saves it over the record as it is now."""
        from mouplanner.ui.forms.clash import ClashDialog

        self.clash_dialog = ClashDialog(conflict, self.model, self.document, self)
        if self.clash_dialog.exec() != QDialog.DialogCode.Accepted:
            return  # back to the form, as the person left it
        for name, value in self.clash_dialog.theirs_kept().items():
            fld = self.field_of[name]
            fld.set_values({**fld.values(), name: value})
        self.version, self.original = conflict.version, conflict.now
        self.save()

    def _title(self) -> str:
        values = self.values()
        for prefix in ("title", "name"):
            for lang in (self.lang, "en", "th", "lo"):
                if values.get(f"{prefix}_{lang}"):
                    return str(values[f"{prefix}_{lang}"])
        return str(values.get("code") or values.get("label") or "")
