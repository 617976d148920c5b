"""Indicators of an agreement, area or workstream, and their targets and actuals per period."""

from __future__ import annotations

from mouplanner.domain import Indicator, IndicatorPeriod, rules
from mouplanner.kinds.kind import Child, Field, Kind
from mouplanner.kinds.shared import NAME
from mouplanner.locale.marks import QT_TRANSLATE_NOOP

INDICATOR = Kind(
    Indicator, "indicators", QT_TRANSLATE_NOOP("Labels", "Indicators"), (
        NAME,
        Field("agreement_id", QT_TRANSLATE_NOOP("Form", "Agreement"), "link", link="agreements", width=20),
        Field("area_id", QT_TRANSLATE_NOOP("Form", "Cooperation area"), "link", link="areas", width=30),
        Field("workstream_id", QT_TRANSLATE_NOOP("Form", "Workstream"), "link", link="workstreams", width=30),
        Field("unit", QT_TRANSLATE_NOOP("Form", "Unit"), width=14),
        Field("baseline", QT_TRANSLATE_NOOP("Form", "Baseline"), "number", width=12),
        Field("baseline_label", QT_TRANSLATE_NOOP("Form", "Baseline year or period"), width=14),
    ),
    icon="indicator", rules=rules.indicator, sheet=True, tab=5, rows="periods", new=8,
    new_label=QT_TRANSLATE_NOOP("MainWindow", "New indicator…"),
    children=(Child("periods", QT_TRANSLATE_NOOP("Form", "Targets and actuals")),),
)

PERIOD = Kind(
    IndicatorPeriod, "periods", QT_TRANSLATE_NOOP("Labels", "Indicator periods"), (
        Field("indicator_id", QT_TRANSLATE_NOOP("Form", "Indicator"), "link", link="indicators", required=True,
              width=36),
        Field("label", QT_TRANSLATE_NOOP("Form", "Period"), width=12),
        Field("period_start", QT_TRANSLATE_NOOP("Form", "From"), "date"),
        Field("period_end", QT_TRANSLATE_NOOP("Form", "To"), "date"),
        Field("target", QT_TRANSLATE_NOOP("Form", "Target"), "number", width=12),
        Field("actual", QT_TRANSLATE_NOOP("Form", "Actual"), "number", width=12),
    ),
    owner="indicator_id", rules=rules.indicator_period, sheet=True,
)
