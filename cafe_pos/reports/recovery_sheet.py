"""The recovery sheet (PDF): what a manager keeps in a safe place to bring the till back on
a new PC — the café, the signing key's fingerprint, the recovery passphrase (printed only
when the till generated it; otherwise a line to write it by hand), and the steps of
docs/recovery.md in short."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from reportlab.platypus import Flowable, Paragraph, Spacer

from cafe_pos.reports.fonts import report_fonts
from cafe_pos.reports.pdf_common import PageHeader, Styles, build_document, escape

TITLE = "Fiche de secours des sauvegardes"


@dataclass(frozen=True, slots=True)
class RecoverySheet:
    name: str
    address: str
    siret: str
    register: str
    fingerprint: str
    passphrase: str | None  # None: the manager chose it and writes it by hand
    destinations: tuple[str, ...]
    printed_at: dt.datetime


STEPS = (
    "Installez cafe-pos sur le nouveau poste.",
    "Branchez la clé USB des sauvegardes (ou ouvrez le dossier ou le partage réseau).",
    "Au premier démarrage, choisissez « Restaurer une sauvegarde » ; sinon, en ligne de "
    "commande : cafe-pos restore --from FICHIER.db",
    "Choisissez la sauvegarde la plus récente (cafe-AAAA-MM-JJ_HHMMSS.db) : l'écran montre le "
    "café, le dernier ticket et la dernière clôture ; vérifiez-les.",
    "Saisissez la phrase de secours ci-dessous quand elle est demandée.",
    "La caisse vérifie le journal, restaure, et enregistre la restauration : vous pouvez vendre.",
)


def write_recovery_sheet(path: Path, sheet: RecoverySheet) -> Path:
    styles = Styles(report_fonts())
    story: list[Flowable] = [
        Paragraph(escape(TITLE), styles.title),
        Paragraph(
            escape(
                "À garder en lieu sûr, hors du café (coffre, chez la ou le gérant·e). Avec cette "
                "fiche et une sauvegarde, la caisse repart sur un nouveau poste en signant "
                "toujours au nom du café."
            ),
            styles.subtitle,
        ),
        Spacer(1, 8),
        Paragraph("Le café", styles.section),
        Paragraph(
            escape(f"{sheet.name} — SIRET {sheet.siret} — caisse {sheet.register}"), styles.body
        ),
        Paragraph(escape(f"Empreinte de la clé de signature : {sheet.fingerprint}"), styles.body),
        Paragraph("Phrase de secours", styles.section),
    ]
    if sheet.passphrase:
        story.append(Paragraph(escape(sheet.passphrase), styles.title))
        story.append(
            Paragraph(
                escape("Elle n'est imprimée qu'une fois et n'est gardée nulle part ailleurs."),
                styles.body,
            )
        )
    else:
        story.append(Spacer(1, 14))
        story.append(Paragraph("_" * 70, styles.body))
        story.append(
            Paragraph(escape("(à écrire à la main : la caisse ne la garde pas)"), styles.body)
        )
    story.append(
        Paragraph(
            escape(
                "Sans cette phrase, une sauvegarde restaurée sur un autre poste démarre une "
                "nouvelle clé : le changement est enregistré et signalé au contrôle."
            ),
            styles.notice,
        )
    )
    story.append(Paragraph("Où sont les sauvegardes", styles.section))
    for line in sheet.destinations or ("(aucune destination choisie)",):
        story.append(Paragraph(escape(f"• {line}"), styles.body))
    story.append(Paragraph("Remettre la caisse en route sur un nouveau poste", styles.section))
    for number, step in enumerate(STEPS, start=1):
        story.append(Paragraph(escape(f"{number}. {step}"), styles.body))
    page = PageHeader(
        name=sheet.name,
        address=sheet.address,
        ids=f"SIRET {sheet.siret}",
        register=sheet.register,
        printed_at=sheet.printed_at,
        title=TITLE,
    )
    return build_document(path, page, story)
