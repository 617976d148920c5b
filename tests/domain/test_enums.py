import pytest

from mouplanner.domain.enums import ActivityKind, Currency, Direction


def test_parse_accepts_values_and_labels():
    assert ActivityKind.parse("expert_exchange") is ActivityKind.EXPERT_EXCHANGE
    assert ActivityKind.parse("Workshop / seminar") is ActivityKind.WORKSHOP
    assert Direction.parse("th -> la") is Direction.TH_TO_LA
    with pytest.raises(ValueError):
        Currency.parse("EUR")


def test_lak_has_no_decimals():
    assert Currency.LAK.decimals == 0 and Currency.THB.decimals == 2
