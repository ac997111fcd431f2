"""Pick the tab (ardoise) a round goes on, or name a new one."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget

from cafe_pos.context import ServiceContext
from cafe_pos.domain.money import format_eur
from cafe_pos.services import tabs
from cafe_pos.services.tabs import TabView
from cafe_pos.ui.widgets.touch_dialog import TouchDialog


def _t(text: str) -> str:
    return QCoreApplication.translate("tabs", text)


def tab_age(opened_at: dt.datetime, now: dt.datetime) -> str:
    """ "depuis 5 min", "depuis 1 h 20"."""
    minutes = max(int((now - opened_at).total_seconds() // 60), 0)
    if minutes < 60:
        return _t("depuis {0} min").format(minutes)
    hours, rest = divmod(minutes, 60)
    if rest:
        return _t("depuis {0} h {1}").format(hours, f"{rest:02d}")
    return _t("depuis {0} h").format(hours)


class TabChooserDialog(TouchDialog):
    """Open tabs to choose from, and a field for a new tab. ``tab_id`` or ``new_label``."""

    def __init__(
        self,
        ctx: ServiceContext,
        parent: QWidget | None = None,
        *,
        title: str | None = None,
        exclude: int | None = None,
    ) -> None:
        super().__init__(title or self.tr("Mettre sur une ardoise"), parent)
        self.setObjectName("tabChooser")
        self.tab_id: int | None = None
        self.new_label = ""
        now = ctx.clock.now()
        self.list = QListWidget(self)
        self.list.setObjectName("tabList")
        self.list.setStyleSheet(
            "QListWidget { font-size: 15pt; } QListWidget::item { padding: 12px; }"
        )
        for view in tabs.list_open_tabs(ctx):
            if view.id == exclude:
                continue
            row = QListWidgetItem(
                f"{view.label} — {format_eur(view.total_cents)} — {tab_age(view.opened_at, now)}"
            )
            row.setData(Qt.ItemDataRole.UserRole, view)
            self.list.addItem(row)
        self.list.itemDoubleClicked.connect(lambda _item: self.try_accept())
        self.layout_.addWidget(self.list)
        new_caption = QLabel(self.tr("… ou une nouvelle ardoise (nom ou numéro de table) :"), self)
        self.layout_.addWidget(new_caption)
        self.new_edit = QLineEdit(self)
        self.new_edit.setObjectName("newTabEdit")
        self.new_edit.setMaxLength(tabs.MAX_LABEL_LENGTH)
        self.new_edit.setPlaceholderText(self.tr("ex. Table 4, Marcel"))
        self.new_edit.textEdited.connect(lambda _t: self.list.clearSelection())
        self.new_edit.returnPressed.connect(self.try_accept)
        self.layout_.addWidget(self.new_edit)
        self.add_ok_cancel(self.tr("Valider"))
        if self.list.count() == 0:
            self.list.hide()
            new_caption.setText(self.tr("Aucune ardoise ouverte : nom ou numéro de la nouvelle"))
            self.new_edit.setFocus()
        self.resize(620, 520 if self.list.count() else 240)

    def choose(self, label: str) -> None:
        """Choose the open tab called ``label`` (tests, keyboard)."""
        for index in range(self.list.count()):
            view: TabView = self.list.item(index).data(Qt.ItemDataRole.UserRole)
            if view.label == label:
                self.list.setCurrentRow(index)
                self.new_edit.clear()
                self.try_accept()
                return
        raise LookupError(label)

    def try_accept(self) -> None:
        label = self.new_edit.text().strip()
        if label:
            self.new_label = label
            self.accept()
            return
        item = self.list.currentItem()
        if item is None or not item.isSelected():
            self.show_error(self.tr("Choisissez une ardoise ou tapez le nom d'une nouvelle"))
            return
        view: TabView = item.data(Qt.ItemDataRole.UserRole)
        self.tab_id = view.id
        self.accept()
