"""Losses (démarque): scan or search the article, type the quantity, tap the reason —
one tap records it, valued at cost. Beside it, "à retirer / à solder": lots whose DLC or
DDM falls in the next days (or is past), withdrawn in one tap; and the month's losses by
reason."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cafe_pos.context import ServiceContext
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.money import format_eur, parse_quantity
from cafe_pos.domain.stock import LOSS_CHOICES
from cafe_pos.services import stock, stock_checks, stock_deliveries
from cafe_pos.services.stock import LossResult
from cafe_pos.services.stock_checks import ExpiringLot
from cafe_pos.services.stock_deliveries import ReceptionItem
from cafe_pos.ui.stock.common import (
    ActorProvider,
    ScanField,
    StockPage,
    big_button,
    selected_source_row,
    table_view,
)
from cafe_pos.ui.stock.models import ExpiringModel, loss_label
from cafe_pos.ui.widgets.messages import error_text, show_toast


class LossesPage(StockPage):
    def __init__(
        self, ctx: ServiceContext, actor_provider: ActorProvider, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, actor_provider, parent)
        self.item: ReceptionItem | None = None
        self.last_loss: LossResult | None = None
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.scan = ScanField(self.tr("Scannez l'article perdu, cassé, périmé…"), self)
        self.scan.scanned.connect(self.scan_code)
        left.addWidget(self.scan)
        self.item_label = QLabel(self.tr("Aucun article choisi"), self)
        self.item_label.setObjectName("pageTitle")
        self.item_label.setWordWrap(True)
        left.addWidget(self.item_label)
        self.qty = QLineEdit("1", self)
        left.addWidget(self.qty)
        grid = QGridLayout()
        self.reason_buttons = {}
        for i, reason in enumerate(LOSS_CHOICES):
            button = big_button(loss_label(reason), self, name=f"loss_{reason}")
            button.clicked.connect(lambda _c=False, r=reason: self.record(r))
            grid.addWidget(button, i, 0)
            self.reason_buttons[str(reason)] = button
        left.addLayout(grid)
        self.message = QLabel(self)
        self.message.setObjectName("warningLabel")
        self.message.setWordWrap(True)
        left.addWidget(self.message)
        self.month_label = QLabel(self)
        self.month_label.setWordWrap(True)
        left.addWidget(self.month_label)
        left.addStretch(1)
        layout.addLayout(left, 2)
        right = QVBoxLayout()
        title = QLabel(self.tr("À retirer / à solder"), self)
        title.setObjectName("pageTitle")
        right.addWidget(title)
        self.expiring_model = ExpiringModel(self)
        self.expiring = table_view(self, self.expiring_model, name_width=170)
        right.addWidget(self.expiring, 1)
        self.withdraw_button = big_button(self.tr("Retirer le lot (démarque)"), self)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        right.addWidget(self.withdraw_button)
        layout.addLayout(right, 3)

    def reload(self) -> None:
        lots = self.call(lambda: stock_checks.expiring_lots(self.ctx))
        if lots is not None:
            self.expiring_model.set_rows(lots)
        today = self.ctx.clock.now().date()
        first = today.replace(day=1)
        lines = self.call(lambda: stock.losses_by_reason(self.ctx, first, today)) or []
        total = sum(ln.value_cents for ln in lines)
        pair = self.tr("{0} : {1}")  # no space before the colon in English
        parts = [pair.format(loss_label(ln.reason), format_eur(ln.value_cents)) for ln in lines]
        self.month_label.setText(
            self.tr("Démarque du mois : {0}").format(format_eur(total))
            + ("\n" + "\n".join(parts) if parts else "")
        )
        self.scan.setFocus()

    def scan_code(self, text: str) -> None:
        item = self.call(lambda: stock_deliveries.reception_item(self.ctx, text))
        if item is None:
            return
        self.item = item
        self.item_label.setText(item.name)
        self.message.setText("")

    def record(self, reason: str) -> LossResult | None:
        actor = self.actor()
        if actor is None:
            return None
        if self.item is None:
            self.message.setText(self.tr("Scannez d'abord l'article"))
            return None
        item = self.item
        try:
            qty = parse_quantity(self.qty.text(), max_units=99_999)
            loss = stock.record_loss(self.ctx, actor, item.product_id, qty, reason)
        except UserError as exc:
            self.message.setText(error_text(exc))
            return None
        self.last_loss = loss
        self.qty.setText("1")
        show_toast(
            self,
            self.tr("Démarque enregistrée : {0} ({1} au prix de revient)").format(
                item.name, format_eur(loss.value_cents)
            ),
        )
        self.changed.emit()
        self.reload()
        return loss

    def withdraw_selected(self) -> None:
        row = selected_source_row(self.expiring)
        if row is None:
            self.message.setText(self.tr("Choisissez un lot dans la liste"))
            return
        lot: ExpiringLot = self.expiring_model.row_at(row)
        actor = self.actor()
        if actor is None:
            return
        done = self.call(
            lambda: stock_checks.withdraw_expired_lot(
                self.ctx, actor, lot.product_id, lot.lot_id, lot.remaining_milli
            )
        )
        if done is not None:
            show_toast(self, self.tr("Lot retiré : {0}").format(lot.name))
            self.changed.emit()
            self.reload()
