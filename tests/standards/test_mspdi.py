"""The plan as MS Project XML (issue 19), read back by MPXJ (the Java library ProjectLibre and many
tools build on, in a process of its own) as MS Project would see it: the outline of agreements,
areas and workstreams over milestones and activities, planned and actual dates, % complete, the
milestones' dependencies, a saved baseline, the working calendar without Thai public holidays,
each record's identity in Text1."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from mouplanner.demo import demo_id
from mouplanner.domain import Activity, MilestoneDependency
from mouplanner.domain.enums import LinkType
from mouplanner.facade import Facade
from mouplanner.services.scope import Scope

ROOT = Path(__file__).parents[2]


def read(path: Path, *days: str) -> dict:
    done = subprocess.run([sys.executable, "-m", "tests.standards.mpxj_read", str(path), *days], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    project = json.loads(done.stdout)
    assert project["recognised"]  # MPXJ's universal reader takes it for a project file
    project["by_key"] = {t["key"]: t for t in project["tasks"] if t["key"]}
    return project


def test_the_2018_mou_plan_read_back_by_mpxj(demo_ws, tmp_path):
    facade = Facade(demo_ws)
    facade.save_baseline("Before the 9th JWG")
    joomla = demo_id("act-tr-joomla")
    start = facade.service(Activity).get(joomla).planned_start
    facade.save(Activity, joomla, {"planned_start": start + timedelta(days=14),
                                   "planned_end": start + timedelta(days=18)}, [])
    review = demo_id("m-gms-plan")  # the course starts two days after that milestone's start, start to start
    facade.service(MilestoneDependency).create({"activity_id": joomla, "depends_on_id": review,
                                                "link_type": LinkType.SS, "lag_days": 2})
    plan = facade.exports.mspdi(tmp_path / "plan.xml", Scope(agreement_id=demo_id("mou2018")), "en")
    project = read(tmp_path / "plan.xml", "2026-04-13", "2026-04-20", "2026-04-18")
    tasks = project["by_key"]
    assert plan.country == "TH" and len(tasks) == len(plan.flat())
    mou = tasks[f"agreement:{demo_id('mou2018')}"]
    assert (mou["level"], mou["summary"]) == (1, True) and mou["name"].startswith("TH-LA-ICT-2018 ")
    training = tasks[f"workstream:{demo_id('w-training')}"]
    assert training["level"] == 3 and tasks[training["parent"]]["level"] == 2
    moved = tasks[f"activity:{joomla}"]
    assert moved["parent"] == f"workstream:{demo_id('w-training')}"
    assert (moved["start"], moved["finish"]) == (str(start + timedelta(days=14)), str(start + timedelta(days=18)))
    assert moved["baseline_start"] == str(start)  # where it was planned when the baseline was saved
    signing = tasks[f"activity:{demo_id('act-signing')}"]
    assert (signing["actual_start"], signing["percent"]) == ("2018-02-07", 100.0)
    assert moved["predecessors"] == [[f"milestone:{review}", "SS", "2.0d"]]
    links = [(t, p) for t in tasks.values() for p in t["predecessors"] if t is not moved]
    assert links and all(t["milestone"] and tasks[p[0]]["milestone"] and p[1:] == ["FS", "0.0d"] for t, p in links)
    assert all(t["start"] == t["finish"] for t in tasks.values() if t["milestone"])
    assert project["calendar"] == "Standard (TH)" and "Songkran Festival" in project["exceptions"]
    assert project["working"] == {"2026-04-13": False, "2026-04-20": True, "2026-04-18": False}  # Songkran, a Monday, a Saturday


def test_a_workstreams_plan_starts_at_its_level_in_thai(demo_ws, tmp_path):
    plan = Facade(demo_ws).exports.mspdi(tmp_path / "ws.xml", Scope(workstream_id=demo_id("w-training")), "th")
    tasks = read(tmp_path / "ws.xml")["by_key"]
    top = tasks[f"workstream:{demo_id('w-training')}"]
    assert top["level"] == 1 and top["name"] == plan.tasks[0].name
    assert all(t["level"] == 2 for k, t in tasks.items() if not k.startswith("workstream:"))
    assert any("หลักสูตร" in t["name"] for t in tasks.values())
