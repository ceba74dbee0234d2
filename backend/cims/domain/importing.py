"""Batch import of customers from CSV and XLSX files.

A file is read (CSV in UTF-8 with or without BOM, UTF-16 with one, or what
charset-normalizer tells confidently among GB18030/GBK, Big5 and Windows-1252, else
in the encoding the user names; XLSX read-only), a CSV row whose cells do not line up
with the header being a problem of its row (named by the lines it spans), its
columns mapped to customer fields (``suggest_mapping`` proposes a mapping from
Chinese or English headers; a mapping can be saved as an ``ImportTemplate``), coded
columns translated through code lists, and every row validated by the same rules as
the form (``validate_customer_fields``).

A column that the mapping neither maps nor ignores (``Mapping.ignored``) is listed
by the dry run (``ImportReport.unmapped_columns``) and refuses a commit, one
``UNMAPPED_COLUMN`` problem a column, so that no column is dropped silently. An XLSX
workbook is checked against ``xlsx_guard``'s limits (uncompressed sizes, shared
strings, cells) before openpyxl reads any of it, and every file is opened and read
in a worker thread, never on the event loop.

``check_customers`` is the dry run: it reports every bad cell (row, column, masked
value, reason), the likely duplicates and what each row would do (``RowOutcome``),
and writes no customer. ``import_customers`` does the same work inside one
transaction and writes only when no cell is bad: all or nothing. On PostgreSQL new
rows are written with COPY; on SQLite with one prepared insert.

With ``CommitMode.VALID_ROWS_ONLY`` the commit writes the rows without a problem,
still in one transaction (a killed import leaves all of them or none), and reports
the others as ``skipped`` (row and problem codes; the cells are in ``problems``). A
row that is a likely duplicate and would create a customer is skipped too, as
``NEEDS_REVIEW``, unless the options confirm duplicates (``_Review``); an
all-or-nothing commit writes such rows, as before. Nothing written while rows were
skipped refuses the commit. A dry run's ``skipped`` tells what a valid-rows-only
commit would leave out. A re-run after fixing the skipped rows writes only those:
the good rows match the customers they created.

A file of ``PARALLEL_MIN_CHUNKS`` chunks or more is read and validated by worker
processes (``ImportOptions.workers``, else ``CIMS_IMPORT_WORKERS``), a few chunks
ahead of the one being written; this process still takes the chunks in file order, so
the report is the same. Each chunk goes out with a random customer number reserved
for each of its rows, so that a row's personal fields are sealed under its number and
its customer row made (COPY text on PostgreSQL) where it is checked; the importing
process joins the lines of the rows it writes, and draws again, reads and seals again
the rare row whose reserved number a customer in the base has. The similar-name pass
after the last chunk is scored by the same workers, a batch of birth dates each. As in any program
using multiprocessing, a script that calls the import must keep its own work under
``if __name__ == "__main__":``, since each worker imports the script's main module
(``cims``, the server and the tests do).

A row matches a customer already in the base by customer number or ID number (a row
with neither, by its content). For a branch-bound importer a row matching a customer
outside their branch is a ``MATCHES_OUT_OF_SCOPE`` problem of the row, naming neither
the key nor the customer, and is never written or counted as there. In create mode
(the default) a matched row is left alone, so a re-import changes nothing. In update
mode it updates that customer with the row's non-blank cells: the dry run lists the
changed fields (masked), an unchanged row writes nothing, a ``version`` column must
equal the customer's version, each update is applied only if the version read in the
transaction still holds, and each is audited as ``customer.update`` like the form's.

Memory does not follow the file: the file is read from its path or an upload's
spooled file as the rows are needed (a first pass takes its digest, line count
and encoding), and what is kept for every row is a few bytes of keys in sorted
arrays or a spill file on disk (``import_state``). What grows is what the report
lists: the problems of bad rows and the likely duplicates.

Known limits: an update never changes a customer's number, kind or branch, and
runs no duplicate check (the row matched its customer by key); updates are one
statement per row, fine for thousands, not for millions. A process killed
mid-import leaves its job row marked running (the data itself is rolled back with
the transaction).
"""

from __future__ import annotations

import asyncio
import codecs
import contextlib
import contextvars
import csv
import datetime as dt
import functools
import gc
import inspect
import io
import itertools
import json
import logging
import multiprocessing
import os
import pickle
import re
import threading
import time
import zipfile
import zlib
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from enum import Enum, StrEnum
from hashlib import sha256
from operator import attrgetter
from typing import Any, BinaryIO
from xml.etree.ElementTree import ParseError

from rapidfuzz import fuzz, process
from tortoise import BaseDBAsyncClient
from tortoise.expressions import F, Q
from tortoise.transactions import in_transaction

from cims.config import get_settings
from cims.domain import audit, crypto, xlsx_guard
from cims.domain.actor import Actor
from cims.domain.customers import (
    require_decision_fields,
    require_writable,
    stored_values,
    with_related,
)
from cims.domain.duplicates import (
    SAME_EMAIL,
    SAME_MOBILE_PHONE,
    SIMILAR_NAME_SAME_BIRTH_DATE,
    WEIGHTS,
    Record,
    combine,
    duplicate_pairs,
)
from cims.domain.errors import (
    FieldProblem,
    NotFound,
    PermissionDenied,
    ValidationFailed,
)
from cims.domain.exporting import is_formula_like
from cims.domain.import_state import NameSpill, NumberSet, RowsByKey, random_below
from cims.domain.inputs import raise_problems
from cims.domain.keys import index_key
from cims.domain.normalize import blind_index, clean_text, fold
from cims.domain.validation import (
    DEFAULT_RULES,
    FIELDS,
    Bad,
    Memo,
    Rules,
    coded_value,
    parse_choice,
    search_keys,
    validate_customer_fields,
)
from cims.models import (
    Branch,
    Customer,
    ImportJob,
    ImportRecord,
    ImportStatus,
    ImportTemplate,
)
from cims.models.enums import CustomerKind, Source

log = logging.getLogger(__name__)

IMPORT = "customer.import"
UPDATE_PERMISSION = "customer.write"  # an import in update mode needs both
PROGRESS_TOPIC = "import.progress"  # where the graph publishes a run's Progress
KIND = "kind"
BRANCH_CODE = "branch_code"
VERSION = "version"  # the version a row was exported at; checked by an update
CUSTOM_PREFIX = "custom:"
TARGETS = FIELDS | {KIND, BRANCH_CODE, VERSION}
# Identifiers: a numeric spreadsheet cell is turned back into its digits, and refused
# when the float it became can no longer hold them all.
IDENTIFIERS = frozenset({"customer_no", "id_number", "mobile_phone", BRANCH_CODE})
EXACT_FLOAT_LIMIT = 2**53
CHUNK_SIZE = 5000
NUMBER_SPACE = 10**10  # generated customer numbers: C and ten digits
NEEDS_REVIEW = "NEEDS_REVIEW"  # a likely duplicate a valid-rows-only commit held
# A likely duplicate of a customer outside a branch-bound importer's branch: the
# only thing said of it (no reasons, score or customer), as search hides it.
MATCHES_OUT_OF_SCOPE = "MATCHES_OUT_OF_SCOPE"
SCOPE_CHECK_BATCH = 1000
CENT = Decimal("0.01")
PREVIEW_ROWS = 20
JOB_REPORT_LIMIT = 1000  # problems kept in the job row; the caller gets them all
OUTCOME_LIMIT = 5000  # per-row outcomes a report lists; its counts cover every row
# Shown in the clear in a dry run's list of changes; every other field is masked.
PLAIN_FIELDS = frozenset(
    {"gender", "nationality", "id_type", "marital_status", "currency", "status",
     "kyc_status", "tags", "relationship_manager", "education", "occupation"}
)  # fmt: skip
# An update never changes what identifies the row or where it lives.
NOT_UPDATED = frozenset({"customer_no"})

# Header spellings per target, "|" between spellings; compared folded (case, width).
HEADER_SYNONYMS = {
    "customer_no": "客户号|客户编号|客户代码|customer no|customer number",
    "full_name": "客户姓名|姓名|客户名称|名称|户名|企业名称|公司名称"
    "|name|full name|customer name|company name",
    "family_name": "姓|姓氏|family name|surname|last name",
    "given_name": "名|名字|given name|first name",
    "name_latin": "拼音|姓名拼音|英文名|英文姓名|latin name|pinyin|name latin",
    "gender": "性别|gender|sex",
    "birth_date": "出生日期|生日|出生年月日|birth date|date of birth|dob|birthday",
    "nationality": "国籍|nationality|country",
    "id_type": "证件类型|证件种类|id type|document type",
    "id_number": "证件号码|证件号|身份证号|身份证号码|身份证|统一社会信用代码"
    "|id number|id no|document number|national id",
    "occupation": "职业|occupation|job",
    "employer": "工作单位|单位|单位名称|employer|company",
    "education": "学历|教育程度|education",
    "marital_status": "婚姻状况|婚姻|marital status",
    "mobile_phone": "手机号|手机号码|手机|移动电话|联系电话|电话"
    "|mobile|mobile phone|phone|cell phone|telephone",
    "email": "邮箱|电子邮箱|电子邮件|email|e-mail|email address",
    "address": "地址|联系地址|住址|家庭住址|通讯地址|address",
    "currency": "币种|货币|currency",
    "annual_income": "年收入|收入|annual income|income",
    "assets": "资产|总资产|assets",
    "liabilities": "负债|总负债|liabilities|debt",
    "status": "客户状态|状态|status",
    "kyc_status": "kyc状态|尽调状态|kyc status|kyc",
    "tags": "标签|客户标签|tags|labels",
    "relationship_manager": "客户经理|relationship manager|rm",
    KIND: "客户类型|客户类别|customer type|kind|type",
    BRANCH_CODE: "网点|网点代码|网点号|机构号|机构代码|支行|branch|branch code",
}
HEADER_CUTOFF = 88


def _codes(text: str) -> dict[str, str]:
    return dict(pair.split("=") for pair in text.split())


# Codes every import understands; a user's code list for a column comes first.
BUILT_IN_CODES = {
    "gender": _codes("男=male 男性=male m=male 女=female 女性=female f=female "
                     "未知=unknown 未说明=unknown u=unknown"),
    "id_type": _codes(
        "身份证=resident_id 居民身份证=resident_id 护照=passport "
        "港澳通行证=hk_macao_permit 往来港澳通行证=hk_macao_permit "
        "港澳居民来往内地通行证=hk_macao_permit 台湾通行证=taiwan_permit "
        "台胞证=taiwan_permit 台湾居民来往大陆通行证=taiwan_permit "
        "统一社会信用代码=social_credit_code 其他=other"
    ),
    "marital_status": _codes("未婚=single 已婚=married 离异=divorced 离婚=divorced "
                             "丧偶=widowed 分居=separated 未知=unknown"),
    KIND: _codes("个人=individual 对私=individual 自然人=individual "
                 "对公=corporate 企业=corporate 公司=corporate 机构=corporate"),
    "status": _codes("潜在=prospect 潜在客户=prospect 正常=active 活跃=active "
                     "休眠=dormant 睡眠=dormant 销户=closed 已销户=closed"),
    "kyc_status": _codes("待审核=pending 未核验=pending 已核验=verified "
                         "已认证=verified 已过期=expired 已拒绝=rejected"),
}  # fmt: skip
# Named code lists a user can pick; numeric gender codes are never guessed because
# 0/1 means female/male in some systems and male/female in others.
CODE_LIST_PRESETS = {
    "gender:gb2261": _codes("0=unknown 1=male 2=female 9=unknown"),
    "gender:0-female-1-male": _codes("0=female 1=male"),
    "gender:0-male-1-female": _codes("0=male 1=female"),
}


# ---------------------------------------------------------------- plain values


@dataclass
class Mapping:
    """File header -> target (a customer field, ``kind``, ``branch_code`` or
    ``custom:<name>``), code lists per target, and defaults for every row."""

    columns: dict[str, str]
    code_lists: dict[str, dict[str, str]] = field(default_factory=dict)
    defaults: dict[str, Any] = field(default_factory=dict)
    # Columns of the file the user chose to leave out: a commit refuses a file
    # with a column that is neither mapped nor here (``require_mapped``).
    ignored: list[str] = field(default_factory=list)


class ImportMode(StrEnum):
    CREATE = "create"  # a row matching a customer leaves it alone
    UPDATE = "update"  # a row matching a customer updates it


class CommitMode(StrEnum):
    ALL_OR_NOTHING = "all_or_nothing"  # one bad cell and nothing is written
    VALID_ROWS_ONLY = "valid_rows_only"  # rows with a problem are left out


class RowAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    UNCHANGED = "unchanged"  # matches a customer and would change nothing
    SKIP = "skip"  # matches a customer; an import in create mode leaves it alone


@dataclass(frozen=True)
class ImportOptions:
    default_branch_id: int | None = None
    kind: CustomerKind = CustomerKind.INDIVIDUAL
    rules: Rules = DEFAULT_RULES
    sheet: str | None = None
    chunk_size: int = CHUNK_SIZE
    mode: ImportMode = ImportMode.CREATE
    commit: CommitMode = CommitMode.ALL_OR_NOTHING
    # A row that is a likely duplicate of a customer (or of an earlier row) is left
    # out of a valid-rows-only commit for review, unless the user confirmed them.
    confirm_duplicates: bool = False
    # Processes checking the rows of a file of PARALLEL_MIN_CHUNKS chunks or more;
    # None takes the setting (CIMS_IMPORT_WORKERS), 0 or 1 checks in this process.
    workers: int | None = None
    # A CSV file's encoding as the user named it (one of ENCODINGS); None detects it.
    encoding: str | None = None


@dataclass
class CellProblem:
    row: int  # as a spreadsheet shows it: the header is row 1
    column: str | None
    field: str
    value: str  # masked, or the code of a coded value
    code: str
    message: str
    # The enum a coded value (gender, status, document type...) is a code of: no
    # personal free text, so shown for the screen to label; None for masked values.
    value_kind: str | None = None


@dataclass
class DuplicateFinding:
    row: int
    other_row: int | None  # another row of the same file, or
    customer_id: int | None  # a customer already in the base
    score: float
    reasons: list[str]


@dataclass
class FieldChange:
    field: str
    old: str  # masked unless the field is in PLAIN_FIELDS
    new: str


@dataclass
class RowOutcome:
    """What a row does (or did): create, update with these changes, nothing."""

    row: int
    action: RowAction
    customer_id: int | None = None
    customer_no: str | None = None
    version: int | None = None  # the version an update applies to
    changes: list[FieldChange] = field(default_factory=list)


@dataclass
class SkippedRow:
    """A row a valid-rows-only commit leaves out, and why (problem codes)."""

    row: int
    reasons: list[str]


@dataclass
class Progress:
    phase: str  # "check" or "write", then "done" once the report is final
    done: int
    total: int | None  # estimated from the file; None when unknown


@dataclass
class ImportReport:
    job_id: int
    dry_run: bool
    status: ImportStatus
    total_rows: int = 0
    valid_rows: int = 0
    created_rows: int = 0
    existing_rows: int = 0
    updated_rows: int = 0  # on a dry run: the rows that would update a customer
    unchanged_rows: int = 0
    problems: list[CellProblem] = field(default_factory=list)
    duplicates: list[DuplicateFinding] = field(default_factory=list)
    outcomes: list[RowOutcome] = field(default_factory=list)  # first OUTCOME_LIMIT
    commit_mode: CommitMode = CommitMode.ALL_OR_NOTHING
    written_rows: int = 0  # created or updated by this commit
    # On a dry run, the rows a valid-rows-only commit would leave out; on a commit,
    # the rows it left out (an all-or-nothing commit: the rows that refused it).
    skipped_rows: int = 0
    skipped: list[SkippedRow] = field(default_factory=list)
    # Columns of the file that no mapping uses and nobody ignored (a dry run lists
    # them; a commit with any is refused), and those ignored on purpose.
    unmapped_columns: list[str] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)


ProgressCallback = Callable[[Progress], Awaitable[None] | None]


def mask_value(value: Any) -> str:
    """A cell as a report may show it: length and a hint of both ends, no more."""
    if value is None:
        return ""
    text = str(value)
    keep = min(4, len(text) // 5)
    if keep == 0:
        return "*" * len(text)
    return text[:keep] + "*" * (len(text) - 2 * keep) + text[-keep:]


def cell_problem(row, column, target, value, code, message) -> CellProblem:
    """A bad cell as a report lists it: a coded value (an enum member) as its
    code, with its enum, for the screen to label; anything else masked, as it
    may be personal."""
    if isinstance(value, Enum):
        return CellProblem(
            row, column, target, value.name, code, message, type(value).__name__
        )
    return CellProblem(row, column, target, mask_value(value), code, message)


def file_problem(code: str, message: str) -> ValidationFailed:
    return ValidationFailed([FieldProblem("file", code, message)])


# ---------------------------------------------------------------- reading files


# What an import reads: the file's bytes, its path, or a binary file the caller
# opened (an upload the web server spooled to disk), which must be seekable and is
# never closed here.
FileSource = bytes | str | os.PathLike | BinaryIO
READ_STEP = 1 << 20  # bytes read at a time by the passes over a file


@dataclass
class Table:
    """A file's header and its rows, read as they are iterated. Close it (or use it
    in a ``with``) when done: the rows close the file only once read to the end."""

    headers: list[str]
    rows: Iterator[tuple]
    estimated_rows: int | None
    sha256: str = ""  # of the file's bytes
    closer: Callable[[], None] | None = None
    # Whether every row must have one cell per header: a CSV row with more or fewer
    # cells lost or shifted some (an unquoted comma); a sheet's row ends where its
    # last filled cell does.
    exact_width: bool = False

    def close(self) -> None:
        if self.closer is not None:
            self.closer()

    def __enter__(self) -> Table:
        return self

    def __exit__(self, *_) -> None:
        self.close()


def read_table(
    source: FileSource,
    file_name: str,
    sheet: str | None = None,
    encoding: str | None = None,
) -> Table:
    """The header and data rows of a CSV or XLSX file, read as they are needed.

    A CSV file is read in ``encoding`` when the caller names one (one of ENCODINGS),
    else in the encoding its bytes show (``_facts``)."""
    named = _encoding_named(encoding) if encoding else None
    if file_name.lower().endswith((".xlsx", ".xlsm")):
        return _read_xlsx(source, sheet)
    if file_name.lower().endswith((".csv", ".txt")):
        return _read_csv(source, named)
    raise file_problem("UNSUPPORTED_FILE", "Use a .csv or .xlsx file")


async def read_table_apart(
    source: FileSource,
    file_name: str,
    sheet: str | None = None,
    encoding: str | None = None,
) -> Table:
    """``read_table`` in a worker thread: opening a file reads all of it once (its
    digest and encoding) and a workbook's archive is inspected and its shared
    strings parsed, CPU work the event loop must not wait on. Read its rows in a
    thread too (``next_rows``)."""
    return await asyncio.to_thread(read_table, source, file_name, sheet, encoding)


async def next_rows(rows: Iterator[tuple], count: int) -> list[tuple]:
    """Up to ``count`` more rows of a table, parsed in a worker thread."""
    return await asyncio.to_thread(lambda: list(itertools.islice(rows, count)))


class _Borrowed(io.RawIOBase):
    """A caller's binary file, read from a position of its own and never closed.

    Two tables over one upload (the preview and the dry run) then never move each
    other's place, and closing a table leaves the upload to its owner.
    """

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self._at = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        self._stream.seek(self._at)
        data = self._stream.read(len(buffer))
        buffer[: len(data)] = data
        self._at += len(data)
        return len(data)

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if whence == io.SEEK_SET:
            self._at = offset
        elif whence == io.SEEK_CUR:
            self._at += offset
        else:
            self._at = self._stream.seek(0, io.SEEK_END) + offset
        return self._at

    def tell(self) -> int:
        return self._at


def _opened(source: FileSource) -> BinaryIO:
    """A binary stream of ``source`` of its own: closing it leaves the source open."""
    if isinstance(source, bytes | bytearray | memoryview):
        return io.BytesIO(source)
    if isinstance(source, str | os.PathLike):
        return open(source, "rb")  # noqa: SIM115 (the rows' reader closes it)
    return io.BufferedReader(_Borrowed(source), READ_STEP)


@dataclass
class _Facts:
    """What one pass over a file tells before its rows are read."""

    sha256: str
    lines: int
    encoding: str | None = None  # of a CSV file


# The encodings a CSV file may be named or guessed to be in: Excel saves CSV in the
# system's code page (GBK, Big5, Windows-1252) or, as "Unicode text", in UTF-16.
ENCODINGS = ("utf-8", "utf-16", "gb18030", "gbk", "big5", "cp1252", "latin-1")
# What charset-normalizer weighs a file without a byte-order mark against.
_GUESSED = ["utf_8", "gb18030", "big5", "cp1252", "latin_1"]
SAMPLE_BYTES = 64 << 10  # of lines with bytes above ASCII, the encoding guessed from
# A guess is confident when every other candidate that reads the file differently
# reads it this much more chaotically (charset-normalizer's mess ratio, 0 to 1).
CHAOS_MARGIN = 0.05
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")


def _encoding_named(name: str) -> str:
    """A caller's encoding name, checked against ENCODINGS (``gbk``, ``GB18030``...)."""
    try:
        canonical = codecs.lookup(name).name
    except LookupError:
        canonical = None
    if canonical not in {codecs.lookup(known).name for known in ENCODINGS}:
        raise file_problem(
            "UNKNOWN_ENCODING", f"Name one of these encodings: {', '.join(ENCODINGS)}"
        )
    return canonical


class _Sample:
    """The lines of a file holding bytes above ASCII, up to SAMPLE_BYTES, gathered
    as the file is read a step at a time (a line may span two steps)."""

    def __init__(self) -> None:
        self.lines: list[bytes] = []
        self.size = 0
        self.pending = b""

    def add(self, chunk: bytes) -> None:
        if self.size >= SAMPLE_BYTES:
            return
        data = self.pending + chunk
        end = data.rfind(b"\n") + 1
        self.pending = data[end:][-SAMPLE_BYTES:]
        at = 0
        while self.size < SAMPLE_BYTES and (high := _HIGH_BYTE.search(data, at, end)):
            start = data.rfind(b"\n", 0, high.start()) + 1
            at = data.find(b"\n", high.start(), end) + 1
            self.lines.append(data[start:at])
            self.size += at - start

    def data(self) -> bytes:
        tail = self.pending if _HIGH_BYTE.search(self.pending) else b""
        return b"".join(self.lines) + tail


def _facts(stream: BinaryIO, text: bool, encoding: str | None = None) -> _Facts:
    """The file's digest and line count and, for text, its encoding: the one named
    (which must read all of it), else one its byte-order mark names, else UTF-8 if
    all of it is UTF-8, else charset-normalizer's guess from the lines holding bytes
    above ASCII, taken when it is confident and reads all of the file.

    The file is read a megabyte at a time, so a file whose first lines are plain
    ASCII and whose later ones are GBK is read as GBK.
    """
    digest = sha256()
    lines = 0
    candidates: list[str] = []
    decoder = None
    sample = _Sample() if text and encoding is None else None
    stream.seek(0)
    while chunk := stream.read(READ_STEP):
        if text and not candidates:  # the first megabyte: any byte-order mark
            candidates = _candidates(chunk, encoding)
            decoder = codecs.getincrementaldecoder(candidates[0])()
        digest.update(chunk)
        lines += chunk.count(b"\n")
        if sample is not None:
            sample.add(chunk)
        if decoder is not None:
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError:
                decoder = None
    facts = _Facts(digest.hexdigest(), lines)
    if not text:
        return facts
    if not candidates:  # an empty file: read as UTF-8, it then has no header
        facts.encoding = encoding or "utf-8"
        return facts
    if decoder is not None and _finished(decoder):
        facts.encoding = candidates[0]
        return facts
    if encoding is not None:
        raise file_problem(
            "UNREADABLE_ENCODING", f"The file is not in {encoding}; name its encoding"
        )
    if candidates[0] == "utf-8" and sample is not None:
        facts.encoding = _guessed(stream, sample.data())
        return facts
    raise file_problem("UNREADABLE_ENCODING", "Save the file as UTF-8 or GBK")


def _guessed(stream: BinaryIO, sample: bytes) -> str:
    """The encoding of a file that is not UTF-8, guessed from ``sample``; refused as
    AMBIGUOUS_ENCODING when another encoding reads the sample about as well."""
    from charset_normalizer import from_bytes

    readings = []  # (encoding, chaos, text) of each guess that reads the whole file
    for match in from_bytes(sample, cp_isolation=_GUESSED):
        name = codecs.lookup(match.encoding).name
        stream.seek(0)
        if name != "utf-8" and _stream_decodes(stream, name):
            readings.append((name, match.chaos, str(match)))
    if not readings:
        raise file_problem(
            "UNREADABLE_ENCODING",
            "The file's encoding is not one of " + ", ".join(ENCODINGS)
            + "; save it as UTF-8",
        )  # fmt: skip
    best, chaos, text = readings[0]
    rivals = [
        name
        for name, other_chaos, other_text in readings[1:]
        if other_chaos - chaos < CHAOS_MARGIN and other_text != text
    ]
    if rivals:
        names = " or ".join(sorted({best, *rivals}))
        raise file_problem(
            "AMBIGUOUS_ENCODING",
            f"The file may be in {names}; name its encoding (or save it as UTF-8)",
        )
    return best


def _candidates(start: bytes, named: str | None = None) -> list[str]:
    """The encodings a file starting with ``start`` may be in, the likeliest first."""
    if named is not None and named != "utf-8":
        return [named]
    if start.startswith(codecs.BOM_UTF8):
        return ["utf-8-sig"]
    if start.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return ["utf-16"]
    return ["utf-8"]


def _finished(decoder: codecs.IncrementalDecoder) -> bool:
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _stream_decodes(stream: BinaryIO, encoding: str) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        while chunk := stream.read(READ_STEP):
            decoder.decode(chunk)
    except UnicodeDecodeError:
        return False
    return _finished(decoder)


def detect_encoding(data: bytes) -> str:
    """The encoding a CSV file's bytes are read in (see ``_facts``)."""
    return _facts(io.BytesIO(data), text=True).encoding or "utf-8"


def _read_csv(source: FileSource, encoding: str | None = None) -> Table:
    stream = _opened(source)
    try:
        facts = _facts(stream, text=True, encoding=encoding)
        stream.seek(0)
        text = io.TextIOWrapper(stream, encoding=facts.encoding, newline="")
        first = text.readline()
    except BaseException:
        stream.close()
        raise
    delimiter = max(",;\t|", key=first.count)
    rows = _csv_rows(csv.reader(io.StringIO(first), delimiter=delimiter))
    headers = next(rows, None)
    if not headers:
        text.close()
        raise file_problem("EMPTY_FILE", "The file has no header row")
    try:
        headers = _clean_headers(headers)
    except ValidationFailed:
        text.close()
        raise
    reader = csv.reader(text, delimiter=delimiter)
    body = _csv_rows(reader, text, first_line=2, width=len(headers))
    lines = max(facts.lines - 1, 0)
    return Table(headers, body, lines, facts.sha256, text.close, exact_width=True)


# What a damaged workbook raises while it is opened or read: a broken archive
# (BadZipFile, zlib.error), a missing part (KeyError), malformed XML (ParseError).
XLSX_ERRORS = (
    KeyError, ValueError, OSError, EOFError, zipfile.BadZipFile, zlib.error, ParseError,
)  # fmt: skip


def _unreadable_xlsx() -> ValidationFailed:
    return file_problem("UNREADABLE_FILE", "Not a readable .xlsx workbook")


def _read_xlsx(source: FileSource, sheet: str | None) -> Table:
    import openpyxl

    streams: list[BinaryIO] = []

    def opened(values: bool):
        stream = _opened(source)
        streams.append(stream)
        book = openpyxl.load_workbook(stream, read_only=True, data_only=values)
        return book, book[sheet] if sheet else book.worksheets[0]

    books = []
    try:
        with _opened(source) as stream:
            facts = _facts(stream, text=False)
            # The archive's sizes and counts, before openpyxl reads any of it.
            formulas = xlsx_guard.inspect(stream).formulas
        book, worksheet = opened(values=True)
        books.append(book)
        rows = xlsx_guard.bounded(worksheet.iter_rows(values_only=True))
        if formulas:
            # A formula's value is what Excel stored when it last saved the file;
            # a file written by a program may hold the formula alone.
            formula_book, formula_sheet = opened(values=False)
            books.append(formula_book)
            rows = _uncached_marked(rows, formula_sheet.iter_rows(values_only=True))
        headers = next(rows, None)
    except XLSX_ERRORS as error:
        _close_all(books, streams)
        raise _unreadable_xlsx() from error
    except BaseException:
        _close_all(books, streams)
        raise
    if not headers:
        _close_all(books, streams)
        raise file_problem("EMPTY_FILE", "The sheet has no header row")
    try:
        headers = _clean_headers(headers)
    except ValidationFailed:
        _close_all(books, streams)
        raise
    total = worksheet.max_row - 1 if worksheet.max_row else None
    rows = _closing(rows, books, streams)
    closer = functools.partial(_close_all, books, streams)
    return Table(headers, rows, total, facts.sha256, closer)


def _close_all(books: list, streams: list) -> None:
    for book in books:
        book.close()
    for stream in streams:
        stream.close()


class UncachedFormula(str):
    """A formula cell whose file holds no value for it (the formula's text)."""


# The problem every import reports for an UncachedFormula cell: (code, message).
FORMULA_WITHOUT_VALUE = (
    "FORMULA_WITHOUT_VALUE",
    "A formula without a stored value; save the file in Excel or paste values",
)


def _uncached_marked(values: Iterator[tuple], formulas: Iterator[tuple]):
    for row, written in zip(values, formulas, strict=False):
        yield tuple(
            _uncached(value, written[index] if index < len(written) else None)
            for index, value in enumerate(row)
        )


def _uncached(value: Any, written: Any) -> Any:
    if value is None and isinstance(written, str) and written.startswith("="):
        return UncachedFormula(written)
    return value


def _closing(rows: Iterator[tuple], books: list, streams: list) -> Iterator[tuple]:
    try:
        yield from rows
    except XLSX_ERRORS as error:
        raise _unreadable_xlsx() from error
    finally:
        _close_all(books, streams)


# The targets whose cells may hold a line break (a quoted multi-line address).
LINE_BREAK_TARGETS = frozenset({"address"})
_LINE_BREAK = re.compile(r"[\r\n]")


class CsvRow(tuple):
    """A CSV record's cells and the lines of the file it spans: a quoted cell may
    hold line breaks, and a stray quote runs a record over many lines."""

    def __new__(cls, cells=(), first_line: int = 0, last_line: int = 0):
        row = super().__new__(cls, cells)
        row.lines = (first_line, last_line)
        return row

    def where(self) -> str:
        first, last = self.lines
        return f"line {first}" if first == last else f"lines {first}-{last}"


def _csv_rows(reader, text: io.TextIOWrapper | None = None, first_line: int = 0,
              width: int = 0) -> Iterator[tuple]:  # fmt: skip
    """The records of ``reader``. Given the line of the first, a record of ``width``
    cells on one line is a tuple, any other a CsvRow naming the lines it spans (a
    plain tuple costs a third of the time of reading a row)."""
    try:
        if not first_line:
            for row in reader:
                yield tuple(row)
            return
        for row in reader:
            last_line = reader.line_num + 1
            if last_line == first_line and len(row) == width:
                yield tuple(row)
            else:
                yield CsvRow(row, first_line, last_line)
            first_line = last_line + 1
    except csv.Error as error:  # a NUL byte, a field over the size limit
        raise file_problem(
            "UNREADABLE_FILE", f"Not a readable CSV file (line {reader.line_num})"
        ) from error
    except UnicodeDecodeError as error:  # the file changed since it was checked
        raise file_problem(
            "UNREADABLE_ENCODING",
            f"The file is not in one encoding (after line {reader.line_num}); "
            "save it as UTF-8 or GBK",
        ) from error
    finally:
        if text is not None:
            text.close()


def _clean_headers(headers) -> list[str]:
    """The file's headers, each cleaned; a blank one named by its position
    (``blank_header``) so that it can be mapped, ignored and listed like any other.
    A file that names one column twice is refused (``DUPLICATE_HEADER``): a mapping
    is by header, so one of the two columns would be dropped without a word."""
    cleaned = [clean_text(str(h)) if h is not None else "" for h in headers]
    named = [text or blank_header(i) for i, text in enumerate(cleaned)]
    first: dict[str, int] = {}
    for i, header in enumerate(named):
        if header in first:
            where = f"{column_letter(first[header])} and {column_letter(i)}"
            raise ValidationFailed(
                [
                    FieldProblem(
                        "file",
                        "DUPLICATE_HEADER",
                        f"The header {header!r} names two columns: {where} "
                        f"(columns {first[header] + 1} and {i + 1}); rename one",
                        header,
                    )
                ]
            )
        first[header] = i
    return named


BLANK_HEADER = "Column "  # + the column's letter, as a spreadsheet names it


def column_letter(index: int) -> str:
    """A column's letter(s) from its 0-based position: A, ..., Z, AA, ..."""
    from openpyxl.utils.cell import get_column_letter

    return get_column_letter(index + 1)


def blank_header(index: int) -> str:
    """The name of a column whose header cell is blank: ``Column B`` for the
    second, stable across previews, dry runs and commits of the same file."""
    return BLANK_HEADER + column_letter(index)


# ---------------------------------------------------------------- mapping


def _header_key(text: str) -> str:
    return fold(text).replace("_", "").replace("(", "").replace(")", "")


_SYNONYMS = {
    _header_key(spelling): target
    for target, spellings in HEADER_SYNONYMS.items()
    for spelling in spellings.split("|")
}


def suggest_mapping(headers: list[str], sample_rows: list[tuple] = ()) -> Mapping:
    """A mapping proposed from the headers, and code lists from sample values."""
    columns: dict[str, str] = {}
    for header in headers:
        target = _suggest_target(header)
        if target and target not in columns.values():
            columns[header] = target
    code_lists = _suggest_code_lists(headers, sample_rows, columns)
    return Mapping(columns=columns, code_lists=code_lists)


@dataclass
class Preview:
    headers: list[str]
    sample_rows: list[tuple]  # for the wizard to show; the caller masks them
    mapping: Mapping  # suggested
    estimated_rows: int | None


def preview(
    data: FileSource,
    file_name: str,
    sheet: str | None = None,
    encoding: str | None = None,
) -> Preview:
    """What an import wizard shows first: headers, a few rows, a suggested mapping."""
    with read_table(data, file_name, sheet, encoding) as table:
        sample = [row for _, row in zip(range(PREVIEW_ROWS), table.rows, strict=False)]
    mapping = suggest_mapping(table.headers, sample)
    return Preview(table.headers, sample, mapping, table.estimated_rows)


def _suggest_target(header: str) -> str | None:
    key = _header_key(header)
    if key in _SYNONYMS:
        return _SYNONYMS[key]
    if key in FIELDS or key in TARGETS:
        return key
    match = process.extractOne(
        key, list(_SYNONYMS), scorer=fuzz.ratio, score_cutoff=HEADER_CUTOFF
    )
    return _SYNONYMS[match[0]] if match else None


def _suggest_code_lists(headers, sample_rows, columns) -> dict[str, dict[str, str]]:
    if "gender" not in columns.values():
        return {}
    index = headers.index(next(h for h, t in columns.items() if t == "gender"))
    values = {_code_text(row[index]) for row in sample_rows if index < len(row)}
    values.discard("")
    if values and values <= {"1", "2", "0", "9"} and values & {"2"}:
        return {"gender": dict(CODE_LIST_PRESETS["gender:gb2261"])}
    return {}


@functools.lru_cache(maxsize=4096)
def _code_key(text: str) -> str:
    """The key of stripped text in a code list (``_code_list``)."""
    return _code_text(text).casefold()


def _code_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return clean_text(str(value)) if value is not None else ""


def check_mapping(mapping: Mapping, headers: list[str], options: ImportOptions):
    known = lambda target: target in TARGETS or _is_custom(target)  # noqa: E731
    required = {"full_name": "Map a column to full_name"}
    if options.default_branch_id is None:
        required[BRANCH_CODE] = "Map a branch or give one"
    raise_problems(mapping_problems(mapping, headers, known, required))


def mapping_problems(
    mapping: Mapping,
    headers: list[str],
    known: Callable[[str], bool],
    required: dict[str, str],
) -> list[FieldProblem]:
    """What is wrong with a column mapping, each problem naming its column (a
    header of the file) and target field: a column the file lacks, a target no
    field has, two columns on one target, a required target (with the message to
    show when it is missing) that neither a column nor a default gives."""
    problems = []
    seen: dict[str, str] = {}
    for header, target in mapping.columns.items():
        if header not in headers:
            message = f"No column named {header!r}"
            problems.append(_mapping_problem("UNKNOWN_COLUMN", message, header))
        if not known(target):
            message = f"No field named {target!r}"
            problems.append(_mapping_problem("UNKNOWN_TARGET", message, header, target))
        elif target in seen:
            message = f"{header!r} and {seen[target]!r} are both mapped to {target}"
            problems.append(
                _mapping_problem("TARGET_MAPPED_TWICE", message, header, target)
            )
        else:
            seen[target] = header
    problems += [
        _mapping_problem(
            "COLUMN_MAPPED_AND_IGNORED",
            f"Column {header!r} is both mapped and ignored",
            header,
            mapping.columns[header],
        )
        for header in dict.fromkeys(mapping.ignored)
        if mapping.columns.get(header)
    ]
    problems += [
        _mapping_problem("UNKNOWN_TARGET", f"No field named {target!r}", None, target)
        for target in mapping.defaults
        if not known(target)
    ]
    targets = set(mapping.columns.values()) | set(mapping.defaults)
    problems += [
        _mapping_problem("REQUIRED", message, None, target)
        for target, message in required.items()
        if target not in targets
    ]
    return problems


def unmapped_columns(mapping: Mapping, headers: list[str]) -> list[str]:
    """The file's columns, in file order and once each, that no mapping uses and
    that are not ignored: their cells would be dropped. A column without a header
    has a positional name (``blank_header``) and is listed like any other."""
    ignored = set(mapping.ignored)
    return [
        header
        for header in dict.fromkeys(headers)
        if header and not mapping.columns.get(header) and header not in ignored
    ]


def ignored_columns(mapping: Mapping, headers: list[str]) -> list[str]:
    """The file's columns, in file order, that the mapping ignores on purpose."""
    ignored = set(mapping.ignored)
    return [header for header in dict.fromkeys(headers) if header in ignored]


def require_mapped(mapping: Mapping, headers: list[str]) -> None:
    """Refuse a commit that would drop a column silently: each column no mapping
    uses must be ignored explicitly (``Mapping.ignored``), one problem a column."""
    raise_problems(
        [
            _mapping_problem(
                "UNMAPPED_COLUMN",
                f"Column {header!r} is not mapped: map it to a field or ignore it",
                header,
            )
            for header in unmapped_columns(mapping, headers)
        ]
    )


def note_columns(report: ImportReport, mapping: Mapping, headers: list[str]) -> None:
    """The report's lists of unmapped and ignored columns."""
    report.unmapped_columns = unmapped_columns(mapping, headers)
    report.ignored_columns = ignored_columns(mapping, headers)


def columns_of(pairs: Iterable[tuple[str, str | None]]) -> dict[str, str]:
    """A mapping's columns from (column, target) pairs as a client sends them,
    unmapped columns (no target) left out; a column given twice is refused,
    naming it, rather than one of its targets silently winning."""
    columns: dict[str, str] = {}
    problems, given = [], set()
    for column, target in pairs:
        if column in given:
            message = f"Column {column!r} is mapped more than once"
            problems.append(_mapping_problem("COLUMN_MAPPED_TWICE", message, column))
        given.add(column)
        if target:
            columns[column] = target
    raise_problems(problems)
    return columns


def _mapping_problem(code: str, message: str, column, target=None) -> FieldProblem:
    return FieldProblem("mapping", code, message, column=column, target=target)


def _is_custom(target: str) -> bool:
    return target.startswith(CUSTOM_PREFIX) and len(target) > len(CUSTOM_PREFIX)


def written_fields(mapping: Mapping) -> set[str]:
    """The customer fields an import with ``mapping`` writes (custom: ones as one)."""
    targets = {*mapping.columns.values(), *mapping.defaults}
    return {"custom_attributes" if _is_custom(t) else t for t in targets}


# ---------------------------------------------------------------- templates


def require_import(actor: Actor) -> None:
    if not actor.can(IMPORT):
        raise PermissionDenied(IMPORT)


def options_for(
    actor: Actor,
    branch_id: int | None = None,
    kind: CustomerKind | str = CustomerKind.INDIVIDUAL,
    sheet: str | None = None,
    mode: ImportMode | str = ImportMode.CREATE,
    commit: CommitMode | str = CommitMode.ALL_OR_NOTHING,
    confirm_duplicates: bool = False,
    encoding: str | None = None,
) -> ImportOptions:
    """Options of one import; branch staff import into their own branch by default."""
    default_branch = branch_id if branch_id is not None else actor.branch_id
    return ImportOptions(
        default_branch_id=default_branch,
        kind=CustomerKind(kind),
        sheet=sheet,
        mode=ImportMode(mode),
        commit=CommitMode(commit),
        confirm_duplicates=confirm_duplicates,
        encoding=encoding or None,
    )


ENTITIES = ("customer", "account")
TEMPLATE_OPTIONS = frozenset({"mode", "kind", "sheet", "branch_id", "day_first"})


async def save_template(
    actor: Actor,
    name: str,
    mapping: Mapping,
    options: dict | None = None,
    entity: str = "customer",
) -> ImportTemplate:
    """Save (or replace) a named mapping for the next file of the same layout.

    Templates are shared by the whole bank: one file layout, one name.
    """
    require_import(actor)
    name = clean_text(name or "")
    problems = _template_problems(name, mapping, options or {}, entity)
    if problems:
        raise ValidationFailed(problems)
    values = {
        "entity": entity,
        # An ignored column is kept as a column without a target (JSON null).
        "columns": {**dict.fromkeys(mapping.ignored), **mapping.columns},
        "code_lists": mapping.code_lists,
        "defaults": mapping.defaults,
        "options": options or {},
        "created_by": actor.subject,
    }
    template, _ = await ImportTemplate.update_or_create(values, name=name)
    return template


def _template_problems(name, mapping: Mapping, options: dict, entity: str) -> list:
    problems = []
    if not name or len(name) > 100:
        problems.append(
            FieldProblem("name", "REQUIRED", "A name of 1 to 100 characters")
        )
    if entity not in ENTITIES:
        problems.append(FieldProblem("entity", "INVALID_CHOICE", "customer or account"))
    if not mapping.columns:
        problems.append(FieldProblem("mapping", "REQUIRED", "Map at least one column"))
    problems += [
        _mapping_problem(
            "COLUMN_MAPPED_AND_IGNORED", f"Column {header!r} is both mapped and ignored",
            header, mapping.columns[header],
        )
        for header in mapping.ignored
        if mapping.columns.get(header)
    ]  # fmt: skip
    if unknown := set(options) - TEMPLATE_OPTIONS:
        message = f"Unknown options: {', '.join(sorted(unknown))}"
        problems.append(FieldProblem("options", "UNKNOWN_FIELD", message))
    if options.get("mode") not in (None, *ImportMode):
        problems.append(FieldProblem("options", "INVALID_CHOICE", "create or update"))
    return problems


async def list_templates(actor: Actor, entity: str | None = None) -> list:
    require_import(actor)
    query = ImportTemplate.all().order_by("name", "id")
    return await (query.filter(entity=entity) if entity else query)


async def get_template(actor: Actor, template_id: int):
    require_import(actor)
    template = await ImportTemplate.get_or_none(id=template_id)
    if template is None:
        raise NotFound("ImportTemplate")
    return template


async def delete_template(actor: Actor, template_id: int) -> None:
    """Remove a template; the jobs that used it keep their reports."""
    require_import(actor)
    deleted = await ImportTemplate.filter(id=template_id).delete()
    if not deleted:
        raise NotFound("ImportTemplate")


async def load_template(name: str) -> tuple[Mapping, dict]:
    template = await ImportTemplate.get_or_none(name=clean_text(name))
    if template is None:
        raise ValidationFailed.one("template", "NOT_FOUND", "No such import template")
    return template_mapping(template), template.options


def template_mapping(template: ImportTemplate) -> Mapping:
    """A saved template's mapping: its columns without a target are ignored ones."""
    columns = {c: t for c, t in template.columns.items() if t}
    ignored = [c for c, t in template.columns.items() if not t]
    return Mapping(columns, template.code_lists, template.defaults, ignored)


# ---------------------------------------------------------------- one row


@dataclass(slots=True)
class Row:
    number: int
    values: dict
    keys: dict
    kind: CustomerKind
    branch_id: int
    fingerprint: str | None  # set when the row has no ID number or customer number
    customer_no: str = ""
    version: int | None = None  # as exported; an update refuses a stale one
    # The number reserved for the row, used when the file gives none, and the
    # customer row to write if the row creates one (``_RowReader.record``).
    drawn: str = ""
    record: Any = None
    born: int = 0  # the birth date's ordinal (0: none), for the similar-name pass


class _RowReader:
    """Turns the cells of one row into validated customer values, or problems."""

    def __init__(self, headers, mapping, options, branches, actor) -> None:
        self.columns = [
            (i, header, mapping.columns[header])
            for i, header in enumerate(headers)
            if mapping.columns.get(header)
        ]
        self.column_of = {target: header for _, header, target in self.columns}
        self.code_lists = {
            target: _code_list(target, mapping.code_lists.get(target, {}))
            for target in BUILT_IN_CODES.keys() | mapping.code_lists.keys()
        }
        # Per mapped column: its index, its target and the target's code list.
        self.plan = [(i, target, self.code_lists.get(target) or None)
                     for i, _header, target in self.columns]  # fmt: skip
        targets = [*mapping.columns.values(), *mapping.defaults]
        self.custom = any(map(_is_custom, targets))
        self.defaults = mapping.defaults
        self.default_kind = CustomerKind(options.kind)
        self.options = options
        self.branches = branches
        # Only the branch the actor is limited to: a reader goes to worker processes.
        self.branch_scope = actor.branch_id
        self.key = index_key()
        self.memo = Memo()
        # What the customer rows are built with where the rows are checked: the
        # import's time, the key ring, and COPY text (PostgreSQL) or value tuples.
        self.now = dt.datetime.now(dt.UTC)
        self.now_text = self.now.isoformat()  # as COPY text reads it, made once
        self.ring = crypto.keyring()
        self.copy_text = False
        self.width: int | None = None  # the cells a row must have (Table.exact_width)

    def record(self, row: Row, identity: str) -> Any:
        """The customer row ``row`` creates under the number ``identity``: a line of
        COPY text, or a tuple of values (``write_customers``)."""
        if not self.copy_text:
            return customer_record(row, self.now, self.ring, identity)
        return copy_line(customer_record(row, self.now_text, self.ring, identity))

    def read(self, number: int, cells: tuple, problems: list) -> Row | None:
        raw, bad = self._cells(number, cells)
        if self.width is not None and len(cells) != self.width:
            bad.extend(self._misshapen(number, cells))
        if isinstance(cells, CsvRow) and cells.lines[0] != cells.lines[1]:
            bad.extend(self._broken(number, cells))
        kind = self._kind(number, raw, bad)
        branch_id = self._branch(number, raw, bad)
        version = self._version(number, raw, bad)
        values = self._validate(number, raw, kind, bad)
        problems.extend(bad)
        if bad:
            return None
        keys = search_keys(values, self.key)
        fingerprint = None
        if not values.get("id_number") and not values.get("customer_no"):
            fingerprint = self._fingerprint(values, kind, branch_id)
        return Row(number, values, keys, kind, branch_id, fingerprint, version=version)

    def _misshapen(self, number: int, cells: tuple) -> list[CellProblem]:
        return misshapen(number, cells, self.width or 0)

    def _broken(self, number: int, cells: CsvRow) -> list[CellProblem]:
        columns = ((index, target) for index, target, _codes in self.plan)
        return line_breaks(number, cells, columns, self.problem, _breaks_allowed)

    def _version(self, number: int, raw: dict, bad: list) -> int | None:
        value = raw.get(VERSION)
        if _empty(value):
            return None
        text = _code_text(value)
        if not text.isdigit() or int(text) < 1:
            message = "A version is a whole number from 1"
            bad.append(self.problem(number, VERSION, value, "INVALID_FORMAT", message))
            return None
        return int(text)

    def _cells(self, number: int, cells: tuple) -> tuple[dict, list]:
        raw: dict[str, Any] = dict(self.defaults)
        bad: list[CellProblem] = []
        count = len(cells)
        for index, target, codes in self.plan:
            value = cells[index] if index < count else None
            if value.__class__ is str and (codes is None or "" not in codes):
                # A CSV cell (text): what _cell does, inline. An identifier in text
                # stays as it is, and no code maps blank text here.
                value = value.strip()
                if value and value[0] == "'":
                    value = _unneutralised(value)
                if value and codes is not None:
                    value = codes.get(_code_key(value), value)
            else:
                try:
                    value = self._cell(target, value)
                except _CellError as error:
                    bad.append(self.problem(number, target, value, *error.args))
                    continue
            if not _empty(value):
                raw[target] = value
            elif target in raw:  # a blank cell after another of the same target
                self._unset(raw, target)
        return raw, bad

    def _unset(self, raw: dict, target: str) -> None:
        if target in self.defaults:
            raw[target] = self.defaults[target]
        else:
            del raw[target]

    def _cell(self, target: str, value: Any) -> Any:
        if isinstance(value, UncachedFormula):
            raise _CellError(*FORMULA_WITHOUT_VALUE)
        if isinstance(value, str):
            value = value.strip()
            if value[:1] == "'":
                value = _unneutralised(value)
        if target in IDENTIFIERS:
            value = _identifier(value)
        codes = self.code_lists.get(target)
        if codes and value is not None:
            value = codes.get(_code_text(value).casefold(), value)
        return value

    def _kind(self, number: int, raw: dict, bad: list) -> CustomerKind:
        if _empty(raw.get(KIND)):
            return self.default_kind
        try:
            return parse_choice(CustomerKind, raw[KIND])
        except Bad as error:
            bad.append(self.problem(number, KIND, raw[KIND], error.code, error.message))
            return self.default_kind

    def _branch(self, number: int, raw: dict, bad: list) -> int | None:
        code = raw.get(BRANCH_CODE)
        branch_id = (
            self.branches.get(str(code).upper())
            if code
            else (self.options.default_branch_id)
        )
        if code and branch_id is None:
            bad.append(
                self.problem(
                    number,
                    BRANCH_CODE,
                    code,
                    "UNKNOWN_BRANCH",
                    "No branch has this code",
                )
            )
        elif branch_id is None:
            bad.append(
                self.problem(
                    number, BRANCH_CODE, None, "REQUIRED", "A branch is required"
                )
            )
        elif self.branch_scope not in (None, branch_id):
            bad.append(
                self.problem(
                    number,
                    BRANCH_CODE,
                    code,
                    "BRANCH_OUT_OF_SCOPE",
                    "You may import only into your own branch",
                )
            )
        return branch_id

    def _validate(self, number: int, raw: dict, kind: CustomerKind, bad: list) -> dict:
        fields = {k: v for k, v in raw.items() if k in FIELDS}
        custom = self.custom and {
            k[len(CUSTOM_PREFIX) :]: v for k, v in raw.items() if _is_custom(k)
        }
        if custom:
            fields["custom_attributes"] = {
                **fields.get("custom_attributes", {}),
                **custom,
            }
        try:
            return validate_customer_fields(
                fields,
                partial=False,
                kind=kind,
                rules=self.options.rules,
                memo=self.memo,
            )
        except ValidationFailed as failed:
            for p in failed.problems:
                value = fields.get(p.field)
                bad.append(self.problem(number, p.field, value, p.code, p.message))
            return {}

    def problem(self, number, target, value, code, message) -> CellProblem:
        column = self.column_of.get(target)
        # A coded field's value (``female``) is a code, not personal text.
        value = coded_value(target, value) or value
        return cell_problem(number, column, target, value, code, message)

    def _fingerprint(self, values: dict, kind: CustomerKind, branch_id: int) -> str:
        content = json.dumps(
            [kind, branch_id, sorted(values.items())], default=str, ensure_ascii=False
        )
        return blind_index("import_row", content, self.key)


# ---------------------------------------------------------------- a row's shape
# Shared by every import of rows (customers, accounts, transactions).


def shape_problems(
    number: int,
    cells: tuple,
    width: int | None,
    columns: Iterable[tuple[int, str]],
    problem: Callable[..., CellProblem],
    allows_break: Callable[[str], bool] = LINE_BREAK_TARGETS.__contains__,
) -> list[CellProblem]:
    """What is wrong with the shape of row ``number``: more or fewer cells than the
    ``width`` headers of a CSV file (``misshapen``), or a record over several lines
    with a line break in a mapped cell that takes none (``line_breaks``).
    ``columns`` are the mapped (index, target) pairs; ``problem`` makes a bad
    cell's CellProblem from (row, target, value, code, message)."""
    bad = []
    if width is not None and len(cells) != width:
        bad += misshapen(number, cells, width)
    if isinstance(cells, CsvRow) and cells.lines[0] != cells.lines[1]:
        bad += line_breaks(number, cells, columns, problem, allows_break)
    return bad


def misshapen(number: int, cells: tuple, width: int) -> list[CellProblem]:
    """A row of more cells than headers (a filled one past the last header) or
    fewer: its cells shifted or were cut, so none of it is imported."""
    extra = cells[width:]
    if len(cells) > width and not cells_filled(extra):
        return []  # trailing separators: nothing is lost
    where = cells.where() if isinstance(cells, CsvRow) else f"row {number}"
    if len(cells) > width:
        code = "TOO_MANY_CELLS"
        message = (f"{where}: {len(cells)} cells under {width} headers; a cell "
                   "holding the separator must be quoted")  # fmt: skip
        value = ",".join(str(cell) for cell in extra)
    else:
        code = "TOO_FEW_CELLS"
        message = f"{where}: {len(cells)} cells under {width} headers"
        value = ""
    return [CellProblem(number, None, "row", mask_value(value), code, message)]


def line_breaks(
    number: int,
    cells: CsvRow,
    columns: Iterable[tuple[int, str]],
    problem: Callable[..., CellProblem],
    allows_break: Callable[[str], bool],
) -> list[CellProblem]:
    """The cells of a record over several lines holding a line break where none
    belongs: a stray quote likely ran the record on over the next lines."""
    return [
        problem(
            number,
            target,
            cells[index],
            "UNBALANCED_QUOTE",
            f"{cells.where()}: a line break in this cell; a quote may be unbalanced",
        )
        for index, target in columns
        if index < len(cells)
        and not allows_break(target)
        and isinstance(cells[index], str)
        and _LINE_BREAK.search(cells[index])
    ]


def _breaks_allowed(target: str) -> bool:
    """A customer's address and custom attributes may hold line breaks."""
    return target in LINE_BREAK_TARGETS or _is_custom(target)


def _unneutralised(text: str) -> str:
    """Undo the apostrophe an export put before formula-like text."""
    if text.startswith("'") and is_formula_like(text[1:]):
        return text[1:]
    return text


def _code_list(target: str, user_codes: dict[str, str]) -> dict[str, str]:
    codes = {**BUILT_IN_CODES.get(target, {}), **user_codes}
    return {_code_text(code).casefold(): value for code, value in codes.items()}


class _CellError(Exception):
    pass


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _identifier(value: Any) -> Any:
    """Digits of a number a spreadsheet stored as a number, never through float."""
    if isinstance(value, (bool, dt.date)):
        raise _CellError("INVALID_TYPE", "Expected text; format the column as text")
    if isinstance(value, float):
        if not value.is_integer() or abs(value) >= EXACT_FLOAT_LIMIT:
            raise _CellError(
                "PRECISION_LOST",
                "The spreadsheet stored this as a number and lost digits; "
                "format the column as text and type it again",
            )
        return str(int(value))
    if isinstance(value, int):
        return str(value)
    return value


# ---------------------------------------------------------------- checking chunks

# A file shorter than this many chunks is checked in the importing process: its
# checking ends before a pool of worker processes would have started.
PARALLEL_MIN_CHUNKS = 4
# Per row of a checked chunk, in file order: the row (from a worker process, a tuple
# of its fields), or the problems of its cells.
Checked = tuple[int, list]  # (rows with a filled cell, outcomes)
Chunk = list[tuple[int, tuple]]  # (row number, cells) in file order


def check_chunk(reader: _RowReader, chunk: Chunk, numbers: list[int]) -> Checked:
    """Each row of ``chunk`` with a filled cell read and validated by ``reader``,
    with the customer row it would create (``Row.record``).

    ``numbers`` holds a customer number reserved for each row of the chunk (by
    position), which a row that names none takes: its personal fields are sealed
    under that number here, where the rows are checked.
    """
    filled = 0
    outcomes: list = []
    rows: list[tuple[Row, int]] = []
    for (number, cells), drawn in zip(chunk, numbers, strict=True):
        if not cells_filled(cells):
            continue
        filled += 1
        problems: list[CellProblem] = []
        row = reader.read(number, cells, problems)
        if row is not None:
            rows.append((row, drawn))
        outcomes.append(problems if row is None else row)
    # The records in a pass of their own: interleaved with the reading, each step
    # took a third longer (measured: 105 against 76 µs a row, caches shared).
    record = reader.record
    for row, drawn in rows:
        row.drawn = customer_number(drawn)
        row.record = record(row, row.values.get("customer_no") or row.drawn)
        if born := row.values.get("birth_date"):
            row.born = born.toordinal()
    return filled, outcomes


def customer_number(drawn: int) -> str:
    """The customer number an import generates from a number below NUMBER_SPACE."""
    return f"C{drawn:010d}"


class _Checking:
    """A file's chunks, checked in file order: one at a time in this process, or
    by worker processes a few chunks ahead of the one being written.

    ``next`` blocks (call it from a thread). An unreadable file fails at the chunk
    where it fails in this process, after the chunks before it.
    """

    def __init__(
        self,
        reader: _RowReader,
        rows: Iterator[tuple],
        size: int,
        workers: int,
        reserve: Callable[[int], list[int]],
    ) -> None:
        self.reader = reader
        self.reserve = reserve  # customer numbers for a chunk's rows, none twice
        self.chunks: Iterator[list] | None = _chunks(rows, size)
        self.pool = None
        if workers > 1:
            try:
                self.pool = _pool(reader, workers)
            except (OSError, ImportError, NotImplementedError) as error:
                # A system without the semaphores a pool needs: checked here.
                log.warning("import checked in process", extra={"error": repr(error)})
        self.ahead: deque[tuple[Future, Chunk]] = deque()
        # One chunk queued behind those being checked keeps every worker busy;
        # more would only hold more checked rows in memory.
        self.depth = workers + 1

    def next(self) -> tuple[Checked, Chunk] | None:
        """The next chunk checked, and its cells (which a renumbered row is read
        from again)."""
        if self.pool is None:
            chunk = next(self.chunks, None)
            if chunk is None:
                return None
            return check_chunk(self.reader, chunk, self.reserve(len(chunk))), chunk
        self._submit()
        if not self.ahead:
            return None
        future, chunk = self.ahead.popleft()
        cpu, data = future.result()
        _count_worker_cpu(cpu)
        return pickle.loads(data), chunk

    def _submit(self) -> None:
        while self.chunks is not None and len(self.ahead) < self.depth:
            try:
                chunk = next(self.chunks, None)
            except Exception as error:  # raised when the chunks before it are taken
                failed: Future = Future()
                failed.set_exception(error)
                self.ahead.append((failed, []))
                chunk = None
            if chunk is None:
                self.chunks = None
                return
            numbers = self.reserve(len(chunk))
            data = pickle.dumps((chunk, numbers), pickle.HIGHEST_PROTOCOL)
            self.ahead.append((self.pool.submit(_check_in_worker, data), chunk))

    def close(self) -> None:
        """Stop the workers; chunks not started are dropped (a failed import)."""
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None


def _pool(reader: _RowReader, workers: int) -> ProcessPoolExecutor:
    # Worker processes come from a fork server: forked from a process that has
    # imported this module and started no threads, so they start in milliseconds
    # (after the first time) without inheriting the locks of this process's
    # threads. The reader (with the blind-index key) goes to them through a pipe.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([__name__])
    return ProcessPoolExecutor(
        workers, mp_context=context, initializer=_start_worker, initargs=(reader,)
    )


_worker_reader: _RowReader | None = None


def _start_worker(reader: _RowReader) -> None:
    global _worker_reader
    _worker_reader = reader
    first, *older = gc.get_threshold()  # as fewer_collections does, for good
    gc.set_threshold(max(first, IMPORT_GC_THRESHOLD), *older)


def _check_in_worker(data: bytes) -> tuple[float, bytes]:
    """One pickled chunk (and its reserved numbers) checked in a worker process,
    pickled, and the CPU time all that took there.

    Rows go back as plain tuples of their fields, which pickle in half the time
    the dataclass takes; their customer rows as COPY text (or value tuples).
    """
    start = time.process_time()
    reader = _worker_reader
    filled, outcomes = check_chunk(reader, *pickle.loads(data))
    full = reader.options.mode is ImportMode.UPDATE
    compact = [
        outcome if outcome.__class__ is list else _fields(outcome, full)
        for outcome in outcomes
    ]
    checked = pickle.dumps((filled, compact), pickle.HIGHEST_PROTOCOL)
    return time.process_time() - start, checked


def _fields(row: Row, full: bool) -> tuple:
    """``row`` as a tuple for ``Row(*fields)``. Unless ``full``, of its values
    only the customer number, which the importing process reads (the birth date
    goes as its ordinal, ``Row.born``: a date pickles at a hundred times an int's
    cost), and the kind as text (it is in the record)."""
    values = row.values
    if not full:
        number = values.get("customer_no")
        values = {"customer_no": number} if number else {}
    return (row.number, values, row.keys, row.kind.value, row.branch_id,
            row.fingerprint, row.customer_no, row.version, row.drawn,
            row.record, row.born)  # fmt: skip


def _row_pairs(records: list[Record]) -> list[tuple]:
    """(a, b, score) of the likely pairs among ``records`` that involve a row of
    the file (a negative id), in ``duplicate_pairs``' order."""
    return [(p.a, p.b, p.score) for p in duplicate_pairs(records) if p.a < 0]


def _plain_record(id: int, name_key: str, birth_date: dt.date) -> tuple:
    """A ``Record``'s fields as a tuple: what crosses to a worker process (a tuple
    pickles in a fraction of the dataclass's time)."""
    return (id, name_key, birth_date)


def _pairs_in_worker(records: list[tuple]) -> tuple[float, list[tuple]]:
    """``_row_pairs`` of one batch of the similar-name pass, in a worker process,
    and the CPU time it took there."""
    start = time.process_time()
    pairs = _row_pairs([Record(*fields) for fields in records])
    return time.process_time() - start, pairs


_worker_cpu_lock = threading.Lock()
_worker_cpu = 0.0


def _count_worker_cpu(seconds: float) -> None:
    global _worker_cpu
    with _worker_cpu_lock:
        _worker_cpu += seconds


def worker_cpu() -> float:
    """CPU seconds that worker processes spent checking this process's imports so
    far (their start-up excluded): ``time.process_time`` leaves them out."""
    return _worker_cpu


# ---------------------------------------------------------------- writing

COLUMNS = (
    "customer_no", "kind", "full_name", "family_name", "given_name", "name_latin",
    "name_key", "name_sound", "gender", "birth_date", "nationality", "id_type", "id_number",
    "id_number_index", "occupation", "employer", "education", "marital_status",
    "mobile_phone", "mobile_phone_index", "email", "email_index", "address",
    "currency", "annual_income", "assets", "liabilities", "status", "kyc_status",
    "tags", "custom_attributes", "branch_id", "relationship_manager", "source",
    "created_at", "updated_at", "version",
)  # fmt: skip
MODEL_DEFAULTS = {
    name: Customer._meta.fields_map[name].default
    for name in ("gender", "nationality", "marital_status", "currency", "status",
                 "kyc_status")
}  # fmt: skip


_ROW_DEFAULTS = {**MODEL_DEFAULTS, "source": Source.IMPORT, "version": 1}


def customer_record(
    row: Row,
    now: dt.datetime | str,
    ring: crypto.KeyRing | None = None,
    identity: str | None = None,
) -> tuple:
    """The customer row to insert, in ``COLUMNS`` order (JSON columns as text).

    Personal columns are sealed under the customer number (``identity``, else the
    row's), as the model stores them (``crypto.seal_fields``); the blind indexes
    stay beside them.
    """
    values = {**_ROW_DEFAULTS, **row.values, **row.keys}
    row_values = row.values
    values["tags"] = _json(row_values.get("tags"), "[]")
    values["custom_attributes"] = _json(row_values.get("custom_attributes"), "{}")
    values["customer_no"] = identity = identity or row.customer_no
    values["kind"] = row.kind
    values["branch_id"] = row.branch_id
    values["created_at"] = values["updated_at"] = now
    seal = crypto.sealer(ring)
    for name in crypto.PERSONAL_FIELDS:
        value = values.get(name)
        if value is not None:
            values[name] = seal(value, identity)
    return tuple(map(values.get, COLUMNS))


def _json(value: Any, empty: str) -> str:
    if not value:
        return empty
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


COPY_NULL = "\\N"
# Characters that COPY's text format takes as separators or escapes.
_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def copy_line(record: tuple) -> bytes:
    """A ``customer_record`` as one line of PostgreSQL's COPY text format.

    Built where the rows are checked, so that the importing process only joins
    the lines of the rows it writes. Most values are text without a tab, newline,
    carriage return or backslash: the line is checked as a whole (its backslashes
    are then those of the NULL markers, its tabs the separators) and escaped value
    by value only when it has another.
    """
    texts = [
        value
        if value.__class__ is str
        else COPY_NULL
        if value is None
        else _COPY_TEXT[value.__class__](value)
        for value in record
    ]
    line = "\t".join(texts)
    if (
        line.count("\\") != record.count(None)
        or line.count("\t") != len(texts) - 1
        or "\n" in line
        or "\r" in line
    ):
        line = "\t".join(
            COPY_NULL if value is None else text.translate(_COPY_ESCAPES)
            for value, text in zip(record, texts, strict=True)
        )
    return (line + "\n").encode()


class _CopyText(dict):
    """Per class of a customer column's values, its COPY text (None aside): an
    enumeration's value, ISO 8601 dates and times (with their offset), numbers."""

    def __missing__(self, kind: type) -> Callable[[Any], str]:
        if issubclass(kind, Enum) and issubclass(kind, str):
            convert = attrgetter("_value_")
        elif issubclass(kind, bool):
            convert = "ft".__getitem__
        elif issubclass(kind, int | Decimal):
            convert = str
        elif issubclass(kind, dt.date):  # and datetime
            convert = kind.isoformat
        else:
            raise TypeError(f"no COPY text for {kind.__name__}")
        self[kind] = convert
        return convert


_COPY_TEXT = _CopyText()


def _sqlite_value(value: Any) -> Any:
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value.quantize(CENT))  # as Tortoise stores DECIMAL(20, 2) there
    return value


async def write_customers(
    conn: BaseDBAsyncClient, records: list, table: str = "customer"
) -> None:
    """Insert customer rows in bulk: COPY on PostgreSQL, executemany elsewhere.

    ``records`` are tuples of values (``customer_record``) or, on PostgreSQL,
    lines of COPY text (``copy_line``), written in one COPY.
    """
    if not records:
        return
    if conn.capabilities.dialect == "postgres":
        async with conn.acquire_connection() as raw:
            if isinstance(records[0], bytes):  # a memoryview: bytes read as a path
                await raw.copy_to_table(
                    table,
                    source=memoryview(b"".join(records)),
                    columns=COLUMNS,
                    format="text",
                )
            else:
                await raw.copy_records_to_table(table, records=records, columns=COLUMNS)
        return
    rows = [tuple(_sqlite_value(value) for value in record) for record in records]
    names = ", ".join(f'"{c}"' for c in COLUMNS)
    marks = ", ".join("?" for _ in COLUMNS)
    await conn.execute_many(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)


async def _write_sources(conn: BaseDBAsyncClient, rows: list[Row], job_id: int):
    sources = [
        ImportRecord(
            fingerprint=r.fingerprint, customer_no=r.customer_no, job_id=job_id
        )
        for r in rows
        if r.fingerprint
    ]
    if sources:
        await ImportRecord.bulk_create(sources, batch_size=1000, using_db=conn)


# ---------------------------------------------------------------- one import


def _short(index: str) -> int:
    # 64 bits of a keyed hash stand for the value in the in-file indexes; a chance
    # collision (about 1 in 10**7 at a million rows) costs one false report.
    return int(index[:16], 16)


def _customer_no_key(row: Row) -> int | None:
    number = row.values.get("customer_no")
    return _short_text(number) if number else None


def _short_text(text: str) -> int:
    # Python's own 64-bit string hash (keyed per process, which is all the index
    # lives for) stands for a customer number given in the file, as _short does.
    return hash(text) & 0xFFFF_FFFF_FFFF_FFFF


class _Import:
    """The state of one pass over a file: what was seen, found and written."""

    def __init__(self, actor, table, reader, options, report, progress) -> None:
        self.actor = actor
        self.table = table
        self.reader = reader
        self.options = options
        self.report = report
        self.progress = progress
        # The state kept for every row is a few bytes a key, or on disk
        # (import_state), so that memory does not grow with the file.
        self.seen: dict[str, RowsByKey] = {
            kind: RowsByKey() for kind in ("id", "customer_no", "fingerprint", "phone",
                                           "email")
        }  # fmt: skip
        self.findings: dict[tuple, dict[str, float]] = {}
        # Row, name key, birth date and customer number of each new row with a
        # birth date, for the similar-name pass at the end.
        self.names = NameSpill()
        self.numbers = NumberSet()  # generated customer numbers, as integers
        self.numbers_lock = threading.Lock()
        self.cells: dict[int, tuple] = {}  # the cells of the chunk being taken
        self.base_max_id = 0
        self.now = reader.now
        self.outside = contextvars.copy_context()  # made before the transaction
        self.review = _Review(options)

    async def run(self, conn: BaseDBAsyncClient, write: bool) -> None:
        """Check every chunk; write each one while the next is being checked."""
        self.base_max_id = await _max_customer_id(conn)
        self.review.holding = self.review.holds(write)
        checking = _Checking(
            self.reader,
            self.table.rows,
            self.options.chunk_size,
            self._workers(),
            self._reserve,
        )
        writing: asyncio.Task | None = None
        read = False
        try:
            # Checking is Python work and writing is the database's, so a worker
            # thread takes chunk n + 1 (checked there, or by worker processes ahead)
            # while the event loop streams chunk n.
            while (
                rows := await asyncio.to_thread(self._next_rows, checking)
            ) is not None:
                if writing is not None:
                    await writing  # the connection does one thing at a time
                rows, updates = await self._new_rows(conn, rows)
                rows = self.review.hold(rows)
                if write and self._writing():
                    writing = asyncio.create_task(self._write(conn, rows, updates))
                await self._notify(write)
            if writing is not None:
                await writing
            read = True
        finally:
            if writing is not None and not writing.done():
                await asyncio.wait([writing])  # never leave the transaction mid-COPY
                writing.exception()  # the first error is the one raised
            if not read:
                await asyncio.to_thread(checking.close)
        known = set(self.review.flagged)
        try:
            # The worker processes, idle once the last chunk is checked, compare
            # the names too.
            await self._similar_names(conn, checking.pool, checking.depth)
        finally:
            await asyncio.to_thread(checking.close)
        late = self.review.flagged - known
        await self.review.withdraw(conn, late, write, self.report.job_id, self.names)

    def _writing(self) -> bool:
        """All or nothing writes until the first problem; valid rows only, always."""
        valid_only = self.options.commit is CommitMode.VALID_ROWS_ONLY
        return valid_only or not self.report.problems

    def created(self) -> int:
        """New customers: valid rows that matched none and were not held."""
        new = self.report.valid_rows - self.report.existing_rows
        return new - len(self.review.held)

    def refused(self) -> bool:
        """Nothing may be written: all or nothing with a problem, or valid rows only
        with rows left out and not one row to write."""
        if self.options.commit is CommitMode.ALL_OR_NOTHING:
            return bool(self.report.problems)
        written = self.created() + self.report.updated_rows
        return written == 0 and bool(self.report.problems or self.review.held)

    def _workers(self) -> int:
        """Worker processes for this file: none for a small one, whose chunks are
        checked sooner than a pool starts."""
        wanted = self.options.workers
        if wanted is None:
            wanted = get_settings().import_workers
        estimated = self.table.estimated_rows or 0
        if wanted < 2 or estimated < PARALLEL_MIN_CHUNKS * self.options.chunk_size:
            return 0
        return wanted

    def _next_rows(self, checking: _Checking) -> list[Row] | None:
        taken = checking.next()
        if taken is None:
            return None
        checked, chunk = taken
        self.cells = dict(chunk)
        rows = self._read_chunk(checked)
        self.report.valid_rows += len(rows)
        return rows

    async def _write(self, conn, rows: list[Row], updates: list[_Update]) -> None:
        # The records were built (sealed, as COPY text on PostgreSQL) where the
        # rows were checked, with the numbers the rows have (``_number``).
        await write_customers(conn, [r.record for r in rows])
        ring = crypto.keyring()  # once per chunk: finding the key file is slow
        await _write_sources(conn, rows, self.report.job_id)
        await self._apply(conn, updates, ring)

    async def _apply(self, conn, updates: list[_Update], ring) -> None:
        """Each update only if the customer still has the version it was read at."""
        applied = []
        for update in updates:
            values = {**update.values, **search_keys(update.merged, self.reader.key)}
            changed = await (
                Customer.filter(id=update.customer_id, version=update.version)
                .using_db(conn)
                .update(
                    version=F("version") + 1,
                    updated_at=self.now,
                    **crypto.seal_fields(values, update.customer_no, ring),
                )
            )
            if changed:
                applied.append(update)
            else:
                self.report.problems.append(_conflict(self.reader, update))
                self.report.updated_rows -= 1
        entries = [("Customer", u.customer_id, u.raw_fields) for u in applied]
        await audit.record_many(self.actor, "customer.update", entries, conn=conn)

    def _read_chunk(self, checked: Checked) -> list[Row]:
        """The rows of a checked chunk that are the first of their kind in the file;
        the problems of the others, in file order."""
        filled, outcomes = checked
        self.report.total_rows += filled
        rows = []
        for outcome in outcomes:
            if outcome.__class__ is list:
                self.report.problems.extend(outcome)
                continue
            row = outcome if outcome.__class__ is Row else Row(*outcome)  # a worker's
            if self._first_in_file(row):
                rows.append(row)
        return rows

    def _first_in_file(self, row: Row) -> bool:
        id_index, fingerprint = row.keys["id_number_index"], row.fingerprint
        keys = [
            ("id", id_index and _short(id_index), "id_number", "The same ID number"),
            ("customer_no", _customer_no_key(row), "customer_no",
             "The same customer number"),
            ("fingerprint", fingerprint and _short(fingerprint), "full_name",
             "The same customer"),
        ]  # fmt: skip
        for kind, value, target, what in keys:
            if value and (other := self.seen[kind].get(value)):
                message = f"{what} is on row {other}"
                self.report.problems.append(
                    self.reader.problem(
                        row.number, target, "", "DUPLICATE_IN_FILE", message
                    )
                )
                return False
        for kind, value, _, _ in keys:
            if value:
                self.seen[kind].add(value, row.number)
        self._same_contact(row)
        return True

    def _same_contact(self, row: Row) -> None:
        for kind, index, reason in (
            ("phone", row.keys["mobile_phone_index"], SAME_MOBILE_PHONE),
            ("email", row.keys["email_index"], SAME_EMAIL),
        ):
            if not index:
                continue
            if other := self.seen[kind].setdefault(_short(index), row.number):
                self._found((row.number, other, None), reason, WEIGHTS[reason])

    def _found(self, key: tuple, reason: str, weight: float) -> None:
        self.findings.setdefault(key, {})[reason] = weight
        self.review.flagged.add(key[0])

    async def _new_rows(self, conn, rows: list[Row]) -> tuple[list, list]:
        existing = await _existing(conn, rows)
        new, matched = [], []
        for row in rows:
            (matched if _is_existing(row, existing) else new).append(row)
        self.report.existing_rows += len(matched)
        if self.actor.branch_id is not None and matched:
            matched = await self._in_scope(conn, matched, existing)
        await self._number(conn, new)
        if self.base_max_id:
            await self._same_contact_in_base(conn, new)
        self.names.add_ordinals(
            [
                (r.born, r.number, r.keys["name_key"], r.customer_no)
                for r in new
                if r.born
            ]
        )
        outcomes = []
        if len(self.report.outcomes) < OUTCOME_LIMIT:  # past it, counts alone
            # A dry run draws numbers it cannot promise (the commit draws again):
            # it shows a row's number only when the file gives it.
            outcomes = [
                RowOutcome(r.number, RowAction.CREATE, None, self._shown_number(r))
                for r in new
            ]
        updates: list[_Update] = []
        if self.options.mode is ImportMode.UPDATE:
            updates = await _plan_updates(self, conn, matched, outcomes)
        else:
            outcomes += [RowOutcome(r.number, RowAction.SKIP) for r in matched]
        self._keep(outcomes)
        return new, updates

    async def _in_scope(self, conn, matched: list[Row], existing: dict) -> list[Row]:
        """The matched rows whose customer a branch-bound importer may see; each
        other one is a MATCHES_OUT_OF_SCOPE problem, naming neither the key that
        matched nor the customer, and is not written (nor counted as there). In
        update mode a row matched by number or ID is left to ``_match``."""
        outside = await rows_out_of_scope(conn, matched, existing, self.actor.branch_id)
        if self.options.mode is ImportMode.UPDATE:
            outside = {r.number for r in matched
                       if r.number in outside and _by_content(r)}  # fmt: skip
        if not outside:
            return matched
        self.report.valid_rows -= len(outside)
        self.report.existing_rows -= len(outside)
        self.report.problems += [
            cell_problem(number, None, "row", "", MATCHES_OUT_OF_SCOPE,
                         "Matches a customer outside your branch")
            for number in sorted(outside)
        ]  # fmt: skip
        return [r for r in matched if r.number not in outside]

    def _shown_number(self, row: Row) -> str | None:
        """The customer number an outcome shows for a new row: the one written, on
        a commit; on a dry run the file's alone (None: a new customer)."""
        if self.report.dry_run:
            return row.values.get("customer_no") or None
        return row.customer_no

    def _keep(self, outcomes: list[RowOutcome]) -> None:
        for outcome in outcomes:
            if outcome.action is RowAction.UPDATE:
                self.report.updated_rows += 1
            elif outcome.action is RowAction.UNCHANGED:
                self.report.unchanged_rows += 1
        room = OUTCOME_LIMIT - len(self.report.outcomes)
        if room > 0:
            self.report.outcomes += sorted(outcomes, key=lambda o: o.row)[:room]

    async def _number(self, conn, rows: list[Row]) -> None:
        """Each new row's customer number: the file's, else the one reserved for
        it (``_reserve``), drawn again if a customer in the base has it."""
        unnumbered = []
        for row in rows:
            if given := row.values.get("customer_no"):
                row.customer_no = given
            else:
                row.customer_no = row.drawn
                unnumbered.append(row)
        if self.base_max_id and unnumbered:
            taken = set(
                await Customer.filter(
                    customer_no__in=[r.customer_no for r in unnumbered]
                )
                .using_db(conn)
                .values_list("customer_no", flat=True)
            )
            self._renumber([r for r in unnumbered if r.customer_no in taken])

    def _renumber(self, rows: list[Row]) -> None:
        """A new number for each row, and its record sealed again under it: the row
        is read again from its cells, here (rare: a chance draw the base holds)."""
        for row, drawn in zip(rows, self._reserve(len(rows)), strict=True):
            row.customer_no = customer_number(drawn)
            again = self.reader.read(row.number, self.cells[row.number], [])
            row.record = self.reader.record(again, row.customer_no)

    def _reserve(self, count: int) -> list[int]:
        """``count`` random customer numbers (below NUMBER_SPACE), none given twice
        by this import. Called for each chunk before its rows are checked."""
        numbers: list[int] = [0] * count
        wanted = list(range(count))
        with self.numbers_lock:
            while wanted:
                drawn = random_below(len(wanted), NUMBER_SPACE)
                fresh = self.numbers.missing(drawn)
                self.numbers.update(n for n, ok in zip(drawn, fresh, strict=True) if ok)
                for at, number, ok in zip(wanted, drawn, fresh, strict=True):
                    if ok:
                        numbers[at] = number
                wanted = [at for at, ok in zip(wanted, fresh, strict=True) if not ok]
        return numbers

    async def _same_contact_in_base(self, conn, rows: list[Row]) -> None:
        for attr, reason in (("mobile_phone_index", SAME_MOBILE_PHONE),
                             ("email_index", SAME_EMAIL)):  # fmt: skip
            by_index = {r.keys[attr]: r.number for r in rows if r.keys[attr]}
            matches = await (
                Customer.filter(**{f"{attr}__in": list(by_index)})
                .filter(id__lte=self.base_max_id, archived_at=None)
                .using_db(conn)
                .values_list(attr, "id")
            )
            for index, customer_id in matches:
                self._found(
                    (by_index[index], None, customer_id), reason, WEIGHTS[reason]
                )

    async def _similar_names(
        self, conn, pool: ProcessPoolExecutor | None, depth: int = 1
    ) -> None:
        # Names are compared within one birth date only, so a few hundred dates at a
        # time (rows of the file and customers of the base) find the same pairs as
        # all of them at once; a row's pairs all come from its own date, in the
        # same order. With worker processes, they score a few batches at once and
        # the pairs are taken in batch order, as here.
        if pool is None:
            for records in self.names.batches():
                base = await _base_records(conn, records, self.base_max_id)
                self._similar(_row_pairs(records + base))
            return
        scoring: deque[Future] = deque()  # at most ``depth`` batches in flight
        for records in self.names.batches(_plain_record):
            base = await _base_records(conn, records, self.base_max_id, _plain_record)
            scoring.append(pool.submit(_pairs_in_worker, records + base))
            while len(scoring) >= depth or (scoring and scoring[0].done()):
                self._similar(await self._scored(scoring.popleft()))
        while scoring:
            self._similar(await self._scored(scoring.popleft()))

    @staticmethod
    async def _scored(future: Future) -> list[tuple]:
        cpu, pairs = await asyncio.wrap_future(future)
        _count_worker_cpu(cpu)
        return pairs

    def _similar(self, pairs: Iterable[tuple]) -> None:
        """Findings from the (a, b, score) of similar-name pairs that involve a row."""
        for a, b, score in pairs:
            # Rows carry negative ids, so the later row of a pair comes first.
            key = (-a, -b, None) if b < 0 else (-a, None, b)
            # A name-only pair: its score is the weight of the name evidence.
            self._found(key, SIMILAR_NAME_SAME_BIRTH_DATE, score)

    async def _notify(self, write: bool) -> None:
        phase = "write" if write else "check"
        await self._send(
            Progress(phase, self.report.total_rows, self.table.estimated_rows)
        )

    async def done(self) -> None:
        rows = self.report.total_rows
        await self._send(Progress("done", rows, rows))

    async def _send(self, update: Progress) -> None:
        await tell(self.progress, update, self.outside)

    def findings_list(self) -> list[DuplicateFinding]:
        found = [
            DuplicateFinding(row, other, customer, combine(ev), sorted(ev))
            for (row, other, customer), ev in self.findings.items()
        ]
        return sorted(found, key=lambda f: (f.row, -f.score))


class _Review:
    """Rows held back as likely duplicates, for a valid-rows-only commit.

    A row that a finding names first (the later row of a pair, or a row like a
    customer already in the base) and that would create a customer is held unless
    the user confirmed duplicates: not written, and reported as NEEDS_REVIEW. Rows
    matching a customer by number or ID are never held: they name their customer.
    Same-contact findings are known before a chunk is written; similar names only
    once the whole file is read, so such a row is withdrawn inside the transaction.
    """

    def __init__(self, options: ImportOptions) -> None:
        self.options = options
        self.holding = False
        self.flagged: set[int] = set()  # rows named first by a finding
        self.held: set[int] = set()

    def holds(self, write: bool) -> bool:
        """A dry run tells what a valid-rows-only commit would hold back."""
        if self.options.confirm_duplicates:
            return False
        return not write or self.options.commit is CommitMode.VALID_ROWS_ONLY

    def hold(self, rows: list[Row]) -> list[Row]:
        if not self.holding:
            return rows
        held = {r.number for r in rows if r.number in self.flagged}
        self.held |= held
        return [r for r in rows if r.number not in held] if held else rows

    async def withdraw(
        self, conn, late: set[int], write: bool, job_id: int, names: NameSpill
    ) -> None:
        """Hold the rows found late; undo their writes, still in the transaction.

        Only a row with a birth date is found late (by a similar name), and while
        rows are held every new row not held is written: the spill of names has
        the customer number each of them was written with.
        """
        if not self.holding or not late:
            return
        self.held |= late
        numbers = names.numbers(late) if write else []
        if numbers:
            await (
                ImportRecord.filter(job_id=job_id, customer_no__in=numbers)
                .using_db(conn)
                .delete()
            )
            await Customer.filter(customer_no__in=numbers).using_db(conn).delete()

    def skipped(self, problems: list[CellProblem]) -> list[SkippedRow]:
        return skipped_rows(problems, self.held)


def skipped_rows(problems: list[CellProblem], held=frozenset()) -> list[SkippedRow]:
    """Each row with a problem or held for review, once, with its reasons' codes."""
    reasons: dict[int, set[str]] = {}
    for problem in problems:
        reasons.setdefault(problem.row, set()).add(problem.code)
    for row in held:
        reasons.setdefault(row, set()).add(NEEDS_REVIEW)
    return [SkippedRow(row, sorted(codes)) for row, codes in sorted(reasons.items())]


# ---------------------------------------------------------------- updates


@dataclass
class _Update:
    row: int
    customer_id: int
    customer_no: str
    version: int
    values: dict  # the changed fields, validated
    merged: dict  # every field after the change, for the search keys
    raw_fields: list[str]  # the fields named in the audit event


async def _plan_updates(work: _Import, conn, rows: list[Row], outcomes: list):
    """What each matched row changes; problems for rows that may not update."""
    found = await _matched_customers(conn, rows)
    updates = []
    for row in rows:
        customer = _match(work, row, found)
        if customer is None:
            if not row.values.get("customer_no") and not row.keys["id_number_index"]:
                # Matched by content (a re-import of a row without keys).
                outcomes.append(RowOutcome(row.number, RowAction.UNCHANGED))
            continue
        update = _update_of(work, row, customer)
        if update is None:
            continue
        action = RowAction.UPDATE if update.values else RowAction.UNCHANGED
        changes = [
            _change(name, update.merged_before.get(name), value)
            for name, value in update.values.items()
        ]
        outcome = RowOutcome(
            row.number, action, customer.id, customer.customer_no, customer.version
        )
        outcome.changes = changes
        outcomes.append(outcome)
        if update.values:
            updates.append(update.plan)
    return updates


async def _matched_customers(conn, rows: list[Row]) -> dict[str, dict]:
    numbers = [r.values["customer_no"] for r in rows if r.values.get("customer_no")]
    ids = [r.keys["id_number_index"] for r in rows if r.keys["id_number_index"]]
    condition = Q(customer_no__in=numbers or [""]) | Q(id_number_index__in=ids or [""])
    customers = await Customer.filter(condition).using_db(conn)
    return {
        "customer_no": {c.customer_no: c for c in customers},
        "id": {c.id_number_index: c for c in customers if c.id_number_index},
    }


def _match(work: _Import, row: Row, found: dict) -> Customer | None:
    by_number = found["customer_no"].get(row.values.get("customer_no"))
    by_id = found["id"].get(row.keys["id_number_index"])
    problem = work.reader.problem
    number_given = bool(row.values.get("customer_no"))
    if by_id and (by_number or number_given) and by_id is not by_number:
        message = "The customer number and the ID number belong to two customers"
        work.report.problems.append(
            problem(row.number, "id_number", "", "AMBIGUOUS_MATCH", message)
        )
        return None
    customer = by_number or by_id
    if customer is None:
        return None
    if work.actor.branch_id not in (None, customer.branch_id):
        message = "Matches a customer outside your branch"
        code = "BRANCH_OUT_OF_SCOPE"
    elif customer.archived_at is not None:
        message, code = "Matches an archived customer: restore it first", "ARCHIVED"
    elif row.version is not None and row.version != customer.version:
        message = f"The customer has changed since: it is at version {customer.version}"
        code = "STALE_VERSION"
    else:
        return customer
    column = VERSION if code == "STALE_VERSION" else "customer_no"
    work.report.problems.append(problem(row.number, column, "", code, message))
    return None


@dataclass
class _Planned:
    values: dict
    merged_before: dict
    plan: _Update


def _update_of(work: _Import, row: Row, customer: Customer) -> _Planned | None:
    stored = stored_values(customer)
    given = {k: v for k, v in row.values.items() if k not in NOT_UPDATED}
    if "custom_attributes" in given:
        given["custom_attributes"] = {
            **(stored.get("custom_attributes") or {}), **given["custom_attributes"]
        }  # fmt: skip
    changed = {k: v for k, v in given.items() if not _same(stored.get(k), v)}
    if changed and not _consistent(work, row, customer, stored, changed):
        return None
    merged = {**stored, **changed}
    plan = _Update(row.number, customer.id, customer.customer_no, customer.version,
                   changed, merged, sorted(changed))  # fmt: skip
    return _Planned(changed, stored, plan)


def _consistent(work, row: Row, customer: Customer, stored: dict, changed) -> bool:
    """The cross-field rules hold between the new values and the stored ones."""
    try:
        validate_customer_fields(
            with_related(stored, changed),
            partial=True,
            kind=customer.kind,
            rules=work.options.rules,
        )
    except ValidationFailed as failed:
        for p in failed.problems:
            value = changed.get(p.field)
            work.report.problems.append(
                work.reader.problem(row.number, p.field, value, p.code, p.message)
            )
        return False
    return True


def _same(old: Any, new: Any) -> bool:
    if isinstance(old, Decimal) or isinstance(new, Decimal):
        return old is not None and new is not None and Decimal(old) == Decimal(new)
    return old == new or (old in (None, "", [], {}) and new in (None, "", [], {}))


def _change(name: str, old: Any, new: Any) -> FieldChange:
    def shown(value: Any) -> str:
        if value is None:
            return ""
        text = ",".join(value) if isinstance(value, list) else str(value)
        return text if name in PLAIN_FIELDS else mask_value(text)

    return FieldChange(name, shown(old), shown(new))


def _conflict(reader: _RowReader, update: _Update) -> CellProblem:
    message = "The customer was changed by someone else during the import"
    return reader.problem(update.row, VERSION, "", "CONFLICT", message)


async def tell(progress, update: Progress, outside: contextvars.Context) -> None:
    """Hand ``update`` to the caller's callback, outside the import's transaction.

    A callback that publishes (a NOTIFY on PostgreSQL) would otherwise run on the
    transaction's connection: held back until the commit, and in the way of a
    COPY in flight. ``outside`` is the context from before the transaction began.
    """
    if progress is None:
        return
    result = progress(update)
    if asyncio.iscoroutine(result):
        await asyncio.get_running_loop().create_task(result, context=outside)
    elif inspect.isawaitable(result):
        await result


def cells_filled(cells: tuple) -> bool:
    return any(not _empty(cell) for cell in cells)


def _chunks(rows: Iterator[tuple], size: int) -> Iterator[list[tuple[int, tuple]]]:
    chunk: list[tuple[int, tuple]] = []
    for number, cells in enumerate(rows, start=2):
        chunk.append((number, cells))
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


async def _max_customer_id(conn) -> int:
    ids = (
        await Customer.all()
        .using_db(conn)
        .order_by("-id")
        .limit(1)
        .values_list("id", flat=True)
    )
    return ids[0] if ids else 0


async def _existing(conn, rows: list[Row]) -> dict[str, set[str]]:
    """The natural keys of ``rows`` that are already in the base."""
    ids = [r.keys["id_number_index"] for r in rows if r.keys["id_number_index"]]
    numbers = [r.values["customer_no"] for r in rows if r.values.get("customer_no")]
    prints = [r.fingerprint for r in rows if r.fingerprint]
    return {
        "id": await _present(Customer, "id_number_index", ids, conn),
        "customer_no": await _present(Customer, "customer_no", numbers, conn),
        "fingerprint": await _present(ImportRecord, "fingerprint", prints, conn),
    }


async def _present(model, column: str, values: list[str], conn) -> set[str]:
    """Which of ``values`` the column holds: one statement with one parameter.

    A chunk's thousands of keys go as one array (PostgreSQL) or one JSON list
    (SQLite's json_each), not as thousands of literals built into the SQL.
    """
    if not values:
        return set()
    table = model._meta.db_table
    if conn.capabilities.dialect == "postgres":
        sql = f'SELECT "{column}" FROM "{table}" WHERE "{column}" = ANY($1::text[])'
        _, rows = await conn.execute_query(sql, [values])
    else:
        sql = (
            f'SELECT "{column}" FROM "{table}" '
            f'WHERE "{column}" IN (SELECT value FROM json_each(?))'
        )
        _, rows = await conn.execute_query(sql, [json.dumps(values)])
    return {row[0] for row in rows}


def _by_content(row: Row) -> bool:
    """A row with neither customer number nor ID number (matched by content)."""
    return not row.values.get("customer_no") and not row.keys["id_number_index"]


async def rows_out_of_scope(
    conn, rows: list[Row], existing: dict[str, set[str]], branch_id: int
) -> set[int]:
    """The numbers of ``rows`` (each matching a customer: ``_existing``) that match
    a customer outside branch ``branch_id`` by ID number, customer number or, for a
    row without either, the content an earlier import recorded."""
    ids = [r.keys["id_number_index"] for r in rows
           if r.keys["id_number_index"] in existing["id"]]  # fmt: skip
    numbers = [r.values["customer_no"] for r in rows
               if r.values.get("customer_no") in existing["customer_no"]]  # fmt: skip
    prints = [r.fingerprint for r in rows if r.fingerprint in existing["fingerprint"]]
    sources = dict(
        await ImportRecord.filter(fingerprint__in=prints)
        .using_db(conn)
        .values_list("fingerprint", "customer_no")
    ) if prints else {}  # fmt: skip
    numbers += sources.values()
    found = await (
        Customer.filter(Q(id_number_index__in=ids) | Q(customer_no__in=numbers))
        .using_db(conn)
        .values_list("id_number_index", "customer_no", "branch_id")
    ) if ids or numbers else []  # fmt: skip
    ids_outside = {index for index, _, branch in found if branch != branch_id and index}
    numbers_outside = {number for _, number, branch in found if branch != branch_id}
    return {
        r.number
        for r in rows
        if r.keys["id_number_index"] in ids_outside
        or r.values.get("customer_no") in numbers_outside
        or sources.get(r.fingerprint) in numbers_outside
    }


def _is_existing(row: Row, existing: dict[str, set[str]]) -> bool:
    return (
        row.keys["id_number_index"] in existing["id"]
        or row.values.get("customer_no") in existing["customer_no"]
        or row.fingerprint in existing["fingerprint"]
    )


async def _base_records(conn, records: list, max_id: int, make=Record) -> list:
    """The customers of the base (up to ``max_id``) born on the dates of
    ``records`` (``Record``s or their fields as tuples), each ``make(id, name key,
    birth date)``."""
    # birth_date has no index yet, so on a large base each batch of dates is a scan.
    if not max_id or not records:
        return []
    dates = sorted({r[2] if r.__class__ is tuple else r.birth_date for r in records})
    found: list = []
    for start in range(0, len(dates), 500):
        rows = await (
            Customer.filter(birth_date__in=dates[start : start + 500])
            .filter(id__lte=max_id, archived_at=None)
            .using_db(conn)
            .values_list("id", "name_key", "birth_date")
        )
        found += [make(*row) for row in rows]
    return found


# ---------------------------------------------------------------- entry points


async def check_customers(
    actor: Actor,
    data: FileSource,
    file_name: str,
    mapping: Mapping,
    options: ImportOptions = ImportOptions(),
    progress: ProgressCallback | None = None,
) -> ImportReport:
    """Dry run: every bad cell and likely duplicate, and nothing written but the job."""
    return await _run(actor, data, file_name, mapping, options, progress, write=False)


async def import_customers(
    actor: Actor,
    data: FileSource,
    file_name: str,
    mapping: Mapping,
    options: ImportOptions = ImportOptions(),
    progress: ProgressCallback | None = None,
) -> ImportReport:
    """Commit: all rows in one transaction, or none when any cell is bad."""
    return await _run(actor, data, file_name, mapping, options, progress, write=True)


class _Refused(Exception):
    """Raised inside the transaction to undo the rows written before a bad cell."""


async def _run(actor, data, file_name, mapping, options, progress, *, write: bool):
    require_import(actor)
    if options.mode is ImportMode.UPDATE and not actor.can(UPDATE_PERMISSION):
        raise PermissionDenied(UPDATE_PERMISSION)  # as updateCustomer asks
    written = written_fields(mapping)
    require_writable(actor, written)  # as createCustomer asks
    # A KYC verdict or a closing, as updateCustomer asks; a mapping that sets
    # those columns takes the rights, whatever values its rows hold.
    require_decision_fields(actor, written)
    with await read_table_apart(
        data, file_name, options.sheet, options.encoding
    ) as table:
        return await _run_table(actor, table, file_name, mapping, options, progress,
                                write=write)  # fmt: skip


async def _run_table(actor, table: Table, file_name, mapping, options, progress, *,
                     write: bool) -> ImportReport:  # fmt: skip
    check_mapping(mapping, table.headers, options)
    if write:
        require_mapped(mapping, table.headers)
    branches = {b.code.upper(): b.id for b in await Branch.all()}
    job = await ImportJob.create(
        file_name=file_name[:255],
        file_sha256=table.sha256,
        dry_run=not write,
        status=ImportStatus.RUNNING,
        created_by=actor.subject,
    )
    report = ImportReport(job.id, dry_run=not write, status=ImportStatus.RUNNING)
    note_columns(report, mapping, table.headers)
    reader = _RowReader(table.headers, mapping, options, branches, actor)
    reader.copy_text = Customer._meta.db.capabilities.dialect == "postgres"
    if table.exact_width:
        reader.width = len(table.headers)
    work = _Import(actor, table, reader, options, report, progress)
    log.info("import started", extra={"job": job.id, "dry_run": not write})
    try:
        with fewer_collections():
            await _execute(work, write, mapping)
    except BaseException as error:  # a cancelled run (client gone, Ctrl-C) too
        await _finish(job, report, ImportStatus.FAILED, work)
        # The caller logs the exception once, with its request ID; here only the job.
        log.info("import failed", extra={"job": job.id, "error": type(error).__name__})
        raise
    finally:
        work.names.close()
    status = _final_status(work, write)
    await _finish(job, report, status, work)
    if not write:
        # A dry run tells what the base holds about the file's people: audited as
        # the job, the fields the file maps and the row count; no value.
        await audit.record(
            actor, "customer.import.preview", "ImportJob", job.id,
            mapped_fields(mapping), details={"total_rows": report.total_rows},
        )  # fmt: skip
    await work.done()
    return report


# Young objects are collected after this many allocations (Python's default is 700)
# while an import runs.
IMPORT_GC_THRESHOLD = 50_000
_collections_lock = threading.Lock()
_collections_held = 0
_collections_saved: tuple[int, int, int] | None = None


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """The garbage collector's youngest generation collected less often, meanwhile.

    An import allocates tens of containers per row and keeps a chunk of rows alive
    for a while, so under the default thresholds the collections, full ones among
    them, took a fifth of its CPU time. Garbage without cycles is still freed at
    once; cycles wait a little longer. The setting is the process's: it is put back
    when the last import running ends.
    """
    global _collections_held, _collections_saved
    with _collections_lock:
        if _collections_held == 0:
            _collections_saved = gc.get_threshold()
            first, *older = _collections_saved
            gc.set_threshold(max(first, IMPORT_GC_THRESHOLD), *older)
        _collections_held += 1
    try:
        yield
    finally:
        with _collections_lock:
            _collections_held -= 1
            if _collections_held == 0 and _collections_saved is not None:
                gc.set_threshold(*_collections_saved)


async def _execute(work: _Import, write: bool, mapping: Mapping) -> None:
    if not write:
        await work.run(Customer._meta.db, write=False)
        return
    try:
        async with in_transaction() as conn:
            await work.run(conn, write=True)
            if work.refused():
                raise _Refused
            # One event for the batch, in its transaction: the job names the file;
            # the fields are the columns the file wrote, the details the commit mode
            # and the counts. Updated rows are audited one by one as customer.update.
            fields = mapped_fields(mapping)
            job_id = work.report.job_id
            created = work.created()
            await audit.record(
                work.actor, "customer.import", "ImportJob", job_id, fields, conn=conn,
                details=commit_details(
                    work.options.commit, created, work.report.updated_rows,
                    len(work.review.skipped(work.report.problems)),
                ),
            )  # fmt: skip
    except _Refused:
        pass


def mapped_fields(mapping: Mapping) -> list[str]:
    """The fields a mapping writes (its columns' and its defaults'), sorted."""
    return sorted({*mapping.columns.values(), *mapping.defaults})


def commit_details(mode: CommitMode, created: int, updated: int, skipped: int):
    """What the audit event of a committed import says: the mode and the counts."""
    return {
        "commit_mode": mode.value,
        "created_rows": created,
        "updated_rows": updated,
        "written_rows": created + updated,
        "skipped_rows": skipped,
    }


async def scoped_findings(
    actor: Actor, found: list[DuplicateFinding]
) -> list[DuplicateFinding]:
    """The findings as ``actor`` may hear them: a match with a customer outside a
    branch-bound actor's branch becomes one ``MATCHES_OUT_OF_SCOPE`` per row, with
    no reasons, score or customer (which key matched, how closely and whom are what
    search hides from them)."""
    if actor.branch_id is None:
        return found
    ids = sorted({f.customer_id for f in found if f.customer_id is not None})
    mine: set[int] = set()
    for start in range(0, len(ids), SCOPE_CHECK_BATCH):
        batch = ids[start : start + SCOPE_CHECK_BATCH]
        mine.update(
            await Customer.filter(id__in=batch, branch_id=actor.branch_id).values_list(
                "id", flat=True
            )
        )
    told: list[DuplicateFinding] = []
    hidden: set[int] = set()
    for finding in found:
        if finding.customer_id is None or finding.customer_id in mine:
            told.append(finding)
        elif finding.row not in hidden:
            hidden.add(finding.row)
            told.append(
                DuplicateFinding(finding.row, None, None, 0.0, [MATCHES_OUT_OF_SCOPE])
            )
    return told


def _final_status(work: _Import, write: bool) -> ImportStatus:
    if not write:
        return ImportStatus.CHECKED
    return ImportStatus.REFUSED if work.refused() else ImportStatus.COMMITTED


async def _finish(job: ImportJob, report: ImportReport, status, work: _Import) -> None:
    report.status = status
    report.duplicates = await scoped_findings(work.actor, work.findings_list())
    committed = status is ImportStatus.COMMITTED
    report.created_rows = work.created() if committed else 0
    if status in (ImportStatus.REFUSED, ImportStatus.FAILED):
        report.updated_rows = 0
    _tally(report, work, committed)
    job.status = status
    job.total_rows = report.total_rows
    job.created_rows = report.created_rows
    job.existing_rows = report.existing_rows
    job.problem_count = len(report.problems)
    job.duplicate_count = len(report.duplicates)
    job.report = {
        "problems": [asdict(p) for p in report.problems[:JOB_REPORT_LIMIT]],
        "duplicates": [asdict(d) for d in report.duplicates[:JOB_REPORT_LIMIT]],
        "outcomes": [asdict(o) for o in report.outcomes[:JOB_REPORT_LIMIT]],
        "updated_rows": report.updated_rows,
        "unchanged_rows": report.unchanged_rows,
        "commit_mode": report.commit_mode.value,
        "written_rows": report.written_rows,
        "skipped_rows": report.skipped_rows,
        "skipped": [asdict(s) for s in report.skipped[:JOB_REPORT_LIMIT]],
        "unmapped_columns": report.unmapped_columns,
        "ignored_columns": report.ignored_columns,
    }
    job.finished_at = dt.datetime.now(dt.UTC)
    await job.save()
    log.info("import finished", extra={"job": job.id, "status": status.value})


def _tally(report: ImportReport, work: _Import, committed: bool) -> None:
    """Written and skipped rows; a commit's outcomes list only what it did."""
    report.commit_mode = work.options.commit
    report.skipped = work.review.skipped(report.problems)
    report.skipped_rows = len(report.skipped)
    if committed:
        report.written_rows = report.created_rows + report.updated_rows
        left_out = {s.row for s in report.skipped}
        report.outcomes = [o for o in report.outcomes if o.row not in left_out]
