"""A4 PDFs of the press: the distributor's statement and the list of returns to send back.

Built from plain values (the domain's ``Statement`` and rows of strings), with the café's
identity on every page like the Z report, so the manager can check it against the
distributor's own statement and give it to the accountant.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.platypus import Flowable, Paragraph, Spacer

from cafe_pos.domain.formatting import date_fr
from cafe_pos.domain.money import format_eur
from cafe_pos.domain.press import Statement
from cafe_pos.reports.content import Section
from cafe_pos.reports.fonts import report_fonts
from cafe_pos.reports.pdf_common import (
    PageHeader,
    Styles,
    build_document,
    escape,
    section_table,
)


@dataclass(frozen=True, slots=True)
class CafeHeader:
    name: str
    address: str
    siret: str
    register: str


@dataclass(frozen=True, slots=True)
class ReturnRow:
    title: str
    number: str
    deadline: dt.date
    copies: int
    price_cents: int


def _build(
    path: Path,
    header: CafeHeader,
    title: str,
    subtitle: str,
    printed_at: dt.datetime,
    sections: Sequence[Section],
    notes: Sequence[str] = (),
) -> Path:
    styles = Styles(report_fonts())
    story: list[Flowable] = [
        Paragraph(escape(title), styles.title),
        Paragraph(escape(subtitle), styles.subtitle),
        Spacer(1, 6),
    ]
    story += [section_table(section, styles) for section in sections]
    story += [Paragraph(escape(note), styles.body) for note in notes]
    ids = f"SIRET {header.siret}" if header.siret else ""
    page = PageHeader(header.name, header.address, ids, header.register, printed_at, title)
    return build_document(path, page, story)


def statement_sections(statement: Statement) -> list[Section]:
    rows = tuple(
        (
            line.title,
            line.issue,
            format_eur(line.price_cents),
            str(line.supplied),
            str(line.returned),
            str(line.sold),
            format_eur(line.takings_cents),
            format_eur(line.commission_cents),
            format_eur(line.due_cents),
        )
        for line in statement.lines
    )
    total = (
        "Total",
        "",
        "",
        str(sum(line.supplied for line in statement.lines)),
        str(sum(line.returned for line in statement.lines)),
        str(sum(line.sold for line in statement.lines)),
        format_eur(statement.takings_cents),
        format_eur(statement.commission_cents),
        format_eur(statement.due_cents),
    )
    detail = Section(
        "Détail par parution",
        ("Titre", "N°", "Prix", "Livrés", "Rendus", "Vendus", "Ventes", "Comm.", "Dû"),
        rows,
        total,
    )
    summary = Section(
        "Résumé",
        ("", ""),
        (
            ("Ventes encaissées pour le distributeur", format_eur(statement.takings_cents)),
            ("Commission du diffuseur (chiffre d'affaires du café)", format_eur(
                statement.commission_cents
            )),
            ("Montant dû au distributeur", format_eur(statement.due_cents)),
        ),
    )  # fmt: skip
    return [summary, detail]


def write_statement_pdf(
    statement: Statement, header: CafeHeader, printed_at: dt.datetime, path: Path
) -> Path:
    title = f"Relevé presse — {statement.distributor}"
    subtitle = f"Du {date_fr(statement.first)} au {date_fr(statement.last)}"
    notes = (
        "Les ventes de presse sont encaissées pour le compte du distributeur (mandat) : "
        "seule la commission est le chiffre d'affaires du café.",
    )
    return _build(path, header, title, subtitle, printed_at, statement_sections(statement), notes)


def write_returns_pdf(
    rows: Sequence[ReturnRow], day: dt.date, header: CafeHeader, printed_at: dt.datetime, path: Path
) -> Path:
    section = Section(
        "Invendus à rendre",
        ("Titre", "N°", "Date limite", "Exemplaires", "Prix"),
        tuple(
            (r.title, r.number, date_fr(r.deadline), str(r.copies), format_eur(r.price_cents))
            for r in rows
        ),
        ("Total", "", "", str(sum(r.copies for r in rows)), ""),
    )
    return _build(
        path,
        header,
        f"Retours presse du {date_fr(day)}",
        "Exemplaires à remettre au livreur avec le bordereau de retour",
        printed_at,
        [section],
    )
