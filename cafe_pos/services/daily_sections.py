"""The registry of the optional parts of HQ's daily message (stock, bread, parcels,
press): ``hq_daily`` reads it when a day is closed, the parts register into it.

Kept apart from ``hq_daily`` (which pulls the closing's figures) so that the composition
root can install the sections as a database is opened without importing the closing and
the whole sale path at start-up.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from cafe_pos.domain.hq_wire import OPTIONAL_SECTIONS

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from cafe_pos.context import ServiceContext

# An optional section: (ctx, session, business day) -> its JSON object, or None when the
# café has nothing of that kind that day.
SectionBuilder = Callable[["ServiceContext", "Session", dt.date], dict[str, Any] | None]
_SECTIONS: dict[str, SectionBuilder] = {}


def register_section(name: str, builder: SectionBuilder) -> None:
    """Let another part (stock, bread, parcels, press) add its section to the message."""
    if name not in OPTIONAL_SECTIONS:
        raise ValueError(f"unknown daily-message section {name!r}")
    _SECTIONS[name] = builder


def registered() -> dict[str, SectionBuilder]:
    """The sections registered so far, by name (in registration order)."""
    return dict(_SECTIONS)
