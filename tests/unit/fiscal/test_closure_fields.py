"""The closure's period figures are declared once (``canonical.PERIOD_FIGURES``): the
stored record, the tickets' totals, the table and the standalone verifier's CSV all follow
that one list, in its order."""

from __future__ import annotations

import dataclasses

from cafe_pos.fiscal import verify_archive
from cafe_pos.fiscal.canonical import (
    PERIOD_FIGURES,
    VAT_FIGURES,
    ClosureHeader,
    ClosureVatRow,
)
from cafe_pos.fiscal.totals import PeriodTotals, VatTotal
from cafe_pos.store.models.fiscal import Closure, ClosureVat


def test_the_period_figures_are_the_same_everywhere() -> None:
    columns = [f.column for f in PERIOD_FIGURES]
    header = list(ClosureHeader._fields)
    start = header.index(columns[0])
    assert header[start : start + len(columns)] == columns  # the record, in payload order
    totals = [f.name for f in dataclasses.fields(PeriodTotals)]
    assert all(column in totals for column in columns)
    closure_columns = set(Closure.__table__.columns.keys())
    assert set(header) <= closure_columns  # read back by name (records.load_closures)
    assert set(ClosureVatRow._fields) <= set(ClosureVat.__table__.columns.keys())
    assert set(VAT_FIGURES) <= set(ClosureVatRow._fields)
    assert set(VAT_FIGURES) <= {f.name for f in dataclasses.fields(VatTotal)}
    assert len({f.key for f in PERIOD_FIGURES}) == len(PERIOD_FIGURES)


def test_the_standalone_verifier_lists_them_in_the_same_order() -> None:
    """verify_archive.py imports nothing of cafe-pos (it is copied alone into every
    archive): its closures.csv columns are checked against the declaration here."""
    [(_, _, header, _)] = [c for c in verify_archive.CSV_FILES if c[0] == "closures.csv"]
    keys = [f.key for f in PERIOD_FIGURES]
    assert [k for k in header if k in keys] == [k for k in keys if k in header]
    assert {"tickets", "sales_cents", "refunds_cents", "total_cents"} <= set(header)
