"""Starting, probing, measuring and stopping the two servers under test.

Each server runs as N processes on N loopback ports, every process pinned with
``taskset`` to the same cores, so both get the same CPU budget. Processes are
stopped by their own process IDs, never by name.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
PEER_DIR = ROOT / "bench" / "peer"
HOST = "127.0.0.1"


def _port_range() -> range | None:
    """``CIMS_BENCH_PORTS=18600-18699`` keeps the servers' ports in that range."""
    given = os.environ.get("CIMS_BENCH_PORTS", "")
    if not given:
        return None
    low, _, high = given.partition("-")
    return range(int(low), int(high or low) + 1)


_taken: set[int] = set()


def free_port() -> int:
    """A free loopback port: any, or the next free one of ``CIMS_BENCH_PORTS``."""
    allowed = _port_range()
    candidates = [p for p in allowed if p not in _taken] if allowed else [0]
    for port in candidates:
        with socket.socket() as sock:
            try:
                sock.bind((HOST, port))
            except OSError:
                continue
            found = sock.getsockname()[1]
            _taken.add(found)
            return found
    raise SystemExit(
        f"no free port in CIMS_BENCH_PORTS={os.environ['CIMS_BENCH_PORTS']}"
    )


@dataclass
class Server:
    """One server under test: its processes, ports and where it answers GraphQL."""

    name: str
    ports: list[int]
    processes: list[subprocess.Popen] = field(default_factory=list)
    logs: list[Path] = field(default_factory=list)
    # wrk threads: one per process, or per worker when workers share one port.
    threads: int = 0

    @property
    def pids(self) -> list[int]:
        """The processes started and their descendants (``cims serve --workers``)."""
        found = []
        for process in self.processes:
            found += [process.pid, *_descendants(process.pid)]
        return found

    def url(self, port: int | None = None) -> str:
        return f"http://{HOST}:{port or self.ports[0]}/graphql"

    def rss_kib(self) -> list[int]:
        """Resident size of each process, from /proc."""
        sizes = []
        for pid in self.pids:
            status = Path(f"/proc/{pid}/status").read_text()
            line = next(x for x in status.splitlines() if x.startswith("VmRSS:"))
            sizes.append(int(line.split()[1]))
        return sizes

    def stop(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in self.processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _descendants(pid: int) -> list[int]:
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return []
    found = []
    for child in map(int, children):
        found += [child, *_descendants(child)]
    return found


TICK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pids: list[int]) -> dict[int, float]:
    """User plus system CPU time of each process still alive, from /proc."""
    found = {}
    for pid in pids:
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        found[pid] = (int(fields[11]) + int(fields[12])) / TICK
    return found


def _spawn(
    server: Server, argv: list[str], env: dict, cpus: str, log_dir: Path
) -> None:
    log = log_dir / f"{server.name}-{len(server.processes)}.log"
    handle = log.open("w")
    process = subprocess.Popen(
        ["taskset", "-c", cpus, *argv],
        env=env,
        stdout=handle,
        stderr=subprocess.STDOUT,
        cwd=ROOT,
        start_new_session=True,
    )
    server.processes.append(process)
    server.logs.append(log)


def start_cims(
    env: dict, processes: int, cpus: str, log_dir: Path, workers: int = 0
) -> Server:
    """N processes on N ports (like PostGraphile's), pinned alike; or, with
    ``workers``, one ``cims serve --workers N`` on one port (uvicorn's supervisor
    and its N worker processes), as a bank would run it.

    They share one public URL, the first port's, and so one token issuer: a
    token from any of them is accepted by all.
    """
    if workers:
        server = Server("cims", [free_port()], threads=workers)
    else:
        server = Server("cims", [free_port() for _ in range(processes)])
    env = {**env, "CIMS_PUBLIC_URL": f"http://{HOST}:{server.ports[0]}"}
    for port in server.ports:
        argv = [sys.executable, "-m", "cims", "serve", "--port", str(port)]
        if workers:
            argv += ["--workers", str(workers)]
        _spawn(server, argv, env, cpus, log_dir)
    return server


def start_peer(
    database_url: str, processes: int, cpus: str, pool: int, log_dir: Path
) -> Server:
    server = Server("postgraphile", [free_port() for _ in range(processes)])
    cli = PEER_DIR / "node_modules" / "postgraphile" / "cli.js"
    env = {**os.environ, "NODE_ENV": "production"}
    for port in server.ports:
        argv = [
            "node",
            str(cli),
            "--connection",
            database_url,
            "--schema",
            "public",
            "--host",
            HOST,
            "--port",
            str(port),
            "--max-pool-size",
            str(pool),
            "--disable-graphiql",
            "--disable-query-log",
            "--dynamic-json",
            "--disable-default-mutations",
        ]
        _spawn(server, argv, env, cpus, log_dir)
    return server


def wait_ready(
    server: Server, headers: dict | None = None, timeout: float = 90
) -> None:
    """Every process answers ``{ __typename }``, or the benchmark stops here."""
    deadline = time.monotonic() + timeout
    for port, process, log in zip(
        server.ports, server.processes, server.logs, strict=True
    ):
        while True:
            if process.poll() is not None:
                raise SystemExit(
                    f"{server.name} exited; see {log}:\n{log.read_text()[-2000:]}"
                )
            try:
                reply = httpx.post(
                    server.url(port),
                    json={"query": "{ __typename }"},
                    headers=headers or {},
                    timeout=5,
                )
                if reply.status_code == 200 and reply.json().get("data"):
                    break
            except (httpx.HTTPError, ValueError):
                pass
            if time.monotonic() > deadline:
                raise SystemExit(
                    f"{server.name} not ready after {timeout:.0f} s; see {log}"
                )
            time.sleep(0.5)
