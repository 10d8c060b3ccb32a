"""What the polling benchmarks (`poll`, `versus_urlwatch`) share: the local fixture server in
a process of its own (so its CPU is not the monitor's), its way of answering, the words and
price bodies of the fixtures, and reading a process's CPU and memory from /proc (Linux)."""

from __future__ import annotations

import json
import multiprocessing
import os
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.process import BaseProcess
from typing import Any

WORDS = [
    "the",
    "company",
    "announced",
    "quarterly",
    "results",
    "revenue",
    "increased",
    "compared",
    "with",
    "prior",
    "year",
    "bitcoin",
    "mining",
    "operations",
    "hashrate",
    "production",
    "update",
    "shareholders",
    "board",
    "directors",
    "capital",
    "expenditure",
    "data",
    "center",
    "expansion",
    "financing",
    "agreement",
    "fiscal",
    "guidance",
]

HandlerFactory = Callable[..., type[BaseHTTPRequestHandler]]


def words_from(number: int, count: int) -> str:
    """`count` words of the list from position `number`: a release's title, say."""
    return " ".join(WORDS[(number + k) % len(WORDS)] for k in range(count))


def newsroom(index: int, items: list[str], size: int = 20_000) -> bytes:
    """An IR newsroom page of `items` (article elements, newest first), padded to `size`."""
    html = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>Newsroom {index}</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/investors">Investors</a></nav>'
        f'<section class="newsroom">{"".join(items)}</section>'
    )
    pad = max(0, size - len(html) - 40)
    return (html + f"<footer>{'x' * pad}</footer></body></html>").encode()


def price_body(index: int, version: int) -> bytes:
    """A Coinbase spot price for symbol C<index>-USD; each version moves it."""
    amount = f"{100 + index + version * 0.37:.2f}"
    return json.dumps({"data": {"amount": amount, "base": f"C{index}", "currency": "USD"}}).encode()


class FixtureHandler(BaseHTTPRequestHandler):
    """Keep-alive, as real servers and requests' pool do; no logging; one way to answer."""

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body would wait 40 ms on a delayed ACK

    def log_message(self, *_args: object) -> None:
        pass

    def query(self) -> dict[str, str]:
        """The query string's parameters (the control requests: /_advance?kind=…&seed=…)."""
        return dict(p.split("=", 1) for p in self.path.partition("?")[2].split("&") if p)

    def send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body:
            self.wfile.write(body)


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 1024  # a first start opens hundreds of connections at once

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client closing its keep-alive connection is not news


def _serve(ready: Any, factory: HandlerFactory, args: tuple[Any, ...]) -> None:
    """The server process: report the port, then serve until terminated."""
    server = QuietServer(("127.0.0.1", 0), factory(*args))
    ready.put(server.server_port)
    server.serve_forever()


def start_server(factory: HandlerFactory, *args: Any) -> tuple[BaseProcess, str]:
    """Serve `factory(*args)` (a module-level function: it is called in the new process)
    from a process of its own; (the process, its base URL)."""
    spawn = multiprocessing.get_context("spawn")
    ready: Any = spawn.Queue()
    server = spawn.Process(target=_serve, args=(ready, factory, args), daemon=True)
    server.start()
    return server, f"http://127.0.0.1:{ready.get(timeout=60)}"


def stop_server(server: BaseProcess) -> None:
    server.terminate()
    server.join(5)


def process_cpu(pid: int) -> float:
    """User + system CPU seconds of a live process."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        fields = stat.read().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def memory_mb(pid: int | str = "self") -> dict[str, float]:
    """Current (VmRSS) and peak (VmHWM) resident memory of a process, in MB. VmHWM, not
    ru_maxrss: Linux carries ru_maxrss over fork+exec from the parent."""
    found = {}
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                found[key] = int(value.split()[0]) / 1024
    return found
