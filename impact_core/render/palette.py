"""The colours of the product, named once: the theme in .streamlit/config.toml, the charts, the
trend pictures and the PDFs use these (tests/test_charts.py keeps the theme in step)."""

INK = "#1f2a37"  # text; the theme's textColor
ACCENT = "#1d5f8c"  # values, links, the theme's primaryColor
BACKGROUND = "#ffffff"
SHADE = "#f1f4f8"  # the theme's secondaryBackgroundColor; table shading in PDFs
TARGET = "#8a4b08"  # a target line, apart from the value by colour and by dash
GAIN = "#2f7d4f"  # benefits, totals, who gains
SECOND = "#6b3fa0"
NEUTRAL = "#4b5563"
CONNECTOR = "#9ca3af"
GRID = "#e5e7eb"
LABEL = "#374151"
MUTED = "#5b6675"
RULE = "#c9d2dc"
HEADER_FILL = "#e3ecf4"
ON_TRACK = "#1e6b3a"  # with a word beside it: colour is never the only carrier of meaning
OFF_TRACK = "#a23b2a"
# The coverage map: an outcome seen by all three tracks, by two, by one, or by none.
COVERAGE_ALL = "#d9eedb"
COVERAGE_TWO = "#e8f1dc"
COVERAGE_ONE = "#fdf0d5"
COVERAGE_NONE = "#f9d9d6"
