"""The storytellers' own answers on one 1-5 scale, drawn as a small static SVG picture of bars.

The stories page shows two of these. As plotly charts they cost the browser a chart's work on
every change of a filter (see the README's speed section); a picture costs none. The reading is
the plotly chart's: per answer the share of every signified story, and beside it the share of
those a panel chose, told apart by colour and hatching and each labelled with its percentage,
so colour is never the only carrier.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from html import escape

from impact_core.i18n import Lang, number
from impact_core.render import palette
from impact_core.render.svg_trend import axis_scale

INK = palette.INK
_HATCH = "hatch"


@dataclass(frozen=True)
class _Layout:
    """The width in picture units, about the pixels of the half page it is shown in, so that its
    text shows at the size written here; text sizes, margins and the height of the bars' area
    (the answers and the legend go below it)."""

    width: int
    text: int
    small: int
    left: int
    top: int
    plot_height: int
    right: int = 8


_DESK = _Layout(width=480, text=15, small=14, left=70, top=30, plot_height=220)
# The shared screen: at least 18 units, as the charts there (charts.SHARED_SCREEN_TEXT), in a
# narrower picture, as half of a 1280x720 projector's page is narrower than half a desk's.
_SHARED_SCREEN = _Layout(width=500, text=19, small=18, left=80, top=34, plot_height=200)


def scale_bars_svg(
    rows: list[tuple[str, float, float | None]],
    *,
    all_name: str,
    chosen_name: str,
    axis_title: str,
    lang: Lang = "nl",
    presenting: bool = False,
) -> str:
    """``rows``: (answer, share of all signified stories, share of those a panel chose or None
    when that group is not shown); shares between 0 and 1."""
    layout = _SHARED_SCREEN if presenting else _DESK
    groups = [(all_name, 1, palette.CONNECTOR)]
    if any(chosen is not None for _, _, chosen in rows):
        groups.append((chosen_name, 2, f"url(#{_HATCH})"))
    shares = [[100 * float(row[position] or 0) for row in rows] for _, position, _ in groups]
    low, high, ticks, decimals = axis_scale([0.0, max((s for group in shares for s in group), default=0.0)])
    plot_width, plot_height = layout.width - layout.left - layout.right, layout.plot_height
    legend, legend_rows = _legend([(name, fill) for name, _, fill in groups], layout, layout.top + plot_height)
    height = round(layout.top + plot_height + layout.small * (4.2 + 1.7 * legend_rows))
    band = plot_width / max(len(rows), 1)
    bar = band * 0.86 / len(groups)  # wide enough for its percentage at the shared screen's size

    def y(share: float) -> float:
        return layout.top + plot_height * (high - share) / (high - low)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {layout.width} {height}" width="{layout.width}" '
        f'height="{height}" font-family="sans-serif" font-size="{layout.text}" fill="{INK}">',
        f"<title>{escape(axis_title)}</title>",
        # The chosen stories' bars are hatched: told apart from the others without colour.
        f'<defs><pattern id="{_HATCH}" patternUnits="userSpaceOnUse" width="8" height="8" '
        f'patternTransform="rotate(45)"><rect width="8" height="8" fill="{palette.ACCENT}"/>'
        f'<line x1="0" y1="0" x2="0" y2="8" stroke="{INK}" stroke-width="2.5"/></pattern></defs>',
    ]
    for tick in ticks:
        parts.append(
            f'<line x1="{layout.left}" x2="{layout.width - layout.right}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" '
            f'stroke="{palette.GRID}"/>'
            f'<text x="{layout.left - 6}" y="{y(tick) + layout.text / 3:.1f}" text-anchor="end">'
            f"{number(tick, lang, decimals)}%</text>"
        )
    middle = layout.top + plot_height / 2
    parts.append(
        f'<text x="{layout.small}" y="{middle:.1f}" text-anchor="middle" font-size="{layout.small}" '
        f'transform="rotate(-90 {layout.small} {middle:.1f})">{escape(axis_title)}</text>'
    )
    for index, (answer, *_) in enumerate(rows):
        start = layout.left + band * index + band * 0.07
        for offset, ((_, _, fill), group) in enumerate(zip(groups, shares, strict=True)):
            share, left = group[index], start + offset * bar
            parts.append(
                f'<rect x="{left:.1f}" y="{y(share):.1f}" width="{bar:.1f}" height="{y(0) - y(share):.1f}" '
                f'fill="{fill}" stroke="{INK}"/>'
                f'<text x="{left + bar / 2:.1f}" y="{y(share) - 5:.1f}" text-anchor="middle" '
                f'font-size="{layout.small}">{number(share, lang)}%</text>'
            )
        parts.append(_answer_label(answer, layout.left + band * (index + 0.5), y(0), band, layout))
    parts.append(legend)
    parts.append("</svg>")
    return "".join(parts)


def _answer_label(answer: str, centre: float, axis: float, band: float, layout: _Layout) -> str:
    """Under its bars, on two lines when it does not fit the band on one."""
    fits = max(int(band / (0.55 * layout.small)), 4)
    lines = textwrap.wrap(answer, fits)[:2] or [""]
    spans = "".join(
        f'<tspan x="{centre:.1f}" dy="{0 if index == 0 else layout.small * 1.15:.1f}">{escape(line)}</tspan>'
        for index, line in enumerate(lines)
    )
    return f'<text y="{axis + layout.small * 1.3:.1f}" text-anchor="middle" font-size="{layout.small}">{spans}</text>'


def _legend(groups: list[tuple[str, str]], layout: _Layout, axis: float) -> tuple[str, int]:
    """A swatch and a name per group, below the answers; an entry that does not fit the row starts
    the next. Returns the drawing and the number of rows."""
    size = layout.small
    left, row = layout.left, 1
    parts = []
    for name, fill in groups:
        width = round(size * 2.6 + size * 0.55 * len(name))
        if left > layout.left and left + width > layout.width - layout.right:
            left, row = layout.left, row + 1
        baseline = axis + size * (3.9 + 1.7 * row)
        parts.append(
            f'<rect x="{left}" y="{baseline - size + 1:.1f}" width="{size * 1.6:.1f}" height="{size:.1f}" '
            f'fill="{fill}" stroke="{INK}"/>'
            f'<text x="{left + size * 2:.1f}" y="{baseline:.1f}" font-size="{size}">{escape(name)}</text>'
        )
        left += width + 16
    return f'<g class="legend">{"".join(parts)}</g>', row
