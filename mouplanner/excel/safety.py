"""Checks a file before any spreadsheet parser sees it.

Refused with one clear message: not an xlsx (an old .xls, a CSV, a renamed file),
password-protected workbooks (an encrypted OLE container, not a zip), macro workbooks,
truncated or corrupt zips, zip bombs (total uncompressed size and compression ratio checked from
the zip directory, before decompressing anything), XML with a DTD or entities (entity
expansion attacks), and files over the size limit.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException

from mouplanner.excel.errors import WorkbookError
from mouplanner.locale.marks import QT_TRANSLATE_NOOP

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 1024 * 1024 * 1024
MAX_RATIO = 120  # real xlsx parts compress 5-30x; a bomb compresses thousands of times
OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
XML_SCAN_CHUNK = 1 << 20


def _scan_xml(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> bool:
    """Refuse DTDs and entity declarations, reading the part in chunks (sheets can be large).
    True when the part holds a formula (``<f>`` or ``<f …>``), so that only those parts are
    read again for formulas without a saved result."""
    tail, formulas = b"", False
    with archive.open(info) as fh:
        while chunk := fh.read(XML_SCAN_CHUNK):
            window = tail + chunk
            if b"<!DOCTYPE" in window or b"<!ENTITY" in window:
                raise WorkbookError(QT_TRANSLATE_NOOP(
                    "Excel", "{name}: the workbook contains XML entity declarations, which mouplanner refuses "
                             "for safety; save it again from Excel or LibreOffice"), name=name)
            formulas = formulas or b"<f>" in window or b"<f " in window
            tail = chunk[-16:]
    return formulas


def check_xlsx(path: Path) -> set[str]:
    """Refuse what is not a safe, sound xlsx; return the names of the parts holding formulas."""
    name = path.name
    if not path.exists():
        raise WorkbookError(QT_TRANSLATE_NOOP("Excel", "{name} does not exist"), name=str(path))
    size = path.stat().st_size
    if size == 0:
        raise WorkbookError(QT_TRANSLATE_NOOP("Excel", "{name} is empty"), name=name)
    if size > MAX_FILE_BYTES:
        raise WorkbookError(QT_TRANSLATE_NOOP("Excel", "{name} is {size} MB; at most {limit} MB can be imported"),
                            name=name, size=size // (1024 * 1024), limit=MAX_FILE_BYTES // (1024 * 1024))
    with open(path, "rb") as fh:
        head = fh.read(8)
    if head == OLE_MAGIC:
        raise WorkbookError(QT_TRANSLATE_NOOP(
            "Excel", "{name} is password-protected or an old .xls workbook; remove the password or save it "
                     "as .xlsx (Excel Workbook) and try again"), name=name)
    if not zipfile.is_zipfile(path):
        with open(path, "rb") as fh:
            starts_as_zip = fh.read(4) == b"PK\x03\x04"
        if starts_as_zip:  # a workbook cut short (a copy or download that did not finish): its end is missing
            raise WorkbookError(QT_TRANSLATE_NOOP("Excel", "{name} is damaged or truncated ({reason}); it cannot be "
                                                           "read"), name=name, reason="the end of the file is missing")
        raise WorkbookError(QT_TRANSLATE_NOOP(
            "Excel", "{name} is not an Excel workbook (.xlsx); save it as Excel Workbook (.xlsx) and try again"),
            name=name)
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            names = {i.filename for i in infos}
            if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
                raise WorkbookError(QT_TRANSLATE_NOOP(
                    "Excel", "{name} is a zip file but not an Excel workbook (.xlsx)"), name=name)
            if any(n.lower().endswith("vbaproject.bin") for n in names):
                raise WorkbookError(QT_TRANSLATE_NOOP(
                    "Excel", "{name} contains macros; save it as a workbook without macros (.xlsx) and try "
                             "again"), name=name)
            total = sum(i.file_size for i in infos)
            packed = sum(i.compress_size for i in infos) or 1
            if total > MAX_UNCOMPRESSED_BYTES or total / packed > MAX_RATIO:
                raise WorkbookError(QT_TRANSLATE_NOOP(
                    "Excel", "{name} would unpack to {size} MB ({ratio} times its size); this is not a normal "
                             "workbook and was not opened"), name=name, size=total // (1024 * 1024),
                    ratio=int(total / packed))
            with_formulas = {info.filename for info in infos
                             if info.filename.endswith((".xml", ".rels")) and _scan_xml(archive, info, name)}
            ElementTree.fromstring(archive.read("xl/workbook.xml"))  # reading the parts checked their CRCs
            return with_formulas
    except WorkbookError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError, RuntimeError,
            DefusedXmlException, ElementTree.ParseError) as exc:  # whatever a damaged zip makes zipfile raise
        raise WorkbookError(QT_TRANSLATE_NOOP("Excel", "{name} is damaged or truncated ({reason}); it cannot be "
                                                       "read"), name=name, reason=str(exc)) from None
