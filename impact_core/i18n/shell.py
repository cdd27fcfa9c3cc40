"""User-facing text of the app's frame: title, sign-in, navigation, filters,
presentation mode, the about page, refusals.

Each key maps to (Dutch, English).
"""

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
        "Demo-omgeving met verzonnen gegevens van Voorbeeldstad, Rivierdorp en het Vlaamse Scheldebeek. "
        "Kies hieronder een rol om te zien wat die rol ziet.",
        "Demo environment with fictional data of Voorbeeldstad, Rivierdorp and Flemish Scheldebeek. "
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
    "page.start": ("Op weg", "Getting started"),
    "page.about": ("Over de drie sporen", "About the three tracks"),
    "page.vakmanschap": ("Vakmanschap", "Craft"),
    "form.choose": ("Kies…", "Choose…"),
    "form.required_note": ("Velden met * zijn verplicht.", "Fields marked * are required."),
    # indicator library and trends
    "page.library": ("Indicatoren", "Indicators"),
    "page.trends": ("Trends", "Trends"),
    "page.value": ("Waarde (business case)", "Value (business case)"),
    # filters
    "filter.heading": ("Wat bekijken we?", "What are we looking at?"),
    "filter.programme": ("Programma", "Programme"),
    "page.reasoning": ("Redeneerlijn", "Reasoning line"),
    "nav.together": ("Samen", "Together"),
    "nav.more": ("Meer", "More"),
    "presentation.start": ("Presentatiemodus", "Presentation mode"),
    "presentation.help": (
        "Voor het gedeelde scherm: grote letters, geen bedieningselementen, alleen wat de gemeente mag zien "
        "(gemaskeerde verhalen met toestemming, gedeelde reflecties, kleine groepen weggelaten).",
        "For the shared screen: large type, no controls, only what the municipality may see "
        "(masked stories with consent, shared reflections, small groups left out).",
    ),
    "presentation.leave": ("Presentatie verlaten", "Leave presentation"),
    "presentation.more_indicators": ("Trends hiervan op de pagina Trends:", "Their trends are on the Trends page:"),
    "presentation.dossier": (
        "Het dossier (PDF en Excel) maakt u buiten de presentatiemodus.",
        "Make the dossier (PDF and Excel) outside presentation mode.",
    ),
    "presentation.small_groups": (
        "Groepen onder de {threshold} mensen tellen niet mee.",
        "Groups under {threshold} people are not counted.",
    ),
    "presentation.more_stories": (
        "Nog {count} {count|verhaal|verhalen}, te lezen op de pagina Verhalen.",
        "{count} more {count|story|stories}, to read on the Stories page.",
    ),
    "presentation.more_reflections": (
        "Nog {count} {count|reflectie|reflecties}, te lezen op de pagina Vakmanschap.",
        "{count} more {count|reflection|reflections}, to read on the Vakmanschap page.",
    ),
    "filter.outcome": ("Uitkomst", "Outcome"),
    "filter.all_outcomes": ("Alle uitkomsten", "All outcomes"),
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
    "track.doelmatigheid": ("Doelmatigheid", "Effectiveness"),
    "track.doelmatigheid.question": ("Wat laten de cijfers zien?", "What do the numbers show?"),
    "track.betekenisgeving": ("Betekenisgeving", "Meaning"),
    "track.betekenisgeving.question": ("Wat veranderde er voor mensen?", "What changed for people?"),
    "track.vakmanschap": ("Vakmanschap", "Craft"),
    "track.vakmanschap.question": ("Hoe werkten professionals, en waarom?", "How did professionals work, and why?"),
    "chart.value": ("Waarde", "Value"),
    "chart.target": ("Doel", "Target"),
    "chart.trend_title": ("Waarde per maand tegen het doel", "Value per month against the target"),
    "chart.trend_alt.period": (
        "waarde per maand van {start} tot en met {end}, met het doel als stippellijn",
        "value per month from {start} to {end}, with the target as a dashed line",
    ),
    "chart.trend_alt.against": ("Nu {value}, doel {target}: {status}", "Now {value}, target {target}: {status}"),
    "chart.trend_alt.no_target": ("Nu {value}, zonder doel", "Now {value}, without a target"),
    "chart.as_table": ("De cijfers van deze grafiek als tabel", "This chart's figures as a table"),
    "chart.col.period": ("Periode", "Period"),
    "chart.col.programme": ("Programma", "Programme"),
    "chart.col.value": ("Beroepswaarde", "Professional value"),
    "chart.col.share": ("Aandeel reflecties", "Share of reflections"),
    "chart.col.times": ("Aantal keer", "Times"),
    "chart.col.step": ("Stap", "Step"),
    "chart.col.amount": ("Bedrag", "Amount"),
    "chart.col.variant": ("Variant", "Variant"),
    "chart.col.ratio": ("Ratio", "Ratio"),
    "chart.summary.none": ("Grafiek zonder gegevens.", "Chart without data."),
    "chart.summary.trend": (
        "Grafiek van {name} van {start} tot en met {end}: in {month} {value}.",
        "Chart of {name} from {start} to {end}: {value} in {month}.",
    ),
    "chart.summary.trend_target": ("Het doel is dan {target}.", "The target then is {target}."),
    "chart.summary.trend_empty": (
        "Grafiek van {name}: geen maand met een getoonde waarde.",
        "Chart of {name}: no month with a value shown.",
    ),
    "chart.summary.radar": (
        "Radar van {values} beroepswaarden voor {programmes} programma('s); het grootste aandeel: {value},"
        " {share} van de reflecties van {programme}.",
        "Radar of {values} professional values for {programmes} programme(s); the largest share: {value},"
        " {share} of the reflections of {programme}.",
    ),
    "chart.summary.over_time": (
        "Gestapelde staven per kwartaal, {start} tot en met {end}; het vaakst kwam {value} terug ({times} keer).",
        "Stacked bars per quarter, {start} to {end}; {value} came up most often ({times} times).",
    ),
    "chart.summary.waterfall": (
        "Waterval van de bruto waarde {gross} via de correcties naar de contante waarde {present}.",
        "Waterfall from the gross value {gross} through the corrections to the present value {present}.",
    ),
    "chart.summary.sensitivity": ("Ratio per variant: {ratios}.", "Ratio per variant: {ratios}."),
    "chart.summary.flows": (
        "Stroomdiagram: wie investeert of bijdraagt links, wie ontvangt rechts; hieronder staat elke stroom.",
        "Flow diagram: who invests or contributes on the left, who gains on the right; each flow is listed below.",
    ),
    "chart.summary.reasoning": (
        "Tekening van de redeneerlijn, van interventie naar impact; de tabellen eronder geven elke stap en"
        " elke pijl met de aanname.",
        "Drawing of the reasoning line, from intervention to impact; the tables below give each step and"
        " each arrow with its assumption.",
    ),
    "chart.quarter": ("K{quarter} {year}", "Q{quarter} {year}"),
    # betekenisgeving: the story collection, search and entry
    "page.stories": ("Verhalen", "Stories"),
    # betekenisgeving: selection rounds
    "page.rounds": ("Selectierondes", "Selection rounds"),
    # meetings of a leeratelier: preparation, during the meeting, minutes, open afspraken
    "page.meetings": ("Bijeenkomsten", "Meetings"),
    "all.period": ("{start} t/m {end}", "{start} to {end}"),
    # data page (data steward)
    "page.gegevens": ("Gegevens", "Data"),
    # about page: the accessibility statement, in the format of digitoegankelijk.nl
    "about.accessibility": ("Toegankelijkheidsverklaring", "Accessibility statement"),
    "about.accessibility.text": (
        "Impactdialoog wil voor iedereen bruikbaar zijn en richt zich op **WCAG 2.1 niveau AA**"
        " (de norm EN 301 549).\n\n"
        "**Status.** Eerste maatregelen genomen. Alle pagina's zijn automatisch getoetst en voldoen aan"
        " de toetsen hieronder; een onderzoek door een onafhankelijke deskundige, dat voor de status"
        " *voldoet* nodig is, is nog niet gedaan.\n\n"
        "**Wat is onderzocht.** Alle twaalf pagina's, elk in vier toestanden: zoals de organisatie ze ziet,"
        " in presentatiemodus, als gemeente, en met elk tabblad en elke uitklapper open.\n\n"
        "**Hoe.** Met axe-core 4.14 in Chromium, op de regels van WCAG 2.0 en 2.1 niveau A en AA, met het"
        " venster zo hoog als de pagina (axe meet contrast alleen wat in beeld is). Daarnaast bij elke"
        " toestand: de taal van de pagina, een eigen titel per pagina en koppen zonder overgeslagen niveau."
        " De toets draait bij elke wijziging (`tests/browser/test_accessibility.py`).\n\n"
        "**Toetsenbord.** Vier taken alleen met het toetsenbord (Tab, pijltjes, Enter, spatie en typen):"
        " het programma kiezen in de zijbalk, een pagina openen via de navigatie bovenaan, de"
        " presentatiemodus aan- en uitzetten, en een verhaal invoeren, controleren en opslaan. Bij elke"
        " stap is gemeten dat de focus zichtbaar is: een rand van minstens 2 pixels met minstens 3:1"
        " contrast (`tests/browser/test_keyboard.py`). Alle vier lukken. Voorheen was de focus in het"
        " hoofdvak niet te zien, bovenaan nauwelijks (1,5:1), op de knop voor volledig scherm van een"
        " grafiek helemaal niet, en viel de focus na de presentatiemodus en na het opslaan weg. Nu staat"
        " er overal een donkere rand (14,5:1) en gaat de focus naar de knop of het veld waarmee u verder"
        " gaat. Verplichte velden hebben een * en een foutmelding zegt hoe u het oplost, zoals"
        ' "titel: is leeg; vul het in, dit veld is verplicht".\n\n'
        "**Resultaat.** Voor de aanpassingen vond axe 256 overtredingen: 242 keer te weinig contrast"
        " (onderschriften: 4,0:1 en in de zijbalk 3,9:1, waar 4,5:1 nodig is) en 14 keer een trendplaatje"
        " zonder tekstalternatief. Nu: 0, in alle vier de toestanden. Ook de asteksten van grafieken"
        " (3,7:1) zijn nu donker genoeg. Verder heeft de pagina de juiste taal (`lang`), elke pagina een eigen titel,"
        " lopen de koppen zonder sprongen, is de naam van een indicator de kop en niet het getal, en heeft"
        " elke grafiek een zin en een tabel met de cijfers. In de presentatiemodus blijft onder 768 pixels"
        " breed (200% zoom) de knop van de zijbalk staan, want daar staat dan de navigatie.\n\n"
        "**Bekende beperkingen** (van Streamlit, waar deze app op draait, en buiten onze macht):\n\n"
        '- een paar teksten van Streamlit zelf zijn Engels, ook op een Nederlandse pagina: "Skip to main'
        ' content", "Select all" in keuzelijsten, "Choose date", "Help for", de datumkiezer, "Press Enter'
        ' to apply";\n'
        "- de pagina's in de navigatie bovenaan bereikt u met de pijltjestoetsen in het menu van een groep"
        " (Enter opent het), niet met Tab;\n"
        "- een datumveld opent zijn kalender zodra het de focus krijgt;\n"
        "- een verplicht veld is gemarkeerd met een * in het label; Streamlit geeft het niet door als"
        " verplicht aan een schermlezer;\n"
        "- met de zijbalk ingeklapt blijven de velden erin bereikbaar met Tab, onzichtbaar;\n"
        "- tabellen worden als canvas getekend: een schermlezer leest ze cel voor cel, minder vlot dan een"
        " gewone tabel;\n"
        "- axe toetst wat een machine kan toetsen; of een tekst begrijpelijk is of een volgorde logisch,"
        " vraagt een mens.\n\n"
        "**Een probleem melden.** Loopt u tegen iets aan? Meld het bij de beheerder van uw organisatie;"
        " die geeft het door aan de ontwikkelaars.",
        "Impactdialoog aims to be usable by everyone and works to **WCAG 2.1 level AA**"
        " (the standard EN 301 549).\n\n"
        "**Status.** First measures taken. Every page has been tested automatically and passes the tests"
        " below; an audit by an independent expert, which the status *compliant* requires, has not yet been"
        " done.\n\n"
        "**What was tested.** All twelve pages, each in four states: as the organisation sees them, in"
        " presentation mode, as the municipality, and with every tab and expander open.\n\n"
        "**How.** With axe-core 4.14 in Chromium, on the rules of WCAG 2.0 and 2.1 levels A and AA, with the"
        " window as tall as the page (axe measures contrast only in view). Besides, in every state: the"
        " page's language, a title of its own per page and headings that skip no level. The test runs on"
        " every change (`tests/browser/test_accessibility.py`).\n\n"
        "**Keyboard.** Four tasks with the keyboard alone (Tab, arrows, Enter, space and typing): choosing"
        " the programme in the sidebar, opening a page from the navigation at the top, turning presentation"
        " mode on and off, and entering, checking and saving a story. At every step the focus was measured"
        " to be visible: a ring of at least 2 pixels at 3:1 contrast or more"
        " (`tests/browser/test_keyboard.py`). All four succeed. Before, focus could not be seen in the main"
        " area, barely at the top (1.5:1), not at all on a chart's fullscreen button, and it was lost after"
        " presentation mode and after saving. Now a dark ring (14.5:1) shows everywhere and focus moves to"
        " the button or field you continue with. Required fields have a * and an error message says how to"
        ' put it right, such as "titel: is empty; fill it in, this field is required".\n\n'
        "**Result.** Before the changes axe found 256 violations: 242 of too little contrast (captions:"
        " 4.0:1, and 3.9:1 in the sidebar, where 4.5:1 is needed) and 14 of a trend picture without a text"
        " alternative. Now: 0, in all four states. Chart axis labels (3.7:1) are dark enough now too. Besides,"
        " the page has the right language (`lang`), each page a title of its own, headings run without"
        " jumps, an indicator's name is the heading rather than its figure, and every chart has a sentence"
        " and a table of its figures. In presentation mode below 768 pixels wide (200% zoom) the"
        " sidebar's button stays, as the navigation is there at those widths.\n\n"
        "**Known limitations** (of Streamlit, which this app runs on, and out of our hands):\n\n"
        '- a few of Streamlit\'s own texts are English, on a Dutch page too: "Skip to main content",'
        ' "Select all" in selection lists, "Choose date", "Help for", the date picker, "Press Enter to'
        ' apply";\n'
        "- the pages in the navigation at the top are reached with the arrow keys in a group's menu (Enter"
        " opens it), not with Tab;\n"
        "- a date field opens its calendar as soon as it gets focus;\n"
        "- a required field is marked with a * in its label; Streamlit does not pass it on to a screen"
        " reader as required;\n"
        "- with the sidebar folded away its fields can still be reached with Tab, unseen;\n"
        "- tables are drawn on a canvas: a screen reader reads them cell by cell, less smoothly than a plain"
        " table;\n"
        "- axe tests what a machine can test; whether a text is understandable or an order logical takes"
        " a person.\n\n"
        "**Reporting a problem.** Something in your way? Tell your organisation's steward, who passes it on"
        " to the developers.",
    ),
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
    # the access policy's refusals
    "policy.record_story": (
        "Alleen professionals en beheer van de organisatie kunnen verhalen vastleggen.",
        "Only professionals and stewards of the organisation can record stories.",
    ),
    "policy.record_reflection": (
        "Alleen professionals en beheer van de organisatie kunnen reflecties vastleggen.",
        "Only professionals and stewards of the organisation can record reflections.",
    ),
    "policy.record_instrument_score": (
        "Alleen professionals en beheer van de organisatie kunnen scores op de Zelfredzaamheid-Matrix of "
        "Positieve Gezondheid vastleggen.",
        "Only professionals and stewards of the organisation can record scores on the Self-Sufficiency Matrix "
        "or Positive Health.",
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
        "Het gedeelde scherm kan meekijken en stemmen, niet kiezen; gebruik uw eigen rol.",
        "The shared screen can watch and take votes, not choose; use your own role.",
    ),
    "policy.vote_municipality_round": (
        "Alleen wie aan de ronde van de gemeente meedoet, kan stemmen.",
        "Only those taking part in the municipality's round can vote.",
    ),
    "policy.edit_reasoning_line": (
        "Het gedeelde scherm kan de redeneerlijn tonen, niet bewerken; gebruik uw eigen rol.",
        "The shared screen can show the reasoning line, not edit it; use your own role.",
    ),
    "policy.steward_data": (
        "Alleen beheer van de organisatie mag gegevens inlezen, uitvoeren of wissen. U bent aangemeld als {role}.",
        "Only the organisation's steward may import, export or erase data. You are signed in as {role}.",
    ),
    "policy.publish_for_peers": (
        "Alleen beheer van de organisatie mag cijfers publiceren voor vergelijking. U bent aangemeld als {role}.",
        "Only the organisation's steward may publish figures for comparison. You are signed in as {role}.",
    ),
    "policy.steward_platform": (
        "Alleen het platformbeheer (beheer@platform) mag de hele database opslaan of terugzetten.",
        "Only the platform steward (beheer@platform) may back up or restore the whole database.",
    ),
    "policy.other_organisation": (
        "Dit hoort bij een andere organisatie; u kunt alleen iets doen met gegevens van uw eigen organisatie.",
        "This belongs to another organisation; you can only act on your own organisation's data.",
    ),
    # --- refusals: one line per field a model refuses, and the sentences its validators write ---
    "refusal.field": ("{column}: {message}", "{column}: {message}"),
    # Each says what to do about it (WCAG 3.3.3), for a form's field and a file's cell alike.
    "refusal.field.missing": (
        "ontbreekt; vul het in, dit veld is verplicht",
        "is missing; fill it in, this field is required",
    ),
    "refusal.field.empty": (
        "is leeg; vul het in, dit veld is verplicht",
        "is empty; fill it in, this field is required",
    ),
    "refusal.field.too_short": (
        "is te kort; schrijf minstens {min_length} tekens",
        "is too short; write at least {min_length} characters",
    ),
    "refusal.field.too_long": (
        "is te lang; kort het in tot hoogstens {max_length} tekens",
        "is too long; shorten it to at most {max_length} characters",
    ),
    "refusal.field.shape": (
        "heeft niet de juiste vorm; kijk in het voorbeeld of de toelichting welke vorm hoort",
        "does not have the right form; see the example or the explanation for the form it takes",
    ),
    "refusal.field.shape.id": (
        "heeft niet de juiste vorm; gebruik alleen letters, cijfers, punt, streepje en liggend streepje, geen spaties",
        "does not have the right form; use only letters, digits, full stop, hyphen and underscore, without spaces",
    ),
    "refusal.field.shape.neighbourhood": (
        "heeft niet de juiste vorm; schrijf BU en acht cijfers, zoals BU03630001, of de code van een"
        " statistische sector, zoals 44021A00-",
        "does not have the right form; write BU and eight digits, such as BU03630001, or the code of a"
        " Belgian statistical sector, such as 44021A00-",
    ),
    "refusal.field.shape.municipality": (
        "heeft niet de juiste vorm; schrijf GM en vier cijfers, zoals GM0363, of een NIS-code van vijf"
        " cijfers, zoals 44021",
        "does not have the right form; write GM and four digits, such as GM0363, or a five-digit Belgian"
        " NIS code, such as 44021",
    ),
    "refusal.field.shape.first_name": (
        "heeft niet de juiste vorm; schrijf alleen een voornaam, zonder cijfers of @",
        "does not have the right form; write a first name only, without digits or @",
    ),
    "refusal.field.enum": (
        "is geen toegestane waarde; kies uit: {expected}",
        "is not an allowed value; choose from: {expected}",
    ),
    "refusal.field.not_a_number": (
        "is geen getal; schrijf een getal, zoals 12 of 0,5",
        "is not a number; write a number, such as 12 or 0.5",
    ),
    "refusal.field.not_finite": ("moet een gewoon getal zijn", "must be an ordinary number"),
    "refusal.field.not_whole": (
        "is geen geheel getal; schrijf een geheel getal, zoals 12",
        "is not a whole number; write a whole number, such as 12",
    ),
    "refusal.field.not_yes_no": (
        "is geen 'ja' of 'nee'; schrijf ja of nee",
        "is not 'ja' or 'nee'; write ja (yes) or nee (no)",
    ),
    "refusal.field.not_a_date": (
        "is geen geldige datum (schrijf jjjj-mm-dd of dd-mm-jjjj)",
        "is not a valid date (write yyyy-mm-dd or dd-mm-yyyy)",
    ),
    "refusal.field.at_least": ("moet minstens {ge} zijn", "must be at least {ge}"),
    "refusal.field.at_most": ("mag hoogstens {le} zijn", "may be at most {le}"),
    "refusal.field.invalid": ("is niet geldig; controleer wat hier staat", "is not valid; check what is written here"),
    "refusal.field.rule.bsn": (
        "bevat een BSN of rijksregisternummer; haal het weg, zo'n nummer wordt nooit opgeslagen",
        "contains a BSN or national register number; remove it, such a number is never stored",
    ),
    "refusal.field.rule.pseudonym_shape": (
        "heeft niet de vorm van een pseudoniem. Een pseudoniem is een code van letters en cijfers met minstens "
        "één cijfer, zoals VT-0012. Geen spaties en nooit een naam.",
        "does not have the form of a pseudonym. A pseudonym is a code of letters and digits with at least "
        "one digit, such as VT-0012. No spaces and never a name.",
    ),
    "refusal.field.rule.pseudonym_name": (
        "lijkt een naam. Een pseudoniem is een code van letters en cijfers met minstens één cijfer, zoals "
        "VT-0012. Gebruik nooit een naam, ook niet in een code.",
        "looks like a name. A pseudonym is a code of letters and digits with at least one digit, such as "
        "VT-0012. Never use a name, not even in a code.",
    ),
    "refusal.field.rule.domain_zrm": (
        "is geen levensdomein van de Zelfredzaamheid-Matrix; kies uit: financien, werk_opleiding, tijdsbesteding, "
        "huisvesting, huiselijke_relaties, geestelijke_gezondheid, lichamelijke_gezondheid, middelengebruik, "
        "basale_adl, instrumentele_adl, sociaal_netwerk, maatschappelijke_participatie, justitie",
        "is not a life domain of the Self-Sufficiency Matrix; choose from: financien, werk_opleiding, tijdsbesteding, "
        "huisvesting, huiselijke_relaties, geestelijke_gezondheid, lichamelijke_gezondheid, middelengebruik, "
        "basale_adl, instrumentele_adl, sociaal_netwerk, maatschappelijke_participatie, justitie",
    ),
    "refusal.field.rule.domain_positieve_gezondheid": (
        "is geen dimensie van Positieve Gezondheid; kies uit: lichaamsfuncties, mentaal_welbevinden, zingeving, "
        "kwaliteit_van_leven, meedoen, dagelijks_functioneren",
        "is not a dimension of Positive Health; choose from: lichaamsfuncties, mentaal_welbevinden, zingeving, "
        "kwaliteit_van_leven, meedoen, dagelijks_functioneren",
    ),
    "refusal.field.rule.score_zrm": (
        "valt buiten de schaal van de Zelfredzaamheid-Matrix; een score is een geheel getal van 1 tot en met 5",
        "is outside the scale of the Self-Sufficiency Matrix; a score is a whole number from 1 to 5",
    ),
    "refusal.field.rule.score_positieve_gezondheid": (
        "valt buiten de schaal van Positieve Gezondheid; een score is een geheel getal van 0 tot en met 10",
        "is outside the scale of Positive Health; a score is a whole number from 0 to 10",
    ),
    "refusal.field.rule.month_start": (
        "een maand wordt aangeduid met de eerste dag van die maand",
        "a month is given by the first day of that month",
    ),
    "auth.refusal.no_access_file": (
        "Het toegangsbestand {path} ontbreekt; niemand kan dan iets zien.",
        "The access file {path} is missing; then nobody can see anything.",
    ),
    "auth.refusal.not_toml": (
        "Het toegangsbestand {path} is geen geldige TOML: {error}.",
        "The access file {path} is not valid TOML: {error}.",
    ),
    "auth.refusal.access_file_wrong": ("Het toegangsbestand klopt niet", "The access file is not right"),
    "auth.refusal.not_a_seat": (
        "[{section}] '{who}': '{seat}' is geen rol@organisatie of rol@gemeente",
        "[{section}] '{who}': '{seat}' is not role@organisation or role@municipality",
    ),
    "store.refusal.locked": (
        "De database {path} is in gebruik door een ander programma. Sluit dat programma (of de andere "
        "Impactdialoog) en probeer het opnieuw.",
        "The database {path} is in use by another program. Close that program (or the other Impactdialoog) and "
        "try again.",
    ),
    "store.refusal.conflict": (
        "Opslaan lukte na {attempts} pogingen niet: anderen schreven tegelijk.",
        "Saving failed after {attempts} attempts: others were writing at the same time.",
    ),
    "masking.refusal.unavailable": (
        "Het maskeren van persoonsgegevens lukt nu niet, dus er is niets opgeslagen. Probeer het over een minuut "
        "opnieuw; blijft het zo, vraag dan de beheerder naar het log van de maskeerdienst.",
        "Masking personal data is not possible right now, so nothing was saved. Try again in a minute; if it "
        "stays like this, ask the administrator for the masking service's log.",
    ),
    "masking.refusal.unsafe_directory": (
        "De map van de maskeerdienst ({path}) is ook voor anderen open; er is niets gemaskeerd of opgeslagen.",
        "The masking service's folder ({path}) is open to others as well; nothing was masked or saved.",
    ),
}
