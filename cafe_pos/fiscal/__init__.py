"""Fiscal inalterability (CGI art. 286 I 3° bis), format in docs/fiscal-format.md.

- ``journal``: seal tickets and duplicates (``seal_ticket``, ``seal_duplicate``);
- ``events``: the technical event journal (``record_event``, ``EventCode``);
- ``keys``: the Ed25519 signing key's storage (its use cases are in
  ``cafe_pos.services.signing_key``);
- ``chain``, ``canonical``, ``records``: the chain itself, the canonical form, row loading;
- ``guard``: append-only enforcement in code (SQLite triggers do it in the database);
- ``totals``, ``closures``: period totals and closures with perpetual grand totals
  (the closing rules are in ``cafe_pos.services.closing``);
- ``verify``, ``archive``, ``verify_archive`` (standalone): checking and archiving.
"""
