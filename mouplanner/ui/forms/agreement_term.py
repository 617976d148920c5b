"""At the top of a saved agreement's form: where it stands today, from its term, tacit renewal,
notice period and dated events ("In force until 6 Feb 2028 · renewed once · notice not to renew
by 6 Aug 2027")."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from mouplanner.domain.enums import TermState
from mouplanner.domain.term import Term
from mouplanner.locale.formats import Formats
from mouplanner.ui.labels import enum_label

STYLES = {TermState.NOTICE_PERIOD: "color: #a05a00;", TermState.EXPIRED: "color: #b03a2e;",
          TermState.TERMINATED: "color: #b03a2e;"}


def describe(term: Term, fmt: Formats) -> str:
    parts = [enum_label(term.state)]
    if term.ends_on is not None:
        until = (QCoreApplication.translate("AgreementTerm", "ended on %1") if term.state in (
            TermState.EXPIRED, TermState.TERMINATED) else QCoreApplication.translate("AgreementTerm", "until %1"))
        parts[0] += " " + until.replace("%1", fmt.date(term.ends_on, "long"))
    if term.renewals:
        parts.append(QCoreApplication.translate("AgreementTerm", "renewed once") if term.renewals == 1 else
                     QCoreApplication.translate("AgreementTerm", "renewed %1 times").replace(
                         "%1", fmt.number(term.renewals)))
    if term.notice_given is not None:
        parts.append(QCoreApplication.translate("AgreementTerm", "notice given on %1").replace(
            "%1", fmt.date(term.notice_given, "long")))
    if term.notice_by is not None:
        if term.state == TermState.NOTICE_PERIOD:
            parts.append(QCoreApplication.translate("AgreementTerm", "renews by itself after %1: too late now "
                                                    "for notice").replace("%1", fmt.date(term.ends_on, "long")))
        else:
            parts.append(QCoreApplication.translate("AgreementTerm", "notice not to renew by %1").replace(
                "%1", fmt.date(term.notice_by, "long")))
    return " · ".join(parts)


def attach(form: Any, layout: Any, body: QWidget) -> QLabel | None:
    term = form.document.facade.term_of(form.record_id, form.document.today())
    if term is None:
        return None
    label = QLabel(QCoreApplication.translate("AgreementTerm", "Today: %1").replace(
        "%1", describe(term, form.document.formats)), body)
    label.setObjectName("agreementTerm")
    label.setWordWrap(True)
    label.setStyleSheet("font-weight: bold; " + STYLES.get(term.state, ""))
    layout.insertRow(0, label)
    return label
