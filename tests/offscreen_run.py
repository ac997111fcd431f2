"""Run a Python snippet in a fresh process with Qt offscreen, as a start of the app would
be run (imports, start-up order, ``--smoke``), and return what it printed."""

from __future__ import annotations

import os
import subprocess
import sys


def run_offscreen(code: str, *args: str) -> str:
    """``python -c code args...`` offscreen; it must exit 0. Returns its standard output."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout
