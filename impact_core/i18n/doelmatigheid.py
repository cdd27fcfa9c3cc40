"""User-facing text of the numbers track: indicators, trends, the indicator library, the business case.

Each key maps to (Dutch, English).
"""

TEXTS: dict[str, tuple[str, str]] = {
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
        "Zo rekenen we. De waarde in het eerste jaar is het aantal keer de waarde per keer, min wat toch was "
        "gebeurd (deadweight), min wat alleen verschoof (verplaatsing) en min wat anderen bereikten "
        "(attributie). Elk jaar daarna is de waarde wat kleiner (afname). Geld dat later komt, is nu minder "
        "waard: de waarde van elk jaar wordt zo vaak gedeeld door 1 plus de discontovoet als het jaren verder "
        "ligt. Investeringen tellen in jaar 0, zonder die deling.",
        "How we calculate. The value in the first year is the number of times the value per time, minus what "
        "would have happened anyway (deadweight), minus what only moved elsewhere (displacement) and minus what "
        "others achieved (attribution). Each later year the value is a little smaller (drop-off). Money that "
        "comes later is worth less now: each year's value is divided by 1 plus the discount rate as many times "
        "as it lies years ahead. Investments count in year 0, without that division.",
    ),
    "value.assumptions": ("Aannames: pas ze aan en zie wat er verandert", "Assumptions: change them and see"),
    "value.rate": ("Minder waard per jaar later (discontovoet, %)", "Less value per year later (discount rate, %)"),
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
    "value.download": ("Bewaar deze berekening als bestand", "Save this calculation as a file"),
    "value.upload": ("Open een bewaarde berekening", "Open a saved calculation"),
    "value.reset": ("Terug naar de gegevens van het programma", "Back to the programme's data"),
    "value.invalid_edit": ("De tabel bevat fouten:", "The table contains errors:"),
    "value.step.gross": ("Bruto", "Gross"),
    "value.step.deadweight": ("Was toch gebeurd (deadweight)", "Would have happened anyway (deadweight)"),
    "value.step.displacement": ("Alleen verschoven (verplaatsing)", "Only moved elsewhere (displacement)"),
    "value.step.attribution": ("Door anderen bereikt (attributie)", "Achieved by others (attribution)"),
    "value.step.drop_off": ("Wordt elk jaar minder (afname)", "Less each year (drop-off)"),
    "value.step.discounting": ("Later geld is nu minder waard", "Later money is worth less now"),
    "value.step.present_value": ("Contante waarde", "Present value"),
    "value.band.laag": ("Laag", "Low"),
    "value.band.basis": ("Basis", "Base"),
    "value.band.hoog": ("Hoog", "High"),
    "value.col.stakeholder": ("Partij", "Party"),
    "value.col.amount": ("Bedrag (€)", "Amount (€)"),
    "value.col.name": ("Effect", "Effect"),
    "value.col.beneficiary": ("Incasseerder", "Beneficiary"),
    "value.col.quantity": ("Aantal", "Quantity"),
    "value.col.proxy": ("Waarde per keer in € (proxy)", "Value per time in € (proxy)"),
    "value.col.proxy_source": ("Waar die waarde vandaan komt", "Where that value comes from"),
    "value.col.deadweight": ("Was toch gebeurd (deadweight)", "Would have happened anyway (deadweight)"),
    "value.col.displacement": ("Alleen verschoven (verplaatsing)", "Only moved elsewhere (displacement)"),
    "value.col.attribution": ("Door anderen (attributie)", "By others (attribution)"),
    "value.col.drop_off": ("Elk jaar minder (afname)", "Less each year (drop-off)"),
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
    "value.quick.reference_factors": ("Factor van de referenties", "Factor of the references"),
    "value.quick.how": (
        "De schatting groeit mee met het bereik en met de kosten, maar nooit verder dan de referenties laten "
        "zien: meer geld per deelnemer levert niet vanzelf meer op, en meer deelnemers met hetzelfde geld ook niet.",
        "The estimate grows with the reach and with the costs, but never beyond what the references show: more "
        "money per participant does not by itself bring more, and more participants on the same money do not either.",
    ),
    "value.quick.why.cost_per_participant_high": (
        "De factor is lager dan die van de referenties. Dit project kost {cost} per deelnemer per jaar; de "
        "referenties kosten {lowest} tot {highest}. Meer geld per deelnemer levert in deze schatting niet meer "
        "waarde per deelnemer op dan de referenties laten zien.",
        "The factor is lower than the references'. This project costs {cost} per participant per year; the "
        "references cost {lowest} to {highest}. In this estimate more money per participant does not bring more "
        "value per participant than the references show.",
    ),
    "value.quick.references": ("Vergeleken met", "Compared with"),
    "value.quick.reference_row": (
        "{name}: {participants} {participants|deelnemer|deelnemers}, {years} jaar, factor {factor} — bron: {source}",
        "{name}: {participants} {participants|participant|participants}, {years} years, factor {factor} — source:"
        " {source}",
    ),
    "value.per_party": ("Per partij: investering en waarde die er landt", "Per party: investment and value received"),
    "numbers.not_for_accounting": (
        "Trends zijn er om samen te bespreken, niet om mee af te rekenen.",
        "Trends are for discussing together, not for settling accounts.",
    ),
    "numbers.none": ("Geen cijfers voor deze keuze.", "No figures for this choice."),
    "numbers.now": ("Nu {value}", "Now {value}"),
    "numbers.target": ("doel {value}", "target {value}"),
    "numbers.baseline": ("begin periode {value}", "start of period {value}"),
    # The arrow: above or below the target line; the words: better or worse in the indicator's direction.
    "numbers.status.better_above": ("▲ beter dan het doel", "▲ better than the target"),
    "numbers.status.better_below": ("▼ beter dan het doel", "▼ better than the target"),
    "numbers.status.worse_above": ("▲ slechter dan het doel", "▲ worse than the target"),
    "numbers.status.worse_below": ("▼ slechter dan het doel", "▼ worse than the target"),
    "numbers.status.on_target": ("● op het doel", "● on the target"),
    "numbers.status.above": ("▲ boven het doel", "▲ above the target"),
    "numbers.status.below": ("▼ onder het doel", "▼ below the target"),
    "numbers.status.no_target": ("geen doel", "no target"),
    "numbers.suppressed": (
        "{count} {count|maand|maanden} niet getoond: minder dan {threshold} mensen.",
        "{count} {count|month|months} not shown: fewer than {threshold} people.",
    ),
    "numbers.small_groups.left_out": (
        "Groepen van minder dan {threshold} mensen tellen hier niet mee. Daarom ziet de organisatie een ander getal.",
        "Groups of fewer than {threshold} people are left out here. That is why the organisation sees another figure.",
    ),
    "numbers.small_groups.counted": (
        "Hier tellen groepen van minder dan {threshold} mensen mee. De gemeente ziet ze niet, en daarom een ander "
        "getal.",
        "Groups of fewer than {threshold} people count here. The municipality does not see them, and so sees "
        "another figure.",
    ),
    "numbers.all_suppressed": (
        "Niet getoond: minder dan {threshold} mensen.",
        "Not shown: fewer than {threshold} people.",
    ),
    "numbers.stories_behind": (
        "{count} {count|verhaal|verhalen} achter dit getal",
        "{count} {count|story|stories} behind this number",
    ),
    "numbers.set_by": ("Gekozen door: {who}", "Chosen by: {who}"),
    "numbers.serves": ("Ambitie: {ambition}", "Ambition: {ambition}"),
    "numbers.no_ambition": ("Ambitie: geen", "Ambition: none"),
    "value.refusal.not_computed": ("De berekening kan niet worden gemaakt", "The calculation cannot be made"),
    "value.refusal.field": ("{where}: {message}", "{where}: {message}"),
    "value.refusal.the_file": ("het bestand", "the file"),
    "value.refusal.field.missing": ("ontbreekt", "is missing"),
    "value.refusal.field.negative": ("mag niet negatief zijn", "may not be negative"),
    "value.refusal.field.at_most": (
        "mag hoogstens {le} zijn (een aandeel schrijft u als 0,25 voor 25%)",
        "may be at most {le} (write a share as 0.25 for 25%)",
    ),
    "value.refusal.field.not_a_number": ("is geen getal", "is not a number"),
    "value.refusal.field.not_whole": ("is geen geheel getal", "is not a whole number"),
    "value.refusal.field.empty": ("is leeg", "is empty"),
    "value.refusal.field.unknown": ("is onbekend", "is unknown"),
    "value.refusal.field.not_finite": ("moet een gewoon getal zijn", "must be an ordinary number"),
    "value.refusal.field.not_a_list": ("moet een lijst zijn", "must be a list"),
    "value.refusal.field.not_an_object": ("moet een object zijn", "must be an object"),
    "value.refusal.field.invalid": ("is ongeldig", "is not valid"),
    "value.refusal.not_json": (
        "{path} is geen geldig JSON-bestand (regel {line}).",
        "{path} is not a valid JSON file (line {line}).",
    ),
    "value.refusal.unreadable": ("{path} kan niet worden gelezen: {error}.", "{path} cannot be read: {error}."),
    "value.refusal.not_visible": (
        "Dit programma hoort niet bij uw organisatie of gemeente.",
        "This programme does not belong to your organisation or municipality.",
    ),
    "value.refusal.no_references": (
        "Er zijn geen referentieprojecten van het type '{project_type}'.",
        "There are no reference projects of the type '{project_type}'.",
    ),
    "instruments.refusal.other_organisation": (
        "Programma {programme} is niet van uw organisatie; scores legt alleen de organisatie vast die het "
        "programma uitvoert.",
        "Programme {programme} is not your organisation's; only the organisation that runs the programme "
        "records scores.",
    ),
    # outcome instruments: Zelfredzaamheid-Matrix and Positieve Gezondheid
    "instruments.title": ("Uitkomstinstrumenten", "Outcome instruments"),
    "instruments.intro": (
        "Per domein het gemiddelde van de eerste en van de laatste meting, en hoeveel deelnemers vooruit of "
        "achteruit gingen. Alleen deelnemers met twee metingen of meer tellen mee. U ziet altijd de groep, "
        "nooit een persoon.",
        "Per domain the mean of the first and of the latest measurement, and how many participants moved up "
        "or down. Only participants measured at least twice count. You always see the group, never a person.",
    ),
    "instruments.pg_note": (
        "Positieve Gezondheid is een hulpmiddel voor het gesprek met een bewoner, geen meetlat. Daarom "
        "staan hier geen scores per persoon en worden mensen nooit met elkaar vergeleken of gerangschikt.",
        "Positive Health is an aid for the conversation with a resident, not a yardstick. So there are no "
        "scores per person here, and people are never compared with each other or ranked.",
    ),
    "instruments.none": (
        "Voor deze keuze zijn er geen scores op de Zelfredzaamheid-Matrix of Positieve Gezondheid van "
        "deelnemers met twee metingen of meer.",
        "For this choice there are no Self-Sufficiency Matrix or Positive Health scores of participants "
        "measured at least twice.",
    ),
    "instruments.heading": ("{instrument} · {programme}", "{instrument} · {programme}"),
    "instruments.participants": (
        "{count} {count|deelnemer|deelnemers} met twee metingen of meer; schaal {low} tot en met {high}.",
        "{count} {count|participant|participants} measured at least twice; scale {low} to {high}.",
    ),
    "instruments.suppressed": (
        "Minder dan {threshold} {threshold|deelnemer|deelnemers}: de cijfers blijven weg, zodat niemand te "
        "herkennen is.",
        "Fewer than {threshold} {threshold|participant|participants}: the figures stay out, so that nobody "
        "can be recognised.",
    ),
    "instruments.left_out": (
        "Weggelaten, want minder dan {threshold} {threshold|deelnemer|deelnemers}: {domains}.",
        "Left out, as fewer than {threshold} {threshold|participant|participants}: {domains}.",
    ),
    "instruments.too_few_domains": (
        "Een spinnenweb heeft drie domeinen of meer nodig; de cijfers staan in de tabel.",
        "A spider web needs three domains or more; the figures are in the table.",
    ),
    "instruments.first": ("eerste meting (gemiddeld)", "first measurement (mean)"),
    "instruments.latest": ("laatste meting (gemiddeld)", "latest measurement (mean)"),
    "instruments.moved": ("Vooruit, gelijk, achteruit", "Up, same, down"),
    "instruments.col.domain": ("Domein", "Domain"),
    "instruments.col.first": ("Eerste meting", "First measurement"),
    "instruments.col.latest": ("Laatste meting", "Latest measurement"),
    "instruments.col.up": ("▲ vooruit", "▲ up"),
    "instruments.col.same": ("= gelijk", "= same"),
    "instruments.col.down": ("▼ achteruit", "▼ down"),
    "instruments.col.participants": ("Deelnemers", "Participants"),
    "instruments.chart.summary": (
        "Spinnenweb van de {instrument} bij {programme}: de gemiddelde eerste en laatste meting op {domains} "
        "domeinen, schaal {low} tot en met {high}.",
        "Spider web of the {instrument} in {programme}: the mean first and latest measurement on {domains} "
        "domains, scale {low} to {high}.",
    ),
    "instruments.chart.largest_step": (
        "De grootste stap vooruit: {domain}, van {first} naar {latest}.",
        "The largest step up: {domain}, from {first} to {latest}.",
    ),
    "instruments.chart.no_step": (
        "Geen domein ging gemiddeld vooruit.",
        "No domain moved up on average.",
    ),
    "instruments.summary_line": (
        "{instrument}: {participants} {participants|deelnemer|deelnemers}; op {domains} "
        "{domains|domein|domeinen} {up}× vooruit, {same}× gelijk, {down}× achteruit.",
        "{instrument}: {participants} {participants|participant|participants}; on {domains} "
        "{domains|domain|domains} {up}× up, {same}× same, {down}× down.",
    ),
    "instruments.summary_suppressed": (
        "{instrument}: minder dan {threshold} {threshold|deelnemer|deelnemers}, dus geen cijfers.",
        "{instrument}: fewer than {threshold} {threshold|participant|participants}, so no figures.",
    ),
    # entering one measurement by form (the Trends page, below the instrument panels)
    "instruments.form.title": ("Een meting invoeren", "Enter a measurement"),
    "instruments.form.intro": (
        "Vul de scores van één deelnemer op één moment in. De deelnemer staat er onder een code, zoals "
        "DN-0042: nooit een naam of BSN. Een domein dat u niet besprak, laat u leeg. Een meting van dezelfde "
        "deelnemer op dezelfde dag vervangt de eerdere.",
        "Enter the scores of one participant at one moment. The participant is entered under a code, such as "
        "DN-0042: never a name or citizen number. Leave a domain you did not discuss empty. A measurement of "
        "the same participant on the same day replaces the earlier one.",
    ),
    "instruments.form.instrument": ("Instrument", "Instrument"),
    "instruments.form.programme_id": ("Programma van de meting", "Programme of the measurement"),
    "instruments.form.participant": ("Code van de deelnemer", "Participant's code"),
    "instruments.form.participant.help": (
        "Letters en cijfers met minstens één cijfer, zoals DN-0042. Geen naam, geen BSN of rijksregisternummer.",
        "Letters and digits with at least one digit, such as DN-0042. No name, no citizen number.",
    ),
    "instruments.form.measured_on": ("Datum van de meting", "Date of the measurement"),
    "instruments.form.domains": ("Scores per domein", "Scores per domain"),
    "instruments.form.scale_zrm": (
        "Van 1 (acute problemen) tot en met 5 (volledig zelfredzaam). Leeg: niet gemeten.",
        "From 1 (acute problems) to 5 (fully self-reliant). Empty: not measured.",
    ),
    "instruments.form.scale_positieve_gezondheid": (
        "Van 0 tot en met 10, zoals de deelnemer het zelf ziet. Leeg: niet gemeten.",
        "From 0 to 10, as the participant sees it. Empty: not measured.",
    ),
    "instruments.form.pg_note": (
        "Positieve Gezondheid is een hulpmiddel voor het gesprek met de deelnemer, geen meetlat. Vul de scores "
        "in zoals de deelnemer ze zelf gaf in dat gesprek. Niemand ziet ze per persoon, en ze worden nooit "
        "met die van anderen vergeleken.",
        "Positive Health is an aid for the conversation with the participant, not a yardstick. Enter the scores "
        "as the participant gave them in that conversation. Nobody sees them per person, and they are never "
        "compared with anyone else's.",
    ),
    "instruments.form.not_measured": ("niet gemeten", "not measured"),
    "instruments.form.zrm_level.1": ("1 · acute problemen", "1 · acute problems"),
    "instruments.form.zrm_level.2": ("2 · niet zelfredzaam", "2 · not self-reliant"),
    "instruments.form.zrm_level.3": ("3 · beperkt zelfredzaam", "3 · partly self-reliant"),
    "instruments.form.zrm_level.4": ("4 · voldoende zelfredzaam", "4 · sufficiently self-reliant"),
    "instruments.form.zrm_level.5": ("5 · volledig zelfredzaam", "5 · fully self-reliant"),
    "instruments.form.save": ("Meting opslaan", "Save measurement"),
    "instruments.form.saved": (
        "Opgeslagen: {count} {count|score|scores} op de {instrument}. De overzichten tellen ze mee zodra de "
        "deelnemer twee metingen heeft.",
        "Saved: {count} {count|score|scores} on the {instrument}. The overviews count them once the "
        "participant has two measurements.",
    ),
    "instruments.form.invalid": ("De meting is niet opgeslagen", "The measurement was not saved"),
    "instruments.form.no_scores": (
        "geen enkel domein is ingevuld; geef minstens één score",
        "no domain is filled in; give at least one score",
    ),
    "instruments.form.no_programmes": (
        "Uw organisatie heeft nog geen programma om een meting bij in te voeren.",
        "Your organisation has no programme yet to enter a measurement for.",
    ),
    # comparison with peers: anonymised, suppressed monthly aggregates of other organisations
    "peers.title": ("Vergelijking met andere organisaties", "Comparison with other organisations"),
    "peers.intro": (
        "Uw organisatie als geheel naast de middelste helft van andere organisaties die hun cijfers "
        "publiceerden. Zonder namen, alleen maanden met minstens {peers} andere organisaties en elk cijfer "
        "over minstens {threshold} mensen. Om van te leren, niet om af te rekenen.",
        "Your organisation as a whole beside the middle half of other organisations that published their "
        "figures. Without names, only months with at least {peers} other organisations and each figure about "
        "at least {threshold} people. To learn from, not to settle accounts with.",
    ),
    "peers.no_organisation": (
        "Kies een programma: dan ziet u die organisatie naast andere organisaties.",
        "Choose a programme: then you see its organisation beside other organisations.",
    ),
    "peers.reason.none": (
        "Voor deze indicator zijn geen cijfers van andere organisaties ingelezen.",
        "No figures of other organisations have been read for this indicator.",
    ),
    "peers.reason.other_unit": (
        "Andere organisaties meten deze indicator in een andere eenheid of tellen hem anders op: "
        "die cijfers zijn niet te vergelijken.",
        "Other organisations measure this indicator in another unit or add it up differently: "
        "those figures cannot be compared.",
    ),
    "peers.reason.too_few": (
        "Te weinig andere organisaties publiceerden deze indicator: er is geen maand met minstens {peers}. "
        "Met minder is een organisatie te herkennen, dus tonen we niets.",
        "Too few other organisations published this indicator: no month has at least {peers}. With fewer an "
        "organisation could be recognised, so nothing is shown.",
    ),
    "peers.too_few_months": (
        "In {months} {months|maand|maanden} publiceerden minder dan {peers} andere organisaties: daar staat geen band.",
        "In {months} {months|month|months} fewer than {peers} other organisations published: no band there.",
    ),
    "peers.other_unit": (
        "{count} {count|bestand|bestanden} met deze indicator in een andere eenheid of optelling "
        "{count|telt|tellen} niet mee.",
        "{count} {count|file|files} with this indicator in another unit or aggregation {count|is|are} left out.",
    ),
    "peers.own": ("uw organisatie", "your organisation"),
    "peers.median": ("mediaan andere organisaties", "median of other organisations"),
    "peers.band": ("middelste helft andere organisaties", "middle half of other organisations"),
    "peers.col.month": ("Maand", "Month"),
    "peers.col.own": ("Uw organisatie", "Your organisation"),
    "peers.col.median": ("Mediaan", "Median"),
    "peers.col.band": ("Middelste helft", "Middle half"),
    "peers.col.peers": ("Andere organisaties", "Other organisations"),
    "peers.band_range": ("{low} tot {high}", "{low} to {high}"),
    "peers.chart.summary": (
        "{name}: in {month} {own} bij uw organisatie; de middelste helft van {peers} andere organisaties zat "
        "tussen {low} en {high} (mediaan {median}).",
        "{name}: in {month} {own} at your organisation; the middle half of {peers} other organisations lay "
        "between {low} and {high} (median {median}).",
    ),
    "peers.summary_line": (
        "Naast andere organisaties ({month}, {peers} organisaties): {name} {own} bij de organisatie, middelste "
        "helft {low} tot {high}, mediaan {median}.",
        "Beside other organisations ({month}, {peers} organisations): {name} {own} at the organisation, middle "
        "half {low} to {high}, median {median}.",
    ),
    "peers.summary_none": (
        "{name}: te weinig andere organisaties (minder dan {peers}) om mee te vergelijken.",
        "{name}: too few other organisations (fewer than {peers}) to compare with.",
    ),
    "peers.publisher_new": ("(nieuw)", "(new)"),
    "peers.refusal.no_indicators": (
        "Kies minstens één indicator om te publiceren.",
        "Choose at least one indicator to publish.",
    ),
    # reading a peer file: one message per field, Dutch like every import report
    "peers.error.too_big": (
        "Dit bestand is groter dan {megabytes} MB; een vergelijkingsbestand is veel kleiner.",
        "This file is larger than {megabytes} MB; a comparison file is much smaller.",
    ),
    "peers.error.not_zip": (
        "Dit is geen zip-bestand met manifest.json en aggregaten.csv.",
        "This is not a zip file holding manifest.json and aggregaten.csv.",
    ),
    "peers.error.missing_part": ("Het zip-bestand mist een onderdeel.", "The zip file lacks a part."),
    "peers.error.not_json": (
        "Het manifest is geen leesbaar JSON-object.",
        "The manifest is not a readable JSON object.",
    ),
    "peers.error.columns": (
        "Deze kolommen ontbreken in aggregaten.csv.",
        "These columns are missing from aggregaten.csv.",
    ),
    "peers.error.format": ("Dit is geen bestand van het formaat '{expected}'.", "This is no '{expected}' file."),
    "peers.error.version": (
        "Deze versie van het formaat kent deze installatie niet (wel versie {known}).",
        "This installation does not know this version of the format (it knows version {known}).",
    ),
    "peers.error.publisher": (
        "De uitgever moet een code van 8 tot 64 letters, cijfers, - of _ zijn.",
        "The publisher must be a code of 8 to 64 letters, digits, - or _.",
    ),
    "peers.error.own_file": (
        "Dit is een bestand van uw eigen organisatie: daarmee vergelijkt u niet.",
        "This is a file of your own organisation: you do not compare with it.",
    ),
    "peers.error.date": ("Geen geldige datum (jjjj-mm-dd).", "Not a valid date (yyyy-mm-dd)."),
    "peers.error.whole_number": ("Moet een heel getal zijn.", "Must be a whole number."),
    "peers.error.indicators": (
        "Het manifest moet een lijst van indicatoren hebben.",
        "The manifest must hold a list of indicators.",
    ),
    "peers.error.indicator_id": (
        "Een indicator-id bestaat uit letters, cijfers, punt, - of _.",
        "An indicator id consists of letters, digits, dot, - or _.",
    ),
    "peers.error.twice": (
        "Deze indicator staat twee keer in het manifest.",
        "This indicator is in the manifest twice.",
    ),
    "peers.error.unit": ("De eenheid ontbreekt.", "The unit is missing."),
    "peers.error.aggregation": ("Moet 'som' of 'gemiddelde' zijn.", "Must be 'som' or 'gemiddelde'."),
    "peers.error.direction": (
        "Moet 'hoger_beter', 'lager_beter' of 'neutraal' zijn.",
        "Must be 'hoger_beter', 'lager_beter' or 'neutraal'.",
    ),
    "peers.error.undeclared": ("Deze indicator staat niet in het manifest.", "This indicator is not in the manifest."),
    "peers.error.month": (
        "Geen eerste dag van een maand (jjjj-mm-01).",
        "Not the first day of a month (yyyy-mm-01).",
    ),
    "peers.error.value": ("Moet een getal zijn (punt als decimaalteken).", "Must be a number (dot as decimal sign)."),
    "peers.error.people": ("Moet een heel getal zijn.", "Must be a whole number."),
    "peers.error.small_group": (
        "Dit cijfer gaat over minder dan {threshold} mensen: zo'n rij hoort niet in een gepubliceerd bestand.",
        "This figure is about fewer than {threshold} people: such a row does not belong in a published file.",
    ),
    "peers.error.duplicate": (
        "Deze indicator en maand staan al op een eerdere rij.",
        "This indicator and month are already on an earlier row.",
    ),
    "peers.error.row_count": (
        "Het manifest noemt een ander aantal rijen dan aggregaten.csv heeft ({rows}).",
        "The manifest names another number of rows than aggregaten.csv has ({rows}).",
    ),
    # the steward's side on the Gegevens page
    "peers.publish.title": ("Publiceren voor vergelijking", "Publish for comparison"),
    "peers.publish.intro": (
        "U kiest indicatoren; per maand gaat het cijfer van uw hele organisatie in een bestand dat andere "
        "organisaties kunnen inlezen. Zonder de naam van uw organisatie, programma's, wijken of mensen, en "
        "zonder maanden die op minder dan {threshold} mensen rusten. Hieronder staat precies wat erin komt.",
        "You choose indicators; per month the figure of your whole organisation goes into a file other "
        "organisations can read. Without the name of your organisation, programmes, neighbourhoods or people, "
        "and without months resting on fewer than {threshold} people. Below is exactly what goes in.",
    ),
    "peers.publish.choose": ("Indicatoren om te publiceren", "Indicators to publish"),
    "peers.publish.counts": (
        "{rows} {rows|rij|rijen}. {left_out} {left_out|maand|maanden} weggelaten: minder dan {threshold} mensen.",
        "{rows} {rows|row|rows}. {left_out} {left_out|month|months} left out: fewer than {threshold} people.",
    ),
    "peers.publish.manifest": ("Het manifest (beschrijving van het bestand)", "The manifest (the file's description)"),
    "peers.publish.button": ("Publiceren", "Publish"),
    "peers.publish.done": (
        "Gepubliceerd en vastgelegd in het logboek. Download het bestand en geef het aan de organisaties "
        "of het netwerk waarmee u vergelijkt.",
        "Published and recorded in the audit log. Download the file and give it to the organisations or the "
        "network you compare with.",
    ),
    "peers.publish.download": ("Bestand downloaden", "Download the file"),
    "peers.read.title": ("Bestanden van anderen inlezen", "Read other organisations' files"),
    "peers.read.intro": (
        "Lees een vergelijkingsbestand (zip) van een andere organisatie in. Een nieuwer bestand van dezelfde "
        "organisatie vervangt het oudere. Bij een fout wordt niets ingelezen.",
        "Read a comparison file (zip) of another organisation. A newer file of the same organisation replaces "
        "the older one. With any error nothing is read.",
    ),
    "peers.read.upload": ("Vergelijkingsbestanden (zip)", "Comparison files (zip)"),
    "peers.read.button": ("Inlezen", "Read"),
    "peers.read.done": (
        "{name}: {rows} {rows|rij|rijen} ingelezen ({indicators} {indicators|indicator|indicatoren}).",
        "{name}: {rows} {rows|row|rows} read ({indicators} {indicators|indicator|indicators}).",
    ),
    "peers.read.replaced": (
        "Het eerdere bestand van deze organisatie is vervangen.",
        "This organisation's earlier file was replaced.",
    ),
    "peers.read.failed": (
        "{name}: niets ingelezen, {count} {count|fout|fouten}.",
        "{name}: nothing read, {count} {count|error|errors}.",
    ),
    "peers.read.files": (
        "Ingelezen: bestanden van {count} andere {count|organisatie|organisaties}.",
        "Read: files of {count} other {count|organisation|organisations}.",
    ),
}
