"""Réglages → Sauvegardes, the restore dialog and the backup status in the status bar."""
