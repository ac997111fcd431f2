"""The status bar's "Siège" label, kept true by the HQ sync worker thread.

The worker (``cafe_pos.sync.worker``, built by the factory the composition root hands to
``run_gui``: ``cafe_pos.app.build_hq_worker``) runs off the GUI thread;
its status reaches the label through a queued Qt signal. A sale or a closing never waits
for it. Training mode sends nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal

from cafe_pos.context import ServiceContext

if TYPE_CHECKING:
    from cafe_pos.ui.app_window import MainWindow

log = logging.getLogger(__name__)


class HqWorker(Protocol):
    def start(self) -> None: ...
    def stop(self, timeout: float = 5.0) -> None: ...


HqWorkerFactory = Callable[[ServiceContext, Callable[[str, bool | None], None]], HqWorker]


class HqStatusBridge(QObject):
    """Carries the worker's (text, ok) to the GUI thread."""

    status = Signal(object, object)  # not str: the text's Wording (template) must survive


def start_hq_sync(window: MainWindow, build_worker: HqWorkerFactory) -> HqWorker | None:
    """Start the background sender and wire it to the status bar (once per window)."""
    if window.ctx.training or getattr(window, "hq_worker", None) is not None:
        return None
    bridge = HqStatusBridge(window)
    bridge.status.connect(window.set_sync_status)
    worker = build_worker(window.ctx, bridge.status.emit)
    window.hq_worker = worker  # type: ignore[attr-defined]
    window.hq_bridge = bridge  # type: ignore[attr-defined]
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(worker.stop)
    worker.start()
    return worker
