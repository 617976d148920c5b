"""The demo and its check run on both backends: each test that takes the demo workspace runs on a
file, then on a PostgreSQL server."""

from __future__ import annotations

import pytest


@pytest.fixture
def demo_ws(demo_on_both):
    return demo_on_both
