"""Accent- and case-blind text search in SQL: ``cafe_fold`` and ``cafe_search`` on a
session's SQLite connection, the domain's ``fold`` and ``search_key`` (cached, as a
catalogue search calls them once per product name)."""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy.orm import Session

from cafe_pos.domain.text import fold, search_key


@lru_cache(maxsize=200_000)
def _sql_fold(value: str | None) -> str | None:
    return None if value is None else fold(value)


@lru_cache(maxsize=200_000)
def _sql_search_key(value: str | None) -> str | None:
    return None if value is None else " " + search_key(value)


def use_fold(session: Session) -> None:
    """Register on this session's connection ``cafe_fold(text)`` (lower case, no accents)
    and ``cafe_search(text)`` (the same with punctuation as spaces, after a leading space)."""
    raw = session.connection().connection.driver_connection
    assert raw is not None
    raw.create_function("cafe_fold", 1, _sql_fold, deterministic=True)
    raw.create_function("cafe_search", 1, _sql_search_key, deterministic=True)
