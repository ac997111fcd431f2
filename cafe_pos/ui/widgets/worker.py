"""Work off the GUI thread, with its result brought back through a relay's signal.

The thread must hold neither the widget that started it nor a closure over ``self``: only
plain values (the context, paths, an actor) and the relay, a ``QObject`` the widget owns
(its C++ object goes with the widget, never with the thread). A thread that held the last
reference to a closed page or dialog would destroy its Qt objects outside the GUI thread
when it ends — a crash, seen when a test closed the network catalogue page while its pull
from HQ was still running.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable

from cafe_pos.ui.widgets.messages import error_text


def run_off_thread(
    name: str, work: Callable[[], object], deliver: Callable[[object, bool], None]
) -> threading.Thread:
    """Run ``work`` on a daemon thread, then ``deliver(result, True)`` — or, when it
    raised, ``deliver(French text of the error, False)``: shown, never lost in a thread.

    ``deliver`` emits the relay's signal (queued to the GUI thread); a relay deleted with
    its widget meanwhile is ignored."""

    def body() -> None:
        try:
            result, ok = work(), True
        except Exception as exc:  # the widget shows it
            result, ok = error_text(exc), False
        with contextlib.suppress(RuntimeError):  # the relay went with its widget
            deliver(result, ok)

    thread = threading.Thread(target=body, name=name, daemon=True)
    thread.start()
    return thread
