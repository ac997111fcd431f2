"""Start-up benchmark: `cafe-pos --db X --smoke` against a bare Qt + SQLAlchemy process.

The café database is created once (demo builder), then both commands run N times in
fresh processes, interleaved, offscreen; the medians of their wall times are compared.
The app must be ready to sell within twice the time of a process that only imports
PySide6.QtWidgets and SQLAlchemy and shows an empty QMainWindow.

Run: ``python tests/benchmarks/bench_startup.py [--runs 9]`` (exit 1 above the limit), or
through pytest (``pytest tests/benchmarks/bench_startup.py``).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MAX_RATIO = 2.0

# The bare process: Qt widgets + SQLAlchemy, an empty main window, quit when idle. It
# reports when it was ready the same way `--smoke` does (process age from /proc, as in
# cafe_pos.ui.qt_app.process_age_seconds, inlined so the baseline imports nothing more).
BASELINE = """
import sqlalchemy
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
window.show()

def ready():
    import os, time
    with open("/proc/self/stat", encoding="ascii") as handle:
        start_ticks = int(handle.read().rsplit(")", 1)[1].split()[19])
    age = time.clock_gettime(time.CLOCK_BOOTTIME) - start_ticks / os.sysconf("SC_CLK_TCK")
    print(f"ready {age:.3f}")
    app.quit()

QTimer.singleShot(0, ready)
app.exec()
"""


# The same start-up without the plugged-in sections (sale screen...): what the shell
# itself costs, to tell which part of the start-up to look at when the limit is passed.
# Imports follow a real start's order (database layer before Qt: PySide6 inspects the
# source of every module imported after it, which would slow this variant unfairly).
SHELL_ONLY = """
import sys
import cafe_pos.cli, cafe_pos.app, cafe_pos.services.identity
import cafe_pos.ui.qt_app as qt_app
qt_app.wire_sections = lambda window, ctx, counter=None: []
from cafe_pos.cli import main
raise SystemExit(main(sys.argv[1:]))
"""


def _env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def _timed(command: list[str]) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(command, env=_env(), capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{command} failed ({done.returncode}): {done.stderr[-2000:]}")
    return elapsed, done.stdout


def make_database(folder: Path) -> Path:
    from cafe_pos.demo import create_demo_database

    path = folder / "cafe.db"
    ctx = create_demo_database(path)
    ctx.uow.engine.dispose()
    return path


def measure(runs: int, folder: Path) -> dict[str, float]:
    db_path = make_database(folder)
    app_command = [sys.executable, "-m", "cafe_pos", "--db", str(db_path), "--smoke"]
    shell_command = [sys.executable, "-c", SHELL_ONLY, "--db", str(db_path), "--smoke"]
    baseline_command = [sys.executable, "-c", BASELINE]
    for command in (app_command, shell_command, baseline_command):
        _timed(command)  # warm the disk cache, untimed
    app_times: list[float] = []
    baseline_times: list[float] = []
    app_ready: list[float] = []
    shell_ready: list[float] = []
    baseline_ready: list[float] = []
    for _ in range(runs):
        elapsed, out = _timed(app_command)
        app_times.append(elapsed)
        app_ready.append(float(out.rsplit("prêt à vendre en", 1)[1].split()[0]))
        elapsed, out = _timed(shell_command)
        shell_ready.append(float(out.rsplit("prêt à vendre en", 1)[1].split()[0]))
        elapsed, out = _timed(baseline_command)
        baseline_times.append(elapsed)
        baseline_ready.append(float(out.rsplit("ready", 1)[1].split()[0]))
    figures = {
        "app_ready_s": statistics.median(app_ready),
        "shell_ready_s": statistics.median(shell_ready),
        "baseline_ready_s": statistics.median(baseline_ready),
        "app_process_s": statistics.median(app_times),
        "baseline_process_s": statistics.median(baseline_times),
    }
    figures["shell_ratio"] = figures["shell_ready_s"] / figures["baseline_ready_s"]
    figures["ratio"] = figures["app_ready_s"] / figures["baseline_ready_s"]
    figures["process_ratio"] = figures["app_process_s"] / figures["baseline_process_s"]
    return figures


def report(figures: dict[str, float]) -> str:
    def ms(key: str) -> str:
        return f"{figures[key] * 1000:6.0f} ms"

    return (
        "medians                         ready to use   whole process (with exit)\n"
        f"cafe-pos --db X --smoke         {ms('app_ready_s')}      {ms('app_process_s')}\n"
        f"  the same, shell only          {ms('shell_ready_s')}      (ratio {figures['shell_ratio']:.2f})\n"
        f"bare Qt + SQLAlchemy window     {ms('baseline_ready_s')}      {ms('baseline_process_s')}\n"
        f"ratio                           {figures['ratio']:6.2f}         {figures['process_ratio']:6.2f}\n"
        f"start-up limit: ready-to-use ratio <= {MAX_RATIO:.1f}"
    )


def test_startup_within_twice_the_bare_baseline(tmp_path: Path) -> None:
    figures = measure(7, tmp_path)
    print("\n" + report(figures))
    assert figures["ratio"] <= MAX_RATIO, report(figures)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="cafe-pos-bench-") as folder:
        figures = measure(args.runs, Path(folder))
    print(report(figures))
    return 0 if figures["ratio"] <= MAX_RATIO else 1


if __name__ == "__main__":
    raise SystemExit(main())
