"""Limits an XLSX workbook must keep before an import parses it.

An XLSX file is a ZIP archive of XML parts, and a small one can unpack to a great
deal: a 123 KB file holding 2,000,000 shared strings kept an API worker busy for
170 s at 550 MB, all inside openpyxl's ``load_workbook`` (it reads every shared
string up front, read-only mode too). ``inspect`` looks at the archive first:

- the declared uncompressed size of each member and of all of them (``zipfile``
  never inflates a member past its declared size: a member that lies fails its
  CRC check instead), and the number of members;
- the number of shared strings and of cells, counted on the inflated XML a
  megabyte at a time and given up as soon as a limit is passed;
- the area a sheet's ``<dimension>`` declares, which openpyxl pads every row to;

and refuses a file over any of them with a code of its own
(``FILE_TOO_LARGE_UNCOMPRESSED``, ``TOO_MANY_SHARED_STRINGS``,
``TOO_MANY_SHEET_CELLS``) before openpyxl reads a part. ``bounded`` then keeps
the rows as read within the same limits (a row number far past the last row, or
a row padded far to the right, costs no XML). Counting cells stops at the limits,
so refusing a bomb costs at most the limits' worth of inflating (about a second).

Everything here is CPU work on the file: callers run it off the event loop.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from cims.domain.errors import FieldProblem, ValidationFailed

MIB = 1 << 20
# A worksheet's or the shared strings' XML: a sheet of 200,000 rows of 20 filled
# cells is about 150 MB.
MAX_SHEET_BYTES = 256 * MIB
MAX_PART_BYTES = 16 * MIB  # any other XML part (styles, workbook, relations...)
MAX_TOTAL_BYTES = 512 * MIB  # all members, pictures included
MAX_MEMBERS = 10_000
MAX_SHARED_STRINGS = 1_000_000  # about 250 MB in openpyxl's list of them
MAX_CELLS = 10_000_000  # <c> elements in all worksheets
# Values the rows hold once padded to the sheet's width: openpyxl fills missing
# cells and rows up to the sheet's declared dimension.
MAX_VALUES = 20_000_000
MAX_ROWS = 1_048_576  # Excel's own limit
READ_STEP = 1 << 20

_SHEET = re.compile(r"xl/(worksheets|chartsheets|dialogsheets)/[^/]+\.xml", re.I)
_SHARED = re.compile(r"xl/sharedstrings\.xml", re.I)
_CELL = re.compile(rb"<(?:\w+:)?c[\s>/]")
_SHARED_STRING = re.compile(rb"<(?:\w+:)?si[\s>/]")
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\s[^>]*ref=\"([A-Za-z0-9:$]+)\"")
_REFERENCE = re.compile(r"\$?([A-Za-z]{1,3})\$?(\d+)")


@dataclass
class Workbook:
    """What the inspection found that the reader needs."""

    formulas: bool  # a worksheet has a formula element
    cells: int
    shared_strings: int


def refused(code: str, message: str) -> ValidationFailed:
    return ValidationFailed([FieldProblem("file", code, message)])


def _too_large(what: str) -> ValidationFailed:
    return refused(
        "FILE_TOO_LARGE_UNCOMPRESSED",
        f"The workbook unpacks to more than an import reads ({what}); split it or "
        "save it as CSV",
    )


def inspect(stream: BinaryIO) -> Workbook:
    """Check the workbook in ``stream`` against the limits; raise the refusal of
    the first one it passes. A stream that is no ZIP archive raises
    ``zipfile.BadZipFile``, as openpyxl would."""
    with zipfile.ZipFile(stream) as archive:
        members = archive.infolist()
        _check_sizes(members)
        shared = sum(
            _count(archive, m, _SHARED_STRING, MAX_SHARED_STRINGS, "shared strings")
            for m in members
            if _SHARED.fullmatch(m.filename)
        )
        formulas, cells = False, 0
        for member in members:
            if not _SHEET.fullmatch(member.filename):
                continue
            found, counted = _scan_sheet(archive, member, MAX_CELLS - cells)
            formulas = formulas or found
            cells += counted
    return Workbook(formulas, cells, shared)


def _check_sizes(members: list[zipfile.ZipInfo]) -> None:
    if len(members) > MAX_MEMBERS:
        raise _too_large(f"{len(members)} parts")
    total = 0
    for member in members:
        name = member.filename
        big = _SHEET.fullmatch(name) or _SHARED.fullmatch(name)
        limit = MAX_SHEET_BYTES if big or not name.endswith((".xml", ".rels")) else (
            MAX_PART_BYTES
        )  # fmt: skip
        if member.file_size > limit:
            raise _too_large(f"{name}: {member.file_size // MIB} MB")
        total += member.file_size
    if total > MAX_TOTAL_BYTES:
        raise _too_large(f"{total // MIB} MB in all")


def _chunks(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> Iterator[bytes]:
    """The member's bytes a megabyte at a time, each cut after its last complete
    tag (a tag split between two reads is kept for the next)."""
    carry = b""
    with archive.open(member) as part:
        while chunk := part.read(READ_STEP):
            data = carry + chunk
            cut = data.rfind(b"<")
            if cut <= 0:
                cut = len(data)
            carry = data[cut:]
            yield data[:cut]
    if carry:
        yield carry


def _count(archive, member, pattern: re.Pattern, limit: int, what: str) -> int:
    count = 0
    for chunk in _chunks(archive, member):
        count += len(pattern.findall(chunk))
        if count > limit:
            code = "TOO_MANY_SHARED_STRINGS"
            raise refused(
                code, f"The workbook has more than {limit:,} {what}; save it as CSV"
            )
    return count


def _scan_sheet(archive, member, room: int) -> tuple[bool, int]:
    """Whether the sheet has a formula, and its cells (at most ``room`` more)."""
    formulas, cells, first = False, 0, True
    for chunk in _chunks(archive, member):
        if first:
            _check_dimension(chunk)
            first = False
        cells += len(_CELL.findall(chunk))
        if cells > room:
            raise _too_many_cells()
        formulas = formulas or _FORMULA.search(chunk) is not None
    return formulas, cells


def _too_many_cells() -> ValidationFailed:
    return refused(
        "TOO_MANY_SHEET_CELLS",
        f"The workbook has more than {MAX_CELLS:,} cells; split it or save it as CSV",
    )


def _check_dimension(head: bytes) -> None:
    """Refuse a sheet whose declared area exceeds MAX_VALUES: every row read is
    padded to its width, and rows up to its height."""
    found = _DIMENSION.search(head)
    if not found:
        return
    corners = _REFERENCE.findall(found.group(1).decode("ascii"))
    if len(corners) != 2:
        return
    (left, top), (right, bottom) = corners
    width = _column(right) - _column(left) + 1
    height = int(bottom) - int(top) + 1
    if int(bottom) > MAX_ROWS or width * height > MAX_VALUES:
        raise _too_many_cells()


def _column(letters: str) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - 64
    return number


def bounded(rows: Iterator[tuple]) -> Iterator[tuple]:
    """The rows as openpyxl yields them, refused (TOO_MANY_SHEET_CELLS) once there
    are more than MAX_ROWS of them or more than MAX_VALUES values in all."""
    values = 0
    for number, row in enumerate(rows, start=1):
        values += len(row)
        if number > MAX_ROWS or values > MAX_VALUES:
            raise _too_many_cells()
        yield row
