"""Belgian Dutch (nl-BE): only the texts where Flemish usage differs from the Dutch one, by key.

Every key here is a key of the Dutch texts (a test keeps it so); a key not here reads the Dutch
text. Each difference, with why, is listed in the README (section Vlaanderen).
"""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # Flemish residents have a rijksregisternummer, not a BSN; the one rule masks both. (The
    # refusal already names both, so it has no Flemish text of its own.)
    "stories.review.note": (
        "Dit is wat de gemeente en het gedeelde scherm te zien krijgen. Namen, adressen, telefoonnummers, "
        "e-mailadressen, geboortedata en rijksregisternummers zijn vervangen. Pas aan wat nog iemand herkenbaar "
        "maakt. Een rijksregisternummer wordt nooit opgeslagen, ook niet in de eigen versie."
    ),
    # Flemish municipal figures come per statistische sector (Statbel), the unit a Flemish policy
    # maker knows from the Gemeente-Stadsmonitor; "wijk" there is a looser, local word.
    "filter.neighbourhoods": "Statistische sectoren",
    "filter.neighbourhoods_all": "Alle statistische sectoren",
    "trends.neighbourhoods": "Statistische sectoren vergeleken: begin en nu",
    "trends.col.neighbourhood": "Statistische sector",
    "dossier.page.scope": "Programma: {programme}. Periode: {period}, alle statistische sectoren.",
}
