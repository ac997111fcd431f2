"""Before the first cash of the day: the drawer is opened with its float.

Shown by the sale screen when a payment is about to start and no drawer session is open:
one tap opens it with the last session's float ("Ouvrir avec 150,00 €"), or the float is
counted piece by piece. Without it the service would still open the drawer with the last
float (``cash.ensure_drawer_open``), so cash is never outside the expected drawer.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from cafe_pos.context import ServiceContext
from cafe_pos.domain.money import format_eur
from cafe_pos.domain.users import Actor
from cafe_pos.services import cash
from cafe_pos.ui.cash.counting import CountingWidget
from cafe_pos.ui.widgets.messages import Failed, attempt
from cafe_pos.ui.widgets.touch_dialog import TouchDialog
from cafe_pos.ui.widgets.touch_style import big_button


class FloatPrompt(TouchDialog):
    """ "La caisse n'est pas ouverte": open it with the last float, or count it."""

    def __init__(
        self, ctx: ServiceContext, actor: Callable[[], Actor], parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Ouvrir la caisse"), parent)
        self.setObjectName("floatPrompt")
        self._ctx = ctx
        self._actor = actor
        last = cash.last_float_cents(ctx)
        self.last_float = last or 0
        hint = QLabel(
            self.tr("La caisse n'est pas ouverte : indiquez le fond de caisse avant d'encaisser."),
            self,
        )
        hint.setWordWrap(True)
        self.layout_.addWidget(hint)
        self.layout_.addWidget(self.error_label)
        self.same_button = big_button(
            self.tr("Ouvrir avec {0}").format(format_eur(self.last_float)),
            self,
            object_name="payButton",
            height=64,
        )
        self.same_button.clicked.connect(self._open_same)
        self.same_button.setVisible(last is not None)
        self.layout_.addWidget(self.same_button)
        self.counter = CountingWidget(self)
        self.counter.hide()
        self.layout_.addWidget(self.counter)
        row = QHBoxLayout()
        self.count_button = big_button(self.tr("Compter le fond…"), self)
        self.count_button.setObjectName("countFloat")
        self.count_button.clicked.connect(self._show_counter)
        self.open_counted = big_button(self.tr("Ouvrir avec ce fond"), self)
        self.open_counted.setObjectName("openCounted")
        self.open_counted.hide()
        self.open_counted.clicked.connect(lambda: self._open(self.counter.counts()))
        cancel = big_button(self.tr("Annuler"), self)
        cancel.setObjectName("cancelFloat")
        cancel.clicked.connect(self.reject)
        for button in (self.count_button, self.open_counted, cancel):
            row.addWidget(button)
        self.layout_.addLayout(row)
        if last is None:  # a first opening is counted
            self._show_counter()

    def _show_counter(self) -> None:
        self.counter.show()
        self.count_button.hide()
        self.open_counted.show()
        self.adjustSize()

    def _open_same(self) -> None:
        opened = attempt(
            lambda: cash.open_with_last_float(self._ctx, self._actor()), self.show_error
        )
        if not isinstance(opened, Failed):
            self.accept()

    def _open(self, counts: dict[int, int]) -> None:
        opened = attempt(
            lambda: cash.open_session(self._ctx, self._actor(), counts), self.show_error
        )
        if not isinstance(opened, Failed):
            self.accept()
