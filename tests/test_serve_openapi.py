"""The live server against its own OpenAPI description (/api/openapi.json), checked
by schemathesis: generated requests for every operation, valid and invalid; no
answer may be a server error, and every answer must match its documented status,
content type and schema.

One stock check is left out: `positive_data_acceptance` wants every schema-valid
request answered with 2xx, but a query language (unbalanced parentheses, a case number
that is not one) cannot be written as a JSON Schema; such requests get the documented
400 with a message, which the other checks verify.
"""

from __future__ import annotations

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import positive_data_acceptance

OPERATIONS = ("GET /api/search", "GET /api/items/{item_id}", "GET /api/case", "GET /api/stats")


@pytest.fixture(scope="module")
def api_schema(server: str):
    return schemathesis.openapi.from_url(f"{server}/api/openapi.json")


def test_openapi_lists_every_api_route(server):
    paths = httpx.get(f"{server}/api/openapi.json").json()["paths"]
    assert {f"GET {p}" for p in paths} == set(OPERATIONS)


@pytest.mark.parametrize("operation", OPERATIONS)
def test_api_matches_its_openapi_description(api_schema, operation):
    method, path = operation.split(" ")
    op = api_schema[path][method]

    @given(case=op.as_strategy())
    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck),
              database=None)
    def check(case):
        case.call_and_validate(excluded_checks=[positive_data_acceptance])

    check()
