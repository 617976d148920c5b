"""An IATI activity file (standard 2.03, ``iati-activities``), written with lxml in the order the
official schema sets (the tests validate every export against it): the agreements as parent
activities (hierarchy 1) and their workstreams as children (hierarchy 2), linked both ways by
related-activity; narratives in English (the file's language), Thai and Lao; Gregorian ISO dates.

The export refuses (``IatiExportError``) when a setting or a value IATI requires is missing,
listing every one, and writes nothing."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from pathlib import Path
from urllib.parse import quote

from lxml import etree

from mouplanner.locale.marks import QT_TRANSLATE_NOOP, Note
from mouplanner.outfile import written_in_place
from mouplanner.services.iati_data import IatiActivity, IatiData, Party, Result
from mouplanner.services.iati_settings import IatiSettings
from mouplanner.storage import WorkspaceError

VERSION = "2.03"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
GENERATOR = "mouplanner"
PARENT, CHILD = "1", "2"  # RelatedActivityType
ORIGINAL, INDICATIVE = "1", "1"  # BudgetType, BudgetStatus
DAC_5, AID_TYPE_OECD = "1", "1"  # SectorVocabulary, AidTypeVocabulary
OUTPUT = "1"  # ResultType


class IatiExportError(WorkspaceError):
    """What IATI requires and the workspace or its settings lack: nothing was written. ``notes``:
    each gap, to be said in the reader's language."""

    def __init__(self, notes: list[Note]):
        super().__init__(QT_TRANSLATE_NOOP("Errors", "nothing was written; IATI needs: {missing}"),
                         missing="; ".join(str(n) for n in notes))
        self.notes = notes


def _narratives(parent: etree._Element, tag: str, texts: dict[str, str], **attrs: str) -> etree._Element:
    element = etree.SubElement(parent, tag, {k.replace("_", "-"): v for k, v in attrs.items()})
    for lang, text in texts.items():
        narrative = etree.SubElement(element, "narrative")
        if lang != "en":
            narrative.set(XML_LANG, lang)
        narrative.text = text
    return element


def _number(value: float | Decimal | int) -> str:
    text = format(Decimal(str(value)), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _org(parent: etree._Element, party: Party) -> None:
    _narratives(parent, "participating-org", party.names or {"en": "?"}, role=party.role, type=party.kind)


def _result(parent: etree._Element, result: Result) -> None:
    element = etree.SubElement(parent, "result", type=OUTPUT)
    _narratives(element, "title", result.titles)
    indicator = etree.SubElement(element, "indicator", measure=result.measure)
    _narratives(indicator, "title", result.titles)
    if result.baseline_year and result.baseline is not None:
        etree.SubElement(indicator, "baseline", year=str(result.baseline_year), value=_number(result.baseline))
    for period in result.periods:
        p = etree.SubElement(indicator, "period")
        etree.SubElement(p, "period-start", {"iso-date": period.start.isoformat()})
        etree.SubElement(p, "period-end", {"iso-date": period.end.isoformat()})
        if period.target is not None:
            etree.SubElement(p, "target", value=_number(period.target))
        if period.actual is not None:
            etree.SubElement(p, "actual", value=_number(period.actual))
        if period.women is not None:  # the women among them (the others' sex is not always known)
            actual = etree.SubElement(p, "actual", value=_number(period.women))
            etree.SubElement(actual, "dimension", name="sex", value="female")


def _activity(root: etree._Element, a: IatiActivity, data: IatiData, settings: IatiSettings) -> None:
    ref = f"{settings.org_ref}-{a.key}"
    element = etree.SubElement(root, "iati-activity", {
        "last-updated-datetime": a.updated.replace(microsecond=0).isoformat() + ("" if a.updated.tzinfo else "Z"),
        XML_LANG: "en", "hierarchy": str(a.hierarchy)})
    if a.budgets:
        element.set("default-currency", a.budgets[0].currency)
    etree.SubElement(element, "iati-identifier").text = ref
    _narratives(element, "reporting-org", data.reporter.names, ref=settings.org_ref, type=settings.org_type)
    _narratives(element, "title", a.titles)
    _narratives(element, "description", a.descriptions, type="1")
    for party in a.parties:
        _org(element, party)
    etree.SubElement(element, "activity-status", code=a.status)
    for kind, day in sorted(a.dates, key=lambda d: d[0]):
        etree.SubElement(element, "activity-date", {"type": kind, "iso-date": day.isoformat()})
    for n, country in enumerate(a.countries):
        share = 100 // len(a.countries) + (100 % len(a.countries) if n == 0 else 0)
        etree.SubElement(element, "recipient-country", code=country, percentage=str(share))
    for n, sector in enumerate(settings.sectors):
        share = 100 // len(settings.sectors) + (100 % len(settings.sectors) if n == 0 else 0)
        etree.SubElement(element, "sector", vocabulary=DAC_5, code=sector, percentage=str(share))
    etree.SubElement(element, "default-aid-type", code=settings.aid_type, vocabulary=AID_TYPE_OECD)
    for budget in a.budgets:
        b = etree.SubElement(element, "budget", type=ORIGINAL, status=INDICATIVE)
        etree.SubElement(b, "period-start", {"iso-date": date(budget.year, 1, 1).isoformat()})
        etree.SubElement(b, "period-end", {"iso-date": date(budget.year, 12, 31).isoformat()})
        value = etree.SubElement(b, "value", {"currency": budget.currency,
                                              "value-date": date(budget.year, 1, 1).isoformat()})
        value.text = _number(budget.amount)
    if settings.documents_url:
        base = settings.documents_url.rstrip("/") + "/"
        for doc in a.documents:
            link = etree.SubElement(element, "document-link", url=base + quote(doc.file_name), format=doc.media_type)
            _narratives(link, "title", {"en": doc.file_name})
            etree.SubElement(link, "category", code=doc.category)
            etree.SubElement(link, "document-date", {"iso-date": doc.day.isoformat()})
    if a.parent:
        etree.SubElement(element, "related-activity", ref=f"{settings.org_ref}-{a.parent}", type=PARENT)
    for child in a.children:
        etree.SubElement(element, "related-activity", ref=f"{settings.org_ref}-{child}", type=CHILD)
    for result in a.results:
        _result(element, result)


def document(data: IatiData, settings: IatiSettings, generated: str) -> etree._Element:
    """The ``iati-activities`` element; ``generated`` the ISO time of the export."""
    missing = settings.missing() + data.problems
    if not data.activities:
        missing.append(Note("Iati", QT_TRANSLATE_NOOP("Iati", "an agreement in the scope")))
    if missing:
        raise IatiExportError(missing)
    root = etree.Element("iati-activities", {"version": VERSION, "generated-datetime": generated})
    root.append(etree.Comment(f" written by {GENERATOR}: agreements and their workstreams "))
    for activity in data.activities:
        _activity(root, activity, data, settings)
    return root


def write_iati(data: IatiData, settings: IatiSettings, out: Path, generated: str) -> Path:
    root = document(data, settings, generated)
    with written_in_place(out) as tmp:
        etree.ElementTree(root).write(str(tmp), xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return out


def documents_left_out(data: IatiData, settings: IatiSettings) -> Iterable[str]:
    """The attached documents an export without a publication address cannot link."""
    return [] if settings.documents_url else [d.file_name for a in data.activities for d in a.documents]
