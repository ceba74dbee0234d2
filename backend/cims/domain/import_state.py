"""What an import keeps about the rows it has read, in memory that stays small.

An import checks a file of any length a chunk at a time, yet has to remember some
things about every row it has passed: which row first had an ID number, phone or
e-mail (duplicates within the file), which customer numbers it generated, and the
name key and birth date of each new row for the similar-name pass at the end. As
Python dicts, sets and tuples that came to some 700 bytes a row: about 1 GB for a
million rows. Here they cost a few bytes a key (``RowsByKey``, ``NumberSet``) or
live in a temporary file on disk (``NameSpill``).
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import numpy as np

from cims.domain.duplicates import Record

_EMPTY_KEYS = np.empty(0, dtype=np.uint64)
_EMPTY_ROWS = np.empty(0, dtype=np.uint32)


class RowsByKey:
    """The row on which each 64-bit key was first seen: 12 bytes a key.

    Keys live in one sorted array beside their rows; the keys added since the last
    merge wait in a small dict, merged in once it holds a thirty-second of the
    array (at least ``merge_at``), so that merging stays a small share of the work
    and the dict a small share of the memory. Most keys of a file are new, so a
    lookup first asks a bitmap of a fixed size (one bit per key's low bits, 4 MiB):
    a clear bit means "never added" at once; a set one (about 3% of new keys at a
    million) costs a dict probe and a binary search (through a memoryview, which
    ``bisect`` reads without numpy's per-call cost).
    """

    MERGE_AT = 1 << 12
    FILTER_BYTES = 1 << 22

    def __init__(self, merge_at: int | None = None) -> None:
        self.merge_at = merge_at or self.MERGE_AT
        self.keys = _EMPTY_KEYS
        self.rows = _EMPTY_ROWS
        self._sorted = memoryview(self.keys)
        self._recent: dict[int, int] = {}
        self._filter = bytearray(self.FILTER_BYTES)
        self._mask = self.FILTER_BYTES - 1
        self._merge_at = self.merge_at

    def __len__(self) -> int:
        return len(self.keys) + len(self._recent)

    def get(self, key: int) -> int | None:
        if not self._filter[(key >> 3) & self._mask] & (1 << (key & 7)):
            return None
        row = self._recent.get(key)
        if row is not None:
            return row
        found = self._sorted
        at = bisect_left(found, key)
        if at < len(found) and found[at] == key:
            return int(self.rows[at])
        return None

    def setdefault(self, key: int, row: int) -> int | None:
        """The row ``key`` was first seen on; else remember ``row`` for it (None)."""
        byte, bit = (key >> 3) & self._mask, 1 << (key & 7)
        if self._filter[byte] & bit and (first := self.get(key)) is not None:
            return first
        self.add(key, row)
        return None

    def add(self, key: int, row: int) -> None:
        """Remember ``row`` for ``key``; a key is added once (the caller checks)."""
        self._recent[key] = row
        self._filter[(key >> 3) & self._mask] |= 1 << (key & 7)
        if len(self._recent) >= self._merge_at:
            self._merge()

    def _merge(self) -> None:
        count = len(self._recent)
        keys = np.fromiter(self._recent.keys(), dtype=np.uint64, count=count)
        rows = np.fromiter(self._recent.values(), dtype=np.uint32, count=count)
        order = np.argsort(keys, kind="stable")
        keys, rows = keys[order], rows[order]
        at = np.searchsorted(self.keys, keys)
        self._sorted.release()
        self.keys = np.insert(self.keys, at, keys)
        self.rows = np.insert(self.rows, at, rows)
        self._sorted = memoryview(self.keys)
        self._recent = {}
        self._merge_at = max(self.merge_at, len(self.keys) >> 5)

    def nbytes(self) -> int:
        """The arrays' size (the dict of recent keys aside)."""
        return self.keys.nbytes + self.rows.nbytes


def random_below(count: int, bound: int) -> list[int]:
    """``count`` integers drawn uniformly from ``range(bound)`` (``bound`` below
    2**64) out of the system's randomness, as ``secrets.randbelow`` draws them,
    8 bytes a number in one ``os.urandom`` call for all of them (``randbelow``
    asks the system once a number). A draw past the largest multiple of ``bound``
    below 2**64 is drawn again, so every remainder is equally likely."""
    limit = np.uint64((1 << 64) // bound * bound - 1)  # the largest draw kept
    kept = _EMPTY_KEYS
    while len(kept) < count:
        wanted = count - len(kept)
        drawn = np.frombuffer(os.urandom(8 * (wanted + 8)), dtype=np.uint64)
        kept = np.concatenate([kept, drawn[drawn <= limit][:wanted]])
    return (kept % np.uint64(bound)).tolist()


class NumberSet:
    """A set of non-negative integers below 2**64, 8 bytes each, checked in bulk."""

    def __init__(self) -> None:
        self.values = _EMPTY_KEYS

    def __len__(self) -> int:
        return len(self.values)

    def missing(self, candidates: Iterable[int]) -> list[bool]:
        """For each candidate: not in the set, and not an earlier candidate."""
        wanted = np.fromiter(candidates, dtype=np.uint64)
        at = np.searchsorted(self.values, wanted)
        inside = at < len(self.values)
        known = np.zeros(len(wanted), dtype=bool)
        known[inside] = self.values[at[inside]] == wanted[inside]
        _, first = np.unique(wanted, return_index=True)
        repeated = np.ones(len(wanted), dtype=bool)
        repeated[first] = False
        return (~(known | repeated)).tolist()

    def update(self, values: Iterable[int]) -> None:
        new = np.unique(np.fromiter(values, dtype=np.uint64))
        self.values = np.insert(self.values, np.searchsorted(self.values, new), new)


class NameSpill:
    """(row, name key, birth date, customer number) of each new row, on disk.

    The similar-name pass compares names only within one birth date, so it can
    read the rows back a few hundred dates at a time, in date order. They wait in
    a private temporary SQLite database (a file SQLite deletes when it is closed),
    with a small page cache, so the memory does not grow with the file.
    """

    CACHE_KIB = 4096
    BATCH_ROWS = 20_000  # records read back at a time (whole dates)
    BATCH_DATES = 500  # dates at a time: the base is asked for them in one query

    def __init__(self) -> None:
        # "" is a private on-disk database; the checking thread and the event loop
        # use it in turn, never at once.
        self.db = sqlite3.connect("", check_same_thread=False, isolation_level=None)
        self.db.execute(f"PRAGMA cache_size = -{self.CACHE_KIB}")
        self.db.execute("PRAGMA journal_mode = OFF")
        self.db.execute("PRAGMA synchronous = OFF")
        self.db.execute(
            "CREATE TABLE names (born INTEGER, row INTEGER, name_key TEXT, number TEXT)"
        )
        self.count = 0

    def add(self, entries: Iterable[tuple[int, str, dt.date, str]]) -> None:
        """(row, name key, birth date, customer number) of rows with a birth date."""
        self.add_ordinals(
            [(born.toordinal(), row, key, number) for row, key, born, number in entries]
        )

    def add_ordinals(self, rows: list[tuple[int, int, str, str]]) -> None:
        """(birth date's ordinal, row, name key, customer number) of rows with a
        birth date."""
        if rows:
            # One transaction for the batch: in autocommit each row was one, which
            # cost more than twice the insert itself.
            self.db.execute("BEGIN")
            try:
                self.db.executemany("INSERT INTO names VALUES (?, ?, ?, ?)", rows)
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
            self.db.execute("COMMIT")
            self.count += len(rows)

    def batches(
        self, make: Callable[[int, str, dt.date], Any] = Record
    ) -> Iterator[list]:
        """The rows as ``Record``s (id: minus the row number), or what ``make``
        makes of a Record's three fields, whole dates at a time, in date order:
        about ``BATCH_ROWS`` records, at most ``BATCH_DATES`` dates."""
        if not self.count:
            return
        rows, dates = self.BATCH_ROWS, self.BATCH_DATES
        cursor = self.db.execute(
            "SELECT born, row, name_key FROM names ORDER BY born, row"
        )
        batch: list[Record] = []
        last, seen = None, 0
        fromordinal = dt.date.fromordinal
        for born, row, key in cursor:
            if born != last:
                if len(batch) >= rows or seen >= dates:
                    yield batch
                    batch, seen = [], 0
                last, seen = born, seen + 1
                day = fromordinal(born)
            batch.append(make(-row, key, day))
        if batch:
            yield batch

    def numbers(self, rows: Iterable[int]) -> list[str]:
        """The customer numbers given to ``rows``, in row order (one pass)."""
        self.db.execute(
            "CREATE TEMP TABLE IF NOT EXISTS wanted (row INTEGER PRIMARY KEY)"
        )
        self.db.execute("DELETE FROM wanted")
        self.db.executemany(
            "INSERT OR IGNORE INTO wanted VALUES (?)", ((r,) for r in rows)
        )
        found = self.db.execute(
            "SELECT n.row, n.number FROM names n JOIN wanted w ON w.row = n.row"
        ).fetchall()
        return [number for _, number in sorted(found)]

    def close(self) -> None:
        self.db.close()
