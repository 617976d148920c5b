"""A plan as an MS Project XML file (MSPDI, the Project 2007 data interchange schema), written with
lxml in the element order the schema sets, which MS Project, ProjectLibre and GanttProject open
and MPXJ reads (the tests read every export back with MPXJ):

- the agreements, areas and workstreams as summary tasks, the milestones and activities under them,
  outlined (OutlineLevel, OutlineNumber, WBS);
- planned dates as each task's start (8:00) and finish (17:00), held by a "start no earlier than"
  constraint so that Project keeps them instead of rescheduling from the project's start; actual
  dates and % complete; milestones of no duration;
- the dependencies between milestones and activities as links of their kind (finish to start,
  start to start, finish to finish, start to finish) with their lag in days;
- the saved baselines (the newest as Baseline, older ones Baseline1 to Baseline10);
- a working calendar: Monday to Friday, 8:00-12:00 and 13:00-17:00, less the public holidays of
  the country the plan is kept in;
- each task's mouplanner identity in the custom field Text1 ("mouplanner id") and its version in
  Number1, so that a plan that comes back can be matched to its records, and edits made in the
  workspace since the export told from the file's."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

from lxml import etree

from mouplanner.locale import holidays
from mouplanner.outfile import written_in_place
from mouplanner.services.plan_tasks import Plan, PlanTask

NS = "http://schemas.microsoft.com/project"
TEXT1 = "188743731"  # the custom field Text1: the record's identity
NUMBER1 = "188743767"  # Number1: its version when exported (an import tells edits made since)
DAY_START, DAY_END = time(8, 0), time(17, 0)
WORKING_TIMES = ((time(8, 0), time(12, 0)), (time(13, 0), time(17, 0)))
FIXED_DURATION, START_NO_EARLIER_THAN, DAYS = "1", "4", "7"
LINK_CODES = {"FF": "0", "FS": "1", "SF": "2", "SS": "3"}  # PredecessorLink/Type
TENTHS_OF_MINUTES_A_DAY = 4800  # a link's lag is counted in tenths of minutes of 8-hour days
STANDARD_CALENDAR = "1"


def _when(day: date, at: time) -> str:
    return datetime.combine(day, at).isoformat()


def _hours(hours: int) -> str:
    return f"PT{hours}H0M0S"


def _add(parent: etree._Element, tag: str, text: object) -> etree._Element:
    element = etree.SubElement(parent, tag)
    element.text = str(text)
    return element


def _duration(start: date, finish: date, country: str, milestone: bool) -> int:
    """Working hours from the start's morning to the finish's evening (8 a working day)."""
    if milestone:
        return 0
    return 8 * max(1, holidays.working_days(start, finish, country))


def _calendar(parent: etree._Element, plan: Plan, first: date, last: date) -> None:
    calendars = etree.SubElement(parent, "Calendars")
    calendar = etree.SubElement(calendars, "Calendar")
    _add(calendar, "UID", STANDARD_CALENDAR)
    _add(calendar, "Name", f"Standard ({plan.country})" if plan.country else "Standard")
    _add(calendar, "IsBaseCalendar", 1)
    _add(calendar, "BaseCalendarUID", -1)
    days = etree.SubElement(calendar, "WeekDays")
    for day_type in range(1, 8):  # 1 Sunday ... 7 Saturday
        day = etree.SubElement(days, "WeekDay")
        _add(day, "DayType", day_type)
        working = day_type not in (1, 7)
        _add(day, "DayWorking", int(working))
        if working:
            times = etree.SubElement(day, "WorkingTimes")
            for start, end in WORKING_TIMES:
                period = etree.SubElement(times, "WorkingTime")
                _add(period, "FromTime", start.isoformat())
                _add(period, "ToTime", end.isoformat())
    off = holidays.between(plan.country, first, last) if plan.country else {}
    if off:
        exceptions = etree.SubElement(calendar, "Exceptions")
        for day, name in sorted(off.items()):
            exception = etree.SubElement(exceptions, "Exception")
            _add(exception, "EnteredByOccurrences", 0)
            period = etree.SubElement(exception, "TimePeriod")
            _add(period, "FromDate", _when(day, time(0, 0)))
            _add(period, "ToDate", _when(day, time(23, 59)))
            _add(exception, "Occurrences", 1)
            _add(exception, "Name", name)
            _add(exception, "Type", 1)  # daily
            _add(exception, "DayWorking", 0)


def _task(parent: etree._Element, task: PlanTask, uid: int, number: str, uids: dict[str, int],
          country: str) -> None:
    element = etree.SubElement(parent, "Task")
    _add(element, "UID", uid)
    _add(element, "ID", uid)
    _add(element, "Name", task.name or "—")
    _add(element, "Type", FIXED_DURATION)
    _add(element, "IsNull", 0)
    _add(element, "WBS", number)
    _add(element, "OutlineNumber", number)
    _add(element, "OutlineLevel", task.level)
    if task.start:
        finish = task.finish or task.start
        _add(element, "Start", _when(task.start, DAY_START))
        _add(element, "Finish", _when(task.start if task.milestone else finish, DAY_START if task.milestone
                                      else DAY_END))
        _add(element, "Duration", _hours(_duration(task.start, finish, country, task.milestone)))
        _add(element, "DurationFormat", DAYS)
    _add(element, "Milestone", int(task.milestone))
    _add(element, "Summary", int(task.summary))
    if not task.summary:
        _add(element, "PercentComplete", task.percent)
        if task.actual_start:
            _add(element, "ActualStart", _when(task.actual_start, DAY_START))
        if task.actual_finish:
            _add(element, "ActualFinish", _when(task.actual_finish, DAY_START if task.milestone else DAY_END))
    if task.start and not task.summary:  # Project keeps the planned dates instead of rescheduling them
        _add(element, "ConstraintType", START_NO_EARLIER_THAN)
        _add(element, "ConstraintDate", _when(task.start, DAY_START))
    if task.notes:
        _add(element, "Notes", task.notes)
    for key, link_type, lag in task.predecessors:
        if key in uids:
            link = etree.SubElement(element, "PredecessorLink")
            _add(link, "PredecessorUID", uids[key])
            _add(link, "Type", LINK_CODES[link_type])
            _add(link, "CrossProject", 0)
            _add(link, "LinkLag", lag * TENTHS_OF_MINUTES_A_DAY)
            _add(link, "LagFormat", DAYS)
    attribute = etree.SubElement(element, "ExtendedAttribute")
    _add(attribute, "FieldID", TEXT1)
    _add(attribute, "Value", task.key)
    if task.version is not None:
        attribute = etree.SubElement(element, "ExtendedAttribute")
        _add(attribute, "FieldID", NUMBER1)
        _add(attribute, "Value", task.version)
    for number_, kept in enumerate(task.baselines):
        if kept is None:
            continue
        start, finish = kept
        baseline = etree.SubElement(element, "Baseline")
        _add(baseline, "Number", number_)
        _add(baseline, "Start", _when(start, DAY_START))
        _add(baseline, "Finish", _when(start if task.milestone else finish, DAY_START if task.milestone else DAY_END))
        _add(baseline, "Duration", _hours(_duration(start, finish, country, task.milestone)))
        _add(baseline, "DurationFormat", DAYS)


def document(plan: Plan, created: datetime) -> etree._Element:
    tasks = plan.flat()
    dates = [d for t in tasks for d in (t.start, t.finish) if d]
    first, last = (min(dates), max(dates)) if dates else (created.date(), created.date())
    root = etree.Element(f"{{{NS}}}Project", nsmap={None: NS})
    _add(root, "SaveVersion", 12)
    _add(root, "Name", plan.name)
    _add(root, "Title", plan.name)
    _add(root, "CreationDate", created.replace(microsecond=0, tzinfo=None).isoformat())
    _add(root, "ScheduleFromStart", 1)
    _add(root, "StartDate", _when(first, DAY_START))
    _add(root, "FinishDate", _when(last, DAY_END))
    _add(root, "CalendarUID", STANDARD_CALENDAR)
    _add(root, "DefaultStartTime", DAY_START.isoformat())
    _add(root, "DefaultFinishTime", DAY_END.isoformat())
    _add(root, "MinutesPerDay", 480)
    _add(root, "MinutesPerWeek", 2400)
    _add(root, "DaysPerMonth", 20)
    _add(root, "DurationFormat", DAYS)
    attributes = etree.SubElement(root, "ExtendedAttributes")
    for field_id, field_name, alias in ((TEXT1, "Text1", "mouplanner id"), (NUMBER1, "Number1", "mouplanner version")):
        attribute = etree.SubElement(attributes, "ExtendedAttribute")
        _add(attribute, "FieldID", field_id)
        _add(attribute, "FieldName", field_name)
        _add(attribute, "Alias", alias)
    _calendar(root, plan, first - timedelta(days=366), last + timedelta(days=366))
    container = etree.SubElement(root, "Tasks")
    uids = {task.key: n for n, task in enumerate(tasks, 1)}  # in outline order, as Project numbers them

    def walk(level_tasks: list[PlanTask], prefix: str) -> None:
        for n, task in enumerate(level_tasks, 1):
            number = f"{prefix}{n}"
            _task(container, task, uids[task.key], number, uids, plan.country)
            walk(task.children, number + ".")

    walk(plan.tasks, "")
    return root


def write_mspdi(plan: Plan, out: Path, created: datetime) -> Path:
    root = document(plan, created)
    with written_in_place(out) as tmp:
        etree.ElementTree(root).write(str(tmp), xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return out
