"""The service context: what every service call (and the fiscal layer under it) gets —
how to open a unit of work, the clock, the register, training mode.

A plain dependency bundle with no behaviour, below services and fiscal so both can take it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
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

    @cached_property  # asked at every sale (the key is checked each time)
    def key_path(self) -> Path:
        """The café's private signing key, beside the database (owner-only permissions)."""
        return self.db_path.with_name(self.db_path.name + ".key")
