<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporteren</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;New journey</source>
        <translation>&amp;Nieuwe reis</translation>
    </message>
    <message>
        <source>&amp;Open journey file…</source>
        <translation>Reisbestand &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importeren…</translation>
    </message>
    <message>
        <source>Import contact &amp;history…</source>
        <translation>Contact&amp;geschiedenis importeren…</translation>
    </message>
    <message>
        <source>&amp;Save journey as…</source>
        <translation>Reis op&amp;slaan als…</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>PDF-rapport…</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF-rapport</translation>
    </message>
    <message>
        <source>Map as PNG image…</source>
        <translation>Kaart als PNG-afbeelding…</translation>
    </message>
    <message>
        <source>Map as SVG drawing…</source>
        <translation>Kaart als SVG-tekening…</translation>
    </message>
    <message>
        <source>Slides (PowerPoint)…</source>
        <translation>Dia&apos;s (PowerPoint)…</translation>
    </message>
    <message>
        <source>Steps as CSV table…</source>
        <translation>Stappen als CSV-tabel…</translation>
    </message>
    <message>
        <source>Journey as JSON file…</source>
        <translation>Reis als JSON-bestand…</translation>
    </message>
    <message>
        <source>Journey as Mermaid diagram…</source>
        <translation>Reis als Mermaid-diagram…</translation>
    </message>
    <message>
        <source>Journey as CJML file…</source>
        <translation>Reis als CJML-bestand…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;uitvoeren</translation>
    </message>
    <message>
        <source>&amp;Add step after current</source>
        <translation>Stap &amp;toevoegen na huidige</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Stap toevoegen</translation>
    </message>
    <message>
        <source>&amp;Delete step</source>
        <translation>Stap &amp;verwijderen</translation>
    </message>
    <message>
        <source>Move step &amp;left</source>
        <translation>Stap naar &amp;links</translation>
    </message>
    <message>
        <source>Move step &amp;right</source>
        <translation>Stap naar &amp;rechts</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>Vorige sta&amp;p</translation>
    </message>
    <message>
        <source>Ne&amp;xt step</source>
        <translation>Vol&amp;gende stap</translation>
    </message>
    <message>
        <source>Accept &amp;proposal</source>
        <translation>&amp;Voorstel overnemen</translation>
    </message>
    <message>
        <source>Re&amp;ject proposal</source>
        <translation>Voorstel &amp;afwijzen</translation>
    </message>
    <message>
        <source>Hand-off: context was at hand</source>
        <translation>Overdracht: voorgeschiedenis was bekend</translation>
    </message>
    <message>
        <source>Hand-off: context was not at hand</source>
        <translation>Overdracht: voorgeschiedenis was niet bekend</translation>
    </message>
    <message>
        <source>Hand-off: skip question</source>
        <translation>Overdracht: vraag overslaan</translation>
    </message>
    <message>
        <source>Edit &amp;journey details</source>
        <translation>Reisgegevens &amp;bewerken</translation>
    </message>
    <message>
        <source>Journey is &amp;planned (the service as designed)</source>
        <translation>Reis is gepla&amp;nd (de dienst zoals ontworpen)</translation>
    </message>
    <message>
        <source>Lin&amp;k to planned step…</source>
        <translation>&amp;Koppelen aan geplande stap…</translation>
    </message>
    <message>
        <source>Retry sa&amp;ve</source>
        <translation>Opnieuw op&amp;slaan</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Presentatiemodus</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presenteren</translation>
    </message>
    <message>
        <source>Analyse listed journeys &amp;together…</source>
        <translation>Getoonde reizen &amp;samen analyseren…</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <source>&amp;Fit map to window</source>
        <translation>Kaart &amp;aanpassen aan venster</translation>
    </message>
    <message>
        <source>Go to &amp;library</source>
        <translation>Naar &amp;bibliotheek</translation>
    </message>
    <message>
        <source>Go to f&amp;indings</source>
        <translation>Naar be&amp;vindingen</translation>
    </message>
    <message>
        <source>Go to &amp;step inspector</source>
        <translation>Naar in&amp;spector</translation>
    </message>
    <message>
        <source>Go to &amp;map</source>
        <translation>Naar &amp;kaart</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>&amp;Donker thema</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;About JourneyMap</source>
        <translation>&amp;Over JourneyMap</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkbalk</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>JourneyMap: library cannot be opened</source>
        <translation>JourneyMap: bibliotheek kan niet worden geopend</translation>
    </message>
    <message>
        <source>Open another library file…</source>
        <translation>Ander bibliotheekbestand openen…</translation>
    </message>
    <message>
        <source>Start a fresh library</source>
        <translation>Met een nieuwe bibliotheek beginnen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>Bibliotheek openen</translation>
    </message>
    <message>
        <source>JourneyMap libraries (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>JourneyMap-bibliotheken (*.sqlite3 *.sqlite *.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>%1 (recovered)</source>
        <translation>%1 (hersteld)</translation>
    </message>
</context>
<context>
    <name>ChannelPicker</name>
    <message>
        <source>Unknown channel: type a name such as phone, telefoon or e-mail</source>
        <translation>Onbekend kanaal: typ een naam zoals telefoon, phone of e-mail</translation>
    </message>
</context>
<context>
    <name>ConflictController</name>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>Not saved: %1. Your edit stays on screen; JourneyMap saves it as soon as the library answers again.</source>
        <translation>Niet opgeslagen: %1. Je wijziging blijft op het scherm staan; JourneyMap slaat haar op zodra de bibliotheek weer antwoordt.</translation>
    </message>
    <message>
        <source>JourneyMap did not close properly last time. Every edit had been saved; nothing was lost.</source>
        <translation>JourneyMap is de vorige keer niet netjes afgesloten. Elke wijziging was al opgeslagen; er is niets verloren gegaan.</translation>
    </message>
    <message>
        <source>“%1”: your edit of %2 is saved.</source>
        <translation>“%1”: uw wijziging van %2 is opgeslagen.</translation>
    </message>
    <message>
        <source>“%1”: your edit of %2 is saved as a copy, because the journey was changed elsewhere since.</source>
        <translation>“%1”: uw wijziging van %2 is als kopie opgeslagen, omdat de reis sindsdien elders is gewijzigd.</translation>
    </message>
    <message>
        <source>“%1”: your edit of %2 could not be saved yet; JourneyMap tries again at the next start.</source>
        <translation>“%1”: uw wijziging van %2 kon nog niet worden opgeslagen; JourneyMap probeert het bij de volgende start opnieuw.</translation>
    </message>
    <message>
        <source>JourneyMap did not close properly last time.</source>
        <translation>JourneyMap is de vorige keer niet netjes afgesloten.</translation>
    </message>
    <message>
        <source>Edits that had not reached the library last time:</source>
        <translation>Wijzigingen die de vorige keer de bibliotheek niet bereikten:</translation>
    </message>
    <message>
        <source>Recovered edits</source>
        <translation>Herstelde wijzigingen</translation>
    </message>
    <message>
        <source>The journey was deleted elsewhere.</source>
        <translation>De reis is elders verwijderd.</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Elders gewijzigd</translation>
    </message>
    <message>
        <source>Someone else saved this journey after you opened it. Your last edit is not saved.</source>
        <translation>Iemand anders heeft deze reis opgeslagen nadat jij haar opende. Je laatste wijziging is niet opgeslagen.</translation>
    </message>
    <message>
        <source>Reload theirs</source>
        <translation>Hun versie laden</translation>
    </message>
    <message>
        <source>Save mine as a copy</source>
        <translation>Mijn versie als kopie opslaan</translation>
    </message>
    <message>
        <source>%1 (my copy)</source>
        <translation>%1 (mijn kopie)</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>JourneyMap: unexpected error</source>
        <translation>JourneyMap: onverwachte fout</translation>
    </message>
    <message>
        <source>Something went wrong. Your saved edits are safe in the library.</source>
        <translation>Er ging iets mis. Je opgeslagen wijzigingen staan veilig in de bibliotheek.</translation>
    </message>
    <message>
        <source>The details were written to %1.</source>
        <translation>De details staan in %1.</translation>
    </message>
</context>
<context>
    <name>CurveView</name>
    <message>
        <source>Score</source>
        <extracomment>Above this many steps the lines are drawn 1 px wide (antialiased wide pens cost ~40x).</extracomment>
        <translation>Score</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Lopend totaal</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
</context>
<context>
    <name>EmptyMapHint</name>
    <message>
        <source>This journey has no steps yet.
Press %1 or click “%2” in the toolbar to add the first step.</source>
        <translation>Deze klantreis heeft nog geen stappen.
Druk op %1 of klik op “%2” in de werkbalk om de eerste stap toe te voegen.</translation>
    </message>
    <message>
        <source>This journey has no steps yet.
Click “%2” in the toolbar to add the first step.</source>
        <translation>Deze klantreis heeft nog geen stappen.
Klik op “%2” in de werkbalk om de eerste stap toe te voegen.</translation>
    </message>
</context>
<context>
    <name>EventImport</name>
    <message>
        <source>Import contact history</source>
        <translation>Contactgeschiedenis importeren</translation>
    </message>
    <message>
        <source>Contact history (*.csv);;All files (*)</source>
        <translation>Contactgeschiedenis (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Imported %1 contacts as %2 journeys (%3)</source>
        <translation>%1 contacten geïmporteerd als %2 reizen (%3)</translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation>Kan %1 niet importeren</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wordt geïmporteerd…</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wordt geschreven…</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschreven</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Personal data in this journey</source>
        <translation>Persoonsgegevens in deze reis</translation>
    </message>
    <message>
        <source>This journey seems to contain personal data. Check it before you share the export:</source>
        <translation>Deze reis lijkt persoonsgegevens te bevatten. Controleer ze voordat je de export deelt:</translation>
    </message>
    <message>
        <source>Personal data found</source>
        <translation>Gevonden persoonsgegevens</translation>
    </message>
    <message>
        <source>&amp;Mask personal data in the export</source>
        <translation>Persoonsgegevens in de export &amp;maskeren</translation>
    </message>
</context>
<context>
    <name>FilesController</name>
    <message>
        <source>Open journey file</source>
        <translation>Reisbestand openen</translation>
    </message>
    <message>
        <source>Journeys (*.json *.csv *.cjml *.xml);;All files (*)</source>
        <translation>Reizen (*.json *.csv *.cjml *.xml);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV importeren</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV-tabellen (*.csv)</translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation>Kan %1 niet importeren</translation>
    </message>
    <message>
        <source>Changed since it was imported</source>
        <translation>Gewijzigd sinds het importeren</translation>
    </message>
    <message>
        <source>“%1” is in the library already, but the file has changed since it was imported.</source>
        <translation>“%1” staat al in de bibliotheek, maar het bestand is gewijzigd sinds het werd geïmporteerd.</translation>
    </message>
    <message>
        <source>Replace the journey in the library</source>
        <translation>De reis in de bibliotheek vervangen</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide bewaren</translation>
    </message>
    <message>
        <source>Replaced “%1” with the file.</source>
        <translation>“%1” vervangen door het bestand.</translation>
    </message>
    <message>
        <source>“%1” is in the library already; opened it.</source>
        <translation>“%1” staat al in de bibliotheek; die is geopend.</translation>
    </message>
    <message>
        <source>Imported with %1 warning(s): %2</source>
        <translation>Geïmporteerd met %1 waarschuwing(en): %2</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>“%1” geïmporteerd.</translation>
    </message>
    <message>
        <source>Save journey as</source>
        <translation>Reis opslaan als</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Findings: %1</source>
        <translation>Bevindingen: %1</translation>
    </message>
    <message>
        <source>Choose a finding to see its improvement tip.</source>
        <translation>Kies een bevinding om de verbetertip te zien.</translation>
    </message>
    <message>
        <source>No findings: no integration breaks found.</source>
        <translation>Geen bevindingen: geen integratiebreuken gevonden.</translation>
    </message>
    <message>
        <source>Finding</source>
        <extracomment>The same on a dark palette, light enough to read. A suggested finding: ``(finding, proposals it rests on)``.</extracomment>
        <translation>Bevinding</translation>
    </message>
    <message>
        <source>%1 + %2 suggested</source>
        <translation>%1 + %2 voorgesteld</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (voorgesteld)</translation>
    </message>
    <message>
        <source>Open questions (%1)</source>
        <translation>Open vragen (%1)</translation>
    </message>
    <message>
        <source>Still to ask the customer:</source>
        <translation>Nog aan de klant te vragen:</translation>
    </message>
    <message>
        <source>Suggested: accept its proposals in the inspector to confirm it.</source>
        <translation>Voorgesteld: neem de voorstellen in de inspector over om deze bevinding te bevestigen.</translation>
    </message>
    <message>
        <source>Suggested from your words:</source>
        <translation>Voorgesteld op grond van uw woorden:</translation>
    </message>
    <message>
        <source>steps %1</source>
        <translation>stappen %1</translation>
    </message>
    <message>
        <source>Tip:</source>
        <translation>Tip:</translation>
    </message>
    <message>
        <source>Step %1, &apos;%2&apos;</source>
        <translation>Stap %1, &apos;%2&apos;</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n bevinding</numerusform>
            <numerusform>%n bevindingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <source>Improvement tip</source>
        <translation>Verbetertip</translation>
    </message>
</context>
<context>
    <name>HandOffBox</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <source>Asked again for:</source>
        <translation>Opnieuw gevraagd naar:</translation>
    </message>
    <message>
        <source>Hand-off questions</source>
        <translation>Vragen bij de overdracht</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Reis</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
</context>
<context>
    <name>JourneyDocument</name>
    <message>
        <source>Move step %1</source>
        <translation>Stap naar %1 verplaatsen</translation>
    </message>
    <message>
        <source>New journey</source>
        <translation>Nieuwe reis</translation>
    </message>
    <message>
        <source>Duplicate journey</source>
        <translation>Reis dupliceren</translation>
    </message>
    <message>
        <source>Delete journey</source>
        <translation>Reis verwijderen</translation>
    </message>
    <message>
        <source>Rename journey</source>
        <translation>Reis hernoemen</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Fase toevoegen</translation>
    </message>
    <message>
        <source>Edit phases</source>
        <translation>Fasen bewerken</translation>
    </message>
    <message>
        <source>Import journey</source>
        <translation>Reis importeren</translation>
    </message>
    <message>
        <source>Link step %1 to the plan</source>
        <translation>Stap %1 aan het plan koppelen</translation>
    </message>
    <message>
        <source>Unlink step %1 from the plan</source>
        <translation>Stap %1 van het plan loskoppelen</translation>
    </message>
    <message>
        <source>Mark journey as planned</source>
        <translation>Reis als gepland markeren</translation>
    </message>
    <message>
        <source>Mark journey as actual</source>
        <translation>Reis als werkelijk markeren</translation>
    </message>
    <message>
        <source>Choose the plan</source>
        <translation>Plan kiezen</translation>
    </message>
    <message>
        <source>Accept proposal on step %1</source>
        <translation>Voorstel bij stap %1 overnemen</translation>
    </message>
    <message>
        <source>Reject proposal on step %1</source>
        <translation>Voorstel bij stap %1 afwijzen</translation>
    </message>
    <message>
        <source>Answer question on step %1</source>
        <translation>Vraag bij stap %1 beantwoorden</translation>
    </message>
    <message>
        <source>Edit step %1</source>
        <translation>Stap %1 bewerken</translation>
    </message>
    <message>
        <source>Add step</source>
        <extracomment>The history&apos;s labels in the interface language (``translate_label`` looks them up here).</extracomment>
        <translation>Stap toevoegen</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>Stap verwijderen</translation>
    </message>
    <message>
        <source>Edit journey</source>
        <translation>Reis bewerken</translation>
    </message>
    <message>
        <source>Save as copy</source>
        <translation>Opslaan als kopie</translation>
    </message>
</context>
<context>
    <name>JourneyForm</name>
    <message>
        <source>Write the date as YYYY-MM-DD</source>
        <translation>Schrijf de datum als JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>No plan</source>
        <translation>Geen plan</translation>
    </message>
    <message>
        <source>%1 (not a planned journey of the library)</source>
        <translation>%1 (geen geplande reis in de bibliotheek)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Persona</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Doel</translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation>&amp;Auteur</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>Dat&amp;um</translation>
    </message>
    <message>
        <source>&amp;Language of the texts</source>
        <translation>Taa&amp;l van de teksten</translation>
    </message>
    <message>
        <source>P&amp;hases</source>
        <translation>&amp;Fasen</translation>
    </message>
    <message>
        <source>Tag&amp;s</source>
        <translation>Tag&amp;s</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>&amp;Beschrijving</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>Soo&amp;rt</translation>
    </message>
    <message>
        <source>Pla&amp;n</source>
        <translation>Pla&amp;n</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>Orientation; Booking; Contact; Waiting</source>
        <translation>Oriëntatie; Afspraak maken; Contact; Wachten</translation>
    </message>
    <message>
        <source>interview; pilot</source>
        <translation>interview; pilot</translation>
    </message>
    <message>
        <source>Tags select journeys together: in the library&apos;s filter and to analyse them together</source>
        <translation>Met tags kies je reizen samen: in het filter van de bibliotheek en om ze samen te analyseren</translation>
    </message>
    <message>
        <source>The planned journey this journey is compared with: its touchpoints are shown as a row above the map</source>
        <translation>De geplande reis waarmee deze reis wordt vergeleken: de contactmomenten ervan staan als rij boven de kaart</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Success</source>
        <translation>Gelukt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Afgebroken</translation>
    </message>
    <message>
        <source>Pending (waiting for the organisation)</source>
        <translation>In afwachting (wacht op de organisatie)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Niet vermeld</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Waargenomen</translation>
    </message>
    <message>
        <source>Reported by the customer</source>
        <translation>Verteld door de klant</translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation>Aangenomen</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Middel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Actual (as lived)</source>
        <translation>Werkelijk (zo beleefd)</translation>
    </message>
    <message>
        <source>Planned (as designed)</source>
        <translation>Gepland (zo ontworpen)</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>voltooid</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <source>ad hoc</source>
        <translation>geïmproviseerd</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>%1 steps, net score %2</source>
        <translation>%1 stappen, nettoscore %2</translation>
    </message>
    <message>
        <source>Search journeys</source>
        <translation>Reizen zoeken</translation>
    </message>
    <message>
        <source>All tags</source>
        <extracomment>Rows the view gets per ``fetchMore`` (and summaries read per query).</extracomment>
        <translation>Alle tags</translation>
    </message>
    <message>
        <source>Search journeys by title</source>
        <translation>Reizen zoeken op titel</translation>
    </message>
    <message>
        <source>Show journeys with this tag</source>
        <translation>Toon reizen met deze tag</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Reizen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>New journey</source>
        <translation>Nieuwe reis</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <source>Duplicate the chosen journey</source>
        <translation>De gekozen reis dupliceren</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Hernoemen</translation>
    </message>
    <message>
        <source>Rename the chosen journey (F2)</source>
        <translation>De gekozen reis hernoemen (F2)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete the chosen journey (undo brings it back)</source>
        <translation>De gekozen reis verwijderen (ongedaan maken haalt haar terug)</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Samen</translation>
    </message>
    <message>
        <source>Analyse the listed journeys together: recurring breaks and channel transitions</source>
        <translation>Analyseer de getoonde reizen samen: terugkerende breuken en kanaalovergangen</translation>
    </message>
</context>
<context>
    <name>LongFileImport</name>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wordt geïmporteerd…</translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation>Kan %1 niet importeren</translation>
    </message>
    <message>
        <source>“%1” is in the library already; opened it.</source>
        <translation>“%1” staat al in de bibliotheek; die is geopend.</translation>
    </message>
    <message>
        <source>Imported “%1” (%2 steps).</source>
        <translation>“%1” geïmporteerd (%2 stappen).</translation>
    </message>
    <message>
        <source>Imported “%1” (%2 steps) with %3 warning(s): %4</source>
        <translation>“%1” geïmporteerd (%2 stappen) met %3 waarschuwing(en): %4</translation>
    </message>
    <message>
        <source>Imported “%1” (%2 steps) into the library. It is too long to draw here; analyse or export it with the journeymap command.</source>
        <translation>“%1” (%2 stappen) staat nu in de bibliotheek. Hij is te lang om hier te tekenen; analyseer of exporteer hem met het commando journeymap.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Library</source>
        <translation>Bibliotheek</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Findings and tips</source>
        <translation>Bevindingen en tips</translation>
    </message>
    <message>
        <source>Score curve</source>
        <translation>Scorecurve</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <extracomment>The window frame&apos;s extra width and height (title bar) before the window manager has said.</extracomment>
        <translation>Bibliotheek openen…</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Untitled journey</source>
        <translation>Naamloze reis</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopie)</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo brings it back.</source>
        <translation>“%1” verwijderd. Ongedaan maken haalt de reis terug.</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Nieuwe stap</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Niet mogelijk</translation>
    </message>
    <message>
        <source>About JourneyMap</source>
        <translation>Over JourneyMap</translation>
    </message>
    <message>
        <source>&lt;b&gt;JourneyMap %1&lt;/b&gt;&lt;p&gt;Record a customer journey step by step, map it across channels, find the integration breaks and turn them into improvement tips.&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;b&gt;JourneyMap %1&lt;/b&gt;&lt;p&gt;Leg een klantreis stap voor stap vast, zet haar over de kanalen uit op een kaart, vind de integratiebreuken en maak er verbetertips van.&lt;/p&gt;&lt;p&gt;Vrije software onder de GNU GPL, versie 3 of later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Your last edit could not be saved to the library. Quit anyway?</source>
        <translation>Je laatste wijziging kon niet in de bibliotheek worden opgeslagen. Toch afsluiten?</translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation>Afsluiten zonder opslaan</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Journey map</source>
        <extracomment>The zoom a journey opens at, at most: map text of 8 pt reads as about 13 px. Zoom factor per wheel notch (120 units of angleDelta); a touchpad&apos;s small deltas add up to it. Zoom factor of Ctrl+= and Ctrl+-. Layouts a view keeps of its journey and analysis, one per set of sizes (column width): a wheel zooming in and back out passes the same widths again. Below this many pixels per column the map is painted as one batched overview item. Narrowest width of the pinned lane labels relative to the map&apos;s own label column (it grows to fit the longest word of a channel name, so no name breaks inside a word). Lays a view&apos;s map out instead of ``layout_map``: ``(journey, analysis, lang, proposals)``. The largest zoom at which a journey opens (fitted to the view&apos;s height). Centre the current step (presentation) instead of only scrolling it into view. The zoom a fixed view keeps when it fits itself (``None``: fit the height). The main window&apos;s map adapts its sizes to the pane (``core.map_fit``); a view given its own options keeps them and zooms uniformly. The window&apos;s step actions shown under a card&apos;s own menu (``None``: a separator).</extracomment>
        <translation>Reiskaart</translation>
    </message>
    <message>
        <source>Tip:</source>
        <translation>Tip:</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) from the note: see the inspector</source>
        <translation>
            <numerusform>%n voorstel uit de notitie: zie de inspector</numerusform>
            <numerusform>%n voorstellen uit de notitie: zie de inspector</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more finding(s) without a marker: the findings panel lists them</source>
        <translation>
            <numerusform>nog %n bevinding zonder markering: zie het paneel Bevindingen en tips</numerusform>
            <numerusform>nog %n bevindingen zonder markering: zie het paneel Bevindingen en tips</numerusform>
        </translation>
    </message>
    <message>
        <source>No steps yet</source>
        <translation>Nog geen stappen</translation>
    </message>
</context>
<context>
    <name>NormTable</name>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Expected answer time</source>
        <translation>Verwachte antwoordtijd</translation>
    </message>
    <message>
        <source>Expected answer time on %1</source>
        <translation>Verwachte antwoordtijd op %1</translation>
    </message>
    <message>
        <source>Type minutes, or a number with a unit: 15, 2 h, 1 day</source>
        <translation>Typ minuten, of een getal met een eenheid: 15, 2 uur, 1 dag</translation>
    </message>
</context>
<context>
    <name>PlanRowLayer</name>
    <message>
        <source>Plan</source>
        <extracomment>Off where the map is for a room (presentation mode): no row is drawn then.</extracomment>
        <translation>Plan</translation>
    </message>
    <message numerus="yes">
        <source>%n actual journey(s)</source>
        <translation>
            <numerusform>%n werkelijke reis</numerusform>
            <numerusform>%n werkelijke reizen</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1 realises no planned touchpoint: the customer improvised</source>
        <translation>Stap %1 hoort bij geen gepland contactmoment: de klant improviseerde</translation>
    </message>
    <message>
        <source>%1 completed, %2 failed, %3 missed it</source>
        <translation>%1 voltooiden het, bij %2 mislukte het, %3 misten het</translation>
    </message>
    <message>
        <source>Missing: no step realised this planned touchpoint</source>
        <translation>Ontbreekt: geen stap verwezenlijkte dit geplande contactmoment</translation>
    </message>
    <message>
        <source>%1: step %2 (linked)</source>
        <translation>%1: stap %2 (gekoppeld)</translation>
    </message>
    <message>
        <source>%1: step %2 (matched by channel and title)</source>
        <translation>%1: stap %2 (gevonden op kanaal en titel)</translation>
    </message>
</context>
<context>
    <name>PlannedStepPicker</name>
    <message>
        <source>Link to planned step</source>
        <translation>Koppelen aan geplande stap</translation>
    </message>
    <message>
        <source>Step %1, “%2”, realises:</source>
        <translation>Stap %1, “%2”, verwezenlijkt:</translation>
    </message>
    <message>
        <source>Type to filter the plan&apos;s steps</source>
        <translation>Typ om de stappen van het plan te filteren</translation>
    </message>
    <message>
        <source>Filter the plan&apos;s steps</source>
        <translation>Stappen van het plan filteren</translation>
    </message>
    <message>
        <source>The plan&apos;s steps</source>
        <translation>De stappen van het plan</translation>
    </message>
    <message>
        <source>No planned step (match it by channel and title)</source>
        <translation>Geen geplande stap (koppelen op kanaal en titel)</translation>
    </message>
    <message>
        <source>No planned step</source>
        <translation>Geen geplande stap</translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <source>Analysing %1 journeys…</source>
        <translation>%1 reizen worden geanalyseerd…</translation>
    </message>
    <message>
        <source>The journeys could not be analysed: %1</source>
        <translation>De reizen konden niet worden geanalyseerd: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message numerus="yes">
        <source>%n journey(s)</source>
        <translation>
            <numerusform>%n klantreis</numerusform>
            <numerusform>%n klantreizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n stap</numerusform>
            <numerusform>%n stappen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n integration break(s)</source>
        <translation>
            <numerusform>%n integratiebreuk</numerusform>
            <numerusform>%n integratiebreuken</numerusform>
        </translation>
    </message>
    <message>
        <source>Every listed journey is planned, so nothing is counted: the portfolio counts actual journeys only, what customers lived.</source>
        <translation>Alle getoonde klantreizen zijn gepland, dus er is niets geteld: het portfolio telt alleen werkelijke klantreizen, wat klanten beleefden.</translation>
    </message>
    <message>
        <source>1 planned journey not counted: the portfolio counts actual journeys only.</source>
        <translation>1 geplande klantreis niet meegeteld: het portfolio telt alleen werkelijke klantreizen.</translation>
    </message>
    <message>
        <source>%1 planned journeys not counted: the portfolio counts actual journeys only.</source>
        <translation>%1 geplande klantreizen niet meegeteld: het portfolio telt alleen werkelijke klantreizen.</translation>
    </message>
    <message>
        <source>%1: %2 times, %3 break. Open a journey at these steps:</source>
        <translation>%1: %2 keer, %3 breekt. Open een reis bij deze stappen:</translation>
    </message>
    <message>
        <source>%1 — steps %2</source>
        <translation>%1 — stappen %2</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… en nog %1</translation>
    </message>
    <message>
        <source>Portfolio report</source>
        <translation>Portfoliorapport</translation>
    </message>
    <message>
        <source>portfolio.pdf</source>
        <translation>portfolio.pdf</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschreven</translation>
    </message>
    <message>
        <source>Journeys together — JourneyMap</source>
        <translation>Reizen samen — JourneyMap</translation>
    </message>
    <message>
        <source>Portfolio PDF…</source>
        <translation>Portfolio-pdf…</translation>
    </message>
    <message>
        <source>Channel transitions. Rows: the channel the customer leaves; columns: where they go next. Colour: the mean score change (red worse, green better); the number: how often.</source>
        <translation>Kanaalovergangen. Rijen: het kanaal dat de klant verlaat; kolommen: waar de klant daarna heen gaat. Kleur: de gemiddelde verandering van de score (rood slechter, groen beter); het getal: hoe vaak.</translation>
    </message>
    <message>
        <source>Channel transition heat map</source>
        <translation>Heatmap van kanaalovergangen</translation>
    </message>
    <message>
        <source>Recurring finding</source>
        <translation>Terugkerende bevinding</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanalen</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Reizen</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Recurring findings, most journeys first</source>
        <translation>Terugkerende bevindingen, meeste reizen eerst</translation>
    </message>
    <message>
        <source>Where it happens</source>
        <translation>Waar het gebeurt</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Bezig</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>T&amp;hema</translation>
    </message>
    <message>
        <source>Library &amp;database</source>
        <translation>Bibliotheek&amp;database</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>Empty: the library file on this computer</source>
        <translation>Leeg: het bibliotheekbestand op deze computer</translation>
    </message>
    <message>
        <source>A new database address is used the next time JourneyMap starts. A PostgreSQL address lets a team share one library.</source>
        <translation>Een nieuw databaseadres wordt gebruikt zodra JourneyMap opnieuw start. Met een PostgreSQL-adres deelt een team één bibliotheek.</translation>
    </message>
    <message>
        <source>Answer times customers expect</source>
        <translation>Antwoordtijden die klanten verwachten</translation>
    </message>
    <message>
        <source>A step that waits longer than its channel&apos;s norm is reported as a slow response.</source>
        <translation>Een stap die langer wacht dan de norm van zijn kanaal, wordt gemeld als traag antwoord.</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>&amp;Standaardwaarden herstellen</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>JourneyMap presentation</source>
        <extracomment>Design height: sizes are given for a 720 px high window and scaled with the real height. The smallest text the room reads, at 720 px: the map is zoomed so its smallest font is this. The map&apos;s texts all of one size (10 units, zoomed to 20 px at 720 px), the cards and lanes just tall enough for two title lines and the chip: the smallest text sets the zoom, so no text may lag behind. Paper around the presentation map, in map points.</extracomment>
        <translation>JourneyMap-presentatie</translation>
    </message>
    <message>
        <source>← → step   ·   Space next page, then next step   ·   1–5 score (1 = −−, 5 = ++)   ·   Ctrl+Z undo   ·   Esc leave</source>
        <translation>← → stap   ·   Spatie volgende pagina, dan volgende stap   ·   1–5 score (1 = −−, 5 = ++)   ·   Ctrl+Z ongedaan maken   ·   Esc verlaten</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n stap</numerusform>
            <numerusform>%n stappen</numerusform>
        </translation>
    </message>
    <message>
        <source>No step chosen</source>
        <translation>Geen stap gekozen</translation>
    </message>
    <message>
        <source>This journey has no steps yet</source>
        <translation>Deze reis heeft nog geen stappen</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Stap %1 van %2</translation>
    </message>
    <message>
        <source>more ↓ (Space)</source>
        <translation>meer ↓ (spatie)</translation>
    </message>
    <message>
        <source>No findings for this step.</source>
        <translation>Geen bevindingen bij deze stap.</translation>
    </message>
    <message>
        <source>Tip:</source>
        <translation>Tip:</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n bevinding</numerusform>
            <numerusform>%n bevindingen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalList</name>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Gestart door</translation>
    </message>
    <message>
        <source>Information asked</source>
        <translation>Gevraagde gegevens</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Herkend</translation>
    </message>
    <message>
        <source>Context at hand</source>
        <translation>Voorgeschiedenis bekend</translation>
    </message>
    <message>
        <source>Sensitive data</source>
        <translation>Gevoelige gegevens</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Doorverwezen naar</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Wachttijd</translation>
    </message>
    <message>
        <source>Days since previous</source>
        <translation>Dagen sinds vorige</translation>
    </message>
    <message>
        <source>Enter accepts, Delete rejects (also Alt+Return, Alt+Del)</source>
        <translation>Enter neemt over, Delete wijst af (ook Alt+Return, Alt+Del)</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestanden van &amp;type:</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Map</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Walk the steps</source>
        <translation>Door de stappen lopen</translation>
    </message>
    <message>
        <source>Menu key</source>
        <translation>Menutoets</translation>
    </message>
    <message>
        <source>Channel, score and outcome of the current step</source>
        <translation>Kanaal, score en uitkomst van de huidige stap</translation>
    </message>
    <message>
        <source>Mouse wheel</source>
        <translation>Muiswiel</translation>
    </message>
    <message>
        <source>Zoom around the pointer</source>
        <translation>In- en uitzoomen rond de muisaanwijzer</translation>
    </message>
    <message>
        <source>Shift+mouse wheel</source>
        <translation>Shift+muiswiel</translation>
    </message>
    <message>
        <source>Scroll sideways</source>
        <translation>Zijwaarts schuiven</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Score: 1 is −−, 5 is ++ (or type −− − 0 + ++)</source>
        <translation>Score: 1 is −−, 5 is ++ (of typ −− − 0 + ++)</translation>
    </message>
    <message>
        <source>Next field; type a channel by its name</source>
        <translation>Volgend veld; typ een kanaal bij zijn naam</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentatie</translation>
    </message>
    <message>
        <source>Previous and next step</source>
        <translation>Vorige en volgende stap</translation>
    </message>
    <message>
        <source>Next page of the findings, then the next step</source>
        <translation>Volgende pagina van de bevindingen, dan de volgende stap</translation>
    </message>
    <message>
        <source>Score the current step live</source>
        <translation>De huidige stap live scoren</translation>
    </message>
    <message>
        <source>Previous and next finding</source>
        <translation>Vorige en volgende bevinding</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>Presentatiemodus verlaten</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>changed elsewhere</source>
        <translation>elders gewijzigd</translation>
    </message>
    <message>
        <source>Steps: %1</source>
        <translation>Stappen: %1</translation>
    </message>
    <message>
        <source>Net score %1</source>
        <translation>Nettoscore %1</translation>
    </message>
    <message>
        <source>Breaks:</source>
        <translation>Breuken:</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoog</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>middel</translation>
    </message>
    <message>
        <source>low</source>
        <translation>laag</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Retry save</source>
        <translation>Opnieuw opslaan</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Bezig</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <source>No step selected. Press Ctrl+Return to add one.</source>
        <extracomment>The longest wait and the longest gap between two steps the fields take.</extracomment>
        <translation>Geen stap gekozen. Druk op Ctrl+Enter om er een toe te voegen.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Stap %1 van %2</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>&amp;Kanaal</translation>
    </message>
    <message>
        <source>&amp;Score (1–5)</source>
        <translation>&amp;Score (1–5)</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Uitkomst</translation>
    </message>
    <message>
        <source>Started &amp;by</source>
        <translation>Gestart &amp;door</translation>
    </message>
    <message>
        <source>&amp;Phase</source>
        <translation>&amp;Fase</translation>
    </message>
    <message>
        <source>&amp;Information asked</source>
        <translation>&amp;Gevraagde gegevens</translation>
    </message>
    <message>
        <source>&amp;Recognised</source>
        <translation>&amp;Herkend</translation>
    </message>
    <message>
        <source>&amp;Context at hand</source>
        <translation>&amp;Voorgeschiedenis bekend</translation>
    </message>
    <message>
        <source>Sensiti&amp;ve data</source>
        <translation>Gevoe&amp;lige gegevens</translation>
    </message>
    <message>
        <source>Re&amp;ferred to</source>
        <translation>Doo&amp;rverwezen naar</translation>
    </message>
    <message>
        <source>&amp;Wait</source>
        <translation>&amp;Wachttijd</translation>
    </message>
    <message>
        <source>&amp;Days since previous</source>
        <translation>Dag&amp;en sinds vorige</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Bron</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notitie</translation>
    </message>
    <message>
        <source>Keys 1–5 (1 is --, 5 is ++) or type -- - 0 + ++</source>
        <translation>Toetsen 1–5 (1 is --, 5 is ++) of typ -- - 0 + ++</translation>
    </message>
    <message>
        <source>Type a channel: phone, telefoon, e-mail…</source>
        <translation>Typ een kanaal: telefoon, e-mail, balie…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Proposed from your words (Enter accepts, Delete rejects):</source>
        <translation>Voorgesteld op grond van uw woorden (Enter neemt over, Delete wijst af):</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Voorstellen</translation>
    </message>
    <message>
        <source>e.g. model number; address</source>
        <translation>bijv. typenummer; adres</translation>
    </message>
    <message>
        <source>Type a new phase to add it</source>
        <translation>Typ een nieuwe fase om die toe te voegen</translation>
    </message>
</context>
<context>
    <name>StepMenu</name>
    <message>
        <source>strong minus</source>
        <translation>sterk min</translation>
    </message>
    <message>
        <source>minus</source>
        <translation>min</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutraal</translation>
    </message>
    <message>
        <source>plus</source>
        <translation>plus</translation>
    </message>
    <message>
        <source>strong plus</source>
        <translation>sterk plus</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Kanaal</translation>
    </message>
    <message>
        <source>&amp;Score</source>
        <translation>&amp;Score</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Uitkomst</translation>
    </message>
</context>
<context>
    <name>TransitionModel</name>
    <message>
        <source>%1 → %2: %3 times, mean score change %4, %5 break</source>
        <extracomment>How many places the list under the heat map shows for one cell or finding.</extracomment>
        <translation>%1 → %2: %3 keer, gemiddelde verandering van de score %4, %5 breekt</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Choose the journey&apos;s plan first (Journey tab: Plan)</source>
        <translation>Kies eerst het plan van de reis (tabblad Reis: Plan)</translation>
    </message>
</context>
</TS>
