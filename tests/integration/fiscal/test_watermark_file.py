"""The high-water mark file is kept mapped by the till (one copy per sale) yet always
written to the file that bears its name: removed, it comes back at the next sale; replaced,
the new file gets the mark; cut short in place, the till neither dies nor loses the mark;
owner-only."""

from __future__ import annotations

import os
import stat

from fiscal_factory import COFFEE, sell

from cafe_pos.context import ServiceContext
from cafe_pos.fiscal import watermark


def _position(ctx: ServiceContext) -> int:
    mark = watermark.read_mark(ctx.db_path)
    assert mark is not None
    return mark.position


def test_each_sale_moves_the_mark_on_the_file_that_bears_its_name(ctx: ServiceContext) -> None:
    path = watermark.mark_path(ctx.db_path)
    sell(ctx, [COFFEE])
    first = _position(ctx)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    sell(ctx, [COFFEE])
    assert _position(ctx) == first + 1  # the kept file is written in place

    path.unlink()  # removed while the till runs
    sell(ctx, [COFFEE])
    assert _position(ctx) == first + 2
    assert stat.S_IMODE(path.stat().st_mode) == 0o600

    other = path.with_name("other.hwm")  # replaced by another file under the same name
    other.write_bytes(b" " * watermark.SIZE)
    os.replace(other, path)
    sell(ctx, [COFFEE])
    assert _position(ctx) == first + 3
    assert path.stat().st_size == watermark.SIZE


def test_a_mark_file_cut_short_in_place_is_written_whole_again(ctx: ServiceContext) -> None:
    # Writing through a map past the end of its file kills the process (SIGBUS): a mark
    # emptied or truncated in place (same file) must be seen before the next sale writes.
    path = watermark.mark_path(ctx.db_path)
    sell(ctx, [COFFEE])
    first = _position(ctx)
    for size in (0, 10):
        with path.open("r+b") as handle:
            handle.truncate(size)
        sell(ctx, [COFFEE])
        assert path.stat().st_size == watermark.SIZE
    assert _position(ctx) == first + 2


def test_forgetting_a_database_closes_its_mark_file(ctx: ServiceContext) -> None:
    sell(ctx, [COFFEE])
    key = str(watermark.mark_path(ctx.db_path))
    assert key in watermark._OPEN
    watermark.forget(ctx.db_path)
    assert key not in watermark._OPEN
    sell(ctx, [COFFEE])
    assert _position(ctx) > 0
