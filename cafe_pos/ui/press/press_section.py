"""The Presse section: receive the morning press by scanning, see what is on sale, send the
unsold copies back before their deadline, keep the titles, and see and pay what the café
owes each distributor (and every other beneficiary of money it holds).

Every rule lives in ``services.press`` and ``services.third_party``; this widget shows
their figures and their French refusals.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QDate, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cafe_pos.context import ServiceContext
from cafe_pos.domain.business_day import business_date
from cafe_pos.domain.money import format_amount, format_eur, parse_amount, parse_percent
from cafe_pos.domain.press import Periodicity, default_return_deadline
from cafe_pos.domain.users import Actor
from cafe_pos.services import press, reporting, third_party
from cafe_pos.ui.widgets.messages import call_service, require_actor, show_info, show_toast
from cafe_pos.ui.widgets.rows_model import RowsModel


@dataclass(frozen=True, slots=True)
class PendingLine:
    """A line of the delivery note being entered, before it is saved."""

    title: str
    line: press.DeliveryLine


def _table(model: QAbstractTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setDefaultSectionSize(44)  # a finger's row
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    view.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setAlternatingRowColors(True)
    return view


def _button(text: str, name: str, *, primary: bool = False) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setMinimumHeight(48)
    if primary:
        button.setProperty("kind", "primary")
    return button


class PressSection(QWidget):
    def __init__(
        self,
        ctx: ServiceContext,
        actor_provider: Callable[[], Actor | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pressSection")
        self.ctx = ctx
        self.actor_provider = actor_provider
        self.pending: list[PendingLine] = []
        self._titles: list[press.TitleView] = []
        self.last_pdf = ""
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("pressTabs")
        self.tabs.addTab(self._reception_tab(), self.tr("Réception"))
        self.tabs.addTab(self._on_sale_tab(), self.tr("En vente et retours"))
        self.tabs.addTab(self._money_tab(), self.tr("Sommes dues"))
        self.tabs.addTab(self._titles_tab(), self.tr("Titres"))
        self.tabs.currentChanged.connect(lambda _index: self.refresh())
        for combo in self.findChildren(QComboBox):  # names typed by people never widen it
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.tabs)
        self.refresh()

    def _actor(self) -> Actor:
        return require_actor(self.actor_provider)

    def today(self) -> dt.date:
        return business_date(self.ctx.clock.now())

    # ------------------------------------------------------------------ reception
    def _reception_tab(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        self.scan_edit = QLineEdit(page)
        self.scan_edit.setObjectName("pressScan")
        self.scan_edit.setPlaceholderText(self.tr("Scannez un journal ou un magazine (code 977…)"))
        self.scan_edit.setMinimumHeight(48)
        self.scan_edit.returnPressed.connect(self.scan_delivery)
        column.addWidget(self.scan_edit)
        form = QFormLayout()
        self.title_combo = QComboBox(page)
        self.title_combo.setObjectName("pressTitle")
        self.title_combo.setMinimumHeight(44)
        self.title_combo.currentIndexChanged.connect(self._title_chosen)
        self.number_edit = QLineEdit(page)
        self.number_edit.setObjectName("pressNumber")
        self.number_edit.setMaxLength(16)
        self.price_edit = QLineEdit(page)
        self.price_edit.setObjectName("pressPrice")
        self.price_edit.setPlaceholderText("2,90")
        self.copies_spin = QSpinBox(page)
        self.copies_spin.setObjectName("pressCopies")
        self.copies_spin.setRange(1, press.MAX_COPIES)
        self.copies_spin.setMinimumHeight(44)
        self.deadline_edit = QDateEdit(page)
        self.deadline_edit.setObjectName("pressDeadline")
        self.deadline_edit.setCalendarPopup(True)
        self.deadline_edit.setDisplayFormat("dd/MM/yyyy")
        self.deadline_edit.setMinimumHeight(44)
        form.addRow(self.tr("Titre"), self.title_combo)
        form.addRow(self.tr("Numéro"), self.number_edit)
        form.addRow(self.tr("Prix de couverture"), self.price_edit)
        form.addRow(self.tr("Exemplaires livrés"), self.copies_spin)
        form.addRow(self.tr("Date limite de retour"), self.deadline_edit)
        column.addLayout(form)
        add = _button(self.tr("Ajouter au bon"), "pressAddLine")
        add.clicked.connect(self.add_pending_line)
        column.addWidget(add)
        self.pending_model: RowsModel[PendingLine] = RowsModel(
            [
                (self.tr("Titre"), lambda p: p.title),
                (self.tr("N°"), lambda p: p.line.number),
                (self.tr("Prix"), lambda p: format_eur(p.line.cover_price_cents)),
                (self.tr("Exemplaires"), lambda p: str(p.line.copies)),
                (
                    self.tr("Retour avant le"),
                    lambda p: (
                        f"{p.line.return_deadline:%d/%m/%Y}" if p.line.return_deadline else ""
                    ),
                ),
            ],
            numeric=(2, 3),
        )
        self.pending_view = _table(self.pending_model)
        self.pending_view.setObjectName("pressPending")
        column.addWidget(self.pending_view, 1)
        row = QHBoxLayout()
        self.reference_edit = QLineEdit(page)
        self.reference_edit.setObjectName("pressReference")
        self.reference_edit.setPlaceholderText(self.tr("N° du bon de livraison"))
        self.reference_edit.setMinimumHeight(44)
        remove = _button(self.tr("Retirer la ligne"), "pressRemoveLine")
        remove.clicked.connect(self.remove_pending_line)
        save = _button(self.tr("Enregistrer la livraison"), "pressSaveDelivery", primary=True)
        save.clicked.connect(self.save_delivery)
        row.addWidget(self.reference_edit, 1)
        row.addWidget(remove)
        row.addWidget(save)
        column.addLayout(row)
        return page

    def _title_chosen(self, index: int) -> None:
        if index < 0 or index >= len(self._titles):
            return
        title = self._titles[index]
        deadline = default_return_deadline(self.today(), title.periodicity)
        self.deadline_edit.setDate(QDate(deadline.year, deadline.month, deadline.day))
        last = press.last_cover_price(self.ctx, title.id)
        if last is not None and not self.price_edit.text().strip():
            self.price_edit.setText(format_amount(last))

    def scan_delivery(self) -> None:
        code = self.scan_edit.text().strip()
        self.scan_edit.clear()
        if not code:
            return
        found = call_service(self, lambda: press.identify(self.ctx, code), toast=True)
        if found is None:
            return
        title, number = found
        index = next((i for i, t in enumerate(self._titles) if t.id == title.id), -1)
        self.price_edit.clear()
        self.title_combo.setCurrentIndex(index)
        self._title_chosen(index)
        if number is not None:
            self.number_edit.setText(number)
            self.copies_spin.setFocus()
        else:
            self.number_edit.clear()
            self.number_edit.setFocus()

    def add_pending_line(self) -> None:
        index = self.title_combo.currentIndex()
        if index < 0:
            show_toast(self, self.tr("Créez d'abord le titre dans l'onglet Titres"), error=True)
            return
        title = self._titles[index]
        price = call_service(self, lambda: parse_amount(self.price_edit.text()), toast=True)
        if price is None:
            return
        number = self.number_edit.text().strip()
        if not number:
            show_toast(self, self.tr("Tapez le numéro de la parution"), error=True)
            return
        deadline = self.deadline_edit.date().toPython()
        assert isinstance(deadline, dt.date)
        line = press.DeliveryLine(title.id, number, price, self.copies_spin.value(), deadline)
        self.pending.append(PendingLine(title.name, line))
        self.pending_model.set_rows(self.pending)
        self.number_edit.clear()
        self.price_edit.clear()
        self.copies_spin.setValue(1)
        self.scan_edit.setFocus()

    def remove_pending_line(self) -> None:
        rows = self.pending_view.selectionModel().selectedRows()
        if not rows:
            return
        del self.pending[rows[0].row()]
        self.pending_model.set_rows(self.pending)

    def save_delivery(self) -> None:
        lines = [p.line for p in self.pending]
        reference = self.reference_edit.text()
        saved = call_service(
            self, lambda: press.receive_delivery(self.ctx, self._actor(), lines, reference)
        )
        if saved is None:
            return
        copies = sum(p.line.copies for p in self.pending)
        self.pending = []
        self.pending_model.set_rows([])
        self.reference_edit.clear()
        show_toast(
            self,
            self.tr("Livraison enregistrée : {0} parution(s), {1} exemplaire(s)").format(
                len(saved), copies
            ),
        )
        self.refresh()

    # ------------------------------------------------------------------ on sale, returns
    def _on_sale_tab(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        top = QHBoxLayout()
        self.due_only = QCheckBox(self.tr("Seulement ce qui doit repartir aujourd'hui"), page)
        self.due_only.setObjectName("pressDueOnly")
        self.due_only.setMinimumHeight(44)
        self.due_only.toggled.connect(lambda _on: self.refresh())
        self.returns_summary = QLabel(page)
        self.returns_summary.setObjectName("pressReturnsSummary")
        self.returns_summary.setWordWrap(True)
        top.addWidget(self.due_only)
        top.addStretch(1)
        column.addLayout(top)
        column.addWidget(self.returns_summary)
        self.issues_model: RowsModel[press.IssueView] = RowsModel(
            [
                (self.tr("Titre"), lambda v: v.title),
                (self.tr("N°"), lambda v: v.number),
                (self.tr("Prix"), lambda v: format_eur(v.cover_price_cents)),
                (self.tr("Livrés"), lambda v: str(v.supplied)),
                (self.tr("Vendus"), lambda v: str(v.sold)),
                (self.tr("Rendus"), lambda v: str(v.returned)),
                (self.tr("En rayon"), lambda v: str(v.on_shelf)),
                (self.tr("Retour avant le"), lambda v: f"{v.return_deadline:%d/%m/%Y}"),
            ],
            numeric=(2, 3, 4, 5, 6),
        )
        self.issues_view = _table(self.issues_model)
        self.issues_view.setObjectName("pressIssues")
        self.issues_view.selectionModel().selectionChanged.connect(self._issue_selected)
        column.addWidget(self.issues_view, 1)
        row = QHBoxLayout()
        self.return_spin = QSpinBox(page)
        self.return_spin.setObjectName("pressReturnCopies")
        self.return_spin.setRange(1, press.MAX_COPIES)
        self.return_spin.setMinimumHeight(48)
        give_back = _button(self.tr("Enregistrer le retour"), "pressRecordReturn", primary=True)
        give_back.clicked.connect(self.record_return)
        pdf = _button(self.tr("Liste des retours (PDF)"), "pressReturnsPdf")
        pdf.clicked.connect(self.save_returns_pdf)
        top.addWidget(pdf)
        row.addWidget(QLabel(self.tr("Exemplaires rendus"), page))
        row.addWidget(self.return_spin)
        row.addWidget(give_back)
        row.addStretch(1)
        column.addLayout(row)
        return page

    def _selected_issue(self) -> press.IssueView | None:
        rows = self.issues_view.selectionModel().selectedRows()
        return self.issues_model.row_at(rows[0].row()) if rows else None

    def _issue_selected(self) -> None:
        issue = self._selected_issue()
        if issue is not None and issue.on_shelf > 0:
            self.return_spin.setValue(issue.on_shelf)

    def select_issue(self, label: str) -> bool:
        for row, issue in enumerate(self.issues_model.rows):
            if issue.label == label:
                self.issues_view.selectRow(row)
                return True
        return False

    def record_return(self) -> None:
        issue = self._selected_issue()
        if issue is None:
            show_toast(self, self.tr("Choisissez la parution à rendre"), error=True)
            return
        copies = self.return_spin.value()
        done = call_service(
            self, lambda: press.record_return(self.ctx, self._actor(), issue.id, copies)
        )
        if done is None:
            return
        if done.warning:
            show_info(self, done.warning)
        else:
            show_toast(
                self,
                self.tr("{0} : {1} exemplaire(s) rendus").format(done.issue.label, done.copies),
            )
        self.refresh()

    def save_returns_pdf(self) -> None:
        path = reporting.reports_folder(self.ctx) / f"retours-presse-{self.today():%Y-%m-%d}.pdf"
        written = call_service(self, lambda: press.returns_pdf(self.ctx, self._actor(), path))
        if written is not None:
            self.last_pdf = str(written)
            show_toast(self, self.tr("Liste des retours enregistrée : {0}").format(written))

    # ------------------------------------------------------------------ money owed
    def _money_tab(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        hint = QLabel(
            self.tr(
                "Argent encaissé pour des tiers (presse, timbres, dépôt-vente…) : il n'est pas "
                "au café. Seule la commission est son chiffre d'affaires."
            ),
            page,
        )
        hint.setWordWrap(True)
        column.addWidget(hint)
        self.balances_model: RowsModel[third_party.Balance] = RowsModel(
            [
                (self.tr("Bénéficiaire"), lambda b: b.name),
                (self.tr("Encaissé"), lambda b: format_eur(b.takings_cents)),
                (self.tr("Commission"), lambda b: format_eur(b.commission_cents)),
                (self.tr("Déjà réglé"), lambda b: format_eur(b.paid_cents)),
                (self.tr("Reste dû"), lambda b: format_eur(b.owed_cents)),
            ],
            numeric=(1, 2, 3, 4),
        )
        self.balances_view = _table(self.balances_model)
        self.balances_view.setObjectName("pressBalances")
        column.addWidget(self.balances_view, 1)
        form = QHBoxLayout()
        self.pay_amount = QLineEdit(page)
        self.pay_amount.setObjectName("payAmount")
        self.pay_amount.setPlaceholderText(self.tr("Montant"))
        self.pay_amount.setMinimumHeight(44)
        self.pay_method = QComboBox(page)
        self.pay_method.setObjectName("payMethod")
        self.pay_method.setMinimumHeight(44)
        for code, label in (
            ("cheque", self.tr("Chèque")),
            ("transfer", self.tr("Virement")),
            ("cash", self.tr("Espèces")),
        ):
            self.pay_method.addItem(label, code)
        self.pay_reference = QLineEdit(page)
        self.pay_reference.setObjectName("payReference")
        self.pay_reference.setPlaceholderText(self.tr("Référence (n° de chèque…)"))
        self.pay_reference.setMinimumHeight(44)
        pay = _button(self.tr("Enregistrer le règlement"), "payBeneficiary", primary=True)
        pay.clicked.connect(self.pay_selected)
        statement = _button(self.tr("Relevé de la semaine (PDF)"), "pressStatementPdf")
        statement.clicked.connect(self.save_statement_pdf)
        form.addWidget(self.pay_amount)
        form.addWidget(self.pay_method)
        form.addWidget(self.pay_reference, 1)
        form.addWidget(pay)
        column.addLayout(form)
        column.addWidget(statement, 0, Qt.AlignmentFlag.AlignRight)
        column.addLayout(self._declare_row(page))
        return page

    def _declare_row(self, page: QWidget) -> QVBoxLayout:
        """Stamps, postal items, tickets for an association: whose money, what commission."""
        rows = QVBoxLayout()
        first, row = QHBoxLayout(), QHBoxLayout()
        rows.addLayout(first)
        rows.addLayout(row)
        self.item_combo = QComboBox(page)
        self.item_combo.setObjectName("declareItem")
        self.item_beneficiary = QComboBox(page)
        self.item_beneficiary.setObjectName("declareBeneficiary")
        self.item_beneficiary.setEditable(True)
        self.item_kind = QComboBox(page)
        self.item_kind.setObjectName("declareKind")
        for code, label in (
            ("stamp", self.tr("Timbres")),
            ("postal", self.tr("Produits postaux")),
            ("ticketing", self.tr("Billetterie")),
            ("other", self.tr("Autre")),
        ):
            self.item_kind.addItem(label, code)
        self.item_commission = QLineEdit(page)
        self.item_commission.setObjectName("declareCommission")
        self.item_commission.setPlaceholderText(self.tr("Commission %"))
        self.item_commission.setMaximumWidth(130)
        declare = _button(self.tr("Déclarer"), "declareThirdParty")
        declare.clicked.connect(self.declare_item)
        for widget in (
            self.item_combo,
            self.item_beneficiary,
            self.item_kind,
            self.item_commission,
        ):
            widget.setMinimumHeight(44)
        first.addWidget(QLabel(self.tr("Article pour un tiers"), page))
        first.addWidget(self.item_combo, 1)
        row.addWidget(self.item_beneficiary, 2)
        row.addWidget(self.item_kind, 1)
        row.addWidget(self.item_commission)
        row.addWidget(declare)
        return rows

    def declare_item(self) -> None:
        product_id = self.item_combo.currentData()
        if product_id is None:
            show_toast(self, self.tr("Aucun article vendu pour un tiers au catalogue"), error=True)
            return
        text = self.item_commission.text()
        rate = call_service(self, lambda: parse_percent(text, maximum_bp=5000), toast=True)
        if rate is None:
            return
        done = call_service(
            self,
            lambda: third_party.declare_item(
                self.ctx,
                self._actor(),
                int(product_id),
                self.item_beneficiary.currentText(),
                str(self.item_kind.currentData()),
                rate,
            ),
        )
        if done is not None:
            show_toast(
                self,
                self.tr("{0} : encaissé pour {1}").format(done.name, done.beneficiary),
            )
            self.refresh()

    def _selected_balance(self) -> third_party.Balance | None:
        rows = self.balances_view.selectionModel().selectedRows()
        return self.balances_model.row_at(rows[0].row()) if rows else None

    def select_beneficiary(self, name: str) -> bool:
        for row, balance in enumerate(self.balances_model.rows):
            if balance.name == name:
                self.balances_view.selectRow(row)
                return True
        return False

    def pay_selected(self) -> None:
        balance = self._selected_balance()
        if balance is None:
            show_toast(self, self.tr("Choisissez le bénéficiaire à régler"), error=True)
            return
        amount = call_service(self, lambda: parse_amount(self.pay_amount.text()), toast=True)
        if amount is None:
            return
        method = str(self.pay_method.currentData())
        reference = self.pay_reference.text()
        after = call_service(
            self,
            lambda: third_party.pay(
                self.ctx, self._actor(), balance.beneficiary_id, amount, method, reference
            ),
        )
        if after is None:
            return
        self.pay_amount.clear()
        self.pay_reference.clear()
        show_toast(
            self,
            self.tr("Règlement enregistré : reste dû à {0} {1}").format(
                after.name, format_eur(after.owed_cents)
            ),
        )
        self.refresh()

    def save_statement_pdf(self) -> None:
        balance = self._selected_balance()
        if balance is None or balance.kind != "distributor":
            show_toast(self, self.tr("Choisissez un distributeur de presse"), error=True)
            return
        last = self.today()
        first = last - dt.timedelta(days=last.weekday())  # since Monday
        name = "".join(c if c.isalnum() else "-" for c in balance.name)
        path = reporting.reports_folder(self.ctx) / f"releve-{name}-{last:%Y-%m-%d}.pdf"
        written = call_service(
            self,
            lambda: press.statement_pdf(
                self.ctx, self._actor(), balance.beneficiary_id, first, last, path
            ),
        )
        if written is not None:
            self.last_pdf = str(written)
            show_toast(self, self.tr("Relevé enregistré : {0}").format(written))

    # ------------------------------------------------------------------ titles
    def _titles_tab(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        self.titles_model: RowsModel[press.TitleView] = RowsModel(
            [
                (self.tr("Titre"), lambda t: t.name),
                (self.tr("Distributeur"), lambda t: t.distributor),
                (self.tr("ISSN"), lambda t: f"{t.issn[:4]}-{t.issn[4:]}"),
                (self.tr("TVA"), lambda t: "2,1 %" if t.cppap else "20 %"),
                (
                    self.tr("Commission"),
                    lambda t: f"{t.commission_bp // 100},{t.commission_bp % 100:02d} %",
                ),
            ]
        )
        self.titles_view = _table(self.titles_model)
        self.titles_view.setObjectName("pressTitles")
        column.addWidget(self.titles_view, 1)
        form = QFormLayout()
        self.new_title_name = QLineEdit(page)
        self.new_title_name.setObjectName("newTitleName")
        self.new_title_name.setMaxLength(80)
        self.new_title_issn = QLineEdit(page)
        self.new_title_issn.setObjectName("newTitleIssn")
        self.new_title_issn.setPlaceholderText("0395-2037")
        self.new_title_distributor = QComboBox(page)
        self.new_title_distributor.setObjectName("newTitleDistributor")
        self.new_title_distributor.setEditable(True)
        self.new_title_distributor.addItems(["France Messagerie", "MLP"])
        self.new_title_periodicity = QComboBox(page)
        self.new_title_periodicity.setObjectName("newTitlePeriodicity")
        for periodicity, label in (
            (Periodicity.DAILY, self.tr("Quotidien")),
            (Periodicity.WEEKLY, self.tr("Hebdomadaire")),
            (Periodicity.MONTHLY, self.tr("Mensuel")),
            (Periodicity.OTHER, self.tr("Autre")),
        ):
            self.new_title_periodicity.addItem(label, periodicity.value)
        self.new_title_cppap = QCheckBox(self.tr("Inscrit à la CPPAP (TVA 2,1 %)"), page)
        self.new_title_cppap.setObjectName("newTitleCppap")
        self.new_title_cppap.setChecked(True)
        for widget in (
            self.new_title_name,
            self.new_title_issn,
            self.new_title_distributor,
            self.new_title_periodicity,
        ):
            widget.setMinimumHeight(44)
        form.addRow(self.tr("Titre"), self.new_title_name)
        form.addRow(self.tr("ISSN"), self.new_title_issn)
        form.addRow(self.tr("Distributeur"), self.new_title_distributor)
        form.addRow(self.tr("Périodicité"), self.new_title_periodicity)
        form.addRow("", self.new_title_cppap)
        column.addLayout(form)
        add = _button(self.tr("Ajouter le titre"), "addTitle", primary=True)
        add.clicked.connect(self.add_title)
        column.addWidget(add, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def add_title(self) -> None:
        data = press.TitleInput(
            name=self.new_title_name.text(),
            issn=self.new_title_issn.text(),
            distributor=self.new_title_distributor.currentText(),
            periodicity=Periodicity(str(self.new_title_periodicity.currentData())),
            cppap=self.new_title_cppap.isChecked(),
        )
        added = call_service(self, lambda: press.add_title(self.ctx, self._actor(), data))
        if added is None:
            return
        self.new_title_name.clear()
        self.new_title_issn.clear()
        show_toast(self, self.tr("Titre ajouté : {0}").format(added.name))
        self.refresh()

    # ------------------------------------------------------------------ refresh
    def refresh(self) -> None:
        self._titles = press.list_titles(self.ctx)
        current = self.title_combo.currentData()
        self.title_combo.blockSignals(True)
        self.title_combo.clear()
        for title in self._titles:
            self.title_combo.addItem(f"{title.name} ({title.distributor})", title.id)
        found = self.title_combo.findData(current)
        self.title_combo.setCurrentIndex(found if found >= 0 else (0 if self._titles else -1))
        self.title_combo.blockSignals(False)
        self.titles_model.set_rows(self._titles)
        due = press.returns_due(self.ctx)
        issues = due if self.due_only.isChecked() else press.issues_on_sale(self.ctx)
        self.issues_model.set_rows(issues)
        self.returns_summary.setText(
            self.tr("À rendre aujourd'hui : {0} parution(s), {1} exemplaire(s)").format(
                len(due), sum(v.on_shelf for v in due)
            )
        )
        balances = third_party.balances(self.ctx)
        self.balances_model.set_rows(balances)
        current_item = self.item_combo.currentData()
        self.item_combo.clear()
        for item in third_party.third_party_items(self.ctx):
            suffix = f" → {item.beneficiary}" if item.beneficiary else ""
            self.item_combo.addItem(item.name + suffix, item.product_id)
        found = self.item_combo.findData(current_item)
        if found >= 0:
            self.item_combo.setCurrentIndex(found)
        typed = self.item_beneficiary.currentText()
        self.item_beneficiary.clear()
        names = [b.name for b in balances if b.kind != "distributor"]
        self.item_beneficiary.addItems(names or ["La Poste"])
        if typed:
            self.item_beneficiary.setCurrentText(typed)

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)
