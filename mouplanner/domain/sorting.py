"""Sort keys shared by the list queries and the indexes that serve them.

A list is ordered by one of these expressions and then by the record id, so the index on
``(key, id)`` of the live rows answers the whole ``ORDER BY`` without a sort step and without
reading the table. The expression in the index and in the query must be the same, so both are
built here (portable SQL: SQLite and PostgreSQL both have expression and partial indexes).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Column, Index, func, literal_column
from sqlalchemy.sql.elements import ColumnClause
from sqlalchemy.sql.functions import Function

from mouplanner.locale.text import FALLBACK, order


def display_key(entity: Any, prefix: str, lang: str) -> Any:
    """Lower-cased text of the variant shown in ``lang`` (its fallback when empty), '' if none."""
    empty: Any = literal_column("''")  # inline, not a bound parameter: the index must match the query
    return func.lower(func.coalesce(*[func.nullif(getattr(entity, f"{prefix}_{code}"), empty)
                                      for code in order(lang)], empty))


def list_indexes(entity: Any, keys: dict[str, Any]) -> list[Index]:
    """One partial index per sort key: ``(key, id)`` over the rows not deleted."""
    table = entity.__tablename__
    live = entity.deleted_at.is_(None)
    return [Index(f"ix_{table}_list_{name}", key, entity.id, sqlite_where=live, postgresql_where=live)
            for name, key in keys.items()]


def title_keys(entity: Any, prefix: str = "title") -> dict[str, Any]:
    return {f"{prefix}_{lang}": display_key(entity, prefix, lang) for lang in FALLBACK}


def may_be_empty(key: Any) -> bool:
    """Whether a sort key can be NULL: a nullable column, or a function of one (``coalesce`` with a
    last value that is never NULL is never NULL). Unknown expressions may be. A list puts empty
    values last both ways; a key that cannot be empty needs no NULLS LAST, which an index read
    backwards would not give on PostgreSQL."""
    element = key.__clause_element__() if hasattr(key, "__clause_element__") else key
    if isinstance(element, Column):
        return bool(element.nullable)
    if isinstance(element, Function):
        args = list(element.clauses)
        if element.name == "coalesce":
            return all(may_be_empty(a) for a in args)
        if element.name in ("lower", "upper", "nullif") and args:
            return element.name == "nullif" or may_be_empty(args[0])
    if isinstance(element, ColumnClause) and element.is_literal:
        return str(element).upper() == "NULL"  # a literal written out ('' and the like)
    return True
