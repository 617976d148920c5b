"""Rights on a server workspace, enforced by PostgreSQL itself (grants, row-level security and
triggers), so that they hold for ``psql`` as much as for the app.

Three group roles per workspace database ``DB``: ``DB_reader`` (reads everything), ``DB_editor``
(writes records, appends to the journal; of all agreements or of some, as ``workspace_right``
says) and ``DB_admin`` (owns the tables: grants rights, upgrades the schema). Each coordinator logs
in as a role of their own and is made a member of some of them (``grant``).

Which agreement a row belongs to is read from the links the models already declare
(``domain/ownership.py``), so a new kind of record linked to an agreement's records is covered
without a word here. The journal's author is whoever is connected
(``current_user``), set by the server, not by the client.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text

from mouplanner.domain import Base
from mouplanner.domain.ownership import bound_tables

LEVELS = ("reader", "editor", "admin")
ALL = "*"  # workspace_right.agreement_id of an editor of every agreement
JOURNAL = "change"
META = "workspace_meta"
_PREFIX = "mouplanner_"


def q(name: str) -> str:
    """``name`` as a quoted SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


def lit(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def group(database: str, level: str) -> str:
    """The group role of ``level`` for the workspace in ``database`` (a role name has at most 63 bytes)."""
    return f"{database.encode()[:48].decode(errors='ignore')}_{level}"


def _agreement_of(table: str, links: list[tuple[str, str]], row: str) -> str:
    """SQL for the agreement of ``row`` (a table name in a policy, NEW or OLD in a trigger)."""
    if not links:
        return f"{row}.id"
    parts = [f"{_PREFIX}agreement_of_{parent}({row}.{q(col)})" for col, parent in links]
    return parts[0] if len(parts) == 1 else f"COALESCE({', '.join(parts)})"


def _functions(admin: str) -> list[str]:
    statements = [f"""
CREATE OR REPLACE FUNCTION {_PREFIX}may_edit(target text) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT pg_has_role(current_user, {lit(admin)}, 'USAGE')
      OR EXISTS (SELECT 1 FROM workspace_right r WHERE r.member = current_user
                 AND r.agreement_id IN ({lit(ALL)}, target))
$$"""]
    bound = bound_tables()
    for table, links in bound.items():  # (in the order found: a table's parents come first)
        statements.append(f"""
CREATE OR REPLACE FUNCTION {_PREFIX}agreement_of_{table}(record text) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT {_agreement_of(table, links, 't')} FROM {q(table)} t WHERE t.id = record
$$""")
    cases = " ".join(f"WHEN {lit(t)} THEN {_PREFIX}agreement_of_{t}(record)" for t in bound)
    statements.append(f"""
CREATE OR REPLACE FUNCTION {_PREFIX}agreement_of(entity text, record text) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT CASE entity {cases} ELSE NULL END
$$""")
    statements.append(f"""
CREATE OR REPLACE FUNCTION {_PREFIX}refuse(target text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
    MESSAGE = format('%s may not change agreement %s', current_user,
                     COALESCE((SELECT a.code FROM agreement a WHERE a.id = target), target));
END $$""")
    for table, links in bound.items():
        statements.append(f"""
CREATE OR REPLACE FUNCTION {_PREFIX}guard_{table}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT {_PREFIX}may_edit({_agreement_of(table, links, 'OLD')}) THEN
    PERFORM {_PREFIX}refuse({_agreement_of(table, links, 'OLD')});
  END IF;
  RETURN COALESCE(NEW, OLD);
END $$""")
    # The journal: its author is whoever is connected; a change received from another replica keeps
    # the name it came with and says who brought it. Nobody but an admin rewrites history (no grant).
    statements.append(f"""
CREATE OR REPLACE FUNCTION {_PREFIX}change_author() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.replica_id = (SELECT value FROM {q(META)} WHERE key = 'replica_id') THEN
    NEW.actor := current_user;
  ELSIF NEW.actor IS DISTINCT FROM current_user::text THEN
    NEW.actor := left(NEW.actor || ' (via ' || current_user || ')', 120);
  END IF;
  RETURN NEW;
END $$""")
    statements.append(f"""
CREATE OR REPLACE FUNCTION {_PREFIX}change_allowed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE target text := {_PREFIX}agreement_of(NEW.entity, NEW.record_id);
BEGIN
  IF target IS NOT NULL AND NOT {_PREFIX}may_edit(target) THEN
    PERFORM {_PREFIX}refuse(target);
  END IF;
  RETURN NULL;
END $$""")
    return statements


def _policies() -> list[str]:
    statements: list[str] = []
    for table, links in bound_tables().items():
        t = q(table)
        mine = f"{_PREFIX}may_edit({_agreement_of(table, links, t)})"
        statements += [
            f"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY",
            f"DROP POLICY IF EXISTS {_PREFIX}read ON {t}",
            f"CREATE POLICY {_PREFIX}read ON {t} FOR SELECT USING (true)",
            f"DROP POLICY IF EXISTS {_PREFIX}insert ON {t}",
            f"CREATE POLICY {_PREFIX}insert ON {t} FOR INSERT WITH CHECK ({mine})",
            f"DROP POLICY IF EXISTS {_PREFIX}update ON {t}",  # the row before: the trigger below, loudly
            f"CREATE POLICY {_PREFIX}update ON {t} FOR UPDATE USING (true) WITH CHECK ({mine})",
            f"DROP POLICY IF EXISTS {_PREFIX}delete ON {t}",
            f"CREATE POLICY {_PREFIX}delete ON {t} FOR DELETE USING (true)",
            f"CREATE OR REPLACE TRIGGER {_PREFIX}guard BEFORE UPDATE OR DELETE ON {t} "
            f"FOR EACH ROW EXECUTE FUNCTION {_PREFIX}guard_{table}()",
        ]
    meta = q(META)  # editors keep the clock there, nothing else
    statements += [
        f"ALTER TABLE {meta} ENABLE ROW LEVEL SECURITY",
        f"DROP POLICY IF EXISTS {_PREFIX}read ON {meta}",
        f"CREATE POLICY {_PREFIX}read ON {meta} FOR SELECT USING (true)",
        f"DROP POLICY IF EXISTS {_PREFIX}clock ON {meta}",
        f"CREATE POLICY {_PREFIX}clock ON {meta} FOR ALL USING (key = 'hlc') WITH CHECK (key = 'hlc')",
        f"CREATE OR REPLACE TRIGGER {_PREFIX}author BEFORE INSERT ON {q(JOURNAL)} "
        f"FOR EACH ROW EXECUTE FUNCTION {_PREFIX}change_author()",
        f"DROP TRIGGER IF EXISTS {_PREFIX}allowed ON {q(JOURNAL)}",  # at commit, when the record is there
        f"CREATE CONSTRAINT TRIGGER {_PREFIX}allowed AFTER INSERT ON {q(JOURNAL)} DEFERRABLE INITIALLY DEFERRED "
        f"FOR EACH ROW EXECUTE FUNCTION {_PREFIX}change_allowed()",
    ]
    return statements


def check_now(conn: Connection) -> None:
    """Fire the journal's rights check (deferred to commit) for what was written so far."""
    conn.execute(text(f"SET CONSTRAINTS {_PREFIX}allowed IMMEDIATE"))
    conn.execute(text(f"SET CONSTRAINTS {_PREFIX}allowed DEFERRED"))


def database_of(conn: Connection) -> str:
    return str(conn.scalar(text("SELECT current_database()")))


def make_roles(conn: Connection) -> None:
    """The three group roles and who may connect (``server init``: needs CREATEROLE and the
    database's ownership). The one who runs it becomes an admin."""
    db = database_of(conn)
    reader, editor, admin = (group(db, level) for level in LEVELS)
    for role in (reader, editor, admin):
        conn.execute(text(f"""DO $$ BEGIN
          IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = {lit(role)}) THEN CREATE ROLE {q(role)} NOLOGIN; END IF;
        END $$"""))
    conn.execute(text(f"GRANT {q(reader)} TO {q(editor)}"))
    conn.execute(text(f"GRANT {q(editor)} TO {q(admin)}"))
    conn.execute(text(f"GRANT {q(reader)}, {q(editor)}, {q(admin)} TO CURRENT_USER WITH ADMIN OPTION"))
    conn.execute(text(f"REVOKE ALL ON DATABASE {q(db)} FROM PUBLIC"))
    conn.execute(text(f"GRANT CONNECT, TEMPORARY ON DATABASE {q(db)} TO {q(reader)}"))
    conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {q(reader)}"))
    conn.execute(text(f"GRANT CREATE ON SCHEMA public TO {q(admin)}"))  # upgrades make tables
    conn.execute(text(f"GRANT CREATE ON DATABASE {q(db)} TO {q(admin)}"))  # and may add a trusted extension


def admin_role(conn: Connection) -> str | None:
    """The workspace's admin group when it has one (a database made before ``server init``, or by
    an older app, has none)."""
    role = group(database_of(conn), "admin")
    return role if conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}) else None


def apply(conn: Connection) -> None:
    """Grants, ownership, policies and triggers for every table the schema has now (after every
    upgrade; running it again changes nothing)."""
    db = database_of(conn)
    reader, editor, admin = (group(db, level) for level in LEVELS)
    bound = bound_tables()
    shared = [name for name in Base.metadata.tables if name not in bound and name not in (JOURNAL, META)]
    for name in conn.scalars(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")):
        conn.execute(text(f"ALTER TABLE {q(name)} OWNER TO {q(admin)}"))
    conn.execute(text(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {q(reader)}"))
    conn.execute(text(f"GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO {q(reader)}"))  # (pg_dump reads them)
    writable = ", ".join(q(name) for name in [*bound, *shared])
    conn.execute(text(f"GRANT INSERT, UPDATE, DELETE ON {writable} TO {q(editor)}"))
    conn.execute(text(f"GRANT INSERT ON {q(JOURNAL)} TO {q(editor)}"))
    conn.execute(text(f"GRANT INSERT, UPDATE ON {q(META)} TO {q(editor)}"))
    conn.execute(text(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {q(editor)}"))
    for statement in _functions(admin) + _policies():
        conn.execute(text(statement))
    for (signature,) in conn.execute(text(
            "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            f"WHERE n.nspname = 'public' AND p.proname LIKE '{_PREFIX}%'")):
        conn.execute(text(f"ALTER FUNCTION {signature} OWNER TO {q(admin)}"))


# --- who has which rights ---------------------------------------------------------------------


@dataclass(frozen=True)
class Right:
    member: str
    level: str  # reader, editor, admin
    agreements: tuple[str, ...]  # editors: the agreements' ids, or ("*",) for all


def rights(conn: Connection) -> list[Right]:
    """Every login role with a right on this workspace, its highest level first."""
    db = database_of(conn)
    groups = {group(db, level): level for level in LEVELS}
    found: dict[str, str] = {}
    for member, role in conn.execute(text(
            "SELECT m.rolname, g.rolname FROM pg_auth_members a JOIN pg_roles m ON m.oid = a.member "
            "JOIN pg_roles g ON g.oid = a.roleid WHERE g.rolname = ANY(:groups) AND m.rolcanlogin"),
            {"groups": list(groups)}):
        level = groups[role]
        if member not in found or LEVELS.index(level) > LEVELS.index(found[member]):
            found[member] = level
    scopes: dict[str, list[str]] = {}
    for member, agreement in conn.execute(text("SELECT member, agreement_id FROM workspace_right "
                                               "ORDER BY member, agreement_id")):
        scopes.setdefault(member, []).append(agreement)
    return [Right(m, found[m], tuple(scopes.get(m, ())) if found[m] == "editor" else ())
            for m in sorted(found)]


def logins(conn: Connection) -> list[str]:
    return list(conn.scalars(text("SELECT rolname FROM pg_roles WHERE rolcanlogin AND rolname NOT LIKE 'pg\\_%' "
                                  "ORDER BY rolname")))


def login_exists(conn: Connection, member: str) -> bool:
    return bool(conn.scalar(text("SELECT rolcanlogin FROM pg_roles WHERE rolname = :m"), {"m": member}))


def grant(conn: Connection, member: str, level: str, agreements: list[str]) -> None:
    """Give ``member`` (a login role) ``level``; an editor of ``agreements`` (ids; none: all)."""
    db = database_of(conn)
    reader, editor, admin = (group(db, lv) for lv in LEVELS)
    conn.execute(text(f"GRANT {q(reader)} TO {q(member)}"))
    if level in ("editor", "admin"):
        conn.execute(text(f"GRANT {q(editor)} TO {q(member)}"))
        if level == "editor" and agreements:
            conn.execute(text("DELETE FROM workspace_right WHERE member = :m AND agreement_id = :all"),
                         {"m": member, "all": ALL})
        for agreement in agreements or [ALL]:
            conn.execute(text("INSERT INTO workspace_right (member, agreement_id) VALUES (:m, :a) "
                              "ON CONFLICT DO NOTHING"), {"m": member, "a": agreement})
    if level == "admin":
        conn.execute(text(f"GRANT {q(reader)}, {q(editor)}, {q(admin)} TO {q(member)} WITH ADMIN OPTION"))


def revoke(conn: Connection, member: str, level: str | None, agreements: list[str]) -> None:
    """Take rights from ``member``: of some agreements (an editor of none left is a reader), a
    level (and those above it), or all (``level`` None)."""
    db = database_of(conn)
    if agreements:
        conn.execute(text("DELETE FROM workspace_right WHERE member = :m AND agreement_id = ANY(:a)"),
                     {"m": member, "a": agreements})
        left = conn.scalar(text("SELECT count(*) FROM workspace_right WHERE member = :m"), {"m": member})
        if left:
            return
        level = "editor"
    dropped = LEVELS[LEVELS.index(level):] if level else LEVELS
    if "editor" in dropped:
        conn.execute(text("DELETE FROM workspace_right WHERE member = :m"), {"m": member})
    for lv in reversed(dropped):
        conn.execute(text(f"REVOKE {q(group(db, lv))} FROM {q(member)}"))


__all__ = ["ALL", "LEVELS", "Right", "admin_role", "apply", "bound_tables", "grant", "group", "login_exists", "logins",
           "make_roles", "revoke", "rights"]
