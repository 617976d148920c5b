"""The planner's statistics, gathered at once after a bulk write on a server.

PostgreSQL plans each query from statistics its autovacuum gathers in the background, some time
after a table has changed much. After an import of thousands of rows or a large sync, the lists
would be planned from the old figures until then (measured after a restore: 3 s to open the
activities' list at 100,000 rows instead of 0.1 s). So the app gathers them itself when it has
just written many rows. ANALYZE is for a table's owner; the function below runs as its owner (the
admins' group, as for every function of the workspace) for whoever calls it, on this workspace's
own tables only.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import Connection, Engine, text

FUNCTION = "mouplanner_analyze"
AFTER_ROWS = 1000  # rows written in one table that make its statistics worth gathering now

INSTALL = f"""
CREATE OR REPLACE FUNCTION {FUNCTION}(tables text[]) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY tables LOOP
    IF EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tablename = t) THEN
      EXECUTE format('ANALYZE public.%I', t);
    END IF;
  END LOOP;
END $$"""


def install(conn: Connection) -> None:
    conn.execute(text(INSTALL))


def gather(engine: Engine, written: Mapping[str, int], after_rows: int = AFTER_ROWS) -> list[str]:
    """ANALYZE the tables with ``after_rows`` or more rows written; returns them."""
    tables = sorted(t for t, rows in written.items() if rows >= after_rows)
    if tables:
        with engine.begin() as conn:
            conn.execute(text(f"SELECT {FUNCTION}(:tables)"), {"tables": tables})
    return tables
