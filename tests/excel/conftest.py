from __future__ import annotations

import pytest

from mouplanner.excel.data_export import export_data
from mouplanner.locale.formats import Formats


@pytest.fixture
def data_xlsx(demo_ws, tmp_path):
    return export_data(demo_ws, tmp_path / "data.xlsx", Formats("en"))
