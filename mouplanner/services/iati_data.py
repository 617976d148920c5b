"""What an IATI activity file says of a scope (``standards/iati.py`` writes it): each agreement as
a parent activity and its workstreams as its children, with their titles and descriptions in
English, Thai and Lao, the organisations taking part and their roles, status, planned and actual
dates, recipient countries, budgets per year and currency, results (indicators with baselines,
targets and actuals per period; participants with the women among them) and attached documents.

Everything IATI requires and the workspace lacks is listed as a problem (which record, what is
missing), so that the export refuses with all of them at once instead of writing a file no
aid-management system takes."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import or_, select

from mouplanner.domain import (
    Activity,
    Agreement,
    AgreementEvent,
    AgreementParty,
    Area,
    Attachment,
    Indicator,
    IndicatorPeriod,
    Organisation,
    Workstream,
)
from mouplanner.domain.enums import ActivityStatus, OrgKind, PartyRole, TermState, WorkstreamStatus
from mouplanner.locale.marks import QT_TRANSLATE_NOOP, Note
from mouplanner.services.agreement_terms import terms_in
from mouplanner.services.iati_settings import IatiSettings
from mouplanner.services.scope import Scope
from mouplanner.storage import Workspace

LANGS = ("en", "th", "lo")
ROLE = {PartyRole.FUNDING: "1", PartyRole.SIGNATORY: "2", PartyRole.IMPLEMENTING: "4"}  # OrganisationRole
ORG_TYPE = {OrgKind.MINISTRY: "10", OrgKind.AGENCY: "10", OrgKind.STATE_ENTERPRISE: "15", OrgKind.COMPANY: "70",
            OrgKind.UNIVERSITY: "80", OrgKind.INTERNATIONAL_BODY: "40"}  # OrganisationType
TERM_STATUS = {TermState.DRAFT: "1", TermState.NOT_YET: "1", TermState.IN_FORCE: "2", TermState.NOTICE_PERIOD: "2",
               TermState.RENEWED: "2", TermState.EXPIRED: "4", TermState.TERMINATED: "4"}  # ActivityStatus
WORK_STATUS = {WorkstreamStatus.PLANNED: "1", WorkstreamStatus.ACTIVE: "2", WorkstreamStatus.ON_HOLD: "6",
               WorkstreamStatus.COMPLETED: "4", WorkstreamStatus.CANCELLED: "5"}
PLANNED_START, ACTUAL_START, PLANNED_END, ACTUAL_END = "1", "2", "3", "4"  # ActivityDateType
MOU_DOCUMENT, ACTIVITY_DOCUMENT = "A09", "A02"  # DocumentCategory: memorandum of understanding; objectives


def tri(row: Any, prefix: str) -> dict[str, str]:
    return {lang: text for lang in LANGS if (text := (getattr(row, f"{prefix}_{lang}", "") or "").strip())}


@dataclass
class Party:
    names: dict[str, str]
    role: str
    kind: str


@dataclass
class Budget:
    year: int
    currency: str
    amount: Decimal


@dataclass
class Period:
    start: date
    end: date
    target: float | None = None
    actual: float | None = None
    women: int | None = None  # of the actual, when it counts people


@dataclass
class Result:
    titles: dict[str, str]
    measure: str  # IndicatorMeasure: 1 unit, 2 percentage
    periods: list[Period]
    baseline_year: int | None = None
    baseline: float | None = None


@dataclass
class Document:
    file_name: str
    media_type: str
    category: str
    day: date


@dataclass
class IatiActivity:
    key: str  # the identifier after the reporting organisation's ("TH-LA-ICT-2018", "TH-LA-ICT-2018-1a2b3c4d")
    hierarchy: int  # 1 an agreement, 2 a workstream
    titles: dict[str, str]
    descriptions: dict[str, str]
    parties: list[Party]
    status: str
    dates: list[tuple[str, date]]
    countries: list[str]
    updated: datetime
    budgets: list[Budget] = field(default_factory=list)
    results: list[Result] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    parent: str = ""  # the key of the agreement a workstream belongs to
    children: list[str] = field(default_factory=list)


@dataclass
class IatiData:
    reporter: Party
    reporter_country: str
    activities: list[IatiActivity]
    problems: list[Note]  # what IATI requires and the workspace lacks: "agreement TH-LA-ICT-2018: no title"


def _year(label: str) -> int | None:
    digits = label.strip()[:4]
    return int(digits) if digits.isdigit() else None


def load(ws: Workspace, scope: Scope, settings: IatiSettings, today: date) -> IatiData:
    with ws.read() as s:
        reporter_org = s.get(Organisation, settings.organisation_id) if settings.organisation_id else None
        reporter = Party(tri(reporter_org, "name") if reporter_org else {}, "", settings.org_type)
        home = reporter_org.country if reporter_org else ""
        orgs = {o.id: o for o in s.scalars(select(Organisation).where(Organisation.deleted_at.is_(None)))}
        agreements = select(Agreement).where(Agreement.deleted_at.is_(None)).order_by(Agreement.code)
        if not scope.is_all:
            wanted = select(Area.agreement_id).join(Workstream, Workstream.area_id == Area.id).where(
                Workstream.id.in_(scope.workstream_ids()))
            agreements = agreements.where(Agreement.id.in_(wanted) | (Agreement.id == scope.agreement_id))
        chosen = list(s.scalars(agreements))
        terms = terms_in(s, today, [a.id for a in chosen])
        out: list[IatiActivity] = []
        problems: list[Note] = []
        for agreement in chosen:
            parties = [p for p in s.scalars(select(AgreementParty).where(
                AgreementParty.agreement_id == agreement.id, AgreementParty.deleted_at.is_(None)))
                if p.organisation_id in orgs]
            countries = sorted({orgs[p.organisation_id].country for p in parties} - {home, ""})
            listed = [Party(tri(orgs[p.organisation_id], "name"), ROLE[p.role],
                            ORG_TYPE.get(orgs[p.organisation_id].kind, "90")) for p in parties]
            parent = _agreement(s, agreement, terms.get(agreement.id), listed, countries, problems)
            out.append(parent)
            streams = select(Workstream).join(Area, Area.id == Workstream.area_id).where(
                Area.agreement_id == agreement.id, Workstream.deleted_at.is_(None), Area.deleted_at.is_(None),
                Workstream.id.in_(scope.workstream_ids())).order_by(Area.sort_order, Workstream.id)
            for stream in s.scalars(streams):
                child = _workstream(s, stream, parent, listed, orgs, countries, problems)
                parent.children.append(child.key)
                out.append(child)
        return IatiData(reporter, home, out, problems)


def _agreement(s: Any, agreement: Any, term: Any, parties: list[Party], countries: list[str],
               problems: list[Note]) -> IatiActivity:
    key = agreement.code or agreement.id
    titles = tri(agreement, "title")
    areas = [tri(a, "title").get("en", "") for a in s.scalars(select(Area).where(
        Area.agreement_id == agreement.id, Area.deleted_at.is_(None)).order_by(Area.sort_order))]
    description = agreement.notes.strip() or ("Cooperation areas: " + "; ".join(a for a in areas if a) if areas else "")
    dates: list[tuple[str, date]] = []
    start = agreement.effective_date or agreement.signed_date
    if start:
        dates.append((ACTUAL_START, start))
    if term is not None and term.ends_on:
        dates.append((ACTUAL_END if term.state in (TermState.EXPIRED, TermState.TERMINATED) else PLANNED_END,
                      term.ends_on))
    activity = IatiActivity(key, 1, titles, {"en": description} if description else {}, parties,
                            TERM_STATUS.get(term.state, "1") if term else "1", dates, countries, agreement.updated_at)
    owners = [Attachment.agreement_id == agreement.id, Attachment.agreement_event_id.in_(
        select(AgreementEvent.id).where(AgreementEvent.agreement_id == agreement.id))]
    activity.documents = _documents(s, owners, MOU_DOCUMENT)
    activity.results = _results(s, Indicator.agreement_id == agreement.id)
    _check(activity, problems)
    return activity


def _workstream(s: Any, stream: Any, parent: IatiActivity, parties: list[Party], orgs: dict[str, Any],
                countries: list[str], problems: list[Note]) -> IatiActivity:
    leads = [orgs[i] for i in (stream.lead_org_1_id, stream.lead_org_2_id) if i in orgs]
    listed = [p for p in parties if p.role != "4"] + [Party(tri(o, "name"), "4", ORG_TYPE.get(o.kind, "90"))
                                                      for o in leads]
    dates = [(t, d) for t, d in ((PLANNED_START, stream.planned_start), (PLANNED_END, stream.planned_end)) if d]
    rows = s.execute(select(Activity.planned_start, Activity.actual_start, Activity.actual_end, Activity.budget_amount,
                            Activity.currency, Activity.headcount_total, Activity.headcount_women, Activity.status)
                     .where(Activity.workstream_id == stream.id, Activity.deleted_at.is_(None))).all()
    started = [r.actual_start for r in rows if r.actual_start]
    if started:
        dates.append((ACTUAL_START, min(started)))
    if stream.status == WorkstreamStatus.COMPLETED and (ended := [r.actual_end for r in rows if r.actual_end]):
        dates.append((ACTUAL_END, max(ended)))
    activity = IatiActivity(f"{parent.key}-{stream.id[:8]}", 2, tri(stream, "title"),
                            {"en": stream.objective.strip()} if stream.objective.strip() else {}, listed,
                            WORK_STATUS.get(stream.status, "2"), dates, countries, stream.updated_at,
                            parent=parent.key)
    budgets: dict[tuple[int, str], Decimal] = defaultdict(Decimal)
    people: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for r in rows:
        if r.budget_amount is not None and r.currency is not None and r.planned_start is not None:
            budgets[(r.planned_start.year, r.currency.value)] += r.budget_amount
        if r.status == ActivityStatus.DONE and (r.actual_start or r.planned_start) and r.headcount_total:
            year = (r.actual_start or r.planned_start).year
            people[year][0] += r.headcount_total
            people[year][1] += r.headcount_women or 0
    activity.budgets = [Budget(y, c, amount) for (y, c), amount in sorted(budgets.items())]
    activity.results = _results(s, Indicator.workstream_id == stream.id)
    if people:  # who took part, the women among them (IATI's sex dimension)
        activity.results.append(Result(
            {"en": "Participants in the workstream's activities", "th": "ผู้เข้าร่วมกิจกรรม",
             "lo": "ຜູ້ເຂົ້າຮ່ວມກິດຈະກຳ"}, "1",
            [Period(date(y, 1, 1), date(y, 12, 31), None, total, women)
             for y, (total, women) in sorted(people.items())]))
    activity.documents = _documents(s, [Attachment.workstream_id == stream.id], ACTIVITY_DOCUMENT)
    _check(activity, problems)
    return activity


def _documents(s: Any, owners: list[Any], category: str) -> list[Document]:
    return [Document(a.file_name, a.media_type or "application/octet-stream", category, a.created_at.date())
            for a in s.scalars(select(Attachment).where(or_(*owners), Attachment.deleted_at.is_(None))
                               .order_by(Attachment.created_at))]


def _results(s: Any, owner: Any) -> list[Result]:
    found = []
    for indicator in s.scalars(select(Indicator).where(owner, Indicator.deleted_at.is_(None))):
        periods = [Period(p.period_start, p.period_end, p.target, p.actual) for p in s.scalars(
            select(IndicatorPeriod).where(IndicatorPeriod.indicator_id == indicator.id,
                                          IndicatorPeriod.deleted_at.is_(None)).order_by(IndicatorPeriod.period_start))
            if p.period_start and p.period_end]
        found.append(Result(tri(indicator, "name"), "2" if indicator.unit.strip() == "%" else "1", periods,
                            _year(indicator.baseline_label), indicator.baseline))
    return found


def _check(activity: IatiActivity, problems: list[Note]) -> None:
    agreement = activity.hierarchy == 1
    name = activity.key if agreement else f"{activity.key} ({activity.titles.get('en', '')})"
    wanted = (
        (not activity.titles, QT_TRANSLATE_NOOP("Iati", "agreement {name}: no title"),
         QT_TRANSLATE_NOOP("Iati", "workstream {name}: no title")),
        (not activity.descriptions, QT_TRANSLATE_NOOP("Iati", "agreement {name}: no description (notes)"),
         QT_TRANSLATE_NOOP("Iati", "workstream {name}: no description (objective)")),
        (not activity.parties,
         QT_TRANSLATE_NOOP("Iati", "agreement {name}: no participating organisation (the agreement's parties)"),
         QT_TRANSLATE_NOOP("Iati", "workstream {name}: no participating organisation (the agreement's parties)")),
        (not activity.dates, QT_TRANSLATE_NOOP("Iati", "agreement {name}: no date (signed or in force from)"),
         QT_TRANSLATE_NOOP("Iati", "workstream {name}: no date (planned start or end)")))
    problems.extend(Note("Iati", said if agreement else said_of_workstream, name=name)
                    for missing, said, said_of_workstream in wanted if missing)
