"""The lists of meetings and of action items: each scoped by the agreement of what the navigator
shows, the action items with their owner and marked when overdue."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import aliased

from mouplanner.domain import ActionItem, Agreement, Area, Meeting, Person, Workstream
from mouplanner.services.listing import Listing, plain, tri, tri_cell, tri_sort
from mouplanner.services.patterns import like_pattern
from mouplanner.services.scope import Scope

Owner = aliased(Person)
AtMeeting = aliased(Meeting)


def agreements_of(scope: Scope) -> Select:
    """The agreement the navigator's choice belongs to (meetings are an agreement's)."""
    if scope.agreement_id:
        return select(Agreement.id).where(Agreement.id == scope.agreement_id)
    if scope.area_id:
        return select(Area.agreement_id).where(Area.id == scope.area_id)
    return (select(Area.agreement_id).join(Workstream, Workstream.area_id == Area.id)
            .where(Workstream.id == scope.workstream_id))


def _searched(*columns: Any) -> Any:
    return lambda conn, search, text: or_(*[c.ilike(like_pattern(text), escape="\\") for c in columns])


MEETINGS = Listing(
    model=Meeting,
    reads=frozenset({"agreement", "area", "workstream"}),  # (scoped through the navigator's choice)
    fetch={"meeting_date": Meeting.meeting_date, "number": Meeting.number, **tri(Meeting, "title"),
           "body": Meeting.body, "status": Meeting.status, "host_country": Meeting.host_country,
           "venue": Meeting.venue, "agreement": Agreement.code},
    cells={"meeting_date": plain("meeting_date"), "number": plain("number"), "title": tri_cell("title"),
           "body": plain("body"), "status": plain("status"), "host_country": plain("host_country"),
           "venue": plain("venue"), "agreement": plain("agreement")},
    sorts={"meeting_date": lambda lang: Meeting.meeting_date, "number": lambda lang: func.lower(Meeting.number),
           "title": tri_sort(Meeting, "title"), "body": lambda lang: Meeting.body,
           "status": lambda lang: Meeting.status, "host_country": lambda lang: Meeting.host_country,
           "venue": lambda lang: func.lower(Meeting.venue), "agreement": lambda lang: func.lower(Agreement.code)},
    joins=[(Agreement, Agreement.id == Meeting.agreement_id)],
    join_sorts={Agreement: ("agreement",)},
    default_sort="meeting_date",
    scoped=lambda scope: Meeting.agreement_id.in_(agreements_of(scope)),
    text_filter=_searched(*tri(Meeting, "title").values(), Meeting.number, Meeting.venue),
    status_col=Meeting.status, date_col=Meeting.meeting_date,
)

ACTION_ITEMS = Listing(
    model=ActionItem,
    reads=frozenset({"person", "meeting", "agreement", "area", "workstream"}),
    fetch={**tri(ActionItem, "title"), **{f"owner_{k}": v for k, v in tri(Owner, "name").items()},
           "due_date": ActionItem.due_date, "status": ActionItem.status, "meeting": AtMeeting.number},
    cells={"title": tri_cell("title"), "owner": tri_cell("owner_name"), "due_date": plain("due_date"),
           "status": plain("status"), "meeting": plain("meeting")},
    sorts={"title": tri_sort(ActionItem, "title"), "owner": tri_sort(Owner, "name"),
           "due_date": lambda lang: ActionItem.due_date, "status": lambda lang: ActionItem.status,
           "meeting": lambda lang: AtMeeting.meeting_date},
    joins=[(Owner, Owner.id == ActionItem.owner_id), (AtMeeting, AtMeeting.id == ActionItem.meeting_id)],
    join_sorts={Owner: ("owner",), AtMeeting: ("meeting",)},
    default_sort="due_date",
    scoped=lambda scope: ActionItem.meeting_id.in_(
        select(Meeting.id).where(Meeting.agreement_id.in_(agreements_of(scope)))),
    text_filter=_searched(*tri(ActionItem, "title").values(), ActionItem.notes),
    status_col=ActionItem.status, date_col=ActionItem.due_date,
    due=("due_date", "status", frozenset({"done", "dropped"})),
)
