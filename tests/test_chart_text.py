"""Every chart in words: a sentence that a screen reader reads as the chart's name, and the chart's
figures as a table, in the reader's language and number format."""

import pandas as pd
import pytest

from impact_core.render import chart_text

SERIES = pd.DataFrame(
    {
        "month": pd.to_datetime(["2024-11-01", "2024-12-01", "2025-01-01", "2025-02-01"]),
        "value": [12.0, 14.0, 14.5, None],  # February rests on too few people
        "target": [13.0, 13.0, 13.5, 13.5],
    }
)


def test_a_trend_names_its_last_shown_month_against_the_target_and_keeps_hidden_months_in_the_table():
    text = chart_text.trend(SERIES, name="Jongeren met werk", unit="%", lang="nl")
    assert text.summary == (
        "Grafiek van Jongeren met werk van nov 2024 tot en met feb 2025: in jan 2025 14,5%. Het doel is dan 13,5%."
    )
    assert text.table.to_dict("list") == {
        "Periode": ["nov 2024", "dec 2024", "jan 2025", "feb 2025"],
        "Waarde": ["12,0%", "14,0%", "14,5%", "–"],
        "Doel": ["13,0%", "13,0%", "13,5%", "13,5%"],
    }


def test_a_trend_without_a_shown_value_says_so():
    hidden = SERIES.assign(value=None)
    assert chart_text.trend(hidden, name="Visits", unit="bezoeken", lang="en").summary == (
        "Chart of Visits: no month with a value shown."
    )


def test_the_radar_names_the_largest_share():
    shares = pd.DataFrame(
        {"programme": ["Jeugd", "Jeugd", "Wijk"], "value": ["trouw", "moed", "trouw"], "share": [0.5, 0.25, 0.75]}
    )
    text = chart_text.values_radar(shares, value_names={"trouw": "Trouw", "moed": "Moed"}, lang="en")
    assert text.summary.endswith("the largest share: Trouw, 75% of the reflections of Wijk.")
    assert len(text.table) == 3


def test_the_waterfall_goes_from_gross_to_present_value_in_euros():
    text = chart_text.waterfall([("Bruto", 1000.0), ("Weglek", 250.0), ("Contante waarde", 700.5)], lang="nl")
    assert "€ 1.000,00" in text.summary and "€ 700,50" in text.summary
    assert list(text.table["Bedrag"]) == ["€ 1.000,00", "€ 250,00", "€ 700,50"]


def test_the_sensitivity_band_lists_each_ratio():
    text = chart_text.sensitivity(
        {"laag": 0.8, "basis": 1.25, "hoog": None}, labels={"laag": "Laag", "basis": "Basis", "hoog": "Hoog"}
    )
    assert text.summary == "Ratio per variant: Laag 0,80; Basis 1,25."


@pytest.mark.parametrize(
    ("domains", "lang", "said"),
    [
        (
            [("financiën", 2.5, 4.0), ("huisvesting", 2.4, 2.8), ("justitie", 3.0, 2.0)],
            "nl",
            "Spinnenweb van de Zelfredzaamheid-Matrix bij Wijk: de gemiddelde eerste en laatste meting op 3 domeinen, "
            "schaal 1 tot en met 5. De grootste stap vooruit: financiën, van 2,5 naar 4,0.",
        ),
        (
            [("finances", 3.0, 2.5), ("housing", 2.0, 2.0), ("justice", 3.0, 2.0)],
            "en",
            "Spider web of the Zelfredzaamheid-Matrix in Wijk: the mean first and latest measurement on 3 domains, "
            "scale 1 to 5. No domain moved up on average.",
        ),
    ],
)
def test_the_instrument_web_names_its_largest_step_up_or_says_there_is_none(domains, lang, said):
    text = chart_text.instrument_web(
        domains, instrument="Zelfredzaamheid-Matrix", programme="Wijk", scale=(1, 5), lang=lang
    )
    assert text.summary == said
    assert len(text.table) == 3 and text.table.iat[0, 0] == domains[0][0]


def test_the_peers_band_names_its_last_shown_month_and_keeps_months_without_a_band_in_the_table():
    from tests.test_charts import BAND

    said = chart_text.peer_band(BAND, name="Deel tevreden", unit="%")
    assert said.summary == (
        "Deel tevreden: in mrt 2025 – bij uw organisatie; de middelste helft van 5 andere organisaties zat tussen "
        "56,0% en 64,0% (mediaan 59,0%)."
    )
    assert list(said.table["Middelste helft"]) == ["55,0% tot 63,0%", "–", "56,0% tot 64,0%"]
    assert list(said.table["Andere organisaties"]) == ["6", "4", "5"]


@pytest.mark.parametrize(
    ("rows", "said"),
    [
        (
            [("4 groot", 0.3, 0.2), ("5 heel groot", 0.2, 0.7)],
            "Hoe groot? Bij alle verhalen met een eigen duiding kozen vertellers het vaakst '4 groot' (30%)."
            " Bij de verhalen die panels kozen: '5 heel groot' (70%).",
        ),
        (
            [("4 groot", 0.3, None), ("5 heel groot", 0.2, None)],
            "Hoe groot? Bij alle verhalen met een eigen duiding kozen vertellers het vaakst '4 groot' (30%).",
        ),
    ],
)
def test_the_storytellers_bars_name_the_answer_chosen_most_in_each_shown_group(rows, said):
    text = chart_text.signification_bars(rows, question="Hoe groot?", all_name="alle", chosen_name="gekozen")
    assert text.summary == said
    assert list(text.table["gekozen"]) == [
        "–" if chosen is None else f"{round(100 * chosen)}%" for _, _, chosen in rows
    ]
