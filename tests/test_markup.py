"""User text in the Markdown minutes renders as itself: no markup, no links, nothing lost."""

import html
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from impact_core.render.markup import WORD_JOINER, markdown_text

# GitHub-like, and stricter than GitHub: it also links bare domain names (voorbeeld.nl).
RENDERER = MarkdownIt("gfm-like")
MARKS = list("\\`*_[]<>|~$&#>+-=.():/@!^{}'\" \n\t1aw")
TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from(MARKS), st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp"))
    )
)


def _shown(text: str) -> tuple[set[str], str]:
    """The tags the renderer made, and the text a reader sees (hard line breaks as newlines)."""
    rendered = RENDERER.render(markdown_text(text))
    body = re.sub(r"</?p>", "", re.sub(r"<br\s*/?>\n?", "\n", rendered)).strip()
    return set(re.findall(r"</?(\w+)", rendered)), html.unescape(body).replace(WORD_JOINER, "")


def _as_written(text: str) -> str:
    lines = (" ".join(line.split()) for line in text.replace(WORD_JOINER, "").splitlines())
    return "\n".join(line for line in lines if line)


@given(TEXT)
def test_any_text_renders_as_one_plain_paragraph(text):
    tags, _ = _shown(text)
    assert tags <= {"p", "br"}


@given(TEXT)
def test_any_text_keeps_every_character_the_reader_sees(text):
    _, shown = _shown(text)
    assert shown == _as_written(text)


@given(TEXT)
def test_any_text_in_a_heading_is_the_heading_as_written(text):
    rendered = RENDERER.render(f"# {markdown_text(text, one_line=True)}")
    assert set(re.findall(r"</?(\w+)", rendered)) <= {"h1"}
    shown = html.unescape(re.sub(r"</?h1>", "", rendered)).strip().replace(WORD_JOINER, "")
    assert shown == " ".join(text.replace(WORD_JOINER, "").split())


@pytest.mark.parametrize(
    "text",
    [
        "# kop",
        "> citaat",
        "- lijst",
        "+ lijst",
        "1. lijst",
        "3) lijst",
        "***",
        "---",
        "regel\n===",
        "[link](https://voorbeeld.invalid)",
        "![beeld](x.png)",
        "<b>vet</b>",
        "<script>x</script>",
        "&amp; &copy;",
        "| a | b |",
        "~~weg~~",
        "`code`",
        "$x$",
        "www.voorbeeld.invalid",
        "iemand@voorbeeld.invalid",
        "voorbeeld.nl",
        "[^1]",
        "[a]: https://voorbeeld.invalid",
    ],
)
def test_markup_a_participant_might_type_shows_literally(text):
    tags, shown = _shown(text)
    assert tags <= {"p", "br"} and shown == text


def test_plain_dutch_needs_no_escaping():
    text = "Truus vond het taalcafé fijn, en wil volgend jaar meedoen (als vrijwilliger)."
    assert markdown_text(text) == text


def test_indentation_is_dropped_rather_than_turned_into_code():
    assert _shown("    code") == ({"p"}, "code")


def test_a_heading_keeps_its_text_on_one_line_and_its_closing_hashes():
    assert markdown_text("Wat meten we?\nIets #", one_line=True) == "Wat meten we? Iets \\#"
