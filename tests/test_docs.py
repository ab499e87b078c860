"""The README documents every command, and its Python example runs."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

from referat.search.cli import cli

from tests.conftest import EXAMPLES, ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_has_a_readme_section():
    for name in cli.commands:
        assert f"### `referat {name}" in README, name


def test_readme_python_example_runs(tmp_path):
    code = re.search(r"```python\n(.*?)```", README, re.S).group(1)
    shutil.copytree(EXAMPLES, tmp_path / "examples")
    proc = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "Affaldssortering i etageboliger" in proc.stdout
