"""`referat serve`'s JSON API, Atom feeds and safety, through a real HTTP client against
a server started by the test (tests/serving.py) on real Greve meetings."""

from __future__ import annotations

import socket
import threading
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from tests.serving import HOSTILE_TITLE, HOSTILE_WORD, running_server

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def local(served_index: Path):
    """The same index through the Python API, to compare answers with."""
    from referat import search

    with search.open_index(served_index) as ix:
        yield ix


@pytest.fixture(scope="module")
def client(server: str):
    with httpx.Client(base_url=server, timeout=30) as c:
        yield c


def a_case(local) -> str:
    """A case number that at least three items of the index carry."""
    for hit in local.search("budget", limit=100).hits:
        if hit.case_number and local.search("", case=hit.case_number).total >= 3:
            return hit.case_number
    pytest.fail("no case with three items in the served index")


def test_search_answers_like_the_python_api(client, local):
    r = client.get("/api/search", params={"q": "budget", "udvalg": "økonomi", "limit": 5})
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    data = r.json()
    expected = local.search("budget", udvalg="økonomi", limit=5)
    assert data["total"] == expected.total > 5
    assert [h["id"] for h in data["hits"]] == [h.id for h in expected.hits]
    keys = set(expected.hits[0].to_dict())
    for hit in data["hits"]:
        assert keys <= set(hit)
        assert "<mark>" in hit["snippet"]
        assert not hit["source"].startswith("/") and hit["source"].startswith("greve/")
        assert hit["url"] == f"/punkt/{hit['id']}"
    assert set(expected.to_dict()) <= set(data)


def test_search_pages_and_sorts(client, local):
    first = client.get("/api/search", params={"q": "borger", "limit": 3}).json()
    second = client.get("/api/search", params={"q": "borger", "limit": 3, "page": 2}).json()
    ids = [h["id"] for h in first["hits"] + second["hits"]]
    assert ids == [h.id for h in local.search("borger", limit=6).hits]
    newest = client.get("/api/search", params={"q": "borger", "sort": "date"}).json()
    dates = [h["date"] for h in newest["hits"]]
    assert dates == sorted(dates, reverse=True)
    year = client.get("/api/search", params={"q": "borger", "year": "2024"}).json()
    in_2024 = local.search("borger", date_from="2024-01-01", date_to="2024-12-31")
    assert year["total"] == in_2024.total < first["total"]
    assert client.get("/api/search", params={"q": "borger", "year": "2019"}).json()["total"] == 0


def test_show_stats_and_case(client, local):
    hit = local.search("budget", limit=1).hits[0]
    item = client.get(f"/api/items/{hit.id}").json()
    record = local.show(hit.id)
    assert item["title"] == record.title
    assert [s["text"] for s in item["sections"]] == [s.text for s in record.sections]
    assert item["source"] == Path(record.source).relative_to(Path(record.source).parents[1]
                                                           ).as_posix()
    assert client.get("/api/stats").json() == local.stats()

    number = a_case(local)
    case = client.get("/api/case", params={"number": number}).json()
    dates = [i["date"] for i in case["steps"]]
    assert len(dates) == local.search("", case=number).total and dates == sorted(dates)
    assert {i["case_number"] for i in case["steps"]} == {number}
    assert all(not i["source"].startswith("/") and i["url"] for i in case["steps"])


@pytest.mark.parametrize(("path", "params", "status", "words"), [
    ("/api/search", {"q": "(budget"}, 400, "parenthesis"),
    ("/api/search", {"q": "budget", "limit": "0"}, 400, "limit"),
    ("/api/search", {"q": "budget", "limit": "101"}, 400, "limit"),
    ("/api/search", {"q": "budget", "page": "abc"}, 400, "page"),
    ("/api/search", {"q": "budget", "page": "51"}, 400, "page"),
    ("/api/search", {"q": "budget", "sort": "bogus"}, 400, "sort"),
    ("/api/search", {"q": "budget", "kind": "x"}, 400, "kind"),
    ("/api/search", {"q": "budget", "from": "2024-13-01"}, 400, "date"),
    ("/api/search", {"q": "budget", "section": "bogus"}, 400, "section"),
    ("/api/search", {"q": "budget", "year": "0000"}, 400, "year"),
    ("/api/search", {"q": "budget", "year": "12345"}, 400, "year"),
    ("/api/search", {"q": "b" * 501}, 400, "at most 500"),
    ("/api/search", {"q": "budget\x00"}, 400, "control"),
    ("/api/search", {"q": "budget", "outcome": "godkendt", "section": ["x"] * 13}, 400, ""),
    ("/api/items/nope-1", {}, 404, "nope-1"),
    ("/api/case", {"number": "99-999999"}, 404, "99-999999"),
    ("/api/case", {}, 400, "number"),
    ("/api/nothing", {}, 404, "Not Found"),
])
def test_errors_are_json(client, path, params, status, words):
    r = client.get(path, params=params)
    assert r.status_code == status
    assert r.headers["content-type"] == "application/json"
    body = r.json()
    assert body["status"] == status and words in body["error"]
    assert "Traceback" not in r.text


@pytest.mark.parametrize("query", [
    "*", "**", "a*", '"', '""', "NOT", "OR OR", "AND", "titel:", "::", ":", "budget:",
    "🙂 budget", "\u202ebudget", "%", "%00", "../../etc/passwd", "<script>", "'; DROP TABLE",
    "(" * 40 + "x" + ")" * 40, "a " * 240, "beslutning:(godkendt OR", "cykelsti*" * 50,
    "\\", "\ufffd", "ø" * 400,
])
def test_odd_queries_never_fail(client, query):
    r = client.get("/api/search", params={"q": query})
    assert r.status_code in (200, 400), r.text
    assert ("hits" in r.json()) if r.status_code == 200 else ("error" in r.json())
    page = client.get("/", params={"q": query})
    assert page.status_code in (200, 400) and "Traceback" not in page.text


def raw_request(server: str, request: bytes) -> tuple[bytes, bytes]:
    """Send bytes as they are (no client's checks); the answer's head and body."""
    answer = b""
    with socket.create_connection(("127.0.0.1", urlsplit(server).port), timeout=30) as s:
        try:
            s.sendall(request)
            while chunk := s.recv(65536):
                answer += chunk
        except (ConnectionResetError, BrokenPipeError):
            pass  # the server refused the request before reading all of it
    head, _, body = answer.partition(b"\r\n\r\n")
    return head, body


def test_huge_request_is_refused(server, client):
    head, body = raw_request(server, b"GET /api/search?q=" + b"x" * 200_000 + b" HTTP/1.1\r\n"
                             b"Host: 127.0.0.1\r\nConnection: close\r\n\r\n")
    assert head == b"" or head.split(b" ")[1] in (b"400", b"414", b"431")
    assert b"Traceback" not in body
    assert client.get("/api/stats").status_code == 200  # and the server goes on
    r = client.get("/api/search", params={"q": "x" * 5000})
    assert r.status_code == 400 and "at most 500" in r.json()["error"]


def test_hostile_markup_is_escaped(client):
    data = client.get("/api/search", params={"q": HOSTILE_WORD, "kommune": "testby"}).json()
    assert data["total"] == 1
    hit = data["hits"][0]
    assert hit["title"] == HOSTILE_TITLE  # JSON carries the data as written
    assert "<img" not in hit["snippet"] and "<svg" not in hit["snippet"]
    assert "&lt;" in hit["snippet"] and "<mark>" in hit["snippet"]
    page = client.get("/", params={"q": HOSTILE_WORD}).text
    assert "<script" not in page and "<img" not in page and "<svg" not in page
    assert "&lt;script&gt;" in page
    item = client.get(hit["url"]).text
    assert "<script" not in item and "<iframe" not in item and "&lt;iframe" in item


def test_source_files_only_the_indexed_ones(client, local, served_index):
    hit = local.search(HOSTILE_WORD, kommune="testby").hits[0]
    r = client.get(f"/kilde/{hit.id}")
    assert r.status_code == 200 and r.content == Path(hit.source).read_bytes()
    assert r.headers["content-type"].startswith("text/plain")  # never run as a page
    assert "sandbox" in r.headers["content-security-policy"]
    for path in ("/kilde/../../../etc/passwd", "/kilde/..%2F..%2F..%2Fetc%2Fpasswd",
                 "/kilde/%2e%2e", "/kilde/" + str(served_index / "_MAIN_1.toc"),
                 "/static/../../../../etc/passwd", "/static/%2e%2e/server.py",
                 "/static/..%2fserver.py", "/kilde/", "/kilde/nope-1"):
        r = client.get(path)
        assert r.status_code == 404, path
        assert b"root:" not in r.content and b"import" not in r.content


def test_header_injection_is_not_reflected(server):
    """Raw requests: CR/LF in the query string and a hostile Host header."""
    requests = [
        b"GET /atom?q=budget%0d%0aSet-Cookie:%20a=b HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        b"Connection: close\r\n\r\n",
        b"GET /?q=x%0d%0aLocation:%20http://evil HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        b"Connection: close\r\n\r\n",
        b'GET /atom?q=budget HTTP/1.1\r\nHost: a"><script>x</script>\r\n'
        b"Connection: close\r\n\r\n",
    ]
    for raw in requests:
        head, body = raw_request(server, raw)
        lines = head.lower().split(b"\r\n")
        assert not any(line.startswith((b"set-cookie", b"location")) for line in lines)
        assert b"<script" not in body


def test_atom_feed_of_a_search(client, local):
    r = client.get("/atom", params={"q": "budget"})
    assert r.headers["content-type"].startswith("application/atom+xml")
    feed = ET.fromstring(r.content)
    entries = feed.findall(f"{ATOM}entry")
    newest = local.search("budget", sort="date", limit=20).hits
    assert len(entries) == 20
    assert [e.find(f"{ATOM}id").text.rsplit("/", 1)[1] for e in entries] == [h.id for h in newest]
    updated = [e.find(f"{ATOM}updated").text for e in entries]
    assert updated == sorted(updated, reverse=True)
    hostile = ET.fromstring(client.get("/atom", params={"q": HOSTILE_WORD}).content)
    assert HOSTILE_TITLE in hostile.find(f"{ATOM}entry/{ATOM}title").text


def test_security_headers_and_no_cors_by_default(client):
    r = client.get("/", headers={"Origin": "https://example.org"})
    assert "script-src" not in r.headers["content-security-policy"]  # default-src 'none'
    assert "default-src 'none'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"
    api = client.get("/api/stats", headers={"Origin": "https://example.org"})
    assert "access-control-allow-origin" not in api.headers


def test_cors_origins_when_allowed(served_index):
    with running_server(served_index, 1, "--cors-origin", "https://example.org") as base:
        allowed = httpx.get(f"{base}/api/stats", headers={"Origin": "https://example.org"})
        other = httpx.get(f"{base}/api/stats", headers={"Origin": "https://evil.example"})
    assert allowed.headers["access-control-allow-origin"] == "https://example.org"
    assert "access-control-allow-origin" not in other.headers


def test_concurrent_requests_while_an_indexer_commits(corpus, tmp_path):
    """Clients keep asking while `referat index` adds meetings in several commits;
    every answer is 200, and afterwards every worker counts the new items."""
    from referat.index.writer import index_paths

    index_dir = tmp_path / "index"
    index_paths([corpus / "albertslund", corpus / "sbsys"], index_dir=index_dir)
    greve = sorted((corpus / "greve").glob("Økonomiudvalget_2023-*.json"))
    statuses: list[int] = []
    with running_server(index_dir, 2) as base:
        before = httpx.get(f"{base}/api/stats").json()["items"]
        done = threading.Event()

        def ask() -> None:
            with httpx.Client(base_url=base, timeout=60) as c:
                while not done.is_set():
                    for q in ("budget", "godkendt", "borger*", '"til efterretning"'):
                        statuses.append(c.get("/api/search", params={"q": q}).status_code)
                    statuses.append(c.get("/api/stats").status_code)

        threads = [threading.Thread(target=ask) for _ in range(6)]
        for t in threads:
            t.start()
        try:
            for chunk in (greve[:4], greve[4:8], greve):  # three runs, each commits
                index_paths(chunk, index_dir=index_dir)
        finally:
            done.set()
            for t in threads:
                t.join()
        time.sleep(1.5)  # workers look for a new generation every second
        from referat import search

        with search.open_index(index_dir) as ix:
            after = ix.stats()["items"]
        counts = {httpx.get(f"{base}/api/stats", headers={"Connection": "close"}).json()["items"]
                  for _ in range(12)}
    assert len(statuses) > 50 and set(statuses) == {200}
    assert after > before and counts == {after}


def test_serve_without_an_index_is_one_line(tmp_path):
    from click.testing import CliRunner
    from referat.search.cli import cli

    result = CliRunner().invoke(cli, ["serve", "--index", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert result.output.startswith("Error: no index at ") and "Traceback" not in result.output
