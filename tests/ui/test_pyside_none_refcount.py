"""Regression guard for the PySide6 pin (pyproject: >=6.11.3,<6.12).

PySide6 6.12.0 on Python < 3.12 drops a reference to None on every call of a method that
returns nothing, and the process aborts ("none_dealloc") after a few thousand calls. This
test fails on such a release, so the pin can be lifted once a fixed release passes it.
"""

import sys

from PySide6.QtCore import QObject
from PySide6.QtGui import QStandardItem, QStandardItemModel

CALLS = 3000


def test_void_calls_keep_none_referenced(qapp):
    obj = QObject()
    item = QStandardItem()
    model = QStandardItemModel()
    before = sys.getrefcount(None)
    for i in range(CALLS):
        obj.setObjectName("x")
        item.setText("y")
        if i % 10 == 0:
            model.appendRow(QStandardItem("z"))
    after = sys.getrefcount(None)
    # Other code may take or drop a handful of references meanwhile; the bug drops thousands.
    assert before - after < CALLS // 10, f"None lost {before - after} references over {CALLS} calls"
