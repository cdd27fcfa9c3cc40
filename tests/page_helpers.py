"""Opening a page of the app in AppTest, and reading what a person sees of it."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

APP = Path(__file__).resolve().parent.parent / "app.py"
SHOWN_KINDS = ("markdown", "text", "header", "subheader", "title", "caption", "info", "success", "error")


def page_starter(database: Path, monkeypatch: pytest.MonkeyPatch, *, timeout: int = 60) -> Callable[..., AppTest]:
    """``start(page, **query)``: the app on this database, opened at ``page`` (a path under pages/)
    with these query parameters, as a link would open it."""
    monkeypatch.setenv("IMPACT_DB", str(database))

    def start(page: str, **query: str) -> AppTest:
        test = AppTest.from_file(str(APP), default_timeout=timeout)
        test.query_params.update(query)
        test.run()
        if page != "pages/dialoogtafel.py":
            test.switch_page(page).run()
        return test

    return start


def shown(markdown: object) -> str:
    """What a reader sees of escaped markdown."""
    return re.sub(r"\\(.)", r"\1", str(markdown)).replace("\u2060", "")


def page_text(test: AppTest, kinds: tuple[str, ...] = SHOWN_KINDS) -> str:
    """Every text element of the page as a reader sees it."""
    return " ".join(shown(element.value) for kind in kinds for element in getattr(test, kind))
