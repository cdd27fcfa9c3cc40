"""User-facing text of what joins the tracks: the dialogue table,
conversation cards, reasoning lines, meetings, minutes, dossier.

Each key maps to (Dutch, English).
"""

TEXTS: dict[str, tuple[str, str]] = {
    "cards.heading": ("Gesprekskaarten", "Conversation cards"),
    "cards.intro": (
        "Vier vragen waar dit veld steeds op terugkomt, gevuld met wat de gegevens van dit programma zeggen.",
        "Four questions this field keeps returning to, filled with what this programme's data says.",
    ),
    "cards.who_decides.title": ("Wie bepaalt wat er gemeten wordt?", "Who decides what is measured?"),
    "cards.who_decides.prompt": (
        "Welke indicator zouden we samen kiezen, en welke mag weg?",
        "Which indicator would you choose together, and which can go?",
    ),
    "cards.who_decides.split": (
        "Van de {total} {total|indicator|indicatoren} koos de gemeente er {gemeente}, de organisatie {organisatie}, "
        "beide samen {samen} en bewoners {bewoners}.",
        "Of the {total} {total|indicator|indicators} the municipality chose {gemeente}, the organisation"
        " {organisatie}, "
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
        "{activity} {activity|indicator|indicatoren} tellen activiteit, {change} meten verandering.",
        "{activity} {activity|indicator|indicators} count activity, {change} measure change.",
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
        "Naast de cijfers: {stories} {stories|verhaal|verhalen} (waarvan {unexpected} negatief of onverwacht) "
        "en {reflections} {reflections|reflectie|reflecties}.",
        "Beside the numbers: {stories} {stories|story|stories} ({unexpected} negative or unexpected) and"
        " {reflections} {reflections|reflection|reflections}.",
    ),
    "dialogue.blind_spot": (
        "Blinde vlek: bij deze uitkomst zijn nog geen cijfers, verhalen of reflecties. Wat weten we er wel van, "
        "en hoe zouden we het kunnen zien?",
        "Blind spot: this outcome has no numbers, stories or reflections yet. What do we know about it, "
        "and how could we see it?",
    ),
    "dialogue.one_track": ("Deze uitkomst rust alleen op {track}.", "This outcome rests on {track} alone."),
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
        "{indicators} {indicators|cijfer|cijfers} · {stories} {stories|verhaal|verhalen} · {reflections}"
        " {reflections|reflectie|reflecties}",
        "{indicators} {indicators|number|numbers} · {stories} {stories|story|stories} · {reflections}"
        " {reflections|reflection|reflections}",
    ),
    "reasoning.coverage.alle_sporen": ("alle drie de sporen", "all three tracks"),
    "reasoning.coverage.twee_sporen": ("twee sporen", "two tracks"),
    "reasoning.coverage.alleen_cijfers": ("alleen cijfers", "numbers only"),
    "reasoning.coverage.alleen_verhalen": ("alleen verhalen", "stories only"),
    "reasoning.coverage.alleen_vakmanschap": ("alleen reflecties", "reflections only"),
    "reasoning.coverage.blinde_vlek": ("BLINDE VLEK", "BLIND SPOT"),
    "reasoning.links": ("Aannames achter de pijlen", "Assumptions behind the arrows"),
    "reasoning.open_step": ("Wat zit er achter een stap?", "What lies behind a step?"),
    "reasoning.open_step.choose": ("Kies een stap", "Choose a step"),
    "reasoning.open_step.option": (
        "{level}: {step} ({indicators} {indicators|cijfer|cijfers}, {stories} {stories|verhaal|verhalen},"
        " {reflections} {reflections|reflectie|reflecties})",
        "{level}: {step} ({indicators} {indicators|number|numbers}, {stories} {stories|story|stories},"
        " {reflections} {reflections|reflection|reflections})",
    ),
    "reasoning.open_step.none": (
        "Nog geen stap heeft cijfers, verhalen of reflecties die u mag zien.",
        "No step has numbers, stories or reflections you may see yet.",
    ),
    "reasoning.open_step.empty": ("Niets in dit spoor.", "Nothing in this track."),
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
    "dialogue.outcome": ("Uitkomst: {outcome}", "Outcome: {outcome}"),
    # dialogue table
    "dialogue.subtitle": (
        "{pyramid_level} · doelgroep: {target_group} · {period} · {neighbourhoods}",
        "{pyramid_level} · target group: {target_group} · {period} · {neighbourhoods}",
    ),
    "dialogue.choose_programme": ("Kies links een programma.", "Choose a programme on the left."),
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
        "{total} {total|verhaal|verhalen} gedeeld met de gemeente; panels kozen er {selected} als belangrijkste"
        " verandering.",
        "{total} {total|story|stories} shared with the municipality; panels selected {selected} as the most"
        " significant change.",
    ),
    "dossier.glance.reflections": (
        "{total} {total|reflectie|reflecties} van professionals gedeeld met de gemeente.",
        "{total} {total|reflection|reflections} of professionals shared with the municipality.",
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
    "dossier.status.suppressed": ("afgeschermd", "suppressed"),
    "dossier.status.no_data": ("geen gegevens", "no data"),
    "dossier.suppressed_note": (
        "<{min_cell}: dit cijfer rust op minder dan {min_cell} mensen en blijft daarom buiten dit dossier, ook "
        "buiten elk totaal.",
        "<{min_cell}: this figure rests on fewer than {min_cell} people and so stays out of this dossier, and "
        "out of every total.",
    ),
    "dossier.suppressed_months_note": (
        "Maanden met minder dan {min_cell} mensen zijn weggelaten: {count} {count|maand|maanden} bij {indicators}"
        " {indicators|indicator|indicatoren}.",
        "Months with fewer than {min_cell} people are left out: {count} {count|month|months} for {indicators}"
        " {indicators|indicator|indicators}.",
    ),
    "dossier.small_groups_note": (
        "Groepen van minder dan {min_cell} mensen tellen niet mee bij: {names}. De organisatie telt ze wel mee "
        "en ziet daarom andere getallen.",
        "Groups of fewer than {min_cell} people are left out of: {names}. The organisation counts them, and so "
        "sees other figures.",
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
    "dossier.value.formulas": (
        "De kerngetallen zijn formules: pas een aanname in de tabel onderaan of de discontovoet aan en ze"
        " rekenen mee. De waterval, de scenario's en de terugverdientijd gelden voor de aannames zoals ze waren.",
        "The key figures are formulas: change an assumption in the table below or the discount rate and they"
        " follow. The waterfall, the scenarios and the payback year hold for the assumptions as they were.",
    ),
    "dossier.value.first_year": ("Waarde jaar 1 (berekend)", "Value in year 1 (calculated)"),
    "dossier.value.outcome_present": ("Contante waarde (berekend)", "Present value (calculated)"),
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
        "hoogste keuze eerst. Namen, adressen en andere herkenbare gegevens zijn vervangen door bijvoorbeeld "
        "[naam] of [adres].",
        "Stories a panel of the team, the organisation or the municipality selected as the most significant "
        "change, the highest panel first. Names, addresses and other identifying details are replaced by, for "
        "example, [naam] or [adres].",
    ),
    "dossier.stories.counts": (
        "In deze periode zijn {total} {total|verhaal|verhalen} met de gemeente gedeeld; {selected} werden gekozen,"
        " {negative} "
        "gaan over een negatieve en {unintended} over een onverwachte verandering.",
        "In this period {total} {total|story|stories} were shared with the municipality; {selected} were selected,"
        " {negative} "
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
    "dossier.sheet.instruments": ("Instrumenten", "Instruments"),
    "dossier.sheet.peers": ("Vergelijking", "Comparison"),
    "dossier.sheet.own_marks": ("Eigen duiding", "Own marks"),
    # the storytellers' own marks (self-signification), as the municipality sees them
    "dossier.marks.chosen_suppressed": (
        "De keuze van de panels rust op minder dan {threshold} {threshold|verhaal|verhalen} en wordt daarom "
        "niet apart getoond.",
        "The panels' choice rests on fewer than {threshold} {threshold|story|stories} and is therefore not "
        "shown apart.",
    ),
    "dossier.marks.in_workbook": (
        "Per vraag het aantal en het aandeel staan in de Excel-werkmap, op het blad '{sheet}'.",
        "The number and share per question are in the Excel workbook, on the sheet '{sheet}'.",
    ),
    "dossier.marks.suppressed_note": (
        "<{min_cell}: deze groep telt minder dan {min_cell} {min_cell|verhaal|verhalen}; de cijfers blijven "
        "daarom buiten dit dossier.",
        "<{min_cell}: this group holds fewer than {min_cell} {min_cell|story|stories}, so its figures stay out of "
        "this dossier.",
    ),
    "dossier.marks.col.count": ("{group}: aantal", "{group}: number"),
    "dossier.marks.col.share": ("{group}: aandeel", "{group}: share"),
    "dossier.marks.about_note": (
        "Een verhaal kan over meer dan één domein gaan: de aandelen tellen daarom op tot meer dan 100%.",
        "A story can be about more than one domain, so the shares add up to more than 100%.",
    ),
    # comparison with other organisations, as the municipality sees it
    "dossier.peers.intro": (
        "De organisatie als geheel naast de middelste helft (p25 tot p75) en de mediaan van andere organisaties "
        "die hun cijfers publiceerden. Zonder namen; alleen maanden met minstens {peers} andere organisaties, "
        "elk cijfer over minstens {threshold} mensen. Om van te leren, niet om af te rekenen.",
        "The organisation as a whole beside the middle half (p25 to p75) and the median of other organisations "
        "that published their figures. Without names; only months with at least {peers} other organisations, "
        "each figure about at least {threshold} people. To learn from, not to settle accounts with.",
    ),
    "dossier.peers.none": (
        "Geen indicator van dit programma heeft een maand met minstens {peers} andere organisaties om mee te "
        "vergelijken.",
        "No indicator of this programme has a month with at least {peers} other organisations to compare with.",
    ),
    "dossier.peers.heading": ("{name} ({unit})", "{name} ({unit})"),
    "dossier.peers.col.own": ("De organisatie", "The organisation"),
    "dossier.peers.col.p25": ("Onderkant middelste helft (p25)", "Low end of the middle half (p25)"),
    "dossier.peers.col.p75": ("Bovenkant middelste helft (p75)", "High end of the middle half (p75)"),
    "dossier.peers.col.note": ("Opmerking", "Note"),
    "dossier.peers.too_few": (
        "minder dan {peers} andere organisaties: geen band",
        "fewer than {peers} other organisations: no band",
    ),
    "dossier.page.intro": (
        "Een dossier over één programma om mee te nemen naar de gemeente: de redeneerlijn, de kernindicatoren "
        "tegen hun doelen, de uitkomstinstrumenten, de vergelijking met andere organisaties, de maatschappelijke "
        "waarde met aannames en bandbreedte, gekozen verhalen met wat vertellers er zelf over zeggen, en gedeelde "
        "reflecties. Als PDF om te lezen en als Excel-werkmap om mee te rekenen.",
        "A dossier on one programme to take to the municipality: the reasoning line, the key indicators "
        "against their targets, the outcome instruments, the comparison with other organisations, the social "
        "value with assumptions and range, selected stories with what storytellers say about them, and shared "
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
    # corrections with history
    "corrections.not_editable": ("Dit kan niet worden gecorrigeerd: {field}.", "This cannot be corrected: {field}."),
    "corrections.nothing_changed": (
        "Er is niets veranderd; pas eerst een veld aan.",
        "Nothing changed; change a field first.",
    ),
    "corrections.record": ("De correctie is niet opgeslagen", "The correction is not saved"),
    "corrections.not_found": (
        "Dit bestaat niet (meer) of valt buiten uw rol.",
        "This does not exist (any more) or is outside your role.",
    ),
    "corrections.already_withdrawn": (
        "Dit is al vervallen of geannuleerd; het blijft zoals het is.",
        "This is already withdrawn or cancelled; it stays as it is.",
    ),
    "corrections.meeting_cancelled": (
        "Deze bijeenkomst is geannuleerd; er kan niets meer aan worden toegevoegd.",
        "This meeting is cancelled; nothing more can be added to it.",
    ),
    "corrections.round_closed": (
        "Een afgeronde ronde kan niet worden ingetrokken: de keuze en de redenen zijn teruggegeven.",
        "A closed round cannot be withdrawn: its choice and reasons have been fed back.",
    ),
    "corrections.round_has_votes": (
        "Er is in deze ronde al gestemd; een ronde met stemmen wordt afgerond, niet ingetrokken.",
        "Votes have been cast in this round; a round with votes is closed, not withdrawn.",
    ),
    "corrections.reason_missing": (
        "Schrijf op waarom u dit corrigeert; de reden komt in het verslag.",
        "Write down why you correct this; the reason goes into the minutes.",
    ),
    "corrections.changed_meanwhile": (
        "Iemand anders heeft dit net aangepast. Bekijk de nieuwe versie en probeer het opnieuw.",
        "Someone else has just changed this. Look at the new version and try again.",
    ),
    "corrections.heading": ("Corrigeren", "Correct"),
    "corrections.intro": (
        "Niets wordt gewist: een correctie of een vervallen punt blijft zichtbaar, met wie het deed,"
        " wanneer en waarom.",
        "Nothing is erased: a correction or a withdrawn item stays visible, with who did it, when and why.",
    ),
    "corrections.what": ("Wat wilt u corrigeren?", "What do you want to correct?"),
    "corrections.reason": ("Reden van de correctie", "Reason for the correction"),
    "corrections.withdraw": ("Laten vervallen", "Withdraw"),
    "corrections.cancel_meeting": ("Bijeenkomst annuleren", "Cancel the meeting"),
    "corrections.save": ("Correctie opslaan", "Save the correction"),
    "corrections.history": ("Correcties", "Corrections"),
    "corrections.history.none": ("Nog geen correcties.", "No corrections yet."),
    "corrections.line": (
        "{when} · {who} · {subject} — {change}. Reden: {reason}",
        "{when} · {who} · {subject} — {change}. Reason: {reason}",
    ),
    "corrections.change": ("{field} van {old} naar {new}", "{field} from {old} to {new}"),
    "corrections.change.withdrawn": ("vervallen", "withdrawn"),
    "corrections.empty": ("(leeg)", "(empty)"),
    "corrections.field.held_on": ("datum", "date"),
    "corrections.field.title": ("titel", "title"),
    "corrections.field.summary": ("samenvatting", "summary"),
    "corrections.field.kind": ("soort", "kind"),
    "corrections.field.text": ("tekst", "text"),
    "corrections.field.owner": ("eigenaar", "owner"),
    "corrections.field.due_on": ("deadline", "due date"),
    "corrections.withdrawn": ("vervallen", "withdrawn"),
    "corrections.cancelled": ("geannuleerd", "cancelled"),
    "corrections.round.withdraw": ("Ronde intrekken", "Withdraw the round"),
    "corrections.round.withdraw.note": (
        "Een ronde zonder stemmen kan worden ingetrokken; ze verdwijnt uit de lijsten en het verslag,"
        " en blijft onder 'Ingetrokken rondes' staan met de reden.",
        "A round without votes can be withdrawn; it leaves the lists and the minutes, and stays under"
        " 'Withdrawn rounds' with the reason.",
    ),
    "corrections.round.withdrawn_list": ("Ingetrokken rondes", "Withdrawn rounds"),
    "minutes.cancelled": (
        "Deze bijeenkomst is geannuleerd.",
        "This meeting was cancelled.",
    ),
    "meetings.refusal.decision_not_saved": ("De afspraak is niet opgeslagen", "The agreement was not saved"),
    "meetings.refusal.meeting_not_saved": ("De bijeenkomst is niet opgeslagen", "The meeting was not saved"),
    "meetings.refusal.participant_not_saved": ("De deelnemer is niet opgeslagen", "The participant was not saved"),
    "meetings.refusal.item_not_saved": ("Het agendapunt is niet opgeslagen", "The agenda item was not saved"),
    "meetings.refusal.effect_not_saved": ("Het effect is niet opgeslagen", "The effect was not saved"),
    "meetings.refusal.programme_outside_role": (
        "Dit programma valt buiten uw rol.",
        "This programme is outside your role.",
    ),
    "meetings.refusal.no_municipality": (
        "Uw rol hoort niet bij een gemeente of organisatie.",
        "Your role does not belong to a municipality or organisation.",
    ),
    "meetings.refusal.no_meeting": (
        "Bijeenkomst '{meeting}' bestaat niet of valt buiten uw rol.",
        "Meeting '{meeting}' does not exist or is outside your role.",
    ),
    "meetings.refusal.no_meeting_problem": (
        "bijeenkomst '{meeting}' bestaat niet of valt buiten uw rol",
        "meeting '{meeting}' does not exist or is outside your role",
    ),
    "meetings.refusal.no_role": (
        "Rol '{role}' bestaat niet; kies uit: {roles}.",
        "Role '{role}' does not exist; choose from: {roles}.",
    ),
    "meetings.refusal.name_only": (
        "Noteer alleen een naam, geen telefoonnummer of e-mailadres.",
        "Note only a name, no phone number or email address.",
    ),
    "meetings.refusal.first_name_only": (
        "Noteer een bewoner alleen met de voornaam, of laat de naam leeg.",
        "Note a resident by first name only, or leave the name empty.",
    ),
    "meetings.refusal.no_participants": ("Vul minstens één deelnemer in.", "Fill in at least one participant."),
    "meetings.refusal.no_linked": (
        "{kind} '{linked}' bestaat niet of valt buiten uw rol.",
        "{kind} '{linked}' does not exist or is outside your role.",
    ),
    "meetings.refusal.no_decision": (
        "Afspraak '{decision}' bestaat niet of valt buiten uw rol.",
        "Agreement '{decision}' does not exist or is outside your role.",
    ),
    "meetings.refusal.decision_closed": ("Deze afspraak is al afgerond.", "This agreement is already completed."),
    "meetings.refusal.other_programme": (
        "Deze bijeenkomst gaat over een ander programma.",
        "This meeting is about another programme.",
    ),
    "meetings.refusal.no_party": ("Partij '{party}' bestaat niet.", "Party '{party}' does not exist."),
    "dossier.refusal.no_funder": (
        "Dit programma valt buiten uw rol, of er is geen gemeente die het financiert.",
        "This programme is outside your role, or no municipality funds it.",
    ),
    "dossier.refusal.not_funded_by": (
        "Gemeente {code} financiert dit programma niet, of valt buiten uw rol.",
        "Municipality {code} does not fund this programme, or is outside your role.",
    ),
    "dossier.refusal.programme_outside_role": (
        "Dit programma valt buiten uw rol.",
        "This programme is outside your role.",
    ),
    "reasoning.refusal.not_saved": ("De redeneerlijn is niet opgeslagen", "The reasoning line was not saved"),
    "reasoning.refusal.programme_outside_role": (
        "Programma '{programme}' valt buiten uw rol.",
        "Programme '{programme}' is outside your role.",
    ),
    "reasoning.refusal.step": ("stap {number}: {problem}", "step {number}: {problem}"),
    "reasoning.refusal.step_held": (
        "stap '{step}' kan niet weg: er hangen nog aan: {stories} {stories|verhaal|verhalen}, {methods} methoden, "
        "{tests} getoetste aannames",
        "step '{step}' cannot be removed: still attached to it: {stories} {stories|story|stories}, {methods} methods, "
        "{tests} tested assumptions",
    ),
    "reasoning.refusal.link": ("schakel {number}: {problem}", "link {number}: {problem}"),
    "reasoning.refusal.link_outside": (
        "schakel {number}: van en naar moeten stappen van dit programma zijn",
        "link {number}: from and to must be steps of this programme",
    ),
    "reasoning.refusal.link_to_itself": (
        "schakel {number}: een stap kan niet naar zichzelf leiden",
        "link {number}: a step cannot lead to itself",
    ),
    "reasoning.refusal.link_twice": (
        "schakel {number}: deze schakel staat er al",
        "link {number}: this link is already there",
    ),
    "reasoning.refusal.link_tested": (
        "schakel {from_step} → {to_step} kan niet weg: de aanname is al getoetst",
        "link {from_step} → {to_step} cannot be removed: its assumption has already been tested",
    ),
    "reasoning.refusal.step_outside": (
        "stap '{step}' hoort niet bij dit programma",
        "step '{step}' does not belong to this programme",
    ),
    "reasoning.refusal.no_indicator": (
        "indicator '{indicator}' bestaat niet",
        "indicator '{indicator}' does not exist",
    ),
    "meetings.refusal.link_half": (
        "Kies bij een koppeling zowel de soort als waar het agendapunt over gaat.",
        "For a link, choose both the kind and what the agenda item is about.",
    ),
    # The way in: the roadmap for an organisation new to impact-oriented work.
    "roadmap.heading": ("Op weg naar impactgericht werken", "On the way to impact-oriented work"),
    "roadmap.intro": (
        "Nieuw met impactgericht werken? Dit zijn de stappen, in volgorde. Per stap ziet u waar dit programma"
        " staat, gelezen uit de eigen gegevens.",
        "New to impact-oriented work? These are the steps, in order. For each step you see where this programme"
        " stands, read from its own data.",
    ),
    "roadmap.for": ("Programma: {programme}", "Programme: {programme}"),
    "roadmap.outside_counts": (
        "U ziet alleen de verhalen en reflecties die u mag lezen.",
        "You only see the stories and reflections you may read.",
    ),
    "roadmap.taken": ("{taken} van de {total} stappen gezet", "{taken} of the {total} steps taken"),
    "roadmap.next": ("Volgende stap: {step}", "Next step: {step}"),
    "roadmap.all_done": (
        "Alle stappen zijn gezet. Houd de cirkel rond: verzamel nieuwe verhalen en cijfers en bespreek ze in het"
        " volgende leeratelier.",
        "Every step is taken. Keep the circle going: collect new stories and figures and discuss them in the"
        " next leeratelier.",
    ),
    "roadmap.all_taken": ("Alle stappen zijn gezet.", "Every step is taken."),
    "roadmap.go": ("Ga naar {page}", "Go to {page}"),
    "roadmap.progress.gezet": ("Gezet", "Taken"),
    "roadmap.progress.begonnen": ("Begonnen", "Begun"),
    "roadmap.progress.te_doen": ("Nog te doen", "To do"),
    "roadmap.programme.title": ("Kies een programma", "Choose a programme"),
    "roadmap.programme.what": (
        "Begin klein: één programma, met een doelgroep en een plek in de piramide van het sociaal werk.",
        "Start small: one programme, with a target group and a place in the pyramid of social work.",
    ),
    "roadmap.programme.status": ("Het programma staat erin.", "The programme is in."),
    "roadmap.reasoning_line.title": ("Schrijf de redeneerlijn", "Write the reasoning line"),
    "roadmap.reasoning_line.what": (
        "Wat doet u, wat levert dat op, wat verandert er voor mensen en wat in de samenleving? Schrijf bij elke"
        " schakel op wat u aanneemt.",
        "What do you do, what does it produce, what changes for people and what in society? Write down what you"
        " assume at each link.",
    ),
    "roadmap.reasoning_line.status": (
        "{steps} {steps|stap|stappen}, op {levels} van de 4 niveaus (interventie, resultaat, uitkomst, impact).",
        "{steps} {steps|step|steps}, on {levels} of the 4 levels (intervention, result, outcome, impact).",
    ),
    "roadmap.indicators.title": (
        "Kies samen met de gemeente een paar indicatoren",
        "Choose a few indicators together with the municipality",
    ),
    "roadmap.indicators.what": (
        "Kies uit de bibliotheek een paar indicatoren die bij de uitkomsten passen. Kies ze samen: dan gaat het"
        " gesprek over leren, niet over afrekenen.",
        "Choose a few indicators from the library that fit the outcomes. Choose them together: then the"
        " conversation is about learning, not about accountability.",
    ),
    "roadmap.indicators.status": (
        "{indicators} {indicators|indicator|indicatoren}, waarvan {together} samen met de gemeente gekozen.",
        "{indicators} {indicators|indicator|indicators}, {together} of them chosen together with the municipality.",
    ),
    "roadmap.measurements.title": ("Verzamel de eerste cijfers", "Collect the first figures"),
    "roadmap.measurements.what": (
        "Lees de metingen in, als Excel- of CSV-bestand, op de pagina Gegevens.",
        "Import the measurements, as an Excel or CSV file, on the Data page.",
    ),
    "roadmap.measurements.status": (
        "Cijfers over {months} {months|maand|maanden}.",
        "Figures for {months} {months|month|months}.",
    ),
    "roadmap.stories.title": ("Verzamel de eerste verhalen", "Collect the first stories"),
    "roadmap.stories.what": (
        "Vraag deelnemers en bewoners wat er voor hen het meest veranderde, ook wat tegenviel. Vraag of het"
        " verhaal gedeeld mag worden.",
        "Ask participants and residents what changed most for them, including what disappointed. Ask whether the"
        " story may be shared.",
    ),
    "roadmap.stories.status": ("{stories} {stories|verhaal|verhalen}.", "{stories} {stories|story|stories}."),
    "roadmap.reflections.title": ("Kijk naar het eigen vakmanschap", "Look at your own craft"),
    "roadmap.reflections.what": (
        "Schrijf op welke aanpak u koos en waarom, en bespreek morele dilemma's in het team.",
        "Write down which approach you chose and why, and discuss moral dilemmas in the team.",
    ),
    "roadmap.reflections.status": (
        "{reflections} {reflections|reflectie|reflecties}.",
        "{reflections} {reflections|reflection|reflections}.",
    ),
    "roadmap.leeratelier.title": ("Houd het eerste leeratelier", "Hold the first leeratelier"),
    "roadmap.leeratelier.what": (
        "Bekijk cijfers, verhalen en reflecties samen met de gemeente, op één scherm, en leg de afspraken vast.",
        "Look at figures, stories and reflections together with the municipality, on one screen, and record what"
        " you agree.",
    ),
    "roadmap.leeratelier.status": (
        "{held} {held|bijeenkomst|bijeenkomsten} gehouden, {planned} gepland.",
        "{held} {held|meeting|meetings} held, {planned} planned.",
    ),
    "roadmap.selection.title": (
        "Laat een panel de belangrijkste verhalen kiezen",
        "Let a panel choose the most significant stories",
    ),
    "roadmap.selection.what": (
        "Een panel van het team, de organisatie of de gemeente kiest de verhalen met de belangrijkste verandering"
        " en schrijft op waarom. Laat de vertellers weten wat er gekozen is.",
        "A panel of the team, the organisation or the municipality chooses the stories with the most significant"
        " change and writes down why. Let the storytellers know what was chosen.",
    ),
    "roadmap.selection.status": (
        "{chosen} {chosen|ronde|rondes} afgerond, {open} open.",
        "{chosen} {chosen|round|rounds} completed, {open} open.",
    ),
    "dossier.fact.roadmap": ("Op weg naar impactgericht werken", "On the way to impact-oriented work"),
}
