"""Documents between laptops and with a server (issue 18): a content travels in an exchange file
to the laptop that lacks it, and not again once it said it has it; above an exchange file's budget
it waits for the next file, which the receiver asks for; a laptop's sync with the server copies
what each side lacks; a copy of one agreement holds its documents' contents only. On both backends."""

from __future__ import annotations

import os

from sqlalchemy import func, select

from mouplanner.demo import demo_id
from mouplanner.domain import FileContent
from mouplanner.exchange import direct, files, sync
from mouplanner.services import documents
from mouplanner.storage import Workspace

ICT, EGOV = demo_id("mou2018"), demo_id("mou2021")


def _contents(ws) -> int:
    with ws.read() as s:
        return s.scalar(select(func.count()).select_from(FileContent)) or 0


def _file(tmp_path, name, size=200_000):
    path = tmp_path / name
    path.write_bytes(os.urandom(size))
    return path


def test_a_document_goes_to_the_laptop_that_lacks_it_once(demo_ws, tmp_path):
    laptop = sync.clone(demo_ws, tmp_path / "b.mouplan", "B")
    scan = _file(tmp_path, "minutes 8th JWG.pdf")
    documents.attach(demo_ws, "agreement_id", ICT, scan)
    sent = sync.send(demo_ws, tmp_path / "to-b.mousync", "B")
    assert (sent.documents, sent.documents_left) == (1, 0)
    with Workspace.open(laptop) as b:
        got = sync.receive(b, tmp_path / "to-b.mousync")
        assert got.documents == 1
        listed = documents.attached(b, "agreement_id", ICT)
        assert listed[0].here and documents.content(b, listed[0].row.id)[1] == scan.read_bytes()
        sync.send(b, tmp_path / "to-a.mousync", None)  # (says what it has, and that it lacks nothing)
    sync.receive(demo_ws, tmp_path / "to-a.mousync")
    assert sync.send(demo_ws, tmp_path / "again.mousync", "B").documents == 0


def test_above_the_budget_a_content_waits_for_the_next_file_asked_for_by_its_receiver(demo_ws, tmp_path,
                                                                                     monkeypatch):
    laptop = sync.clone(demo_ws, tmp_path / "b.mouplan", "B")
    monkeypatch.setattr(files, "BUDGET_BYTES", 250_000)  # (a budget of 100 MB, scaled down)
    for name in ("a.pdf", "b.pdf"):
        documents.attach(demo_ws, "agreement_id", ICT, _file(tmp_path, name))
    sent = sync.send(demo_ws, tmp_path / "1.mousync", "B")
    assert (sent.changes > 0, sent.documents, sent.documents_left) == (True, 1, 1)  # the edits go now
    with Workspace.open(laptop) as b:
        sync.receive(b, tmp_path / "1.mousync")
        listed = documents.attached(b, "agreement_id", ICT)
        assert sorted(d.here for d in listed) == [False, True, True]  # one is not here yet: it is said
        assert len(files.wanted(b)) == 1
        sync.send(b, tmp_path / "back.mousync", None)
    sync.receive(demo_ws, tmp_path / "back.mousync")
    second = sync.send(demo_ws, tmp_path / "2.mousync", "B")
    assert second.documents == 1
    with Workspace.open(laptop) as b:
        sync.receive(b, tmp_path / "2.mousync")
        assert all(d.here for d in documents.attached(b, "agreement_id", ICT)) and files.wanted(b) == []


def test_a_laptops_sync_copies_the_documents_each_side_lacks(demo_ws, tmp_path):
    laptop = sync.clone(demo_ws, tmp_path / "b.mouplan", "B")
    documents.attach(demo_ws, "meeting_id", demo_id("mt-jwg-last"), _file(tmp_path, "slides.pdf"))
    with Workspace.open(laptop) as b:
        documents.attach(b, "activity_id", demo_id("act-tr-web"), _file(tmp_path, "photo.jpg"))
        report = direct.sync(b, demo_ws)
        assert (report.sent.documents, report.received.documents) == (1, 1)
        assert _contents(b) == _contents(demo_ws) == 3  # (with the demo's fact sheet)
        assert files.wanted(b) == files.wanted(demo_ws) == []


def test_a_copy_of_one_agreement_holds_its_documents_contents_only(demo_ws, tmp_path):
    documents.attach(demo_ws, "agreement_id", ICT, _file(tmp_path, "ict.pdf"))
    documents.attach(demo_ws, "agreement_id", EGOV, _file(tmp_path, "egov.pdf"))
    path = sync.clone(demo_ws, tmp_path / "ict.mouplan", "C", "TH-LA-ICT-2018")
    with Workspace.open(path) as copy:
        assert _contents(copy) == 2 and files.wanted(copy) == []
        assert [d.row.file_name for d in documents.attached(copy, "agreement_id", ICT)] == [
            "ict.pdf", "mou-2018-fact-sheet.pdf"]
        assert documents.attached(copy, "agreement_id", EGOV) == []


def test_a_file_whose_document_content_was_changed_is_refused_whole(demo_ws, tmp_path):
    import pytest

    from mouplanner.exchange.errors import ExchangeError
    from mouplanner.services.summary import dump

    laptop = sync.clone(demo_ws, tmp_path / "b.mouplan", "B")
    documents.attach(demo_ws, "agreement_id", ICT, _file(tmp_path, "scan.pdf"))
    path = sync.send(demo_ws, tmp_path / "to-b.mousync", "B").path
    data = bytearray(path.read_bytes())
    data[-10] ^= 0xFF  # (in the document's bytes, after the changes)
    path.write_bytes(bytes(data))
    with Workspace.open(laptop) as b:
        before = dump(b)
        with pytest.raises(ExchangeError, match="damaged or was changed after it was sent"):
            sync.receive(b, path)
        assert dump(b) == before and _contents(b) == 1  # (the demo's own only)
