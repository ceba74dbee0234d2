"""Run the browser tests against a real server with the demo data.

Starts ``cims serve --demo`` on a free loopback port with a scratch data folder,
waits until it is ready, runs ``npm run test:e2e`` in ``frontend/`` with
``CIMS_E2E_BASE_URL`` set, and stops the server it started.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_ready(url: str, server: subprocess.Popen, seconds: float = 480) -> None:
    # Seeding trains the risk models too: minutes on a busy two-core machine.
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("the server stopped before it was ready")
        try:
            with urllib.request.urlopen(f"{url}/readyz", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(1)
    raise SystemExit("the server was not ready in time")


def main() -> int:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory(prefix="cims-e2e-") as data_dir:
        env = {
            **os.environ,
            "CIMS_DATA_DIR": data_dir,
            "CIMS_PORT": str(port),
            "CIMS_HOST": "127.0.0.1",
        }
        log = open(Path(data_dir) / "server.log", "w")  # noqa: SIM115 - closed below
        server = subprocess.Popen(
            [sys.executable, "-m", "cims", "serve", "--demo"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_ready(url, server)
            result = subprocess.run(
                ["npm", "run", "test:e2e"],
                cwd=ROOT / "frontend",
                env={**env, "CIMS_E2E_BASE_URL": url},
            )
            return result.returncode
        finally:
            server.terminate()
            server.wait(timeout=30)
            log.close()
            if server.returncode not in (0, -15):
                print((Path(data_dir) / "server.log").read_text()[-4000:])


if __name__ == "__main__":
    sys.exit(main())
