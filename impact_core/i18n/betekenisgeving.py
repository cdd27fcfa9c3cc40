"""User-facing text of the stories track: the collection, search, entry and selection rounds.

Each key maps to (Dutch, English).
"""

TEXTS: dict[str, tuple[str, str]] = {
    "stories.count": (
        "{total} {total|verhaal|verhalen} · {negative} negatief · {unintended} onverwacht · {selected} gekozen",
        "{total} {total|story|stories} · {negative} negative · {unintended} unexpected · {selected} selected",
    ),
    "stories.none": (
        "Geen verhalen die met deze rol gedeeld mogen worden.",
        "No stories that may be shared with this role.",
    ),
    "stories.read_more": ("Lees het hele verhaal", "Read the whole story"),
    "stories.why": ("Waarom belangrijk:", "Why it matters:"),
    "stories.selected_at": ("Gekozen door panel {level}", "Selected by {level} panel"),
    "stories.told_by": ("Verteld door: {role} · {domain} · {date}", "Told by: {role} · {domain} · {date}"),
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
        "{shown} van {total} {total|verhaal|verhalen}, nieuwste eerst",
        "{shown} of {total} {total|story|stories}, newest first",
    ),
    "stories.register.all": (
        "{total} {total|verhaal|verhalen}, nieuwste eerst",
        "{total} {total|story|stories}, newest first",
    ),
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
    "stories.words.none": (
        "Nog geen kenmerkende woorden: een woord telt pas als het in minstens twee verhalen van één domein "
        "staat en in niet meer dan een tiende van alle verhalen hier. Bij een handvol verhalen lukt dat zelden.",
        "No characteristic words yet: a word counts only when it is in at least two stories of one domain "
        "and in no more than a tenth of all stories here. With a handful of stories that rarely happens.",
    ),
    "stories.search": ("Zoek in de verhalen", "Search the stories"),
    "stories.search.placeholder": ("bijvoorbeeld: eenzaam, schulden, vrijwilliger", "e.g. eenzaam, schulden"),
    "stories.search.count": (
        "{count} {count|verhaal|verhalen} gevonden, beste eerst",
        "{count} {count|story|stories} found, best first",
    ),
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
        "Een code van letters en cijfers met minstens één cijfer, zoals VT-0012. Nooit een naam. Met de code "
        "kan alles van deze verteller later op verzoek gewist worden.",
        "A code of letters and digits with at least one digit, such as VT-0012. Never a name. The code lets "
        "everything this storyteller told be erased on request.",
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
    "review.note": (
        "Hierin stond iets persoonlijks. Zo leest de gemeente het, en het gedeelde scherm: verbeter wat de "
        "maskering miste of te veel wegliet, en sla dan op.",
        "This held something personal. This is how the municipality and the shared screen read it: correct "
        "what the masking missed or took out needlessly, then save.",
    ),
    "review.save": ("Opslaan zoals getoond", "Save as shown"),
    "stories.saved": ("Het verhaal is opgeslagen.", "The story is saved."),
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
    "rounds.votes_saved": ("De stemmen van {voter} zijn opgeslagen.", "The votes of {voter} are saved."),
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
    "rounds.refusal.no_title": ("Geef de ronde een titel.", "Give the round a title."),
    "rounds.refusal.period_reversed": ("De periode begint na het einde.", "The period starts after it ends."),
    "rounds.refusal.programme_outside_role": (
        "Dit programma valt buiten uw rol.",
        "This programme is outside your role.",
    ),
    "rounds.refusal.no_meeting": (
        "Deze bijeenkomst bestaat niet of valt buiten uw rol.",
        "This meeting does not exist or is outside your role.",
    ),
    "rounds.refusal.meeting_other_programme": (
        "Deze bijeenkomst gaat over een ander programma.",
        "This meeting is about another programme.",
    ),
    "rounds.refusal.no_round": (
        "Deze selectieronde bestaat niet of valt buiten uw rol.",
        "This selection round does not exist or is outside your role.",
    ),
    "rounds.refusal.not_shortlistable": (
        "Deze verhalen kunnen niet op de shortlist: {stories}.",
        "These stories cannot go on the shortlist: {stories}.",
    ),
    "rounds.refusal.closed": ("Deze ronde is al afgerond.", "This round is already closed."),
    "rounds.refusal.no_voter": ("Vul in wie er stemt.", "Fill in who is voting."),
    "rounds.refusal.score_range": ("Een score is 0 tot en met 5.", "A score is from 0 to 5."),
    "rounds.refusal.not_on_shortlist": (
        "Dit verhaal staat niet op de shortlist van deze ronde.",
        "This story is not on the shortlist of this round.",
    ),
    "rounds.refusal.none_chosen": ("Kies minstens één verhaal.", "Choose at least one story."),
    "rounds.refusal.no_reasons": (
        "Schrijf op waarom het panel deze verhalen koos; dat is de kern van de methode.",
        "Write down why the panel chose these stories; that is the heart of the method.",
    ),
    "rounds.refusal.only_shortlist": (
        "Alleen verhalen van de shortlist kunnen gekozen worden.",
        "Only stories on the shortlist can be chosen.",
    ),
    "rounds.refusal.round_not_saved": ("De ronde is niet opgeslagen", "The round was not saved"),
    "rounds.refusal.vote_not_saved": ("De stem is niet opgeslagen", "The vote was not saved"),
    "rounds.refusal.choice_not_saved": ("De keuze is niet opgeslagen", "The choice was not saved"),
    "stories.refusal.not_saved": ("Het verhaal is niet opgeslagen", "The story was not saved"),
    "stories.refusal.other_organisation": (
        "Dit programma hoort niet bij uw organisatie.",
        "This programme does not belong to your organisation.",
    ),
    "stories.refusal.no_link": ("koppeling '{linked}' bestaat niet", "link '{linked}' does not exist"),
    # Self-signification: the storyteller's own marks, and their patterns beside the panels' choices.
    "signification.form.section": ("De verteller zelf", "The storyteller themselves"),
    "signification.form.intro": (
        "Vraag de verteller na het vertellen: waar gaat het verhaal over, en hoe voelde het? De verteller "
        "kiest zelf. Alles mag leeg blijven.",
        "Ask the storyteller after telling: what is the story about, and how did it feel? The storyteller "
        "chooses. Everything may stay empty.",
    ),
    "signification.q.marked_by": ("Wie koos dit?", "Who chose this?"),
    "signification.q.about": ("Waar gaat het verhaal over?", "What is the story about?"),
    "signification.q.feeling": ("Hoe voelde het?", "How did it feel?"),
    "signification.q.change_size": ("Hoe groot was de verandering?", "How big was the change?"),
    "signification.q.expected": (
        "Had de verteller deze verandering verwacht?",
        "Did the storyteller expect this change?",
    ),
    "signification.card": ("Volgens de verteller zelf:", "According to the storyteller:"),
    "signification.refusal.not_saved": (
        "Wat de verteller zelf koos, is niet opgeslagen",
        "What the storyteller chose was not saved",
    ),
    "signification.edit.open": ("Duiding aanpassen", "Change the marks"),
    "signification.edit.intro": (
        "Pas aan wat de verteller zelf koos. Alles mag leeg blijven: wat leeg is, wordt verwijderd.",
        "Change what the storyteller chose. Everything may stay empty: what is empty is removed.",
    ),
    "signification.edit.save": ("Duiding opslaan", "Save the marks"),
    "signification.edit.remove": ("Duiding verwijderen", "Remove the marks"),
    "signification.edit.cancel": ("Annuleren", "Cancel"),
    "signification.edit.saved": ("De duiding is aangepast.", "The marks were changed."),
    "signification.edit.removed": ("De duiding is verwijderd.", "The marks were removed."),
    "signification.edit.unmarked": (
        "Er is niets opgeslagen: het formulier was leeg en het verhaal had geen duiding.",
        "Nothing was saved: the form was empty and the story had no marks.",
    ),
    "signification.refusal.not_yours": (
        "Dit verhaal kunt u niet aanpassen: het bestaat niet of u mag het niet lezen.",
        "You cannot change this story: it does not exist or you may not read it.",
    ),
    "signification.title": (
        "Wat vertellers zelf zeggen, naast de keuze van de panels",
        "What storytellers say themselves, beside the panels' choices",
    ),
    "signification.intro": (
        "Vertellers gaven hun eigen verhaal een betekenis: hoe het voelde, hoe groot de verandering was en of "
        "die verwacht was. Hier staan alle verhalen met zo'n eigen duiding naast de verhalen die panels kozen. "
        "Kiezen panels wat vertellers zelf belangrijk vinden?",
        "Storytellers gave their own story a meaning: how it felt, how big the change was and whether it was "
        "expected. Here every story with such marks stands beside the stories panels chose. Do panels choose "
        "what storytellers themselves find important?",
    ),
    "signification.group.alle": ("alle verhalen met eigen duiding", "all stories with own marks"),
    "signification.group.gekozen": ("gekozen door een panel", "chosen by a panel"),
    "signification.chart.change_size": ("Hoe groot was de verandering?", "How big was the change?"),
    "signification.chart.feeling": ("Hoe voelde het?", "How did it feel?"),
    "signification.chart.share": ("% verhalen", "% stories"),
    "signification.col.group": ("Groep", "Group"),
    "signification.col.measure": ("Vraag", "Question"),
    "signification.col.answer": ("Antwoord", "Answer"),
    "signification.col.stories": ("Verhalen", "Stories"),
    "signification.col.share": ("Aandeel", "Share"),
    "signification.about_title": (
        "Waar gaan de verhalen over, volgens de vertellers?",
        "What are the stories about, according to the storytellers?",
    ),
    "signification.expected_title": ("Was de verandering verwacht?", "Was the change expected?"),
    "signification.sentence.lead": (
        "Van {n} {n|verhaal|verhalen} met een eigen duiding kozen panels er {chosen}.",
        "Of {n} {n|story|stories} with own marks, panels chose {chosen}.",
    ),
    "signification.sentence.big.more": (
        "Verhalen die panels kozen, waren voor vertellers vaker een grote verandering "
        "({chosen} tegen {everyone} van alle).",
        "Stories panels chose were more often a big change to storytellers ({chosen} against {everyone} of all).",
    ),
    "signification.sentence.big.less": (
        "Verhalen die panels kozen, waren voor vertellers minder vaak een grote verandering "
        "({chosen} tegen {everyone} van alle).",
        "Stories panels chose were less often a big change to storytellers ({chosen} against {everyone} of all).",
    ),
    "signification.sentence.big.same": (
        "Verhalen die panels kozen, waren voor vertellers ongeveer even vaak een grote verandering "
        "({chosen} tegen {everyone} van alle).",
        "Stories panels chose were about as often a big change to storytellers ({chosen} against {everyone} of all).",
    ),
    "signification.sentence.good.more": (
        "Ze voelden vaker goed ({chosen} tegen {everyone}).",
        "They felt good more often ({chosen} against {everyone}).",
    ),
    "signification.sentence.good.less": (
        "Ze voelden minder vaak goed ({chosen} tegen {everyone}).",
        "They felt good less often ({chosen} against {everyone}).",
    ),
    "signification.sentence.good.same": (
        "Ze voelden ongeveer even vaak goed ({chosen} tegen {everyone}).",
        "They felt good about as often ({chosen} against {everyone}).",
    ),
    "signification.sentence.unexpected.more": (
        "De verandering kwam vaker (deels) onverwacht ({chosen} tegen {everyone}).",
        "The change came (partly) unexpected more often ({chosen} against {everyone}).",
    ),
    "signification.sentence.unexpected.less": (
        "De verandering kwam minder vaak (deels) onverwacht ({chosen} tegen {everyone}).",
        "The change came (partly) unexpected less often ({chosen} against {everyone}).",
    ),
    "signification.sentence.unexpected.same": (
        "De verandering kwam ongeveer even vaak (deels) onverwacht ({chosen} tegen {everyone}).",
        "The change came (partly) unexpected about as often ({chosen} against {everyone}).",
    ),
    "signification.sentence.small": (
        "Let op: het gaat om maar {n} gekozen {n|verhaal|verhalen}. Lees dit als een vraag voor het gesprek, "
        "niet als een uitkomst.",
        "Mind: only {n} chosen {n|story|stories}. Read this as a question for the conversation, not as a finding.",
    ),
    "signification.sentence.none": (
        "Nog geen verhalen waarbij de verteller zelf een duiding gaf.",
        "No stories yet in which the storyteller gave their own marks.",
    ),
    "signification.sentence.suppressed": (
        "Minder dan {threshold} {threshold|verhaal|verhalen} met een eigen duiding: te weinig om hier te tonen.",
        "Fewer than {threshold} {threshold|story|stories} with own marks: too few to show here.",
    ),
    "signification.sentence.no_chosen": (
        "{n} {n|verhaal|verhalen} met een eigen duiding, maar panels kozen er nog geen: "
        "er is nog niets te vergelijken.",
        "{n} {n|story|stories} with own marks, but panels chose none yet: nothing to compare yet.",
    ),
    "signification.sentence.chosen_suppressed": (
        "{n} {n|verhaal|verhalen} met een eigen duiding. De keuze van de panels rust op minder dan "
        "{threshold} {threshold|verhaal|verhalen} en wordt daarom niet apart getoond.",
        "{n} {n|story|stories} with own marks. The panels' choice rests on fewer than "
        "{threshold} {threshold|story|stories} and is therefore not shown apart.",
    ),
    "signification.summary_line": (
        "Volgens de vertellers zelf: bij {big} van {n} {n|verhaal|verhalen} een grote verandering; "
        "bij de {chosen} die panels kozen {big_chosen}.",
        "According to the storytellers: a big change in {big} of {n} {n|story|stories}; "
        "in the {chosen} panels chose {big_chosen}.",
    ),
    "signification.summary_all": (
        "Volgens de vertellers zelf: bij {big} van {n} {n|verhaal|verhalen} een grote verandering.",
        "According to the storytellers: a big change in {big} of {n} {n|story|stories}.",
    ),
    "signification.summary_none": (
        "Nog geen verhalen met een eigen duiding van de verteller.",
        "No stories with the storyteller's own marks yet.",
    ),
    "signification.summary_suppressed": (
        "Eigen duiding van vertellers: minder dan {threshold} {threshold|verhaal|verhalen}, niet getoond.",
        "Storytellers' own marks: fewer than {threshold} {threshold|story|stories}, not shown.",
    ),
    "signification.chart.summary": (
        "{question} Bij alle verhalen met een eigen duiding kozen vertellers het vaakst '{answer}' ({share}).",
        "{question} Across all stories with own marks, storytellers most often chose '{answer}' ({share}).",
    ),
    "signification.chart.summary_chosen": (
        "Bij de verhalen die panels kozen: '{answer}' ({share}).",
        "In the stories panels chose: '{answer}' ({share}).",
    ),
}
