"""The command-line contract, one row per case, through the real ``cafe-pos`` program.

A row gives the arguments, the expected exit code, a part of the expected message, and
what to prepare in the case's folder (a bad file, a symlink, a zip). Every case runs in
a folder holding a copy of a café that has sold (``cafe.db`` and its key): the files of
the folder (database, key, write-ahead log, outputs) are hashed before and after and
must be unchanged; a refusal is one French line on stderr, exit 2, no traceback.
The next bad input found is one more row.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import sqlite3
import struct
import subprocess
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

CAFE_POS = Path(sys.executable).with_name("cafe-pos")
SIRET = "88421573200022"

Prepare = Callable[[Path], None]


@dataclass(frozen=True)
class Case:
    """One row: ``{dir}`` in the arguments is the case's folder; ``--db {dir}/cafe.db``
    is put first unless the arguments carry their own ``--db``."""

    name: str
    args: tuple[str | bytes, ...]
    message: str
    code: int = 2
    prepare: Prepare | None = None
    stdout: str = ""  # part of the expected standard output (exit 0 or 1 rows)


def _file(name: str, content: bytes | str) -> Prepare:
    def prepare(folder: Path) -> None:
        data = content.encode() if isinstance(content, str) else content
        (folder / name).write_bytes(data)

    return prepare


def _symlink(name: str, target: str) -> Prepare:
    def prepare(folder: Path) -> None:
        (folder / name).symlink_to(folder / target)

    return prepare


def _dir(name: str) -> Prepare:
    def prepare(folder: Path) -> None:
        (folder / name).mkdir()

    return prepare


def _both(*steps: Prepare) -> Prepare:
    def prepare(folder: Path) -> None:
        for step in steps:
            step(folder)

    return prepare


def _zip(name: str, members: dict[str, bytes], *, method: int = zipfile.ZIP_DEFLATED) -> Prepare:
    def prepare(folder: Path) -> None:
        with zipfile.ZipFile(folder / name, "w", compression=method) as archive:
            for member, data in members.items():
                archive.writestr(member, data)

    return prepare


def _patched_zip(name: str, members: dict[str, bytes], patch: Callable[[bytes], bytes]) -> Prepare:
    def prepare(folder: Path) -> None:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for member, data in members.items():
                archive.writestr(member, data)
        (folder / name).write_bytes(patch(buffer.getvalue()))

    return prepare


def _set_flag_and_method(flag: int | None, method: int | None) -> Callable[[bytes], bytes]:
    """Rewrite every local and central header's flag bits / compression method."""

    def patch(data: bytes) -> bytes:
        out = bytearray(data)
        for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
            start = 0
            while (start := out.find(signature, start)) >= 0:
                if flag is not None:
                    struct.pack_into("<H", out, start + offset, flag)
                if method is not None:
                    struct.pack_into("<H", out, start + offset + 2, method)
                start += 4
        return bytes(out)

    return patch


def _corrupt_deflate(data: bytes) -> bytes:
    out = bytearray(data)
    start = out.find(b"PK\x03\x04")
    name_len, extra_len = struct.unpack_from("<HH", out, start + 26)
    body = start + 30 + name_len + extra_len
    for index in range(body, body + 8):
        out[index] ^= 0xFF
    return bytes(out)


MANIFEST = json.dumps({"format": "cafe-pos-archive", "version": 1}).encode()


def _members(manifest: bytes) -> dict[str, bytes]:
    """The four files every archive must hold, the manifest first."""
    return {
        "manifest.json": manifest,
        "manifest.sig": b"00",
        "journal.jsonl": b"",
        "keys.json": b"[]",
    }


BIG = b"0" * (16 * 1024 * 1024)


def _bomb(folder: Path) -> None:
    with zipfile.ZipFile(folder / "bomb.zip", "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", MANIFEST)
        for index in range(2):
            archive.writestr(f"journal-{index}.jsonl", BIG)


def _many_members(folder: Path) -> None:
    with zipfile.ZipFile(folder / "many.zip", "w") as archive:
        archive.writestr("manifest.json", MANIFEST)
        for index in range(2_000):
            archive.writestr(f"f{index}", b"")


def _loop(folder: Path) -> None:
    (folder / "loop-a.db").symlink_to(folder / "loop-b.db")
    (folder / "loop-b.db").symlink_to(folder / "loop-a.db")


CATALOGUE_HEAD = "nom;prix_ttc;tva_sur_place;tva_a_emporter\n"

CASES: tuple[Case, ...] = (
    # --- argparse's own messages, in French
    Case("unknown-command", ("frobnicate",), "choix invalide"),
    Case("unknown-option", ("verify", "--frob"), "arguments non reconnus"),
    Case("bad-choice", ("report", "w"), "choix invalide"),
    Case("missing-required", ("close",), "est obligatoire"),
    Case("not-an-int", ("receipt", "--ticket", "abc", "--out", "{dir}/t.bin"), "nombre entier"),
    Case(
        "ticket-overflow",
        ("receipt", "--ticket", "99999999999999999999999", "--out", "{dir}/t.bin"),
        "trop grand",
    ),
    Case("days-overflow", ("simulate", "--days", "99999999999999999999"), "entre 1 et"),
    Case("days-zero", ("simulate", "--days", "0"), "entre 1 et"),
    Case("full-width-days", ("simulate", "--days", "１"), "nombre entier"),
    # --- empty values are errors everywhere
    Case("report-empty-date", ("report", "z", "--date", ""), "valeur vide"),
    Case("close-empty-date", ("close", "--date", ""), "valeur vide"),
    Case("close-empty-month", ("close", "--month", ""), "valeur vide"),
    Case("close-empty-year", ("close", "--year", " "), "valeur vide"),
    Case("simulate-empty-start", ("simulate", "--days", "1", "--start", ""), "valeur vide"),
    Case(
        "export-empty-period",
        ("export", "archive", "--period", "", "--out", "{dir}/a.zip"),
        "valeur vide",
    ),
    Case("export-empty-out", ("export", "archive", "--period", "2026", "--out", ""), "vide"),
    Case("empty-db-option", ("--db", "", "verify"), "vide"),
    Case("users-empty-name", ("users", "add", "--name", "", "--pin", "4321"), "valeur vide"),
    # --- dates: one parser, ISO or French, nothing else
    Case("compact-date", ("report", "z", "--date", "20261001"), "Date invalide"),
    Case("iso-week-date", ("report", "z", "--date", "2026-W40-4"), "Date invalide"),
    Case("close-compact-date", ("close", "--date", "20261001"), "Date invalide"),
    Case(
        "accounting-week",
        (
            "export",
            "accounting",
            "--from",
            "2026-W01",
            "--to",
            "2026-01-31",
            "--out",
            "{dir}/a.csv",
        ),
        "Date invalide",
    ),
    Case("year-9999", ("report", "z", "--date", "9999-12-31"), "années possibles"),
    Case("month-13", ("close", "--month", "2026-13"), "Mois invalide"),
    Case("full-width-date", ("report", "z", "--date", "２０２６-１０-０１"), "Date invalide"),
    # --- simulate: a tool for demo and test bases, dated truly
    Case(
        "simulate-year-9999",
        ("simulate", "--days", "1", "--start", "9999-12-31"),
        "années possibles",
    ),
    Case(
        "simulate-before-last",
        ("simulate", "--days", "1", "--start", "2020-01-06"),
        "déjà enregistré",
    ),
    Case(
        "simulate-missing-db",
        ("--db", "{dir}/nothing.db", "simulate", "--days", "1"),
        "introuvable",
    ),
    Case(
        "simulate-empty-db",
        ("--db", "{dir}/empty.db", "simulate", "--days", "1"),
        "vide",
        prepare=_file("empty.db", b""),
    ),
    Case(
        "simulate-dangling-link",
        ("--db", "{dir}/link.db", "simulate", "--days", "1"),
        "introuvable",
        prepare=_symlink("link.db", "gone.db"),
    ),
    Case(
        "simulate-no-identity",
        ("--db", "{dir}/bare.db", "simulate", "--days", "1"),
        "cafe-pos init",
        prepare=lambda folder: _bare_database(folder / "bare.db"),
    ),
    # --- database paths
    Case("db-is-dir", ("--db", "{dir}/sub", "verify"), "dossier", prepare=_dir("sub")),
    Case(
        "db-symlink-loop", ("--db", "{dir}/loop-a.db", "verify"), "Boucle de liens", prepare=_loop
    ),
    Case(
        "db-symlink-loop-close",
        ("--db", "{dir}/loop-a.db", "close", "--date", "2026-01-01"),
        "Boucle de liens",
        prepare=_loop,
    ),
    Case(
        "db-not-sqlite",
        ("--db", "{dir}/notes.db", "report", "x"),
        "pas une base",
        prepare=_file("notes.db", "hello"),
    ),
    Case(
        "db-folder-missing",
        (
            "--db",
            "{dir}/no/such/cafe.db",
            "init",
            "--name",
            "A",
            "--siret",
            SIRET,
            "--address",
            "x",
        ),
        "n'existe pas",
    ),
    # --- encodings
    Case("latin1-name", ("users", "add", "--name", b"Andr\xe9", "--pin", "4321"), "UTF-8"),
    Case("latin1-db", ("--db", b"{dir}/caf\xe9.db", "verify"), "UTF-8"),
    # --- receipts and exports
    Case(
        "receipt-unknown", ("receipt", "--ticket", "999999", "--out", "{dir}/t.bin"), "introuvable"
    ),
    Case(
        "receipt-out-dir",
        ("receipt", "--ticket", "1", "--out", "{dir}/sub"),
        "dossier",
        prepare=_dir("sub"),
    ),
    Case(
        "archive-out-dir",
        ("export", "archive", "--period", "{year}", "--out", "{dir}/sub"),
        "dossier",
        prepare=_dir("sub"),
    ),
    Case(
        "archive-out-nowhere",
        ("export", "archive", "--period", "{year}", "--out", "{dir}/no/a.zip"),
        "n'existe pas",
    ),
    Case(
        "accounting-out-dir",
        (
            "export",
            "accounting",
            "--from",
            "2026-01-01",
            "--to",
            "2026-01-31",
            "--out",
            "{dir}/sub",
        ),
        "dossier",
        prepare=_dir("sub"),
    ),
    Case(
        "catalogue-export-dir", ("catalogue", "export", "{dir}/sub"), "dossier", prepare=_dir("sub")
    ),
    Case("report-pdf-dir", ("report", "x", "--pdf", "{dir}/sub"), "dossier", prepare=_dir("sub")),
    # --- identity and names: one text rule
    Case(
        "init-siret-full-width",
        ("init", "--name", "Café", "--siret", "８８４２１５７３２０００２２", "--address", "x"),
        "SIRET",
    ),
    Case(
        "init-name-ansi",
        ("init", "--name", "Caf\x1b[31mé", "--siret", SIRET, "--address", "x"),
        "caractère",
    ),
    Case(
        "init-name-bidi",
        ("init", "--name", "Café\u202etxt.exe", "--siret", SIRET, "--address", "x"),
        "caractère",
    ),
    Case("user-name-control", ("users", "add", "--name", "Léo\x07", "--pin", "4321"), "caractère"),
    Case("user-name-bidi", ("users", "add", "--name", "\u2067Léo", "--pin", "4321"), "caractère"),
    # a free text that is sealed (a reason) is a name like the others (session 8)
    Case(
        "key-reason-ansi",
        ("key", "replace", "--reason", "perdue\x1b[31m"),
        "raison du changement de clé contient un caractère interdit (U+001B",
    ),
    Case(
        "key-reason-bidi",
        ("key", "replace", "--reason", "\u202eeésrevni"),
        "caractère interdit (U+202E",
    ),
    # what a refusal quotes of the input is one line, shown as written, not interpreted
    Case(
        "echoed-newline-and-escape",
        ("report", "z", "--date", "04/12\n2026\x1b[2J"),
        "Date invalide : « 04/12\\n2026\\x1b[2J »",
    ),
    # and a file name with such a character is refused: nobody could name it again
    Case(
        "pdf-name-escape",
        ("report", "z", "--pdf", "{dir}/z\x1b[2J.pdf"),
        "argument --pdf : nom de fichier avec un caractère interdit (U+001B",
    ),
    Case(
        "backup-sheet-bidi",
        ("backup", "--recovery-sheet", "{dir}/feuille\u202efdp.exe"),
        "caractère interdit (U+202E",
    ),
    # a key's fingerprint mistyped is bad input, not a tampered journal (session 8)
    # HQ's --db is an address, and a plain path says what is expected
    Case(
        "hq-db-plain-path",
        ("hq", "cafe", "list", "--db", "{dir}/hq.db"),
        "(attendu : postgresql://utilisateur@hôte/base ou sqlite:///fichier.db)",
    ),
    # HQ's commands: bad input leaves no empty HQ database behind (session 8)
    Case(
        "hq-bad-siret-creates-nothing",
        ("hq", "cafe", "add", "--siret", "123", "--name", "x", "--db", "sqlite:///{dir}/hq.db"),
        "SIRET invalide",
    ),
    Case(
        "hq-cafe-name-escape",
        (
            "hq",
            "cafe",
            "add",
            "--siret",
            SIRET,
            "--name",
            "Bar\x1b[2J",
            "--db",
            "sqlite:///{dir}/hq.db",
        ),
        "Le nom du café contient un caractère interdit",
    ),
    Case(
        "hq-list-missing-db",
        ("hq", "cafe", "list", "--db", "sqlite:///{dir}/siege.db"),
        "Base du siège introuvable",
    ),
    Case(
        "hq-alerts-unknown-siret",
        ("hq", "alerts", "--siret", "12345", "--db", "sqlite:///{dir}/hq.db"),
        "Aucun café de SIRET 12345 au siège",
        prepare=lambda folder: _hq_base(folder),
    ),
    # a CSV field over the csv module's limit: said as such, not "guillemet mal placé"
    Case(
        "catalogue-csv-huge-field",
        ("catalogue", "import", "{dir}/c.csv"),
        "CSV illisible ligne 2 (un champ dépasse la taille permise)",
        prepare=_file("c.csv", CATALOGUE_HEAD + "E" * 200_000 + ";1,00;10;10\n"),
    ),
    Case(
        "delivery-csv-huge-field",
        ("stock", "import-delivery", "{dir}/d.csv"),
        "Fichier CSV illisible (un champ dépasse la taille permise)",
        prepare=_file("d.csv", "code;quantite;prix_ht\n" + "1" * 200_000 + ";1;1,00\n"),
    ),
    # --config: a settings file the till can't use is refused, never ignored (session 8)
    Case(
        "config-missing",
        ("--config", "{dir}/caisse.toml", "verify"),
        "Fichier de configuration illisible : Fichier ou dossier introuvable",
    ),
    Case(
        "config-not-toml",
        ("--config", "{dir}/caisse.toml", "verify"),
        "Fichier de configuration illisible (format TOML attendu",
        prepare=_file("caisse.toml", "db = [\n"),
    ),
    Case(
        "config-unknown-key",
        ("--config", "{dir}/caisse.toml", "verify"),
        "clé inconnue « base » (clés possibles : db, lang)",
        prepare=_file("caisse.toml", 'base = "cafe.db"\n'),
    ),
    Case("verify-key-typo", ("verify", "--key", "abc"), "16 caractères hexadécimaux"),
    Case("verify-hq-key-typo", ("verify", "--hq-key", "b25b754d7e2e5a2"), "16 caractères"),
    Case("reset-pin-short", ("users", "reset-pin", "--name", "Camille", "--pin", "12"), "chiffres"),
    Case(
        "manager-pin-4-digits",
        ("users", "add", "--name", "Paul", "--role", "manager", "--pin", "4321"),
        "6 chiffres",
    ),
    Case(
        "promote-without-pin",
        ("users", "set-role", "--name", "Léo", "--role", "manager"),
        "6 chiffres",
    ),
    Case(
        "promote-with-staff-pin",
        ("users", "set-role", "--name", "Léo", "--role", "manager", "--pin", "2468"),
        "6 chiffres",
    ),
    Case(
        "set-role-unknown-user",
        ("users", "set-role", "--name", "Nadia", "--role", "manager", "--pin", "246813"),
        "Nadia",
    ),
    # --- catalogue files
    Case(
        "catalogue-unterminated-quote",
        ("catalogue", "import", "{dir}/c.csv"),
        "guillemet",
        prepare=_file("c.csv", CATALOGUE_HEAD + 'Sirop;1,00;10;10\n"unterminated;1,00;10;10\n'),
    ),
    Case(
        "catalogue-missing-column",
        ("catalogue", "import", "{dir}/c.csv"),
        "colonne",
        prepare=_file("c.csv", "nom;tva_sur_place\nSirop;10\n"),
    ),
    Case(
        "catalogue-control-name",
        ("catalogue", "import", "{dir}/c.csv"),
        "caractère",
        code=1,
        prepare=_file("c.csv", CATALOGUE_HEAD + "Caf\x1b[2Jé;1,00;10;10\n"),
    ),
    Case("catalogue-is-dir", ("catalogue", "import", "{dir}/sub"), "dossier", prepare=_dir("sub")),
    # --- archives to verify: checked before anything is read
    Case(
        "archive-manifest-list",
        ("verify", "--archive", "{dir}/a.zip"),
        "",
        code=1,
        stdout="manifeste",
        prepare=_zip("a.zip", _members(b"[]")),
    ),
    Case(
        "archive-manifest-string",
        ("verify", "--archive", "{dir}/a.zip"),
        "",
        code=1,
        stdout="manifeste",
        prepare=_zip("a.zip", _members(b'"x"')),
    ),
    Case(
        "archive-manifest-not-json",
        ("verify", "--archive", "{dir}/a.zip"),
        "",
        code=1,
        stdout="Archive",
        prepare=_zip("a.zip", _members(b"{")),
    ),
    Case(
        "archive-not-zip",
        ("verify", "--archive", "{dir}/a.zip"),
        "archive",
        prepare=_file("a.zip", "not a zip"),
    ),
    Case(
        "archive-corrupt-deflate",
        ("verify", "--archive", "{dir}/a.zip"),
        "endommagé",
        prepare=_patched_zip("a.zip", _members(MANIFEST * 50), _corrupt_deflate),
    ),
    Case(
        "archive-unsupported-method",
        ("verify", "--archive", "{dir}/a.zip"),
        "compression",
        prepare=_patched_zip("a.zip", _members(MANIFEST), _set_flag_and_method(None, 99)),
    ),
    Case(
        "archive-encrypted",
        ("verify", "--archive", "{dir}/a.zip"),
        "chiffré",
        prepare=_patched_zip("a.zip", _members(MANIFEST), _set_flag_and_method(1, None)),
    ),
    Case("archive-bomb", ("verify", "--archive", "{dir}/bomb.zip"), "trop grand", prepare=_bomb),
    Case(
        "archive-many-members",
        ("verify", "--archive", "{dir}/many.zip"),
        "fichiers",
        prepare=_many_members,
    ),
    Case("archive-is-dir", ("verify", "--archive", "{dir}/sub"), "dossier", prepare=_dir("sub")),
    # --- backups
    Case("backup-to-missing", ("backup", "--to", "{dir}/nowhere"), "n'existe pas"),
    Case(
        "restore-not-backup",
        ("restore", "--from", "{dir}/x.db"),
        "pas une",
        prepare=_file("x.db", "hello"),
    ),
    Case("restore-itself", ("restore", "--from", "{dir}/cafe.db"), "elle-même"),
    Case("purge-year-not-closed", ("purge", "--year", "2019", "--dry-run"), "n'est pas clos"),
    Case("purge-bad-year", ("purge", "--year", "19"), "année"),
    # --- verify's words
    Case(
        "verify-no-key",
        ("--db", "{dir}/nokey.db", "verify"),
        "",
        code=1,
        stdout="clé de signature est introuvable",
        prepare=lambda folder: _copy_without_key(folder, "nokey.db"),
    ),
    Case(
        "verify-other-key",
        ("--db", "{dir}/other.db", "verify"),
        "",
        code=1,
        stdout="n'est pas celle de ce café",
        prepare=lambda folder: _copy_with_other_key(folder, "other.db"),
    ),
)


def _hq_base(folder: Path) -> None:
    """An HQ database with one café (``sqlite:///{dir}/hq.db``)."""
    url = f"sqlite:///{folder}/hq.db"
    result = run("hq", "cafe", "add", "--siret", SIRET, "--name", "Café", "--db", url)
    assert result.returncode == 0, result.stderr.decode()


def _bare_database(path: Path) -> None:
    """A database with the schema but no café identity (``init`` never ran)."""
    source = Path(os.environ["CAFE_CONTRACT_SCHEMA"])
    shutil.copyfile(source, path)


def _copy_without_key(folder: Path, name: str) -> None:
    shutil.copyfile(folder / "cafe.db", folder / name)


def _copy_with_other_key(folder: Path, name: str) -> None:
    shutil.copyfile(folder / "cafe.db", folder / name)
    shutil.copyfile(Path(os.environ["CAFE_CONTRACT_OTHER_KEY"]), folder / f"{name}.key")


def run(*args: str | bytes, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    env = os.environ | {"PYTHONWARNINGS": "ignore"}
    command: list[str | bytes] = [str(CAFE_POS), *args]
    return subprocess.run(command, capture_output=True, timeout=120, env=env, cwd=cwd)


def snapshot(folder: Path) -> dict[str, str]:
    """Every file of the folder by content (an empty WAL or a shared-memory index that
    SQLite leaves behind a mere read is not a change, nor the empty single-writer lock
    file that every command holds while it runs)."""
    files = {}
    for path in sorted(folder.rglob("*")):
        if path.is_symlink() or path.is_dir():
            files[str(path.relative_to(folder))] = "link" if path.is_symlink() else "dir"
            continue
        empty = not path.stat().st_size
        if path.name.endswith("-shm") or (path.name.endswith(("-wal", ".lock")) and empty):
            continue
        files[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return files


@pytest.fixture(scope="module")
def cafe(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A café after init, a manager and two simulated days (copied by every case)."""
    folder = tmp_path_factory.mktemp("contract")
    db = folder / "cafe.db"
    init = ("init", "--name", "Café de la Place", "--siret", SIRET, "--address", "4 place")
    for args in (
        init,
        ("users", "add", "--name", "Camille", "--role", "manager", "--pin", "123456"),
        ("users", "add", "--name", "Léo", "--pin", "0000"),
        ("simulate", "--days", "1"),
    ):
        result = run("--db", str(db), *args)
        assert result.returncode == 0, result.stderr.decode()
    schema = folder / "schema-only.db"
    assert run("--db", str(schema), *init).returncode == 0
    conn = sqlite3.connect(schema)
    with conn:
        conn.execute("DELETE FROM cafe_identity")
    conn.close()  # merges the WAL into the file the cases copy alone (a leftover GC'd late did not)
    other = folder / "other.db"
    assert run("--db", str(other), *init).returncode == 0
    os.environ["CAFE_CONTRACT_SCHEMA"] = str(schema)
    os.environ["CAFE_CONTRACT_OTHER_KEY"] = str(other) + ".key"
    return db


def _expand(arg: str | bytes, folder: Path, year: str) -> str | bytes:
    if isinstance(arg, bytes):
        return arg.replace(b"{dir}", os.fsencode(folder))
    return arg.replace("{dir}", str(folder)).replace("{year}", year)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_cli_contract(case: Case, cafe: Path, tmp_path: Path) -> None:
    folder = tmp_path / "case"
    folder.mkdir()
    shutil.copyfile(cafe, folder / "cafe.db")
    shutil.copyfile(cafe.with_name("cafe.db.key"), folder / "cafe.db.key")
    if case.prepare is not None:
        case.prepare(folder)
    year = "2026"
    args = [_expand(arg, folder, year) for arg in case.args]
    if "--db" not in args:
        args = ["--db", str(folder / "cafe.db"), *args]
    before = snapshot(folder)
    result = run(*args, cwd=folder)
    stderr = result.stderr.decode("utf-8", "replace")
    stdout = result.stdout.decode("utf-8", "replace")
    assert result.returncode == case.code, (stdout, stderr)
    assert "Traceback" not in stderr, stderr
    if case.code == 2:
        lines = stderr.strip().splitlines()
        assert len(lines) == 1, stderr
        expected = str(_expand(case.message, folder, year))  # a message may quote {dir}
        assert lines[0].startswith("cafe-pos : ") and expected in lines[0], lines[0]
        assert "sqlalche.me" not in stderr
    if case.stdout:
        assert case.stdout in stdout, stdout
    if case.code == 2 or case.name.startswith("verify"):
        assert snapshot(folder) == before
