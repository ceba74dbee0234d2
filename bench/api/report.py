"""The API benchmark's table, its verdicts against the targets, and RESULT lines."""

from __future__ import annotations

import os
import platform
from dataclasses import dataclass, field
from pathlib import Path

from load import Figures

THROUGHPUT_TARGET = 2 / 3  # CIMS at least two thirds of the peer's peak
P99_RATIO_TARGET = 1.5  # at half load, CIMS's p99 at most 1.5x the peer's
P99_LIMIT_MS = 50.0


@dataclass
class Results:
    setup: dict = field(default_factory=dict)
    levels: dict[str, list[tuple[Figures, Figures]]] = field(default_factory=dict)
    half_load: dict[str, tuple[float, Figures, Figures]] = field(default_factory=dict)
    half_rounds: int = 1
    half_fixed: bool = False
    sql: dict | None = None
    inprocess: dict[str, float] = field(default_factory=dict)
    memory: dict[str, dict] = field(default_factory=dict)


def machine() -> str:
    cpuinfo = Path("/proc/cpuinfo").read_text().splitlines()
    names = [x.split(":", 1)[1].strip() for x in cpuinfo if x.startswith("model name")]
    cpu = names[0] if names else "unknown CPU"
    meminfo = Path("/proc/meminfo").read_text().splitlines()
    mem_kib = int(next(x for x in meminfo if x.startswith("MemTotal")).split()[1])
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (
        f"{os.cpu_count()} cores ({cpu}), {mem_kib / 2**20:.0f} GiB, "
        f"{platform.system()} {platform.release()}, load average {load}"
    )


def result(name: str, value: float, unit: str) -> str:
    return f"RESULT {name} {value:.6g} {unit}"


def _ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}" if b else "-"


VARIANTS = {
    "pii": "with the four personal fields (opened, and their reading audited)",
    # birthDate is in both: read in clear, it is audited too (one event, one field).
    "plain": "without the four sealed personal fields (the birth date still audited)",
}


def level_table(variant: str, rows: list[tuple[Figures, Figures]]) -> list[str]:
    out = [
        f"customer-360 [{variant}], {VARIANTS[variant]}",
        "  conc |  CIMS req/s  p50 ms  p99 ms  cpu ms app+db |  peer req/s  p50 ms"
        "  p99 ms  cpu ms app+db | req/s ratio  p99 ratio | bad",
    ]
    for cims, peer in rows:
        out.append(
            f"  {cims.connections:>4} | {cims.rps:>11.1f} {cims.p50_ms:>7.1f} "
            f"{cims.p99_ms:>7.1f} {_cpu(cims):>15} | {peer.rps:>11.1f} "
            f"{peer.p50_ms:>7.1f} {peer.p99_ms:>7.1f} {_cpu(peer):>15} | "
            f"{_ratio(cims.rps, peer.rps):>11} "
            f"{_ratio(cims.p99_ms, peer.p99_ms):>10} | "
            f"{cims.bad + cims.socket_errors}/{peer.bad + peer.socket_errors}"
        )
    return out


def _cpu(f: Figures) -> str:
    return f"{f.app_cpu_ms:.1f}+{f.db_cpu_ms:.1f}"


def verdicts(variant: str, rows, half, rounds: int = 1, fixed: bool = False):
    out = []
    if rows:
        cims_peak = max(c.rps for c, _ in rows)
        peer_peak = max(p.rps for _, p in rows)
        ratio = cims_peak / peer_peak if peer_peak else 0
        out.append(
            f"  peak: CIMS {cims_peak:.1f} req/s, peer {peer_peak:.1f} req/s, ratio "
            f"{ratio:.2f} (target >= {THROUGHPUT_TARGET:.2f}): "
            f"{'met' if ratio >= THROUGHPUT_TARGET else 'NOT met'}"
        )
    if half:
        rate, cims, peer = half
        p99_ratio = cims.p99_ms / peer.p99_ms if peer.p99_ms else 0
        ok = p99_ratio <= P99_RATIO_TARGET and cims.p99_ms < P99_LIMIT_MS
        offered = "as asked (--half-rate)" if fixed else "half CIMS's peak"
        of = f", median of {rounds} rounds" if rounds > 1 else ""
        out.append(
            f"  half load ({rate:.0f} req/s offered, {offered}{of}): CIMS "
            f"{cims.rps:.1f} req/s p99 {cims.p99_ms:.1f} ms, peer {peer.rps:.1f} req/s "
            f"p99 {peer.p99_ms:.1f} ms, ratio {p99_ratio:.2f} (target <= "
            f"{P99_RATIO_TARGET} and < {P99_LIMIT_MS:.0f} ms): "
            f"{'met' if ok else 'NOT met'}"
        )
    return out


def result_lines(results: Results) -> list[str]:
    out = []
    for variant, rows in results.levels.items():
        if not rows:
            continue
        for cims, peer in rows:
            for who, f in (("cims", cims), ("peer", peer)):
                key = f"api.{variant}.{who}.c{f.connections}"
                out += [
                    result(f"{key}.rps", f.rps, "req/s"),
                    result(f"{key}.p50", f.p50_ms, "ms"),
                    result(f"{key}.p99", f.p99_ms, "ms"),
                    result(f"{key}.app_cpu", f.app_cpu_ms, "ms/req"),
                    result(f"{key}.db_cpu", f.db_cpu_ms, "ms/req"),
                ]
        cims_peak = max(c.rps for c, _ in rows)
        peer_peak = max(p.rps for _, p in rows)
        out.append(
            result(
                f"api.{variant}.peak_rps_ratio",
                cims_peak / peer_peak if peer_peak else 0,
                "x",
            )
        )
    for variant, (_, cims, peer) in results.half_load.items():
        out += [
            result(f"api.{variant}.half_load.cims.p99", cims.p99_ms, "ms"),
            result(f"api.{variant}.half_load.peer.p99", peer.p99_ms, "ms"),
        ]
    if results.sql:
        for size, counts in results.sql["pages"].items():
            out.append(result(f"api.sql.page{size}", max(counts), "statements"))
        out.append(result("api.sql.view", max(results.sql["view"]), "statements"))
    for variant, ms in results.inprocess.items():
        out.append(result(f"api.inprocess.{variant}.cpu", ms, "ms/req"))
    for who, mem in results.memory.items():
        out += [
            result(f"api.memory.{who}.rss_start", mem["start"], "MiB"),
            result(f"api.memory.{who}.rss_peak", mem["peak"], "MiB"),
            result(f"api.memory.{who}.rss_end", mem["end"], "MiB"),
        ]
    return out


def _span(counts: list[int]) -> str:
    low, high = min(counts), max(counts)
    return str(low) if low == high else f"{low}-{high}"


def sql_lines(sql: dict) -> list[str]:
    pages = ", ".join(f"page of {k}: {_span(v)}" for k, v in sql["pages"].items())
    steady = all(min(v) == max(v) for v in [*sql["pages"].values(), sql["view"]])
    return [
        f"SQL statements per request (Tortoise query log, {len(sql['view'])} runs"
        " each): "
        f"{pages}; one customer-360: {_span(sql['view'])} "
        f"({_span(sql['view_without_personal'])} without the personal fields, whose "
        "reading is audited)",
        "  grows with the page size: " + ("YES" if _grows(sql) else "no"),
        "  the same in every run: "
        + ("yes" if steady else "NO (batching depends on which query answers first)"),
    ]


def _grows(sql: dict) -> bool:
    """More statements for a page of 100 than for a page of 10, at worst."""
    pages = sql["pages"]
    return max(pages["100"]) > max(pages["10"])


def print_report(results: Results) -> None:
    lines = ["", "=== API benchmark: customer-360, CIMS against PostGraphile ==="]
    lines += [f"{k}: {v}" for k, v in results.setup.items()]
    for variant, rows in results.levels.items():
        lines += [""] + level_table(variant, rows)
        lines += verdicts(
            variant,
            rows,
            results.half_load.get(variant),
            results.half_rounds,
            results.half_fixed,
        )
    if results.sql:
        lines += ["", *sql_lines(results.sql)]
    if results.inprocess:
        figures = ", ".join(f"{k} {v:.2f} ms" for k, v in results.inprocess.items())
        lines.append(
            f"CPU per customer-360 in-process, no HTTP (best of 3 x 100): {figures}"
        )
    for who, mem in results.memory.items():
        lines.append(
            f"memory {who}: RSS of all processes {mem['start']:.0f} MiB after "
            f"warm-up, peak {mem['peak']:.0f}, end {mem['end']:.0f} over "
            f"{mem['seconds']:.0f} s at {mem['connections']} connections "
            f"({mem['requests']} requests); by quarter: "
            + " ".join(f"{x:.0f}" for x in mem["trend"])
        )
    lines += ["", *result_lines(results)]
    print("\n".join(lines), flush=True)
