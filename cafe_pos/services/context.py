"""What every service call gets: how to open a unit of work, the clock, the register."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from cafe_pos.domain.clock import Clock, SystemClock
from cafe_pos.store.uow import UnitOfWorkFactory


@dataclass
class ServiceContext:
    uow: UnitOfWorkFactory
    db_path: Path
    clock: Clock = field(default_factory=SystemClock)
    register: str = "01"
    training: bool = False  # training mode: nothing enters the fiscal chain or the figures

    @property
    def key_path(self) -> Path:
        """The café's private signing key, beside the database (owner-only permissions)."""
        return self.db_path.with_name(self.db_path.name + ".key")
