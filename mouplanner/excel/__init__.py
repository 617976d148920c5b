"""Excel in and out: ministry report workbooks, round-trip data workbooks, blank templates and
imports that never lose data. No Qt: the CLI and batch jobs use it headless."""
