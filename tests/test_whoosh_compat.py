"""Every private Whoosh name referat uses is listed in one module, and exists in the
pinned Whoosh."""

from __future__ import annotations

import ast
import importlib
import inspect
from importlib.metadata import version
from pathlib import Path

import pytest
import whoosh
from referat.index.engine import whoosh_compat
from referat.index.engine.whoosh_compat import PRIVATE_NAMES, WHOOSH_VERSION

ROOT = Path(__file__).resolve().parents[1]
PACKAGE_DIRS = ("index", "search", "referat")


def test_the_pinned_whoosh_is_installed():
    assert version("whoosh-reloaded") == WHOOSH_VERSION
    pins = (ROOT / "pyproject.toml").read_text()
    assert f'"whoosh-reloaded=={WHOOSH_VERSION}"' in pins


def _owner(module: str, owner: str | None):
    obj = importlib.import_module(module)
    for part in (owner or "").split(".") if owner else ():
        obj = getattr(obj, part)
    return obj


@pytest.mark.parametrize("module, owner, name", PRIVATE_NAMES,
                         ids=[f"{o or m}.{n}" for m, o, n in PRIVATE_NAMES])
def test_each_private_name_exists_in_the_pinned_whoosh(module, owner, name):
    """A module global, a class attribute or method, an attribute a method of the
    class (or a base) sets on `self`, or a keyword argument of its constructor."""
    obj = _owner(module, owner)
    if hasattr(obj, name):
        return
    assert inspect.isclass(obj), f"{module}.{name} is missing"
    sources = "".join(inspect.getsource(cls) for cls in obj.__mro__
                      if cls.__module__.startswith("whoosh"))
    params = inspect.signature(obj.__init__).parameters
    assert f"self.{name} =" in sources or f"self.{name}," in sources or name in params, (
        f"{owner}.{name} is not in Whoosh {whoosh.versionstring()}")


def _private_names_used(path: Path, whoosh_names: set[str]) -> set[str]:
    """The private names of Whoosh a module imports or reads as an attribute of an
    object it did not define (its own classes' `self._x` are its own)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    own = {node.name for node in ast.walk(tree)
           if isinstance(node, ast.FunctionDef | ast.ClassDef)}
    for node in ast.walk(tree):  # self._x = ..., self._x, self._y = ...
        targets = node.targets if isinstance(node, ast.Assign) else []
        for target in targets:
            for t in (target.elts if isinstance(target, ast.Tuple) else [target]):
                if isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name) \
                        and t.value.id == "self":
                    own.add(t.attr)
    used = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in whoosh_names - own:
            used.add(node.attr)
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("whoosh"):
            used |= {a.name for a in node.names if a.name.startswith("_")}
        if isinstance(node, ast.keyword) and node.arg in whoosh_names - own:
            used.add(node.arg)
    return used


def test_no_other_module_uses_a_private_whoosh_name():
    listed = {name for _, _, name in PRIVATE_NAMES}
    compat = Path(whoosh_compat.__file__).resolve()
    for path in sorted(p for d in PACKAGE_DIRS for p in (ROOT / d).rglob("*.py")):
        used = _private_names_used(path, listed)
        if path.resolve() == compat:
            assert used == listed, "PRIVATE_NAMES and the module disagree"
        else:
            assert not used, f"{path.relative_to(ROOT)} uses {sorted(used)}"
