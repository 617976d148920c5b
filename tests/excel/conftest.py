from __future__ import annotations

import pytest

from mouplanner.excel.data_export import export_data
from mouplanner.locale.formats import Formats


@pytest.fixture
def demo_ws(demo_on_both):
    """This suite runs on both backends: each test that takes the demo workspace runs on a file,
    then on a PostgreSQL server."""
    return demo_on_both


@pytest.fixture
def data_xlsx(demo_ws, tmp_path):
    return export_data(demo_ws, tmp_path / "data.xlsx", Formats("en"))
