"""N worker processes for `monitor run --workers N`: started, restarted if one dies, stopped
together (SIGTERM, so each lets its tasks in flight finish)."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

log = logging.getLogger(__name__)

STOP_GRACE_SECONDS = 60.0  # as the systemd unit's TimeoutStopSec
RESTART_PAUSE_SECONDS = 5.0


def worker_command(concurrency: int) -> list[str]:
    return [sys.executable, "-m", "monitor", "worker", "--concurrency", str(concurrency)]


class WorkerProcesses:
    def __init__(self, count: int, concurrency: int, config_path: Path | None) -> None:
        self.count = count
        self.command = worker_command(concurrency)
        self.env = dict(os.environ)
        if config_path is not None:
            self.env["MONITOR_CONFIG"] = str(config_path)
        self.processes: list[subprocess.Popen[bytes]] = []
        self._stop = threading.Event()
        self._watcher = threading.Thread(target=self._watch, name="workers", daemon=True)

    def start(self) -> None:
        self.processes = [self._spawn() for _ in range(self.count)]
        self._watcher.start()

    def _spawn(self) -> subprocess.Popen[bytes]:
        process = subprocess.Popen(self.command, env=self.env)
        log.info("worker process %d started", process.pid)
        return process

    def _watch(self) -> None:
        """Restart a worker that exited while the others run (a crash, an OOM kill)."""
        while not self._stop.wait(RESTART_PAUSE_SECONDS):
            for index, process in enumerate(self.processes):
                if process.poll() is not None and not self._stop.is_set():
                    log.warning(
                        "worker process %d exited (status %s); starting another",
                        process.pid,
                        process.returncode,
                    )
                    self.processes[index] = self._spawn()

    def stop(self) -> None:
        self._stop.set()
        if self._watcher.is_alive():
            self._watcher.join()
        for process in self.processes:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in self.processes:
            try:
                process.wait(STOP_GRACE_SECONDS)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
