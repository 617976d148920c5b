"""Form fields: a widget that edits one value, and a place for its validation message."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Any, cast

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from mouplanner.locale.dates import DateParseError
from mouplanner.locale.formats import Formats
from mouplanner.locale.marks import QT_TRANSLATE_NOOP, Translatable
from mouplanner.locale.numbers import read_number
from mouplanner.ui.date_edit import DateEdit
from mouplanner.ui.forms.picker import Choices, RecordPicker
from mouplanner.ui.labels import enum_label


@dataclass
class Spec:
    """One field of a form. ``kind``: text, multiline, enum, date, number, link, tri."""

    name: str
    label: str
    kind: str = "text"
    enum: type[Enum] | None = None
    link: str = ""  # listing of the target for link fields ("organisations", "people"...)
    optional: bool = True  # links: offer an empty choice
    only_for: tuple[str, ...] = ()  # activity kinds this field belongs to (empty: all)
    extra: dict[str, Any] = field(default_factory=dict)


class FieldProblem(Translatable):
    context = "Form"

    def __init__(self, template: str, params: dict[str, Any]):
        self.template, self.params = template, params


class Field(QObject):
    changed = Signal()

    def __init__(self, spec: Spec, widget: QWidget, parent: QObject | None = None):
        super().__init__(parent)
        self.spec = spec
        self.widget = widget
        widget.setObjectName(spec.name)

    def names(self) -> list[str]:
        return [self.spec.name]

    def problem(self) -> Translatable | None:
        """What is wrong with what was typed, before any rule looks at it (a date that is no date)."""
        return None

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def set_values(self, values: dict[str, Any]) -> None:
        raise NotImplementedError


class TextField(Field):
    def __init__(self, spec: Spec, parent: QWidget):
        edit = QPlainTextEdit(parent) if spec.kind == "multiline" else QLineEdit(parent)
        if isinstance(edit, QPlainTextEdit):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().height() * 4)
        super().__init__(spec, edit, parent)
        edit.textChanged.connect(self.changed)

    def _text(self) -> str:
        w = self.widget
        return w.toPlainText() if isinstance(w, QPlainTextEdit) else cast(QLineEdit, w).text()

    def values(self) -> dict[str, Any]:
        return {self.spec.name: self._text()}

    def set_values(self, values: dict[str, Any]) -> None:
        value = values.get(self.spec.name)
        text = "" if value is None else str(value)
        if isinstance(self.widget, QPlainTextEdit):
            self.widget.setPlainText(text)
        else:
            cast(QLineEdit, self.widget).setText(text)


class NumberField(TextField):
    """Numbers as people type them (150,000, ฿150,000, Thai or Lao digits), shown back grouped
    in the reader's way (150,000, not 150000.00). Text that is no number is passed on as text,
    so validation names the field."""

    def __init__(self, spec: Spec, parent: QWidget, formats: Formats):
        super().__init__(spec, parent)
        self.formats = formats
        self.widget.setAlignment(Qt.AlignmentFlag.AlignRight)  # type: ignore[attr-defined]

    def values(self) -> dict[str, Any]:
        text = self._text()
        try:
            return {self.spec.name: read_number(text)}
        except ValueError:
            return {self.spec.name: text}

    def set_values(self, values: dict[str, Any]) -> None:
        value = values.get(self.spec.name)
        self.widget.setText("" if value is None else self.formats.number(value))  # type: ignore[attr-defined]


class DateField(Field):
    """Typed dates as people write them (7/2/2561, 7 ก.พ. 2561, 2018-02-07, Thai or Lao digits),
    or picked from a calendar. A date that cannot be read is passed on as text, so validation
    names the field; ``problem()`` says exactly what is wrong with it."""

    def __init__(self, spec: Spec, parent: QWidget, formats: Formats, today: Callable[[], date]):
        edit = DateEdit(formats, parent, name=spec.name, today=today)
        super().__init__(spec, edit, parent)
        edit.setObjectName(f"{spec.name}Box")
        edit.edited.connect(self.changed)

    def values(self) -> dict[str, Any]:
        edit: DateEdit = self.widget  # type: ignore[assignment]
        return {self.spec.name: edit.text() if edit.parse_error() else edit.value()}

    def problem(self) -> DateParseError | None:
        return self.widget.parse_error()  # type: ignore[attr-defined]

    def set_values(self, values: dict[str, Any]) -> None:
        self.widget.set_value(values.get(self.spec.name))  # type: ignore[attr-defined]


class ChoiceField(Field):
    """Enums: a combo box of (label, value)."""

    def __init__(self, spec: Spec, parent: QWidget, choices: list[tuple[str, Any]]):
        combo = QComboBox(parent)
        super().__init__(spec, combo, parent)
        if spec.optional:
            combo.addItem("", None)
        for label, value in choices:
            combo.addItem(label, value)
        combo.currentIndexChanged.connect(self.changed)

    def values(self) -> dict[str, Any]:
        return {self.spec.name: self.widget.currentData()}  # type: ignore[attr-defined]

    def set_values(self, values: dict[str, Any]) -> None:
        combo: QComboBox = self.widget  # type: ignore[assignment]
        value = values.get(self.spec.name)
        value = value.value if isinstance(value, Enum) else value
        combo.setCurrentIndex(max(0, combo.findData(value)))


class LinkField(Field):
    """A link to another record: picked by typing any part of any of its names. Text that names
    no record is passed on as it is, so validation says the field is wrong."""

    def __init__(self, spec: Spec, parent: QWidget, choices: Choices):
        picker = RecordPicker(choices, parent)
        super().__init__(spec, picker, parent)
        picker.currentIndexChanged.connect(self.changed)
        picker.editTextChanged.connect(self.changed)

    def values(self) -> dict[str, Any]:
        picker: RecordPicker = self.widget  # type: ignore[assignment]
        value = picker.value()
        return {self.spec.name: value if value is not None else (picker.currentText().strip() or None)}

    def problem(self) -> Translatable | None:
        picker: RecordPicker = self.widget  # type: ignore[assignment]
        text = picker.currentText().strip()
        if text and picker.value() is None:
            return FieldProblem(QT_TRANSLATE_NOOP("Form", "no record is called “{text}”; type part of a name and "
                                                          "pick one from the list"), {"text": text})
        return None

    def set_values(self, values: dict[str, Any]) -> None:
        self.widget.set_value(values.get(self.spec.name))  # type: ignore[attr-defined]


class TriField(Field):
    """The same text in English, Thai and Lao, one line each."""

    def __init__(self, spec: Spec, parent: QWidget):
        box = QWidget(parent)
        super().__init__(spec, box, parent)
        layout = QGridLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setVerticalSpacing(3)
        self.edits: dict[str, QLineEdit] = {}
        for row, (lang, name) in enumerate((("en", "English"), ("th", "ไทย"), ("lo", "ລາວ"))):
            edit = QLineEdit(box)
            edit.setObjectName(f"{spec.name}_{lang}")
            edit.textChanged.connect(self.changed)
            tag = QLabel(name, box)
            tag.setBuddy(edit)
            layout.addWidget(tag, row, 0)
            layout.addWidget(edit, row, 1)
            self.edits[lang] = edit
        box.setFocusProxy(self.edits["en"])  # the form's first field takes the keyboard at once

    def names(self) -> list[str]:
        return [f"{self.spec.name}_{lang}" for lang in self.edits]

    def values(self) -> dict[str, Any]:
        return {f"{self.spec.name}_{lang}": e.text() for lang, e in self.edits.items()}

    def set_values(self, values: dict[str, Any]) -> None:
        for lang, edit in self.edits.items():
            edit.setText(values.get(f"{self.spec.name}_{lang}") or "")


def make_field(spec: Spec, parent: QWidget, choices: Callable[[str], Choices],
               formats: Formats, today: Callable[[], date] = date.today) -> Field:
    if spec.kind == "tri":
        return TriField(spec, parent)
    if spec.kind == "date":
        return DateField(spec, parent, formats, today)
    if spec.kind == "number":
        return NumberField(spec, parent, formats)
    if spec.kind == "enum":
        assert spec.enum is not None
        return ChoiceField(spec, parent, [(enum_label(m), m.value) for m in spec.enum])
    if spec.kind == "link":
        return LinkField(spec, parent, choices(spec.link))
    return TextField(spec, parent)
