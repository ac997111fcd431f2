"""Réglages: café identity, general settings, users, catalogue and plugged-in pages."""
