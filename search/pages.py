"""The server's Danish pages: search with facets and paging, an item with its case
timeline, a case, the indexed source file, and an Atom feed per search.

Server-rendered by Jinja2 with autoescaping; no script anywhere, so every page works
with JavaScript off (and the server's policy forbids scripts outright).
"""

from __future__ import annotations

import datetime as dt
import math
import mimetypes
import re
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from referat.search import present
from referat.search.api import ItemNotFound
from referat.search.present import SearchParams
from referat.search.query import QueryError
from referat.search.webapi import case_timeline, item_url, source_url, view_of
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

HERE = Path(__file__).parent
FEED_SIZE = 20
FACET_VALUES = 12  # values shown per facet
PAGE_LINKS = 2  # pages linked on each side of the current one
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december")
SECTION_NAMES = {
    "title": "titel", "beslutning": "beslutning", "indstilling": "indstilling",
    "resume": "resumé", "sagsfremstilling": "sagsfremstilling", "okonomi": "økonomi",
    "lovgrundlag": "lovgrundlag", "bilag": "bilag", "sagsforloeb": "sagsforløb",
    "other": "andet",
}
FACET_NAMES = {"kommune": "Kommune", "udvalg": "Udvalg", "year": "År", "kind": "Type",
               "section": "Afsnit", "outcome": "Udfald"}
KIND_NAMES = {"referat": "referat", "dagsorden": "dagsorden"}
OUTCOME_NAMES = {
    "godkendt": "godkendt", "godkendt_med_aendringer": "godkendt med ændringer",
    "anbefalet": "anbefalet", "taget_til_efterretning": "taget til efterretning",
    "afvist": "afvist", "udsat": "udsat", "oversendt": "oversendt", "droeftet": "drøftet",
    "andet": "andet",
}
REPEATED = {"section": "sections", "outcome": "outcomes"}  # facet -> SearchParams list


def danish_date(value: Any) -> str:
    """'2024-05-30' -> '30. maj 2024' (other values as they are)."""
    try:
        day = dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return str(value or "")
    return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(value: Any) -> str:
    """Text without the characters XML 1.0 cannot hold (PDF text has form feeds)."""
    return _NOT_XML.sub("", str(value or ""))


def value_name(facet: str, value: str) -> str:
    names = {"section": SECTION_NAMES, "outcome": OUTCOME_NAMES, "kind": KIND_NAMES}
    return names.get(facet, {}).get(value, value)


def _templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    env = templates.env
    env.filters["dato"] = danish_date
    env.filters["afsnit"] = lambda t: SECTION_NAMES.get(t, t)
    env.filters["udfald"] = lambda o: OUTCOME_NAMES.get(str(o), str(o))
    env.filters["xml"] = xml_text
    env.globals.update(item_url=item_url, source_url=source_url, value_name=value_name,
                       facet_names=FACET_NAMES, extra_fields=present.extra_fields)
    return templates


TEMPLATES = _templates()


def link(params: SearchParams, **changes: Any) -> str:
    pairs = params.query_pairs(**changes)
    return "/?" + urlencode(pairs) if pairs else "/"


def render(request: Request, name: str, context: dict[str, Any], status: int = 200,
           **kwargs: Any) -> Response:
    return TEMPLATES.TemplateResponse(request, name, context, status_code=status, **kwargs)


def error_page(request: Request, status: int, message: str) -> Response:
    titles = {400: "Ugyldig forespørgsel", 404: "Findes ikke", 405: "Metoden kan ikke bruges"}
    title = titles.get(status, "Serverfejl")
    return render(request, "error.html", {"title": title, "message": message,
                                          "status": status}, status=status)


# -- the search page ------------------------------------------------------------
def facet_groups(view: Any, params: SearchParams, result: Any) -> list[dict[str, Any]]:
    """The facets beside the hits: counts from the answer where it has them, else
    the values the index holds (from its stats) to narrow by, without counts."""
    counted = present.facets(result) if result is not None else {}
    stats = view.stats()
    groups = []
    for name in present.FACETS:
        if name in counted:
            values: list[tuple[str, int | None]] = list(counted[name])
        elif name in ("kommune", "udvalg", "kind"):
            values = [(v, None) for v in stats.get(name, {})]
        elif name == "year":
            values = [(v, None) for v in sorted(stats.get("year", {}), reverse=True)]
        elif name == "section" and params.q:
            values = [(v, None) for v in SECTION_NAMES if v != "title"]
        else:
            continue
        values = [(v, n) for v, n in values if v]
        chosen = _chosen(params, name)
        entries = []
        for value, count in values[:FACET_VALUES]:
            active = value in chosen
            entries.append({"value": value, "label": value_name(name, value), "count": count,
                            "active": active, "href": _toggle(params, name, value, active)})
        for value in chosen - {v for v, _ in values[:FACET_VALUES]}:
            entries.insert(0, {"value": value, "label": value_name(name, value), "count": None,
                               "active": True, "href": _toggle(params, name, value, True)})
        if entries:
            groups.append({"name": name, "title": FACET_NAMES[name], "entries": entries,
                           "counted": name in counted})
    return groups


def _chosen(params: SearchParams, name: str) -> set[str]:
    if name in REPEATED:
        return set(getattr(params, REPEATED[name]))
    value = getattr(params, name)
    return {str(value)} if value is not None else set()


def _toggle(params: SearchParams, name: str, value: str, active: bool) -> str:
    if name in REPEATED:
        values = list(getattr(params, REPEATED[name]))
        values = [v for v in values if v != value] if active else [*values, value]
        return link(params, **{name: values, "page": None})
    return link(params, **{name: None if active else value, "page": None})


def page_links(params: SearchParams, total: int) -> dict[str, Any]:
    pages = min(math.ceil(total / params.limit), present.MAX_PAGE)
    first = max(1, params.page - PAGE_LINKS)
    last = min(pages, params.page + PAGE_LINKS)
    return {
        "pages": pages,
        "numbers": [(n, link(params, page=n if n > 1 else None)) for n in range(first, last + 1)],
        "previous": link(params, page=params.page - 1 if params.page > 2 else None)
        if params.page > 1 else None,
        "next": link(params, page=params.page + 1) if params.page < pages else None,
        "first_link": link(params, page=None) if first > 1 else None,
        "last_link": link(params, page=pages) if last < pages else None,
    }


def did_you_mean(view: Any, params: SearchParams, result: Any) -> list[dict[str, str]]:
    """The answer's suggestions (a query, or a kommune or udvalg name) that have hits
    with the rest of the search as it is (counted here when the answer gives no count)."""
    out = []
    for name, value, count in present.suggestions(result)[:4]:
        changed = replace(params, page=1, **{name: value})
        if value.strip() and (count if count is not None else view.count(changed)) > 0:
            out.append({"query": value, "href": link(changed)})
    return out


def active_filters(params: SearchParams) -> list[dict[str, str]]:
    """The filters in force, each with a link that drops it."""
    out = []
    for name, label, value in (("from", "fra", params.date_from), ("to", "til", params.date_to),
                               ("case", "sag", params.case)):
        if value:
            out.append({"label": f"{label} {value}", "href": link(params, **{name: None})})
    return out


async def search_page(request: Request) -> Response:
    view = view_of(request)
    raw_query = request.query_params.get("q", "")[: present.MAX_QUERY_CHARS]
    context: dict[str, Any] = {"q": raw_query, "params": None, "result": None, "error": None}
    status = 200
    try:
        params = SearchParams.parse(request.query_params)
        context["params"] = params
        if params.q or params.filtered:
            context["result"] = await view.run(view.search, replace(params, facets=True))
    except QueryError as exc:
        context["error"], status = str(exc), 400
    params = context["params"] or SearchParams(q=raw_query)
    result = context["result"]
    stats = await view.run(view.stats)
    context.update(
        stats=stats,
        facets=await view.run(facet_groups, view, params, result),
        filters=active_filters(params),
        sort_links={s: link(params, sort=None if s == "relevance" else s, page=None)
                    for s in present.SORTS},
        feed=None,
        notices={},
    )
    if result is not None:
        sources = await view.run(view.sources)
        context.update(
            hits=[(hit, sources.relative(hit.source)) for hit in result.hits],
            paging=page_links(params, result.total),
            first=(params.page - 1) * params.limit + 1,
            feed="/atom?" + urlencode(params.query_pairs(page=None, limit=None, sort=None)),
            notices={"relaxed": present.relaxation(result),
                     "corrected": result.corrected,
                     "without": present.without_filters(result),
                     "suggestions": await view.run(did_you_mean, view, params, result)},
        )
    return render(request, "search.html", context, status=status)


# -- items, cases, sources, feeds -----------------------------------------------
async def item_page(request: Request) -> Response:
    view = view_of(request)
    try:
        record = await view.run(view.show, request.path_params["item_id"])
    except ItemNotFound:
        raise HTTPException(404, "Der er intet punkt med dette id.") from None
    steps: list[Any] = []
    if record.case_number:
        try:
            steps = (await view.run(view.timeline, record.case_number)).steps
        except QueryError:  # a case number the query side cannot read: no timeline
            steps = []
    sources = await view.run(view.sources)
    return render(request, "item.html", {
        "item": record, "source": sources.relative(record.source),
        "timeline": steps if len(steps) > 1 else [],
    })


async def case_page(request: Request) -> Response:
    timeline = await case_timeline(
        request, "nr", "angiv et sagsnummer på højst {limit} tegn",
        "ingen punkter har sagsnummeret {number}")
    return render(request, "case.html", {"number": timeline.number, "timeline": timeline.steps,
                                         "status": timeline.status})


SOURCE_TYPES = {".pdf": "application/pdf", ".json": "application/json"}


async def source_file(request: Request) -> Response:
    """The indexed file an item came from (and nothing else: the path is the index's,
    never the request's). PDFs open in the browser; other formats come as plain text,
    so that markup in them is never run as a page of this server."""
    view = view_of(request)
    path, _page = await view.run(view.source_file, request.path_params["item_id"])
    suffix = Path(path).suffix.lower()
    media = SOURCE_TYPES.get(suffix) or (
        "text/plain; charset=utf-8" if _is_text(path) else "application/octet-stream")
    headers = {"Content-Security-Policy": "sandbox; default-src 'none'"}
    if suffix == ".pdf":
        headers = {"Content-Security-Policy": "default-src 'none'; object-src 'self'"}
    if media == "application/octet-stream":
        name = quote(Path(path).name, safe="")
        headers["Content-Disposition"] = f"attachment; filename*=utf-8''{name}"
    return FileResponse(path, media_type=media, headers=headers)


def _is_text(path: str) -> bool:
    mime, _ = mimetypes.guess_type(path)
    return (mime or "").startswith("text/") or Path(path).suffix.lower() in (".xml", ".html")


async def atom_feed(request: Request) -> Response:
    params = SearchParams.parse(request.query_params)
    params.sort, params.limit, params.page = "date", FEED_SIZE, 1
    view = view_of(request)
    result = await view.run(view.search, params)
    base = str(request.base_url).rstrip("/")
    search_link = base + link(params, sort=None, limit=None)
    self_link = base + "/atom?" + urlencode(params.query_pairs(sort=None, limit=None))
    dates = [h.date for h in result.hits if h.date]
    return render(request, "feed.xml", {
        "params": params, "result": result, "base": base, "search_link": search_link,
        "self_link": self_link, "updated": max(dates) if dates else "1970-01-01",
        "title": params.q or "alle punkter",
    }, media_type="application/atom+xml; charset=utf-8")


def routes() -> list[Any]:
    return [
        Route("/", search_page, methods=["GET"]),
        Route("/punkt/{item_id}", item_page, methods=["GET"]),
        Route("/sag", case_page, methods=["GET"]),
        Route("/kilde/{item_id}", source_file, methods=["GET"]),
        Route("/atom", atom_feed, methods=["GET"]),
        Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
    ]
