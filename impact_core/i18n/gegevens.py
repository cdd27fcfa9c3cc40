"""User-facing text of the data page: import, template, export, backup, erasure, the audit log.

Each key maps to (Dutch, English).
"""

TEXTS: dict[str, tuple[str, str]] = {
    "gegevens.steward_only": (
        "Gegevens inlezen, uitvoeren of verhalen wissen mag alleen beheer: de gegevensbeheerder van de "
        "organisatie. Reservekopieën van de hele database maakt het platformbeheer. Vraag de gegevensbeheerder om "
        "hulp als u gegevens wilt aanleveren.",
        "Only the data steward (beheer) of the organisation may import, export or erase data. Backups of the whole "
        "database are made by the platform steward. Ask the data steward for help if you want to supply data.",
    ),
    "gegevens.intro": (
        "Lees gegevens van uw organisatie in uit Excel of CSV, haal het sjabloon op, zet de gegevens van uw "
        "organisatie in Excel, of wis de verhalen van een verteller of de scores van een deelnemer. Het "
        "platformbeheer maakt reservekopieën van de hele database.",
        "Import your organisation's data from Excel or CSV, download the template, export your organisation's "
        "data to Excel, or erase a storyteller's stories or a participant's scores. The platform steward backs "
        "up the whole database.",
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
    "gegevens.result.omitted": (
        "Van {count} fout(en) staat alleen het aantal hier; verbeter eerst de fouten in de tabel.",
        "Of {count} error(s) only the number is shown here; first correct the errors in the table.",
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
        "stemmen, koppelingen, zoekindex), en stukken die eruit geciteerd zijn in reflecties, besluiten en "
        "andere teksten. Er blijft alleen vastgelegd dat er gewist is, wanneer en door wie; niet wie het was of "
        "wat er stond.",
        "On request, erase everything one storyteller told: the stories and everything linked to them "
        "(selection rounds, votes, links, search index), and passages quoted from them in reflections, "
        "decisions and other texts. Only the fact that an erasure happened, when and by whom is kept; not who "
        "it was or what was said.",
    ),
    "gegevens.erase.pseudonym": ("Pseudoniem van de verteller", "Storyteller's pseudonym"),
    "gegevens.erase.incomplete": (
        "Er is niets gewist: vul het pseudoniem in én vink aan dat u begrijpt dat wissen niet ongedaan kan "
        "worden. Het formulier is leeggemaakt; vul het opnieuw in.",
        "Nothing was erased: fill in the pseudonym and tick that you understand erasing cannot be undone. "
        "The form was emptied; fill it in again.",
    ),
    "gegevens.erase.confirm": (
        "Ik begrijp dat dit niet ongedaan kan worden.",
        "I understand that this cannot be undone.",
    ),
    "gegevens.erase.button": ("Wissen", "Erase"),
    "gegevens.erase.done": ("{count} verhaal/verhalen gewist.", "{count} stor(y/ies) erased."),
    "gegevens.erase.quotes": (
        "Hier stond een citaat uit deze verhalen; het is vervangen door [gewist]:",
        "A quote from these stories stood here; it was replaced by [gewist]:",
    ),
    "gegevens.erase.kind": ("Soort", "Kind"),
    "gegevens.erase.record": ("Record", "Record"),
    "gegevens.erase.field": ("Veld", "Field"),
    "gegevens.erase.log": ("Eerder gewist", "Erased before"),
    "gegevens.erase.log.erased_at": ("Gewist op", "Erased on"),
    "gegevens.erase.log.role": ("Rol", "Role"),
    "gegevens.erase.log.actor": ("Door", "By"),
    "gegevens.erase.log.stories": ("Verhalen", "Stories"),
    "gegevens.erase.log.instrument_scores": ("Scores van instrumenten", "Instrument scores"),
    "gegevens.erase.storyteller.title": ("Verhalen van een verteller", "A storyteller's stories"),
    "gegevens.erase.participant.title": ("Scores van een deelnemer", "A participant's scores"),
    "gegevens.erase.participant.text": (
        "Wis op verzoek alle scores van één deelnemer op de Zelfredzaamheid-Matrix en Positieve Gezondheid, in "
        "alle programma's van uw organisatie. In het logboek staat alleen dat er gewist is, hoeveel scores, "
        "wanneer en door wie; niet wie het was.",
        "On request, erase all of one participant's scores on the Self-Sufficiency Matrix and Positive Health, "
        "in every programme of your organisation. The audit log keeps only that an erasure happened, how many "
        "scores, when and by whom; not who it was.",
    ),
    "gegevens.erase.participant.pseudonym": ("Code van de deelnemer", "Participant's code"),
    "gegevens.erase.participant.button": ("Scores wissen", "Erase scores"),
    "gegevens.erase.participant.done": (
        "{count} {count|score|scores} van de deelnemer gewist.",
        "{count} {count|score|scores} of the participant erased.",
    ),
    "gegevens.tab.audit": ("Logboek", "Audit log"),
    "gegevens.tab.peers": ("Vergelijken", "Compare"),
    "gegevens.audit.text": (
        "Wie wat heeft vastgelegd of gewijzigd, en wanneer; nooit wat er stond. U ziet alleen wat uw eigen "
        "organisatie betreft.",
        "Who recorded or changed what, and when; never what it said. You see only what concerns your own organisation.",
    ),
    "gegevens.audit.none": ("Er staat nog niets in het logboek.", "The audit log is still empty."),
    "gegevens.audit.when": ("Wanneer", "When"),
    "gegevens.audit.role": ("Rol", "Role"),
    "gegevens.audit.who": ("Wie", "Who"),
    "gegevens.audit.action": ("Wat", "What"),
    "gegevens.audit.table": ("Soort gegevens", "Kind of data"),
    "gegevens.audit.record": ("Welk record", "Which record"),
    # --- import: limits, notes and refusals of a whole file (issue 18) ---
    "gegevens.limit.rows": (
        "{name} heeft meer dan {limit} rijen; zo'n bestand lees ik niet. Splits het op in kleinere bestanden.",
        "{name} has more than {limit} rows; such a file is not read. Split it into smaller files.",
    ),
    "gegevens.limit.cells": (
        "{name} heeft meer dan {limit} cellen (rijen maal kolommen); zo'n bestand lees ik niet. "
        "Splits het op in kleinere bestanden.",
        "{name} has more than {limit} cells (rows times columns); such a file is not read. "
        "Split it into smaller files.",
    ),
    "gegevens.limit.sheet_cells": (
        "{name}: de werkmap heeft meer dan {limit} gevulde cellen; zo'n werkmap lees ik niet. "
        "Sla veel gegevens op als CSV-bestand.",
        "{name}: the workbook has more than {limit} filled cells; such a workbook is not read. "
        "Save large data as a CSV file.",
    ),
    "gegevens.limit.sheets": (
        "{name} heeft meer dan {limit} bladen; zo'n werkmap lees ik niet.",
        "{name} has more than {limit} sheets; such a workbook is not read.",
    ),
    "gegevens.note.title_rows": (
        "{source}: de kopregel staat in rij {header}; rij {rows} erboven is overgeslagen (een titel).",
        "{source}: the header is in row {header}; row {rows} above it was skipped (a title).",
    ),
    "gegevens.note.totals": (
        "{source}: rij {rows} onderaan is een totaalregel en is niet ingelezen.",
        "{source}: row {rows} at the bottom is a total row and was not loaded.",
    ),
    "gegevens.note.empty_rows": (
        "{source}: {count} lege rij(en) overgeslagen.",
        "{source}: {count} empty row(s) skipped.",
    ),
    "gegevens.note.percent": (
        "{source}, kolom '{column}': {count} cel(len) met procentopmaak gelezen als het percentage dat Excel "
        "toont (45% wordt 45).",
        "{source}, column '{column}': {count} cell(s) formatted as a percentage read as the percentage Excel "
        "shows (45% becomes 45).",
    ),
    "gegevens.note.percent_fraction": (
        "{source}, kolom '{column}': {count} percentage(s) gelezen als deel van 1 (20% wordt 0,2); zo staat dit "
        "veld in de database.",
        "{source}, column '{column}': {count} percentage(s) read as a part of one (20% becomes 0.2); that is how "
        "this field is stored.",
    ),
    "gegevens.note.numbers": (
        "{source}: getallen gelezen met {format}.",
        "{source}: numbers read with {format}.",
    ),
    "gegevens.numbers.comma": (
        "decimaalkomma, punt voor duizendtallen (1.234,5)",
        "decimal comma, dot for thousands (1.234,5)",
    ),
    "gegevens.numbers.point": (
        "decimaalpunt, komma voor duizendtallen (1,234.5)",
        "decimal point, comma for thousands (1,234.5)",
    ),
    "gegevens.note.serial_dates": (
        "{source}, kolom '{column}': {count} datum(s) gelezen als Excel-datumgetal (bijvoorbeeld {example} is {date}).",
        "{source}, column '{column}': {count} date(s) read as an Excel date number (for example {example} is {date}).",
    ),
    "gegevens.note.not_applicable": (
        "{source}, kolom '{column}': {count} keer '{value}' gelezen als leeg; dit veld mag leeg blijven.",
        "{source}, column '{column}': '{value}' read as empty {count} time(s); this field may stay empty.",
    ),
    "gegevens.note.by_header": (
        "{source}: de naam van het blad zegt niet welke gegevens erin staan; aan de kolommen herken ik '{entity}'.",
        "{source}: the sheet's name does not say what data it holds; its columns show it is '{entity}'.",
    ),
    "gegevens.note.by_header_file": (
        "{source}: de naam van het bestand zegt niet welke gegevens erin staan; aan de kolommen herken ik '{entity}'.",
        "{source}: the file's name does not say what data it holds; its columns show it is '{entity}'.",
    ),
    "gegevens.note.skipped": (
        "{source}: dit blad is overgeslagen: {reason}.",
        "{source}: this sheet was skipped: {reason}.",
    ),
    "gegevens.skip.empty": ("het is leeg", "it is empty"),
    "gegevens.skip.no_rows": ("er staan geen rijen onder de kopregel", "there are no rows under the header"),
    "gegevens.skip.unknown": (
        "de naam en de kolommen passen bij geen soort gegevens",
        "neither its name nor its columns fit a kind of data",
    ),
    "gegevens.skip.ambiguous": (
        "de kolommen passen bij meer dan één soort gegevens ({entities}); noem het blad naar de soort",
        "its columns fit more than one kind of data ({entities}); name the sheet after the kind",
    ),
    "gegevens.nothing_imported": (
        "{name}: er is niets ingelezen. Overgeslagen: {skipped}. Noem een blad naar de soort gegevens ({known}) "
        "en zet de gegevens onder een kopregel met de kolomnamen van het sjabloon.",
        "{name}: nothing was loaded. Skipped: {skipped}. Name a sheet after the kind of data ({known}) and put "
        "the data under a header with the column names of the template.",
    ),
    "gegevens.sheet": ("blad '{title}' ({reason})", "sheet '{title}' ({reason})"),
    "gegevens.nothing_in_file": (
        "{name}: er is niets ingelezen: er staan geen rijen onder de kopregel.",
        "{name}: nothing was loaded: there are no rows under the header.",
    ),
    "gegevens.numbers.mixed": (
        "{source}: in dit bestand staan getallen met een decimaalkomma ('{comma}' in kolom '{comma_column}') en "
        "getallen met een decimaalpunt ('{point}' in kolom '{point_column}'). Dan weet ik niet wat een getal als "
        "1.200 betekent. Schrijf alle getallen op dezelfde manier.",
        "{source}: this file has numbers with a decimal comma ('{comma}' in column '{comma_column}') and numbers "
        "with a decimal point ('{point}' in column '{point_column}'). Then it is unclear what a number like 1.200 "
        "means. Write all numbers the same way.",
    ),
    "gegevens.numbers.ambiguous": (
        "{source}, kolom '{column}': een getal als '{value}' kan {thousands} zijn of {decimal}, en niets in het "
        "bestand zegt welke van de twee. Schrijf duizendtallen zonder punt of komma (1200), of geef een getal met "
        "decimalen in dezelfde schrijfwijze (bijvoorbeeld 2,5 of 2.5).",
        "{source}, column '{column}': a number like '{value}' can be {thousands} or {decimal}, and nothing in the "
        "file says which. Write thousands without a dot or comma (1200), or add a number with decimals written "
        "the same way (for example 2,5 or 2.5).",
    ),
    "gegevens.unexpected": (
        "Er ging iets mis dat niet had mogen gebeuren; er is niets veranderd. Meld het aan wie Impactdialoog "
        "beheert, met deze woorden: {kind}.",
        "Something went wrong that should not have happened; nothing was changed. Report it to whoever runs "
        "Impactdialoog, with these words: {kind}.",
    ),
    "gegevens.refusal.no_file": (
        "Het bestand {path} bestaat niet of is geen bestand.",
        "The file {path} does not exist or is not a file.",
    ),
    "gegevens.refusal.too_big": (
        "{name} is groter dan {megabytes} MB. Splits het bestand op of gebruik de opdrachtregel.",
        "{name} is larger than {megabytes} MB. Split the file or use the command line.",
    ),
    "gegevens.refusal.columns": (
        "{name} heeft meer dan {limit} kolommen; zo'n bestand lees ik niet. Is het het goede bestand?",
        "{name} has more than {limit} columns; such a file is not read. Is it the right file?",
    ),
    "gegevens.refusal.sheet_columns": (
        "{name}: het blad heeft meer dan {limit} kolommen; zo'n bestand lees ik niet. Is het het goede bestand?",
        "{name}: the sheet has more than {limit} columns; such a file is not read. Is it the right file?",
    ),
    "gegevens.refusal.where": ("{name}, blad {sheet}", "{name}, sheet {sheet}"),
    "gegevens.refusal.old_excel": (
        "{name}: het oude Excel-formaat (.xls) lees ik niet. Sla het op als .xlsx.",
        "{name}: the old Excel format (.xls) is not read. Save it as .xlsx.",
    ),
    "gegevens.refusal.kind": (
        "{name}: dit soort bestand lees ik niet. Gebruik een Excel-werkmap (.xlsx) of CSV (.csv).",
        "{name}: this kind of file is not read. Use an Excel workbook (.xlsx) or CSV (.csv).",
    ),
    "gegevens.refusal.not_text": (
        "{name} is geen tekstbestand. Gebruik CSV (tekst) of een Excel-werkmap (.xlsx).",
        "{name} is not a text file. Use CSV (text) or an Excel workbook (.xlsx).",
    ),
    "gegevens.refusal.bad_csv": (
        "{name} is geen leesbaar CSV-bestand ({error}).",
        "{name} is not a readable CSV file ({error}).",
    ),
    "gegevens.refusal.empty": ("{name} is leeg.", "{name} is empty."),
    "gegevens.refusal.bad_workbook": (
        "{name} is geen leesbare Excel-werkmap ({error}).",
        "{name} is not a readable Excel workbook ({error}).",
    ),
    "gegevens.refusal.not_a_workbook": (
        "{name} is geen Excel-werkmap (.xlsx), al heet het zo.",
        "{name} is not an Excel workbook (.xlsx), though it is named like one.",
    ),
    "gegevens.refusal.damaged": ("{name} is beschadigd ({error}).", "{name} is damaged ({error})."),
    "gegevens.refusal.bomb": (
        "{name} pakt uit tot veel te veel gegevens; zo'n bestand lees ik niet.",
        "{name} unpacks to far too much data; such a file is not read.",
    ),
    "gegevens.refusal.no_backup": ("De reservekopie {path} bestaat niet.", "The backup {path} does not exist."),
    "gegevens.refusal.backup_unopenable": (
        "{name} is geen database die ik kan openen ({error}).",
        "{name} is not a database that can be opened ({error}).",
    ),
    "gegevens.refusal.backup_unreadable": (
        "{name} kan ik niet doorlezen ({error}).",
        "{name} cannot be read through ({error}).",
    ),
    "gegevens.refusal.backup_no_version": (
        "{name} is geen reservekopie van Impactdialoog (geen schemaversie).",
        "{name} is not a backup of Impactdialoog (no schema version).",
    ),
    "gegevens.refusal.backup_newer": (
        "{name} komt van een nieuwere versie van Impactdialoog (schema {version}).",
        "{name} comes from a newer version of Impactdialoog (schema {version}).",
    ),
    "gegevens.refusal.backup_versions_missing": (
        "{name} is geen reservekopie van Impactdialoog: er ontbreken schemaversies.",
        "{name} is not a backup of Impactdialoog: schema versions are missing.",
    ),
    "gegevens.refusal.backup_differs": (
        "{name} wordt niet teruggezet, want het is niet precies een database van Impactdialoog (schema "
        "{version}): {differences}.",
        "{name} is not restored, because it is not exactly a database of Impactdialoog (schema {version}): "
        "{differences}.",
    ),
    "gegevens.refusal.backup_differs_more": (
        "{name} wordt niet teruggezet, want het is niet precies een database van Impactdialoog (schema "
        "{version}): {differences}; en nog {more} verschillen.",
        "{name} is not restored, because it is not exactly a database of Impactdialoog (schema {version}): "
        "{differences}; and {more} more differences.",
    ),
    "gegevens.refusal.pseudonym": (
        "Een pseudoniem bestaat uit letters, cijfers, '-', '_' of '.', zoals VT-0012.",
        "A pseudonym consists of letters, digits, '-', '_' or '.', such as VT-0012.",
    ),
    "gegevens.refusal.too_big_for_excel": (
        "{tables} heeft meer rijen dan Excel aankan; kies Parquet.",
        "{tables} has more rows than Excel can hold; choose Parquet.",
    ),
    "gegevens.refusal.database_exists": (
        "De database {path} bestaat al. Gebruik --force om haar opnieuw op te bouwen (alles wat erin staat, "
        "verdwijnt dan).",
        "The database {path} already exists. Use --force to build it again (everything in it is then lost).",
    ),
    "gegevens.refusal.unknown_data": (
        "{source}: ik weet niet welke gegevens hierin staan. Noem het bestand naar de soort gegevens: {known}.",
        "{source}: it is not clear which data this holds. Name the file after the kind of data: {known}.",
    ),
    "gegevens.refusal.no_stories_to_scale": (
        "Er zijn geen verhalen om synthetische verhalen van te maken.",
        "There are no stories to make synthetic stories from.",
    ),
}
