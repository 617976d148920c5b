"""The one date field of the app: typed as people write dates (7/2/2561, 2018-02-07, 7 ก.พ. 2561,
Thai or Lao digits) or picked from a calendar that opens at the field's date or today, shown in
the reader's language and era, and cleared with one click.

Qt's own QDateEdit cannot do this: it knows no Buddhist era, it shows ISO dates in Thai, and its
empty value is a fake date (1900-01-01). The popup's month and year are written by
``Formats`` (Buddhist era in Thai); the calendar grid is Qt's, without its own year header.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QEvent, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mouplanner.locale.dates import DateParseError, parse_date
from mouplanner.locale.formats import Formats
from mouplanner.ui.i18n import translated

INVALID_STYLE = "QLineEdit { border: 1px solid #b03a2e; background: #fdf0ee; }"



def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)

class DateEdit(QWidget):
    """``value()`` is the date or None; ``error()`` says what is wrong with the typed text."""

    dateChanged = Signal(object)  # the new date, or None once cleared; not sent while the text is wrong
    edited = Signal()  # any change of the text, valid or not

    def __init__(self, formats: Formats, parent: QWidget | None = None, *, name: str = "",
                 today: Callable[[], date] = date.today):
        super().__init__(parent)
        self.formats = formats
        self._today = today
        self._value: date | None = None
        self._error: DateParseError | None = None
        self.edit = QLineEdit(self)
        self.edit.setObjectName(name or "date")
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self._typed)
        self.edit.editingFinished.connect(self._tidy)
        self.button = QToolButton(self)
        self.button.setObjectName("pickDate")
        self.button.setText("▾")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.open_calendar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.popup: DatePopup | None = None
        self.setFocusProxy(self.edit)
        self.retranslate()

    # --- value ---------------------------------------------------------------------------------

    def value(self) -> date | None:
        return self._value

    def text(self) -> str:
        return self.edit.text()

    def error(self) -> str:
        """What is wrong with the typed text, in the UI language; "" when it is a date or empty."""
        return translated(self._error, self.formats) if self._error else ""

    def parse_error(self) -> DateParseError | None:
        return self._error

    def set_value(self, value: date | None) -> None:
        self.edit.setText(self.formats.date(value, "short"))

    def clear(self) -> None:
        self.edit.clear()

    def set_formats(self, formats: Formats) -> None:
        """Another language, era or digits: the same date, written the new way."""
        self.formats = formats
        if self._error is None:
            self.set_value(self._value)
        self.retranslate()

    def _typed(self, text: str) -> None:
        try:
            value = parse_date(text)
        except DateParseError as exc:
            self._error = exc
            self.edit.setStyleSheet(INVALID_STYLE)
            self.edit.setToolTip(self.error())
            self.edited.emit()
            return
        self._error = None
        self.edit.setStyleSheet("")
        self.edit.setToolTip("")
        changed = value != self._value
        self._value = value
        self.edited.emit()
        if changed:
            self.dateChanged.emit(value)

    def _tidy(self) -> None:
        """Once typing is done, a valid date is written the app's way (7/2/61 stays as typed)."""
        if self._error is None and self._value is not None:
            tidy = self.formats.date(self._value, "short")
            if tidy != self.edit.text():
                self.edit.setText(tidy)

    # --- calendar ------------------------------------------------------------------------------

    def open_calendar(self) -> DatePopup:
        self.popup = DatePopup(self)
        self.popup.show_at(self._value or self._today(), self.mapToGlobal(QPoint(0, self.height())))
        return self.popup

    def picked(self, value: date | None) -> None:
        self.set_value(value)
        self.edit.setFocus()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("day/month/year"))
        self.button.setToolTip(self.tr("Pick a date"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class DatePopup(QFrame):
    """A month to pick a day from: ◀ month year ▶ in the reader's era, Today, Clear."""

    def __init__(self, owner: DateEdit):
        super().__init__(owner, Qt.WindowType.Popup)
        self.setObjectName("datePopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.owner = owner
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("calendar")
        self.calendar.setNavigationBarVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setGridVisible(False)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)  # as the app's month view
        self.calendar.currentPageChanged.connect(lambda _y, _m: self._update_title())
        self.calendar.activated.connect(self._chosen)
        self.calendar.clicked.connect(self._chosen)
        self.title = QLabel(self)
        self.title.setObjectName("monthTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        prev_button, next_button = QToolButton(self), QToolButton(self)
        prev_button.setObjectName("previousMonth")
        next_button.setObjectName("nextMonth")
        prev_button.setArrowType(Qt.ArrowType.LeftArrow)
        next_button.setArrowType(Qt.ArrowType.RightArrow)
        prev_button.clicked.connect(self.calendar.showPreviousMonth)
        next_button.clicked.connect(self.calendar.showNextMonth)
        prev_year, next_year = QToolButton(self), QToolButton(self)
        prev_year.setText("«")
        next_year.setText("»")
        prev_year.clicked.connect(lambda: self.calendar.setCurrentPage(self.calendar.yearShown() - 1,
                                                                       self.calendar.monthShown()))
        next_year.clicked.connect(lambda: self.calendar.setCurrentPage(self.calendar.yearShown() + 1,
                                                                       self.calendar.monthShown()))
        head = QHBoxLayout()
        for widget in (prev_year, prev_button):
            head.addWidget(widget)
        head.addWidget(self.title, 1)
        for widget in (next_button, next_year):
            head.addWidget(widget)
        self.today_button = QPushButton(self.tr("Today"), self)
        self.today_button.setObjectName("today")
        self.today_button.clicked.connect(lambda: self._chosen(_qdate(owner._today())))
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.setObjectName("clear")
        self.clear_button.clicked.connect(lambda: self._picked(None))
        foot = QHBoxLayout()
        foot.addWidget(self.today_button)
        foot.addStretch()
        foot.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(head)
        layout.addWidget(self.calendar)
        layout.addLayout(foot)

    def show_at(self, shown: date, where: QPoint) -> None:
        self.calendar.setSelectedDate(_qdate(shown))
        self.calendar.setCurrentPage(shown.year, shown.month)
        self._update_title()
        self.move(where)
        self.show()
        self.calendar.setFocus()

    def _update_title(self) -> None:
        shown = date(self.calendar.yearShown(), self.calendar.monthShown(), 1)
        self.title.setText(self.owner.formats.month_year(shown, "long"))

    def _chosen(self, day: QDate) -> None:
        self._picked(date(day.year(), day.month(), day.day()))

    def _picked(self, value: date | None) -> None:
        self.close()
        self.owner.picked(value)

