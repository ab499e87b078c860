"""`referat serve`: the HTTP server (Starlette on uvicorn) over one read-only index.

Each worker process opens the index once (`IndexView`) and runs every index read on
one thread of its own, so one Whoosh searcher serves all its requests and stays warm.
At most every `check_every` seconds it looks at the index's latest generation and,
when an indexer has committed since, reopens its searcher (`Referat.refresh`): the
workers see new items without a restart. The routes are in `search.webapi` (JSON,
under /api) and `search.pages` (the Danish HTML pages and Atom feeds).
"""

from __future__ import annotations

import asyncio
import json
import os
import time
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from referat.index.store import open_existing
from referat.search.api import ItemNotFound, Referat, open_index
from referat.search.present import SearchParams
from referat.search.results import CaseTimeline, ItemRecord, SearchResult

CONFIG_ENV = "REFERAT_SERVE_CONFIG"  # how `referat serve` hands its options to workers
MAX_TIMELINE = 200  # items of one case on a timeline
T = TypeVar("T")


@dataclass(frozen=True)
class ServeConfig:
    """The options of `referat serve`."""

    index_dir: str
    host: str = "127.0.0.1"
    port: int = 8080
    workers: int = 1
    cors_origins: tuple[str, ...] = ()
    check_every: float = 1.0  # seconds between looks for a new index generation
    cache_size: int = 256  # search answers kept per worker, per index generation
    access_log: bool = True

    def to_env(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_env(cls) -> ServeConfig:
        data = json.loads(os.environ[CONFIG_ENV])
        return cls(**data | {"cors_origins": tuple(data.get("cors_origins", ()))})


@dataclass
class Sources:
    """The indexed files of one index generation: the folder they are shown relative
    to, and the set of their paths (the only files the server will send)."""

    root: str
    paths: frozenset[str] = field(default_factory=frozenset)

    def relative(self, path: str) -> str:
        """The path below the deepest folder that holds every indexed file; when
        that is the file system's root (files from unrelated places), the file's
        folder and name. Never an absolute path."""
        if self.root and self.root != os.path.dirname(self.root):
            relative = os.path.relpath(path, self.root)
            if not relative.startswith(os.pardir):
                return relative
        return "/".join(Path(path).parts[-2:])


class IndexView:
    """One worker's read-only view of the index, with its per-generation caches.

    Every method that reads the index runs on the view's one thread (`run`).
    """

    def __init__(self, index_dir: str | Path, check_every: float = 1.0,
                 cache_size: int = 256) -> None:
        self.referat: Referat = open_index(index_dir)
        self._index = open_existing(index_dir)  # asked only for its latest generation
        self._generation = self._index.latest_generation()
        self._checked = time.monotonic()
        self.check_every = check_every
        self._cache: dict[str, Any] = {}
        self._answers: OrderedDict[tuple, SearchResult] = OrderedDict()
        self.cache_size = cache_size
        self._executor = ThreadPoolExecutor(1, thread_name_prefix="referat-index")

    async def run(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run `fn` on the view's thread (first seeing a newer generation, if any)."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, partial(self._call, fn, args, kwargs))

    def _call(self, fn: Callable[..., T], args: tuple, kwargs: dict) -> T:
        self._follow()
        return fn(*args, **kwargs)

    def _follow(self) -> None:
        now = time.monotonic()
        if now - self._checked < self.check_every:
            return
        self._checked = now
        generation = self._index.latest_generation()
        if generation != self._generation:
            self._generation = generation
            self.referat.refresh()
            self._cache.clear()
            self._answers.clear()

    def close(self) -> None:
        self._executor.submit(self.referat.close).result()
        self._executor.shutdown()

    # -- reads (on the view's thread) ---------------------------------------------
    def _cached(self, key: str, make: Callable[[], T]) -> T:
        if key not in self._cache:
            self._cache[key] = make()
        return self._cache[key]

    def stats(self) -> dict[str, Any]:
        return self._cached("stats", self.referat.stats)

    def sources(self) -> Sources:
        return self._cached("sources", self._sources)

    def _sources(self) -> Sources:
        with self._index.searcher() as searcher:
            paths = frozenset(f["path"] for f in searcher.documents(doctype="file"))
        if not paths:
            return Sources(root="", paths=paths)
        root = os.path.commonpath(sorted(paths))
        if root in paths:  # a single file: shown by its name
            root = os.path.dirname(root)
        return Sources(root=root, paths=paths)

    def search(self, params: SearchParams) -> SearchResult:
        """The answer to a search, from the cache of this generation's answers when the
        same search was made before (typical queries repeat: a popular word, a feed
        that is polled); the cache holds `cache_size` answers, least recently used
        out first."""
        key = (*params.query_pairs(), ("facets", params.facets))
        answer = self._answers.get(key)
        if answer is not None:
            self._answers.move_to_end(key)
            return answer
        answer = self.referat.search(params.q, **params.search_kwargs())
        if self.cache_size:
            self._answers[key] = answer
            if len(self._answers) > self.cache_size:
                self._answers.popitem(last=False)
        return answer

    def count(self, params: SearchParams) -> int:
        """How many items a search finds (0 for one that cannot run)."""
        from referat.search.query import QueryError

        try:
            return self.search(replace(params, limit=1, page=1, facets=False)).total
        except QueryError:
            return 0

    def show(self, item_id: str) -> ItemRecord:
        if len(item_id) > 100:
            raise ItemNotFound(item_id)
        return self.referat.show(item_id)

    def timeline(self, case_number: str) -> CaseTimeline:
        """The items of one case, oldest first (`Referat.case`)."""
        return self.referat.case(case_number)

    def source_file(self, item_id: str) -> tuple[str, int | None]:
        """The indexed file an item came from, and its page; ItemNotFound when the
        item is unknown or its file is no longer an indexed, existing file."""
        record = self.show(item_id)
        if record.source not in self.sources().paths or not os.path.isfile(record.source):
            raise ItemNotFound(item_id)
        return record.source, record.page


def create_app(config: ServeConfig):
    """The Starlette application for one worker."""
    from referat.search import pages, webapi
    from starlette.applications import Starlette
    from starlette.middleware import Middleware
    from starlette.middleware.cors import CORSMiddleware

    @asynccontextmanager
    async def lifespan(app: Starlette):
        view = IndexView(config.index_dir, config.check_every, config.cache_size)
        app.state.view = view
        try:
            yield
        finally:
            view.close()

    middleware = [Middleware(SecurityHeaders)]
    if config.cors_origins:
        middleware.append(Middleware(
            CORSMiddleware, allow_origins=list(config.cors_origins), allow_methods=["GET"],
        ))
    return Starlette(
        routes=webapi.routes() + pages.routes(),
        middleware=middleware,
        exception_handlers=webapi.exception_handlers(pages.error_page),
        lifespan=lifespan,
    )


def app_from_env():
    """The application factory the uvicorn workers import (options from CONFIG_ENV)."""
    return create_app(ServeConfig.from_env())


PAGE_POLICY = ("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
               "base-uri 'none'; frame-ancestors 'none'")


class SecurityHeaders:
    """Headers on every response: no scripts at all (the pages have none), no
    sniffing, no framing. A response that set its own policy keeps it."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {name.lower() for name, _ in headers}
                extra = {b"content-security-policy": PAGE_POLICY.encode(),
                         b"x-content-type-options": b"nosniff",
                         b"referrer-policy": b"same-origin"}
                headers += [(k, v) for k, v in extra.items() if k not in names]
                message = message | {"headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def serve(config: ServeConfig) -> None:
    """Run the server until it is stopped (Ctrl-C or SIGTERM)."""
    import uvicorn

    os.environ[CONFIG_ENV] = config.to_env()
    uvicorn.run(
        "referat.search.server:app_from_env", factory=True, host=config.host,
        port=config.port, workers=config.workers, access_log=config.access_log,
        log_level="info", server_header=False, proxy_headers=False,
    )
