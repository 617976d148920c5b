"""Python's cycle collector, run on the UI thread only (as Anki's ``GarbageCollector`` does).

Left automatic, the collector runs in whichever thread happens to allocate when it is due: a
background read (the dashboard's charts, an export) could then destroy a closed window's widgets,
kept alive by a reference cycle, outside the UI thread, and Qt crashes. Seen as a segmentation
fault in about one full test run in seven: a worker counting the charts while the UI thread built
the next window's navigator. Here automatic collection is off and a timer on the UI thread
collects what is due, generation by generation, as the automatic collector would.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 1000


def collect_if_due() -> None:
    """Collect the oldest generation whose count is over its threshold (cheap when none is)."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    for generation in (2, 1, 0):
        if counts[generation] > thresholds[generation]:
            gc.collect(generation)
            return


class Collector(QObject):
    def __init__(self, app: QCoreApplication):
        super().__init__(app)
        self.setObjectName("uiThreadCollector")
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(collect_if_due)
        self.timer.start(INTERVAL_MS)


def collect_on_ui_thread(app: QCoreApplication) -> None:
    """Install the collector on ``app`` (once)."""
    if app.findChild(Collector, "uiThreadCollector") is None:
        Collector(app)


__all__ = ["INTERVAL_MS", "Collector", "collect_if_due", "collect_on_ui_thread"]
