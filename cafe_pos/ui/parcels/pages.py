"""The Colis section's counter pages: reception (a burst of scans), returns of the day,
drop-offs (weighed on the scale when there is one) and the driver's visit.

A scan is a tracking number typed by the barcode reader followed by Enter. Each page
calls the parcels service and shows its French refusals; a check digit that does not
match asks once "Enregistrer quand même ?" (labels get damaged).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cafe_pos.context import ServiceContext
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.parcels import CheckDigitMismatch
from cafe_pos.domain.users import Actor
from cafe_pos.services import parcels
from cafe_pos.services.parcels import CarrierView, ParcelView, VisitResult
from cafe_pos.ui.parcels.handover import big_table
from cafe_pos.ui.parcels.models import (
    CARRIER,
    DUE,
    NAME,
    RECEIVED,
    SLOT,
    TRACKING,
    WEIGHT,
    ParcelTableModel,
)
from cafe_pos.ui.widgets.messages import call_service, error_text, require_actor, show_toast

if TYPE_CHECKING:
    from cafe_pos.devices.base import Scale

T = TypeVar("T")
ActorProvider = Callable[[], Actor | None]
ScaleProvider = Callable[[], "Scale | None"]


def ask_bad_check(parent: QWidget, message: str) -> bool:
    """ "La clé ne correspond pas": record anyway? (a modal question; labels get damaged)."""
    box = QMessageBox(parent)
    box.setObjectName("badCheckQuestion")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QApplication.translate("parcels", "Numéro douteux"))
    box.setText(message)
    keep = box.addButton(
        QApplication.translate("parcels", "Enregistrer quand même"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QApplication.translate("parcels", "Corriger"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is keep


def with_check_override(
    parent: QWidget,
    call: Callable[[bool], T],
    ask: Callable[[QWidget, str], bool] = ask_bad_check,
    on_error: Callable[[str], None] | None = None,
) -> T | None:
    """Run ``call(accept_bad_check)``; on a check-digit mismatch, ask, then retry once.
    A refusal shows as a toast (and goes to ``on_error``, e.g. a status line)."""
    refusal: UserError
    try:
        return call(False)
    except CheckDigitMismatch as mismatch:
        if not ask(parent, error_text(mismatch)):
            return None
        try:
            return call(True)
        except UserError as again:
            refusal = again
    except UserError as caught:
        refusal = caught
    text = error_text(refusal)
    show_toast(parent, text, error=True)
    if on_error is not None:
        on_error(text)
    return None


def carrier_combo(parent: QWidget, name: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.setMinimumWidth(280)
    return combo


def fill_carriers(combo: QComboBox, carriers: list[CarrierView], *, blank: str = "") -> None:
    current = combo.currentData()
    combo.clear()
    if blank:
        combo.addItem(blank, None)
    for carrier in carriers:
        combo.addItem(carrier.name, carrier.id)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))


def primary(button: QPushButton) -> QPushButton:
    button.setProperty("kind", "primary")
    button.setMinimumHeight(56)
    return button


# ---------------------------------------------------------------------------------------


class ReceptionPage(QWidget):
    """Scan, (carrier suggested), name as on the label, slot proposed, Enter: one line and
    a beep per parcel. The scan field gets the focus back for the next one."""

    received = Signal(object)  # ParcelView

    def __init__(
        self, ctx: ServiceContext, actor_provider: ActorProvider, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("receptionPage")
        self.ctx = ctx
        self.actor_provider = actor_provider
        self.ask = ask_bad_check
        self.scan = QLineEdit(self)
        self.scan.setObjectName("receptionScan")
        self.scan.setPlaceholderText(self.tr("Scannez l'étiquette (ou tapez le numéro)"))
        self.scan.returnPressed.connect(self._scanned)
        self.carrier = carrier_combo(self, "receptionCarrier")
        self.name = QLineEdit(self)
        self.name.setObjectName("receptionName")
        self.name.setPlaceholderText(self.tr("Nom tel qu'écrit sur l'étiquette"))
        self.name.returnPressed.connect(self.save)
        self.slot = QLineEdit(self)
        self.slot.setObjectName("receptionSlot")
        self.slot.setMaximumWidth(200)
        self.code = QLineEdit(self)
        self.code.setObjectName("receptionCode")
        self.code.setPlaceholderText(self.tr("si le transporteur en donne un"))
        self.code.setMaximumWidth(260)
        self.print_label = QCheckBox(self.tr("Imprimer l'étiquette d'emplacement"), self)
        self.save_button = primary(QPushButton(self.tr("Enregistrer (Entrée)"), self))
        self.save_button.setObjectName("receptionSave")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel("", self)
        self.status.setObjectName("receptionStatus")
        self.status.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("N° de suivi"), self.scan)
        form.addRow(self.tr("Transporteur"), self.carrier)
        form.addRow(self.tr("Destinataire"), self.name)
        slot_row = QHBoxLayout()
        slot_row.addWidget(self.slot)
        slot_row.addWidget(QLabel(self.tr("Code de retrait"), self))
        slot_row.addWidget(self.code)
        slot_row.addStretch(1)
        form.addRow(self.tr("Emplacement"), slot_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_label)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)

        self.model = ParcelTableModel([RECEIVED, SLOT, TRACKING, CARRIER, NAME, DUE], parent=self)
        self.table = QTableView(self)
        self.table.setObjectName("receptionLog")
        self.table.setModel(self.model)
        big_table(self.table)
        self.count_label = QLabel("", self)
        self.count_label.setObjectName("receptionCount")

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)
        self.session: list[ParcelView] = []
        self._update_count()

    def refresh(self) -> None:
        carriers = call_service(self, lambda: parcels.list_carriers(self.ctx)) or []
        fill_carriers(self.carrier, carriers)
        if not self.slot.text():
            self.slot.setText(call_service(self, lambda: parcels.propose_slot(self.ctx)) or "")
        self.scan.setFocus()

    def _scanned(self) -> None:
        text = self.scan.text()
        suggestion = call_service(self, lambda: parcels.suggest(self.ctx, text), toast=True)
        if suggestion is None:
            self._fail()
            return
        self.scan.setText(suggestion.tracking)
        if suggestion.carrier_ids:
            self.carrier.setCurrentIndex(max(self.carrier.findData(suggestion.carrier_ids[0]), 0))
        self.slot.setText(suggestion.slot)
        self.status.setText("")
        self.name.setFocus()
        self.name.selectAll()

    def save(self) -> None:
        if not self.scan.text().strip():
            self.scan.setFocus()
            return
        carrier_id = self.carrier.currentData()
        tracking, name, slot, code = (
            self.scan.text(),
            self.name.text(),
            self.slot.text(),
            self.code.text(),
        )

        def call(accept: bool) -> ParcelView:
            return parcels.receive(
                self.ctx,
                require_actor(self.actor_provider),
                tracking=tracking,
                carrier_id=int(carrier_id or 0),
                recipient_name=name,
                slot=slot or None,
                pickup_code=code or None,
                accept_bad_check=accept,
            )

        view = with_check_override(self, call, self.ask, self._show_refusal)
        if view is None:
            self._fail()
            return
        QApplication.beep()
        self.session.insert(0, view)
        self.model.set_rows(self.session)
        self.status.setText(
            self.tr("✔ {0} → emplacement {1}").format(view.tracking, view.slot or "—")
        )
        self.status.setProperty("error", False)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        if self.print_label.isChecked():
            call_service(self, lambda: parcels.print_slot_label(self.ctx, view), toast=True)
        self.scan.clear()
        self.name.clear()
        self.code.clear()
        self.slot.setText(call_service(self, lambda: parcels.propose_slot(self.ctx)) or "")
        self._update_count()
        self.received.emit(view)
        self.scan.setFocus()

    def _show_refusal(self, text: str) -> None:
        self.status.setText("✘ " + text)
        self.status.setProperty("error", True)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def _fail(self) -> None:
        QApplication.beep()
        self.scan.setFocus()
        self.scan.selectAll()

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("Reçus pendant cette réception : {0}").format(len(self.session))
        )


# ---------------------------------------------------------------------------------------


class ReturnsPage(QWidget):
    """Parcels to give back to the driver today (holding period over) and those that
    expire tomorrow (time to call the neighbour)."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("returnsPage")
        self.ctx = ctx
        self.due_title = QLabel("", self)
        self.due_title.setObjectName("pageTitle")
        self.due_model = ParcelTableModel([CARRIER, SLOT, TRACKING, NAME, DUE], parent=self)
        self.due_table = QTableView(self)
        self.due_table.setObjectName("returnsDue")
        self.due_table.setModel(self.due_model)
        big_table(self.due_table)
        self.tomorrow_title = QLabel("", self)
        self.tomorrow_title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.tomorrow_model = ParcelTableModel([CARRIER, SLOT, TRACKING, NAME, DUE], parent=self)
        self.tomorrow_table = QTableView(self)
        self.tomorrow_table.setObjectName("returnsTomorrow")
        self.tomorrow_table.setModel(self.tomorrow_model)
        big_table(self.tomorrow_table)
        hint = QLabel(
            self.tr("Les retours se remettent au chauffeur dans l'onglet « Chauffeur »."), self
        )
        hint.setObjectName("pageHint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.due_title)
        layout.addWidget(self.due_table, 3)
        layout.addWidget(self.tomorrow_title)
        layout.addWidget(self.tomorrow_table, 2)
        layout.addWidget(hint)

    def refresh(self) -> None:
        due = call_service(self, lambda: parcels.returns_due(self.ctx))
        if due is None:
            return
        self.due_model.today = self.tomorrow_model.today = due.today
        self.due_model.set_rows(due.due)
        self.tomorrow_model.set_rows(due.tomorrow)
        self.due_title.setText(self.tr("À retourner aujourd'hui : {0}").format(len(due.due)))
        self.tomorrow_title.setText(self.tr("Expirent demain : {0}").format(len(due.tomorrow)))


# ---------------------------------------------------------------------------------------


class _WeighSignals(QObject):
    weighed = Signal(int)
    failed = Signal(str)


class _Weigh(QRunnable):
    def __init__(self, scale: Scale, signals: _WeighSignals) -> None:
        super().__init__()
        self.scale, self.signals = scale, signals

    def run(self) -> None:
        from cafe_pos.devices.base import DeviceError

        try:
            grams = self.scale.weigh().grams
        except DeviceError as exc:
            self.signals.failed.emit(error_text(exc))
        except Exception as exc:  # a driver bug: a sentence, never a crash
            self.signals.failed.emit(str(exc))
        else:
            self.signals.weighed.emit(grams)


class DropOffPage(QWidget):
    """A prepaid parcel brought by a customer: scan, carrier, weight (the scale's, on a
    worker thread, or typed), optional sizes, then "Enregistrer le dépôt"."""

    dropped = Signal(object)

    def __init__(
        self,
        ctx: ServiceContext,
        actor_provider: ActorProvider,
        scale_provider: ScaleProvider,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dropOffPage")
        self.ctx = ctx
        self.actor_provider = actor_provider
        self.scale_provider = scale_provider
        self.ask = ask_bad_check
        self._signals = _WeighSignals()  # not a child: a late answer finds it alive
        self._signals.weighed.connect(self._on_weighed)
        self._signals.failed.connect(self._on_weigh_failed)
        self.scan = QLineEdit(self)
        self.scan.setObjectName("dropOffScan")
        self.scan.setPlaceholderText(self.tr("Scannez l'étiquette du colis à expédier"))
        self.scan.returnPressed.connect(self._scanned)
        self.carrier = carrier_combo(self, "dropOffCarrier")
        self.weight = QSpinBox(self)
        self.weight.setObjectName("dropOffWeight")
        self.weight.setRange(0, 100_000)
        self.weight.setSuffix(" g")
        self.weight.setSingleStep(100)
        self.weigh_button = QPushButton(self.tr("Peser sur la balance"), self)
        self.weigh_button.setObjectName("dropOffWeigh")
        self.weigh_button.clicked.connect(self.weigh)
        self.sizes = [QSpinBox(self) for _ in range(3)]
        for box in self.sizes:
            box.setRange(0, 400)
            box.setSuffix(" cm")
            box.setMaximumWidth(130)
        self.receipt = QCheckBox(self.tr("Imprimer un reçu de dépôt"), self)
        self.save_button = primary(QPushButton(self.tr("Enregistrer le dépôt"), self))
        self.save_button.setObjectName("dropOffSave")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel("", self)
        self.status.setObjectName("dropOffStatus")
        self.status.setWordWrap(True)
        self.limits = QLabel("", self)
        self.limits.setObjectName("pageHint")
        self.carrier.currentIndexChanged.connect(self._show_limits)
        self._carriers: dict[int, CarrierView] = {}

        weight_row = QHBoxLayout()
        weight_row.addWidget(self.weight)
        weight_row.addWidget(self.weigh_button)
        weight_row.addStretch(1)
        size_row = QHBoxLayout()
        for index, box in enumerate(self.sizes):
            if index:
                size_row.addWidget(QLabel("×", self))
            size_row.addWidget(box)
        size_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("N° de suivi"), self.scan)
        form.addRow(self.tr("Transporteur"), self.carrier)
        form.addRow(self.tr("Poids"), weight_row)
        form.addRow(self.tr("Taille (cm)"), size_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.receipt)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        self.model = ParcelTableModel([RECEIVED, TRACKING, CARRIER, WEIGHT, SLOT], parent=self)
        self.table = QTableView(self)
        self.table.setObjectName("dropOffList")
        self.table.setModel(self.model)
        big_table(self.table)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.limits)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(QLabel(self.tr("Dépôts en attente du chauffeur"), self))
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        carriers = call_service(self, lambda: parcels.list_carriers(self.ctx)) or []
        self._carriers = {c.id: c for c in carriers}
        fill_carriers(self.carrier, carriers)
        scale = self.scale_provider()
        self.weigh_button.setVisible(scale is not None)
        shelf = call_service(self, lambda: parcels.on_shelf(self.ctx)) or []
        self.model.set_rows([p for p in shelf if p.kind.value == "drop_off"])
        self._show_limits()
        self.scan.setFocus()

    def _show_limits(self) -> None:
        carrier = self._carriers.get(self.carrier.currentData() or 0)
        if carrier is None:
            self.limits.setText("")
            return
        rules = carrier.rules
        parts = []
        if rules.max_weight_g:
            parts.append(self.tr("{0} kg au plus").format(rules.max_weight_g // 1000))
        if rules.max_sum_cm:
            parts.append(self.tr("L + l + h ≤ {0} cm").format(rules.max_sum_cm))
        if rules.max_side_cm:
            parts.append(self.tr("côté ≤ {0} cm").format(rules.max_side_cm))
        self.limits.setText(
            self.tr("Limites {0} : {1}").format(rules.name, ", ".join(parts) or self.tr("aucune"))
        )

    def _scanned(self) -> None:
        text = self.scan.text()
        suggestion = call_service(self, lambda: parcels.suggest(self.ctx, text), toast=True)
        if suggestion is None:
            return
        self.scan.setText(suggestion.tracking)
        if suggestion.carrier_ids:
            self.carrier.setCurrentIndex(max(self.carrier.findData(suggestion.carrier_ids[0]), 0))
        if self.scale_provider() is not None:
            self.weigh()
        else:
            self.weight.setFocus()
            self.weight.selectAll()

    def weigh(self) -> None:
        scale = self.scale_provider()
        if scale is None:
            return
        self.weigh_button.setEnabled(False)
        self.status.setText(self.tr("Pesée en cours…"))
        QThreadPool.globalInstance().start(_Weigh(scale, self._signals))

    @Slot(int)
    def _on_weighed(self, grams: int) -> None:
        self.weigh_button.setEnabled(True)
        self.weight.setValue(grams)
        self.status.setText(self.tr("Poids lu sur la balance : {0} g").format(grams))

    @Slot(str)
    def _on_weigh_failed(self, message: str) -> None:
        self.weigh_button.setEnabled(True)
        self.status.setText(message + self.tr(" — tapez le poids si besoin"))

    def save(self) -> None:
        carrier_id = int(self.carrier.currentData() or 0)
        tracking = self.scan.text()
        weight = self.weight.value() or None
        sizes = tuple(box.value() for box in self.sizes)
        dims = (sizes[0], sizes[1], sizes[2]) if all(sizes) else None

        def call(accept: bool) -> ParcelView:
            return parcels.drop_off(
                self.ctx,
                require_actor(self.actor_provider),
                tracking=tracking,
                carrier_id=carrier_id,
                weight_g=weight,
                dimensions_cm=dims,
                accept_bad_check=accept,
            )

        view = with_check_override(self, call, self.ask)
        if view is None:
            QApplication.beep()
            return
        QApplication.beep()
        if self.receipt.isChecked():
            call_service(self, lambda: parcels.print_drop_off_receipt(self.ctx, view), toast=True)
        self.status.setText(
            self.tr("✔ Dépôt {0} enregistré ({1})").format(view.tracking, view.carrier_name)
        )
        self.scan.clear()
        self.weight.setValue(0)
        for box in self.sizes:
            box.setValue(0)
        self.dropped.emit(view)
        self.refresh()


# ---------------------------------------------------------------------------------------


class DriverVisitPage(QWidget):
    """One carrier's driver at the counter: what he delivers now (received today and not
    yet counted), the returns due (scanned out, ticked against the list), the drop-offs
    he takes; "Valider le passage" closes them all and prints the slip."""

    visited = Signal(object)  # VisitResult

    def __init__(
        self, ctx: ServiceContext, actor_provider: ActorProvider, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("driverVisitPage")
        self.ctx = ctx
        self.actor_provider = actor_provider
        self.carrier = carrier_combo(self, "visitCarrier")
        self.carrier.currentIndexChanged.connect(lambda _i: self.load())
        self.scan = QLineEdit(self)
        self.scan.setObjectName("visitScan")
        self.scan.setPlaceholderText(self.tr("Scannez chaque colis qui part avec le chauffeur"))
        self.scan.returnPressed.connect(self._scanned)
        self.returns = QListWidget(self)
        self.returns.setObjectName("visitReturns")
        self.drops = QListWidget(self)
        self.drops.setObjectName("visitDropOffs")
        self.delivered_label = QLabel("", self)
        self.delivered_label.setObjectName("visitDelivered")
        self.delivered_label.setWordWrap(True)
        self.counts = QLabel("", self)
        self.counts.setObjectName("visitCounts")
        self.counts.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.counts.setWordWrap(True)  # beside the buttons at 1024 px: wraps, never widens
        self.print_slip = QCheckBox(self.tr("Imprimer le bordereau"), self)
        self.print_slip.setChecked(True)
        self.validate_button = primary(QPushButton(self.tr("Valider le passage"), self))
        self.validate_button.setObjectName("visitValidate")
        self.validate_button.clicked.connect(self.validate)
        self.last_result: VisitResult | None = None
        self._received_ids: list[int] = []

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Transporteur"), self))
        top.addWidget(self.carrier)
        top.addStretch(1)
        returns_box = QGroupBox(self.tr("Retours à remettre"), self)
        QVBoxLayout(returns_box).addWidget(self.returns)
        drops_box = QGroupBox(self.tr("Dépôts à remettre"), self)
        QVBoxLayout(drops_box).addWidget(self.drops)
        lists = QHBoxLayout()
        lists.addWidget(returns_box)
        lists.addWidget(drops_box)
        bottom = QHBoxLayout()
        bottom.addWidget(self.counts, 1)
        bottom.addWidget(self.print_slip)
        bottom.addWidget(self.validate_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.delivered_label)
        layout.addWidget(self.scan)
        layout.addLayout(lists, 1)
        layout.addLayout(bottom)

    def refresh(self) -> None:
        carriers = call_service(self, lambda: parcels.list_carriers(self.ctx)) or []
        self.carrier.blockSignals(True)
        fill_carriers(self.carrier, carriers)
        self.carrier.blockSignals(False)
        self.load()

    def load(self) -> None:
        carrier_id = self.carrier.currentData()
        if carrier_id is None:
            return
        found = call_service(self, lambda: parcels.visit_expectations(self.ctx, carrier_id))
        returns, drops = found or ([], [])
        for widget, numbers in ((self.returns, returns), (self.drops, drops)):
            widget.clear()
            for number in numbers:
                item = QListWidgetItem(f"☐  {number}")
                item.setData(256, number)
                item.setData(257, False)
                widget.addItem(item)
        today = self.ctx.clock.now().date()
        delivered = [
            p
            for p in call_service(self, lambda: parcels.delivered_today(self.ctx, carrier_id)) or []
            if p.received_at.date() == today
        ]
        self._received_ids = [p.id for p in delivered]
        self.delivered_label.setText(
            self.tr("Colis livrés aujourd'hui (onglet Réception) : {0}").format(len(delivered))
        )
        self._update_counts()

    def _items(self, widget: QListWidget) -> list[QListWidgetItem]:
        return [widget.item(i) for i in range(widget.count())]

    def _scanned(self) -> None:
        text = self.scan.text().strip().replace(" ", "").upper()
        self.scan.clear()
        for widget in (self.returns, self.drops):
            for item in self._items(widget):
                if item.data(256) == text:
                    item.setData(257, True)
                    item.setText(f"☑  {text}")
                    QApplication.beep()
                    self._update_counts()
                    return
        QApplication.beep()
        show_toast(
            self, self.tr("{0} n'est pas dans la liste de ce transporteur").format(text), error=True
        )

    def _scanned_numbers(self, widget: QListWidget) -> list[str]:
        return [str(item.data(256)) for item in self._items(widget) if item.data(257)]

    def _update_counts(self) -> None:
        self.counts.setText(
            self.tr("Livrés {0} · retours {1}/{2} · dépôts {3}/{4}").format(
                len(self._received_ids),
                len(self._scanned_numbers(self.returns)),
                self.returns.count(),
                len(self._scanned_numbers(self.drops)),
                self.drops.count(),
            )
        )

    def validate(self) -> None:
        carrier_id = self.carrier.currentData()
        if carrier_id is None:
            return
        returned = self._scanned_numbers(self.returns)
        collected = self._scanned_numbers(self.drops)
        result = call_service(
            self,
            lambda: parcels.driver_visit(
                self.ctx,
                require_actor(self.actor_provider),
                int(carrier_id),
                received_ids=self._received_ids,
                returned=returned,
                collected=collected,
            ),
        )
        if result is None:
            return
        self.last_result = result
        if self.print_slip.isChecked():
            call_service(self, lambda: parcels.print_visit_slip(self.ctx, result), toast=True)
        missing = len(result.returns_missing) + len(result.drop_offs_missing)
        text = self.tr("Passage enregistré : {0} retour(s), {1} dépôt(s)").format(
            len(result.returned), len(result.collected)
        )
        if missing:
            text += self.tr(" — {0} colis attendu(s) non remis").format(missing)
        show_toast(self, text)
        self.visited.emit(result)
        self.load()
