"""The demo workspace, built from ``resources/demo/demo.json``."""

from mouplanner.demo.build import build_demo, demo_id

__all__ = ["build_demo", "demo_id"]
