"""What others commit, told to every open window of a server workspace (LISTEN/NOTIFY).

The server itself announces each journalled write: a statement trigger on the journal sends the
kinds of record, their ids and the fields written on one channel when the transaction commits (a
write too large to list in one notification names its kinds only). Each open workspace listens
on a connection of its own, in a thread, and hands what it hears to the workspace's commit
listeners as a ``ChangeSet``, so that views refresh only what changed, as for their own writes.
What the workspace's own connections committed it already knows, and skips. A lost connection
is retried every few seconds until the workspace closes.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Set
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.engine import URL

from mouplanner.storage.journal import ChangeSet

CHANNEL = "mouplanner_changes"
LIMIT = 7900  # bytes: a notification's payload must stay under 8,000
RETRY_S = 2.0

_NOTIFY = f"""
CREATE OR REPLACE FUNCTION mouplanner_notify() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE payload text;
BEGIN
  SELECT json_build_object('txn', min(txn), 'records', json_object_agg(entity, ids),
                           'fields', json_object_agg(entity, fields))::text INTO payload
  FROM (SELECT entity, min(txn_id) AS txn, json_agg(DISTINCT record_id) AS ids,
               json_agg(DISTINCT CASE WHEN op = 'update' THEN field ELSE '*' END) AS fields
        FROM added GROUP BY entity) per_kind;
  IF payload IS NULL THEN
    RETURN NULL;
  END IF;
  IF octet_length(payload) > {LIMIT} THEN  -- too many to list: the kinds, every record of them
    SELECT json_build_object('txn', min(txn), 'records', json_object_agg(entity, json_build_array('*')),
                             'fields', json_object_agg(entity, json_build_array('*')))::text INTO payload
    FROM (SELECT entity, min(txn_id) AS txn FROM added GROUP BY entity) per_kind;
  END IF;
  PERFORM pg_notify('{CHANNEL}', payload);
  RETURN NULL;
END $$"""


def install(conn: Connection) -> None:
    """The journal's announcement (after every upgrade; running it again changes nothing)."""
    conn.execute(text(_NOTIFY))
    conn.execute(text('CREATE OR REPLACE TRIGGER mouplanner_notify AFTER INSERT ON "change" '
                      "REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION mouplanner_notify()"))


def change_set(payload: str) -> ChangeSet | None:
    """The ChangeSet a notification announces; None for one that is not the journal's."""
    try:
        said = json.loads(payload)
        records = {str(kind): frozenset(map(str, ids)) for kind, ids in said["records"].items()}
        fields = {str(kind): frozenset(map(str, names)) for kind, names in said["fields"].items()}
        return ChangeSet(records, str(said.get("txn") or ""), "", fields)
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


class Listener:
    """A thread that hears the server's announcements until ``stop``; ``own`` holds the server
    process ids of the workspace's own connections (what they commit is not announced twice)."""

    def __init__(self, url: URL, own: Set[int], deliver: Callable[[ChangeSet], None]):
        self._conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
        self._own = own
        self._deliver = deliver
        self._stopping = threading.Event()
        self.listening = threading.Event()  # set while connected (tests wait for it)
        self._thread = threading.Thread(target=self._run, name="mouplanner-listen", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import psycopg

        while not self._stopping.is_set():
            try:
                with psycopg.connect(self._conninfo, autocommit=True, connect_timeout=5) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.listening.set()
                    while not self._stopping.is_set():
                        for note in conn.notifies(timeout=0.5):
                            self._heard(note)
            except psycopg.Error:
                self.listening.clear()
                self._stopping.wait(RETRY_S)  # the server restarted, the network dropped: try again

    def _heard(self, note: Any) -> None:
        if self._stopping.is_set():
            return  # the workspace is closing: nobody to tell
        if note.pid in self._own:
            return  # this workspace's own write: its listeners were told as it committed
        changes = change_set(note.payload)
        if changes is not None and changes.records:
            self._deliver(changes)

    def stop(self) -> None:
        self._stopping.set()
        self._thread.join(timeout=5)


__all__ = ["CHANNEL", "Listener", "change_set", "install"]
