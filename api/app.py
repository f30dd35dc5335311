"""The FastAPI app: /graphql (GraphiQL in a browser), /healthz, /readyz and the explorer at /explore."""

from __future__ import annotations

from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated

from fastapi import Depends, FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles

from api.context import Context
from api.graphiql import PAGE_DIR, LocalGraphiQLRouter
from api.limits import BodySizeLimit, RequestTimeout
from api.loaders import StoreRunner
from api.schema import build_schema
from api.search import SearchIndex
from api.settings import Settings
from api.view_export import router as view_export_router
from graph.backends import open_store
from graph.store import GraphStore

STATIC = Path(__file__).parent / "static"


class AppState:
    """What one app holds for its lifetime: settings, the store, the worker threads, the search index."""

    def __init__(self, settings: Settings, store: GraphStore | None) -> None:
        self.settings = settings
        self.store = store
        self.owns_store = store is None
        self.executor: ThreadPoolExecutor | None = None
        self.search = SearchIndex()

    def open(self) -> None:
        if self.store is None:
            self.store = open_store(self.settings)
        self.executor = ThreadPoolExecutor(max_workers=max(1, self.settings.store_threads), thread_name_prefix="store")

    def close(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True)
            self.executor = None
        if self.owns_store and self.store is not None:
            self.store.close()
            self.store = None

    def runner(self) -> StoreRunner:
        if self.store is None:
            raise RuntimeError("the app's store is not open (lifespan not started)")
        return StoreRunner(self.store, self.executor)


def get_state(request: Request) -> AppState:
    state: AppState = request.app.state.ckg
    return state


def create_app(settings: Settings | None = None, store: GraphStore | None = None) -> FastAPI:
    settings = settings or Settings()
    state = AppState(settings, store)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        state.open()
        try:
            yield
        finally:
            state.close()

    async def get_context(app_state: Annotated[AppState, Depends(get_state)]) -> Context:
        return Context(app_state.runner(), app_state.settings, app_state.search)

    app = FastAPI(title="company-kg", lifespan=lifespan, docs_url=None, redoc_url=None)
    app.state.ckg = state
    graphql = LocalGraphiQLRouter(build_schema(settings), context_getter=get_context, graphql_ide="graphiql")
    app.include_router(graphql, prefix="/graphql")
    app.include_router(view_export_router)

    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        """The process is alive."""
        return {"status": "ok"}

    @app.get("/readyz")
    async def readyz(app_state: Annotated[AppState, Depends(get_state)]) -> JSONResponse:
        """The store answers."""
        try:
            ready = bool(await app_state.runner()(app_state.runner().store.ping))
        except Exception:
            ready = False
        return JSONResponse({"status": "ready" if ready else "unavailable"}, status_code=200 if ready else 503)

    app.mount("/graphiql", StaticFiles(directory=PAGE_DIR, check_dir=False), name="graphiql")
    app.mount("/explore/vendor", StaticFiles(directory=STATIC / "vendor", check_dir=False), name="vendor")
    app.mount("/explore", StaticFiles(directory=STATIC / "explore", html=True, check_dir=False), name="explore")
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(RequestTimeout, seconds=settings.request_timeout_seconds)
    return app
