"""The record form: every field of one record (and its child rows), checked as the user types,
with each message shown next to its field. Save stays disabled until the record is valid."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QMessageBox, QScrollArea, QVBoxLayout,
    QWidget,
)

from mouplanner.domain import (
    Agreement, Area, Milestone, Organisation, Person, Record, Workstream,
)
from mouplanner.domain.validation import Problem, ValidationError
from mouplanner.locale.text import display
from mouplanner.services import StaleRecord, editing
from mouplanner.storage import WorkspaceError
from mouplanner.services.rows import row_values
from mouplanner.ui.document import Document
from mouplanner.ui.forms.children import ChildTable
from mouplanner.ui.forms.fields import Field, make_field
from mouplanner.ui.forms.specs import FORMS
from mouplanner.ui.i18n import translated
from mouplanner.ui.labels import entity_label

LINK_MODELS: dict[str, type[Record]] = {
    "organisations": Organisation, "people": Person, "agreements": Agreement, "areas": Area,
    "workstreams": Workstream, "milestones": Milestone,
}
ERROR_STYLE = "color: #b03a2e;"
WARNING_STYLE = "color: #a05a00;"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Form", text)


class RecordForm(QDialog):
    def __init__(self, document: Document, model: type[Record], record_id: str | None = None,
                 defaults: dict[str, Any] | None = None, lang: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"{model.__tablename__}Form")  # type: ignore[attr-defined]
        self.document = document
        self.model = model
        self.record_id = record_id
        self.lang = lang
        self.spec = FORMS[model]
        self.saved: Any = None
        self._choice_cache: dict[str, list[tuple[str, Any]]] = {}
        service = document.service(model)
        self.row = service.get(record_id) if record_id else None
        self.version = self.row.version if self.row else None

        body = QWidget()
        form = QFormLayout(body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: list[Field] = []
        self.messages: dict[str, QLabel] = {}
        self.rows_of: dict[str, tuple[QLabel, QWidget, QLabel]] = {}
        for spec in self.spec.fields:
            fld = make_field(spec, body, self._choices, document.formats)
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
            self.rows_of[spec.name] = (label, holder, message)
            fld.changed.connect(self._validate)
            self.fields.append(fld)

        self.children: list[ChildTable] = []
        for child in self.spec.children:
            group = QGroupBox(_tr(child.title), body)
            table = ChildTable(child, self._choices, document.formats, group)
            QVBoxLayout(group).addWidget(table)
            form.addRow(group)
            table.changed.connect(self._validate)
            self.children.append(table)
        self.children_message = QLabel(body)
        self.children_message.setObjectName("children_message")
        self.children_message.setStyleSheet(ERROR_STYLE)
        self.children_message.setWordWrap(True)
        form.addRow(self.children_message)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save")
        self.save_button.setText(QCoreApplication.translate("Form", "Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(QCoreApplication.translate("Form", "Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.buttons)

        what = entity_label(model.LABEL)
        if self.row:
            self.setWindowTitle(QCoreApplication.translate("Form", "Edit %1: %2").replace("%1", what).replace("%2", display(self.row, lang)))
            values = row_values(self.row)
        else:
            self.setWindowTitle(QCoreApplication.translate("Form", "New %1").replace("%1", what.lower()))
            blank = model()
            blank.apply_defaults()
            values = {n: getattr(blank, n) for n in model.domain_fields()} | (defaults or {})
        for fld in self.fields:
            fld.set_values(values)
        if self.row:
            for table in self.children:
                child_service = document.service(table.spec.model)
                table.set_rows(child_service.list({table.spec.link: self.row.id}))
        self.resize(760, 640)
        self._validate()
        if self.fields:
            self.fields[0].widget.setFocus()

    # --- choices for link fields --------------------------------------------------------------

    def _choices(self, listing: str) -> list[tuple[str, Any]]:
        if listing not in self._choice_cache:
            rows = self.document.service(LINK_MODELS[listing]).list()
            choices = []
            for row in rows:
                label = display(row, self.lang)
                if listing == "agreements":
                    label = f"{row.code}  {label}"
                elif listing == "organisations" and row.short_name:
                    label = f"{row.short_name}  {label}"
                choices.append((label, row.id))
            self._choice_cache[listing] = choices
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

    def _validate(self) -> None:
        self._update_visibility()
        for message in set(self.messages.values()):
            message.clear()
            message.hide()
        problems = self.problems()
        for problem in problems:
            message = self.messages.get(problem.field)
            if message is None:
                continue
            text = (message.text() + "\n" if message.text() else "") + translated(problem, self.document.formats)
            message.setText(text)
            message.setStyleSheet(ERROR_STYLE if problem.severity == "error" else WARNING_STYLE)
            message.show()
        missing = [m for table in self.children for m in table.missing()]
        self.children_message.setText("\n".join(missing))
        has_errors = any(p.severity == "error" for p in problems) or bool(missing)
        self.save_button.setEnabled(not has_errors)

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        children = [editing.Children(t.spec.model, t.spec.link, t.rows()) for t in self.children]
        what = entity_label(self.model.LABEL).lower()
        description = (QCoreApplication.translate("Form", "edit %1 “%2”") if self.record_id else QCoreApplication.translate("Form", "create %1 “%2”")).replace(
            "%1", what).replace("%2", self._title())
        try:
            self.saved = self.document.save(description, self.model, self.record_id, self.values(), children,
                                            expected_version=self.version)
        except ValidationError as exc:
            self.children_message.setText("\n".join(translated(p, self.document.formats) for p in exc.problems))
            return
        except (StaleRecord, WorkspaceError) as exc:
            QMessageBox.warning(self, self.windowTitle(), translated(exc, self.document.formats))
            return
        self.accept()

    def _title(self) -> str:
        values = self.values()
        for prefix in ("title", "name"):
            for lang in (self.lang, "en", "th", "lo"):
                if values.get(f"{prefix}_{lang}"):
                    return str(values[f"{prefix}_{lang}"])
        return str(values.get("code") or values.get("label") or "")
