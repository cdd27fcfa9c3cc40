"""What the documentation promises about the code stays true: the package map, the README's
layout section and the command line's commands."""

import re
from pathlib import Path

import pytest

import impact_core
from impact_core.__main__ import _parser

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
MAP = re.search(r"```\n(.*?)```", impact_core.__doc__ or "", re.S).group(1)
MODULES = sorted(
    path.relative_to(ROOT / "impact_core")
    for path in (ROOT / "impact_core").rglob("*.py")
    if path.name not in ("__init__.py", "__main__.py") and "ui" not in path.parts and "migrations" not in path.parts
)


def _mapped() -> set[str]:
    """Every module the map names, as a path under impact_core (``access/viewer.py``)."""
    found, group = set(), []
    for line in MAP.splitlines():
        name = line.split()[0] if line.strip() else ""
        depth = (len(line) - len(line.lstrip())) // 2
        group = group[:depth]
        if name.endswith("/"):
            group.append(name.rstrip("/"))
        elif name:
            found.add("/".join([*group, name]) + ".py")
    return found


@pytest.mark.parametrize("module", MODULES, ids=str)
def test_every_module_is_on_the_package_map(module):
    assert module.as_posix() in _mapped()


def test_the_package_map_names_no_module_that_is_gone():
    assert _mapped() <= {module.as_posix() for module in MODULES}


def test_the_readme_layout_shows_the_package_map():
    assert MAP in README


COMMANDS = sorted(_parser()._subparsers._group_actions[0].choices)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_of_the_command_line_is_in_the_readme(command):
    assert f"python -m impact_core {command}" in README
