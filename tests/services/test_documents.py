"""Documents attached to records (issue 18): kept once however often attached, listed with type,
size, date and who added them, read back verified (a damaged content is said, never handed out),
refused above the stated limit with nothing changed, undone like any record. On both backends."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import func, select, update

from mouplanner.demo import demo_id
from mouplanner.domain import Attachment, FileContent
from mouplanner.services import documents
from mouplanner.services.documents import DocumentError
from mouplanner.services.undo import revert

ICT, EGOV, MEETING = demo_id("mou2018"), demo_id("mou2021"), demo_id("mt-jwg-last")


def _count(ws, model) -> int:
    with ws.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


@pytest.fixture
def scan(tmp_path):
    path = tmp_path / "MOU signed 2018 (สแกน).pdf"
    path.write_bytes(b"%PDF-1.4\n" + os.urandom(300_000))
    return path


def test_a_document_attached_twice_is_kept_once_and_read_back_as_it_was(demo_ws, scan):
    contents, attachments = _count(demo_ws, FileContent), _count(demo_ws, Attachment)  # (the demo's own)
    first = documents.attach(demo_ws, "agreement_id", EGOV, scan, "Signed copy")
    documents.attach(demo_ws, "meeting_id", MEETING, scan)
    assert (_count(demo_ws, FileContent), _count(demo_ws, Attachment)) == (contents + 1, attachments + 2)
    listed = documents.attached(demo_ws, "agreement_id", EGOV)
    assert [(d.row.file_name, d.row.media_type, d.row.size, d.row.description, d.here) for d in listed] == [
        ("MOU signed 2018 (สแกน).pdf", "application/pdf", scan.stat().st_size, "Signed copy", True)]
    assert listed[0].row.changed_by == demo_ws.actor
    row, data = documents.content(demo_ws, first.row.id)
    assert data == scan.read_bytes() and row.id == first.row.id
    revert(demo_ws, first.txn_id, "undo")  # one step: the attachment (its content stays for the other)
    assert documents.attached(demo_ws, "agreement_id", EGOV) == []


def test_the_demo_mou_has_its_fact_sheet_attached(demo_ws):
    [sheet] = documents.attached(demo_ws, "agreement_id", ICT)
    assert (sheet.row.file_name, sheet.row.media_type, sheet.here) == ("mou-2018-fact-sheet.pdf", "application/pdf",
                                                                      True)
    assert documents.content(demo_ws, sheet.row.id)[1].startswith(b"%PDF")


def test_a_file_above_the_limit_is_refused_unread_and_nothing_changes(demo_ws, tmp_path):
    big = tmp_path / "presentation.pptx"
    with open(big, "wb") as fh:  # (sparse: the check is on its size, before reading)
        fh.truncate(documents.LIMIT_BYTES + 1)
    with pytest.raises(DocumentError) as refused:
        documents.attach(demo_ws, "agreement_id", ICT, big)
    assert str(refused.value) == ("presentation.pptx is 50.1 MB: a document can be at most 50 MB; attach a smaller "
                                  "copy (a scan at a lower resolution, a PDF instead of the slides)")
    assert _count(demo_ws, Attachment) == 1 and _count(demo_ws, FileContent) == 1  # (the demo's own only)
    with pytest.raises(DocumentError, match="cannot be read"):
        documents.attach(demo_ws, "agreement_id", ICT, tmp_path / "gone.pdf")


def test_a_damaged_content_is_reported_never_handed_out(demo_ws, scan, tmp_path):
    made = documents.attach(demo_ws, "agreement_id", EGOV, scan)
    with demo_ws.unjournalled(("file_content",)) as s:  # a disk that flipped some bytes
        s.execute(update(FileContent).where(FileContent.content_hash == made.row.content_hash).values(data=b"%PDF-1.4\n" + b"\0" * (scan.stat().st_size - 9)))
    with pytest.raises(DocumentError, match="is damaged in this workspace"):
        documents.content(demo_ws, made.row.id)
    with pytest.raises(DocumentError):
        documents.write_to(demo_ws, made.row.id, tmp_path / "out.pdf")
    assert not (tmp_path / "out.pdf").exists()
    assert documents.damaged(demo_ws) == [f"document {scan.name}: its content is damaged (it no longer matches "
                                          f"what was attached)"]


def test_a_document_belongs_to_one_record(demo_ws):
    from mouplanner.domain.validation import ValidationError
    from mouplanner.services import Services

    with pytest.raises(ValidationError, match="a document is attached to one record"):
        Services(demo_ws).attachments.create({"file_name": "x.pdf", "content_hash": "0" * 64, "size": 1,
                                              "agreement_id": ICT, "meeting_id": MEETING})
