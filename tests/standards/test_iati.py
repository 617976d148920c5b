"""The IATI 2.03 activity file (issue 19): the demo's agreements and workstreams exported and
validated against IATI's own schema (tests/data/iati, by xmlschema, a validator independent of
the lxml that writes it); the hierarchy both ways, narratives in three languages, budgets per year
and currency, results with the women as the sex dimension, documents as MOU links; settings
checked against IATI's codelists; a refusal that lists everything missing and writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
import xmlschema
from lxml import etree

from mouplanner.demo import demo_id
from mouplanner.domain import Workstream
from mouplanner.facade import Facade
from mouplanner.services.iati_settings import IatiSettings, IatiSettingsError
from mouplanner.services.scope import Scope
from mouplanner.standards.iati import IatiExportError
from tests.conftest import DEMO_DAY

SCHEMA = Path(__file__).parents[1] / "data" / "iati" / "iati-activities-schema.xsd"
MDES = IatiSettings(organisation_id=demo_id("mdes"), org_ref="TH-GOV-MDES", org_type="10", sectors=["22040", "22020"],
                    aid_type="D02", documents_url="https://example.go.th/iati/docs")
LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.fixture(scope="module")
def schema():
    return xmlschema.XMLSchema(str(SCHEMA))


def export(ws, path, scope=Scope()):
    Facade(ws).exports.iati(path, scope, DEMO_DAY)
    return etree.parse(str(path)).getroot()


def test_the_demo_exported_is_valid_iati_with_its_hierarchy_narratives_and_results(demo_ws, tmp_path, schema):
    facade = Facade(demo_ws)
    facade.exports.save_iati_settings(MDES)
    assert facade.exports.iati_settings() == MDES
    root = export(demo_ws, tmp_path / "iati.xml")
    schema.validate(str(tmp_path / "iati.xml"))  # raises, saying where, when the file breaks the schema
    assert root.get("version") == "2.03"
    activities = {a.findtext("iati-identifier"): a for a in root.findall("iati-activity")}
    mou = activities["TH-GOV-MDES-TH-LA-ICT-2018"]
    assert mou.get("hierarchy") == "1" and mou.find("reporting-org").get("ref") == "TH-GOV-MDES"
    titles = {n.get(LANG, "en"): n.text for n in mou.find("title")}
    assert set(titles) == {"en", "th", "lo"} and titles["th"].startswith("บันทึกความเข้าใจ")
    assert [c.get("code") for c in mou.findall("recipient-country")] == ["LA"]  # not the reporter's own
    assert {(d.get("type"), d.get("iso-date")) for d in mou.findall("activity-date")} >= {("2", "2018-02-07"),
                                                                                           ("3", "2028-02-06")}
    assert mou.find("activity-status").get("code") == "2"
    assert [s.get("percentage") for s in mou.findall("sector")] == ["50", "50"]
    children = [r.get("ref") for r in mou.findall("related-activity") if r.get("type") == "2"]
    assert children and all(activities[c].get("hierarchy") == "2" for c in children)
    for child in children:  # each child points back at its parent
        assert [(r.get("ref"), r.get("type")) for r in activities[child].findall("related-activity")] == \
            [("TH-GOV-MDES-TH-LA-ICT-2018", "1")]
    link = mou.find("document-link")
    assert link.get("url") == "https://example.go.th/iati/docs/mou-2018-fact-sheet.pdf"
    assert link.get("format") == "application/pdf" and link.find("category").get("code") == "A09"
    training = activities[f"TH-GOV-MDES-TH-LA-ICT-2018-{demo_id('w-training')[:8]}"]
    budgets = [(b.find("period-start").get("iso-date"), b.find("value").get("currency"), b.find("value").text)
               for b in training.findall("budget")]
    assert ("2018-01-01", "THB", "830000") in budgets  # the two courses of 2018: 450,000 and 380,000 baht
    people = next(r for r in training.findall("result")
                  if r.find("title/narrative").text == "Participants in the workstream's activities")
    women = [a for a in people.iter("actual") if a.find("dimension") is not None]
    assert women and all(a.find("dimension").attrib == {"name": "sex", "value": "female"} for a in women)


def test_settings_iati_does_not_know_are_refused_and_none_kept(demo_ws):
    facade = Facade(demo_ws)
    wrong = IatiSettings(organisation_id="nobody", org_ref="MDES", org_type="99", sectors=["22040", "1234"],
                         aid_type="Z99", documents_url="www.example")
    with pytest.raises(IatiSettingsError) as refused:
        facade.exports.save_iati_settings(wrong)
    said = str(refused.value)
    for part in ("organisation_id: this organisation is not in the workspace", "'MDES' is not an IATI organisation",
                 "'99' is not in IATI's OrganisationType", "'1234' is not a DAC 5-digit sector code",
                 "'Z99' is not in IATI's AidType", "'www.example' is not a web address"):
        assert part in said
    assert facade.exports.iati_settings() == IatiSettings()


def test_an_export_iati_cannot_take_is_refused_listing_every_gap_and_writes_nothing(demo_ws, tmp_path):
    facade = Facade(demo_ws)
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "iati.xml"
    with pytest.raises(IatiExportError) as refused:
        facade.exports.iati(out, Scope(), DEMO_DAY)
    assert "IATI settings: no reporting organisation;" in str(refused.value)
    assert "IATI settings: no aid type" in str(refused.value)
    facade.exports.save_iati_settings(MDES)
    facade.save(Workstream, demo_id("w-training"), {"objective": "", "planned_start": None, "planned_end": None}, [])
    with pytest.raises(IatiExportError) as refused:
        facade.exports.iati(out, Scope(agreement_id=demo_id("mou2018")), DEMO_DAY)
    assert "(ICT training courses for Lao officials): no description (objective)" in str(refused.value)
    assert "(ICT training courses for Lao officials): no date (planned start or end)" not in str(refused.value)
    assert list(out.parent.iterdir()) == []  # nothing written, not even a part
