"""Reusable widgets of the counter screens: keypad, messages, money formatting."""
