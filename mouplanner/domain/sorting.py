"""Sort keys shared by the list queries and the indexes that serve them.

A list is ordered by one of these expressions and then by the record id, so the index on
``(key, id)`` of the live rows answers the whole ``ORDER BY`` without a sort step and without
reading the table. The expression in the index and in the query must be the same, so both are
built here (portable SQL: SQLite and PostgreSQL both have expression and partial indexes).

A key that is an expression may be ``stored``: a backend that cannot read a list from an index of an
expression alone keeps the key in a column of its own and compiles the key to that column (a
server's generated columns, ``storage/postgres/sorting.py``); everywhere else it is its expression.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Column, Index, func, inspect, literal_column
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnClause, ColumnElement
from sqlalchemy.sql.functions import Function
from sqlalchemy.sql.visitors import InternalTraversal

from mouplanner.locale.text import FALLBACK, order


def display_key(entity: Any, prefix: str, lang: str) -> Any:
    """Lower-cased text of the variant shown in ``lang`` (its fallback when empty), '' if none."""
    empty: Any = literal_column("''")  # inline, not a bound parameter: the index must match the query
    return func.lower(func.coalesce(*[func.nullif(getattr(entity, f"{prefix}_{code}"), empty)
                                      for code in order(lang)], empty))


class StoredKey(ColumnElement[Any]):
    """A sort key a backend may keep in a column ``sort_<name>`` of the entity's table."""

    inherit_cache = True
    _traverse_internals = [("key_expression", InternalTraversal.dp_clauseelement),
                           ("stored", InternalTraversal.dp_clauseelement)]

    def __init__(self, entity: Any, name: str, expression: Any) -> None:
        clause = getattr(expression, "__clause_element__", None)
        self.key_expression = clause() if clause is not None else expression
        self.type = self.key_expression.type
        self.stored = ColumnClause(f"sort_{name}", type_=self.type, _selectable=inspect(entity).selectable)

    @property
    def _from_objects(self) -> list[Any]:
        return list(self.key_expression._from_objects)


@compiles(StoredKey)
def _as_its_expression(element: StoredKey, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.key_expression, **kw)


def stored(entity: Any, keys: dict[str, Any]) -> dict[str, Any]:
    """``keys`` (name: expression) as keys a backend may keep in columns of their own."""
    return {name: StoredKey(entity, name, key) for name, key in keys.items()}


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
    if isinstance(element, StoredKey):
        return may_be_empty(element.key_expression)
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
