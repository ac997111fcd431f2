"""Ardoises (open tabs / tables) and customer accounts screens."""
