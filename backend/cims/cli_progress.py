"""A progress bar for long commands, drawn on a terminal only.

tqdm draws it on stderr; while it is shown, log records go above the bar (through
``tqdm.write``) instead of being written into its line. When stderr is not a
terminal (a pipe, a file, CI) nothing is drawn and log lines stay as they are.
"""

from __future__ import annotations

import sys
from typing import Protocol

from tqdm import tqdm
from tqdm.contrib.logging import logging_redirect_tqdm


class Update(Protocol):
    phase: str
    done: int
    total: int | None


class ProgressBar:
    """Call it with each update; ``close()`` when done."""

    def __init__(self, stream=None, unit: str = " rows") -> None:
        stream = stream or sys.stderr
        self._redirect = logging_redirect_tqdm()
        self._redirect.__enter__()
        self._bar = tqdm(file=stream, unit=unit, disable=None, dynamic_ncols=True)
        self._phase: str | None = None

    def __call__(self, update: Update) -> None:
        if update.phase != self._phase:
            self._phase = update.phase
            self._bar.reset(total=update.total or None)
            self._bar.set_description_str(update.phase)
        elif update.total and self._bar.total != update.total:
            self._bar.total = update.total
        self._bar.update(update.done - self._bar.n)

    def close(self) -> None:
        self._bar.close()
        self._redirect.__exit__(None, None, None)
