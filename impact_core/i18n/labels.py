"""The names of allowed values (enums), per namespace: value -> (Dutch, English)."""

LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "role": {
        "beheer": ("Beheer", "Data steward"),
        "professional": ("Professional", "Professional"),
        "gemeente": ("Gemeente", "Municipality"),
        "presentatie": ("Presentatie (gedeeld scherm)", "Presentation (shared screen)"),
    },
    "pyramid_level": {
        "sociale_basis": ("Sociale basis", "Social base"),
        "preventie": ("Preventie", "Prevention"),
        "aanpak_problemen": ("Aanpak van problemen", "Tackling problems"),
        "juridisch_klinisch": ("Juridische en klinische interventies", "Legal and clinical interventions"),
    },
    "target_group": {
        "alle_bewoners": ("alle bewoners", "all residents"),
        "kinderen_jongeren": ("kinderen en jongeren", "children and young people"),
        "volwassenen": ("volwassenen", "adults"),
        "ouderen": ("ouderen", "older people"),
        "mantelzorgers": ("mantelzorgers", "informal carers"),
    },
    "set_by": {
        "gemeente": ("gemeente", "municipality"),
        "organisatie": ("organisatie", "organisation"),
        "samen": ("gemeente en organisatie samen", "municipality and organisation together"),
        "bewoners": ("bewoners", "residents"),
    },
    "chain_level": {
        "input": ("input", "input"),
        "output": ("output", "output"),
        "outcome": ("outcome", "outcome"),
        "impact": ("impact", "impact"),
    },
    "storyteller_role": {
        "deelnemer": ("deelnemer", "participant"),
        "bewoner": ("bewoner", "resident"),
        "mantelzorger": ("mantelzorger", "informal carer"),
        "vrijwilliger": ("vrijwilliger", "volunteer"),
        "professional": ("professional", "professional"),
        "partner": ("partner", "partner"),
    },
    "valence": {
        "positief": ("positief", "positive"),
        "negatief": ("negatief", "negative"),
    },
    "intention": {
        "bedoeld": ("bedoeld", "intended"),
        "onbedoeld": ("onverwacht", "unexpected"),
    },
    "consent": {
        "geen": ("niet delen", "do not share"),
        "organisatie": ("binnen de organisatie", "within the organisation"),
        "gemeente": ("met de gemeente", "with the municipality"),
        "openbaar": ("openbaar", "public"),
    },
    "panel_level": {
        "team": ("team", "team"),
        "organisatie": ("organisatie", "organisation"),
        "gemeente": ("gemeente", "municipality"),
    },
    "reflection_kind": {
        "reflectie": ("Reflectie", "Reflection"),
        "moreel_beraad": ("Moreel beraad", "Moral deliberation"),
    },
    "evidence_base": {
        "erkend": ("erkend effectief", "recognised as effective"),
        "praktijkgebaseerd": ("praktijkgebaseerd", "practice-based"),
        "nieuw": ("nieuw, nog niet onderbouwd", "new, not yet founded"),
    },
    "test_outcome": {
        "bevestigd": ("✔ bevestigd", "✔ confirmed"),
        "deels": ("◐ deels bevestigd", "◐ partly confirmed"),
        "weerlegd": ("✖ weerlegd", "✖ refuted"),
        "open": ("? nog open", "? still open"),
    },
    "effect_kind": {
        "kwalitatief": ("kwalitatief", "qualitative"),
        "arbeidsmarkt": ("arbeidsmarkt", "labour market"),
    },
    "directness": {
        "direct": ("direct", "direct"),
        "indirect": ("indirect", "indirect"),
    },
    "project_type": {
        "ontmoeten": ("Ontmoeten en buurthuizen", "Community centres"),
        "schulden": ("Schulden en geldzaken", "Debt and money matters"),
        "jongeren": ("Jongeren", "Young people"),
        "ouderen": ("Ouderen", "Older people"),
    },
    "visibility": {
        "intern": ("alleen intern", "internal only"),
        "gemeente": ("ook de gemeente (zonder namen)", "also the municipality (without names)"),
    },
    "participant_role": {
        "professional": ("Professional", "Professional"),
        "beleid": ("Beleid", "Policy"),
        "onderzoek": ("Onderzoek", "Research"),
        "student": ("Student", "Student"),
        "bewoner": ("Bewoner", "Resident"),
    },
    "agenda_link": {
        "programma": ("programma", "programme"),
        "uitkomst": ("uitkomst", "outcome"),
        "verhaal": ("verhaal", "story"),
        "indicator": ("indicator", "indicator"),
    },
    "decision_kind": {
        "afspraak": ("afspraak", "agreement"),
        "besluit": ("besluit", "decision"),
        "open_vraag": ("open vraag", "open question"),
    },
    "corrected_table": {
        "meeting": ("bijeenkomst", "meeting"),
        "agenda_item": ("agendapunt", "agenda item"),
        "decision": ("afspraak", "agreement"),
        "selection_round": ("selectieronde", "selection round"),
    },
    "decision_status": {
        "open": ("open", "open"),
        "afgerond": ("afgerond", "done"),
    },
    "value": {
        "trouw": ("trouw", "loyalty"),
        "nabijheid": ("nabijheid", "closeness"),
        "gelijkwaardigheid": ("gelijkwaardigheid", "equality"),
        "innovatief_vermogen": ("innovatief vermogen", "innovation"),
    },
}
