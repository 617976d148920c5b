"""Which agreement a row belongs to, read from the links the models already declare: an area's
agreement, a workstream's area, a milestone's workstream... so a new kind of record linked to one
of these is covered without a word elsewhere. A server's rights (storage/postgres/rights.py) and
a copy of one agreement (exchange/scoped.py) are both built from it.
"""

from __future__ import annotations

from mouplanner.domain.base import Base

ROOT = "agreement"


def bound_tables() -> dict[str, list[tuple[str, str]]]:
    """Each table whose rows belong to an agreement, with the links (column, table) that lead to it,
    in column order: the agreement itself, then what links to it, and so on down."""
    tables = Base.metadata.tables
    bound: dict[str, list[tuple[str, str]]] = {ROOT: []}
    grew = True
    while grew:
        grew = False
        for name, table in tables.items():
            if name in bound:
                continue
            links = [(col.name, fk.column.table.name) for col in table.columns for fk in col.foreign_keys
                     if fk.column.table.name in bound]
            if links:
                bound[name] = links
                grew = True
    return bound
