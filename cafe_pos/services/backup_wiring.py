"""What the composition root hands the GUI for the automatic backups (``BackupWiring``),
kept apart from ``backup_auto`` so that building it at start-up imports neither the
backups nor the closing (they load once the window is on screen)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cafe_pos.context import ServiceContext


@dataclass(frozen=True)
class BackupWiring:
    """What the composition root hands the GUI for backups: the scheduler's factory and
    ``open_context`` (a restore re-opens the restored database through it).

    ``scheduler(ctx, on_status)`` builds a ``backup_auto.BackupScheduler`` that reports a
    ``backups.BackupStatus``; typed loosely here, as this module imports neither."""

    scheduler: Callable[[ServiceContext, Callable[[Any], None]], Any]
    open_context: Callable[..., ServiceContext]
