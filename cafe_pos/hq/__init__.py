"""The reference headquarters (HQ) receiver: a FastAPI web service with its own models and
Alembic history, PostgreSQL in production (SQLite file for the demo). It imports only
``cafe_pos.domain`` from the café software (the wire format lives there).
"""
