"""API benchmark: the customer-360 query on CIMS and on PostGraphile 4, side by side.

    .venv/bin/python bench/api [--levels 1,8,32,64] [--duration 10] [--memory]

Sets up what it needs (wrk, the npm peer, a database ``cims_bench`` with demo
data, dropped at the end), starts both servers with the same number of processes
pinned to the same cores, checks that they answer the same data without errors,
then loads each in turn at every concurrency level for a bounded time and prints
requests per second, p50 and p99 latency, CPU time per request (server and
database) and the ratios; then both at the same paced load, half of CIMS's peak;
then SQL statements per request for pages of 10, 50 and 100 customers; with
``--memory``, resident size over a sustained run. Targets only 127.0.0.1.
Figures and how to read them: bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
ROOT = HERE.parents[1]
sys.path.insert(1, str(ROOT / "backend"))

import json  # noqa: E402
import subprocess  # noqa: E402

import httpx  # noqa: E402
import load  # noqa: E402
import prepare  # noqa: E402
import queries  # noqa: E402
import report  # noqa: E402
import servers  # noqa: E402

import security  # noqa: E402

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    cores = os.cpu_count() or 1
    p = argparse.ArgumentParser(prog="bench/api", description=__doc__.split("\n")[0])
    p.add_argument(
        "--postgres",
        default=os.environ.get(
            "CIMS_BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres"
        ),
    )
    p.add_argument(
        "--levels",
        default="1,8,32,64",
        help="concurrent connections; empty for none (then give --half-rate)",
    )
    p.add_argument("--duration", type=float, default=10, help="seconds per level")
    p.add_argument("--warmup", type=float, default=3, help="seconds, not recorded")
    p.add_argument("--processes", type=int, default=2, help="per server")
    p.add_argument(
        "--cims-workers",
        type=int,
        default=0,
        help="run CIMS as one `cims serve --workers N` on one port instead of "
        "--processes servers on as many ports",
    )
    p.add_argument("--server-cpus", default=str(cores - 1), help="taskset list")
    p.add_argument("--load-cpus", default="0", help="taskset list for wrk")
    p.add_argument("--pool", type=int, default=10, help="DB connections per process")
    p.add_argument("--ids", type=int, default=1000, help="customers to rotate through")
    p.add_argument("--compare", type=int, default=50, help="responses compared")
    p.add_argument(
        "--variants",
        default="pii",
        help="pii (with the four personal fields, audited), plain "
        "(without them), or both: pii,plain",
    )
    p.add_argument(
        "--no-half-load",
        action="store_true",
        help="skip the run at half of CIMS's peak",
    )
    p.add_argument(
        "--half-rate",
        type=float,
        help="offered req/s of the paced run, instead of half of CIMS's peak",
    )
    p.add_argument(
        "--half-rounds",
        type=int,
        default=3,
        help="paced runs per server, alternating; the median p99 is reported",
    )
    p.add_argument("--memory", action="store_true", help="RSS over a sustained run")
    p.add_argument("--memory-seconds", type=float, default=60)
    p.add_argument(
        "--skip-sql",
        action="store_true",
        help="skip counting SQL statements per request",
    )
    p.add_argument(
        "--cims-backend",
        type=Path,
        default=ROOT / "backend",
        help="run CIMS from this source tree (to compare a change)",
    )
    p.add_argument("--keep-db", action="store_true", help="leave cims_bench in place")
    p.add_argument(
        "--reuse-db",
        metavar="DATA_DIR",
        type=Path,
        help="use the cims_bench a --keep-db run left, with its data dir",
    )
    args = p.parse_args(argv)
    if urlsplit(args.postgres).hostname not in LOOPBACK:
        p.error("--postgres must point at this machine (127.0.0.1)")
    args.levels = [int(x) for x in args.levels.split(",") if x.strip()]
    if not args.levels and args.half_rate is None:
        p.error("without --levels there is no peak: give --half-rate")
    if args.half_rounds < 1:
        p.error("--half-rounds must be at least 1")
    if not set(args.variants.split(",")) <= {"pii", "plain"}:
        p.error("--variants takes pii, plain or pii,plain")
    return args


def cims_env(database_url: str, data_dir: Path, pool: int, backend: Path) -> dict:
    backend = str(backend.resolve())
    path = os.environ.get("PYTHONPATH", "")
    return {
        **os.environ,
        "PYTHONPATH": f"{backend}{os.pathsep}{path}" if path else backend,
        "CIMS_DATABASE_URL": database_url,
        "CIMS_DATA_DIR": str(data_dir),
        "CIMS_DB_POOL_MAX": str(pool),
        "CIMS_LOG_LEVEL": "WARNING",
        "CIMS_ENV": "development",
        "CIMS_STATIC_DIR": str(data_dir / "no-spa"),
    }


def post(url: str, document: str, variables: dict, headers: dict) -> dict:
    reply = httpx.post(
        url,
        json={"query": document, "variables": variables},
        headers=headers,
        timeout=30,
    )
    body = reply.json()
    if reply.status_code != 200 or body.get("errors") or not body["data"]["customer"]:
        raise SystemExit(
            f"bad answer from {url}: {reply.status_code} {str(body)[:500]}"
        )
    return body["data"]["customer"]


def compare(cims, peer, ids: list[int], personal: bool, headers: dict) -> int:
    """Both servers' answers for ``ids``, field by field; stops at a difference."""
    from cims.domain import crypto

    cims_doc, peer_doc = queries.documents(personal)
    for pk in ids:
        mine = post(cims.url(), cims_doc, queries.cims_variables(pk), headers)
        theirs = post(peer.url(), peer_doc, queries.peer_variables(pk), {})
        diff = queries.differences(
            queries.normal_form(mine), queries.normal_form(theirs, opener=crypto.unseal)
        )
        if diff:
            raise SystemExit(
                f"customer {pk}: the answers differ:\n  " + "\n  ".join(diff[:20])
            )
    return len(ids)


def bodies(ids: list[int], personal: bool) -> tuple[list[str], list[str]]:
    cims_doc, peer_doc = queries.documents(personal)
    cims_bodies = [
        json.dumps({"query": cims_doc, "variables": queries.cims_variables(i)})
        for i in ids
    ]
    peer_bodies = [
        json.dumps({"query": peer_doc, "variables": queries.peer_variables(i)})
        for i in ids
    ]
    return cims_bodies, peer_bodies


def threads_for(connections: int, server) -> int:
    # One wrk thread per server process (each thread keeps to one port), or per
    # worker when the workers share one port.
    return max(1, min(connections, server.threads or len(server.ports)))


class Runner:
    def __init__(self, args, work: Path, url: str, cims, peer, headers: dict) -> None:
        self.args, self.work, self.cims, self.peer = args, work, cims, peer
        self.url, self.headers = url, headers

    def scripts(self, variant: str, ids, personal: bool, pace_ms: float = 0):
        cims_bodies, peer_bodies = bodies(ids, personal)
        tag = f"{variant}-{pace_ms:.0f}"
        return (
            load.write_script(
                self.work / f"cims-{tag}.lua",
                cims_bodies,
                self.cims.ports,
                self.headers,
                pace_ms,
            ),
            load.write_script(
                self.work / f"peer-{tag}.lua", peer_bodies, self.peer.ports, {}, pace_ms
            ),
        )

    def one(self, server, script, connections: int, seconds: float) -> load.Figures:
        """One wrk run, with the CPU that the server and the database spent on it.

        CPU per request holds up better than requests per second on a machine
        shared with other work: it does not count the time others took the cores.
        Only one server is under load at a time, so every cims_bench backend's CPU
        is the loaded server's.
        """
        app_before = servers.cpu_seconds(server.pids)
        db_before = servers.cpu_seconds(prepare.backend_pids(self.url))
        figures = load.run(
            script,
            server.ports[0],
            connections,
            threads_for(connections, server),
            seconds,
            self.args.load_cpus,
        )
        app_after = servers.cpu_seconds(server.pids)
        db_after = servers.cpu_seconds(prepare.backend_pids(self.url))
        if figures.requests:
            per = 1000 / figures.requests
            figures.app_cpu_ms = _spent(app_before, app_after) * per
            figures.db_cpu_ms = _spent(db_before, db_after) * per
        if figures.bad or figures.socket_errors:
            print(
                f"  {server.name} c={connections}: {figures.bad} bad answers, "
                f"{figures.socket_errors} socket errors; first: {figures.sample}",
                flush=True,
            )
        return figures

    def warm(self, variant: str, ids, personal: bool) -> None:
        for server, script in zip(
            (self.cims, self.peer), self.scripts(variant, ids, personal), strict=True
        ):
            self.one(server, script, 8, self.args.warmup)

    def levels(self, variant: str, ids, personal: bool):
        cims_lua, peer_lua = self.scripts(variant, ids, personal)
        rows = []
        # Interleaved level by level, so both see the machine's background alike.
        for connections in self.args.levels:
            cims = self.one(self.cims, cims_lua, connections, self.args.duration)
            peer = self.one(self.peer, peer_lua, connections, self.args.duration)
            print(
                f"  {variant} c={connections}: CIMS {cims.rps:.1f} req/s p99 "
                f"{cims.p99_ms:.1f} ms; peer {peer.rps:.1f} req/s p99 "
                f"{peer.p99_ms:.1f} ms",
                flush=True,
            )
            rows.append((cims, peer))
        return rows

    def half_load(self, variant: str, ids, personal: bool, rate: float):
        """Both at the same offered load (half of CIMS's peak unless --half-rate),
        alternating for --half-rounds rounds; the round with the median CIMS p99
        and the one with the median peer p99 are kept, and every round is printed.
        """
        rate = max(rate, 1.0)
        connections = 32
        pace_ms = connections / rate * 1000
        cims_lua, peer_lua = self.scripts(variant, ids, personal, pace_ms)
        rounds = []
        for n in range(self.args.half_rounds):
            cims = self.one(self.cims, cims_lua, connections, self.args.duration)
            peer = self.one(self.peer, peer_lua, connections, self.args.duration)
            print(
                f"  {variant} paced {rate:.0f} req/s, round {n + 1}: CIMS p50 "
                f"{cims.p50_ms:.1f} p99 {cims.p99_ms:.1f} ms; peer p50 "
                f"{peer.p50_ms:.1f} p99 {peer.p99_ms:.1f} ms",
                flush=True,
            )
            rounds.append((cims, peer))
        return (
            rate,
            _median_by_p99(c for c, _ in rounds),
            _median_by_p99(p for _, p in rounds),
        )

    def memory(self, server, script) -> dict:
        """RSS of the server's processes, sampled each second over a sustained run."""
        connections = 32
        self.one(server, script, connections, self.args.warmup)
        start = sum(server.rss_kib()) / 1024
        samples: list[float] = []
        process = subprocess.Popen(
            [
                "taskset",
                "-c",
                self.args.load_cpus,
                "wrk",
                "-t",
                str(threads_for(connections, server)),
                "-c",
                str(connections),
                "-d",
                f"{self.args.memory_seconds:g}s",
                "--timeout",
                "10s",
                "-s",
                str(script),
                f"http://127.0.0.1:{server.ports[0]}/graphql",
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        while process.poll() is None:
            samples.append(sum(server.rss_kib()) / 1024)
            time.sleep(1)
        out = process.stdout.read()
        line = next(x for x in out.splitlines() if x.startswith("WRKJSON "))
        requests = json.loads(line[8:])["requests"]
        end = sum(server.rss_kib()) / 1024
        return {
            "start": start,
            "peak": max(samples + [end]),
            "end": end,
            "trend": [samples[len(samples) * q // 4] for q in range(4)] + [end],
            "seconds": self.args.memory_seconds,
            "connections": connections,
            "requests": requests,
        }


def inprocess_cpu(env: dict) -> dict[str, float]:
    """CPU ms per customer-360 without HTTP (bench/api/inprocess.py), per variant."""
    out = subprocess.run(
        [sys.executable, str(HERE / "inprocess.py")],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    found = {}
    for line in out.stdout.splitlines():
        parts = line.split()
        if parts[:1] == ["RESULT"]:
            found[parts[1].split(".")[2]] = float(parts[2])
    return found


def _median_by_p99(figures) -> load.Figures:
    ordered = sorted(figures, key=lambda f: f.p99_ms)
    return ordered[(len(ordered) - 1) // 2]


def _spent(before: dict[int, float], after: dict[int, float]) -> float:
    return sum(t - before.get(pid, 0.0) for pid, t in after.items())


def sql_counts(env: dict) -> dict:
    out = subprocess.run(
        [sys.executable, str(HERE / "sqlcount.py")],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    line = next(x for x in out.stdout.splitlines() if x.startswith("SQLJSON "))
    return json.loads(line[8:])


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    prepare.ensure_wrk()
    prepare.ensure_peer()
    results = report.Results()
    results.setup["machine"] = report.machine()
    with tempfile.TemporaryDirectory(prefix="cims-bench-") as tmp:
        work = Path(tmp)
        if args.reuse_db:
            url = prepare.database_url(args.postgres)
        else:
            url = prepare.create_database(args.postgres)
        try:
            run(args, work, url, results)
        finally:
            # A reused database is the caller's: it outlives the run as it came.
            if not (args.keep_db or args.reuse_db):
                prepare.drop_database(args.postgres)
    results.setup["load average at the end"] = ", ".join(
        f"{x:.1f}" for x in os.getloadavg()
    )
    report.print_report(results)
    return 0


def run(args, work: Path, url: str, results: report.Results) -> None:
    data_dir = args.reuse_db or (work / "data" if not args.keep_db else _kept_dir())
    env = cims_env(url, data_dir, args.pool, args.cims_backend)
    os.environ["CIMS_DATA_DIR"] = env[
        "CIMS_DATA_DIR"
    ]  # to open the peer's sealed values
    if args.reuse_db:
        seeder = "reused from an earlier run"
    else:
        print("loading demo data into cims_bench ...", flush=True)
        seeder = prepare.load_data(env)
    counts = prepare.data_counts(url)
    ids = prepare.customer_ids(url, args.ids)
    facts = prepare.server_facts(url)
    results.setup.update(
        {
            "data": f"{seeder}: " + ", ".join(f"{n:,} {t}" for t, n in counts.items()),
            "PostgreSQL": f"{facts['version']} on 127.0.0.1, shared_preload_libraries "
            f"{facts['preload']}",
            "CIMS code": str(args.cims_backend),
            "servers": (
                f"CIMS one `cims serve --workers {args.cims_workers}` on one port, "
                f"the peer {args.processes} processes"
                if args.cims_workers
                else f"{args.processes} processes each"
            )
            + ", pinned to CPU "
            f"{args.server_cpus}; "
            f"wrk pinned to CPU {args.load_cpus}; {args.pool} DB connections "
            f"per process",
            "runs": f"{args.duration:g} s per level after {args.warmup:g} s warm-up, "
            f"{len(ids)} customers rotated",
        }
    )
    account = security.service_account(env)
    cims = servers.start_cims(
        env, args.processes, args.server_cpus, work, workers=args.cims_workers
    )
    peer = servers.start_peer(url, args.processes, args.server_cpus, args.pool, work)
    try:
        measure(args, work, env, account, cims, peer, ids, results)
    finally:
        cims.stop()
        peer.stop()
    if not args.skip_sql:
        results.sql = sql_counts(env)
        results.inprocess = inprocess_cpu(env)


def measure(args, work, env, account, cims, peer, ids, results) -> None:
    servers.wait_ready(peer)
    _wait_cims(cims)
    sec = security.resolve(f"http://127.0.0.1:{cims.ports[0]}", account)
    results.setup["CIMS security"] = sec.mode
    results.setup["peer"] = (
        "PostGraphile 4 (bench/peer), Node "
        + _node_version()
        + "; no token, no permission checks, no audit: it has none"
    )
    variants = [(v, v == "pii") for v in args.variants.split(",")]
    results.half_rounds = args.half_rounds
    results.half_fixed = args.half_rate is not None
    runner = Runner(args, work, env["CIMS_DATABASE_URL"], cims, peer, sec.headers)
    for variant, personal in variants:
        checked = compare(cims, peer, ids[: args.compare], personal, sec.headers)
        print(
            f"{variant}: {checked} customers answered alike by both servers", flush=True
        )
        runner.warm(variant, ids, personal)
        rows = runner.levels(variant, ids, personal) if args.levels else []
        results.levels[variant] = rows
        if not args.no_half_load:
            rate = args.half_rate or max(c.rps for c, _ in rows) / 2
            results.half_load[variant] = runner.half_load(variant, ids, personal, rate)
    if args.memory:
        cims_lua, peer_lua = runner.scripts("memory", ids, True)
        results.memory["cims"] = runner.memory(cims, cims_lua)
        results.memory["postgraphile"] = runner.memory(peer, peer_lua)
    results.setup["compared"] = f"{args.compare} customers field by field, no errors"


def _kept_dir() -> Path:
    kept = Path(tempfile.mkdtemp(prefix="cims-bench-data-"))
    print(f"data dir kept for --reuse-db: {kept}", flush=True)
    return kept


def _wait_cims(cims) -> None:
    deadline = time.monotonic() + 90
    for port, process, log in zip(cims.ports, cims.processes, cims.logs, strict=True):
        while True:
            if process.poll() is not None:
                raise SystemExit(f"CIMS exited; see {log}:\n{log.read_text()[-2000:]}")
            try:
                if (
                    httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=5).status_code
                    == 200
                ):
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise SystemExit(f"CIMS not ready after 90 s; see {log}")
            time.sleep(0.5)


def _node_version() -> str:
    return subprocess.run(
        ["node", "--version"], capture_output=True, text=True
    ).stdout.strip()


if __name__ == "__main__":
    sys.exit(main())
