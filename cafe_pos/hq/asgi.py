"""ASGI factory for running HQ under uvicorn with several worker processes:

    CAFE_POS_HQ_DB=postgresql+psycopg://… uvicorn --factory cafe_pos.hq.asgi:create_from_env \
        --workers 4 --host 127.0.0.1 --port 8765

(the schema is upgraded by ``cafe-pos hq serve`` or once before, not by each worker).
"""

from __future__ import annotations

import os

from fastapi import FastAPI
from sqlalchemy.orm import sessionmaker

from cafe_pos.hq.app import create_app
from cafe_pos.hq.db import make_engine

ENV_DB = "CAFE_POS_HQ_DB"


def create_from_env() -> FastAPI:
    engine = make_engine(os.environ.get(ENV_DB, "sqlite:///hq.db"))
    return create_app(sessionmaker(engine, expire_on_commit=False), scan_alerts=True)
