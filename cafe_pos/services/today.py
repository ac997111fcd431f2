"""What the day asks of the manager: the "Aujourd'hui" screen's lines, in one read.

Each line says one thing to do or to know, how many, and which section of the window
deals with it: yesterday's Z, bread to receive and reservations to put aside, parcels to
return and on the shelf, press returns due, grocery expiring or below its minimum,
supplier orders to send today, open tabs and accounts over their limit, printer and HQ
problems, the last good backup and a nearly full disk, the network catalogue's changes waiting for
the manager. A part that cannot be read (a new café with no baker yet, say) gives no line:
the screen never fails because one service has nothing to say.

A line's words are a French template with ``{0}`` places (``TEMPLATES``) and the values
to put in them: the screen translates the template into the interface's language
(``ui.today.wording`` lists them for Qt's translation files) and fills it in.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from cafe_pos.context import ServiceContext
from cafe_pos.domain.business_day import business_date
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.formatting import date_fr
from cafe_pos.domain.money import format_eur
from cafe_pos.services import (
    accounts,
    backups,
    bread,
    closing,
    hq_sync,
    network_catalogue,
    parcels,
    press,
    printing,
    retention,
    stock,
    stock_checks,
    tabs,
)

log = logging.getLogger(__name__)


class Level(StrEnum):
    TODO = "todo"  # something to do today
    WARN = "warn"  # something wrong
    INFO = "info"  # good to know
    OK = "ok"  # nothing to do


# The templates of the lines (French; the screen translates them).
Z_PENDING = "Journée non clôturée (Z) : {0}"
Z_DONE = "La veille est clôturée (Z fait)"
BREAD_RECEPTION_ONE = "Pain à réceptionner : {0} ({1} pièce commandée)"
BREAD_RECEPTION = "Pain à réceptionner : {0} ({1} pièces commandées)"
BREAD_RESERVATIONS = "Réservations de pain à mettre de côté : {0}"
PARCELS_RETURNS = "Colis à retourner aujourd'hui : {0}"
PARCELS_TOMORROW = "Colis dont le délai expire demain (prévenir le destinataire) : {0}"
PARCELS_SHELF = "Colis en rayon : {0}"
PRESS_RETURNS_ONE = "Presse à rendre aujourd'hui : {0} parution, {1} exemplaire"
PRESS_RETURNS_ONE_ISSUE = "Presse à rendre aujourd'hui : {0} parution, {1} exemplaires"
PRESS_RETURNS = "Presse à rendre aujourd'hui : {0} parutions, {1} exemplaires"
STOCK_EXPIRING = "Épicerie à retirer ou à solder (dates proches) : {0}"
STOCK_LOW_ONE = "Épicerie sous le minimum : {0} produit"
STOCK_LOW = "Épicerie sous le minimum : {0} produits"
STOCK_ORDERS = "Commandes fournisseurs à envoyer aujourd'hui : {0}"
TABS_OPEN = "Ardoises ouvertes : {0}"
ACCOUNTS_OVER = "Comptes clients au-delà de leur plafond : {0} (dépassement {1})"
PRINTER_FAILED = "Impressions en échec : {0} ({1})"
BACKUP_LAST = "Dernière sauvegarde vérifiée : {0}"
BACKUP_LAST_WARN = "Dernière sauvegarde vérifiée : {0} — {1}"
BACKUP_NONE = "Aucune sauvegarde vérifiée"
BACKUP_NONE_WARN = "Aucune sauvegarde vérifiée — {0}"
NETWORK_ONE = "Catalogue du réseau : {0} changement à examiner (Réglages → Catalogue du réseau)"
NETWORK = "Catalogue du réseau : {0} changements à examiner (Réglages → Catalogue du réseau)"
AS_IS = "{0}"  # a text another service wrote (HQ link, disk, archives)
TEMPLATES = (
    Z_PENDING, Z_DONE, BREAD_RECEPTION_ONE, BREAD_RECEPTION, BREAD_RESERVATIONS,
    PARCELS_RETURNS, PARCELS_TOMORROW, PARCELS_SHELF, PRESS_RETURNS_ONE,
    PRESS_RETURNS_ONE_ISSUE, PRESS_RETURNS, STOCK_EXPIRING, STOCK_LOW_ONE, STOCK_LOW,
    STOCK_ORDERS, TABS_OPEN, ACCOUNTS_OVER, PRINTER_FAILED, BACKUP_LAST, BACKUP_LAST_WARN,
    BACKUP_NONE, BACKUP_NONE_WARN, NETWORK_ONE, NETWORK, AS_IS,
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class TodayLine:
    key: str  # stable identifier of the line (tests, the screen)
    section: str  # the window's section that deals with it
    template: str  # one of TEMPLATES (French)
    args: tuple[str, ...]  # the values of its places
    count: int
    level: Level

    @property
    def text(self) -> str:
        """The line in French."""
        return self.template.format(*self.args)


def _closing(ctx: ServiceContext, today: dt.date) -> list[TodayLine]:
    pending = closing.days_to_close(ctx)
    if pending:
        days = ", ".join(date_fr(day) for day in pending[:3])
        more = "…" if len(pending) > 3 else ""
        return [
            TodayLine(
                "z_pending",
                "cash",
                Z_PENDING,
                (f"{days}{more}",),
                len(pending),
                Level.WARN,
            )
        ]
    return [TodayLine("z_done", "cash", Z_DONE, (), 0, Level.OK)]


def _bread(ctx: ServiceContext, today: dt.date) -> list[TodayLine]:
    lines: list[TodayLine] = []
    waiting = 0
    for baker in bread.list_bakers(ctx, include_inactive=False):
        order = bread.order_view(ctx, baker.id, today)
        if not order.delivers or order.total_qty == 0:
            continue
        if not bread.reception_view(ctx, baker.id, today).received:
            waiting += 1
            lines.append(
                TodayLine(
                    f"bread_reception_{baker.id}",
                    "bread",
                    BREAD_RECEPTION_ONE if order.total_qty == 1 else BREAD_RECEPTION,
                    (baker.name, str(order.total_qty)),
                    order.total_qty,
                    Level.TODO,
                )
            )
    pending = [row for row in bread.pickups(ctx, today) if row.status == "pending"]
    if pending:
        lines.append(
            TodayLine(
                "bread_reservations",
                "bread",
                BREAD_RESERVATIONS,
                (str(len(pending)),),
                len(pending),
                Level.TODO,
            )
        )
    return lines


def _parcels(ctx: ServiceContext, today: dt.date) -> list[TodayLine]:
    counts = parcels.shelf_counts(ctx)
    lines = []
    if counts.returns_due:
        lines.append(
            TodayLine(
                "parcels_returns",
                "parcels",
                PARCELS_RETURNS,
                (str(counts.returns_due),),
                counts.returns_due,
                Level.TODO,
            )
        )
    if counts.expiring_tomorrow:
        lines.append(
            TodayLine(
                "parcels_tomorrow",
                "parcels",
                PARCELS_TOMORROW,
                (str(counts.expiring_tomorrow),),
                counts.expiring_tomorrow,
                Level.INFO,
            )
        )
    lines.append(
        TodayLine(
            "parcels_shelf",
            "parcels",
            PARCELS_SHELF,
            (str(counts.on_shelf),),
            counts.on_shelf,
            Level.INFO,
        )
    )
    return lines


def _press(ctx: ServiceContext, today: dt.date) -> list[TodayLine]:
    due = press.returns_due(ctx, today)
    if not due:
        return []
    copies = sum(issue.on_shelf for issue in due)
    return [
        TodayLine(
            "press_returns",
            "press",
            PRESS_RETURNS_ONE
            if copies == 1
            else (PRESS_RETURNS_ONE_ISSUE if len(due) == 1 else PRESS_RETURNS),
            (str(len(due)), str(copies)),
            copies,
            Level.TODO,
        )
    ]


def _stock(ctx: ServiceContext, today: dt.date) -> list[TodayLine]:
    lines = []
    expiring = stock_checks.expiring_lots(ctx)
    if expiring:
        names = ", ".join(lot.name for lot in expiring[:3]) + ("…" if len(expiring) > 3 else "")
        lines.append(
            TodayLine(
                "stock_expiring",
                "stock",
                STOCK_EXPIRING,
                (names,),
                len(expiring),
                Level.TODO,
            )
        )
    low = stock.stock_list(ctx, only="low").rows
    if low:
        lines.append(
            TodayLine(
                "stock_low",
                "stock",
                STOCK_LOW_ONE if len(low) == 1 else STOCK_LOW,
                (str(len(low)),),
                len(low),
                Level.INFO,
            )
        )
    to_order = [
        supplier.name
        for supplier in stock.suppliers(ctx)
        if supplier.delivery_weekdays
        and (today + dt.timedelta(days=max(supplier.lead_days, 0))).weekday()
        in supplier.delivery_weekdays
    ]
    if to_order:
        lines.append(
            TodayLine(
                "stock_orders",
                "stock",
                STOCK_ORDERS,
                (", ".join(to_order),),
                len(to_order),
                Level.TODO,
            )
        )
    return lines


def _tabs(ctx: ServiceContext, today: dt.date) -> list[TodayLine]:
    lines = []
    open_tabs = tabs.list_open_tabs(ctx)
    if open_tabs:
        lines.append(
            TodayLine(
                "tabs_open",
                "tabs",
                TABS_OPEN,
                (str(len(open_tabs)),),
                len(open_tabs),
                Level.INFO,
            )
        )
    over = [a for a in accounts.list_accounts(ctx) if a.balance_cents > a.limit_cents]
    if over:
        owed = sum(a.balance_cents - a.limit_cents for a in over)
        lines.append(
            TodayLine(
                "accounts_over",
                "tabs",
                ACCOUNTS_OVER,
                (str(len(over)), format_eur(owed)),
                len(over),
                Level.WARN,
            )
        )
    return lines


def _devices(ctx: ServiceContext, today: dt.date) -> list[TodayLine]:
    lines = []
    queue = printing.queue_counts(ctx)
    if queue.failed:
        lines.append(
            TodayLine(
                "printer",
                "settings",
                PRINTER_FAILED,
                (str(queue.failed), queue.last_error),
                queue.failed,
                Level.WARN,
            )
        )
    status = hq_sync.status(ctx)
    if status.enrolled and (status.refused or status.pending_days >= 2):
        lines.append(
            TodayLine(
                "hq",
                "settings",
                AS_IS,
                (status.text(ctx.clock.now()),),
                status.pending,
                Level.WARN,
            )
        )
    return lines


def _backups(ctx: ServiceContext, today: dt.date) -> list[TodayLine]:
    """The last good backup (warned after two days), a full disk, the key unprotected."""
    state = backups.status(ctx)
    disk = [w for w in state.warnings if w.startswith("Disque presque plein")]
    other = [w for w in state.warnings if w not in disk]
    sealed, sentence = backups.key_protection(ctx)
    if not sealed and state.configured:
        other.append(sentence)
    lines = []
    if disk:
        lines.append(
            TodayLine("disk_space", "settings", AS_IS, (" ; ".join(disk),), len(disk), Level.WARN)
        )
    when = f"{state.last_good:%d/%m/%Y %H:%M}" if state.last_good else ""
    values: tuple[str, ...]
    if other:
        template = BACKUP_LAST_WARN if when else BACKUP_NONE_WARN
        values = (when, " ; ".join(other)) if when else (" ; ".join(other),)
        lines.append(TodayLine("backup", "settings", template, values, len(other), Level.WARN))
    else:
        template, values = (BACKUP_LAST, (when,)) if when else (BACKUP_NONE, ())
        lines.append(TodayLine("backup", "settings", template, values, 0, Level.OK))
    return lines


def _retention(ctx: ServiceContext, today: dt.date) -> list[TodayLine]:
    """Six years of records: closed years without a verified archive."""
    warnings = retention.retention_warnings(ctx)
    if not warnings:
        return []
    return [
        TodayLine("archives", "settings", AS_IS, (" ; ".join(warnings),), len(warnings), Level.WARN)
    ]


def _network(ctx: ServiceContext, today: dt.date) -> list[TodayLine]:
    """What HQ's network catalogue brings, waiting for the manager's decision."""
    review = network_catalogue.review(ctx)
    waiting = len(review.proposals) + len(review.withdrawn)  # withdrawn by HQ: to decide too
    if not waiting:
        return []
    return [
        TodayLine(
            "network_catalogue",
            "settings",
            NETWORK_ONE if waiting == 1 else NETWORK,
            (str(waiting),),
            waiting,
            Level.TODO,
        )
    ]


PARTS: tuple[Callable[[ServiceContext, dt.date], list[TodayLine]], ...] = (
    _closing,
    _bread,
    _parcels,
    _press,
    _stock,
    _tabs,
    _devices,
    _backups,
    _retention,
    _network,
)


def today_lines(ctx: ServiceContext) -> list[TodayLine]:
    """Every line of the day, the warnings and things to do first."""
    today = business_date(ctx.clock.now())
    lines: list[TodayLine] = []
    for part in PARTS:
        try:
            lines.extend(part(ctx, today))
        except UserError as error:  # a part with nothing readable says so, alone
            log.info("today: %s skipped: %s", part.__name__, error)
    order = {Level.WARN: 0, Level.TODO: 1, Level.INFO: 2, Level.OK: 3}
    return sorted(lines, key=lambda line: order[line.level])
