"""Load with wrk: a Lua script rotates through the customer IDs and counts bad answers.

Each wrk thread is sent to one of the server's ports (``thread.addr``) and starts at
its own offset in the list of request bodies. A response is bad when its status is
not 200 or its body carries ``"errors"``. Latencies are wrk's own (microseconds).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

LUA = r"""
local bodies = %(bodies)s
local ports = %(ports)s
local threads = {}
local started = 0

wrk.method = "POST"
wrk.path = "/graphql"
wrk.headers["Content-Type"] = "application/json"
%(headers)s
%(delay)s

function setup(thread)
  started = started + 1
  thread.addr = wrk.lookup("127.0.0.1", tostring(ports[(started - 1) %% #ports + 1]))[1]
  thread:set("offset", started * 131)
  table.insert(threads, thread)
end

function init(args)
  bad = 0
  sample = ""
  reqs = {}
  for k, b in ipairs(bodies) do reqs[k] = wrk.format(nil, nil, nil, b) end
  i = offset %% #reqs
  math.randomseed(offset)
end

function request()
  i = i %% #reqs + 1
  return reqs[i]
end

function response(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) then
    bad = bad + 1
    if sample == "" then sample = string.sub(body, 1, 300) end
  end
end

function done(summary, latency, requests)
  local b, s = 0, ""
  for _, t in ipairs(threads) do
    b = b + t:get("bad")
    if s == "" then s = t:get("sample") end
  end
  local e = summary.errors
  io.write(string.format(
    'WRKJSON {"requests":%%d,"duration_us":%%d,"bad":%%d,"p50":%%d,"p99":%%d,' ..
    '"max":%%d,"socket_errors":%%d,"non_2xx":%%d,"timeouts":%%d}\n',
    summary.requests, summary.duration, b, latency:percentile(50),
    latency:percentile(99), latency.max, e.connect + e.read + e.write, e.status,
    e.timeout))
  if s ~= "" then io.write("WRKSAMPLE " .. s .. "\n") end
end
"""


@dataclass
class Figures:
    """One bounded run at one concurrency level."""

    connections: int
    requests: int
    seconds: float
    bad: int
    p50_ms: float
    p99_ms: float
    max_ms: float
    socket_errors: int
    sample: str = ""
    # CPU time per request of the server's processes and of the database backends.
    app_cpu_ms: float = 0.0
    db_cpu_ms: float = 0.0

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


def _lua_string(text: str) -> str:
    return "[==[" + text + "]==]"


def write_script(
    path: Path, bodies: list[str], ports: list[int], headers: dict, pace_ms: float = 0
) -> Path:
    """The Lua script; ``pace_ms`` > 0 spaces each connection's requests at random
    (exponential gaps of that mean), for a fixed offered load instead of flat out."""
    delay = (
        "function delay() return math.floor(-math.log(1 - math.random())"
        f" * {pace_ms:.3f}) end"
        if pace_ms > 0
        else ""
    )
    lines = "\n".join(
        # Spaces inside the brackets: "[[" would open a Lua long string.
        f"wrk.headers[ {_lua_string(k)} ] = {_lua_string(v)}"
        for k, v in headers.items()
    )
    path.write_text(
        LUA
        % {
            "bodies": "{" + ",\n".join(_lua_string(b) for b in bodies) + "}",
            "ports": "{" + ",".join(str(p) for p in ports) + "}",
            "headers": lines,
            "delay": delay,
        }
    )
    return path


def run(
    script: Path,
    port: int,
    connections: int,
    threads: int,
    seconds: float,
    cpus: str | None,
) -> Figures:
    """One wrk run; ``port`` only names the URL, the script picks each thread's port."""
    argv = [
        shutil.which("wrk") or "wrk",
        "-t",
        str(threads),
        "-c",
        str(connections),
        "-d",
        f"{seconds:g}s",
        "--timeout",
        "10s",
        "-s",
        str(script),
        f"http://127.0.0.1:{port}/graphql",
    ]
    if cpus:
        argv = ["taskset", "-c", cpus, *argv]
    out = subprocess.run(argv, capture_output=True, text=True, timeout=seconds + 60)
    line = next((x for x in out.stdout.splitlines() if x.startswith("WRKJSON ")), None)
    if line is None:
        raise SystemExit(f"wrk failed ({out.returncode}):\n{out.stdout}\n{out.stderr}")
    data = json.loads(line[len("WRKJSON ") :])
    sample = next(
        (x[10:] for x in out.stdout.splitlines() if x.startswith("WRKSAMPLE ")), ""
    )
    return Figures(
        connections=connections,
        requests=data["requests"],
        seconds=data["duration_us"] / 1e6,
        bad=data["bad"],  # counts every status other than 200 too
        p50_ms=data["p50"] / 1000,
        p99_ms=data["p99"] / 1000,
        max_ms=data["max"] / 1000,
        socket_errors=data["socket_errors"] + data["timeouts"],
        sample=sample,
    )
