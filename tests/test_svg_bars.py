"""The storytellers' scale as a picture: both groups told apart without colour, each bar as tall as
its share and labelled with it, user words as text, everything inside the picture."""

import xml.etree.ElementTree as ET

import pytest
from hypothesis import given
from hypothesis import strategies as st

from impact_core.render.svg_bars import scale_bars_svg

SVG = "{http://www.w3.org/2000/svg}"
SCALE = [("1 heel klein", 0.1, None), ("3 middel", 0.5, 0.2), ("5 heel groot", 0.4, 0.8)]
ALONE = [(answer, share, None) for answer, share, _ in SCALE]


def _picture(rows=SCALE, **options) -> ET.Element:
    names = {"all_name": "alle", "chosen_name": "gekozen", "axis_title": "% verhalen"}
    return ET.fromstring(scale_bars_svg(rows, **(names | options)))


def _bars(picture: ET.Element) -> list[ET.Element]:
    """The bars: the picture's own rectangles (the legend's swatches are in a group, the hatching's in its pattern)."""
    return picture.findall(f"{SVG}rect")


def _texts(picture: ET.Element) -> list[str]:
    return ["".join(text.itertext()) for text in picture.iter(f"{SVG}text")]


def test_the_chosen_stories_bars_are_hatched_and_the_others_are_not():
    fills = [bar.get("fill") for bar in _bars(_picture())]
    assert fills[1::2] == ["url(#hatch)"] * 3
    assert "url(#hatch)" not in fills[::2]


def test_every_bar_carries_its_percentage():
    texts = _texts(_picture())
    for label in ("10%", "50%", "40%", "0%", "20%", "80%"):
        assert label in texts


def test_without_a_shown_choice_there_is_one_group_and_one_legend_entry():
    picture = _picture(ALONE)
    assert len(_bars(picture)) == 3
    assert "gekozen" not in _texts(picture) and "alle" in _texts(picture)
    assert "hatch" not in "".join(rect.get("fill", "") for rect in picture.iter(f"{SVG}rect"))


@pytest.mark.parametrize(("lang", "tick"), [("nl", "0,25%"), ("en", "0.25%")])
def test_the_axis_is_written_in_the_viewers_number_format(lang, tick):
    assert tick in _texts(_picture([("1", 0.007, None)], lang=lang))


def test_words_from_the_data_are_drawn_as_text_never_as_markup():
    picture = _picture([("<b>heel</b> & groot", 0.5, None)], all_name="<script>x</script>")
    assert "<script>x</script>" in _texts(picture)
    assert "<b>heel</b> &" in " ".join(_texts(picture))
    assert not list(picture.iter(f"{SVG}script")) and not list(picture.iter(f"{SVG}b"))


def test_a_long_legend_goes_on_to_a_second_row_inside_the_picture():
    picture = _picture(
        all_name="alle verhalen met eigen duiding", chosen_name="gekozen door een panel", presenting=True
    )
    width = float(picture.get("viewBox").split()[2])
    swatches = picture.findall(f"{SVG}g/{SVG}rect")
    assert len({rect.get("y") for rect in swatches}) == 2
    assert all(float(rect.get("x")) + float(rect.get("width")) < width for rect in swatches)


@given(st.lists(st.tuples(st.floats(0, 1), st.floats(0, 1)), min_size=1, max_size=5), st.booleans())
def test_each_bar_is_as_tall_as_its_share_and_stands_on_the_axis(shares, presenting):
    rows = [(f"{index}", everyone, chosen) for index, (everyone, chosen) in enumerate(shares)]
    picture = _picture(rows, presenting=presenting)
    bars = _bars(picture)
    drawn = [share for pair in shares for share in pair]
    assert len(bars) == len(drawn)
    bottoms = {round(float(bar.get("y")) + float(bar.get("height")), 1) for bar in bars}
    assert len(bottoms) == 1  # one axis
    tallest = max(drawn)
    if tallest > 0:
        unit = max(float(bar.get("height")) for bar in bars) / tallest
        for bar, share in zip(bars, drawn, strict=True):
            assert float(bar.get("height")) == pytest.approx(share * unit, abs=0.2)
    assert all(float(bar.get("y")) >= 0 for bar in bars)
