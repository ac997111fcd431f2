"""What runs after each committed closure (the automatic backup, registered by the
composition root): a light registry, so that installing a hook as a database is opened
imports neither the closing nor what the hook needs (both load at the first closure)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cafe_pos.context import ServiceContext

# hook(ctx, closure): the closure is the closing's ``ClosureView`` (not imported here)
AfterClosure = Callable[[ServiceContext, Any], None]
_HOOKS: list[AfterClosure] = []


def register(hook: AfterClosure) -> None:
    """Run ``hook(ctx, closure)`` after each committed closure (once, however often it is
    registered)."""
    if hook not in _HOOKS:
        _HOOKS.append(hook)


def registered() -> tuple[AfterClosure, ...]:
    return tuple(_HOOKS)
