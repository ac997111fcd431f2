"""A whole day at the counter in one app session: memory and speed must stay flat.

Rings up ``--sales`` (default 2,000) simple sales through the real sale screen and the
real payment dialog (three soft drinks, a 20 € note, Valider, Nouveau ticket), with a
round put on a tab through the tab chooser and paid from the tabs screen every 500 sales,
and a refund every 500 sales. Measures the process RSS after the first sale and at the
end, and the time per sale (median) over the first and the last 100 sales. The baseline
is the start of the same run: a day must end as it started (issue 11, item 19).

Targets: RSS at the end ≤ 1.2 × RSS after the first sale and < 250 MB; the last sales no
slower than 1.5 × the first ones.

Run: ``python tests/benchmarks/bench_counter_day.py [--sales 2000]`` (exit 1 off target),
or through ``make bench``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

from cafe_pos.domain.clock import PARIS, FixedClock
from cafe_pos.domain.users import Actor, Role

MANAGER = Actor(None, "Camille", Role.MANAGER)
RSS_RATIO_TARGET = 1.2
RSS_LIMIT_MB = 250.0
TIME_RATIO_TARGET = 1.5
WINDOW = 100


def rss_mb() -> float:
    """Resident memory of this process (Linux /proc)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _click(button: QPushButton) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def run(sales: int = 2000) -> dict[str, float]:
    from cafe_pos.demo import create_demo_database
    from cafe_pos.services import refunds
    from cafe_pos.ui.sale.payment_dialog import PaymentDialog
    from cafe_pos.ui.sale.sale_screen import SaleScreen
    from cafe_pos.ui.sale.tab_chooser import TabChooserDialog
    from cafe_pos.ui.tabs.tabs_screen import TabsScreen

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="bench-counter-day-"))
    clock = FixedClock(dt.datetime(2026, 11, 26, 11, 0, tzinfo=PARIS))
    ctx = create_demo_database(folder / "cafe.db", clock=clock)
    screen = SaleScreen(ctx, lambda: MANAGER)
    screen.resize(1280, 800)
    screen.show()
    tabs_screen = TabsScreen(ctx, lambda: MANAGER, sale_cart_provider=lambda: screen)
    tabs_screen.resize(1280, 800)
    app.processEvents()

    def settle() -> None:
        """What the event loop does between two taps: posted events, then the widgets
        closed or replaced (dialogs, the keys of the page left) are deleted."""
        app.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def round_of_softs() -> None:
        # each ticket starts on "Favoris": the cashier taps "Softs", then the drinks
        softs = [category.name for category in screen.keys.categories].index("Softs")
        _click(screen.keys.category_buttons[softs])
        for label in ("Coca", "Perrier", "Coca"):
            _click(screen.keys.button_for(label))

    def one_sale() -> int:
        round_of_softs()
        _click(screen.pay_button)
        dialog = screen.payment_dialog
        assert dialog is not None
        _click(dialog.note_buttons[2000])
        _click(dialog.validate_button)
        result = dialog.sale_result
        assert result is not None and result.ticket_number is not None
        _click(dialog.done_button)
        settle()
        return result.ticket_number

    def a_tab(index: int) -> None:
        round_of_softs()
        _click(screen.tab_button)
        chooser = screen.dialog
        assert isinstance(chooser, TabChooserDialog)
        chooser.new_edit.setText(f"Table {index}")
        chooser.try_accept()
        app.processEvents()
        tabs_screen.reload()
        tabs_screen.open_tab(tabs_screen.tile_for(f"Table {index}").view.id)
        tabs_screen.pay(selection=False)
        dialog = tabs_screen.dialog
        assert isinstance(dialog, PaymentDialog)
        dialog.add_exact_cash()
        _click(dialog.validate_button)
        dialog.accept()
        settle()

    timings: list[float] = []
    rss_first = 0.0
    for index in range(sales):
        started = time.perf_counter()
        number = one_sale()
        timings.append((time.perf_counter() - started) * 1000)
        if index == 0:
            gc.collect()
            rss_first = rss_mb()
        if index % 500 == 250:
            a_tab(index)
            refunds.refund(ctx, MANAGER, number, [(1, 1000)], "Erreur de saisie", "cash")
    app.processEvents()
    gc.collect()
    rss_end = rss_mb()
    screen.close()
    tabs_screen.close()
    return {
        "sales": float(sales),
        "rss_first_mb": rss_first,
        "rss_end_mb": rss_end,
        "ms_first": statistics.median(timings[:WINDOW]),
        "ms_last": statistics.median(timings[-WINDOW:]),
    }


def report(figures: dict[str, float]) -> tuple[str, bool]:
    rss_ratio = figures["rss_end_mb"] / figures["rss_first_mb"]
    time_ratio = figures["ms_last"] / figures["ms_first"]
    ok = (
        rss_ratio <= RSS_RATIO_TARGET
        and figures["rss_end_mb"] < RSS_LIMIT_MB
        and time_ratio <= TIME_RATIO_TARGET
    )
    text = (
        f"{int(figures['sales'])} sales through the sale screen and the payment dialog\n"
        f"RSS after the first sale {figures['rss_first_mb']:.0f} MB, at the end "
        f"{figures['rss_end_mb']:.0f} MB (x{rss_ratio:.2f}, target <= {RSS_RATIO_TARGET} "
        f"and < {RSS_LIMIT_MB:.0f} MB)\n"
        f"time per sale: first {WINDOW} {figures['ms_first']:.1f} ms, last {WINDOW} "
        f"{figures['ms_last']:.1f} ms (x{time_ratio:.2f}, target <= {TIME_RATIO_TARGET})"
    )
    return text, ok


def test_a_day_of_sales_keeps_memory_and_speed_flat() -> None:
    text, ok = report(run())
    print(text)
    assert ok, text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sales", type=int, default=2000)
    args = parser.parse_args(argv)
    text, ok = report(run(args.sales))
    print(text)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
