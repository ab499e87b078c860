"""referat installed into a fresh virtual environment, used by an app whose own modules
are named `index` and `search`: the app imports one name, `referat`, and nothing of
referat shadows (or is shadowed by) the app's modules.

Offline: the new environment reuses this one's installed dependencies through a .pth
file (a path it lists is added to sys.path without running the .pth files there, so
this environment's editable referat stays out), and referat is installed from a copy
of the source with `--no-deps --no-build-isolation` (setuptools from this environment).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

from tests.conftest import EXAMPLES, ROOT

APP_INDEX = '''"""The app's own index module: it builds the app's referat index."""
import referat


def build(folder, index_dir):
    return referat.index_paths([folder], index_dir=index_dir, kommune="Eksempelby")
'''

APP_SEARCH = '''"""The app's own search module."""
import referat


def titles(words, index_dir):
    with referat.open_index(index_dir) as ix:
        return [hit.title for hit in ix.search(words, date_from="2025-01-01").hits]
'''

APP_MAIN = '''import json, sys
import index, search
import referat

index_dir = sys.argv[2]
report = index.build(sys.argv[1], index_dir)
try:
    referat.open_index(index_dir + "-missing")
    missing = None
except referat.IndexNotFound as exc:
    missing = str(exc)
try:
    search.titles("x", index_dir + "-missing")
except referat.ReferatError as exc:
    other = type(exc).__name__
print(json.dumps({
    "items": report.items_added,
    "titles": search.titles("sortering", index_dir),
    "app_modules": [index.__file__, search.__file__],
    "referat": referat.__file__,
    "referat_search": referat.search.__file__,
    "top_level": sorted(m for m in sys.modules if m.split(".")[0] in ("index", "search")),
    "missing": missing,
    "other": other,
}))
'''


def _source_copy(dest: Path) -> Path:
    """The files a build of referat reads (the build writes next to them)."""
    dest.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, dest / name)
    for name in ("referat", "index", "search"):
        shutil.copytree(ROOT / name, dest / name,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    return dest


def test_an_app_with_its_own_index_and_search_modules(tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = Path(subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True).stdout.strip())
    (site / "test-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    install = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q",
         "--no-deps", "--no-build-isolation", "--ignore-installed", "--no-index",
         str(_source_copy(tmp_path / "src"))],
        capture_output=True, text=True)
    assert install.returncode == 0, install.stderr
    assert (site / "referat" / "py.typed").is_file()
    assert (site / "referat" / "index" / "data" / "da_words.pickle").is_file()
    assert not (site / "index").exists() and not (site / "search").exists()

    app = tmp_path / "app"
    app.mkdir()
    (app / "index.py").write_text(APP_INDEX)
    (app / "search.py").write_text(APP_SEARCH)
    (app / "app.py").write_text(APP_MAIN)
    run = subprocess.run([str(python), "app.py", str(EXAMPLES), str(tmp_path / "ix")],
                         cwd=app, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    assert out["items"] == 5  # the two example meetings
    assert out["titles"] == ["Affaldssortering i etageboliger"]
    assert out["app_modules"] == [str(app / "index.py"), str(app / "search.py")]
    assert Path(out["referat"]).is_relative_to(site)  # the installed copy, not this checkout
    assert Path(out["referat_search"]) == site / "referat" / "search" / "__init__.py"
    assert out["top_level"] == ["index", "search"]  # the app's own, and nothing else
    assert out["missing"].startswith("no index at ") and out["other"] == "IndexNotFound"
