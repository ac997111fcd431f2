"""Handing a parcel over: find it (scan, pick-up code or part of the name), see its slot,
tick "pièce d'identité vérifiée" and its kind (never its number, never a copy), or the
third party's documents when the carrier allows it, then one tap.

``HandOverPanel`` is the Colis section's page; ``HandOverDialog`` wraps it for the sale
screen (a parcel handed over in the same visit as a purchase). Every rule (ID tick,
proxy, a parcel already handed over or returned) is the service's; refusals show as is.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cafe_pos.context import ServiceContext
from cafe_pos.domain.parcels import Collector, HandOverProof, IdKind, ParcelStatus, ProxyRule
from cafe_pos.domain.users import Actor
from cafe_pos.services import parcels
from cafe_pos.services.parcels import CarrierView, ParcelView
from cafe_pos.ui.parcels.models import (
    CARRIER,
    DUE,
    NAME,
    SLOT,
    STATUS,
    TRACKING,
    ParcelTableModel,
    id_kind_label,
    status_label,
)
from cafe_pos.ui.widgets.messages import call_service, require_actor, show_toast

PANEL_STYLE = """
#parcelSlot { font-size: 34pt; font-weight: 700; color: #00695c; }
#parcelWho { font-size: 17pt; font-weight: 600; }
#parcelProblem { color: #b71c1c; font-weight: 600; }
#handOverButton { min-height: 64px; font-size: 17pt; }
"""


def big_table(view: QTableView) -> None:
    """Rows tall enough for a finger, whole rows selected, last column stretched."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(46)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


class HandOverPanel(QWidget):
    """Search, choose, check the ID, hand over."""

    handed_over = Signal(object)  # ParcelView

    def __init__(
        self,
        ctx: ServiceContext,
        actor_provider: Callable[[], Actor | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("handOverPanel")
        self.setStyleSheet(PANEL_STYLE)
        self.ctx = ctx
        self.actor_provider = actor_provider
        self._carriers: dict[int, CarrierView] = {}
        self.current: ParcelView | None = None

        self.search = QLineEdit(self)
        self.search.setObjectName("handOverSearch")
        self.search.setPlaceholderText(
            self.tr("Scannez le colis ou le code du client, ou tapez une partie du nom")
        )
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.run_search)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.run_search)
        self.search.textEdited.connect(lambda _t: self._debounce.start())

        self.model = ParcelTableModel([SLOT, NAME, TRACKING, CARRIER, DUE, STATUS], parent=self)
        self.table = QTableView(self)
        self.table.setObjectName("handOverResults")
        self.table.setModel(self.model)
        big_table(self.table)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._select(current.row())
        )

        card = QFrame(self)
        card.setObjectName("handOverCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(card)
        self.slot_label = QLabel("—", card)
        self.slot_label.setObjectName("parcelSlot")
        self.slot_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.who_label = QLabel("", card)
        self.who_label.setObjectName("parcelWho")
        self.who_label.setWordWrap(True)
        self.detail_label = QLabel("", card)
        self.detail_label.setWordWrap(True)
        self.problem_label = QLabel("", card)
        self.problem_label.setObjectName("parcelProblem")
        self.problem_label.setWordWrap(True)

        self.recipient_radio = QRadioButton(self.tr("Le destinataire"), card)
        self.third_radio = QRadioButton(self.tr("Un tiers"), card)
        self.recipient_radio.setChecked(True)
        self.collector_group = QButtonGroup(self)
        self.collector_group.addButton(self.recipient_radio)
        self.collector_group.addButton(self.third_radio)
        self.third_radio.toggled.connect(self._refresh_proof)
        self.id_check = QCheckBox(self.tr("Pièce d'identité vérifiée"), card)
        self.id_check.setObjectName("idChecked")
        self.id_kind = QComboBox(card)
        self.id_kind.setObjectName("idKind")
        self.id_kind.addItem(self.tr("— type de pièce —"), None)
        for kind in IdKind:
            self.id_kind.addItem(id_kind_label(kind), kind.value)
        self.id_check.toggled.connect(self._on_id_ticked)
        self.recipient_id_check = QCheckBox(
            self.tr("Pièce d'identité originale du destinataire présentée"), card
        )
        self.proxy_check = QCheckBox(self.tr("Procuration écrite présentée"), card)
        self.code_check = QCheckBox(self.tr("Code de retrait vérifié"), card)
        self.code_check.setObjectName("pickupCodeChecked")
        self.hand_over_button = QPushButton(self.tr("Remettre le colis"), card)
        self.hand_over_button.setObjectName("handOverButton")
        self.hand_over_button.setProperty("kind", "primary")
        self.hand_over_button.clicked.connect(self.hand_over)
        hint = QLabel(self.tr("Ne notez jamais le numéro de la pièce, n'en faites pas de copie."))
        hint.setObjectName("pageHint")
        hint.setWordWrap(True)

        grid.addWidget(self.slot_label, 0, 0, 1, 2)
        grid.addWidget(self.who_label, 1, 0, 1, 2)
        grid.addWidget(self.detail_label, 2, 0, 1, 2)
        grid.addWidget(self.problem_label, 3, 0, 1, 2)
        grid.addWidget(self.recipient_radio, 4, 0)
        grid.addWidget(self.third_radio, 4, 1)
        grid.addWidget(self.id_check, 5, 0)
        grid.addWidget(self.id_kind, 5, 1)
        grid.addWidget(self.recipient_id_check, 6, 0, 1, 2)
        grid.addWidget(self.proxy_check, 7, 0, 1, 2)
        grid.addWidget(self.code_check, 8, 0, 1, 2)
        grid.addWidget(hint, 9, 0, 1, 2)
        grid.setRowStretch(10, 1)
        grid.addWidget(self.hand_over_button, 11, 0, 1, 2)

        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.table, 1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(left, 3)
        row.addWidget(card, 2)
        self._select(-1)

    # -- data -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the carriers and show the parcels on the shelf (or the current search)."""
        carriers = call_service(
            self, lambda: parcels.list_carriers(self.ctx, include_inactive=True)
        )
        self._carriers = {c.id: c for c in carriers or []}
        self.model.today = self.ctx.clock.now().date()
        self.run_search()

    def run_search(self) -> None:
        self._debounce.stop()
        text = self.search.text().strip()
        if text:
            found = call_service(self, lambda: parcels.find(self.ctx, text, open_only=False))
        else:
            found = call_service(self, lambda: parcels.on_shelf(self.ctx))
        rows = [p for p in (found or []) if p.kind.value == "inbound"]
        # still here first, then the others (they say why they cannot be handed over)
        rows.sort(key=lambda p: p.status != ParcelStatus.RECEIVED)
        self.model.set_rows(rows)
        if rows:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self._select(0)
        else:
            self._select(-1)
            if text:
                self.problem_label.setText(
                    self.tr("Aucun colis ne correspond à « {0} »").format(text)
                )

    def _select(self, index: int) -> None:
        self.current = self.model.row(index) if 0 <= index < self.model.rowCount() else None
        parcel = self.current
        self.id_check.setChecked(False)
        self.id_kind.setCurrentIndex(0)
        self.recipient_radio.setChecked(True)
        for box in (self.recipient_id_check, self.proxy_check, self.code_check):
            box.setChecked(False)
        if parcel is None:
            self.slot_label.setText("—")
            self.who_label.setText(self.tr("Choisissez un colis"))
            self.detail_label.setText("")
            self.problem_label.setText("")
            self.hand_over_button.setEnabled(False)
            self._refresh_proof()
            return
        self.slot_label.setText(parcel.slot or "—")
        self.who_label.setText(parcel.recipient_name or self.tr("(nom effacé)"))
        due = f"{parcel.return_due:%d/%m/%Y}" if parcel.return_due else "—"
        self.detail_label.setText(
            self.tr("{0} · {1} · à retourner le {2}").format(
                parcel.carrier_name, parcel.tracking, due
            )
        )
        if parcel.status is ParcelStatus.RECEIVED:
            self.problem_label.setText("")
        else:
            closed = f"{parcel.closed_at:%d/%m/%Y}" if parcel.closed_at else ""
            self.problem_label.setText(
                self.tr("Ce colis n'est plus là : {0} le {1}").format(
                    status_label(parcel.status).lower(), closed
                )
            )
        self.hand_over_button.setEnabled(True)
        self._refresh_proof()

    def _carrier(self) -> CarrierView | None:
        return None if self.current is None else self._carriers.get(self.current.carrier_id)

    def _refresh_proof(self) -> None:
        carrier = self._carrier()
        proxy = carrier.rules.proxy if carrier else ProxyRule.NONE
        third = self.third_radio.isChecked()
        self.third_radio.setEnabled(proxy is not ProxyRule.NONE)
        self.recipient_id_check.setVisible(
            third and proxy in (ProxyRule.RECIPIENT_ID, ProxyRule.BOTH_IDS)
        )
        self.proxy_check.setVisible(third and proxy is ProxyRule.WRITTEN_PROXY)
        self.code_check.setVisible(bool(carrier and carrier.rules.pickup_code) and not third)

    def _on_id_ticked(self, ticked: bool) -> None:
        if ticked and self.id_kind.currentIndex() == 0:
            self.id_kind.setCurrentIndex(1)  # the usual one: carte d'identité

    def proof(self) -> HandOverProof:
        kind = self.id_kind.currentData()
        return HandOverProof(
            collector=Collector.THIRD_PARTY
            if self.third_radio.isChecked()
            else Collector.RECIPIENT,
            id_checked=self.id_check.isChecked(),
            id_kind=None if kind is None else IdKind(kind),
            pickup_code_ok=self.code_check.isVisible() and self.code_check.isChecked(),
            recipient_id_seen=self.recipient_id_check.isVisible()
            and self.recipient_id_check.isChecked(),
            written_proxy_seen=self.proxy_check.isVisible() and self.proxy_check.isChecked(),
        )

    def hand_over(self) -> None:
        parcel = self.current
        if parcel is None:
            return
        proof = self.proof()
        done = call_service(
            self,
            lambda: parcels.hand_over(
                self.ctx, require_actor(self.actor_provider), parcel.id, proof
            ),
        )
        if done is None:
            return
        QApplication.beep()
        show_toast(
            self,
            self.tr("Colis {0} remis (emplacement {1})").format(done.tracking, parcel.slot or "—"),
        )
        self.search.clear()
        self.handed_over.emit(done)
        self.refresh()
        self.search.setFocus()


class HandOverDialog(QDialog):
    """The hand-over panel over the sale screen: the purchase waits, then goes on."""

    def __init__(
        self,
        ctx: ServiceContext,
        actor_provider: Callable[[], Actor | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("handOverDialog")
        self.setWindowTitle(self.tr("Remettre un colis"))
        self.panel = HandOverPanel(ctx, actor_provider, self)
        close = QPushButton(self.tr("Fermer et revenir à la vente"), self)
        close.setObjectName("handOverClose")
        close.clicked.connect(self.accept)
        self.panel.handed_over.connect(lambda _p: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(close)
        self.resize(1000, 620)
        self.panel.refresh()
        self.panel.search.setFocus()
