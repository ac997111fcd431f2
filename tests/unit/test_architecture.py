"""The architecture's walls hold: the import-linter contracts of pyproject.toml pass on the
code, a wrong import breaks them (so CI would fail), and the explicit registries of the
composition (sections, commands) list every module that exists on disk."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")

pytestmark = pytest.mark.skipif(not LINT_IMPORTS.exists(), reason="import-linter not installed")


def _lint_imports(tree: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--config", str(tree / "pyproject.toml")],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _copy_of_the_code(tmp_path: Path) -> Path:
    tree = tmp_path / "tree"
    shutil.copytree(ROOT / "cafe_pos", tree / "cafe_pos", ignore=shutil.ignore_patterns("*.pyc"))
    shutil.copy(ROOT / "pyproject.toml", tree / "pyproject.toml")
    return tree


def _append(path: Path, line: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + f"\n{line}\n", encoding="utf-8")


def test_the_contracts_hold_on_the_code(tmp_path: Path) -> None:
    result = _lint_imports(_copy_of_the_code(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "bad_import", "contract"),
    [
        # the domain reaching up for a service
        ("domain/money.py", "from cafe_pos.services import settings", "The domain imports"),
        # an adapter driving a use case
        ("devices/spool.py", "from cafe_pos.services import printing", "Adapters"),
        # a widget opening the database itself
        ("ui/login.py", "from cafe_pos.store import uow", "The UI reaches"),
        # a lower layer importing an upper one
        ("fiscal/chain.py", "from cafe_pos.services import selling", "Layers"),
        # the HQ application reaching into the café's services
        ("hq/admin.py", "from cafe_pos.services import settings", "The HQ application"),
        # a cycle between two services, hidden in a function
        (
            "services/sale_items.py",
            "def _x() -> None:\n    from cafe_pos.services import selling",
            "No import cycle",
        ),
    ],
)
def test_a_wrong_import_breaks_a_contract(
    tmp_path: Path, module: str, bad_import: str, contract: str
) -> None:
    tree = _copy_of_the_code(tmp_path)
    _append(tree / "cafe_pos" / module, bad_import)
    result = _lint_imports(tree)
    assert result.returncode == 1, result.stdout
    broken = result.stdout.split("Broken contracts", 1)[-1]
    assert contract in broken


def test_every_section_module_is_registered() -> None:
    """A ``cafe_pos/ui/<package>/section.py`` that is not in SECTION_BUILDERS would never
    show: the registry is explicit, so this test is what keeps it complete."""
    from cafe_pos.ui.qt_app import SECTION_BUILDERS
    from cafe_pos.ui.sections import sections

    keys_by_package = {section.package: section.key for section in sections()}
    on_disk = sorted(path.parent.name for path in (ROOT / "cafe_pos" / "ui").glob("*/section.py"))
    missing = [
        package for package in on_disk if keys_by_package.get(package) not in SECTION_BUILDERS
    ]
    assert not missing, f"sections without a builder in qt_app.SECTION_BUILDERS: {missing}"


def test_every_command_module_is_reachable_from_the_cli() -> None:
    """Each ``cafe_pos/commands/*_cmd.py`` serves at least one command of HANDLERS."""
    import inspect

    from cafe_pos import cli

    sources = "\n".join(inspect.getsource(handler) for handler in cli.HANDLERS.values())
    modules = sorted(path.stem for path in (ROOT / "cafe_pos" / "commands").glob("*_cmd.py"))
    unreachable = [name for name in modules if f"cafe_pos.commands.{name} import" not in sources]
    assert not unreachable, f"command modules no HANDLERS entry imports: {unreachable}"
