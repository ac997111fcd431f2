"""Settings of the café, declared once here with type, default, French label and limits.

Values are stored as JSON in the ``settings`` table; a key never stored reads as its
default. A *compliance* setting (one that touches a legal rule, e.g. the note threshold
or the business-day change hour) cannot be set outside its legal range and each change is
recorded in the technical event journal (code 270).

Other areas add their settings by appending ``SettingSpec`` entries to ``SETTINGS`` below
(one entry per key, keys named "area.name").
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cafe_pos.context import ServiceContext
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.money import format_eur
from cafe_pos.domain.users import Actor, Permission
from cafe_pos.services import tech_events
from cafe_pos.store.models.settings import Setting

SettingValue = int | str | bool


class SettingError(UserError, ValueError):
    """An unknown setting or a value it does not accept."""


def _parcel_slots(value: Any) -> None:
    from cafe_pos.domain.parcels import parse_slots

    parse_slots(str(value))


def _scale_layout(value: Any) -> None:
    from cafe_pos.domain.scanning import check_scale_layout

    check_scale_layout(str(value))


@dataclass(frozen=True, slots=True)
class SettingSpec:
    key: str
    kind: type[int] | type[str] | type[bool]
    default: SettingValue
    label: str  # French, shown in the settings screen
    compliance: bool = False  # a change is recorded as event 270
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()
    max_length: int = 500
    unit: str = ""  # "cents", "bp", "hour", "minutes", "": how the screen shows it
    help: str = ""
    check: Callable[[Any], None] | None = None  # extra check, raises UserError
    hidden: bool = False  # edited on its own page (not in "Réglages généraux")


SETTINGS: list[SettingSpec] = [
    SettingSpec("ui.language", str, "fr", "Langue de l'interface", choices=("fr", "en")),
    SettingSpec(
        "sales.staff_discount_limit_bp",
        int,
        1000,
        "Remise maximale accordée sans gérant·e",
        minimum=0,
        maximum=10000,
        unit="bp",
        help="Au-delà, un·e gérant·e valide avec son code.",
    ),
    SettingSpec(
        "sales.note_threshold_cents",
        int,
        2500,
        "Note obligatoire sur place à partir de",
        compliance=True,
        minimum=0,
        maximum=2500,
        unit="cents",
        help="La loi impose une note à partir de 25,00 € TTC consommés sur place.",
    ),
    SettingSpec(
        "sales.scale_label_layout",
        str,
        "PPPPP$$$$$",
        "Format des étiquettes de la balance",
        max_length=13,
        help="Chiffres après le préfixe 2x : P article, $ prix en centimes, W poids en g.",
        check=_scale_layout,
    ),
    SettingSpec(
        "receipt.footer",
        str,
        "Merci de votre visite !",
        "Pied de ticket",
        max_length=200,
    ),
    SettingSpec(
        "fiscal.day_change_hour",
        int,
        4,
        "Heure de fin de la journée commerciale",
        compliance=True,
        minimum=0,
        maximum=8,
        unit="hour",
        help="Les ventes avant cette heure comptent dans la journée de la veille.",
    ),
    # Responsible sale of alcohol (cafe_pos.services.alcohol): thresholds and texts only;
    # the legal rules themselves (age, drunkenness, hours, credit, open bar) have no switch.
    SettingSpec(
        "alcohol.reminder_threshold_drinks",
        int,
        6,
        "Rappel bienveillant après N boissons alcoolisées sur une ardoise",
        minimum=1,
        maximum=50,
    ),
    SettingSpec(
        "alcohol.reminder_window_minutes",
        int,
        120,
        "… en moins de (minutes)",
        minimum=15,
        maximum=1440,
        unit="minutes",
    ),
    SettingSpec(
        "alcohol.reminder_text",
        str,
        "Et si on proposait un verre d'eau, une boisson sans alcool ou de quoi grignoter ?",
        "Texte du rappel bienveillant",
        max_length=200,
    ),
    # Bread deposit (cafe_pos.services.bread)
    SettingSpec(
        "bread.release_hour",
        int,
        12,
        "Heure où le pain réservé non retiré retourne en rayon",
        minimum=6,
        maximum=22,
        unit="hour",
    ),
    SettingSpec(
        "bread.school_zone",
        str,
        "B",
        "Zone des vacances scolaires (prévision du pain)",
        choices=("A", "B", "C"),
    ),
    SettingSpec(
        "alcohol.refusal_text",
        str,
        "Nous ne pouvons plus vous servir d'alcool ce soir. Un verre d'eau, un café ou "
        "quelque chose à manger ?",
        "Texte du refus de service (ivresse)",
        max_length=300,
    ),
    SettingSpec(
        "alcohol.sam_discount_bp",
        int,
        10000,
        "Remise sur les boissons sans alcool du SAM (conducteur désigné)",
        minimum=1,
        maximum=10000,
        unit="bp",
        help="100 % : boissons offertes.",
    ),
    SettingSpec(
        "alcohol.sam_max_drinks",
        int,
        3,
        "Boissons sans alcool remisées par SAM",
        minimum=1,
        maximum=10,
    ),
    SettingSpec(
        "stock.expiry_warning_days",
        int,
        3,
        "Produits à retirer ou à solder : dates dans les",
        minimum=0,
        maximum=30,
        help="Nombre de jours (DLC ou DDM) de la liste « à retirer / à solder ».",
    ),
    SettingSpec(
        "stock.price_rise_threshold_bp",
        int,
        1000,
        "Signaler une hausse du prix d'achat au-delà de",
        minimum=0,
        maximum=10000,
        unit="bp",
    ),
    SettingSpec(
        "stock.best_before_markdown_bp",
        int,
        3000,
        "Remise proposée sur un produit à DDM dépassée",
        minimum=100,
        maximum=9000,
        unit="bp",
    ),
    SettingSpec(
        "stock.speed_weeks",
        int,
        4,
        "Semaines de ventes pour les commandes suggérées",
        minimum=1,
        maximum=26,
    ),
    # Parcel relay (cafe_pos.services.parcels)
    SettingSpec(
        "parcels.slots",
        str,
        "A1-A20, B1-B20, Grand colis",
        "Emplacements des colis",
        max_length=300,
        help="Plages et noms séparés par des virgules, par exemple « A1-A20, B1-B20, Grand colis ».",
        check=_parcel_slots,
    ),
    SettingSpec(
        "parcels.purge_days",
        int,
        90,
        "Effacer le nom des destinataires après (jours, colis clos)",
        minimum=1,
        maximum=3650,
        help="Données personnelles : le nom est effacé ce nombre de jours après la remise ou le retour.",
    ),
    # Backups (cafe_pos.services.backups): destinations are edited in Réglages → Sauvegardes
    SettingSpec(
        "backup.destinations",
        str,
        "",
        "Destinations des sauvegardes",
        max_length=4000,
        hidden=True,
    ),
    SettingSpec(
        "backup.hour",
        int,
        15,
        "Heure de la sauvegarde automatique quotidienne",
        minimum=0,
        maximum=23,
        unit="hour",
        help="Une sauvegarde est aussi faite après chaque clôture (Z).",
    ),
]


@dataclass(frozen=True, slots=True)
class SettingView:
    key: str
    label: str
    kind: str  # "int" | "str" | "bool"
    value: SettingValue
    default: SettingValue
    compliance: bool
    minimum: int | None
    maximum: int | None
    choices: tuple[str, ...]
    unit: str
    help: str
    hidden: bool = False


def spec_for(key: str) -> SettingSpec:
    for spec in SETTINGS:
        if spec.key == key:
            return spec
    raise SettingError(f"Réglage inconnu : {key}")


def _describe(spec: SettingSpec, value: SettingValue) -> str:
    if spec.unit == "cents" and isinstance(value, int):
        return format_eur(value)
    if spec.unit == "bp" and isinstance(value, int):
        return f"{value / 100:g} %".replace(".", ",")
    if isinstance(value, bool):
        return "oui" if value else "non"
    return str(value)


def coerce(spec: SettingSpec, value: object) -> SettingValue:
    """The value in the setting's type, checked; SettingError (French) otherwise."""
    label = spec.label
    if spec.kind is bool:
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in ("oui", "non", "true", "false"):
            return value.strip().lower() in ("oui", "true")
        raise SettingError(f"{label} : oui ou non attendu")
    if spec.kind is int:
        if isinstance(value, str) and value.strip().lstrip("-").isdigit():
            value = int(value.strip())
        if isinstance(value, bool) or not isinstance(value, int):
            raise SettingError(f"{label} : un nombre entier est attendu")
        low, high = spec.minimum, spec.maximum
        if (low is not None and value < low) or (high is not None and value > high):
            raise SettingError(
                f"{label} : valeur hors limites ({_describe(spec, low or 0)} à "
                f"{_describe(spec, high or 0)})"
            )
        result: SettingValue = value
    else:
        if not isinstance(value, str):
            raise SettingError(f"{label} : un texte est attendu")
        result = value.strip()
        if len(result) > spec.max_length:
            raise SettingError(f"{label} : texte trop long ({spec.max_length} caractères au plus)")
        if spec.choices and result not in spec.choices:
            raise SettingError(f"{label} : choisir parmi {', '.join(spec.choices)}")
    if spec.check is not None:
        spec.check(result)
    return result


def _stored(session: Session, spec: SettingSpec) -> SettingValue:
    row = session.get(Setting, spec.key)
    if row is None:
        return spec.default
    try:
        return coerce(spec, json.loads(row.value))
    except (UserError, ValueError):
        return spec.default  # an out-of-range stored value never weakens a rule


def get_setting(ctx: ServiceContext, key: str, *, session: Session | None = None) -> SettingValue:
    """Current value (default when never set). Pass ``session`` inside another transaction."""
    spec = spec_for(key)
    if session is not None:
        return _stored(session, spec)
    with ctx.uow(read_only=True) as uow:
        return _stored(uow.session, spec)


def get_int(ctx: ServiceContext, key: str, *, session: Session | None = None) -> int:
    value = get_setting(ctx, key, session=session)
    assert isinstance(value, int) and not isinstance(value, bool), key
    return value


def get_str(ctx: ServiceContext, key: str, *, session: Session | None = None) -> str:
    value = get_setting(ctx, key, session=session)
    assert isinstance(value, str), key
    return value


def get_bool(ctx: ServiceContext, key: str, *, session: Session | None = None) -> bool:
    value = get_setting(ctx, key, session=session)
    assert isinstance(value, bool), key
    return value


def _view(spec: SettingSpec, value: SettingValue) -> SettingView:
    return SettingView(
        key=spec.key,
        label=spec.label,
        kind=spec.kind.__name__,
        value=value,
        default=spec.default,
        compliance=spec.compliance,
        minimum=spec.minimum,
        maximum=spec.maximum,
        choices=spec.choices,
        unit=spec.unit,
        help=spec.help,
        hidden=spec.hidden,
    )


def set_setting(ctx: ServiceContext, actor: Actor, key: str, value: object) -> SettingView:
    """Validate and store a value (Permission.EDIT_SETTINGS); compliance changes are journaled."""
    actor.require(Permission.EDIT_SETTINGS)
    spec = spec_for(key)
    new = coerce(spec, value)
    with ctx.uow() as uow:
        session = uow.session
        old = _stored(session, spec)
        if old == new and type(old) is type(new):
            return _view(spec, new)
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=json.dumps(new)))
        else:
            row.value = json.dumps(new)
        if spec.compliance:
            session.flush()
            tech_events.record(
                ctx,
                session,
                tech_events.COMPLIANCE_SETTING,
                f"Réglage modifié : {spec.label} ({_describe(spec, old)} → {_describe(spec, new)})",
                actor_name=actor.name,
                details={"key": key, "old": json.dumps(old), "new": json.dumps(new)},
            )
        uow.commit()
    return _view(spec, new)


def all_settings(ctx: ServiceContext) -> list[SettingView]:
    """Every declared setting with its current value, in declaration order."""
    with ctx.uow(read_only=True) as uow:
        stored = {row.key: row for row in uow.session.scalars(select(Setting))}
        views = []
        for spec in SETTINGS:
            value = _stored(uow.session, spec) if spec.key in stored else spec.default
            views.append(_view(spec, value))
        return views
