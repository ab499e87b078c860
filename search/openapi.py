"""The OpenAPI 3.1 description of the server's JSON API, served at /api/openapi.json.

The schemas are those of `referat search|show|stats --json` (see README.md), open to
more properties: fields that a newer query side adds (facets, outcomes, corrections)
pass without a change here.
"""

from __future__ import annotations

from dataclasses import MISSING, fields
from typing import Any

from referat.index.model import Section
from referat.search.present import MAX_PAGE, MAX_PAGE_SIZE, MAX_QUERY_CHARS, MAX_VALUE_CHARS
from referat.search.results import CaseStep, Hit, ItemRecord


def _text(description: str, max_length: int = MAX_VALUE_CHARS) -> dict[str, Any]:
    return {"type": "string", "maxLength": max_length, "description": description}


def _param(name: str, schema: dict[str, Any], description: str = "",
           where: str = "query", required: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {"name": name, "in": where, "required": required, "schema": schema}
    if description:
        out["description"] = description
    return out


_NULLABLE_STRING = {"type": ["string", "null"]}
_ERROR_RESPONSE = {
    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}

_SEARCH_PARAMS = [
    _param("q", _text("Query: words (AND), OR, NOT, \"phrases\", prefix*, field:value",
                      MAX_QUERY_CHARS)),
    _param("kommune", _text("Only this kommune (case-insensitive, partial names)")),
    _param("udvalg", _text("Only this committee (case-insensitive, partial names)")),
    _param("from", {"type": "string", "format": "date"}, "Meetings on or after"),
    _param("to", {"type": "string", "format": "date"}, "Meetings on or before"),
    _param("year", {"type": "string", "pattern": "^[1-9][0-9]{3}$"}, "Meetings in this year"),
    _param("kind", {"type": "string", "enum": ["referat", "dagsorden"]}),
    _param("section", {"type": "array", "maxItems": 12, "items": {
        "type": "string", "enum": ["beslutning", "indstilling", "resume", "sagsfremstilling",
                                   "okonomi", "lovgrundlag", "bilag", "sagsforloeb", "other"]}},
           "Match only in these section types (repeatable)"),
    _param("case", _text("Only this case number (any common spelling)")),
    _param("outcome", {"type": "array", "maxItems": 12, "items": {"type": "string",
                                                                  "maxLength": 40}},
           "Only items with one of these outcomes (repeatable; where the index has them)"),
    _param("against", _text("Only items where this party voted against (where the index "
                            "has votes)")),
    _param("facets", {"type": "boolean", "default": False},
           "Count every match by kommune, udvalg, year, section and outcome ('facets')"),
    _param("sort", {"type": "string", "enum": ["relevance", "date"], "default": "relevance"}),
    _param("limit", {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE, "default": 10}),
    _param("page", {"type": "integer", "minimum": 1, "maximum": MAX_PAGE, "default": 1}),
]

def _array(items: dict[str, Any]) -> dict[str, Any]:
    return {"type": "array", "items": items}


# The JSON Schema of each field type of the result dataclasses (`search.results`,
# `index.model.Section`), by its annotation; a new field type needs a row here.
_TYPES: dict[str, dict[str, Any]] = {
    "str": {"type": "string"},
    "str | None": _NULLABLE_STRING,
    "dt.date | None": _NULLABLE_STRING,
    "bool": {"type": "boolean"},
    "bool | None": {"type": ["boolean", "null"]},
    "int | None": {"type": ["integer", "null"]},
    "float": {"type": "number"},
    "dict[str, Any] | None": {"type": ["object", "null"]},
    "list[str]": _array({"type": "string"}),
    "list[tuple[int, int]]": _array({"type": "array", "items": {"type": "integer"},
                                     "minItems": 2, "maxItems": 2}),
    "list[dict[str, str]]": _array({"type": "object",
                                    "additionalProperties": {"type": "string"}}),
    "list[dict[str, Any]]": _array({"type": "object"}),
    "list[Section]": _array({"$ref": "#/components/schemas/Section"}),
}


def _object(cls: type, descriptions: dict[str, str] | None = None,
            **more: dict[str, Any]) -> dict[str, Any]:
    """The schema of a result dataclass's JSON: every field in `cls.json_order()` (or in
    definition order), those without a default required; `more`: properties the web adds."""
    by_name = {f.name: f for f in fields(cls)}
    order = cls.json_order() if hasattr(cls, "json_order") else list(by_name)
    properties = {}
    for name in order:
        properties[name] = _TYPES[by_name[name].type]
        if descriptions and name in descriptions:
            properties[name] = properties[name] | {"description": descriptions[name]}
    required = [n for n in order if by_name[n].default is MISSING
                and by_name[n].default_factory is MISSING]
    return {"type": "object", "required": required, "properties": properties | more}


_LINKS = {"url": {"type": "string"}, "source_url": {"type": "string"}}
_HIT = _object(Hit, {"snippet": "HTML: escaped text, matches in <mark>",
                     "source": "path relative to the indexed folders"}, **_LINKS)
_SECTION = _object(Section)
_ITEM = _object(ItemRecord)

_COUNTS = {"type": "object", "additionalProperties": {"type": "integer"}}

OPENAPI: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {
        "title": "referat",
        "version": "1",
        "description": "Search Danish municipal meeting minutes. The schemas are those of "
                       "`referat search|show|stats --json`.",
    },
    "paths": {
        "/api/search": {"get": {
            "operationId": "search",
            "summary": "Search agenda items",
            "parameters": _SEARCH_PARAMS,
            "responses": {
                "200": {"description": "A page of hits", "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/SearchResult"}}}},
                "400": {"description": "A bad query or parameter", **_ERROR_RESPONSE},
            },
        }},
        "/api/items/{item_id}": {"get": {
            "operationId": "show",
            "summary": "One whole item with every section",
            "parameters": [_param("item_id", {"type": "string"}, where="path",
                                  required=True)],
            "responses": {
                "200": {"description": "The item", "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/Item"}}}},
                "404": {"description": "No item has this id", **_ERROR_RESPONSE},
            },
        }},
        "/api/case": {"get": {
            "operationId": "case",
            "summary": "The items of one case, oldest first",
            "parameters": [_param("number", _text("Case number (any common spelling)", 100),
                                  required=True)],
            "responses": {
                "200": {"description": "The case's timeline", "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/Case"}}}},
                "400": {"description": "No case number given, or not one",
                        **_ERROR_RESPONSE},
                "404": {"description": "No item has this case number", **_ERROR_RESPONSE},
            },
        }},
        "/api/stats": {"get": {
            "operationId": "stats",
            "summary": "Item counts per kommune, udvalg, year and kind",
            "responses": {"200": {"description": "The counts", "content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/Stats"}}}}},
        }},
    },
    "components": {"schemas": {
        "SearchResult": {
            "type": "object",
            "required": ["query", "total", "page", "limit", "hits"],
            "properties": {
                "query": {"type": "string"},
                "total": {"type": "integer", "minimum": 0},
                "page": {"type": "integer", "minimum": 1},
                "limit": {"type": "integer", "minimum": 1},
                "hits": {"type": "array", "items": {"$ref": "#/components/schemas/Hit"}},
            },
        },
        "Hit": _HIT,
        "Item": _ITEM,
        "Section": _SECTION,
        "Case": {
            "type": "object",
            "required": ["number", "steps"],
            "properties": {"number": {"type": "string"},
                           "status": {"type": ["string", "null"]},
                           "steps": _array(_object(CaseStep, **_LINKS))},
        },
        "Stats": {
            "type": "object",
            "required": ["items", "files", "kommune", "udvalg", "year", "kind"],
            "properties": {"items": {"type": "integer"}, "files": {"type": "integer"},
                           "kommune": _COUNTS, "udvalg": _COUNTS, "year": _COUNTS,
                           "kind": _COUNTS},
        },
        "Error": {
            "type": "object",
            "required": ["error", "status"],
            "properties": {"error": {"type": "string"}, "status": {"type": "integer"}},
        },
    }},
}
