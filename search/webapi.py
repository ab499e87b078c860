"""The server's JSON API under /api: search, show, case, stats, and its OpenAPI text.

Answers have the schemas of `referat search|show|stats --json`, with two changes
for the web: `snippet` is HTML (the text escaped, matched words in <mark>), and
`source` is the file's path relative to the indexed folders (with `url` and
`source_url` beside it). Errors are `{"error": message, "status": code}`: 400 for a
bad query or parameter, 404 for an unknown item or path, never a traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import asdict, is_dataclass
from typing import Any
from urllib.parse import quote

from referat.search.openapi import OPENAPI
from referat.search.present import SearchParams
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from referat.errors import ItemNotFound, QueryError

log = logging.getLogger("referat.serve")
MAX_CASE_CHARS = 100


def as_dict(obj: Any) -> dict[str, Any]:
    """A result object as its JSON dict (`to_dict()` where it has one)."""
    if hasattr(obj, "to_dict"):
        return obj.to_dict()
    if is_dataclass(obj):
        return asdict(obj)
    return dict(obj)


def item_url(item_id: str) -> str:
    return f"/punkt/{quote(item_id, safe='')}"


def source_url(item_id: str) -> str:
    return f"/kilde/{quote(item_id, safe='')}"


def hit_json(hit: Any, sources: Any) -> dict[str, Any]:
    """A hit, an item or a timeline entry (or its dict) for the web: relative source,
    and the links to its page and file."""
    data = hit if isinstance(hit, dict) else as_dict(hit)
    if isinstance(data.get("source"), str):
        data["source"] = sources.relative(data["source"])
    if "id" in data:
        data["url"] = item_url(data["id"])
        data["source_url"] = source_url(data["id"])
    if isinstance(data.get("also"), list):  # other items of the same case
        data["also"] = [hit_json(a, sources) for a in data["also"] if isinstance(a, dict)]
    return data


def view_of(request: Request) -> Any:
    return request.app.state.view


async def api_search(request: Request) -> Response:
    params = SearchParams.parse(request.query_params)
    view = view_of(request)
    result, sources = await view.run(lambda: (view.search(params), view.sources()))
    data = as_dict(result)  # its hits are dicts already: each is converted once
    data["hits"] = [hit_json(h, sources) for h in data["hits"]]
    return JSONResponse(data)


async def api_item(request: Request) -> Response:
    view = view_of(request)
    record = await view.run(view.show, request.path_params["item_id"])
    sources = await view.run(view.sources)
    return JSONResponse(hit_json(record, sources))


async def case_timeline(request: Request, param: str, bad: str, missing: str) -> Any:
    """The timeline of the case number in query parameter `param`: QueryError (`bad`) for
    an empty or overlong number, 404 (`missing`, with `{number}`) when no item has it."""
    number = (request.query_params.get(param) or "").strip()
    if not number or len(number) > MAX_CASE_CHARS:
        raise QueryError(bad.format(limit=MAX_CASE_CHARS))
    view = view_of(request)
    timeline = await view.run(view.timeline, number)
    if not timeline.steps:
        raise HTTPException(404, missing.format(number=repr(number)))
    return timeline


async def api_case(request: Request) -> Response:
    timeline = await case_timeline(
        request, "number", "number: give a case number of at most {limit} characters",
        "no items with case number {number}")
    view = view_of(request)
    sources = await view.run(view.sources)
    data = as_dict(timeline)
    data["steps"] = [hit_json(step, sources) for step in data["steps"]]
    return JSONResponse(data)


async def api_stats(request: Request) -> Response:
    view = view_of(request)
    return JSONResponse(await view.run(view.stats))


async def api_openapi(request: Request) -> Response:
    return JSONResponse(OPENAPI)


def routes() -> list[Route]:
    return [
        Route("/api/search", api_search, methods=["GET"]),
        Route("/api/items/{item_id}", api_item, methods=["GET"]),
        Route("/api/case", api_case, methods=["GET"]),
        Route("/api/stats", api_stats, methods=["GET"]),
        Route("/api/openapi.json", api_openapi, methods=["GET"]),
    ]


def error_json(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message, "status": status}, status_code=status)


def exception_handlers(page: Callable[[Request, int, str], Response]) -> dict:
    """JSON errors under /api, the error page elsewhere (`page`)."""

    def answer(request: Request, status: int, message: str) -> Response:
        if request.url.path.startswith("/api/") or request.url.path == "/api":
            return error_json(status, message)
        return page(request, status, message)

    async def bad_query(request: Request, exc: Exception) -> Response:
        return answer(request, 400, str(exc))

    async def not_found(request: Request, exc: Exception) -> Response:
        return answer(request, 404, str(exc))

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        response = answer(request, exc.status_code, str(exc.detail))
        if exc.status_code == 405:
            response.headers["Allow"] = "GET"
        return response

    async def server_error(request: Request, exc: Exception) -> Response:
        log.exception("error answering %s", request.url.path)
        return answer(request, 500, "internal error: the server could not answer")

    return {QueryError: bad_query, ItemNotFound: not_found, HTTPException: http_error,
            Exception: server_error}
