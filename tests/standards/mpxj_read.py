"""Reads an MS Project file with MPXJ and prints what the tests compare, as JSON. Run in a process
of its own (``python -m tests.standards.mpxj_read FILE``): a Java virtual machine in the test
process itself would share it with Qt and the test runner's fault handler."""

from __future__ import annotations

import json
import sys

import jpype
import mpxj  # noqa: F401 (puts MPXJ's jars on the class path)


def _day(value: object) -> str | None:
    return None if value is None else str(value)[:10]


def main(path: str) -> None:
    jpype.startJVM()
    from org.mpxj import TaskField
    from org.mpxj.mspdi import MSPDIReader
    from org.mpxj.reader import UniversalProjectReader

    project = MSPDIReader().read(path)
    tasks = []
    for t in project.getTasks():
        key = t.getCachedValue(TaskField.TEXT1)
        parent = t.getParentTask()
        tasks.append({
            "key": None if key is None else str(key), "name": str(t.getName()), "level": int(t.getOutlineLevel()),
            "parent": None if parent is None or parent.getCachedValue(TaskField.TEXT1) is None
            else str(parent.getCachedValue(TaskField.TEXT1)),
            "start": _day(t.getStart()), "finish": _day(t.getFinish()), "milestone": bool(t.getMilestone()),
            "summary": bool(t.getSummary()), "actual_start": _day(t.getActualStart()),
            "actual_finish": _day(t.getActualFinish()), "baseline_start": _day(t.getBaselineStart()),
            "percent": None if t.getPercentageComplete() is None else float(str(t.getPercentageComplete())),
            "predecessors": [[str(r.getPredecessorTask().getCachedValue(TaskField.TEXT1)), str(r.getType()),
                              str(r.getLag())] for r in t.getPredecessors()]})
    calendar = project.getDefaultCalendar()
    local = jpype.JClass("java.time.LocalDate")
    working = {d: bool(calendar.isWorkingDate(local.parse(d))) for d in sys.argv[2:]}
    print(json.dumps({"recognised": UniversalProjectReader().read(path) is not None, "tasks": tasks,
                      "calendar": str(calendar.getName()), "working": working,
                      "exceptions": [str(e.getName()) for e in calendar.getCalendarExceptions()]}))


if __name__ == "__main__":
    main(sys.argv[1])
