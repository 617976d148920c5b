"""Builds the demo workspace through the services, so it is validated and journalled like
any user's work. Keys become stable UUIDs; ``T+n`` dates are relative to the build day."""

from __future__ import annotations

import json
import re
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from mouplanner.paths import resource
from mouplanner.services import Services, documents
from mouplanner.storage import Workspace

NAMESPACE = uuid.UUID("4f6d2f1e-8a55-4a1e-9a3e-6d6f75706c61")
RELATIVE = re.compile(r"^T([+-]\d+)$")
DATE_FIELDS = {"signed_date", "effective_date", "expiry_date", "planned_start", "planned_end",
               "actual_start", "actual_end", "planned_date", "actual_date", "period_start", "period_end",
               "meeting_date", "end_date", "due_date", "update_date", "event_date", "runs_until"}
# Keys in demo.json that name another record, and the field they fill.
LINKS = {"organisation": "organisation_id", "lead_org_1": "lead_org_1_id", "lead_org_2": "lead_org_2_id",
         "host_org": "host_org_id", "milestone": "milestone_id", "person": "person_id", "agreement": "agreement_id",
         "co_chair_1": "co_chair_1_id", "co_chair_2": "co_chair_2_id", "presenter": "presenter_id",
         "owner": "owner_id", "workstream": "workstream_id", "activity": "activity_id", "meeting": "meeting_id"}
NESTED = {"key", "parties", "signatories", "areas", "workstreams", "coordinators", "milestones",
          "activities", "participants", "indicators", "periods", "depends_on", "attendees", "agenda", "decisions",
          "actions", "updates", "events", "documents"}


def demo_id(key: str) -> str:
    return str(uuid.uuid5(NAMESPACE, key))


def _date(value: str, today: date) -> str:
    m = RELATIVE.match(value)
    return (today + timedelta(days=int(m.group(1)))).isoformat() if m else value


def _fields(item: dict[str, Any], today: date, **parents: str) -> dict[str, Any]:
    out: dict[str, Any] = dict(parents)
    for name, value in item.items():
        if name in NESTED:
            continue
        if name in LINKS:
            out[LINKS[name]] = demo_id(value)
        elif name in DATE_FIELDS and isinstance(value, str):
            out[name] = _date(value, today)
        else:
            out[name] = value
    return out


def load() -> dict[str, Any]:
    return json.loads(resource("demo", "demo.json").read_text(encoding="utf-8"))


def _indicators(svc: Services, items: list[dict[str, Any]], today: date, owner: dict[str, str]) -> None:
    for ind in items:
        svc.indicators.create(_fields(ind, today, **owner), record_id=demo_id(ind["key"]))
        for i, period in enumerate(ind.get("periods", [])):
            svc.periods.create(_fields(period, today, indicator_id=demo_id(ind["key"])),
                               record_id=demo_id(f"{ind['key']}/period/{i}"))


def _workstream(svc: Services, ws_item: dict[str, Any], area_key: str, today: date) -> None:
    wid = demo_id(ws_item["key"])
    svc.workstreams.create(_fields(ws_item, today, area_id=demo_id(area_key)), record_id=wid)
    for person in ws_item.get("coordinators", []):
        svc.coordinators.create({"workstream_id": wid, "person_id": demo_id(person)},
                                record_id=demo_id(f"{ws_item['key']}/coordinator/{person}"))
    for ms in ws_item.get("milestones", []):
        svc.milestones.create(_fields(ms, today, workstream_id=wid), record_id=demo_id(ms["key"]))
    for ms in ws_item.get("milestones", []):
        for dep in ms.get("depends_on", []):
            svc.dependencies.create({"milestone_id": demo_id(ms["key"]), "depends_on_id": demo_id(dep)},
                                    record_id=demo_id(f"{ms['key']}/depends/{dep}"))
    for act in ws_item.get("activities", []):
        aid = demo_id(act["key"])
        svc.activities.create(_fields(act, today, workstream_id=wid), record_id=aid)
        for p in act.get("participants", []):
            svc.participants.create(_fields(p, today, activity_id=aid),
                                      record_id=demo_id(f"{act['key']}/participant/{p['person']}"))


def _meeting(svc: Services, item: dict[str, Any], today: date) -> None:
    """A meeting with its attendees, and its agenda with the decisions and action items of each item."""
    mid = demo_id(item["key"])
    svc.meetings.create(_fields(item, today), record_id=mid)
    for a in item.get("attendees", []):
        svc.attendees.create(_fields(a, today, meeting_id=mid),
                             record_id=demo_id(f"{item['key']}/attendee/{a['person']}"))
    for agenda in item.get("agenda", []):
        aid = demo_id(agenda["key"])
        svc.agenda_items.create(_fields(agenda, today, meeting_id=mid), record_id=aid)
        for d in agenda.get("decisions", []):
            svc.decisions.create(_fields(d, today, meeting_id=mid, agenda_item_id=aid), record_id=demo_id(d["key"]))
        for action in agenda.get("actions", []):
            xid = demo_id(action["key"])
            svc.action_items.create(_fields(action, today, meeting_id=mid, agenda_item_id=aid), record_id=xid)
            for i, update in enumerate(action.get("updates", [])):
                svc.action_updates.create(_fields(update, today, action_item_id=xid),
                                          record_id=demo_id(f"{action['key']}/update/{i}"))


def build_demo(path: Path | str, *, today: date | None = None) -> Workspace:
    """Write the demo workspace to ``path`` (which must not exist) and return it open."""
    today = today or date.today()
    data = load()
    ws = Workspace.create(path, replica_name="Demo", actor="demo")
    svc = Services(ws)
    for org in data["organisations"]:
        svc.organisations.create(_fields(org, today), record_id=demo_id(org["key"]))
    for person in data["people"]:
        svc.people.create(_fields(person, today), record_id=demo_id(person["key"]))
    for ag in data["agreements"]:
        agid = demo_id(ag["key"])
        svc.agreements.create(_fields(ag, today), record_id=agid)
        for party in ag.get("parties", []):
            svc.parties.create(_fields(party, today, agreement_id=agid),
                               record_id=demo_id(f"{ag['key']}/party/{party['organisation']}/{party['role']}"))
        for sig in ag.get("signatories", []):
            svc.signatories.create(_fields(sig, today, agreement_id=agid),
                                   record_id=demo_id(f"{ag['key']}/signatory/{sig['person']}"))
        for n, attached in enumerate(ag.get("documents", []), 1):  # (the same bytes at every build)
            documents.attach(ws, "agreement_id", agid, resource("demo", "documents", attached["file"]),
                             attached.get("description", ""), record_id=demo_id(f"{ag['key']}/document/{n}"))
        for n, event in enumerate(ag.get("events", []), 1):
            svc.agreement_events.create(_fields(event, today, agreement_id=agid),
                                        record_id=demo_id(f"{ag['key']}/event/{n}"))
        _indicators(svc, ag.get("indicators", []), today, {"agreement_id": agid})
        for area in ag.get("areas", []):
            svc.areas.create(_fields(area, today, agreement_id=agid), record_id=demo_id(area["key"]))
            for ws_item in area.get("workstreams", []):
                _workstream(svc, ws_item, area["key"], today)
    for meeting in data.get("meetings", []):
        _meeting(svc, meeting, today)
    return ws
