"""The HQ ASGI application: ``create_app(db_url)``, and ``app_from_env`` for uvicorn workers."""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from starlette.middleware.gzip import GZipMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from desa_desktop import __version__
from desa_desktop.hq.db import ENV_DB, open_database, resolve_db_url
from desa_desktop.hq.problems import HQJSONResponse, install_handlers
from desa_desktop.hq.ratelimit import DEFAULT_DEVICE_LIMIT, DEFAULT_ENROLL_LIMIT, Limits
from desa_desktop.hq.routes import basics, reference, sync
from desa_desktop.protocol.wire import PROTOCOL_HEADER, PROTOCOL_VERSION

GZIP_MINIMUM_BYTES = 512
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

DESCRIPTION = """
Headquarters of Desa Desktop: laptops enroll with a one-time code, push records in
batches (one result per record) and pull HQ's decisions after an opaque cursor.
Every call except `/v1/health` sends `X-Desa-Protocol`; every error is a ProblemBody.
See docs/PROTOCOL.md.
"""


class ProtocolHeader:
    """Stamps ``X-Desa-Protocol: <HQ's version>`` on every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.header = (PROTOCOL_HEADER.lower().encode(), str(PROTOCOL_VERSION).encode())

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def stamped(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), self.header]
            await send(message)

        await self.app(scope, receive, stamped)


def create_app(
    db_url: str,
    *,
    rate_limit: int = DEFAULT_DEVICE_LIMIT,
    enroll_rate_limit: int = DEFAULT_ENROLL_LIMIT,
) -> FastAPI:
    """The HQ app over the database at ``db_url`` (its schema is created if missing).

    ``rate_limit``: requests per minute per device; ``enroll_rate_limit``: wrong enrollment
    codes per minute per client address (0 turns either off; counted in the database).
    """
    limits = Limits(rate_limit, enroll_rate_limit)
    db = open_database(db_url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        db.dispose()

    app = FastAPI(
        title="Desa Desktop HQ",
        version=__version__,
        description=DESCRIPTION,
        default_response_class=HQJSONResponse,
        lifespan=lifespan,
    )
    app.state.db = db
    app.state.limits = limits
    install_handlers(app)
    for module in (basics, sync, reference):
        app.include_router(module.router)
    app.add_middleware(GZipMiddleware, minimum_size=GZIP_MINIMUM_BYTES)
    app.add_middleware(ProtocolHeader)
    return app


def configure_logging(level: int = logging.INFO) -> None:
    """Plain log lines on stderr for HQ's own loggers (uvicorn configures its own)."""
    logger = logging.getLogger("desa_desktop")
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter(LOG_FORMAT))
        logger.addHandler(handler)
        logger.setLevel(level)


def app_from_env() -> FastAPI:
    """The app for ``uvicorn --factory``: database from ``$DESA_HQ_DB``, rate limits from
    ``$DESA_HQ_RATE_LIMIT`` and ``$DESA_HQ_ENROLL_RATE_LIMIT`` (all set by ``serve``)."""
    configure_logging()
    limits = Limits.from_env()
    return create_app(
        resolve_db_url(os.environ.get(ENV_DB)),
        rate_limit=limits.per_device,
        enroll_rate_limit=limits.enroll_failures,
    )
