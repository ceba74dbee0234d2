import io
import logging
import sys
from dataclasses import dataclass

from cims.cli_progress import ProgressBar


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@dataclass
class Update:
    phase: str
    done: int
    total: int | None


def test_log_lines_go_above_the_bar_not_into_it(monkeypatch):
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    logger = logging.getLogger("cims.test.progress")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("LOG %(message)s"))
    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", [handler])
    monkeypatch.setattr(root, "level", logging.INFO)

    bar = ProgressBar()
    bar(Update("check", 500, 1000))
    logger.warning("halfway")
    bar(Update("write", 1000, 1000))
    bar.close()

    out = terminal.getvalue()
    assert "check" in out and "write" in out and "1000/1000" in out
    # Each log line is whole on its own: the bar's line is cleared (a carriage
    # return) before it, so no bar text is glued in front of or after it.
    parts = [part for line in out.split("\n") for part in line.split("\r")]
    logged = [part for part in parts if "halfway" in part]
    assert logged == ["LOG halfway"]
    # The handler that was there before is back once the bar is gone.
    assert root.handlers == [handler]


def test_nothing_is_drawn_when_stderr_is_not_a_terminal(monkeypatch):
    stream = io.StringIO()
    bar = ProgressBar(stream)
    bar(Update("check", 10, 20))
    bar.close()
    assert stream.getvalue() == ""
