"""``cafe-pos hq serve`` on a port another program holds: one French line, exit 2, and
nothing created (uvicorn logged it in English and exited 3, after announcing the URL)."""

from __future__ import annotations

import socket
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

CAFE_POS = Path(sys.executable).with_name("cafe-pos")


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_port_already_taken_is_refused_in_one_french_line(tmp_path: Path, workers: str) -> None:
    database = tmp_path / "hq.db"
    with closing(socket.socket()) as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(
            [str(CAFE_POS), "hq", "serve", "--db", f"sqlite:///{database}", "--port", str(port),
             "--workers", workers],
            capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip().splitlines() == [
        f"cafe-pos : Le port {port} est déjà utilisé sur 127.0.0.1 par un autre programme : "
        "arrêtez-le ou choisissez un autre port (--port)"
    ]
    assert done.stdout == ""  # no "Siège cafe-pos : http://…" for a server that never ran
    assert not database.exists()
