"""Réglages → Catalogue du réseau: what HQ's network catalogue brings that the café's own
catalogue does not have yet (new products, a new suggested price, VAT or category, new
purchase price caps), applied product by product or all at once.

Nothing changes by itself: the manager presses a button. A price the manager set
themselves is shown beside the suggested one and applying it asks which to keep. "Vérifier
maintenant" pulls HQ's current version on a worker thread (the till never waits for HQ).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cafe_pos.context import ServiceContext
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.money import format_eur
from cafe_pos.domain.network_catalogue import Proposal
from cafe_pos.domain.users import Actor
from cafe_pos.domain.vat import format_rate
from cafe_pos.services import network_catalogue
from cafe_pos.services.network_catalogue import MINE, NETWORK, Review, Withdrawn
from cafe_pos.ui.widgets.messages import error_text, require_actor, show_error, show_toast
from cafe_pos.ui.widgets.rows_model import RowsModel
from cafe_pos.ui.widgets.worker import run_off_thread

translate = QCoreApplication.translate
ModelIndex = QModelIndex | QPersistentModelIndex
CHOICE_BACKGROUND = QColor("#fff3e0")
WITHDRAWN_PRODUCT, WITHDRAWN_PRICE = range(2)  # the columns of the withdrawn products


def _vat(onsite: int, takeaway: int) -> str:
    if onsite == takeaway:
        return f"{format_rate(onsite)} %"
    return translate("network", "{0} % sur place, {1} % à emporter").format(
        format_rate(onsite), format_rate(takeaway)
    )


def change_text(p: Proposal) -> str:
    """The proposal in words, one change per line."""
    n = p.network
    lines: list[str] = []
    if p.is_new:
        lines.append(
            translate("network", "Nouveau produit · {0} · TVA {1}").format(
                n.category or translate("network", "sans catégorie"),
                _vat(n.vat_onsite_bp, n.vat_takeaway_bp),
            )
        )
    if p.price_changed:
        if p.manager_price:
            lines.append(
                translate("network", "Prix fixé par vous : {0} — le réseau conseille {1}").format(
                    format_eur(p.cafe_price_cents or 0), format_eur(n.suggested_price_cents)
                )
            )
        else:
            lines.append(
                translate("network", "Prix conseillé : {0} → {1}").format(
                    format_eur(p.cafe_price_cents or 0), format_eur(n.suggested_price_cents)
                )
            )
    if p.vat_changed and p.cafe_vat is not None:
        lines.append(
            translate("network", "TVA : {0} → {1}").format(
                _vat(*p.cafe_vat), _vat(n.vat_onsite_bp, n.vat_takeaway_bp)
            )
        )
    if p.category_changed:
        lines.append(
            translate("network", "Catégorie : {0} → {1}").format(
                p.cafe_category or translate("network", "aucune"), n.category
            )
        )
    for cap in p.cap_changes:
        if cap.after_cents is None:
            text = translate("network", "Plafond d'achat {0} : supprimé").format(cap.supplier)
        elif cap.before_cents is None:
            text = translate("network", "Plafond d'achat {0} : {1} HT").format(
                cap.supplier, format_eur(cap.after_cents)
            )
        else:
            text = translate("network", "Plafond d'achat {0} : {1} → {2} HT").format(
                cap.supplier, format_eur(cap.before_cents), format_eur(cap.after_cents)
            )
        lines.append(text)
    return "\n".join(lines)


class ProposalModel(QAbstractTableModel):
    COL_PRODUCT, COL_CHANGE, COL_MINE, COL_NETWORK = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Proposal] = []
        self.headers = [
            translate("network", "Produit"),
            translate("network", "Ce qui change"),
            translate("network", "Votre prix"),
            translate("network", "Prix conseillé"),
        ]

    def set_rows(self, rows: Sequence[Proposal]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Proposal:
        return self._rows[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_PRODUCT:
                return (
                    p.name if not p.is_new else translate("network", "{0} (nouveau)").format(p.name)
                )
            if column == self.COL_CHANGE:
                return change_text(p)
            if column == self.COL_MINE:
                return format_eur(p.cafe_price_cents) if p.cafe_price_cents is not None else "—"
            return format_eur(p.network.suggested_price_cents)
        if role == Qt.ItemDataRole.BackgroundRole and p.needs_choice:
            return QBrush(CHOICE_BACKGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.COL_MINE,
            self.COL_NETWORK,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class _Pulled(QObject):
    finished = Signal(str, bool)


class NetworkCataloguePage(QWidget):
    applied = Signal()

    def __init__(
        self,
        ctx: ServiceContext,
        actor_provider: Callable[[], Actor | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("networkCataloguePage")
        self.ctx = ctx
        self.actor_provider = actor_provider
        self.review: Review | None = None
        self.price_box: QMessageBox | None = None
        self._choices: dict[str, str] = {}
        self.status_label = QLabel(self)
        self.status_label.setObjectName("networkStatus")
        self.status_label.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("formErrors")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.model = ProposalModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("networkProposals")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ProposalModel.COL_PRODUCT, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ProposalModel.COL_CHANGE, QHeaderView.ResizeMode.Stretch)
        for column in (ProposalModel.COL_MINE, ProposalModel.COL_NETWORK):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(ProposalModel.COL_PRODUCT, 220)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("pageHint")
        self.empty_label.setWordWrap(True)
        self.check_button = QPushButton(self.tr("Vérifier maintenant"), self)
        self.check_button.setObjectName("networkCheck")
        self.check_button.clicked.connect(self.check_now)
        self.apply_one_button = QPushButton(self.tr("Appliquer ce produit"), self)
        self.apply_one_button.setObjectName("networkApplyOne")
        self.apply_one_button.clicked.connect(self.apply_selected)
        self.apply_all_button = QPushButton(self.tr("Tout appliquer"), self)
        self.apply_all_button.setObjectName("networkApplyAll")
        self.apply_all_button.setProperty("kind", "primary")
        self.apply_all_button.clicked.connect(self.apply_all)
        self._pulled = _Pulled(self)
        self._pulled.finished.connect(self._check_done)
        self.withdrawn_label = QLabel(self)
        self.withdrawn_label.setObjectName("sectionTitle")
        self.withdrawn_label.setWordWrap(True)
        self.withdrawn_model: RowsModel[Withdrawn] = RowsModel(
            [
                (translate("network", "Produit"), lambda w: w.name),
                (translate("network", "Votre prix"), lambda w: format_eur(w.price_cents)),
            ],
            numeric=(WITHDRAWN_PRICE,),
        )
        self.withdrawn_table = QTableView(self)
        self.withdrawn_table.setObjectName("networkWithdrawn")
        self.withdrawn_table.setModel(self.withdrawn_model)
        self.withdrawn_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.withdrawn_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.withdrawn_table.verticalHeader().hide()
        withdrawn_header = self.withdrawn_table.horizontalHeader()
        withdrawn_header.setSectionResizeMode(WITHDRAWN_PRODUCT, QHeaderView.ResizeMode.Stretch)
        withdrawn_header.setSectionResizeMode(
            WITHDRAWN_PRICE, QHeaderView.ResizeMode.ResizeToContents
        )
        self.archive_button = QPushButton(self.tr("Archiver ce produit"), self)
        self.archive_button.setObjectName("networkArchiveWithdrawn")
        self.archive_button.clicked.connect(lambda: self.settle_selected(archive=True))
        self.keep_button = QPushButton(self.tr("Le garder comme produit du café"), self)
        self.keep_button.setObjectName("networkKeepWithdrawn")
        self.keep_button.clicked.connect(lambda: self.settle_selected(archive=False))

        hint = QLabel(
            self.tr(
                "Le siège publie le catalogue du réseau : produits de référence, prix conseillés "
                "et prix d'achat plafonnés négociés avec les fournisseurs. Rien ne change dans "
                "votre catalogue sans votre accord ; un prix que vous avez fixé n'est remplacé "
                "que si vous le choisissez."
            ),
            self,
        )
        hint.setObjectName("pageHint")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(hint)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        row = QHBoxLayout()
        row.addWidget(self.check_button)
        row.addStretch(1)
        row.addWidget(self.apply_one_button)
        row.addWidget(self.apply_all_button)
        layout.addLayout(row)
        self.withdrawn_box = QWidget(self)
        withdrawn = QVBoxLayout(self.withdrawn_box)
        withdrawn.setContentsMargins(0, 8, 0, 0)
        withdrawn.addWidget(self.withdrawn_label)
        withdrawn.addWidget(self.withdrawn_table, 1)
        withdrawn_row = QHBoxLayout()
        withdrawn_row.addStretch(1)
        withdrawn_row.addWidget(self.keep_button)
        withdrawn_row.addWidget(self.archive_button)
        withdrawn.addLayout(withdrawn_row)
        layout.addWidget(self.withdrawn_box, 1)
        layout.addStretch(0)
        self.reload()

    # -- reading -------------------------------------------------------------------------
    def reload(self) -> None:
        try:
            review = network_catalogue.review(self.ctx)
        except UserError as exc:
            self.error_label.setText(error_text(exc))
            self.error_label.show()
            return
        self.review = review
        self._choices = {k: v for k, v in self._choices.items() if k in self._references()}
        self.model.set_rows(review.proposals)
        if review.version == 0:
            status = self.tr("Aucun catalogue du réseau reçu pour l'instant.")
        else:
            published = review.published_at.strftime("%d/%m/%Y") if review.published_at else "—"
            received = review.received_at.strftime("%d/%m/%Y %H:%M") if review.received_at else "—"
            status = self.tr(
                "Version {0} du catalogue du réseau ({1} produits), publiée le {2}, reçue le {3}."
            ).format(review.version, review.network_products, published, received)
            if review.proposals:
                status += " " + self.tr("{0} changement(s) à examiner.").format(
                    len(review.proposals)
                )
        self.status_label.setText(status)
        if review.last_error:
            self.error_label.setText(
                self.tr("Dernière vérification auprès du siège : {0}").format(review.last_error)
            )
            self.error_label.show()
        else:
            self.error_label.hide()
        has_rows = bool(review.proposals)
        self.table.setVisible(has_rows)
        self.empty_label.setVisible(not has_rows)
        self.empty_label.setText(
            self.tr("Votre catalogue est à jour avec celui du réseau.")
            if review.version
            else self.tr("Le catalogue arrive avec la synchronisation quotidienne du siège.")
        )
        self.apply_one_button.setEnabled(has_rows)
        self.apply_all_button.setEnabled(has_rows)
        if has_rows and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        self.withdrawn_model.set_rows(review.withdrawn)
        self.withdrawn_box.setVisible(bool(review.withdrawn))
        self.withdrawn_label.setText(
            self.tr(
                "Retirés du catalogue du réseau ({0}) : toujours en vente chez vous. "
                "Archivez-les, ou gardez-les comme produits du café."
            ).format(len(review.withdrawn))
        )
        if review.withdrawn:
            self.withdrawn_table.selectRow(0)

    def _references(self) -> list[str]:
        return [p.reference for p in (self.review.proposals if self.review else ())]

    def selected(self) -> Proposal | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    # -- applying ------------------------------------------------------------------------
    def apply_selected(self) -> None:
        proposal = self.selected()
        if proposal is None:
            show_error(self, self.tr("Choisissez un produit dans la liste"))
            return
        self._apply([proposal.reference])

    def apply_all(self) -> None:
        self._apply(self._references())

    def _apply(self, references: list[str]) -> None:
        """Ask for each manager-set price not decided yet, then apply in one call."""
        by_reference = {p.reference: p for p in (self.review.proposals if self.review else ())}
        for reference in references:
            proposal = by_reference.get(reference)
            if proposal is not None and proposal.needs_choice and reference not in self._choices:
                self._ask_price(proposal, references)
                return
        try:
            actor = require_actor(self.actor_provider)
            result = network_catalogue.apply(self.ctx, actor, references, dict(self._choices))
        except UserError as exc:
            show_error(self, exc)
            self.reload()
            return
        for reference in references:
            self._choices.pop(reference, None)
        parts = []
        if result.created:
            parts.append(self.tr("{0} produit(s) ajouté(s)").format(result.created))
        if result.updated:
            parts.append(self.tr("{0} produit(s) mis à jour").format(result.updated))
        if result.kept_prices:
            parts.append(self.tr("{0} prix gardé(s)").format(result.kept_prices))
        show_toast(self, self.tr("Catalogue du réseau appliqué : ") + ", ".join(parts))
        self.reload()
        self.applied.emit()

    def _ask_price(self, proposal: Proposal, references: list[str]) -> None:
        box = QMessageBox(self)
        box.setObjectName("networkPriceChoice")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Votre prix ou le prix conseillé ?"))
        box.setText(
            self.tr(
                "Vous avez fixé vous-même le prix de {0} à {1}. Le réseau conseille {2}. "
                "Quel prix voulez-vous pour ce produit ?"
            ).format(
                proposal.name,
                format_eur(proposal.cafe_price_cents or 0),
                format_eur(proposal.network.suggested_price_cents),
            )
        )
        keep = box.addButton(
            self.tr("Garder mon prix ({0})").format(format_eur(proposal.cafe_price_cents or 0)),
            QMessageBox.ButtonRole.AcceptRole,
        )
        keep.setObjectName("keepMine")
        take = box.addButton(
            self.tr("Prendre le prix conseillé ({0})").format(
                format_eur(proposal.network.suggested_price_cents)
            ),
            QMessageBox.ButtonRole.AcceptRole,
        )
        take.setObjectName("takeNetwork")
        box.addButton(self.tr("Annuler"), QMessageBox.ButtonRole.RejectRole)
        self.price_box = box

        def done(_code: int) -> None:
            self.price_box = None
            clicked = box.clickedButton()
            if clicked is keep:
                self._choices[proposal.reference] = MINE
            elif clicked is take:
                self._choices[proposal.reference] = NETWORK
            else:
                return  # cancelled: nothing applied
            self._apply(references)

        box.finished.connect(done)
        box.open()

    # -- withdrawn by HQ ------------------------------------------------------------------
    def selected_withdrawn(self) -> Withdrawn | None:
        rows = self.withdrawn_table.selectionModel().selectedRows()
        return self.withdrawn_model.row_at(rows[0].row()) if rows else None

    def settle_selected(self, *, archive: bool) -> None:
        chosen = self.selected_withdrawn()
        if chosen is None:
            show_error(self, self.tr("Choisissez un produit retiré dans la liste"))
            return
        try:
            actor = require_actor(self.actor_provider)
            network_catalogue.settle_withdrawn(self.ctx, actor, [chosen.reference], archive=archive)
        except UserError as exc:
            show_error(self, exc)
            self.reload()
            return
        show_toast(
            self,
            (
                self.tr("{0} archivé : il ne se vend plus")
                if archive
                else self.tr("{0} reste en vente comme produit du café")
            ).format(chosen.name),
        )
        self.reload()
        self.applied.emit()

    # -- pulling -------------------------------------------------------------------------
    def check_now(self) -> None:
        self.check_button.setEnabled(False)
        ctx, relay = self.ctx, self._pulled  # the thread holds these, never the page

        def deliver(result: object, ok: bool) -> None:
            if isinstance(result, network_catalogue.PullResult):
                relay.finished.emit(result.text(), not result.error)
            else:
                relay.finished.emit(str(result), False)

        run_off_thread("network-catalogue", lambda: network_catalogue.pull(ctx), deliver)

    def _check_done(self, message: str, ok: bool) -> None:
        self.check_button.setEnabled(True)
        show_toast(self, message, error=not ok)
        self.reload()
