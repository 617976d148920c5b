"""Each kind of record is described once (``mouplanner.kinds``): the descriptions hold together,
and a kind added with only its model, its table and its description works everywhere."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from mouplanner import kinds
from mouplanner.domain import Base, Record

ROOT = Path(__file__).parents[2]


def test_a_throwaway_kind_works_everywhere():
    """tests/kinds/throwaway.py adds a site note: services, journal, rule, workbook round trip,
    exchange between laptops, its tab, the Add menu and its form. Its own process: the model joins
    the shared metadata, and a description joins before the layers above build from the list."""
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/kinds/throwaway.py"],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert "4 passed" in done.stdout, done.stdout[-2000:]


def test_every_journalled_model_is_described_once():
    mapped = {m.class_ for m in Base.registry.mappers if issubclass(m.class_, Record)}
    assert set(kinds.record_types()) == mapped
    assert len({k.key for k in kinds.all_kinds()}) == len(kinds.all_kinds())


@pytest.mark.parametrize("kind", kinds.all_kinds(), ids=lambda k: k.key)
def test_a_description_names_what_exists(kind):
    columns = set(kind.model.__table__.columns.keys())
    assert {n for f in kind.fields for n in f.names()} <= columns
    assert set(kind.model.domain_fields()) <= {n for f in kind.fields for n in f.names()}, \
        "a field the model keeps but no form or sheet shows"
    for fld in kind.fields:
        if fld.type == "link":
            target = kinds.by_key(fld.link).table
            assert {fk.column.table.name for fk in kind.model.__table__.columns[fld.name].foreign_keys} == {target}
        assert (fld.type == "enum") == (fld.enum is not None)
        assert len(fld.headers) == (3 if fld.type == "tri" else 0)
    if kind.sheet_order:
        assert sorted(kind.sheet_order) == sorted(f.name for f in kind.fields)
    for child in kind.children:
        rows = kinds.by_key(child.key)
        assert kinds.by_key(rows.field(child.link or rows.owner).link).model is kind.model
        assert all(rows.field(name) is not None for name in child.hide)
    assert bool(kind.new) == bool(kind.new_label)


def test_a_kind_joins_only_before_the_list_is_read():
    kinds.all_kinds()
    with pytest.raises(RuntimeError, match="read before"):
        kinds.add(kinds.of(Record.__subclasses__()[0]))
