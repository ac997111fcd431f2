"""Load and save the counter devices' settings (printer, display, scale, scanner).

Stored as JSON in the ``settings`` table (keys ``devices.*``); a missing or damaged value
reads as the safe default (simulated device). Saving needs Permission.EDIT_SETTINGS,
checks every value first (a French sentence on refusal, nothing written). Device
settings are not compliance settings: no technical event is recorded.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from sqlalchemy.orm import Session

from cafe_pos.context import ServiceContext
from cafe_pos.devices.config import (
    SETTING_KEYS,
    DeviceConfig,
    DisplayConfig,
    PrinterConfig,
    ScaleConfig,
    ScannerConfig,
    section_from_dict,
    section_to_dict,
)
from cafe_pos.domain.users import Actor, Permission
from cafe_pos.store.models.settings import Setting

log = logging.getLogger(__name__)


def _stored(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    if row is None:
        return None
    try:
        return json.loads(row.value)
    except ValueError:
        log.warning("setting %s is not valid JSON: default used", key)
        return None


def read_device_config(session: Session) -> DeviceConfig:
    """The device settings as stored in ``session`` (defaults for what is missing)."""
    return DeviceConfig(
        printer=section_from_dict(PrinterConfig, _stored(session, SETTING_KEYS["printer"])),
        display=section_from_dict(DisplayConfig, _stored(session, SETTING_KEYS["display"])),
        scale=section_from_dict(ScaleConfig, _stored(session, SETTING_KEYS["scale"])),
        scanner=section_from_dict(ScannerConfig, _stored(session, SETTING_KEYS["scanner"])),
    )


def load_device_config(ctx: ServiceContext) -> DeviceConfig:
    with ctx.uow(read_only=True) as uow:
        return read_device_config(uow.session)


def save_device_config(ctx: ServiceContext, actor: Actor, config: DeviceConfig) -> None:
    """Check and store the settings; the new devices take effect at the next start."""
    actor.require(Permission.EDIT_SETTINGS)
    config.validate()
    sections: dict[str, Any] = {
        "printer": config.printer,
        "display": config.display,
        "scale": config.scale,
        "scanner": config.scanner,
    }
    with ctx.uow() as uow:
        session = uow.session
        for name, section in sections.items():
            key = SETTING_KEYS[name]
            value = json.dumps(section_to_dict(section), ensure_ascii=False, sort_keys=True)
            row = session.get(Setting, key)
            if row is None:
                session.add(Setting(key=key, value=value))
            else:
                row.value = value
        uow.commit()
