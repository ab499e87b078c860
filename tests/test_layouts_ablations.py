"""The reader rules' switches (`benchmarks.layouts.ablations`): each turns one rule off, for
its block only, and a rule off reads its own kind of document otherwise."""

from __future__ import annotations

import importlib
import pkgutil

import pytest
import referat.index.readers as readers
from referat.index.readers import parse_bytes

from benchmarks.layouts.ablations import reader_ablations
from tests.test_generic_round29 import ITEMS, _item, _print


def _switches() -> dict[tuple[str, str], bool]:
    """Every module constant of the readers (and of `index.layout` and `index.sections`,
    whose rules they share) that is a bool, by (module, name)."""
    out = {}
    names = [info.name for info in pkgutil.walk_packages(readers.__path__,
                                                         readers.__name__ + ".")]
    for module_name in [*names, "referat.index.layout", "referat.index.sections"]:
        module = importlib.import_module(module_name)
        for name, value in vars(module).items():
            if name.isupper() and isinstance(value, bool):
                out[(module.__name__, name)] = value
    return out


@pytest.mark.parametrize("rule", sorted(reader_ablations()))
def test_each_ablation_turns_one_rule_off_and_back_on(rule):
    before = _switches()
    with reader_ablations()[rule]():
        inside = _switches()
    assert [key for key in before if before[key] != inside[key]] == [
        key for key in before if before[key] and not inside[key]]
    assert sum(before[key] != inside[key] for key in before) == 1
    assert _switches() == before


def test_the_padded_numbers_rule_off_reads_a_list_line_as_an_item():
    """Round 29's print: with `no-padded-alike`, `2. AT …` inside item 1 counts as a number
    again (the rule's own document, read as before the rule)."""
    data = _print([_item(n, c, t, listed=True) for n, c, t in ITEMS])
    numbers = [i.number for i in parse_bytes(data, "udskrift.txt", known_layouts=False)
               .meeting.items]
    with reader_ablations()["no-padded-alike"]():
        off = parse_bytes(data, "udskrift.txt", known_layouts=False)
    assert numbers == ["001", "002", "003", "004"]
    assert not off.ok or [i.number for i in off.meeting.items] != numbers


def test_evaluate_names_an_unknown_rule():
    from benchmarks.layouts import evaluate

    with pytest.raises(SystemExit) as exc:
        evaluate.main(["--split", "test31", "--no-corpus", "--without", "no-such-rule"])
    assert exc.value.code == 2
