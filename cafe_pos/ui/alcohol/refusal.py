"""Refusal to serve a manifestly drunk customer: one tap, then water and the help line.

``DrunkRefusalButton`` (for the sale screen and the tab screen) records the refusal,
takes the alcoholic lines off the cart, and opens a ``RefusalDialog`` showing the
``RefusalPanel``: the refusal text, what was removed, water and a soft drink to offer,
and Alcool Info Service's number.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cafe_pos.context import ServiceContext
from cafe_pos.domain.cart import Cart
from cafe_pos.domain.users import Actor
from cafe_pos.ui.widgets.messages import call_service, require_actor, show_toast
from cafe_pos.ui.widgets.touch_dialog import TouchDialog
from cafe_pos.ui.widgets.touch_style import big_button
from cafe_pos.ui.widgets.transient import open_transient

if TYPE_CHECKING:  # the responsible-sale service loads on first use: not at start-up
    from cafe_pos.services.alcohol import ResponsibleTexts


class RefusalPanel(QFrame):
    """What the cashier shows and offers after refusing alcohol."""

    water_requested = Signal()
    soft_requested = Signal()
    closed = Signal()

    def __init__(
        self,
        texts: ResponsibleTexts,
        removed_labels: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("refusalPanel")
        self.setStyleSheet(
            "#refusalPanel { background: #fff8e1; border: 2px solid #ef6c00; border-radius: 12px; }"
            "#refusalTitle { font-size: 18pt; font-weight: 700; color: #bf360c; }"
            "#helpLine { font-size: 15pt; font-weight: 600; color: #0d47a1; }"
        )
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Service d'alcool refusé : ivresse manifeste"), self)
        title.setObjectName("refusalTitle")
        title.setWordWrap(True)
        layout.addWidget(title)
        self.text_label = QLabel(texts.refusal, self)
        self.text_label.setObjectName("refusalText")
        self.text_label.setWordWrap(True)
        layout.addWidget(self.text_label)
        self.removed_label = QLabel(self)
        self.removed_label.setObjectName("removedLines")
        self.removed_label.setWordWrap(True)
        if removed_labels:
            self.removed_label.setText(
                self.tr("Retiré du ticket : {0}").format(", ".join(removed_labels))
            )
        self.removed_label.setVisible(bool(removed_labels))
        layout.addWidget(self.removed_label)
        hint = QLabel(
            self.tr("Boissons sans alcool et nourriture restent possibles. Proposez :"), self
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        row = QHBoxLayout()
        self.water_button = big_button(
            self.tr("Carafe d'eau offerte"), self, object_name="offerWater"
        )
        self.water_button.clicked.connect(self.water_requested)
        self.soft_button = big_button(self.tr("Boisson sans alcool"), self, object_name="offerSoft")
        self.soft_button.clicked.connect(self.soft_requested)
        row.addWidget(self.water_button)
        row.addWidget(self.soft_button)
        layout.addLayout(row)
        self.help_label = QLabel(texts.help_line, self)
        self.help_label.setObjectName("helpLine")
        self.help_label.setWordWrap(True)
        layout.addWidget(self.help_label)
        self.close_button: QPushButton = big_button(
            self.tr("Fermer"), self, object_name="closeRefusal"
        )
        self.close_button.clicked.connect(self.closed)
        layout.addWidget(self.close_button)


class RefusalDialog(TouchDialog):
    def __init__(
        self,
        texts: ResponsibleTexts,
        removed_labels: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Refus de service"), parent)
        self.setObjectName("refusalDialog")
        self.panel = RefusalPanel(texts, removed_labels, self)
        self.panel.closed.connect(self.accept)
        self.panel.water_requested.connect(self.accept)
        self.panel.soft_requested.connect(self.accept)
        self.layout_.addWidget(self.panel)
        self.resize(560, 520)


class DrunkRefusalButton(QPushButton):
    """ "Refus : ivresse" — one tap from the sale screen or a tab.

    ``cart_changed`` fires after the alcohol lines are removed (and after the free water
    was added, if the cashier offers it); ``soft_drink_requested`` asks the screen to show
    its soft-drink keys.
    """

    cart_changed = Signal()
    soft_drink_requested = Signal()

    def __init__(
        self,
        ctx: ServiceContext,
        actor_provider: Callable[[], Actor | None],
        cart_provider: Callable[[], Cart],
        tab_provider: Callable[[], int | None] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Refus : ivresse"), parent)
        self.setObjectName("drunkRefusalButton")
        self.setStyleSheet("color: #bf360c; border-color: #bf360c; font-weight: 600;")
        self._ctx = ctx
        self._actor_provider = actor_provider
        self._cart_provider = cart_provider
        self._tab_provider = tab_provider
        self.dialog: RefusalDialog | None = None
        self.clicked.connect(self.refuse)

    def refuse(self) -> None:
        from cafe_pos.domain.alcohol import RefusalReason, remove_alcohol
        from cafe_pos.services import alcohol

        texts = call_service(
            self,
            lambda: alcohol.refuse_service(
                self._ctx,
                require_actor(self._actor_provider),
                RefusalReason.DRUNK,
                tab_id=self._tab_provider(),
            ),
        )
        if texts is None:
            return
        cart = self._cart_provider()
        removed = [line.label for line in remove_alcohol(cart)]
        self.cart_changed.emit()
        self.dialog = RefusalDialog(texts, removed, self.window())
        self.dialog.panel.water_requested.connect(self._offer_water)
        self.dialog.panel.soft_requested.connect(self.soft_drink_requested)
        open_transient(self.dialog)

    def _offer_water(self) -> None:
        from cafe_pos.services import alcohol

        water = call_service(self, lambda: alcohol.free_water_item(self._ctx))
        if water is None:
            show_toast(self, self.tr("Aucune carafe d'eau gratuite au catalogue"), error=True)
            return
        self._cart_provider().add(water)
        self.cart_changed.emit()
