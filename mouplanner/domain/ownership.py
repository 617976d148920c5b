"""Which agreement a row belongs to, read from the links the models already declare: an area's
agreement, a workstream's area, a milestone's workstream... so a new kind of record linked to one
of these is covered without a word elsewhere. A server's rights (storage/postgres/rights.py) and
a copy of one agreement (exchange/scoped.py) are both built from it.
"""

from __future__ import annotations

from mouplanner.domain.base import Base

ROOT = "agreement"


def bound_tables() -> dict[str, list[tuple[str, str]]]:
    """Each table whose rows belong to an agreement, with every link (column, table) it has to
    another such table, in column order; parents before children (the agreement itself first)."""
    tables = Base.metadata.tables
    order = [ROOT]
    grew = True
    while grew:  # which tables belong to an agreement: those linked to one that does
        grew = False
        for name, table in tables.items():
            if name not in order and any(fk.column.table.name in order
                                         for col in table.columns for fk in col.foreign_keys):
                order.append(name)
                grew = True
    links = {name: [(col.name, fk.column.table.name) for col in tables[name].columns for fk in col.foreign_keys
                    if fk.column.table.name in order and fk.column.table.name != name] for name in order}
    links[ROOT] = []
    placed: dict[str, list[tuple[str, str]]] = {}
    while len(placed) < len(order):  # every table after all the tables it links to
        ready = [n for n in order if n not in placed and all(p in placed for _col, p in links[n])]
        if not ready:
            raise ValueError(f"links between {sorted(set(order) - set(placed))} go round in a circle")
        for name in ready:
            placed[name] = links[name]
    return placed
