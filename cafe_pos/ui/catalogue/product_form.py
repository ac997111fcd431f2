"""The product form: every field of a catalogue article, barcodes list, French errors.

The form only collects what was typed and calls ``services.catalogue.create_product`` or
``update_product``; the service decides what is valid. Errors of what the form parses
itself (price, a barcode being added) appear under the field; the service's refusals
appear in the red box above the buttons (and under the field when the error names it).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cafe_pos.context import ServiceContext
from cafe_pos.domain.catalogue import MAX_NAME_LENGTH, MAX_SHORT_LABEL_LENGTH
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.users import Actor
from cafe_pos.domain.vat import FRENCH_VAT_RATES, VAT_20
from cafe_pos.services import catalogue as catalogue_service
from cafe_pos.services.catalogue import ProductInput, ProductView
from cafe_pos.ui.widgets.messages import error_text, require_actor
from cafe_pos.ui.widgets.money import format_amount, format_rate, parse_amount
from cafe_pos.ui.widgets.spinboxes import TenthsSpinBox

ActorProvider = Callable[[], Actor | None]
FIELDS = (
    "name",
    "short_label",
    "category_id",
    "price_cents",
    "vat_onsite_bp",
    "vat_takeaway_bp",
    "abv_tenths",
    "barcodes",
    "deposit_product_id",
    "position",
)


class ProductForm(QDialog):
    """Create (``product=None``) or edit a product. Emits ``saved(ProductView)``."""

    saved = Signal(object)

    def __init__(
        self,
        ctx: ServiceContext,
        actor_provider: ActorProvider,
        product: ProductView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("productForm")
        self.ctx = ctx
        self.actor_provider = actor_provider
        self.product = product
        self.setWindowTitle(
            self.tr("Nouvel article") if product is None else self.tr("Modifier l'article")
        )
        self.setMinimumSize(960, 640)  # within a 1024×768 screen, Enregistrer in reach
        self.field_errors: dict[str, QLabel] = {}

        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setMaxLength(MAX_NAME_LENGTH)  # what a receipt line shows
        self.name_edit.setPlaceholderText(
            self.tr("Nom sur le ticket ({0} caractères)").format(MAX_NAME_LENGTH)
        )
        self.short_edit = QLineEdit(self)
        self.short_edit.setObjectName("shortLabelEdit")
        self.short_edit.setMaxLength(MAX_SHORT_LABEL_LENGTH)
        self.short_edit.setPlaceholderText(self.tr("Texte de la touche (24 caractères)"))
        self.category_combo = QComboBox(self)
        self.category_combo.setObjectName("categoryCombo")
        self.price_edit = QLineEdit(self)
        self.price_edit.setObjectName("priceEdit")
        self.price_edit.setPlaceholderText("0,00")
        self.unit_combo = QComboBox(self)
        self.unit_combo.addItem(self.tr("la pièce"), "piece")
        self.unit_combo.addItem(self.tr("le kg"), "kg")
        self.vat_onsite_combo = self._vat_combo("vatOnsiteCombo")
        self.vat_takeaway_combo = self._vat_combo("vatTakeawayCombo")
        # the category's usual rates are proposed; other rates are confirmed on purpose
        self.usual_rates: tuple[int, int] | None = None
        self.rates_check = QCheckBox(
            self.tr("Taux différent de la catégorie (confiserie, non alimentaire…)"), self
        )
        self.rates_check.setObjectName("ratesConfirmedCheck")
        self.rates_hint = QLabel(self)
        self.rates_hint.setObjectName("ratesHint")
        self.rates_hint.setWordWrap(True)
        self.position_spin = QSpinBox(self)
        self.position_spin.setRange(0, 9999)

        self.alcohol_check = QCheckBox(self.tr("Boisson alcoolisée"), self)
        self.alcohol_check.setObjectName("alcoholCheck")
        self.abv_spin = TenthsSpinBox(self)
        self.abv_spin.setObjectName("abvSpin")
        self.abv_spin.setSuffix(self.tr(" % vol"))
        self.alcohol_check.toggled.connect(self.abv_spin.setEnabled)
        self.drink_check = QCheckBox(self.tr("Boisson (part des boissons sans alcool)"), self)
        self.third_party_check = QCheckBox(self.tr("Vendu pour un tiers (presse, timbres…)"), self)
        self.meal_voucher_check = QCheckBox(self.tr("Payable en titres-restaurant"), self)
        self.quick_key_check = QCheckBox(self.tr("Touche rapide sur l'écran de vente"), self)
        self.track_stock_check = QCheckBox(self.tr("Suivre le stock"), self)
        self.deposit_combo = QComboBox(self)
        self.deposit_combo.setObjectName("depositCombo")

        self.barcode_list = QListWidget(self)
        self.barcode_list.setObjectName("barcodeList")
        self.barcode_list.setMinimumHeight(96)
        self.barcode_edit = QLineEdit(self)
        self.barcode_edit.setObjectName("barcodeEdit")
        self.barcode_edit.setPlaceholderText(self.tr("Scannez ou tapez un code"))
        self.barcode_edit.returnPressed.connect(self.add_barcode)
        self.add_barcode_button = QPushButton(self.tr("Ajouter"), self)
        self.add_barcode_button.setObjectName("addBarcodeButton")
        self.add_barcode_button.clicked.connect(self.add_barcode)
        self.remove_barcode_button = QPushButton(self.tr("Retirer"), self)
        self.remove_barcode_button.setObjectName("removeBarcodeButton")
        self.remove_barcode_button.clicked.connect(self.remove_barcode)

        self.form_errors = QLabel(self)
        self.form_errors.setObjectName("formErrors")
        self.form_errors.setWordWrap(True)
        self.form_errors.hide()
        self.cancel_button = QPushButton(self.tr("Annuler"), self)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Enregistrer"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.setProperty("kind", "primary")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self._layout()
        self._load_choices()
        self._fill(product)
        self._read_usual_rates()
        self._show_rates_state()
        self.category_combo.currentIndexChanged.connect(self._category_chosen)
        self.vat_onsite_combo.currentIndexChanged.connect(self._show_rates_state)
        self.vat_takeaway_combo.currentIndexChanged.connect(self._show_rates_state)

    # -- layout -----------------------------------------------------------------------
    def _vat_combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for rate in FRENCH_VAT_RATES:
            combo.addItem(format_rate(rate), rate)
        return combo

    def _with_error(self, field: str, widget: QWidget) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel(box)
        error.setObjectName(f"error_{field}")
        error.setProperty("error", True)
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        self.field_errors[field] = error
        return box

    def _layout(self) -> None:
        main = QVBoxLayout(self)
        columns = QHBoxLayout()
        article = QGroupBox(self.tr("Article"), self)
        form = QFormLayout(article)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(self.tr("Nom"), self._with_error("name", self.name_edit))
        form.addRow(self.tr("Libellé de touche"), self._with_error("short_label", self.short_edit))
        form.addRow(self.tr("Catégorie"), self._with_error("category_id", self.category_combo))
        price_row = QWidget(self)
        price_layout = QHBoxLayout(price_row)
        price_layout.setContentsMargins(0, 0, 0, 0)
        price_layout.addWidget(self.price_edit, 1)
        price_layout.addWidget(QLabel("€", self))
        price_layout.addWidget(self.unit_combo)
        form.addRow(self.tr("Prix TTC"), self._with_error("price_cents", price_row))
        form.addRow(
            self.tr("TVA sur place"), self._with_error("vat_onsite_bp", self.vat_onsite_combo)
        )
        form.addRow(
            self.tr("TVA à emporter"), self._with_error("vat_takeaway_bp", self.vat_takeaway_combo)
        )
        form.addRow("", self.rates_hint)
        form.addRow("", self.rates_check)
        form.addRow(self.tr("Ordre des touches"), self._with_error("position", self.position_spin))
        form.addRow(
            self.tr("Consigne liée"), self._with_error("deposit_product_id", self.deposit_combo)
        )
        columns.addWidget(article, 1)

        options = QGroupBox(self.tr("Options et codes-barres"), self)
        right = QVBoxLayout(options)
        alcohol_row = QHBoxLayout()
        alcohol_row.addWidget(self.alcohol_check)
        alcohol_row.addWidget(self._with_error("abv_tenths", self.abv_spin), 1)
        right.addLayout(alcohol_row)
        for check in (
            self.drink_check,
            self.third_party_check,
            self.meal_voucher_check,
            self.quick_key_check,
            self.track_stock_check,
        ):
            right.addWidget(check)
        right.addWidget(QLabel(self.tr("Codes-barres"), self))
        right.addWidget(self.barcode_list, 1)
        add_row = QHBoxLayout()
        add_row.addWidget(self.barcode_edit, 1)
        add_row.addWidget(self.add_barcode_button)
        add_row.addWidget(self.remove_barcode_button)
        right.addLayout(add_row)
        barcode_error = self._with_error("barcodes", QWidget(self))
        right.addWidget(barcode_error)
        columns.addWidget(options, 1)
        main.addLayout(columns, 1)
        main.addWidget(self.form_errors)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        main.addLayout(buttons)

    def _load_choices(self) -> None:
        self.category_combo.addItem(self.tr("Sans catégorie"), None)
        for category in catalogue_service.list_categories(self.ctx, include_inactive=True):
            self.category_combo.addItem(category.name, category.id)
        self.deposit_combo.addItem(self.tr("Aucune"), None)
        own_id = self.product.id if self.product is not None else None
        for other in catalogue_service.search_products(self.ctx, limit=5000):
            if other.id != own_id:
                self.deposit_combo.addItem(
                    f"{other.name} ({format_amount(other.price_cents)} €)", other.id
                )

    def _fill(self, product: ProductView | None) -> None:
        if product is None:
            self._select(self.vat_onsite_combo, VAT_20)
            self._select(self.vat_takeaway_combo, VAT_20)
            self.quick_key_check.setChecked(True)
            self.track_stock_check.setChecked(True)
            self.abv_spin.setEnabled(False)
            return
        self.name_edit.setText(product.name)
        self.short_edit.setText(product.short_label)
        self._select(self.category_combo, product.category_id)
        self.price_edit.setText(format_amount(product.price_cents).replace(" ", ""))
        self._select(self.unit_combo, product.unit)
        self._select(self.vat_onsite_combo, product.vat_onsite_bp)
        self._select(self.vat_takeaway_combo, product.vat_takeaway_bp)
        self.position_spin.setValue(product.position)
        self.alcohol_check.setChecked(product.is_alcohol)
        self.abv_spin.setEnabled(product.is_alcohol)
        self.abv_spin.setValue(product.abv_tenths or 0)
        self.drink_check.setChecked(product.is_drink)
        self.third_party_check.setChecked(product.third_party)
        self.meal_voucher_check.setChecked(product.meal_voucher_ok)
        self.quick_key_check.setChecked(product.quick_key)
        self.track_stock_check.setChecked(product.track_stock)
        self._select(self.deposit_combo, product.deposit_product_id)
        self.barcode_list.addItems(list(product.barcodes))

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    # -- VAT of the category ------------------------------------------------------------
    def _read_usual_rates(self) -> None:
        own_id = self.product.id if self.product is not None else None
        self.usual_rates = catalogue_service.category_rates(
            self.ctx, self.category_combo.currentData(), exclude_product_id=own_id
        )

    def _category_chosen(self) -> None:
        """A category chosen: its usual VAT rates are proposed."""
        self._read_usual_rates()
        if self.usual_rates is not None:
            self._select(self.vat_onsite_combo, self.usual_rates[0])
            self._select(self.vat_takeaway_combo, self.usual_rates[1])
        self.rates_check.setChecked(False)
        self._show_rates_state()

    def chosen_rates(self) -> tuple[int, int]:
        return (
            int(self.vat_onsite_combo.currentData()),
            int(self.vat_takeaway_combo.currentData()),
        )

    def _show_rates_state(self) -> None:
        usual = self.usual_rates
        if usual is None:
            self.rates_hint.hide()
            self.rates_check.hide()
            return
        self.rates_hint.setText(
            self.tr("Taux de la catégorie : {0} sur place, {1} à emporter").format(
                format_rate(usual[0]), format_rate(usual[1])
            )
        )
        self.rates_hint.show()
        differs = self.chosen_rates() != usual
        self.rates_check.setVisible(differs)
        if not differs:
            self.rates_check.setChecked(False)

    # -- barcodes ---------------------------------------------------------------------
    def barcodes(self) -> tuple[str, ...]:
        return tuple(self.barcode_list.item(i).text() for i in range(self.barcode_list.count()))

    def add_barcode(self) -> bool:
        """Check the typed code (EAN-13, EAN-8, UPC-A) and add it; False when refused."""
        from cafe_pos.domain.barcodes import validate_barcode

        text = self.barcode_edit.text().strip()
        if not text:
            return True
        try:
            code = validate_barcode(text)
        except UserError as exc:
            self.show_field_error("barcodes", exc)
            self.barcode_edit.setProperty("invalid", True)
            self._repolish(self.barcode_edit)
            return False
        self.field_errors["barcodes"].hide()
        self.barcode_edit.setProperty("invalid", False)
        self._repolish(self.barcode_edit)
        if code not in self.barcodes():
            self.barcode_list.addItem(code)
        self.barcode_edit.clear()
        return True

    def remove_barcode(self) -> None:
        row = self.barcode_list.currentRow()
        if row >= 0:
            self.barcode_list.takeItem(row)

    # -- errors -----------------------------------------------------------------------
    def clear_errors(self) -> None:
        for label in self.field_errors.values():
            label.clear()
            label.hide()
        self.form_errors.clear()
        self.form_errors.hide()
        for edit in (self.price_edit, self.barcode_edit):
            edit.setProperty("invalid", False)
            self._repolish(edit)

    def show_field_error(self, field: str, error: BaseException | str) -> None:
        label = self.field_errors.get(field)
        if label is None:
            self.show_form_error(error)
            return
        label.setText(error_text(error))
        label.show()

    def show_form_error(self, error: BaseException | str) -> None:
        self.form_errors.setText(error_text(error))
        self.form_errors.show()

    @staticmethod
    def _repolish(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    # -- save -------------------------------------------------------------------------
    def collect(self) -> ProductInput:
        """What the form holds, as the service's input (raises UserError on a bad price)."""
        price = parse_amount(self.price_edit.text())
        is_alcohol = self.alcohol_check.isChecked()
        return ProductInput(
            name=self.name_edit.text(),
            short_label=self.short_edit.text(),
            category_id=self.category_combo.currentData(),
            price_cents=price,
            vat_onsite_bp=int(self.vat_onsite_combo.currentData()),
            vat_takeaway_bp=int(self.vat_takeaway_combo.currentData()),
            is_alcohol=is_alcohol,
            abv_tenths=self.abv_spin.value() if is_alcohol else None,
            is_drink=self.drink_check.isChecked(),
            third_party=self.third_party_check.isChecked(),
            meal_voucher_ok=self.meal_voucher_check.isChecked(),
            unit=str(self.unit_combo.currentData()),
            barcodes=self.barcodes(),
            quick_key=self.quick_key_check.isChecked(),
            position=self.position_spin.value(),
            active=self.product.active if self.product is not None else True,
            deposit_product_id=self.deposit_combo.currentData(),
            track_stock=self.track_stock_check.isChecked(),
            rates_confirmed=self.rates_check.isChecked(),
        )

    def save(self) -> ProductView | None:
        """Create or update through the service; on refusal show why and keep the form."""
        self.clear_errors()
        if not self.add_barcode():  # a code typed but not added yet counts too
            return None
        try:
            data = self.collect()
        except UserError as exc:
            self.show_field_error("price_cents", exc)
            self.price_edit.setProperty("invalid", True)
            self._repolish(self.price_edit)
            return None
        try:
            actor = require_actor(self.actor_provider)
            if self.product is None:
                view = catalogue_service.create_product(self.ctx, actor, data)
            else:
                view = catalogue_service.update_product(self.ctx, actor, self.product.id, data)
        except UserError as exc:
            self.show_form_error(exc)
            field = getattr(exc, "field", None)
            if isinstance(field, str) and field in self.field_errors:
                self.show_field_error(field, exc)
            return None
        self.product = view
        self.saved.emit(view)
        self.accept()
        return view

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in the barcode field adds the code; it must not close the dialog.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.barcode_edit.hasFocus():
            return
        super().keyPressEvent(event)
