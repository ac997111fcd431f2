"""Stand-ins for counter hardware on real transports: a network ESC/POS printer on a TCP
listener (127.0.0.1, ephemeral port) that answers DLE EOT status requests, and helpers
for pseudo-terminal pairs (the "device" end of a serial cable)."""

from __future__ import annotations

import contextlib
import os
import re
import select
import socket
import threading
import time
import tty
from dataclasses import dataclass, field

STATUS_REQUEST = re.compile(rb"\x10\x04[\x01-\x04]")
JOB = re.compile(rb"\x1b@.*?\x1dV\x00", re.DOTALL)


@dataclass
class FakeNetworkPrinter:
    """An Epson-like network printer: raw TCP, real-time status answers.

    ``answers`` maps the DLE EOT n byte to the status byte sent back; ``drop_after``
    closes the next connection after that many bytes (printer gone mid-job); ``silent``
    never answers status requests (a printer that hangs).
    """

    port: int = 0
    answers: dict[int, int] = field(default_factory=lambda: {1: 0x16, 2: 0x12, 4: 0x12})
    drop_after: int | None = None
    silent: bool = False
    received: bytearray = field(default_factory=bytearray)
    requests: list[bytes] = field(default_factory=list)
    connections: int = 0

    def start(self) -> FakeNetworkPrinter:
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", self.port))
        self.port = self._sock.getsockname()[1]
        self._sock.listen(5)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        with contextlib.suppress(OSError):
            self._sock.close()
        self._thread.join(2)

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                ready, _, _ = select.select([self._sock], [], [], 0.05)
            except (OSError, ValueError):
                return
            if not ready:
                continue
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            self.connections += 1
            self._handle(conn)

    def _handle(self, conn: socket.socket) -> None:
        drop_after, self.drop_after = self.drop_after, None
        got = 0
        pending = b""
        with conn:
            conn.settimeout(0.05)
            while not self._stop.is_set():
                try:
                    chunk = conn.recv(4096)
                except TimeoutError:
                    continue
                except OSError:
                    return
                if not chunk:
                    return
                if drop_after is not None and got + len(chunk) >= drop_after:
                    self.received.extend(chunk[: drop_after - got])
                    # abort: RST, like a printer switched off
                    conn.setsockopt(
                        socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00"
                    )
                    return
                got += len(chunk)
                self.received.extend(chunk)
                pending += chunk
                for match in STATUS_REQUEST.finditer(pending):
                    self.requests.append(match.group())
                    if not self.silent:
                        conn.sendall(bytes([self.answers[match.group()[2]]]))
                pending = pending[-2:]

    @property
    def printed(self) -> bytes:
        """What reached the paper: everything but the status requests."""
        return STATUS_REQUEST.sub(b"", bytes(self.received))

    def complete_jobs(self) -> list[bytes]:
        return JOB.findall(self.printed)


class PtyDevice:
    """The device end of a pseudo-terminal; the till opens ``port`` with pyserial."""

    def __init__(self) -> None:
        self.master, slave = os.openpty()
        tty.setraw(slave)
        self.port = os.ttyname(slave)
        self._slave = slave  # kept open so the pair survives until close()

    def read(self, size: int, timeout: float = 2.0) -> bytes:
        data = b""
        deadline = time.monotonic() + timeout
        while len(data) < size and time.monotonic() < deadline:
            try:
                ready, _, _ = select.select([self.master], [], [], 0.02)
                if ready:
                    data += os.read(self.master, size - len(data))
            except OSError:  # closed under our feet: the test is over
                break
        return data

    def read_until(self, end: bytes, timeout: float = 2.0) -> bytes:
        data = b""
        deadline = time.monotonic() + timeout
        while not data.endswith(end) and time.monotonic() < deadline:
            ready, _, _ = select.select([self.master], [], [], 0.02)
            if ready:
                data += os.read(self.master, 1)
        return data

    def write(self, data: bytes) -> None:
        os.write(self.master, data)

    def close(self) -> None:
        for fd in (self.master, self._slave):
            with contextlib.suppress(OSError):
                os.close(fd)
