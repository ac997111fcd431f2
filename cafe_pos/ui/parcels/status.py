"""The relay in the main window outside its section: the status bar's counts (parcels on
the shelf, returns due) and "Remettre un colis" (F9), which opens the hand-over over
the sale screen so a parcel and a purchase go in the same visit.

``install(window, ctx)`` is called once by ``qt_app.build_window``; nothing of the relay is
imported or queried until the window is on screen (first count after a short delay).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QLabel, QSizePolicy

from cafe_pos.context import ServiceContext

if TYPE_CHECKING:
    from cafe_pos.ui.app_window import MainWindow

REFRESH_MS = 60_000
FIRST_REFRESH_MS = 2_000


class ParcelStatusLabel(QLabel):
    """ "Colis : 12 en rayon · 2 à retourner" (red when returns are due); a click opens
    the Colis section."""

    def __init__(self, window: MainWindow, ctx: ServiceContext) -> None:
        super().__init__(window.status)
        self.setObjectName("statusParcels")
        self.setProperty("state", "neutral")
        self.setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
        # The status bar is already full on a 1280 px counter: this label takes the room
        # left and never widens the window (the whole text is in the tooltip).
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(0)
        self.window_ = window
        self.ctx = ctx
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        QTimer.singleShot(FIRST_REFRESH_MS, self.refresh)
        self.installEventFilter(self)

    def refresh(self) -> None:
        from cafe_pos.domain.errors import UserError
        from cafe_pos.services import parcels

        try:
            counts = parcels.shelf_counts(self.ctx)
        except UserError:
            return
        text = self.tr("Colis {0}").format(counts.on_shelf)
        whole = self.tr("Colis : {0} en rayon, {1} à retourner, {2} expirent demain").format(
            counts.on_shelf, counts.returns_due, counts.expiring_tomorrow
        )
        if counts.returns_due:
            text += self.tr(" · {0} retour(s)").format(counts.returns_due)
        self.setText(text)
        self.setToolTip(whole)
        badge = getattr(self.window_, "parcel_badge", None)
        if isinstance(badge, QLabel):  # the count beside "Remise colis" (always in view)
            badge.setText(str(counts.on_shelf) + (" !" if counts.returns_due else ""))
            badge.setToolTip(whole)
            badge.setStyleSheet("color: #ff8a80; font-weight: 700;" if counts.returns_due else "")
        self.setProperty("state", "problem" if counts.returns_due else "neutral")
        self.style().unpolish(self)
        self.style().polish(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self
            and event.type() == QEvent.Type.MouseButtonRelease
            and not self.window_.is_locked()
        ):
            self.window_.show_section("parcels")
            return True
        return super().eventFilter(watched, event)


def open_hand_over(window: MainWindow, ctx: ServiceContext) -> None:
    """The hand-over dialog over whatever screen is shown (the sale waits behind it)."""
    from cafe_pos.ui.parcels.handover import HandOverDialog

    dialog = HandOverDialog(ctx, window.current_actor, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    status = getattr(window, "parcel_status", None)
    if status is not None:
        dialog.finished.connect(lambda _r: status.refresh())
    window.parcel_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()


def install(window: MainWindow, ctx: ServiceContext) -> ParcelStatusLabel:
    label = ParcelStatusLabel(window, ctx)
    window.status.addWidget(label)
    window.parcel_status = label  # type: ignore[attr-defined]
    button = window.add_nav_action(
        "parcelHandOverButton",
        QCoreApplication.translate("parcels", "Remise colis"),
        "F9",
        lambda: open_hand_over(window, ctx),
    )
    window.parcel_badge = button.findChild(QLabel, "navKey")  # type: ignore[attr-defined]
    return label
