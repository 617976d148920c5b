"""A deterministic (seeded) large workspace for benchmarks: by default 10 agreements, 80 areas,
2,000 workstreams, 20,000 milestones, 100,000 activities, 300,000 participations and 5,000 people,
with Thai and Lao text, realistic dates and statuses. Written with bulk Core inserts, journal
rows included (as the app would have written them), so every feature works on it.

    python -m tests.benchmarks.generate OUT.mouplan [--scale 1.0] [--seed 7]
"""

from __future__ import annotations

import argparse
import json
import random
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from mouplanner.domain import (
    Activity,
    Agreement,
    AgreementParty,
    Area,
    Change,
    Milestone,
    Organisation,
    Participation,
    Person,
    Workstream,
)
from mouplanner.domain.enums import (
    ActivityKind,
    ActivityStatus,
    AgreementStatus,
    Currency,
    Direction,
    MilestoneStatus,
    OrgKind,
    ParticipantRole,
    PartyRole,
    Sex,
    WorkstreamStatus,
)
from mouplanner.storage import Workspace
from mouplanner.storage.journal import to_json_value

SIZES = {"agreements": 10, "areas": 80, "workstreams": 2000, "milestones": 20000, "activities": 100000,
         "participations": 300000, "people": 5000, "organisations": 200}
TH_WORDS = ["การฝึกอบรม", "ความร่วมมือ", "ดิจิทัล", "บรอดแบนด์", "ศึกษาดูงาน", "ไซเบอร์", "สตาร์ทอัพ", "ข้อมูล",
            "รัฐบาล", "ชุมชน", "โทรคมนาคม", "ไปรษณีย์", "นวัตกรรม", "เครือข่าย", "ผู้เชี่ยวชาญ"]
LO_WORDS = ["ການຝຶກອົບຮົມ", "ການຮ່ວມມື", "ດິຈິຕອນ", "ບຣອດແບນ", "ທັດສະນະສຶກສາ", "ໄຊເບີ", "ສະຕາດອັບ", "ຂໍ້ມູນ",
            "ລັດຖະບານ", "ຊຸມຊົນ", "ໂທລະຄົມ", "ໄປສະນີ", "ນະວັດຕະກຳ", "ເຄືອຂ່າຍ", "ຜູ້ຊ່ຽວຊານ"]
EN_WORDS = ["Training", "Cooperation", "Digital", "Broadband", "Study visit", "Cyber", "Startup", "Data",
            "Government", "Community", "Telecom", "Postal", "Innovation", "Network", "Experts"]
PLACES = ["Vientiane", "Bangkok", "Luang Prabang", "Pakse", "Chiang Mai", "Khon Kaen", "Savannakhet", "Nong Khai"]
CHUNK = 20000


def _title(rng: random.Random, n: int) -> dict[str, str]:
    picks = rng.sample(range(len(EN_WORDS)), 3)
    return {"en": " ".join(EN_WORDS[i] for i in picks) + f" {n}",
            "th": "".join(TH_WORDS[i] for i in picks) + f" {n}",
            "lo": "".join(LO_WORDS[i] for i in picks) + f" {n}"}


class _Writer:
    def __init__(self, ws: Workspace, session: Any, now: datetime):
        self.ws, self.s, self.now = ws, session, now
        self.hlc_ms = int(now.timestamp() * 1000) - 10_000_000
        self.txn = str(uuid.uuid4())

    def add(self, model: Any, rows: list[dict[str, Any]]) -> None:
        fields = model.domain_fields()
        for start in range(0, len(rows), CHUNK):
            chunk = rows[start:start + CHUNK]
            for row in chunk:
                row.update(version=1, created_at=self.now, updated_at=self.now, changed_by="generator",
                           changed_on="Benchmark", deleted_at=None)
            self.s.execute(insert(model), chunk)
            journal = []
            for row in chunk:
                self.hlc_ms += 1
                snap = {f: to_json_value(row.get(f)) for f in fields}
                journal.append({"change_id": str(uuid.uuid4()), "txn_id": self.txn,
                                "hlc": f"{self.hlc_ms:015d}.00000.{self.ws.replica_id}", "at": self.now,
                                "actor": "generator", "replica_id": self.ws.replica_id, "entity": model.__tablename__,
                                "record_id": row["id"], "op": "create", "field": None, "old_value": None,
                                "new_value": json.dumps(snap, ensure_ascii=False, sort_keys=True),
                                "action": "Generate", "base_hlc": ""})
            self.s.execute(insert(Change), journal)


def generate(path: Path | str, scale: float = 1.0, seed: int = 7) -> dict[str, int]:
    rng = random.Random(seed)
    n = {k: max(1, int(v * scale)) for k, v in SIZES.items()}
    n["agreements"] = min(n["agreements"], n["areas"])
    ws = Workspace.create(path, replica_name="Benchmark", actor="generator")
    now = datetime.now(UTC)
    today = date(2026, 11, 21)
    try:
        with ws.unjournalled(("*",), "Generate a benchmark workspace") as s:  # (it writes its own journal rows)
            w = _Writer(ws, s, now)
            orgs = [{"id": str(uuid.UUID(int=rng.getrandbits(128))), "name_en": f"Organisation {i}",
                     "name_th": f"หน่วยงาน {i}", "name_lo": f"ອົງການ {i}", "short_name": f"ORG{i}",
                     "country": rng.choice(["TH", "LA"]), "kind": rng.choice(list(OrgKind))} for i in range(n["organisations"])]
            w.add(Organisation, orgs)
            people = [{"id": str(uuid.UUID(int=rng.getrandbits(128))), "name_en": f"Person {i}",
                       "name_th": f"บุคคล {i}", "name_lo": f"ບຸກຄົນ {i}", "organisation_id": rng.choice(orgs)["id"],
                       "position": "Officer", "email": "", "phone": "", "notes": "",
                       "sex": rng.choice([Sex.FEMALE, Sex.MALE])} for i in range(n["people"])]
            w.add(Person, people)
            agreements = [{"id": str(uuid.UUID(int=rng.getrandbits(128))), "code": f"MOU-{i:03d}",
                           **{f"title_{k}": v for k, v in _title(rng, i).items()},
                           "signed_date": date(2015 + i % 8, 1 + i % 12, 1), "effective_date": date(2015 + i % 8, 1 + i % 12, 1),
                           "expiry_date": date(2030, 12, 31), "status": AgreementStatus.IN_FORCE, "document_ref": "",
                           "notes": ""} for i in range(n["agreements"])]
            w.add(Agreement, agreements)
            w.add(AgreementParty, [{"id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"party/{a['id']}/{side}")),
                                    "agreement_id": a["id"], "organisation_id": orgs[(i + side) % len(orgs)]["id"],
                                    "role": PartyRole.SIGNATORY, "side": side}
                                   for i, a in enumerate(agreements) for side in (1, 2)])
            areas = [{"id": str(uuid.UUID(int=rng.getrandbits(128))), "agreement_id": agreements[i % len(agreements)]["id"],
                      **{f"title_{k}": v for k, v in _title(rng, i).items()}, "description": "", "sort_order": i}
                     for i in range(n["areas"])]
            w.add(Area, areas)
            streams = [{"id": str(uuid.UUID(int=rng.getrandbits(128))), "area_id": areas[i % len(areas)]["id"],
                        **{f"title_{k}": v for k, v in _title(rng, i).items()}, "objective": f"Objective of workstream {i}",
                        "lead_org_1_id": rng.choice(orgs)["id"], "lead_org_2_id": rng.choice(orgs)["id"],
                        "status": rng.choice(list(WorkstreamStatus)), "planned_start": date(2018, 1, 1),
                        "planned_end": date(2029, 12, 31)} for i in range(n["workstreams"])]
            w.add(Workstream, streams)
            milestones = []
            for i in range(n["milestones"]):
                planned = today + timedelta(days=rng.randint(-1500, 900))
                status = MilestoneStatus.DONE if planned < today and rng.random() < 0.7 else rng.choice(
                    [MilestoneStatus.PLANNED, MilestoneStatus.IN_PROGRESS, MilestoneStatus.DELAYED])
                milestones.append({"id": str(uuid.UUID(int=rng.getrandbits(128))),
                                   "workstream_id": streams[i % len(streams)]["id"],
                                   **{f"title_{k}": v for k, v in _title(rng, i).items()}, "planned_date": planned,
                                   "actual_date": planned if status == MilestoneStatus.DONE else None,
                                   "status": status, "deliverable": ""})
            w.add(Milestone, milestones)
            activities = []
            for i in range(n["activities"]):
                start = today + timedelta(days=rng.randint(-2000, 700))
                kind = rng.choice(list(ActivityKind))
                total = rng.randint(0, 40)
                currency = rng.choice([None, Currency.THB, Currency.LAK, Currency.USD])
                amount = (Decimal(rng.randint(1, 500) * 1000) if currency else None)
                activities.append({
                    "id": str(uuid.UUID(int=rng.getrandbits(128))), "workstream_id": streams[i % len(streams)]["id"],
                    "milestone_id": milestones[i % len(milestones)]["id"] if rng.random() < 0.3 else None,
                    "kind": kind, "status": ActivityStatus.DONE if start < today else ActivityStatus.PLANNED,
                    **{f"title_{k}": v for k, v in _title(rng, i).items()}, "planned_start": start,
                    "planned_end": start + timedelta(days=rng.randint(0, 10)), "actual_start": None, "actual_end": None,
                    "place": rng.choice(PLACES), "country": rng.choice(["TH", "LA"]), "host_org_id": rng.choice(orgs)["id"],
                    "direction": rng.choice(list(Direction)), "headcount_total": total,
                    "headcount_women": rng.randint(0, total), "budget_amount": amount, "currency": currency,
                    "funding_source": "", "outputs": "", "notes": "", "course": "", "hours": None,
                    "certificates": None, "expertise": "", "expert_days": None, "purpose": ""})
            w.add(Activity, activities)
            parts = [{"id": str(uuid.UUID(int=rng.getrandbits(128))), "activity_id": activities[i % len(activities)]["id"],
                      "person_id": people[rng.randrange(len(people))]["id"], "role": rng.choice(list(ParticipantRole))}
                     for i in range(n["participations"])]
            w.add(Participation, parts)
    finally:
        ws.close()
    return n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    started = time.perf_counter()
    counts = generate(args.out, args.scale, args.seed)
    print(f"{args.out}: {counts} in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
