"""The real server, started as a user starts it, for the browser tests and the load script.
Standard library only."""
import os
import re
import signal
import socket
import subprocess
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCREENSHOTS = os.path.join(ROOT, "test-output", "screenshots")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`prongsai serve` on a data folder; everything it prints goes to server.log in that folder."""

    def __init__(self, binary, data, port=None):
        self.binary, self.data, self.port = binary, data, port or free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log_path = os.path.join(data, "server.log")
        self.process = None

    def start(self, timeout=60):
        log = open(self.log_path, "a")
        self.process = subprocess.Popen(
            [self.binary, "serve", "--port", str(self.port), "--data", self.data], stdout=log, stderr=log, cwd=self.data,
            # The load scripts file hundreds of reports in a minute: lift the hourly filing limit unless a test sets one.
            env={**os.environ, "PRONGSAI_FILING_LIMIT": os.environ.get("PRONGSAI_FILING_LIMIT", "100000/100000"),
                 "PRONGSAI_TEST_ALLOW_LOOPBACK_LINKS": "1"})
        deadline = time.time() + timeout
        while time.time() < deadline:
            try:
                if urllib.request.urlopen(self.base + "/health", timeout=1).status == 200:
                    return self
            except Exception:
                time.sleep(0.05)
        raise SystemExit("the server did not answer /health:\n" + self.log())

    def log(self):
        return open(self.log_path, encoding="utf-8", errors="replace").read()

    def one_time_password(self):
        match = re.search(r"one-time password: (\S+)", self.log())
        if not match:
            raise SystemExit("no one-time password was printed")
        return match.group(1)

    def kill_hard(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(timeout=20)
