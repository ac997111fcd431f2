"""The Caisse section: open the drawer with the float counted by denomination, record
cash in and out with a reason, read the X, and close: count the drawer, see the
difference with the expected cash, give its reason, make the Z (then saved as PDF and
sent to the receipt printer).

Four pages in a stack: closed (count the float), open (expected cash, movements, X),
closing (count, difference, reason), closed-with-Z (the Z report). Every rule is in the
cash service; this widget shows its numbers and its French refusals.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cafe_pos.context import ServiceContext
from cafe_pos.domain.cash import (
    REASONS_BY_KIND,
    CashFlows,
    MovementKind,
    MovementReason,
)
from cafe_pos.domain.money import format_eur, parse_amount
from cafe_pos.domain.users import Actor, Permission
from cafe_pos.services import cash, day_end, figures, reporting, third_party
from cafe_pos.ui.cash.counting import CountingWidget
from cafe_pos.ui.cash.z_confirm import confirm_z_box
from cafe_pos.ui.reports.report_view import ReportView
from cafe_pos.ui.widgets.manager_pin import ManagerPinDialog
from cafe_pos.ui.widgets.messages import call_service, require_actor, show_toast
from cafe_pos.ui.widgets.transient import open_transient

PAGE_CLOSED, PAGE_OPEN, PAGE_CLOSING, PAGE_DONE = range(4)

# The section lives beside a 230 px navigation on a 1280×800 screen: compact titles and
# margins, so that every page fits without the window growing.
SECTION_STYLE = """
#cashSection #pageTitle { font-size: 19pt; }
#cashSection #sessionLabel { font-size: 15pt; font-weight: 600; }
#cashSection #differenceLabel { font-size: 15pt; font-weight: 600; }
#cashSection #differenceLabel[state="short"] { color: #b71c1c; }
#cashSection #differenceLabel[state="over"] { color: #e65100; }
#cashSection #differenceLabel[state="exact"] { color: #1b5e20; }
#cashSection #doneLabel { font-size: 15pt; font-weight: 600; }
"""


def _primary(button: QPushButton) -> QPushButton:
    button.setProperty("kind", "primary")
    return button


def _signed(cents: int) -> str:
    """A line of the expected cash: "45,50 €", or "− 45,50 €" for what leaves the drawer."""
    return f"− {format_eur(-cents)}" if cents < 0 else format_eur(cents)


def _page_layout(page: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(8)
    return layout


class CashSection(QWidget):
    def __init__(
        self,
        ctx: ServiceContext,
        actor_provider: Callable[[], Actor | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cashSection")
        self.ctx = ctx
        self.actor_provider = actor_provider
        self.expected: CashFlows | None = None
        self.approver: Actor | None = None  # the manager who approved a staff member's Z
        self.pin_dialog: ManagerPinDialog | None = None
        self.x_dialog: QDialog | None = None
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._closed_page())
        self.pages.addWidget(self._open_page())
        self.pages.addWidget(self._closing_page())
        self.pages.addWidget(self._done_page())
        self.setStyleSheet(SECTION_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.pages)
        self.refresh()

    def _actor(self) -> Actor:
        return require_actor(self.actor_provider)

    def _closer(self) -> Actor:
        """Who makes the Z: the person logged in, or the manager who approved it."""
        return self.approver if self.approver is not None else self._actor()

    def _may_close(self) -> bool:
        actor = self.actor_provider()
        return actor is not None and actor.can(Permission.CLOSE_DAY)

    def _show_rights(self) -> None:
        """Staff see before counting that the Z needs a manager (asked inline, at once)."""
        if self._may_close():
            self.close_button.setText(self.tr("Compter et clôturer la journée (Z)"))
            self.rights_label.hide()
            return
        self.close_button.setText(self.tr("Compter et clôturer (Z) — code gérant·e"))
        self.rights_label.setText(
            self.tr(
                "La clôture (Z) est faite par un·e gérant·e : son code est demandé avant le "
                "comptage. Les entrées et sorties d'espèces et la lecture X restent ouvertes."
            )
        )
        self.rights_label.show()

    # --- wording in the interface language (the domain's labels are French) ------------

    def reason_text(self, reason: str) -> str:
        labels = {
            MovementReason.SUPPLIER: self.tr("Fournisseur payé en espèces"),
            MovementReason.BANK_DEPOSIT: self.tr("Dépôt en banque"),
            MovementReason.CASHBACK: self.tr("Cash-back"),
            MovementReason.THIRD_PARTY_WITHDRAWAL: self.tr("Retrait d'espèces pour un tiers"),
            MovementReason.CHANGE_TOP_UP: self.tr("Apport de monnaie"),
            MovementReason.OTHER: self.tr("Autre"),
        }
        try:
            return labels[MovementReason(reason)]
        except ValueError:
            return reason  # a reason this screen does not know yet: its code, as stored

    def difference_text(self, difference_cents: int) -> str:
        """Same wording as the domain's ``difference_label``, translated."""
        if difference_cents == 0:
            return self.tr("Caisse juste")
        if difference_cents > 0:
            return self.tr("Excédent de {0}").format(format_eur(difference_cents))
        return self.tr("Manque de {0}").format(format_eur(-difference_cents))

    # --- pages ------------------------------------------------------------------------

    def _closed_page(self) -> QWidget:
        page = QWidget(self)
        title = QLabel(self.tr("La caisse est fermée"), page)
        title.setObjectName("pageTitle")
        hint = QLabel(
            self.tr(
                "Comptez le fond de caisse, billet par billet et pièce par pièce, puis ouvrez."
            ),
            page,
        )
        hint.setWordWrap(True)
        self.open_counter = CountingWidget(page)
        self.open_button = _primary(QPushButton(self.tr("Ouvrir la caisse"), page))
        self.open_button.setObjectName("openButton")
        self.open_button.clicked.connect(self.open_drawer)
        self.open_counter.footer.addWidget(self.open_button)
        layout = _page_layout(page)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.open_counter)
        layout.addStretch(1)
        return page

    def _open_page(self) -> QWidget:
        page = QWidget(self)
        self.session_label = QLabel(page)
        self.session_label.setObjectName("sessionLabel")
        self.session_label.setWordWrap(True)
        self.expected_label = QLabel(page)
        self.expected_label.setObjectName("expectedLabel")
        self.expected_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.expected_label.setWordWrap(True)  # never wider than the screen
        expected_box = QGroupBox(self.tr("Espèces attendues dans le tiroir"), page)
        QVBoxLayout(expected_box).addWidget(self.expected_label)

        self.kind_combo = QComboBox(page)
        self.kind_combo.setObjectName("movementKind")
        self.kind_combo.addItem(self.tr("Sortie d'espèces"), MovementKind.OUT.value)
        self.kind_combo.addItem(self.tr("Entrée d'espèces"), MovementKind.IN.value)
        self.kind_combo.currentIndexChanged.connect(self._fill_reasons)
        self.reason_combo = QComboBox(page)
        self.reason_combo.setObjectName("movementReason")
        self.amount_edit = QLineEdit(page)
        self.amount_edit.setObjectName("movementAmount")
        self.amount_edit.setPlaceholderText(self.tr("ex. 45,50"))
        self.note_edit = QLineEdit(page)
        self.note_edit.setObjectName("movementNote")
        self.note_edit.setPlaceholderText(self.tr("Obligatoire pour « Autre »"))
        self.note_edit.setMaxLength(255)
        self.movement_button = _primary(QPushButton(self.tr("Enregistrer le mouvement"), page))
        self.movement_button.setObjectName("movementButton")
        self.movement_button.clicked.connect(self.record_movement)
        movement_box = QGroupBox(self.tr("Entrée ou sortie d'espèces"), page)
        form = QFormLayout(movement_box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(self.tr("Mouvement"), self.kind_combo)
        form.addRow(self.tr("Motif"), self.reason_combo)
        form.addRow(self.tr("Montant"), self.amount_edit)
        form.addRow(self.tr("Précision"), self.note_edit)
        form.addRow(self.movement_button)
        self._fill_reasons()
        for combo in (self.kind_combo, self.reason_combo):  # long reasons never widen it
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)

        self.movements_table = QTableWidget(0, 4, page)
        self.movements_table.setObjectName("movementsTable")
        self.movements_table.setHorizontalHeaderLabels(
            [self.tr("Heure"), self.tr("Motif"), self.tr("Montant"), self.tr("Par")]
        )
        self.movements_table.verticalHeader().hide()
        header = self.movements_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.movements_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)

        self.x_button = QPushButton(self.tr("Lecture X"), page)
        self.x_button.setObjectName("xButton")
        self.x_button.clicked.connect(self.show_x)
        self.close_button = _primary(
            QPushButton(self.tr("Compter et clôturer la journée (Z)"), page)
        )
        self.close_button.setObjectName("closeButton")
        self.close_button.clicked.connect(self.start_closing)
        self.rights_label = QLabel(page)
        self.rights_label.setObjectName("rightsLabel")
        self.rights_label.setWordWrap(True)
        self.rights_label.hide()
        refresh = QPushButton(self.tr("Actualiser"), page)
        refresh.clicked.connect(self.refresh)
        buttons = QHBoxLayout()
        buttons.addWidget(refresh)
        buttons.addWidget(self.x_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        top = QHBoxLayout()
        top.addWidget(expected_box, 1)
        top.addWidget(movement_box, 1)
        layout = _page_layout(page)
        layout.addWidget(self.session_label)
        layout.addWidget(self.rights_label)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Mouvements d'espèces de la session"), page))
        layout.addWidget(self.movements_table, 1)
        layout.addLayout(buttons)
        return page

    def _closing_page(self) -> QWidget:
        page = QWidget(self)
        title = QLabel(self.tr("Comptage de clôture"), page)
        title.setObjectName("pageTitle")
        self.close_counter = CountingWidget(page)
        self.close_counter.total_changed.connect(self._show_difference)
        self.close_counter.total_label.hide()  # the difference line says what was counted
        self.difference_label = QLabel(page)
        self.difference_label.setObjectName("differenceLabel")
        self.difference_label.setWordWrap(True)
        self.close_counter.footer.insertWidget(0, self.difference_label, 1)
        self.reason_edit = QLineEdit(page)
        self.reason_edit.setObjectName("differenceReason")
        self.reason_edit.setMaxLength(255)
        self.reason_edit.setPlaceholderText(
            self.tr("Raison de l'écart (obligatoire s'il y en a un)")
        )
        self.reason_edit.setAccessibleName(self.tr("Raison de l'écart"))
        self.confirm_button = _primary(
            QPushButton(self.tr("Valider le comptage et clôturer (Z)"), page)
        )
        self.confirm_button.setObjectName("confirmCloseButton")
        self.confirm_button.clicked.connect(self.confirm_closing)
        back = QPushButton(self.tr("Retour"), page)
        back.setObjectName("backButton")
        back.clicked.connect(self.refresh)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        layout = _page_layout(page)
        layout.addWidget(title)
        layout.addWidget(self.close_counter)
        layout.addWidget(self.reason_edit)
        self.third_party_label = QLabel(page)  # the part of the drawer that is not the café's
        self.third_party_label.setObjectName("thirdPartyCash")
        self.third_party_label.setWordWrap(True)
        layout.addWidget(self.third_party_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget(self)
        self.done_label = QLabel(page)
        self.done_label.setObjectName("doneLabel")
        self.done_label.setWordWrap(True)
        self.z_view = ReportView(self.ctx, self.actor_provider, page)
        again = QPushButton(self.tr("Ouvrir une nouvelle caisse"), page)
        again.setObjectName("newSessionButton")
        again.clicked.connect(self._back_to_closed)
        layout = _page_layout(page)
        layout.addWidget(self.done_label)
        layout.addWidget(self.z_view, 1)
        layout.addWidget(again)
        return page

    # --- state --------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        self._show_rights()  # who is logged in may have changed
        super().showEvent(event)

    def refresh(self) -> None:
        """Show the page for the drawer's state, with fresh figures."""
        self._show_rights()
        session = cash.current_session(self.ctx)
        if session is None:
            self.pages.setCurrentIndex(PAGE_CLOSED)
            return
        self.session_label.setText(
            self.tr("Caisse ouverte le {0} à {1} par {2} — fond de caisse {3}").format(
                f"{session.opened_at:%d/%m/%Y}",
                f"{session.opened_at:%H:%M}",
                session.opened_by,
                format_eur(session.float_cents),
            )
        )
        self.expected = cash.expected_cash(self.ctx)
        self.third_party_label.setText(
            self.tr(
                "Dont encaissé pour des tiers (presse, timbres…), à leur reverser : {0}"
            ).format(format_eur(third_party.cash_held_for_others(self.ctx)))
        )
        flows = self.expected
        lines = [
            (self.tr("Fond de caisse"), flows.float_cents),
            (self.tr("Paiements en espèces (rendu déduit)"), flows.cash_payments_cents),
            (self.tr("Cash-back remis"), -flows.cashback_cents),
            (self.tr("Entrées d'espèces"), flows.cash_in_cents),
            (self.tr("Sorties d'espèces"), -flows.cash_out_cents),
            (self.tr("Règlements de comptes clients"), flows.account_settlements_cents),
        ]
        rows = "".join(
            f"<tr><td>{label}</td><td align=right>{_signed(value)}</td></tr>"
            for label, value in lines
        )
        expected_text = self.tr("Attendu")
        rows += (
            f"<tr><td><b>{expected_text}</b></td>"
            f"<td align=right><b>{format_eur(flows.expected_cents)}</b></td></tr>"
        )
        self.expected_label.setText(f"<table width='100%'>{rows}</table>")
        moves = cash.movements(self.ctx)
        self.movements_table.setRowCount(len(moves))
        for row, move in enumerate(moves):
            sign = "+" if move.kind == "in" else "−"
            label = self.reason_text(move.reason) + (f" — {move.note}" if move.note else "")
            for column, text in enumerate(
                (
                    move.at.strftime("%H:%M"),
                    label,
                    f"{sign} {format_eur(move.amount_cents)}",
                    move.user_name,
                )
            ):
                self.movements_table.setItem(row, column, QTableWidgetItem(text))
        if self.pages.currentIndex() != PAGE_CLOSING:
            self.pages.setCurrentIndex(PAGE_OPEN)

    def _fill_reasons(self) -> None:
        kind = MovementKind(self.kind_combo.currentData())
        self.reason_combo.clear()
        for reason in REASONS_BY_KIND[kind]:
            self.reason_combo.addItem(self.reason_text(reason), reason.value)

    def _back_to_closed(self) -> None:
        self.open_counter.reset()
        self.refresh()

    # --- actions -------------------------------------------------------------------------

    def open_drawer(self) -> None:
        counts = self.open_counter.counts()
        opened = call_service(self, lambda: cash.open_session(self.ctx, self._actor(), counts))
        if opened is not None:
            show_toast(
                self, self.tr("Caisse ouverte avec {0}").format(format_eur(opened.float_cents))
            )
            self.refresh()

    def record_movement(self) -> None:
        def record() -> cash.MovementView:
            amount = parse_amount(self.amount_edit.text())
            return cash.cash_movement(
                self.ctx,
                self._actor(),
                str(self.kind_combo.currentData()),
                amount,
                str(self.reason_combo.currentData()),
                self.note_edit.text(),
            )

        movement = call_service(self, record)
        if movement is not None:
            self.amount_edit.clear()
            self.note_edit.clear()
            show_toast(
                self,
                self.tr("{0} : {1} enregistré").format(
                    self.reason_text(movement.reason), format_eur(movement.amount_cents)
                ),
            )
            self.refresh()

    def show_x(self) -> None:
        x = call_service(self, lambda: figures.x_figures(self.ctx))
        if x is None:
            return
        dialog = QDialog(self)
        dialog.setObjectName("xDialog")
        dialog.setWindowTitle(self.tr("Lecture X"))
        dialog.resize(760, 680)
        view = ReportView(self.ctx, self.actor_provider, dialog)
        view.set_figures(x)
        QVBoxLayout(dialog).addWidget(view)
        self.x_dialog = dialog
        open_transient(dialog)

    def start_closing(self) -> None:
        # who may close, and that there is a drawer to count, is said before the counting;
        # staff get the manager's approval inline first (a manager is never asked her own)
        self.approver = None
        if not self._may_close():
            self.pin_dialog = ManagerPinDialog(
                self.ctx, self.tr("La clôture de la journée (Z) demande un·e gérant·e."), self
            )

            dialog = self.pin_dialog
            dialog.accepted.connect(lambda: self._approved(dialog.manager))
            open_transient(self.pin_dialog)
            return
        self._start_counting()

    def _approved(self, manager: Actor | None) -> None:
        self.pin_dialog = None
        if manager is not None:
            self.approver = manager
            # once the PIN dialog is closed and gone: the counting page takes the focus
            QTimer.singleShot(0, self, self._start_counting)

    def _start_counting(self) -> None:
        if call_service(self, lambda: day_end.before_z(self.ctx, self._closer())) is None:
            return
        self.expected = call_service(self, lambda: cash.expected_cash(self.ctx))
        if self.expected is None:
            return
        self.close_counter.reset()
        self.reason_edit.clear()
        self._show_difference(0)
        self.pages.setCurrentIndex(PAGE_CLOSING)

    def _show_difference(self, counted: int) -> None:
        if self.expected is None:
            return
        expected = self.expected.expected_cents
        difference = counted - expected
        self.difference_label.setText(
            self.tr("Attendu {0} — compté {1} — {2}").format(
                format_eur(expected), format_eur(counted), self.difference_text(difference)
            )
        )
        state = "exact" if difference == 0 else ("over" if difference > 0 else "short")
        self.difference_label.setProperty("state", state)
        self.difference_label.style().unpolish(self.difference_label)
        self.difference_label.style().polish(self.difference_label)

    def confirm_closing(self) -> None:
        """Check the count, say what stays open, and make the Z only once confirmed."""
        counts = self.close_counter.counts()
        reason = self.reason_edit.text()
        if call_service(self, lambda: day_end.check_count(self.ctx, counts, reason)) is None:
            return
        state = call_service(self, lambda: day_end.before_z(self.ctx, self._closer()))
        if state is None:
            return
        self.z_confirm = confirm_z_box(self, state)
        self.z_confirm.buttonClicked.connect(
            lambda button: (
                self.close_day(counts, reason) if button.objectName() == "zConfirmClose" else None
            )
        )
        open_transient(self.z_confirm)

    def close_day(self, counts: dict[int, int], reason: str) -> None:
        result = call_service(
            self, lambda: cash.close_count(self.ctx, self._closer(), counts, reason)
        )
        if result is None:
            return
        session = result.session
        z = call_service(self, lambda: figures.z_figures(self.ctx, session.business_date))
        self.done_label.setText(
            self.tr("Journée du {0} clôturée. {1}.").format(
                session.business_date.strftime("%d/%m/%Y"),
                self.difference_text(session.difference_cents or 0),
            )
        )
        self.pages.setCurrentIndex(PAGE_DONE)
        if z is None:
            return
        self.z_view.set_figures(z)
        if result.closure_created:  # the Z is printed and saved once, when it is made
            job = call_service(
                self, lambda: reporting.print_report(self.ctx, self._closer(), z), toast=True
            )
            self.z_view.printed_once = job is not None
            self.z_view.save_pdf()
