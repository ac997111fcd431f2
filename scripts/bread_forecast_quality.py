"""Measure the bread suggestion against a naive "same as last week" forecast over a
simulated quarter (after a few weeks of warm-up), on a fresh demo café.

Usage: python scripts/bread_forecast_quality.py [--days 126] [--quarter 91] [--start 2026-01-05]
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
from pathlib import Path

from cafe_pos.demo import create_demo_database
from cafe_pos.domain.clock import PARIS, FixedClock
from cafe_pos.domain.users import Actor, Role
from cafe_pos.services import alcohol_config
from cafe_pos.services.simulate import simulate
from cafe_pos.services.simulate_bread import forecast_quality


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--days", type=int, default=126)
    parser.add_argument("--quarter", type=int, default=91)
    parser.add_argument("--start", default="2026-01-05")
    args = parser.parse_args()
    start = dt.date.fromisoformat(args.start)
    with tempfile.TemporaryDirectory() as folder:
        clock = FixedClock(
            dt.datetime.combine(start - dt.timedelta(days=1), dt.time(8), tzinfo=PARIS)
        )
        ctx = create_demo_database(Path(folder) / "cafe.db", clock=clock)
        # the simulated evening tabs can run late: keep the legal hours from blocking them
        manager = Actor(None, "mesure", Role.MANAGER)
        alcohol_config.set_weekly_hours(ctx, manager, dict.fromkeys(range(7), "06:00-05:30"))
        report = simulate(ctx, args.days, seed=7, start=start)
        print(report.summary())
        last = start + dt.timedelta(days=args.days - 1)
        first = last - dt.timedelta(days=args.quarter - 1)
        q = forecast_quality(ctx, first, last)
        print(
            f"Quarter {first} .. {last}: {q.days} days, {q.product_days} product-days, demand {q.demand}"
        )
        print(
            f"  vs true demand : suggestion WAPE {q.suggestion_wape:.1%}  naive WAPE {q.naive_wape:.1%}"
        )
        print(
            f"  vs counter sold: suggestion WAPE {q.suggestion_wape_sold:.1%}  naive WAPE {q.naive_wape_sold:.1%}"
        )
        print(f"  unsold rate {q.unsold_rate:.1%}")


if __name__ == "__main__":
    main()
