"""`make hq`'s demo: simulated cafés enrolled and synced into a demo HQ — a week each, a
café whose days waited for the network, a rollback alert and a verified month archive."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hq_factory import free_port

pytestmark = pytest.mark.slow
SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "hq_demo.py"


def test_the_demo_hq_is_built_and_synced(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--no-serve", "--port", str(free_port()),
         "--folder", str(tmp_path / "hq-demo")],
        capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    out = done.stdout
    # the demo simulates 35 days per café (scripts/hq_demo.py --days)
    assert "35 jour(s) en attente — pas de réseau" in out
    assert "siège revenu, 35 jour(s) arrivé(s) une fois" in out
    assert "restauration ou altération possible" in out
    assert "vérifiée ✓" in out
    assert out.count("35 jour(s), 0 alerte(s)") == 2  # the Lavoir and the Relais
    assert "Catalogue du réseau publié : version 1" in out
    assert "achat(s) au-dessus du plafond" in out  # the drinks deliveries above the cap
