"""Attack 1 of issue 12: an archive forged by re-signing everything with a key of one's
own (a record removed, positions, sequences, closures' pinned heads, CSV files, key list
and manifest all made consistent again). The real program and the bundled standalone
verifier must name the keys and refuse the archive once the café's fingerprint, the one
printed on its Z reports, is given."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fiscal_attacks import new_cafe, ok, run

from cafe_pos.fiscal import canonical
from cafe_pos.fiscal.verify_archive import csv_files


def _forge(genuine: Path, forged: Path) -> str:
    """Drop the first technical event, renumber and re-sign everything with a new key."""
    key = Ed25519PrivateKey.generate()
    public = key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    fingerprint = hashlib.sha256(public).hexdigest()[:16]
    with zipfile.ZipFile(genuine) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    lines = [json.loads(line) for line in members["journal.jsonl"].splitlines()]
    victim = next(
        i
        for i, line in enumerate(lines)
        if json.loads(line["payload"])["type"] == "event"
        and json.loads(line["payload"])["data"]["code"] not in (906, 907)
    )
    del lines[victim]
    manifest = json.loads(members["manifest.json"])
    prev = manifest["anchor_prev_hash"]
    position = manifest["first_position"]
    seqs: dict[str, int] = {}
    records: list[dict[str, Any]] = []
    key_lines = []
    for line in lines:
        record = json.loads(line["payload"])
        record["pos"] = position
        seqs[record["type"]] = seqs.get(record["type"], 0) + 1
        record["seq"] = seqs[record["type"]]
        data = record["data"]
        if record["type"] == "closure":
            data["head"] = {"pos": position - 1, "hash": prev}
        if record["type"] == "event" and data["code"] == 906:
            data["details"] = {"fingerprint": fingerprint, "public_key": public.hex()}
        payload = canonical.dumps(record)
        digest = hashlib.sha256(bytes.fromhex(prev) + payload.encode()).hexdigest()
        line.update(
            position=position,
            seq=record["seq"],
            prev_hash=prev,
            hash=digest,
            payload=payload,
            key_id=fingerprint,
            signature=key.sign(bytes.fromhex(digest)).hex(),
        )
        if record["type"] == "event" and data["code"] == 906:
            key_lines.append(line)
        records.append({**record, "hash": digest})
        prev, position = digest, position + 1
    members["journal.jsonl"] = "".join(canonical.dumps(line) + "\n" for line in lines).encode()
    members.update(csv_files(records))
    members["keys.json"] = json.dumps(
        [{"fingerprint": fingerprint, "public_key": public.hex()}]
    ).encode()
    members["key_chain.jsonl"] = "".join(canonical.dumps(x) + "\n" for x in key_lines).encode()
    manifest.update(
        last_position=position - 1,
        chain_head={"position": position - 1, "hash": prev},
        record_count=len(lines),
        signing_key=fingerprint,
        public_key=public.hex(),
    )
    signed = ("manifest.json", "manifest.sig")
    manifest["files"] = {
        name: hashlib.sha256(data).hexdigest()
        for name, data in members.items()
        if name not in signed
    }
    members["manifest.json"] = json.dumps(manifest, indent=1).encode()
    members["manifest.sig"] = key.sign(members["manifest.json"]).hex().encode()
    with zipfile.ZipFile(forged, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return fingerprint


def test_a_forged_archive_is_refused_against_the_fingerprint_of_the_z(tmp_path: Path) -> None:
    db = tmp_path / "cafe.db"
    new_cafe(db, days=1)
    z = json.loads(ok("--db", str(db), "report", "z", "--date", "2025-03-01", "--json").stdout)
    printed = z["key_fingerprint"]  # "Empreinte de la clé" on the printed Z
    ok("--db", str(db), "close", "--month", "2025-03")
    genuine = tmp_path / "archive-2025-03.zip"
    ok("--db", str(db), "export", "archive", "--period", "2025-03", "--out", str(genuine))
    forged = tmp_path / "forged.zip"
    forger = _forge(genuine, forged)

    honest = ok("verify", "--archive", str(genuine), "--key", printed)
    assert f"Clé(s) de signature : {printed}" in honest.stdout
    assert "Tête de chaîne : n° " in honest.stdout and "Archive intègre" in honest.stdout

    shown = run("verify", "--archive", str(forged))
    assert f"Clé(s) de signature : {forger}" in shown.stdout  # not the café's key
    assert "Clé non contrôlée" in shown.stdout
    pinned = run("verify", "--archive", str(forged), "--key", printed)
    assert pinned.returncode == 1, pinned.stdout
    assert f"La clé attendue {printed} ne fait pas partie" in pinned.stdout

    # the verifier shipped in the genuine archive, alone, says the same
    tool = tmp_path / "auditeur" / "verify_archive.py"
    tool.parent.mkdir()
    with zipfile.ZipFile(genuine) as archive:
        tool.write_bytes(archive.read("verify_archive.py"))

    def standalone(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-I", str(tool), *args], capture_output=True, text=True, timeout=60
        )

    assert standalone(str(genuine), "--key", printed).returncode == 0
    refused = standalone(str(forged), "--key", printed)
    assert refused.returncode == 1 and "ne fait pas partie" in refused.stdout


def test_a_key_change_not_signed_by_the_old_key_breaks_the_archive(tmp_path: Path) -> None:
    db = tmp_path / "cafe.db"
    new_cafe(db, days=1)
    Path(f"{db}.key").unlink()
    ok("--db", str(db), "key", "replace", "--reason", "clé perdue")
    ok("--db", str(db), "close", "--month", "2025-03")
    out = tmp_path / "archive.zip"
    ok("--db", str(db), "export", "archive", "--period", "2025-03", "--out", str(out))
    checked = run("verify", "--archive", str(out))
    assert checked.returncode == 1, checked.stdout
    assert "non validé par l'ancienne clé" in checked.stdout
