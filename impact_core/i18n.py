"""Every user-facing string, Dutch first and English second.

``t("key", lang)`` returns the text; ``label("namespace", value, lang)`` the name of an
allowed value. A test checks that every key has both languages.
"""

from __future__ import annotations

from typing import Literal

Lang = Literal["nl", "en"]
LANGUAGES: tuple[Lang, ...] = ("nl", "en")

TEXTS: dict[str, tuple[str, str]] = {
    # shell
    "app.title": ("Impactdialoog", "Impact dialogue"),
    "app.tagline": (
        "Gemeente en sociaal werk kijken samen naar impact: cijfers, verhalen en vakmanschap naast elkaar.",
        "Municipality and social work look at impact together: numbers, stories and craft side by side.",
    ),
    "app.language": ("Taal", "Language"),
    "app.role": ("Bekijken als", "View as"),
    "app.demo_banner": (
        "Demo-omgeving met verzonnen gegevens van Voorbeeldstad en Rivierdorp. "
        "Kies hieronder een rol om te zien wat die rol ziet.",
        "Demo environment with fictional data of Voorbeeldstad and Rivierdorp. "
        "Choose a role below to see what that role sees.",
    ),
    "app.no_database": (
        "Er is nog geen database. Bouw de demo met: python -m impact_core demo",
        "There is no database yet. Build the demo with: python -m impact_core demo",
    ),
    "auth.please": (
        "Meld u aan met het account van uw organisatie of gemeente.",
        "Sign in with the account of your organisation or municipality.",
    ),
    "auth.login": ("Aanmelden", "Sign in"),
    "auth.logout": ("Afmelden", "Sign out"),
    "auth.no_access": (
        "U bent aangemeld als {who}, maar u heeft nog geen toegang. Vraag de beheerder om u toe te voegen.",
        "You are signed in as {who}, but you have no access yet. Ask the data steward to add you.",
    ),
    "auth.email_unverified": (
        "U bent aangemeld als {who}, maar uw e-mailadres is nog niet bevestigd bij het aanmeldsysteem. "
        "Daarom krijgt u geen toegang. Bevestig eerst uw e-mailadres, of vraag de beheerder om hulp.",
        "You are signed in as {who}, but the sign-in service has not confirmed your e-mail address yet. "
        "That is why you have no access. Confirm your e-mail address first, or ask the administrator for help.",
    ),
    "auth.access_file_broken": (
        "Aanmelden is gelukt, maar het bestand dat zegt wie wat mag zien, klopt niet. "
        "Daarom kan nu niemand iets zien. De beheerder moet het bestand herstellen.",
        "You are signed in, but the file that says who may see what is not correct. "
        "That is why nobody can see anything now. The administrator must fix the file.",
    ),
    "auth.broken_title": ("Aanmelden werkt niet", "Sign-in does not work"),
    "auth.broken": (
        "Aanmelden is ingesteld, maar het bestand met de geheimen (secrets.toml) is niet goed, "
        "dus de beheerder moet dat bestand eerst herstellen.",
        "Sign-in is set up, but the file with the secrets (secrets.toml) is not correct, "
        "so the administrator must fix that file first.",
    ),
    "auth.required_title": ("Aanmelden is nodig", "Sign-in is needed"),
    "auth.required": (
        "Deze database is geen demo. Daarom moet iedereen zich eerst aanmelden, maar aanmelden is nog niet "
        "ingesteld. De beheerder moet dat doen; hoe dat gaat, staat in README.md onder 'Demo mode and sign-in'.",
        "This database is not a demo. So everyone must sign in first, but sign-in is not set up yet. "
        "The administrator must do that; README.md explains how under 'Demo mode and sign-in'.",
    ),
    "auth.signed_in_as": ("Aangemeld als {who} · {seat}", "Signed in as {who} · {seat}"),
    "page.dialogue": ("Dialoogtafel", "Dialogue table"),
    "page.about": ("Over de drie sporen", "About the three tracks"),
    "page.vakmanschap": ("Vakmanschap", "Craft"),
    # craft page
    "vakmanschap.intro": (
        "Wat deden professionals, waarom, waar worstelden ze mee en wat leerden ze? Gemeente en organisatie "
        "bouwen dit spoor samen op, over jaren.",
        "What did professionals do, why, what did they struggle with and what did they learn? Municipality "
        "and organisation build this track together, over years.",
    ),
    "vakmanschap.tab.overview": ("Overzicht", "Overview"),
    "vakmanschap.tab.log": ("Reflecties", "Reflections"),
    "vakmanschap.tab.new": ("Nieuw vastleggen", "Record new"),
    "vakmanschap.tab.methods": ("Methoden", "Methods"),
    "vakmanschap.tab.learning": ("Leerlogboek", "Learning log"),
    "vakmanschap.radar": ("Welke waarden spelen per programma?", "Which values come up per programme?"),
    "vakmanschap.radar.note": (
        "Deel van de reflecties waarin een waarde speelde, per programma.",
        "Share of reflections in which a value came up, per programme.",
    ),
    "vakmanschap.over_time": ("Waarden door de tijd", "Values over time"),
    "vakmanschap.dilemmas": ("Terugkerende dilemma's", "Recurring dilemmas"),
    "vakmanschap.no_theme": ("Nog niet ingedeeld", "Not yet classified"),
    "vakmanschap.dilemmas.none": ("Geen moreel beraad in deze keuze.", "No moral deliberation in this selection."),
    "vakmanschap.dilemmas.row": (
        "{times}× · {followed} van {times} opgevolgd · laatst {latest}",
        "{times}× · {followed} of {times} followed up · latest {latest}",
    ),
    "vakmanschap.filter.kind": ("Soort", "Kind"),
    "vakmanschap.filter.value": ("Waarde", "Value"),
    "vakmanschap.filter.all": ("Alle", "All"),
    "vakmanschap.tension": ("Waarden in spanning:", "Values in tension:"),
    "vakmanschap.options": ("Opties:", "Options:"),
    "vakmanschap.parties": ("Betrokken:", "Involved:"),
    "vakmanschap.code": ("Beroepscode:", "Professional code:"),
    "vakmanschap.follow_up": ("Vervolg:", "Follow-up:"),
    "vakmanschap.followed_up": ("opgevolgd", "followed up"),
    "vakmanschap.not_followed_up": ("nog niet opgevolgd", "not yet followed up"),
    "vakmanschap.differently": ("Volgende keer anders:", "Next time:"),
    "vakmanschap.linked": ("Gekoppeld aan: {items}", "Linked to: {items}"),
    "vakmanschap.visibility.intern": ("intern", "internal"),
    "vakmanschap.visibility.gemeente": ("gedeeld met de gemeente", "shared with the municipality"),
    "vakmanschap.outside_no_entry": (
        "Reflecties vastleggen kan alleen als professional of beheer van de organisatie.",
        "Only professionals and data stewards of the organisation can record reflections.",
    ),
    "vakmanschap.form.kind": ("Wat leg je vast?", "What are you recording?"),
    "vakmanschap.form.professional": (
        "Professional (rol en eventueel een initiaal)",
        "Professional (role and perhaps an initial)",
    ),
    "vakmanschap.form.date": ("Datum", "Date"),
    "vakmanschap.form.programme": ("Programma", "Programme"),
    "vakmanschap.form.method": ("Werkwijze of interventie", "Method or intervention"),
    "vakmanschap.form.values": ("Welke waarden van het vak speelden?", "Which professional values were at stake?"),
    "vakmanschap.form.what_happened": ("Wat gebeurde er?", "What happened?"),
    "vakmanschap.form.learned": ("Wat heb je geleerd?", "What did you learn?"),
    "vakmanschap.form.do_differently": ("Wat zou je een volgende keer anders doen?", "What would you do differently?"),
    "vakmanschap.form.dilemma": ("Het dilemma", "The dilemma"),
    "vakmanschap.form.theme": ("Soort dilemma", "Kind of dilemma"),
    "vakmanschap.form.tension": ("Welke waarden staan tegenover elkaar?", "Which values are in tension?"),
    "vakmanschap.form.parties": ("Wie zijn erbij betrokken?", "Who is involved?"),
    "vakmanschap.form.options": (
        "Welke opties woog je? (één per regel)",
        "Which options did you weigh? (one per line)",
    ),
    "vakmanschap.form.choice": ("Welke keuze is gemaakt, en waarom?", "What was chosen, and why?"),
    "vakmanschap.form.code": ("Artikel of thema uit de beroepscode", "Article or theme of the professional code"),
    "vakmanschap.form.follow_up": ("Afgesproken vervolg", "Agreed follow-up"),
    "vakmanschap.form.followed_up": ("Het vervolg is al gedaan", "The follow-up has been done"),
    "vakmanschap.form.stories": ("Koppel aan verhalen", "Link to stories"),
    "vakmanschap.form.indicators": ("Koppel aan indicatoren", "Link to indicators"),
    "vakmanschap.form.visibility": ("Wie mag dit zien?", "Who may see this?"),
    "vakmanschap.form.save": ("Opslaan", "Save"),
    "vakmanschap.form.saved": ("Opgeslagen.", "Saved."),
    "vakmanschap.form.invalid": ("Niet opgeslagen:", "Not saved:"),
    "vakmanschap.methods.none": ("Nog geen methoden vastgelegd.", "No methods recorded yet."),
    "vakmanschap.methods.step": ("Stap in de redeneerlijn: {step}", "Step in the reasoning line: {step}"),
    "vakmanschap.learning.new": ("Een aanname getoetst? Leg het vast.", "Tested an assumption? Record it."),
    "vakmanschap.learning.assumption": (
        "Aanname (schakel in de redeneerlijn)",
        "Assumption (link in the reasoning line)",
    ),
    "vakmanschap.learning.meeting": ("In welke bijeenkomst?", "In which meeting?"),
    "vakmanschap.learning.outcome": ("Uitkomst", "Outcome"),
    "vakmanschap.learning.note": ("Wat bleek?", "What did you find?"),
    "vakmanschap.learning.none": ("Nog geen getoetste aannames.", "No tested assumptions yet."),
    "vakmanschap.learning.row": ("{date} · {meeting}", "{date} · {meeting}"),
    "vakmanschap.learning.link": ("{from_step} → {to_step}", "{from_step} → {to_step}"),
    "form.choose": ("Kies…", "Choose…"),
    # indicator library and trends
    "page.library": ("Indicatoren", "Indicators"),
    "page.trends": ("Trends", "Trends"),
    "library.intro": (
        "Een bibliotheek om uit te kiezen, geen afrekenlijst. Bij elke indicator staat wie hem koos en welke "
        "ambitie van de gemeente hij dient.",
        "A library to choose from, not a list to settle accounts with. Each indicator shows who chose it and "
        "which municipal ambition it serves.",
    ),
    "library.one_party": ("⚑ gekozen door één partij", "⚑ chosen by one party"),
    "library.together": ("samen gekozen", "chosen together"),
    "library.no_ambition": ("Indicatoren zonder ambitie", "Indicators without an ambition"),
    "library.no_ambition.note": (
        "Wat meten we, zonder dat het bij een doel van de gemeente hoort?",
        "What do we measure that belongs to no municipal goal?",
    ),
    "library.no_indicator": ("Ambities zonder indicator", "Ambitions without an indicator"),
    "library.no_indicator.note": (
        "Wat wil de gemeente bereiken, zonder dat iemand het registreert?",
        "What does the municipality want to achieve that nobody registers?",
    ),
    "library.none": ("Geen.", "None."),
    "library.col.name": ("Indicator", "Indicator"),
    "library.col.definition": ("Definitie", "Definition"),
    "library.col.unit": ("Eenheid", "Unit"),
    "library.col.chain_level": ("Schakel", "Chain level"),
    "library.col.pyramid_levels": ("Soort sociaal werk", "Kind of social work"),
    "library.col.programmes": ("Programma's", "Programmes"),
    "library.col.set_by": ("Gekozen door", "Chosen by"),
    "library.col.ambition": ("Ambitie", "Ambition"),
    "trends.indicator": ("Indicator", "Indicator"),
    "trends.period": ("Per", "Per"),
    "trends.month": ("maand", "month"),
    "trends.quarter": ("kwartaal", "quarter"),
    "trends.small_cells": (
        "Waarden over minder dan {threshold} mensen tellen niet mee in de totalen en staan er als <{threshold}.",
        "Values about fewer than {threshold} people are left out of totals and show as <{threshold}.",
    ),
    "trends.neighbourhoods": ("Wijken vergeleken: begin en nu", "Neighbourhoods compared: start and now"),
    "trends.col.neighbourhood": ("Wijk", "Neighbourhood"),
    "trends.col.baseline": ("Begin periode", "Start of period"),
    "trends.col.current": ("Nu", "Now"),
    "trends.col.change": ("Verschil", "Change"),
    "trends.col.target": ("Doel", "Target"),
    "trends.points": ("%-punt", "pp"),
    "trends.col.status": ("Stand", "Status"),
    "trends.none": ("Geen indicatoren voor deze keuze.", "No indicators for this choice."),
    # value calculation
    "value.summary.present_value": ("Contante waarde baten", "Present value"),
    "value.summary.investment": ("Investering", "Investment"),
    "value.summary.ratio": ("Ratio baten / investering", "Ratio value / investment"),
    "value.summary.npv": ("Netto contante waarde", "Net present value"),
    "value.summary.payback": ("Terugverdiend in jaar", "Paid back in year"),
    "value.summary.never": ("niet binnen de looptijd", "not within the duration"),
    "value.summary.no_ratio": ("geen investering", "no investment"),
    "value.case": ("Berekening: {name} (discontovoet {rate})", "Calculation: {name} (discount rate {rate})"),
    "page.value": ("Waarde (business case)", "Value (business case)"),
    "value.intro": (
        "Wat levert het programma maatschappelijk op, voor wie, en tegen welke aannames? Pas de cijfers aan "
        "om te zien wat er verandert.",
        "What does the programme yield for society, for whom, and on which assumptions? Change the figures "
        "to see what changes.",
    ),
    "value.caveat": (
        "Een ratio zegt iets over déze berekening met déze aannames. Ratio's van verschillende organisaties "
        "zijn niet met elkaar te vergelijken.",
        "A ratio describes this calculation with these assumptions. Ratios of different organisations "
        "cannot be compared with each other.",
    ),
    "value.convention": (
        "Rekenregel: waarde in jaar 1 = aantal × financiële proxy × (1 − deadweight) × (1 − verplaatsing) × "
        "(1 − attributie); elk volgend jaar = vorig jaar × (1 − afname). De waarde van jaar t wordt gedeeld "
        "door (1 + r)^t. Investeringen staan in jaar 0 en worden niet verdisconteerd.",
        "Convention: value in year 1 = quantity × financial proxy × (1 − deadweight) × (1 − displacement) × "
        "(1 − attribution); each later year = previous year × (1 − drop-off). The value of year t is divided "
        "by (1 + r)^t. Investments are at year 0 and are not discounted.",
    ),
    "value.assumptions": ("Aannames: pas ze aan en zie wat er verandert", "Assumptions: change them and see"),
    "value.rate": ("Discontovoet (%)", "Discount rate (%)"),
    "value.rate.help": (
        "2,25% is sinds 2021 de standaard voor maatschappelijke kosten-batenanalyses in Nederland.",
        "2.25% has been the Dutch standard for social cost-benefit analysis since 2021.",
    ),
    "value.investments": ("Investeringen", "Investments"),
    "value.outcomes": ("Effecten en hun waarde", "Effects and their value"),
    "value.waterfall": ("Van bruto waarde naar contante waarde", "From gross value to present value"),
    "value.sensitivity": (
        "Gevoeligheid: ratio bij lage, basis- en hoge aannames",
        "Sensitivity: ratio at low, base and high assumptions",
    ),
    "value.sensitivity.note": (
        "Laag: proxy's 25% lager en aftrekposten 25% hoger. Hoog: andersom. De stippellijn is ratio 1.",
        "Low: proxies 25% lower and deductions 25% higher. High: the other way round. The dotted line is ratio 1.",
    ),
    "value.arena": ("Wie betaalt en wie wint? (Effectenarena)", "Who pays and who gains? (Effectenarena)"),
    "value.download": ("Bewaar als JSON", "Save as JSON"),
    "value.upload": ("Open een berekening (JSON)", "Open a calculation (JSON)"),
    "value.reset": ("Terug naar de gegevens van het programma", "Back to the programme's data"),
    "value.invalid_edit": ("De tabel bevat fouten:", "The table contains errors:"),
    "value.step.gross": ("Bruto", "Gross"),
    "value.step.deadweight": ("Deadweight", "Deadweight"),
    "value.step.displacement": ("Verplaatsing", "Displacement"),
    "value.step.attribution": ("Attributie", "Attribution"),
    "value.step.drop_off": ("Afname", "Drop-off"),
    "value.step.discounting": ("Verdiscontering", "Discounting"),
    "value.step.present_value": ("Contante waarde", "Present value"),
    "value.band.laag": ("Laag", "Low"),
    "value.band.basis": ("Basis", "Base"),
    "value.band.hoog": ("Hoog", "High"),
    "value.col.stakeholder": ("Partij", "Party"),
    "value.col.amount": ("Bedrag (€)", "Amount (€)"),
    "value.col.name": ("Effect", "Effect"),
    "value.col.beneficiary": ("Incasseerder", "Beneficiary"),
    "value.col.quantity": ("Aantal", "Quantity"),
    "value.col.proxy": ("Proxy (€)", "Proxy (€)"),
    "value.col.proxy_source": ("Bron van de proxy", "Source of the proxy"),
    "value.col.deadweight": ("Deadweight", "Deadweight"),
    "value.col.displacement": ("Verplaatsing", "Displacement"),
    "value.col.attribution": ("Attributie", "Attribution"),
    "value.col.drop_off": ("Afname per jaar", "Drop-off per year"),
    "value.col.years": ("Jaren", "Years"),
    "value.col.investment": ("Investeert", "Invests"),
    "value.col.value_received": ("Waarde die er landt", "Value received"),
    "value.col.balance": ("Saldo", "Balance"),
    "value.beside_money": ("Naast het geld", "Beside the money"),
    "value.beside_money.note": (
        "Effecten die niet of niet alleen in euro's te vangen zijn, ook de negatieve en onverwachte.",
        "Effects that money does not (fully) capture, negative and unexpected ones included.",
    ),
    "value.quick": ("Snelle schatting met referentieprojecten", "Quick estimate with reference projects"),
    "value.quick.note": (
        "In de geest van de Impactkaart: kies een soort project, vul bereik en kosten in en vergelijk met "
        "referentieprojecten. De meta-analyse van SEOR over 32 business cases vond gemiddeld een "
        "rendementsfactor van ongeveer 1,6. De referenties hier zijn verzonnen voorbeelden.",
        "In the spirit of the Impactkaart: choose a kind of project, enter reach and costs and compare with "
        "reference projects. SEOR's meta-analysis of 32 business cases found an average return factor of "
        "about 1.6. The references here are fictional examples.",
    ),
    "value.quick.type": ("Soort project", "Kind of project"),
    "value.quick.participants": ("Aantal deelnemers", "Number of participants"),
    "value.quick.cost": ("Kosten (€)", "Costs (€)"),
    "value.quick.years": ("Looptijd (jaren)", "Duration (years)"),
    "value.quick.value": ("Geschatte waarde", "Estimated value"),
    "value.quick.factor": ("Rendementsfactor", "Return factor"),
    "value.quick.range": ("Bandbreedte", "Range"),
    "value.quick.references": ("Vergeleken met", "Compared with"),
    "value.quick.reference_row": (
        "{name}: {participants} deelnemers, {years} jaar, factor {factor} — bron: {source}",
        "{name}: {participants} participants, {years} years, factor {factor} — source: {source}",
    ),
    "value.per_party": ("Per partij: investering en waarde die er landt", "Per party: investment and value received"),
    # filters
    "filter.heading": ("Wat bekijken we?", "What are we looking at?"),
    "filter.programme": ("Programma", "Programme"),
    "cards.heading": ("Gesprekskaarten", "Conversation cards"),
    "cards.intro": (
        "Vier vragen waar dit veld steeds op terugkomt, gevuld met wat de gegevens van dit programma zeggen.",
        "Four questions this field keeps returning to, filled with what this programme's data says.",
    ),
    "cards.who_decides.title": ("Wie bepaalt wat er gemeten wordt?", "Who decides what is measured?"),
    "cards.who_decides.prompt": (
        "Welke indicator zouden jullie samen kiezen, en welke mag weg?",
        "Which indicator would you choose together, and which can go?",
    ),
    "cards.who_decides.split": (
        "Van de {total} indicatoren koos de gemeente er {gemeente}, de organisatie {organisatie}, "
        "beide samen {samen} en bewoners {bewoners}.",
        "Of the {total} indicators the municipality chose {gemeente}, the organisation {organisatie}, "
        "both together {samen} and residents {bewoners}.",
    ),
    "cards.who_decides.alone_gemeente": (
        "Alleen door de gemeente gekozen: {count}",
        "Chosen by the municipality alone: {count}",
    ),
    "cards.who_decides.alone_organisatie": (
        "Alleen door de organisatie gekozen: {count}",
        "Chosen by the organisation alone: {count}",
    ),
    "cards.learning.title": ("Leren of verantwoorden?", "Learning or accounting?"),
    "cards.learning.prompt": (
        "Welke aanname toetsen we vóór de volgende bijeenkomst?",
        "Which assumption do we test before the next meeting?",
    ),
    "cards.learning.indicators": (
        "{activity} indicatoren tellen activiteit, {change} meten verandering.",
        "{activity} indicators count activity, {change} measure change.",
    ),
    "cards.learning.assumptions": (
        "Aannames {tests} keer getoetst in een bijeenkomst; {untested} schakels van de redeneerlijn nog nooit.",
        "Assumptions tested {tests} times in a meeting; {untested} links of the reasoning line never.",
    ),
    "cards.learning.rounds": (
        "{rounds} selectierondes afgerond, {fed_back} teruggekoppeld aan de vertellers.",
        "{rounds} selection rounds closed, {fed_back} fed back to the storytellers.",
    ),
    "cards.ambitions.title": ("Ambities en wat te registreren valt", "Ambitions and what can be registered"),
    "cards.ambitions.prompt": (
        "Welke ambitie verdient een maat, en welke indicator een doel?",
        "Which ambition deserves a measure, and which indicator a purpose?",
    ),
    "cards.ambitions.without_indicator": (
        "Ambities van de gemeente zonder indicator: {count}",
        "Municipal ambitions without an indicator: {count}",
    ),
    "cards.ambitions.without_ambition": (
        "Indicatoren die geen ambitie dienen: {count}",
        "Indicators that serve no ambition: {count}",
    ),
    "cards.more_names": (
        "… en nog {count} (alle staan op de pagina Indicatoren)",
        "… and {count} more (all of them are on the Indicators page)",
    ),
    "cards.invisible.title": ("Wat blijft onzichtbaar in de cijfers?", "What stays invisible in the numbers?"),
    "cards.invisible.prompt": (
        "Wat zouden we missen als we alleen naar de cijfers keken?",
        "What would we miss if we looked at the numbers only?",
    ),
    "cards.invisible.blind_spots": (
        "Blinde vlekken: uitkomsten zonder cijfers, verhalen of reflecties: {count}",
        "Blind spots: outcomes without numbers, stories or reflections: {count}",
    ),
    "cards.invisible.without_numbers": (
        "Uitkomsten zonder cijfers, wel met verhalen of reflecties: {count}",
        "Outcomes without numbers but with stories or reflections: {count}",
    ),
    "cards.invisible.beside_numbers": (
        "Naast de cijfers: {stories} verhalen (waarvan {unexpected} negatief of onverwacht) "
        "en {reflections} reflecties.",
        "Beside the numbers: {stories} stories ({unexpected} negative or unexpected) and {reflections} reflections.",
    ),
    "dialogue.blind_spot": (
        "Blinde vlek: bij deze uitkomst zijn nog geen cijfers, verhalen of reflecties. Wat weten we er wel van, "
        "en hoe zouden we het kunnen zien?",
        "Blind spot: this outcome has no numbers, stories or reflections yet. What do we know about it, "
        "and how could we see it?",
    ),
    "dialogue.one_track": ("Deze uitkomst rust alleen op {track}.", "This outcome rests on {track} alone."),
    "page.reasoning": ("Redeneerlijn", "Reasoning line"),
    "nav.together": ("Samen", "Together"),
    "nav.more": ("Meer", "More"),
    "reasoning.intro": (
        "Hoe het werk volgens de betrokkenen tot verandering leidt: van interventie via resultaat en uitkomst naar "
        "impact. Elke stap toont hoeveel cijfers, verhalen en reflecties hem onderbouwen; elke pijl hoeveel "
        "vertrouwen er is in de aanname erachter.",
        "How the people involved expect the work to lead to change: from intervention through result and outcome "
        "to impact. Each step shows how many numbers, stories and reflections back it; each arrow how much "
        "confidence there is in the assumption behind it.",
    ),
    "reasoning.none": (
        "Voor dit programma is nog geen redeneerlijn vastgelegd.",
        "No reasoning line has been recorded for this programme yet.",
    ),
    "reasoning.level.interventie": ("Interventie", "Intervention"),
    "reasoning.level.resultaat": ("Resultaat", "Result"),
    "reasoning.level.uitkomst": ("Uitkomst", "Outcome"),
    "reasoning.level.impact": ("Impact", "Impact"),
    "reasoning.evidence": (
        "{indicators} cijfers · {stories} verhalen · {reflections} reflecties",
        "{indicators} numbers · {stories} stories · {reflections} reflections",
    ),
    "reasoning.coverage.alle_sporen": ("alle drie de sporen", "all three tracks"),
    "reasoning.coverage.twee_sporen": ("twee sporen", "two tracks"),
    "reasoning.coverage.alleen_cijfers": ("alleen cijfers", "numbers only"),
    "reasoning.coverage.alleen_verhalen": ("alleen verhalen", "stories only"),
    "reasoning.coverage.alleen_vakmanschap": ("alleen reflecties", "reflections only"),
    "reasoning.coverage.blinde_vlek": ("BLINDE VLEK", "BLIND SPOT"),
    "reasoning.links": ("Aannames achter de pijlen", "Assumptions behind the arrows"),
    "reasoning.coverage_map": (
        "Dekkingskaart: waar rust elke uitkomst op?",
        "Coverage map: what does each outcome rest on?",
    ),
    "reasoning.coverage_intro": (
        "Per uitkomst en impact: cijfers, verhalen en reflecties die eraan gekoppeld zijn. Een uitkomst die op één "
        "spoor rust, of op niets, verdient een gesprek.",
        "Per outcome and impact: the numbers, stories and reflections linked to it. An outcome resting on one "
        "track, or on nothing, deserves a conversation.",
    ),
    "reasoning.column.step": ("Uitkomst", "Outcome"),
    "reasoning.column.level": ("Niveau", "Level"),
    "reasoning.column.indicators": ("Cijfers", "Numbers"),
    "reasoning.column.stories": ("Verhalen", "Stories"),
    "reasoning.column.reflections": ("Reflecties", "Reflections"),
    "reasoning.column.coverage": ("Oordeel", "Verdict"),
    "reasoning.column.from": ("Van", "From"),
    "reasoning.column.to": ("Naar", "To"),
    "reasoning.column.assumption": ("Aanname", "Assumption"),
    "reasoning.column.confidence": ("Vertrouwen (%)", "Confidence (%)"),
    "reasoning.column.evidence": ("Onderbouwing", "Evidence"),
    "reasoning.column.description": ("Omschrijving", "Description"),
    "reasoning.column.position": ("Volgorde", "Order"),
    "reasoning.column.id": ("Code", "Code"),
    "reasoning.edit": ("Redeneerlijn bewerken", "Edit the reasoning line"),
    "reasoning.edit_help": (
        "Pas stappen en schakels samen aan. Een lege code maakt een nieuwe stap; een weggehaalde rij verwijdert de "
        "stap, behalve als er nog verhalen, methoden of getoetste aannames aan hangen.",
        "Change steps and links together. An empty code makes a new step; a removed row deletes the step, unless "
        "stories, methods or tested assumptions still rest on it.",
    ),
    "reasoning.steps": ("Stappen", "Steps"),
    "reasoning.save_steps": ("Stappen bewaren", "Save steps"),
    "reasoning.save_links": ("Schakels bewaren", "Save links"),
    "reasoning.indicator_links": ("Welke cijfers horen bij welke stap?", "Which numbers belong to which step?"),
    "reasoning.save_indicator_links": ("Koppelingen bewaren", "Save links to indicators"),
    "reasoning.saved": ("Bewaard.", "Saved."),
    "reasoning.not_saved": ("Niet bewaard:", "Not saved:"),
    "reasoning.read_only": (
        "Het gedeelde scherm toont de redeneerlijn; bewerken kan vanuit uw eigen rol.",
        "The shared screen shows the reasoning line; edit it from your own role.",
    ),
    "presentation.start": ("Presentatiemodus", "Presentation mode"),
    "presentation.help": (
        "Voor het gedeelde scherm: grote letters, geen bedieningselementen, alleen wat de gemeente mag zien "
        "(gemaskeerde verhalen met toestemming, gedeelde reflecties, kleine groepen weggelaten).",
        "For the shared screen: large type, no controls, only what the municipality may see "
        "(masked stories with consent, shared reflections, small groups left out).",
    ),
    "presentation.leave": ("Presentatie verlaten", "Leave presentation"),
    "filter.outcome": ("Uitkomst", "Outcome"),
    "filter.all_outcomes": ("Alle uitkomsten", "All outcomes"),
    "dialogue.outcome": ("Uitkomst: {outcome}", "Outcome: {outcome}"),
    "filter.neighbourhoods": ("Wijken", "Neighbourhoods"),
    "filter.neighbourhoods_all": ("Alle wijken", "All neighbourhoods"),
    "filter.from": ("Van", "From"),
    "filter.to": ("Tot en met", "To"),
    "filter.pyramid_level": ("Soort sociaal werk", "Kind of social work"),
    "filter.all_levels": ("Alle soorten", "All kinds"),
    "filter.no_programmes": ("Geen programma's voor deze keuze.", "No programmes for this choice."),
    "filter.share": (
        "De adres­balk bewaart deze keuzes: kopieer de link om dit beeld te delen.",
        "The address bar keeps these choices: copy the link to share this view.",
    ),
    # dialogue table
    "dialogue.subtitle": (
        "{pyramid_level} · doelgroep: {target_group} · {period} · {neighbourhoods}",
        "{pyramid_level} · target group: {target_group} · {period} · {neighbourhoods}",
    ),
    "dialogue.choose_programme": ("Kies links een programma.", "Choose a programme on the left."),
    "track.doelmatigheid": ("Doelmatigheid", "Effectiveness"),
    "track.doelmatigheid.question": ("Wat laten de cijfers zien?", "What do the numbers show?"),
    "track.betekenisgeving": ("Betekenisgeving", "Meaning"),
    "track.betekenisgeving.question": ("Wat veranderde er voor mensen?", "What changed for people?"),
    "track.vakmanschap": ("Vakmanschap", "Craft"),
    "track.vakmanschap.question": ("Hoe werkten professionals, en waarom?", "How did professionals work, and why?"),
    "numbers.not_for_accounting": (
        "Trends zijn er om samen te bespreken, niet om mee af te rekenen.",
        "Trends are for discussing together, not for settling accounts.",
    ),
    "numbers.none": ("Geen cijfers voor deze keuze.", "No figures for this choice."),
    "numbers.now": ("Nu {value}", "Now {value}"),
    "numbers.target": ("doel {value}", "target {value}"),
    "numbers.baseline": ("begin periode {value}", "start of period {value}"),
    "numbers.on_track": ("▲ haalt het doel", "▲ meets the target"),
    "numbers.off_track": ("▼ onder het doel", "▼ below the target"),
    "numbers.no_target": ("geen doel", "no target"),
    "numbers.suppressed": (
        "{count} maanden niet getoond: minder dan {threshold} mensen.",
        "{count} months not shown: fewer than {threshold} people.",
    ),
    "numbers.all_suppressed": (
        "Niet getoond: minder dan {threshold} mensen.",
        "Not shown: fewer than {threshold} people.",
    ),
    "numbers.stories_behind": ("{count} verhalen achter dit getal", "{count} stories behind this number"),
    "numbers.set_by": ("Gekozen door: {who}", "Chosen by: {who}"),
    "numbers.serves": ("Ambitie: {ambition}", "Ambition: {ambition}"),
    "numbers.no_ambition": ("Ambitie: geen", "Ambition: none"),
    "chart.value": ("Waarde", "Value"),
    "chart.target": ("Doel", "Target"),
    "chart.trend_title": ("Waarde per maand tegen het doel", "Value per month against the target"),
    "chart.quarter": ("K{quarter} {year}", "Q{quarter} {year}"),
    "stories.count": (
        "{total} verhalen · {negative} negatief · {unintended} onverwacht · {selected} gekozen",
        "{total} stories · {negative} negative · {unintended} unexpected · {selected} selected",
    ),
    "stories.none": (
        "Geen verhalen die met deze rol gedeeld mogen worden.",
        "No stories that may be shared with this role.",
    ),
    "stories.read_more": ("Lees het hele verhaal", "Read the whole story"),
    "stories.why": ("Waarom belangrijk:", "Why it matters:"),
    "stories.selected_at": ("Gekozen door panel {level}", "Selected by {level} panel"),
    "stories.told_by": ("Verteld door: {role} · {domain} · {date}", "Told by: {role} · {domain} · {date}"),
    # betekenisgeving: the story collection, search and entry
    "page.stories": ("Verhalen", "Stories"),
    "stories.intro": (
        "Verhalen van verandering, verzameld volgens Most Significant Change. Ook verhalen waarin iets "
        "misging of anders liep dan bedoeld horen erbij; ze zijn gemarkeerd met ⚠, nooit weggelaten.",
        "Stories of change, collected with Most Significant Change. Stories where something went wrong or "
        "turned out differently belong here too; they are marked ⚠, never left out.",
    ),
    "stories.tab.overview": ("Overzicht", "Overview"),
    "stories.tab.search": ("Zoeken", "Search"),
    "stories.tab.register": ("Alle verhalen", "All stories"),
    "stories.register.shown": (
        "{shown} van {total} verhalen, nieuwste eerst",
        "{shown} of {total} stories, newest first",
    ),
    "stories.register.all": ("{total} verhalen, nieuwste eerst", "{total} stories, newest first"),
    "stories.register.more": ("Toon {count} meer", "Show {count} more"),
    "stories.tab.new": ("Nieuw verhaal", "New story"),
    "stories.by_domain": ("Verhalen per domein en soort verandering", "Stories per domain and kind of change"),
    "stories.by_domain.note": (
        "Aantal verhalen. Negatieve en onverwachte verandering staat rechts; lees die als eerste.",
        "Number of stories. Negative and unexpected change is on the right; read those first.",
    ),
    "stories.impact.positief_bedoeld": ("positief, bedoeld", "positive, intended"),
    "stories.impact.positief_onbedoeld": ("positief, onverwacht", "positive, unexpected"),
    "stories.impact.negatief_bedoeld": ("⚠ negatief, bedoeld", "⚠ negative, intended"),
    "stories.impact.negatief_onbedoeld": ("⚠ negatief, onverwacht", "⚠ negative, unexpected"),
    "stories.domain": ("Domein", "Domain"),
    "stories.role": ("Verteller", "Storyteller"),
    "stories.count_col": ("Verhalen", "Stories"),
    "stories.flagged_col": ("⚠ negatief of onverwacht", "⚠ negative or unexpected"),
    "stories.by_role": ("Wie vertelt?", "Who tells?"),
    "stories.funnel": ("Van verzamelen naar kiezen", "From collecting to choosing"),
    "stories.funnel.note": (
        "Hoeveel verhalen op een shortlist kwamen en door welk panel ze gekozen zijn.",
        "How many stories reached a shortlist and which panel selected them.",
    ),
    "stories.funnel.stage": ("Stap", "Stage"),
    "stories.funnel.verzameld": ("verzameld", "collected"),
    "stories.funnel.shortlist": ("op een shortlist", "on a shortlist"),
    "stories.funnel.team": ("gekozen door het team", "selected by the team"),
    "stories.funnel.organisatie": ("gekozen door de organisatie", "selected by the organisation"),
    "stories.funnel.gemeente": ("gekozen met de gemeente", "selected with the municipality"),
    "stories.words": ("Kenmerkende woorden per domein", "Characteristic words per domain"),
    "stories.words.note": (
        "Woorden die in dit domein veel vaker voorkomen dan in alle verhalen samen.",
        "Words that occur far more often in this domain than in all stories together.",
    ),
    "stories.search": ("Zoek in de verhalen", "Search the stories"),
    "stories.search.placeholder": ("bijvoorbeeld: eenzaam, schulden, vrijwilliger", "e.g. eenzaam, schulden"),
    "stories.search.count": ("{count} verhalen gevonden, beste eerst", "{count} stories found, best first"),
    "stories.outside_no_entry": (
        "Verhalen worden vastgelegd door professionals van de organisatie.",
        "Stories are recorded by the organisation's professionals.",
    ),
    "stories.form.programme": ("Programma", "Programme"),
    "stories.form.title": ("Titel", "Title"),
    "stories.form.text": ("Het verhaal", "The story"),
    "stories.form.why": (
        "Waarom is deze verandering belangrijk voor de verteller?",
        "Why is this change significant to the storyteller?",
    ),
    "stories.form.collected_by": ("Verzameld door (functie)", "Collected by (role)"),
    "stories.form.storyteller": ("Pseudoniem verteller", "Storyteller pseudonym"),
    "stories.form.storyteller.help": (
        "Een code, nooit een naam. Daarmee kan alles van deze verteller later op verzoek gewist worden.",
        "A code, never a name. It lets everything this storyteller told be erased on request.",
    ),
    "stories.form.consent": ("Toestemming om te delen", "Consent to share"),
    "stories.form.valence": ("Richting", "Direction"),
    "stories.form.intention": ("Bedoeld?", "Intended?"),
    "stories.form.directness": ("Direct?", "Direct?"),
    "stories.form.read_back": (
        "Het verhaal is teruggelezen aan de verteller",
        "The story was read back to the storyteller",
    ),
    "stories.form.steps": ("Stappen van de redeneerlijn", "Steps of the reasoning line"),
    "stories.form.check": ("Controleer privacy", "Check privacy"),
    "stories.step.tell": ("1. Het verhaal zoals het verteld is", "1. The story as told"),
    "stories.review": ("2. Controleer de gemaskeerde tekst", "2. Check the masked text"),
    "stories.review.note": (
        "Dit is wat de gemeente en het gedeelde scherm te zien krijgen. Namen, adressen, telefoonnummers, "
        "e-mailadressen, geboortedata en BSN's zijn vervangen. Pas aan wat nog iemand herkenbaar maakt. "
        "Een BSN wordt nooit opgeslagen, ook niet in de eigen versie.",
        "This is what the municipality and the shared screen will see. Names, addresses, phone numbers, e-mail "
        "addresses, dates of birth and BSNs are replaced. Edit whatever still identifies someone. "
        "A BSN is never stored, not even in the organisation's own version.",
    ),
    "stories.review.found": ("Gevonden en gemaskeerd:", "Found and masked:"),
    "stories.review.kind": ("Soort", "Kind"),
    "stories.review.text": ("Tekst", "Text"),
    "stories.review.nothing": ("Er is niets persoonlijks gevonden.", "Nothing personal was found."),
    "stories.review.back": ("Terug naar het formulier", "Back to the form"),
    "stories.saved": ("Het verhaal is opgeslagen.", "The story is saved."),
    # betekenisgeving: selection rounds
    "page.rounds": ("Selectierondes", "Selection rounds"),
    "rounds.intro": (
        "Een panel leest verhalen, kiest het meest betekenisvolle en schrijft op waarom. Een gekozen verhaal "
        "gaat door naar het volgende niveau: team, organisatie, gemeente.",
        "A panel reads stories, selects the most significant one and writes down why. A selected story moves "
        "up to the next level: team, organisation, municipality.",
    ),
    "rounds.none": ("Nog geen selectierondes.", "No selection rounds yet."),
    "rounds.title": ("Titel", "Title"),
    "rounds.level": ("Niveau", "Level"),
    "rounds.status": ("Status", "Status"),
    "rounds.status.open": ("loopt", "open"),
    "rounds.status.afgerond": ("afgerond", "closed"),
    "rounds.shortlisted": ("Shortlist", "Shortlist"),
    "rounds.selected": ("Gekozen", "Selected"),
    "rounds.fed_back": ("Teruggekoppeld", "Fed back"),
    "rounds.open": ("Werk aan ronde", "Work on round"),
    "rounds.new": ("Nieuwe selectieronde", "New selection round"),
    "rounds.choose_programme": (
        "Kies links eerst een programma; een ronde hoort bij één programma.",
        "First choose a programme on the left; a round belongs to one programme.",
    ),
    "rounds.from": ("Verhalen vanaf", "Stories from"),
    "rounds.to": ("tot en met", "up to"),
    "rounds.create": ("Ronde openen", "Open round"),
    "rounds.summary": (
        "Panel: **{level}** · verhalen van {start} tot {end} · domein: {domain}",
        "Panel: **{level}** · stories from {start} to {end} · domain: {domain}",
    ),
    "rounds.step.shortlist": ("1. Shortlist", "1. Shortlist"),
    "rounds.no_candidates": (
        "Geen verhalen meer om toe te voegen. Op team-niveau tellen alle verhalen uit de periode; "
        "daarboven alleen wat het niveau eronder koos.",
        "No more stories to add. At team level every story of the period counts; above it only what the "
        "level below selected.",
    ),
    "rounds.candidates": ("Kies verhalen ({count} beschikbaar)", "Choose stories ({count} available)"),
    "rounds.add_to_shortlist": ("Op de shortlist", "Add to shortlist"),
    "rounds.step.vote": ("2. Stemmen", "2. Vote"),
    "rounds.vote.note": (
        "Elk panellid geeft elk verhaal 0 tot 5 punten. Opnieuw stemmen onder dezelfde naam vervangt de score.",
        "Each panel member gives each story 0 to 5 points. Voting again under the same name replaces the score.",
    ),
    "rounds.voter": ("Panellid (functie of rol)", "Panel member (role)"),
    "rounds.score": ("Punten", "Points"),
    "rounds.save_votes": ("Stemmen opslaan", "Save votes"),
    "rounds.story": ("Verhaal", "Story"),
    "rounds.votes": ("Stemmen", "Votes"),
    "rounds.total": ("Punten", "Points"),
    "rounds.chosen": ("Gekozen", "Selected"),
    "rounds.yes": ("✓ gekozen", "✓ selected"),
    "rounds.step.choose": ("3. Kiezen en onderbouwen", "3. Select and explain"),
    "rounds.choose": ("Gekozen verhalen", "Selected stories"),
    "rounds.reasons": ("Waarom koos het panel deze verhalen?", "Why did the panel select these stories?"),
    "rounds.reasons.help": (
        "De redenen zijn het belangrijkste resultaat: ze laten zien wat het panel waardevol vindt.",
        "The reasons are the main result: they show what the panel values.",
    ),
    "rounds.dissent": ("Afwijkende meningen", "Dissent"),
    "rounds.close": ("Ronde afronden", "Close round"),
    "rounds.closed": (
        "De ronde is afgerond. De gekozen verhalen gaan door naar het volgende niveau.",
        "The round is closed. The selected stories move up to the next level.",
    ),
    "rounds.fed_back_on": ("Teruggekoppeld aan de vertellers op {date}.", "Fed back to the storytellers on {date}."),
    "rounds.not_fed_back": (
        "De uitkomst is nog niet teruggekoppeld aan de vertellers.",
        "The outcome has not been fed back to the storytellers yet.",
    ),
    "rounds.mark_fed_back": ("Vandaag teruggekoppeld", "Fed back today"),
    # meetings of a leeratelier: preparation, during the meeting, minutes, open afspraken
    "page.meetings": ("Bijeenkomsten", "Meetings"),
    "meetings.intro": (
        "Een bijeenkomst van het leeratelier: wie er waren, de agenda, wat de groep tijdens de bijeenkomst "
        "koos en afsprak, en het verslag.",
        "A meeting of the learning network: who was there, the agenda, what the group chose and agreed "
        "during the meeting, and the minutes.",
    ),
    "meetings.choose": ("Bijeenkomst", "Meeting"),
    "meetings.none": ("Nog geen bijeenkomsten.", "No meetings yet."),
    "meetings.new": ("Nieuwe bijeenkomst", "New meeting"),
    "meetings.date": ("Datum", "Date"),
    "meetings.leeratelier": ("Leeratelier", "Learning network"),
    "meetings.title": ("Titel of vraag van de bijeenkomst", "Title or question of the meeting"),
    "meetings.programme": ("Programma (mag leeg)", "Programme (may be empty)"),
    "meetings.programme.none": ("geen programma", "no programme"),
    "meetings.summary": ("Samenvatting (kan later)", "Summary (can wait)"),
    "meetings.create": ("Bijeenkomst vastleggen", "Record meeting"),
    "meetings.heading": ("{date} · {leeratelier}", "{date} · {leeratelier}"),
    "meetings.tab.prepare": ("Deelnemers en agenda", "Participants and agenda"),
    "meetings.tab.during": ("Tijdens de bijeenkomst", "During the meeting"),
    "meetings.tab.minutes": ("Verslag", "Minutes"),
    "meetings.tab.open": ("Open afspraken", "Open agreements"),
    "meetings.shared_screen": (
        "Het gedeelde scherm kijkt mee: namen blijven weg en vastleggen gaat via uw eigen rol.",
        "The shared screen looks on: names stay hidden and recording happens in your own role.",
    ),
    "meetings.saved": ("Vastgelegd.", "Recorded."),
    "meetings.participants": ("Deelnemers", "Participants"),
    "meetings.participants.none": ("Nog geen deelnemers vastgelegd.", "No participants recorded yet."),
    "meetings.participant.role": ("Rol", "Role"),
    "meetings.participant.name": ("Naam", "Name"),
    "meetings.participant.name.help": (
        "Bij een bewoner alleen de voornaam, of laat het leeg. Buiten de organisatie ziet niemand de naam "
        "van een bewoner, en het gedeelde scherm toont geen namen.",
        "For a resident only the first name, or leave it empty. Nobody outside the organisation sees a "
        "resident's name, and the shared screen shows no names.",
    ),
    "meetings.participant.add": ("Deelnemer toevoegen", "Add participant"),
    "meetings.participant.count": ("{count} aanwezig", "{count} present"),
    "meetings.agenda": ("Agenda", "Agenda"),
    "meetings.agenda.none": ("Nog geen agendapunten.", "No agenda items yet."),
    "meetings.agenda.title": ("Agendapunt", "Agenda item"),
    "meetings.agenda.kind": ("Gaat over", "About"),
    "meetings.agenda.nothing": ("niets in het bijzonder", "nothing in particular"),
    "meetings.agenda.add": ("Agendapunt toevoegen", "Add agenda item"),
    "meetings.agenda.hidden": ("niet zichtbaar voor deze rol", "not visible to this role"),
    "meetings.round": ("Selectieronde in deze bijeenkomst", "Selection round in this meeting"),
    "meetings.round.note": (
        "Het panel in de zaal kiest het meest betekenisvolle verhaal en schrijft op waarom. De ronde komt "
        "in het verslag.",
        "The panel in the room selects the most significant story and writes down why. The round goes "
        "into the minutes.",
    ),
    "meetings.round.programme": ("Verhalen van het programma {programme}.", "Stories of the programme {programme}."),
    "meetings.round.choose_programme": (
        "Deze bijeenkomst heeft geen programma. Kies links een programma om een ronde te openen.",
        "This meeting has no programme. Choose a programme on the left to open a round.",
    ),
    "meetings.arena": ("Effectenarena", "Effects arena"),
    "meetings.arena.note": (
        "Noem per effect wie eraan bijdraagt en wie de winst incasseert. Die zijn vaak niet dezelfde: "
        "preventie door sociaal werk scheelt later kosten bij zorg, politie of uitkeringen.",
        "For each effect, name who contributes and who reaps the benefit. They are often not the same: "
        "prevention by social work saves later costs in care, police or benefits.",
    ),
    "meetings.arena.none": ("Nog geen effecten genoemd.", "No effects named yet."),
    "meetings.arena.programme": ("Programma", "Programme"),
    "meetings.arena.description": ("Welk effect?", "Which effect?"),
    "meetings.arena.contributor": ("Wie draagt bij?", "Who contributes?"),
    "meetings.arena.beneficiary": ("Wie incasseert?", "Who gains?"),
    "meetings.arena.valence": ("Richting", "Direction"),
    "meetings.arena.intention": ("Bedoeld of onverwacht", "Intended or unexpected"),
    "meetings.arena.add": ("Effect vastleggen", "Record effect"),
    "meetings.arena.flow": ("{contributor} → {beneficiary}", "{contributor} → {beneficiary}"),
    "meetings.record": ("Afspraken, besluiten en open vragen", "Agreements, decisions and open questions"),
    "meetings.decision.kind": ("Soort", "Kind"),
    "meetings.decision.text": (
        "Wat is er afgesproken, besloten of open gebleven?",
        "What was agreed, decided or left open?",
    ),
    "meetings.decision.owner": ("Wie pakt het op? (functie of naam)", "Who follows it up? (role or name)"),
    "meetings.decision.due": ("Uiterlijk", "Due"),
    "meetings.decision.add": ("Vastleggen", "Record"),
    "meetings.decision.none": ("Nog niets vastgelegd.", "Nothing recorded yet."),
    "meetings.download.markdown": ("Verslag downloaden (Markdown)", "Download minutes (Markdown)"),
    "meetings.download.pdf": ("Verslag downloaden (PDF)", "Download minutes (PDF)"),
    "meetings.minutes.note": (
        "Het verslag bevat wat uw rol mag zien: buiten de organisatie verhalen zonder namen en bewoners zonder naam.",
        "The minutes hold what your role may see: outside the organisation stories without names and "
        "residents without a name.",
    ),
    "meetings.open.none": ("Geen open afspraken.", "No open agreements."),
    "meetings.open.count": ("{count} open, waarvan {overdue} over de datum", "{count} open, {overdue} overdue"),
    "meetings.open.overdue": ("⚠ over de datum", "⚠ overdue"),
    "meetings.open.meeting": ("Bijeenkomst", "Meeting"),
    "meetings.open.mark_done": ("Afronden", "Mark done"),
    "meetings.open.no_owner": ("nog niemand", "nobody yet"),
    "minutes.title": ("Verslag", "Minutes"),
    "minutes.date": ("Datum", "Date"),
    "minutes.leeratelier": ("Leeratelier", "Learning network"),
    "minutes.programme": ("Programma", "Programme"),
    "minutes.participants": ("Deelnemers", "Participants"),
    "minutes.agenda": ("Agenda", "Agenda"),
    "minutes.rounds": ("Selectierondes", "Selection rounds"),
    "minutes.round.level": ("Panel", "Panel"),
    "minutes.round.chosen": ("Gekozen verhaal", "Selected story"),
    "minutes.round.reasons": ("Waarom", "Why"),
    "minutes.round.dissent": ("Afwijkende meningen", "Dissent"),
    "minutes.arena": ("Effectenarena: wie draagt bij, wie incasseert", "Effects arena: who contributes, who gains"),
    "minutes.arena.flow": (
        "{contributor} draagt bij, {beneficiary} incasseert",
        "{contributor} contributes, {beneficiary} gains",
    ),
    "minutes.decisions": ("Afspraken en besluiten", "Agreements and decisions"),
    "minutes.open_questions": ("Open vragen", "Open questions"),
    "minutes.none": ("Niets vastgelegd.", "Nothing recorded."),
    "minutes.count": ("Aantal", "Number"),
    "minutes.what": ("Wat", "What"),
    "minutes.who": ("Wie", "Who"),
    "minutes.status": ("Stand", "Status"),
    "minutes.unnamed": ("{count} zonder naam", "{count} without a name"),
    "minutes.hidden": ("niet zichtbaar voor deze rol", "not visible to this role"),
    "minutes.owner": ("eigenaar: {owner}", "owner: {owner}"),
    "minutes.due": ("uiterlijk {date}", "due {date}"),
    "minutes.footer": (
        "Verslag zoals de rol {role} het mag zien, gemaakt op {date}.",
        "Minutes as the role {role} may see them, made on {date}.",
    ),
    "vakmanschap.count": (
        "{total} reflecties · {dilemmas} morele dilemma's",
        "{total} reflections · {dilemmas} moral dilemmas",
    ),
    "vakmanschap.none": ("Geen reflecties die met deze rol gedeeld zijn.", "No reflections shared with this role."),
    "vakmanschap.values": ("Waarden die het vaakst speelden: {values}", "Values that came up most: {values}"),
    "vakmanschap.method": ("Werkwijze: {method}", "Method: {method}"),
    "vakmanschap.learned": ("Geleerd:", "Learned:"),
    "vakmanschap.dilemma": ("Dilemma:", "Dilemma:"),
    "vakmanschap.choice": ("Keuze:", "Choice:"),
    "vakmanschap.by": ("{professional} · {date}", "{professional} · {date}"),
    "all.period": ("{start} t/m {end}", "{start} to {end}"),
    # data page (data steward)
    "page.gegevens": ("Gegevens", "Data"),
    "gegevens.steward_only": (
        "Gegevens inlezen, uitvoeren, een reservekopie maken of verhalen wissen mag alleen beheer: de "
        "gegevensbeheerder van de organisatie. Vraag die om hulp als u gegevens wilt aanleveren.",
        "Only the data steward (beheer) of the organisation may import or export data, make backups or erase "
        "stories. Ask them for help if you want to supply data.",
    ),
    "gegevens.intro": (
        "Lees gegevens van uw organisatie in uit Excel of CSV, haal het sjabloon op, zet de gegevens van uw "
        "organisatie in Excel of wis de verhalen van een verteller. Het platformbeheer maakt reservekopieën van "
        "de hele database.",
        "Import your organisation's data from Excel or CSV, download the template, export your organisation's "
        "data to Excel or erase a storyteller's stories. The platform steward backs up the whole database.",
    ),
    "gegevens.tab.import": ("Inlezen", "Import"),
    "gegevens.tab.template": ("Sjabloon", "Template"),
    "gegevens.tab.export": ("Uitvoeren", "Export"),
    "gegevens.tab.backup": ("Reservekopie", "Backup"),
    "gegevens.tab.erase": ("Wissen", "Erase"),
    "gegevens.upload": (
        "Eén Excel-werkmap (een blad per soort gegevens) of CSV-bestanden (één per soort)",
        "One Excel workbook (a sheet per kind of data) or CSV files (one per kind)",
    ),
    "gegevens.upload.help": (
        "Kolomnamen in het Nederlands of Engels; komma, puntkomma of tab; datums als dd-mm-jjjj of jjjj-mm-dd.",
        "Column names in Dutch or English; comma, semicolon or tab; dates as dd-mm-yyyy or yyyy-mm-dd.",
    ),
    "gegevens.mode": ("Als er fouten zijn", "When there are errors"),
    "gegevens.mode.all": ("niets inlezen (alles of niets)", "load nothing (all or nothing)"),
    "gegevens.mode.valid": ("alleen de goede rijen inlezen", "load only the good rows"),
    "gegevens.check": ("Controleren (er verandert niets)", "Check (nothing changes)"),
    "gegevens.load": ("Inlezen", "Load"),
    "gegevens.refused": ("Dit bestand lees ik niet: {reason}", "This file cannot be read: {reason}"),
    "gegevens.result.dry": (
        "Proef: alles gecontroleerd, er is niets veranderd.",
        "Trial: everything checked, nothing changed.",
    ),
    "gegevens.result.loaded": ("Ingelezen.", "Loaded."),
    "gegevens.result.partly": (
        "De goede rijen zijn ingelezen; {rows} rij(en) met fouten zijn overgeslagen.",
        "The good rows were loaded; {rows} row(s) with errors were skipped.",
    ),
    "gegevens.result.nothing": (
        "Er is niets ingelezen: {errors} fout(en) in {rows} rij(en). Verbeter ze en probeer het opnieuw.",
        "Nothing was loaded: {errors} error(s) in {rows} row(s). Correct them and try again.",
    ),
    "gegevens.result.clean": ("Geen fouten gevonden.", "No errors found."),
    "gegevens.tables": ("Per soort gegevens", "Per kind of data"),
    "gegevens.errors": ("Rijen met fouten", "Rows with errors"),
    "gegevens.col.table": ("gegevens", "data"),
    "gegevens.col.read": ("gelezen", "read"),
    "gegevens.col.rejected": ("fout", "errors"),
    "gegevens.col.new": ("nieuw", "new"),
    "gegevens.col.changed": ("gewijzigd", "changed"),
    "gegevens.col.file": ("bestand", "file"),
    "gegevens.col.row": ("rij", "row"),
    "gegevens.col.column": ("kolom", "column"),
    "gegevens.col.value": ("waarde", "value"),
    "gegevens.col.message": ("wat is er mis", "what is wrong"),
    "gegevens.report.download": ("Foutenrapport downloaden (Excel)", "Download the error report (Excel)"),
    "gegevens.template.text": (
        "Het sjabloon heeft een blad per soort gegevens met de juiste kolomnamen, keuzelijsten voor vaste "
        "waarden en een blad 'uitleg' dat elke kolom beschrijft.",
        "The template has a sheet per kind of data with the right column names, dropdowns for fixed values "
        "and an 'uitleg' sheet that explains every column.",
    ),
    "gegevens.template.download": ("Sjabloon downloaden (Excel)", "Download the template (Excel)"),
    "gegevens.export.text": (
        "Zet alle gegevens van uw organisatie (en de gedeelde gegevens, zoals gemeenten en indicatoren) in één "
        "Excel-werkmap, in dezelfde vorm als het sjabloon: u kunt hem later weer inlezen. Het bestand bevat "
        "persoonsgegevens (verhalen); bewaar het zorgvuldig.",
        "Put all of your organisation's data (and the shared data, such as municipalities and indicators) in one "
        "Excel workbook, in the same form as the template, so it can be imported again. The file holds personal "
        "data (stories); keep it safe.",
    ),
    "gegevens.export.make": ("Export maken", "Make export"),
    "gegevens.export.download": ("Export downloaden (Excel)", "Download the export (Excel)"),
    "gegevens.backup.text": (
        "Een reservekopie is een volledige kopie van de database op één moment. Terugzetten vervangt alles "
        "door de kopie; wat daarna is veranderd, gaat verloren.",
        "A backup is a complete copy of the database at one moment. Restoring replaces everything by the copy; "
        "whatever changed after it is lost.",
    ),
    "gegevens.backup.make": ("Reservekopie maken", "Make backup"),
    "gegevens.backup.made": ("Reservekopie gemaakt: {name}", "Backup made: {name}"),
    "gegevens.backup.download": ("Reservekopie downloaden", "Download backup"),
    "gegevens.backup.choose": ("Terug te zetten reservekopie", "Backup to restore"),
    "gegevens.backup.none": ("Er zijn nog geen reservekopieën.", "There are no backups yet."),
    "gegevens.backup.confirm": (
        "Ik begrijp dat alles wordt vervangen door deze reservekopie.",
        "I understand that everything will be replaced by this backup.",
    ),
    "gegevens.backup.restore": ("Terugzetten", "Restore"),
    "gegevens.backup.restored": ("Reservekopie {name} is teruggezet.", "Backup {name} has been restored."),
    "gegevens.erase.text": (
        "Wis op verzoek alles wat één verteller vertelde: de verhalen en alles wat eraan hangt (selectierondes, "
        "stemmen, koppelingen, zoekindex). Er blijft alleen vastgelegd dat er gewist is, wanneer en door wie; "
        "niet wie het was of wat er stond.",
        "On request, erase everything one storyteller told: the stories and everything linked to them "
        "(selection rounds, votes, links, search index). Only the fact that an erasure happened, when and by "
        "whom is kept; not who it was or what was said.",
    ),
    "gegevens.erase.pseudonym": ("Pseudoniem van de verteller", "Storyteller's pseudonym"),
    "gegevens.erase.confirm": (
        "Ik begrijp dat dit niet ongedaan kan worden.",
        "I understand that this cannot be undone.",
    ),
    "gegevens.erase.button": ("Wissen", "Erase"),
    "gegevens.erase.done": ("{count} verhaal/verhalen gewist.", "{count} stor(y/ies) erased."),
    "gegevens.erase.log": ("Eerder gewist", "Erased before"),
    # about page
    "about.intro": (
        "Impactdialoog zet drie manieren van kijken naast elkaar, zodat gemeente en organisatie samen "
        "het gesprek voeren over wat sociaal werk oplevert.",
        "Impactdialoog puts three ways of looking side by side, so that municipality and organisation "
        "can talk together about what social work achieves.",
    ),
    "about.doelmatigheid": (
        "Indicatoren, doelen, bereik, kosten en baten. Bij elke indicator staat wie hem koos. "
        "Cijfers over minder dan tien mensen tonen we niet aan de gemeente.",
        "Indicators, targets, reach, costs and benefits. Each indicator shows who chose it. "
        "Figures about fewer than ten people are not shown to the municipality.",
    ),
    "about.betekenisgeving": (
        "Verhalen over verandering in de woorden van bewoners, volgens de Most Significant Change-methode. "
        "Ook negatieve en onverwachte veranderingen tellen mee. Panels kiezen in selectierondes het meest "
        "betekenisvolle verhaal en schrijven op waarom. Een verhaal komt alleen bij de gemeente als de "
        "verteller daar toestemming voor gaf, en dan zonder namen, adressen of andere persoonsgegevens.",
        "Stories of change in residents' own words, following the Most Significant Change method. "
        "Negative and unexpected changes count too. In selection rounds, panels choose the most significant "
        "story and write down why. A story reaches the municipality only when the storyteller consented, "
        "and then without names, addresses or other personal details.",
    ),
    "about.vakmanschap": (
        "Wat professionals deden en waarom: werkwijzen, reflecties en moreel beraad, en de waarden van "
        "het vak (trouw, nabijheid, gelijkwaardigheid, innovatief vermogen). Interne reflecties blijven "
        "binnen de organisatie.",
        "What professionals did and why: methods, reflections and moral deliberation, and the values of "
        "the profession (loyalty, closeness, equality, innovation). Internal reflections stay within "
        "the organisation.",
    ),
    "about.roles": ("Wie ziet wat?", "Who sees what?"),
    "about.roles.text": (
        "Beheer en professionals van de organisatie zien alles wat binnen de organisatie gedeeld mag worden. "
        "De gemeente en het scherm in een bijeenkomst (presentatie) zien cijfers zonder kleine groepen, "
        "verhalen met toestemming en gedeelde reflecties zonder namen.",
        "Data stewards and professionals of the organisation see everything that may be shared within "
        "the organisation. The municipality and the shared screen in a meeting (presentation) see figures "
        "without small groups, consented stories and shared reflections without names.",
    ),
    # legitimation dossier (PDF and Excel) and its page
    "page.dossier": ("Dossier", "Legitimation dossier"),
    "report.page": ("pagina {page} van {pages}", "page {page} of {pages}"),
    "dossier.kicker": ("Legitimatiedossier", "Legitimation dossier"),
    "dossier.footer": ("Legitimatiedossier · {programme}", "Legitimation dossier · {programme}"),
    "dossier.subtitle": (
        "{organisation}, voor de gemeente {municipality}",
        "{organisation}, for the municipality of {municipality}",
    ),
    "dossier.fact.organisation": ("Organisatie", "Organisation"),
    "dossier.fact.municipality": ("Gemeente", "Municipality"),
    "dossier.fact.period": ("Periode", "Period"),
    "dossier.fact.kind": ("Soort sociaal werk", "Kind of social work"),
    "dossier.fact.target_group": ("Doelgroep", "Target group"),
    "dossier.fact.about": ("Wat het programma doet", "What the programme does"),
    "dossier.fact.generated": ("Gemaakt op", "Generated on"),
    "dossier.how_to_read": ("Zo leest u dit dossier", "How to read this dossier"),
    "dossier.how_to_read.text": (
        "Dit dossier laat het programma op drie manieren zien: in cijfers (doelmatigheid), in de woorden van "
        "bewoners (betekenisgeving) en in de afwegingen van professionals (vakmanschap). Het begint bij de "
        "redeneerlijn: hoe het werk tot resultaat moet leiden, en welke aannames daaronder liggen. Het is "
        "gemaakt zoals de gemeente het programma ziet: alleen verhalen van vertellers die toestemming gaven, "
        "zonder namen of andere herkenbare gegevens; alleen reflecties die professionals deelden, zonder "
        "namen; cijfers over minder dan {min_cell} mensen staan er niet in (u ziet dan <{min_cell}). Cijfers "
        "zijn een begin van het gesprek, geen afrekenlijst.",
        "This dossier shows the programme in three ways: in figures (effectiveness), in the words of "
        "residents (meaning) and in the judgement of professionals (craft). It starts with the reasoning "
        "line: how the work should lead to results, and which assumptions lie beneath. It is made the way "
        "the municipality sees the programme: only stories whose storytellers consented, without names or "
        "other identifying details; only reflections professionals shared, without names; figures about "
        "fewer than {min_cell} people are left out (you see <{min_cell}). Figures start the conversation; "
        "they are not a scorecard.",
    ),
    "dossier.glance": ("In het kort", "At a glance"),
    "dossier.glance.indicators": (
        "Kernindicatoren die hun doel halen: {on_track} van de {total}.",
        "Key indicators that meet their target: {on_track} of {total}.",
    ),
    "dossier.glance.value": (
        "Maatschappelijke waarde per geïnvesteerde euro: {ratio} (bandbreedte {low} tot {high}).",
        "Social value per euro invested: {ratio} (range {low} to {high}).",
    ),
    "dossier.glance.no_value": ("Er is geen waardeberekening vastgelegd.", "No value calculation has been recorded."),
    "dossier.glance.stories": (
        "{total} verhalen gedeeld met de gemeente; panels kozen er {selected} als belangrijkste verandering.",
        "{total} stories shared with the municipality; panels selected {selected} as the most significant change.",
    ),
    "dossier.glance.reflections": (
        "{total} reflecties van professionals gedeeld met de gemeente.",
        "{total} reflections of professionals shared with the municipality.",
    ),
    "dossier.section.line": ("Redeneerlijn", "Reasoning line"),
    "dossier.line.intro": (
        "Hoe het programma werkt, van wat professionals doen tot wat het de buurt oplevert. Elke stap heeft een "
        "nummer; onder de tekening staat per schakel de aanname, hoe zeker de organisatie daarvan is en waar "
        "dat op rust.",
        "How the programme works, from what professionals do to what it yields for the neighbourhood. Each step "
        "has a number; below the drawing, each link shows its assumption, how sure the organisation is of it "
        "and what that rests on.",
    ),
    "dossier.line.none": (
        "Voor dit programma is nog geen redeneerlijn vastgelegd.",
        "No reasoning line has been recorded for this programme yet.",
    ),
    "dossier.level.interventie": ("Wat we doen", "What we do"),
    "dossier.level.resultaat": ("Direct resultaat", "Direct result"),
    "dossier.level.uitkomst": ("Uitkomst", "Outcome"),
    "dossier.level.impact": ("Impact", "Impact"),
    "dossier.step.evidence": (
        "cijfers {indicators} · verhalen {stories} · reflecties {reflections}",
        "figures {indicators} · stories {stories} · reflections {reflections}",
    ),
    "dossier.step.blind_spot": ("nog geen bewijs", "no evidence yet"),
    "dossier.line.evidence_note": (
        "Onder elke stap: hoeveel cijfers, verhalen en reflecties in dit dossier erover gaan. Een uitkomst "
        "zonder bewijs is een blinde vlek: niemand meet het en niemand vertelt erover.",
        "Under each step: how many figures, stories and reflections in this dossier concern it. An outcome "
        "without evidence is a blind spot: nobody measures it and nobody tells about it.",
    ),
    "dossier.line.links": ("Aannames op de schakels", "Assumptions on the links"),
    "dossier.col.step": ("Nr.", "No."),
    "dossier.col.level": ("Niveau", "Level"),
    "dossier.col.description": ("Stap", "Step"),
    "dossier.col.link": ("Schakel", "Link"),
    "dossier.col.from": ("Van stap", "From step"),
    "dossier.col.to": ("Naar stap", "To step"),
    "dossier.col.assumption": ("Aanname", "Assumption"),
    "dossier.col.confidence": ("Vertrouwen", "Confidence"),
    "dossier.col.evidence": ("Onderbouwing", "Evidence"),
    "dossier.col.indicators": ("Cijfers", "Figures"),
    "dossier.col.stories": ("Verhalen", "Stories"),
    "dossier.col.reflections": ("Reflecties", "Reflections"),
    "dossier.section.indicators": ("Kernindicatoren en doelen", "Key indicators against targets"),
    "dossier.indicators.intro": (
        "De belangrijkste cijfers van het programma, uitkomsten eerst. 'Begin' en 'nu' zijn het gemiddelde van "
        "de eerste en de laatste drie maanden van de periode; het doel is dat van de laatste maand.",
        "The programme's main figures, outcomes first. 'Start' and 'now' are the mean of the first and the "
        "last three months of the period; the target is that of the last month.",
    ),
    "dossier.indicators.none": ("Geen cijfers in deze periode.", "No figures in this period."),
    "dossier.col.indicator": ("Indicator", "Indicator"),
    "dossier.col.chain": ("Keten", "Chain"),
    "dossier.col.set_by": ("Gekozen door", "Chosen by"),
    "dossier.col.ambition": ("Ambitie van de gemeente", "Municipal ambition"),
    "dossier.col.unit": ("Eenheid", "Unit"),
    "dossier.col.baseline": ("Begin", "Start"),
    "dossier.col.current": ("Nu", "Now"),
    "dossier.col.target": ("Doel", "Target"),
    "dossier.col.status": ("Stand", "Status"),
    "dossier.col.suppressed_months": ("Afgeschermde maanden", "Suppressed months"),
    "dossier.status.on_track": ("haalt het doel", "meets the target"),
    "dossier.status.off_track": ("haalt het doel niet", "misses the target"),
    "dossier.status.no_target": ("geen doel", "no target"),
    "dossier.status.suppressed": ("afgeschermd", "suppressed"),
    "dossier.status.no_data": ("geen gegevens", "no data"),
    "dossier.suppressed_note": (
        "<{min_cell}: dit cijfer rust op minder dan {min_cell} mensen en blijft daarom buiten dit dossier, ook "
        "buiten elk totaal.",
        "<{min_cell}: this figure rests on fewer than {min_cell} people and so stays out of this dossier, and "
        "out of every total.",
    ),
    "dossier.suppressed_months_note": (
        "Maanden met minder dan {min_cell} mensen zijn weggelaten: {count} maanden bij {indicators} indicatoren.",
        "Months with fewer than {min_cell} people are left out: {count} months for {indicators} indicators.",
    ),
    "dossier.section.value": ("Maatschappelijke waarde", "Social value"),
    "dossier.value.intro": (
        "Wat het programma de samenleving naar schatting oplevert, omgerekend naar euro's (SROI/MKBA), en "
        "tegen welke aannames.",
        "What the programme is estimated to yield for society, expressed in euros (SROI/social cost-benefit "
        "analysis), and on which assumptions.",
    ),
    "dossier.value.none": (
        "Voor dit programma is geen waardeberekening vastgelegd. Dit dossier noemt daarom geen bedragen of ratio's.",
        "No value calculation has been recorded for this programme, so this dossier gives no amounts or ratios.",
    ),
    "dossier.value.key_figures": ("Kerncijfers", "Key figures"),
    "dossier.value.band_note": (
        "Laag: proxy's 25% lager en aftrekposten 25% hoger. Hoog: andersom. Een ratio boven 1 betekent dat de "
        "geschatte waarde groter is dan de investering.",
        "Low: proxies 25% lower and deductions 25% higher. High: the other way round. A ratio above 1 means the "
        "estimated value exceeds the investment.",
    ),
    "dossier.contents": ("Inhoud", "Contents"),
    "dossier.indicator.meta": ("Gekozen door: {who}", "Chosen by: {who}"),
    "dossier.indicator.meta_unit": ("In {unit} · gekozen door: {who}", "In {unit} · chosen by: {who}"),
    "dossier.value.range": ("Bandbreedte", "Range"),
    "dossier.value.effects": ("Aannames per effect", "Assumptions per effect"),
    "dossier.value.sources": ("Bronnen van de proxy's", "Sources of the proxies"),
    "dossier.value.rate": ("Discontovoet: {rate}.", "Discount rate: {rate}."),
    "dossier.col.item": ("Onderdeel", "Item"),
    "dossier.col.amount": ("Bedrag", "Amount"),
    "dossier.col.scenario": ("Scenario", "Scenario"),
    "dossier.col.present_value": ("Contante waarde", "Present value"),
    "dossier.col.ratio": ("Ratio", "Ratio"),
    "dossier.section.stories": ("Verhalen van bewoners", "Stories of residents"),
    "dossier.stories.intro": (
        "Verhalen die een panel van team, organisatie of gemeente koos als belangrijkste verandering, de "
        "hoogste keuze eerst. Namen, plaatsen en andere herkenbare gegevens zijn vervangen door bijvoorbeeld "
        "[naam] of [plaats].",
        "Stories a panel of the team, the organisation or the municipality selected as the most significant "
        "change, the highest panel first. Names, places and other identifying details are replaced by, for "
        "example, [naam] or [plaats].",
    ),
    "dossier.stories.counts": (
        "In deze periode zijn {total} verhalen met de gemeente gedeeld; {selected} werden gekozen, {negative} "
        "gaan over een negatieve en {unintended} over een onverwachte verandering.",
        "In this period {total} stories were shared with the municipality; {selected} were selected, {negative} "
        "tell of a negative and {unintended} of an unexpected change.",
    ),
    "dossier.stories.none": (
        "In deze periode koos geen panel een verhaal dat met de gemeente gedeeld mag worden.",
        "In this period no panel selected a story that may be shared with the municipality.",
    ),
    "dossier.story.chosen": ("Gekozen door het panel van de {level}.", "Selected by the {level} panel."),
    "dossier.story.told_by": ("Verteld door een {role} · {domain} · {date}", "Told by a {role} · {domain} · {date}"),
    "dossier.story.kind": ("Soort verandering:", "Kind of change:"),
    "dossier.story.text": ("Het verhaal:", "The story:"),
    "dossier.section.reflections": ("Reflecties van professionals", "Reflections of professionals"),
    "dossier.reflections.intro": (
        "Hoe professionals werkten en wat zij leerden, in hun eigen woorden: de meest recente reflecties die "
        "zij met de gemeente deelden, zonder namen.",
        "How professionals worked and what they learned, in their own words: the most recent reflections "
        "they shared with the municipality, without names.",
    ),
    "dossier.reflections.none": (
        "In deze periode deelden professionals geen reflecties met de gemeente.",
        "In this period professionals shared no reflections with the municipality.",
    ),
    "dossier.reflection.by": ("Door een {professional} · {date}", "By a {professional} · {date}"),
    "dossier.reflection.what": ("Wat er gebeurde:", "What happened:"),
    "dossier.reflection.differently": ("Wat ik anders ga doen:", "What I will do differently:"),
    "dossier.reflection.values": ("Waarden van het vak:", "Professional values:"),
    "dossier.section.beside": ("Wat de cijfers niet laten zien", "What the numbers do not show"),
    "dossier.beside.intro": (
        "Effecten die niet of niet alleen in euro's te vangen zijn, ook de negatieve en onverwachte.",
        "Effects that money does not (fully) capture, negative and unexpected ones included.",
    ),
    "dossier.beside.none": ("Geen effecten naast het geld vastgelegd.", "No effects beside the money recorded."),
    "dossier.col.kind": ("Soort", "Kind"),
    "dossier.col.effect": ("Effect", "Effect"),
    "dossier.col.valence": ("Richting", "Direction"),
    "dossier.col.intention": ("Bedoeld", "Intended"),
    "dossier.col.directness": ("Direct", "Direct"),
    "dossier.col.title": ("Titel", "Title"),
    "dossier.col.domain": ("Domein", "Domain"),
    "dossier.col.storyteller": ("Verteller", "Storyteller"),
    "dossier.col.date": ("Datum", "Date"),
    "dossier.col.selected": ("Gekozen door panel", "Selected by panel"),
    "dossier.col.why": ("Waarom belangrijk", "Why it matters"),
    "dossier.col.text": ("Verhaal", "Story"),
    "dossier.col.method": ("Werkwijze", "Method"),
    "dossier.col.professional": ("Professional (rol)", "Professional (role)"),
    "dossier.col.values": ("Waarden", "Values"),
    "dossier.col.what": ("Wat er gebeurde", "What happened"),
    "dossier.col.learned": ("Geleerd", "Learned"),
    "dossier.col.differently": ("Anders doen", "Do differently"),
    "dossier.col.dilemma": ("Dilemma", "Dilemma"),
    "dossier.col.choice": ("Keuze", "Choice"),
    "dossier.col.fact": ("Gegeven", "Item"),
    "dossier.col.value": ("Waarde", "Value"),
    "dossier.sheet.cover": ("Voorblad", "Cover"),
    "dossier.sheet.line": ("Redeneerlijn", "Reasoning line"),
    "dossier.sheet.indicators": ("Indicatoren", "Indicators"),
    "dossier.sheet.value": ("Waarde", "Value"),
    "dossier.sheet.stories": ("Verhalen", "Stories"),
    "dossier.sheet.reflections": ("Reflecties", "Reflections"),
    "dossier.sheet.beside": ("Naast de cijfers", "Beside the numbers"),
    "dossier.page.intro": (
        "Een dossier over één programma om mee te nemen naar de gemeente: de redeneerlijn, de kernindicatoren "
        "tegen hun doelen, de maatschappelijke waarde met aannames en bandbreedte, gekozen verhalen en gedeelde "
        "reflecties. Als PDF om te lezen en als Excel-werkmap om mee te rekenen.",
        "A dossier on one programme to take to the municipality: the reasoning line, the key indicators "
        "against their targets, the social value with assumptions and range, selected stories and shared "
        "reflections. As a PDF to read and as an Excel workbook to work with.",
    ),
    "dossier.page.outside": (
        "Het dossier gaat naar buiten. Daarom toont het altijd wat de gemeente mag zien, ook als u van de "
        "organisatie bent: alleen verhalen met toestemming en zonder namen, alleen gedeelde reflecties zonder "
        "namen, en geen cijfers over minder dan {min_cell} mensen.",
        "The dossier goes outside. So it always shows what the municipality may see, even when you are with "
        "the organisation: only consented stories without names, only shared reflections without names, and "
        "no figures about fewer than {min_cell} people.",
    ),
    "dossier.page.scope": (
        "Programma: {programme}. Periode: {period}, alle wijken.",
        "Programme: {programme}. Period: {period}, all neighbourhoods.",
    ),
    "dossier.page.municipality": ("Voor de gemeente", "For the municipality"),
    "dossier.page.make": ("Maak dossier", "Make dossier"),
    "dossier.page.making": ("Het dossier wordt gemaakt…", "Making the dossier…"),
    "dossier.page.no_funder": (
        "Geen gemeente financiert dit programma, dus er is niemand om het dossier voor te maken.",
        "No municipality funds this programme, so there is nobody to make the dossier for.",
    ),
    "dossier.page.made": ("Dossier gemaakt in {seconds} seconden.", "Dossier made in {seconds} seconds."),
    "dossier.page.pdf": ("Download PDF", "Download PDF"),
    "dossier.page.xlsx": ("Download Excel", "Download Excel"),
}

TEXTS.update(
    {
        "gegevens.tab.audit": ("Logboek", "Audit log"),
        "gegevens.audit.text": (
            "Wie wat heeft vastgelegd of gewijzigd, en wanneer; nooit wat er stond. U ziet alleen wat uw eigen "
            "organisatie betreft.",
            "Who recorded or changed what, and when; never what it said. You see only what concerns your own "
            "organisation.",
        ),
        "gegevens.audit.none": ("Er staat nog niets in het logboek.", "The audit log is still empty."),
        "gegevens.audit.when": ("Wanneer", "When"),
        "gegevens.audit.role": ("Rol", "Role"),
        "gegevens.audit.who": ("Wie", "Who"),
        "gegevens.audit.action": ("Wat", "What"),
        "gegevens.audit.table": ("Soort gegevens", "Kind of data"),
        "gegevens.audit.record": ("Welk record", "Which record"),
        # the access policy's refusals
        "policy.record_story": (
            "Alleen professionals en beheer van de organisatie kunnen verhalen vastleggen.",
            "Only professionals and stewards of the organisation can record stories.",
        ),
        "policy.record_reflection": (
            "Alleen professionals en beheer van de organisatie kunnen reflecties vastleggen.",
            "Only professionals and stewards of the organisation can record reflections.",
        ),
        "policy.write_meeting": (
            "Het gedeelde scherm kan meekijken, niets vastleggen; gebruik uw eigen rol.",
            "The shared screen can watch, not record; use your own role.",
        ),
        "policy.run_team_round": (
            "Een selectieronde van het team of de organisatie is van de organisatie zelf.",
            "A selection round of the team or the organisation belongs to the organisation itself.",
        ),
        "policy.run_municipality_round": (
            "Het gedeelde scherm kan meekijken, niet stemmen of kiezen; gebruik uw eigen rol.",
            "The shared screen can watch, not vote or choose; use your own role.",
        ),
        "policy.edit_reasoning_line": (
            "Het gedeelde scherm kan de redeneerlijn tonen, niet bewerken; gebruik uw eigen rol.",
            "The shared screen can show the reasoning line, not edit it; use your own role.",
        ),
        "policy.steward_data": (
            "Alleen beheer van de organisatie mag gegevens inlezen, uitvoeren of wissen. U bent aangemeld als {role}.",
            "Only the organisation's steward may import, export or erase data. You are signed in as {role}.",
        ),
        "policy.steward_platform": (
            "Alleen het platformbeheer (beheer@platform) mag de hele database opslaan of terugzetten.",
            "Only the platform steward (beheer@platform) may back up or restore the whole database.",
        ),
        "policy.other_organisation": (
            "Dit hoort bij een andere organisatie; u kunt alleen iets doen met gegevens van uw eigen organisatie.",
            "This belongs to another organisation; you can only act on your own organisation's data.",
        ),
    }
)

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

_MONTHS = {
    "nl": ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


def t(key: str, lang: Lang = "nl", **values: object) -> str:
    text = TEXTS[key][LANGUAGES.index(lang)]
    return text.format(**values) if values else text


def label(namespace: str, value: str, lang: Lang = "nl") -> str:
    """The name of an allowed value; an unknown (user-added) value shows as itself."""
    names = LABELS[namespace].get(str(value))
    return names[LANGUAGES.index(lang)] if names else str(value).replace("_", " ")


def month_name(month: object, lang: Lang = "nl") -> str:
    return f"{_MONTHS[lang][month.month - 1]} {month.year}"  # type: ignore[attr-defined]


def amount(value: float | None, unit: str, lang: Lang = "nl", *, missing: str = "–", with_unit: bool = True) -> str:
    """An indicator value: one decimal for rates and scores, whole numbers for counts."""
    if value is None or value != value:  # None or NaN
        return missing
    shown = number(value, lang, 1 if unit == "%" or unit.startswith("score") else 0)
    if unit == "%":
        return f"{shown}%"
    return f"{shown} {unit}" if with_unit else shown


def money(value: float, lang: Lang = "nl") -> str:
    """An amount in euros to the cent: € 1.234,50 (nl) or €1,234.50 (en)."""
    sign = "-" if value < 0 else ""
    return f"{sign}€ {number(abs(value), lang, 2)}" if lang == "nl" else f"{sign}€{number(abs(value), lang, 2)}"


def number(value: float, lang: Lang = "nl", decimals: int = 0) -> str:
    """A number as the reader writes it: 1.234,5 in Dutch, 1,234.5 in English."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".") if lang == "nl" else text
