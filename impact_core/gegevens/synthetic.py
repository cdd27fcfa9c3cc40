"""Deterministic, vectorised generators of measurements and stories.

``demo_measurements`` produced ``data/demo/metingen.csv`` (a test checks that it still
does). ``add_scale`` adds synthetic indicators, measurements and stories for benchmarks.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from impact_core.betekenisgeving.search import index_stories
from impact_core.db import measurement_month
from impact_core.db.store import Cursor, Store, insert_frame
from impact_core.refusal import Invalid

NEIGHBOURHOODS = (
    "BU99010101",  # Centrum
    "BU99010102",  # Oude Haven
    "BU99010201",  # Molenwijk
    "BU99010202",  # De Akkers
    "BU99010301",  # Beekdal
    "BU99010302",  # Stationskwartier
    "BU99010401",  # Vogelbuurt
    "BU99010402",  # Hoogveld
)
# Rivierdorp, the second municipality: three villages.
VILLAGES = ("BU99020101", "BU99020102", "BU99020201")
# Scheldebeek, the Flemish municipality (NIS 46999): three statistische sectoren.
SECTORS = ("46999A00-", "46999A01-", "46999B00-")
FIRST_MONTH = dt.date(2023, 11, 1)
MONTHS = 36

# How much of each programme's work lands in each neighbourhood (order as above).
_WEIGHTS = {
    "wijk": (1.0, 1.3, 1.6, 0.6, 0.7, 0.8, 1.5, 0.5),
    "ontmoeten": (0.8, 1.4, 1.5, 0.5, 0.9, 0.6, 1.2, 0.7),
    "jeugd": (0.8, 1.2, 1.5, 1.3, 0.4, 0.9, 1.4, 0.3),
    "ouderen": (1.0, 0.8, 0.7, 0.4, 1.6, 0.3, 0.8, 1.7),
    "rvd-dorpen": (1.3, 0.8, 0.9),
    "sb-buurtwerk": (1.4, 1.0, 0.5),
}
_AREAS = {"rvd-dorpen": VILLAGES, "sb-buurtwerk": SECTORS}


@dataclass(frozen=True)
class Profile:
    """How one indicator behaves in the demo.

    Counts: ``base`` per neighbourhood-month, ``trend`` and ``target_growth`` relative
    per year. Rates and scores: ``base`` in the unit, ``trend`` and ``target_growth`` in
    points per year. ``people``: 'value' when the count is itself a number of people,
    a number for the typical sample behind a rate, or None when no people are counted.
    """

    programme: str
    rate: bool
    base: float
    trend: float
    season: float
    target_growth: float
    people: str | float | None
    noise: float | None = None  # relative for counts (default 0.08), points for rates (default 4)
    ceiling: float = 100.0


PROFILES: dict[str, Profile] = {
    "W01": Profile("wijk", False, 22, 0.12, 0.15, 0.10, "value"),
    "W02": Profile("wijk", True, 58, 6, 3, 5, 14),
    "W03": Profile("wijk", True, 52, 3, 2, 3, 9, noise=6),
    "W04": Profile("wijk", True, 61, 1, 2, 2, 6, noise=9),
    "W05": Profile("wijk", False, 7, -0.08, 0.2, -0.06, None),
    "W06": Profile("wijk", True, 71, 0.5, 1, 0.5, 40, noise=3),
    "W07": Profile("wijk", False, 60, 0.0, 0.15, 0.0, None),
    "W08": Profile("wijk", False, 35, 0.15, 0.25, 0.08, None),
    "O01": Profile("ontmoeten", False, 310, 0.06, 0.3, 0.05, None),
    "O02": Profile("ontmoeten", False, 11, 0.05, 0.1, 0.06, "value"),
    "O03": Profile("ontmoeten", False, 1.6, 0.1, 0.2, 0.10, None, noise=0.4),
    "O04": Profile("ontmoeten", True, 44, 4, 3, 3, 12, noise=6),
    "O05": Profile("ontmoeten", True, 6.4, 0.2, 0.2, 0.15, 15, noise=0.4, ceiling=10),
    "O06": Profile("ontmoeten", False, 120, -0.05, 0.2, 0.0, None),
    "J01": Profile("jeugd", False, 48, 0.08, 0.35, 0.10, "value"),
    "J02": Profile("jeugd", True, 49, 2, 4, 2, 7, noise=8),
    "J03": Profile("jeugd", False, 2.2, -0.05, 0.3, -0.06, "value", noise=0.35),
    "J04": Profile("jeugd", True, 66, 2, 2, 2.5, 10, noise=5),
    "J05": Profile("jeugd", True, 55, 5, 3, 3, 9, noise=7),
    "J06": Profile("jeugd", False, 9, -0.12, 0.45, -0.1, None),
    "OU01": Profile("ouderen", False, 26, 0.10, 0.2, 0.12, "value"),
    "OU02": Profile("ouderen", False, 24, 0.12, 0.25, 0.10, "value"),
    "OU03": Profile("ouderen", True, 38, 3, 2, 2.5, 11, noise=6),
    "OU04": Profile("ouderen", True, 41, 2.5, 3, -2, 9, noise=6),
    "OU05": Profile("ouderen", False, 5, 0.35, 0.2, 0.25, "value", noise=0.3),
    "OU06": Profile("ouderen", True, 86, 0.5, 0.5, 1, 18, noise=3),
    "OU07": Profile("ouderen", True, 6.1, 0.15, 0.2, 0.1, 14, noise=0.35, ceiling=10),
    "RD01": Profile("rvd-dorpen", False, 140, 0.05, 0.3, 0.06, None),
    "RD02": Profile("rvd-dorpen", True, 47, 2, 3, 2, 8, noise=7),
    # Last, so the draws for every indicator above stay what they were.
    "SB01": Profile("sb-buurtwerk", False, 280, 0.07, 0.25, 0.06, None),
    "SB02": Profile("sb-buurtwerk", True, 45, 3, 2, 2.5, 12, noise=6),
}


def month_starts(first: dt.date, count: int) -> np.ndarray:
    return np.array(pd.date_range(first, periods=count, freq="MS").date)


def demo_measurements(seed: int = 2026) -> pd.DataFrame:
    """The demo's 36 months of measurements, in the column layout of metingen.csv."""
    rng = np.random.default_rng(seed)
    months = month_starts(FIRST_MONTH, MONTHS)
    years = np.arange(MONTHS) / 12.0
    # Seasonal shape: busier in winter, quieter in the summer holidays.
    calendar_month = np.array([m.month for m in months])
    season = np.cos(2 * np.pi * (calendar_month - 1) / 12)
    target_year = np.array([max(m.year, 2024) - 2023 for m in months])
    frames = []
    for indicator_id, profile in PROFILES.items():
        areas = _AREAS.get(profile.programme, NEIGHBOURHOODS)
        weights = np.array(_WEIGHTS[profile.programme])[:, None]
        shape = (len(areas), MONTHS)
        if profile.rate:
            # Neighbourhoods where the programme works hardest start a little lower.
            local = profile.base - (weights - 1) * 4 * (profile.ceiling / 100)
            value: np.ndarray = local + profile.trend * years + profile.season * season
            value = value + rng.normal(0, profile.noise or 4, shape)
            value = np.clip(np.round(value, 1), 0, profile.ceiling)
            target = np.broadcast_to(np.round(profile.base + profile.target_growth * target_year, 1), shape)
            people = rng.poisson(np.asarray(profile.people) * weights, shape).astype(float)
            people = np.maximum(people, 1)
        else:
            expected = profile.base * weights * (1 + profile.trend * years) * (1 + profile.season * season)
            value = np.round(np.maximum(expected * rng.lognormal(0, profile.noise or 0.08, shape), 0))
            target = np.round(profile.base * weights * (1 + profile.target_growth * target_year), 0)
            target = np.broadcast_to(target, shape)
            people = value.copy() if profile.people == "value" else np.full(shape, np.nan)
        frames.append(
            pd.DataFrame(
                {
                    "indicator": indicator_id,
                    "programma": profile.programme,
                    "wijk": np.repeat(areas, MONTHS),
                    "maand": np.tile(months, len(areas)),
                    "waarde": value.ravel(),
                    "aantal_mensen": pd.array(np.where(np.isnan(people), np.nan, people).ravel()).astype("Int64"),
                    "streefwaarde": target.ravel(),
                }
            )
        )
    return pd.concat(frames, ignore_index=True)


# --- scale for benchmarks ---------------------------------------------------------------

SCALE_MONTHS = 60
SCALE_FIRST_MONTH = dt.date(2021, 11, 1)
_PROGRAMMES = ("wijk", "ontmoeten", "jeugd", "ouderen")


def scale_measurements(count: int, seed: int = 7) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(indicator rows, measurement rows) adding ``count`` synthetic measurements."""
    per_indicator = len(NEIGHBOURHOODS) * SCALE_MONTHS
    n_indicators = -(-count // per_indicator)
    rng = np.random.default_rng(seed)
    ids = np.array([f"SYN{i:05d}" for i in range(n_indicators)])
    indicators = pd.DataFrame(
        {
            "id": ids,
            "name": [f"Synthetische indicator {i}" for i in range(n_indicators)],
            "definition": "Gegenereerd voor metingen van snelheid.",
            "unit": "aantal",
            "aggregation": "som",
            "direction": "hoger_beter",
            "chain_level": np.array(["output", "outcome", "impact"])[np.arange(n_indicators) % 3],
            "set_by": np.array(["gemeente", "organisatie", "samen", "bewoners"])[np.arange(n_indicators) % 4],
            "ambition_id": None,
        }
    )
    months = month_starts(SCALE_FIRST_MONTH, SCALE_MONTHS)
    index = np.arange(n_indicators * per_indicator)[:count]
    indicator_index = index // per_indicator
    base = rng.uniform(5, 200, n_indicators)[indicator_index]
    measurements = pd.DataFrame(
        {
            "indicator_id": ids[indicator_index],
            "programme_id": np.array(_PROGRAMMES)[indicator_index % len(_PROGRAMMES)],
            "neighbourhood_code": np.array(NEIGHBOURHOODS)[(index // SCALE_MONTHS) % len(NEIGHBOURHOODS)],
            "month": months[index % SCALE_MONTHS],
            "value": np.round(base * rng.lognormal(0, 0.2, count)),
            "people": rng.integers(0, 60, count).astype("int32"),
            "target": np.round(base * 1.1),
        }
    )
    return indicators, measurements


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def scale_stories(store: Store, count: int, seed: int = 11) -> pd.DataFrame:
    """``count`` synthetic stories recombined from the sentences of the real ones."""
    real = store.query("SELECT masked_text AS text, domain, programme_id FROM story")
    if real.empty:
        raise Invalid("gegevens.refusal.no_stories_to_scale")
    sentences = np.array([s for text in real["text"] for s in _SENTENCE_END.split(text) if s])
    rng = np.random.default_rng(seed)
    picks = rng.integers(0, len(sentences), (count, 4))
    text = pd.Series(sentences[picks[:, 0]])
    for column in range(1, 4):
        text = text + " " + sentences[picks[:, column]]
    source = rng.integers(0, len(real), count)
    days = rng.integers(0, 365 * 5, count)
    return pd.DataFrame(
        {
            "id": [f"S{i:07d}" for i in range(count)],
            "title": pd.Series(sentences[picks[:, 0]]).str.slice(0, 60),
            "text": text,
            "storyteller_role": rng.choice(["deelnemer", "bewoner", "mantelzorger", "vrijwilliger"], count),
            "collected_by": "synthetisch",
            "collected_on": (pd.Timestamp(SCALE_FIRST_MONTH) + pd.to_timedelta(days, unit="D")).date,
            "programme_id": real["programme_id"].to_numpy()[source],
            "neighbourhood_code": rng.choice(NEIGHBOURHOODS, count),
            "domain": real["domain"].to_numpy()[source],
            "significance": "",
            "valence": rng.choice(["positief", "negatief"], count, p=[0.8, 0.2]),
            "intention": rng.choice(["bedoeld", "onbedoeld"], count, p=[0.8, 0.2]),
            "directness": rng.choice(["direct", "indirect"], count),
            "consent": rng.choice(["geen", "organisatie", "gemeente", "openbaar"], count),
            "read_back": rng.random(count) < 0.7,
            "selected_level": None,
        }
    ).assign(masked_title=lambda frame: frame["title"], masked_text=lambda frame: frame["text"], masked_significance="")


def add_scale(store: Store, measurements: int, stories: int) -> None:
    indicators, rows = scale_measurements(measurements)
    extra_stories = scale_stories(store, stories) if stories else None

    def insert(cur: Cursor) -> None:
        insert_frame(cur, "indicator", indicators)
        insert_frame(cur, "measurement", rows)
        measurement_month.refresh(cur, rows["programme_id"].unique())
        if extra_stories is not None:
            insert_frame(cur, "story", extra_stories)
            index_stories(cur, list(extra_stories["id"]))

    store.write(insert)
