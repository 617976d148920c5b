"""What an IATI export needs to know of its publisher, kept with the workspace (this laptop's or
this server's, as each ministry publishes its own): the reporting organisation (one of the
workspace's organisations, with its IATI organisation identifier and type), the DAC sectors, the
aid type, and where attached documents are published on the web (optional). Each value is checked
against IATI's codelists (``resources/iati/codelists.json``) before it is kept."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, fields
from functools import cache
from typing import Any

from sqlalchemy import select

from mouplanner.domain import Meta, Organisation
from mouplanner.locale.marks import QT_TRANSLATE_NOOP, Note
from mouplanner.paths import resource
from mouplanner.storage import Workspace, WorkspaceError

PREFIX = "iati."
# an organisation identifier: a registration agency's prefix, then that agency's number (TH-GOV-12345)
ORG_REF = re.compile(r"^[A-Z]{2}-[A-Z0-9]{2,}-\S+$")
URL = re.compile(r"^https?://\S+$")


class IatiSettingsError(WorkspaceError):
    """A setting IATI's codelists do not have, or one the export needs and has not got."""


@cache
def codelists() -> dict[str, dict[str, str]]:
    return json.loads(resource("iati", "codelists.json").read_text(encoding="utf-8"))


@dataclass
class IatiSettings:
    organisation_id: str = ""  # the reporting organisation, one of the workspace's
    org_ref: str = ""  # its IATI organisation identifier
    org_type: str = ""  # OrganisationType code ("10" government)
    sectors: list[str] = field(default_factory=list)  # DAC 5-digit codes ("22040" ICT)
    aid_type: str = ""  # AidType code ("D02" other technical assistance)
    documents_url: str = ""  # where attached documents are published (their file name is added)

    def missing(self) -> list[Note]:
        """The settings an export cannot do without."""
        wanted = {"organisation_id": QT_TRANSLATE_NOOP("Iati", "IATI settings: no reporting organisation"),
                  "org_ref": QT_TRANSLATE_NOOP("Iati", "IATI settings: no reporting organisation's IATI identifier"),
                  "org_type": QT_TRANSLATE_NOOP("Iati", "IATI settings: no reporting organisation's type"),
                  "sectors": QT_TRANSLATE_NOOP("Iati", "IATI settings: no sector"),
                  "aid_type": QT_TRANSLATE_NOOP("Iati", "IATI settings: no aid type")}
        return [Note("Iati", said) for name, said in wanted.items() if not getattr(self, name)]


def read(ws: Workspace) -> IatiSettings:
    meta = ws.meta()
    values: dict[str, Any] = {f.name: meta.get(PREFIX + f.name, "") for f in fields(IatiSettings)}
    values["sectors"] = [c for c in values["sectors"].split(",") if c]
    return IatiSettings(**values)


def problems(ws: Workspace, settings: IatiSettings) -> list[tuple[str, str]]:
    """(setting, what is wrong) for each value IATI would not take; empty when all is well."""
    lists = codelists()
    found: list[tuple[str, str]] = []
    if settings.organisation_id:
        with ws.read() as s:
            org = s.get(Organisation, settings.organisation_id)
        if org is None or org.deleted_at is not None:
            found.append(("organisation_id", "this organisation is not in the workspace"))
    if settings.org_ref and not ORG_REF.match(settings.org_ref):
        found.append(("org_ref", f"{settings.org_ref!r} is not an IATI organisation identifier (agency prefix, "
                                 "then its number: TH-GOV-12345)"))
    if settings.org_type and settings.org_type not in lists["OrganisationType"]:
        found.append(("org_type", f"{settings.org_type!r} is not in IATI's OrganisationType codelist"))
    for code in settings.sectors:
        if code not in lists["Sector"]:
            found.append(("sectors", f"{code!r} is not a DAC 5-digit sector code (22040: ICT)"))
    if settings.aid_type and settings.aid_type not in lists["AidType"]:
        found.append(("aid_type", f"{settings.aid_type!r} is not in IATI's AidType codelist (D02: other technical "
                                  "assistance)"))
    if settings.documents_url and not URL.match(settings.documents_url):
        found.append(("documents_url", f"{settings.documents_url!r} is not a web address (https://…)"))
    return found


def save(ws: Workspace, settings: IatiSettings) -> None:
    """Keep the settings, all checked first: one wrong value keeps none."""
    wrong = problems(ws, settings)
    if wrong:
        raise IatiSettingsError(QT_TRANSLATE_NOOP("Errors", "the IATI settings were not kept: {problems}"),
                                problems="; ".join(f"{name}: {why}" for name, why in wrong))
    values = {f.name: getattr(settings, f.name) for f in fields(IatiSettings)}
    values["sectors"] = ",".join(settings.sectors)
    with ws.unjournalled(("workspace_meta",), "IATI settings") as s:
        kept = {m.key: m for m in s.scalars(select(Meta).where(Meta.key.startswith(PREFIX)))}
        for name, value in values.items():
            if PREFIX + name in kept:
                kept[PREFIX + name].value = value
            else:
                s.add(Meta(key=PREFIX + name, value=value))
