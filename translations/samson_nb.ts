<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>About</name>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="86"/>
        <source>About SAMSON</source>
        <translation>Om SAMSON</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="87"/>
        <source>SAMSON desktop %1

An offline scorecard and dialogue tool for co-creation workshops: four values, seven action fields, measures, live charts and a PDF report.

Free software under the MIT licence. Type: DejaVu Sans.</source>
        <translation>SAMSON desktop %1

Et verktøy for kartlegging og dialog i samskapingsverksteder, som virker uten nett: fire verdier, sju handlingsfelt, tiltak, levende diagrammer og en PDF-rapport.

Fri programvare under MIT-lisensen. Skrift: DejaVu Sans.</translation>
    </message>
</context>
<context>
    <name>AnswerPanel</name>
    <message>
        <location filename="../samson_desktop/ui/widgets/answer_panel.py" line="97"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/answer_panel.py" line="98"/>
        <source>1 = not at all true for us</source>
        <translation>1 = stemmer ikke i det hele tatt for oss</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/answer_panel.py" line="99"/>
        <source>10 = fully true</source>
        <translation>10 = stemmer helt</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/answer_panel.py" line="103"/>
        <source>Score %1</source>
        <translation>Score %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/answer_panel.py" line="105"/>
        <source>Score %1 (key %2)</source>
        <translation>Score %1 (tast %2)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/answer_panel.py" line="106"/>
        <location filename="../samson_desktop/ui/widgets/answer_panel.py" line="107"/>
        <source>Not relevant / don&apos;t know</source>
        <translation>Ikke relevant / vet ikke</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/answer_panel.py" line="108"/>
        <source>Left out of every mean (key N)</source>
        <translation>Holdes utenfor alle gjennomsnitt (tast N)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/answer_panel.py" line="176"/>
        <source>No agreed score yet: the voices&apos; mean is %1 (n=%2).</source>
        <translation>Ingen omforent score ennå: gjennomsnittet av partene er %1 (n=%2).</translation>
    </message>
</context>
<context>
    <name>CaseTile</name>
    <message>
        <location filename="../samson_desktop/ui/seminar/side_by_side.py" line="54"/>
        <source>%1 — click or press %2 to show it large</source>
        <extracomment>Number keys 1–9 make the case with that number large.</extracomment>
        <translation>%1 – klikk eller trykk %2 for å vise den stor</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="103"/>
        <source>Alias</source>
        <extracomment>The sharing check boxes, in their column order (Sharing&apos;s attribute names). Grid columns.</extracomment>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="104"/>
        <source>A name it chose</source>
        <translation>Et navn den valgte</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="105"/>
        <source>Its own name</source>
        <translation>Sitt eget navn</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="110"/>
        <source>%1: name shown to the room</source>
        <translation>%1: navnet rommet ser</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="112"/>
        <source>%1: name the case chose</source>
        <translation>%1: navnet saken valgte</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="115"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="117"/>
        <source>Remove %1 from the seminar</source>
        <translation>Fjern %1 fra seminaret</translation>
    </message>
    <message numerus="yes">
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="229"/>
        <source>%n time point(s)</source>
        <translation>
            <numerusform>%n tidspunkt</numerusform>
            <numerusform>%n tidspunkt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="232"/>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="232"/>
        <source>Measures</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="233"/>
        <source>Measure owners</source>
        <translation>Tiltakseiere</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="233"/>
        <source>Party names</source>
        <translation>Partenes navn</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="278"/>
        <source>Pick the sessions of the collaborations that meet (a file each, or a folder), and decide with each case what the room may see. Until a case says otherwise it is shown by an alias, without its notes, its party names or the owners of its measures.</source>
        <translation>Velg øktene til samarbeidene som møtes (en fil hver, eller en mappe), og avgjør med hver sak hva rommet får se. Til saken sier noe annet, vises den med et alias, uten notater, partenes navn eller hvem som eier tiltakene.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="281"/>
        <source>Add session files…</source>
        <translation>Legg til øktfiler …</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="282"/>
        <source>Add a folder…</source>
        <translation>Legg til en mappe …</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="283"/>
        <source>Open seminar…</source>
        <translation>Åpne seminar …</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="284"/>
        <source>Save seminar…</source>
        <translation>Lagre seminar …</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="285"/>
        <source>Add .samson files, one or more per collaboration (Ctrl+Shift+O)</source>
        <translation>Legg til .samson-filer, én eller flere per samarbeid (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="286"/>
        <source>Open a saved .samson-seminar file with its choices (Ctrl+O)</source>
        <translation>Åpne en lagret .samson-seminar-fil med valgene i den (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="287"/>
        <source>Save the sessions and the choices as a .samson-seminar file (Ctrl+S)</source>
        <translation>Lagre øktene og valgene som en .samson-seminar-fil (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="288"/>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="289"/>
        <source>Peer-learning seminar</source>
        <translation>Likemannsseminar</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="290"/>
        <source>Title of the seminar</source>
        <translation>Seminarets tittel</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="291"/>
        <source>Each case&apos;s latest two time points (show change)</source>
        <translation>Hver saks to siste tidspunkt (vis endring)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="292"/>
        <source>Show the real names and files here (only for you, never while presenting)</source>
        <translation>Vis de ekte navnene og filene her (bare for deg, aldri i presentasjonsmodus)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="293"/>
        <source>Case</source>
        <translation>Sak</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="293"/>
        <source>Shown to the room as</source>
        <translation>Vises for rommet som</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="293"/>
        <source>Name it chose</source>
        <translation>Navn den valgte</translation>
    </message>
</context>
<context>
    <name>Character</name>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="11"/>
        <source>Time perspective</source>
        <extracomment>Criterion titles and choices; the same words as the report&apos;s (report/sections_character.py).</extracomment>
        <translation>Tidsperspektiv</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="12"/>
        <source>Depth of relations</source>
        <translation>Dybde i relasjonene</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="13"/>
        <source>The citizens&apos; roles</source>
        <translation>Innbyggernes roller</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="14"/>
        <source>The citizens&apos; influence</source>
        <translation>Innbyggernes innflytelse</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="15"/>
        <source>The citizens&apos; resources</source>
        <translation>Innbyggernes ressurser</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="16"/>
        <source>Goals reached (1–10)</source>
        <translation>Målene nådd (1–10)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="17"/>
        <source>Met the parties&apos; expectations (1–10)</source>
        <translation>Innfridd partenes forventninger (1–10)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="20"/>
        <source>Short and ad hoc</source>
        <translation>Kortvarig og ad hoc</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="21"/>
        <source>A time-limited project</source>
        <translation>Et tidsavgrenset prosjekt</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="22"/>
        <source>Lasting, not a project</source>
        <translation>Varig, uten prosjektpreg</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="23"/>
        <source>Built around a defined task</source>
        <translation>Bygget rundt en avgrenset oppgave</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="24"/>
        <source>Lasting mutual dependence</source>
        <translation>Varig gjensidig avhengighet</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="25"/>
        <source>Co-initiators</source>
        <translation>Medinitiativtakere</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="26"/>
        <source>Co-designers</source>
        <translation>Medutformere</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="27"/>
        <source>Co-implementers</source>
        <translation>Medgjennomførere</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="28"/>
        <source>None of these roles</source>
        <translation>Ingen av disse rollene</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="29"/>
        <source>Descriptive</source>
        <translation>Beskrivende</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="30"/>
        <source>Acknowledging</source>
        <translation>Anerkjennende</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="31"/>
        <source>Transformative</source>
        <translation>Transformativ</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="32"/>
        <source>Replace public services</source>
        <translation>Erstatter offentlige tjenester</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="33"/>
        <source>Add to public services</source>
        <translation>Et tillegg til offentlige tjenester</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="36"/>
        <source>Substitution: the citizens&apos; knowledge, time and work take the place of a public service.</source>
        <translation>Substitusjon: innbyggernes kunnskap, tid og arbeid trer i stedet for en offentlig tjeneste.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="37"/>
        <source>Addition: the citizens&apos; knowledge, time and work come on top of the public service.</source>
        <translation>Addisjon: innbyggernes kunnskap, tid og arbeid kommer i tillegg til den offentlige tjenesten.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="38"/>
        <source>Citizens took the initiative or took part in starting the work.</source>
        <translation>Innbyggerne tok initiativet eller var med på å sette i gang arbeidet.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="39"/>
        <source>Citizens take part in designing the solutions.</source>
        <translation>Innbyggerne er med på å utforme løsningene.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="40"/>
        <source>Citizens take part in carrying out the solutions.</source>
        <translation>Innbyggerne er med på å gjennomføre løsningene.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="41"/>
        <source>Citizens describe their situation and needs; others decide.</source>
        <translation>Innbyggerne beskriver situasjonen og behovene sine; andre bestemmer.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="42"/>
        <source>Citizens&apos; views are recognised and change some decisions.</source>
        <translation>Synspunktene til innbyggerne blir anerkjent og endrer noen beslutninger.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="43"/>
        <source>Citizens change what is done and how, and roles change with it.</source>
        <translation>Innbyggerne endrer hva som gjøres og hvordan, og rollene endres med det.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="64"/>
        <source>towards thin co-creation</source>
        <extracomment>The single-choice criteria and their choices, in display order.</extracomment>
        <translation>mot tynn samskaping</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="65"/>
        <source>between thin and thick</source>
        <translation>mellom tynn og tykk</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="66"/>
        <source>towards thick co-production</source>
        <translation>mot tykk samproduksjon</translation>
    </message>
</context>
<context>
    <name>CharacterCompare</name>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_compare.py" line="77"/>
        <source>not filled in</source>
        <translation>ikke fylt ut</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_compare.py" line="78"/>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_compare.py" line="78"/>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_compare.py" line="85"/>
        <source>Continuum</source>
        <translation>Kontinuum</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_compare.py" line="87"/>
        <source>thicker</source>
        <translation>tykkere</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_compare.py" line="87"/>
        <source>thinner</source>
        <translation>tynnere</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_compare.py" line="93"/>
        <source>The character of the collaboration at both time points</source>
        <translation>Samarbeidets karakter ved begge tidspunktene</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_compare.py" line="98"/>
        <source>changed</source>
        <translation>endret</translation>
    </message>
</context>
<context>
    <name>CharacterForm</name>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_form.py" line="104"/>
        <source>Results</source>
        <translation>Resultater</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_form.py" line="112"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_form.py" line="113"/>
        <source>Clear all</source>
        <translation>Tøm alt</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_form.py" line="114"/>
        <source>Mark every criterion as not filled in</source>
        <translation>Merk alle kriteriene som ikke fylt ut</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_form.py" line="146"/>
        <source>Not placed on the continuum yet. Missing: %1.</source>
        <translation>Ikke plassert på kontinuumet ennå. Mangler: %1.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_form.py" line="148"/>
        <source>The overview places the collaboration %1.</source>
        <translation>Oversikten plasserer samarbeidet %1.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_form.py" line="150"/>
        <source>A short, ad hoc collaboration stays on the thin half.</source>
        <translation>Et kortvarig ad hoc-samarbeid blir på den tynne halvdelen.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../samson_desktop/ui/charts/panel.py" line="360"/>
        <source>Radar</source>
        <translation>Radar</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/charts/panel.py" line="361"/>
        <source>Bars</source>
        <translation>Søyler</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/charts/panel.py" line="362"/>
        <location filename="../samson_desktop/ui/charts/panel.py" line="364"/>
        <source>Show as radar chart</source>
        <translation>Vis som radardiagram</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/charts/panel.py" line="363"/>
        <source>Show as bar chart</source>
        <translation>Vis som søylediagram</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/charts/panel.py" line="365"/>
        <source>Radar chart</source>
        <translation>Radardiagram</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/charts/panel.py" line="238"/>
        <location filename="../samson_desktop/ui/charts/panel.py" line="367"/>
        <source>Bar chart</source>
        <extracomment>The bar view&apos;s module: it loads pyqtgraph, so it is imported when a bar view is first needed. Room between the title and the Radar/Bars toggle.</extracomment>
        <translation>Søylediagram</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/charts/panel.py" line="369"/>
        <source>Show as bar chart (bars show differences more fairly than radar areas)</source>
        <translation>Vis som søylediagram (søyler viser forskjeller mer rettferdig enn radarflater)</translation>
    </message>
</context>
<context>
    <name>ChartTooltip</name>
    <message>
        <location filename="../samson_desktop/ui/charts/tooltips.py" line="24"/>
        <source>no value</source>
        <translation>ingen verdi</translation>
    </message>
</context>
<context>
    <name>CompareCharts</name>
    <message>
        <location filename="../samson_desktop/ui/compare_charts.py" line="70"/>
        <source>What the chart shows</source>
        <translation>Hva diagrammet viser</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_charts.py" line="72"/>
        <source>Earlier and later side by side: bars show the size of a change more fairly than radar areas.</source>
        <translation>Før og etter side om side: søyler viser hvor stor en endring er, mer rettferdig enn radarflater.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_charts.py" line="77"/>
        <location filename="../samson_desktop/ui/compare_charts.py" line="89"/>
        <source>The seven fields</source>
        <translation>De sju handlingsfeltene</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_charts.py" line="90"/>
        <source>The four values</source>
        <translation>De fire verdiene</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_charts.py" line="92"/>
        <source>Questions of %1</source>
        <translation>Spørsmålene i %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_charts.py" line="102"/>
        <source>Earlier: %1</source>
        <translation>Før: %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_charts.py" line="103"/>
        <source>Now: %1</source>
        <translation>Nå: %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_charts.py" line="151"/>
        <source>Only in the earlier session (%1): %2</source>
        <translation>Bare i den tidligere økten (%1): %2</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_charts.py" line="153"/>
        <source>Only in this session (%1): %2</source>
        <translation>Bare i denne økten (%1): %2</translation>
    </message>
</context>
<context>
    <name>CompareTables</name>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="123"/>
        <source>Not explained yet</source>
        <extracomment>How many improvements and declines are called out at each level. The change table&apos;s column of the group&apos;s explanation. Per row of the change table: (kind, id) of a change that has a place for an explanation, else None. Per row: (kind, id) of every field and question, whose explanation is shown even without a place.</extracomment>
        <translation>Ikke forklart ennå</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="177"/>
        <source>Show the changes of</source>
        <translation>Vis endringene for</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="178"/>
        <source>Both weightings</source>
        <translation>Begge vektingene</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="180"/>
        <source>Each session&apos;s importance profile uses its own value weights: a changed weight changes what the group sees as important, not the scores.</source>
        <translation>Viktighetsprofilen i hver økt bruker øktens egne verdivekter: en endret vekt endrer hva gruppen ser som viktig, ikke scorene.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="182"/>
        <source>Questions on one side only</source>
        <translation>Spørsmål som bare finnes på én side</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="196"/>
        <source>All changes</source>
        <translation>Alle endringer</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="197"/>
        <source>Fields</source>
        <translation>Felt</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="198"/>
        <source>Values</source>
        <translation>Verdier</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="199"/>
        <source>Questions</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="200"/>
        <source>Changes to explain</source>
        <translation>Endringer å forklare</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="208"/>
        <source>Only in the earlier session</source>
        <translation>Bare i den tidligere økten</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="210"/>
        <source>Only in this session</source>
        <translation>Bare i denne økten</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="213"/>
        <source>No score at either time</source>
        <translation>Ingen score på noe tidspunkt</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="215"/>
        <source>No score at %1</source>
        <translation>Ingen score ved %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="217"/>
        <source>Largest improvement</source>
        <translation>Største forbedring</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="219"/>
        <source>Largest decline</source>
        <translation>Største tilbakegang</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="221"/>
        <source>No change</source>
        <translation>Ingen endring</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="222"/>
        <source>Improved</source>
        <translation>Bedre</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="222"/>
        <source>Declined</source>
        <translation>Dårligere</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="229"/>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="229"/>
        <location filename="../samson_desktop/ui/compare_tables.py" line="308"/>
        <location filename="../samson_desktop/ui/compare_tables.py" line="374"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="229"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="230"/>
        <location filename="../samson_desktop/ui/compare_tables.py" line="310"/>
        <location filename="../samson_desktop/ui/compare_tables.py" line="359"/>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="230"/>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="230"/>
        <source>Explanation</source>
        <translation>Forklaring</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="232"/>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="232"/>
        <location filename="../samson_desktop/ui/compare_tables.py" line="359"/>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="232"/>
        <location filename="../samson_desktop/ui/compare_tables.py" line="374"/>
        <source>Question</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="285"/>
        <source>Largest improvements: %1</source>
        <translation>Største forbedringer: %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="288"/>
        <source>Largest declines: %1</source>
        <translation>Største tilbakeganger: %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="298"/>
        <source>Explained: %1 of %2 changes to explain.</source>
        <translation>Forklart: %1 av %2 endringer å forklare.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="300"/>
        <source>No question changed.</source>
        <translation>Ingen spørsmål har endret seg.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="308"/>
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="308"/>
        <source>Status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="309"/>
        <source>Status now</source>
        <translation>Status nå</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="309"/>
        <location filename="../samson_desktop/ui/compare_tables.py" line="310"/>
        <source>Score %1</source>
        <translation>Score %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="314"/>
        <source>Not carried over</source>
        <translation>Ikke videreført</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="317"/>
        <source>Now worded: %1</source>
        <translation>Nå formulert: %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="320"/>
        <source>(question no longer in the set)</source>
        <translation>(spørsmålet finnes ikke lenger i settet)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="343"/>
        <source>Every measure still open or agreed at %1 (all but the dropped ones), with its status now and how the score of its question moved. %2 measures: %3.</source>
        <translation>Alle tiltak som fortsatt var åpne eller avtalt ved %1 (alle unntatt de droppede), med status nå og hvordan scoren på spørsmålet deres har endret seg. %2 tiltak: %3.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="347"/>
        <source>The earlier session has no measures to follow up.</source>
        <translation>Den tidligere økten har ingen tiltak å følge opp.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="349"/>
        <source>New measures at %1: %2</source>
        <translation>Nye tiltak ved %1: %2</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="374"/>
        <source>Only in</source>
        <translation>Bare i</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="374"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="378"/>
        <source>the earlier session (%1)</source>
        <translation>den tidligere økten (%1)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="379"/>
        <source>this session (%1)</source>
        <translation>denne økten (%1)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="389"/>
        <source>Question sets: %1 at %2, %3 at %4.</source>
        <translation>Spørsmålssett: %1 ved %2, %3 ved %4.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="393"/>
        <source>These questions exist in one session only. They are matched by their id, never by position, so they have no change.</source>
        <translation>Disse spørsmålene finnes bare i én av øktene. Spørsmål kobles etter id, aldri etter plassering, så de har ingen endring.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="396"/>
        <source>Every question is in both sessions.</source>
        <translation>Alle spørsmålene finnes i begge øktene.</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="92"/>
        <source>Earlier session:</source>
        <translation>Tidligere økt:</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="93"/>
        <source>Earlier session of the same collaboration</source>
        <translation>Tidligere økt i det samme samarbeidet</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="94"/>
        <source>Choose file…</source>
        <translation>Velg fil …</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="95"/>
        <source>Compare with any session file</source>
        <translation>Sammenlign med en hvilken som helst øktfil</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="96"/>
        <source>Export comparison PDF…</source>
        <translation>Eksporter sammenligning som PDF …</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="100"/>
        <source>Profiles</source>
        <translation>Profiler</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="100"/>
        <source>Paired bars</source>
        <translation>Søylepar</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="100"/>
        <source>Changes</source>
        <translation>Endringer</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="101"/>
        <source>Follow-up of measures</source>
        <translation>Oppfølging av tiltak</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="97"/>
        <source>Choose the earlier session…</source>
        <translation>Velg den tidligere økten …</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="101"/>
        <source>Weights and question sets</source>
        <translation>Vekter og spørsmålssett</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="102"/>
        <source>Character</source>
        <translation>Karakter</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="171"/>
        <source>Pick the earlier session of this collaboration above, or choose any session file, to see what has changed.</source>
        <translation>Velg den tidligere økten i dette samarbeidet ovenfor, eller velg en hvilken som helst øktfil, for å se hva som har endret seg.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="174"/>
        <source>No earlier session of this collaboration was found next to this file, among the recent files or among the demos. Choose the session file of an earlier time point to see what has changed.</source>
        <translation>Fant ingen tidligere økt i dette samarbeidet i samme mappe som denne filen, blant de siste filene eller blant demoene. Velg øktfilen fra et tidligere tidspunkt for å se hva som har endret seg.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="203"/>
        <source>No earlier session of this collaboration found</source>
        <translation>Fant ingen tidligere økt i dette samarbeidet</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="219"/>
        <source>Choose the earlier session</source>
        <translation>Velg den tidligere økten</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="220"/>
        <source>SAMSON sessions (*.samson);;All files (*)</source>
        <translation>SAMSON-økter (*.samson);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="228"/>
        <source>The session cannot be compared</source>
        <translation>Økten kan ikke sammenlignes</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="271"/>
        <source>Untitled collaboration</source>
        <translation>Samarbeid uten navn</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="272"/>
        <source>Compare – %1</source>
        <translation>Sammenlign – %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="279"/>
        <source>%1 → %2. Overall score %3 → %4 (%5).</source>
        <translation>%1 → %2. Samlet score %3 → %4 (%5).</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="285"/>
        <source>Largest improvement: %1 (%2).</source>
        <translation>Største forbedring: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="288"/>
        <source>Largest decline: %1 (%2).</source>
        <translation>Største tilbakegang: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="292"/>
        <source>Note: the earlier session is dated after this one.</source>
        <translation>Merk: den tidligere økten er datert etter denne.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="303"/>
        <source>Export comparison PDF</source>
        <translation>Eksporter sammenligning som PDF</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="304"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="325"/>
        <source>Writing the comparison PDF…</source>
        <translation>Skriver sammenligningen som PDF …</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="337"/>
        <source>The PDF was not written</source>
        <translation>PDF-en ble ikke skrevet</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="338"/>
        <source>The comparison PDF could not be written to %1:
%2</source>
        <translation>Sammenligningen kunne ikke skrives til %1:
%2</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="341"/>
        <source>Comparison PDF saved: %1</source>
        <translation>Sammenligning lagret som PDF: %1</translation>
    </message>
</context>
<context>
    <name>Continuum</name>
    <message>
        <location filename="../samson_desktop/ui/widgets/continuum.py" line="214"/>
        <source>Thin co-creation</source>
        <extracomment>Okabe–Ito vermillion for the profile&apos;s mark; a darker shade for its text on light backgrounds. The character&apos;s position from 0 (thin) to 1 (thick), or None. The bar with its ticks and numbers, which only a new size, font or palette changes.</extracomment>
        <translation>Tynn samskaping</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/continuum.py" line="215"/>
        <source>Thick co-production</source>
        <translation>Tykk samproduksjon</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/continuum.py" line="216"/>
        <source>Character</source>
        <translation>Karakter</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/continuum.py" line="221"/>
        <source>The character of the collaboration is not filled in (%1), so the collaboration is not placed between thin and thick.</source>
        <translation>Samarbeidets karakter er ikke fylt ut (%1), så samarbeidet er ikke plassert mellom tynt og tykt.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/continuum.py" line="225"/>
        <source>▼ Character: %1, from time perspective, depth of relations and the citizens&apos; roles and influence.</source>
        <translation>▼ Karakter: %1, ut fra tidsperspektiv, dybde i relasjonene og innbyggernes roller og innflytelse.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/continuum.py" line="228"/>
        <source>A short, ad hoc collaboration stays on the thin half.</source>
        <translation>Et kortvarig ad hoc-samarbeid blir på den tynne halvdelen.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/continuum.py" line="231"/>
        <source>Profile strength %1</source>
        <translation>Profilens styrke %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/continuum.py" line="233"/>
        <source>▲ Profile strength %1: the mean of the seven field scores (1–10). It says how strong the profile is, not how thick the collaboration is.</source>
        <translation>▲ Profilens styrke %1: gjennomsnittet av de sju feltscorene (1–10). Den sier hvor sterk profilen er, ikke hvor tykt samarbeidet er.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/continuum.py" line="238"/>
        <source>No profile strength yet: it is shown only when every field has at least one answer.</source>
        <translation>Profilen har ingen styrke ennå: den vises først når hvert felt har minst ett svar.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/continuum.py" line="240"/>
        <source>Fields without an answer: %1.</source>
        <translation>Felt uten svar: %1.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/continuum.py" line="243"/>
        <source>Continuum from thin co-creation to thick co-production</source>
        <translation>Skala fra tynn samskaping til tykk samproduksjon</translation>
    </message>
</context>
<context>
    <name>DeckBuilder</name>
    <message>
        <location filename="../samson_desktop/ui/seminar/deck.py" line="65"/>
        <source>Deck &amp;language:</source>
        <translation>&amp;Språk i presentasjonen:</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/deck.py" line="66"/>
        <source>Language of the deck</source>
        <translation>Språket i presentasjonen</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/deck.py" line="67"/>
        <source>Build the deck…</source>
        <translation>Lag presentasjonen …</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/deck.py" line="68"/>
        <source>Write the seminar as a PDF to project or print (Ctrl+P)</source>
        <translation>Skriv seminaret som en PDF til å vise på lerret eller skrive ut (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/deck.py" line="94"/>
        <source>No deck yet</source>
        <translation>Ingen presentasjon ennå</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/deck.py" line="97"/>
        <source>seminar</source>
        <translation>seminar</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/deck.py" line="98"/>
        <source>Save the seminar deck</source>
        <translation>Lagre seminarpresentasjonen</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/deck.py" line="99"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/deck.py" line="107"/>
        <source>Writing the seminar deck…</source>
        <translation>Skriver seminarpresentasjonen …</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/deck.py" line="109"/>
        <source>Seminar deck</source>
        <translation>Seminarpresentasjon</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/deck.py" line="133"/>
        <source>The deck was not written</source>
        <translation>Presentasjonen ble ikke skrevet</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/deck.py" line="135"/>
        <source>Deck saved: %1</source>
        <translation>Presentasjonen er lagret: %1</translation>
    </message>
</context>
<context>
    <name>DivergencePanel</name>
    <message>
        <location filename="../samson_desktop/ui/widgets/divergence_panel.py" line="95"/>
        <source>Spread %1: %2</source>
        <extracomment>Questions listed; the report and the CSV carry the whole ranking.</extracomment>
        <translation>Spredning %1: %2</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/divergence_panel.py" line="107"/>
        <source>%1 ↔ %2: %3 apart (n=%4)</source>
        <translation>%1 ↔ %2: %3 fra hverandre (n=%4)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/divergence_panel.py" line="110"/>
        <source>, %1 higher</source>
        <translation>, %1 høyere</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/divergence_panel.py" line="118"/>
        <source>Questions with the largest spread (highest minus lowest voice) first. Click one to open it.</source>
        <translation>Spørsmålene med størst spredning (høyeste minus laveste score fra partene) først. Klikk på et for å åpne det.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/divergence_panel.py" line="121"/>
        <source>Voices furthest apart, on average:</source>
        <translation>Partene som i snitt står lengst fra hverandre:</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/divergence_panel.py" line="122"/>
        <source>Mean difference over the questions both voices scored (n).</source>
        <translation>Gjennomsnittlig forskjell over spørsmålene begge partene har gitt score på (n).</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/divergence_panel.py" line="117"/>
        <source>Where the voices differ</source>
        <translation>Der partene spriker</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/divergence_panel.py" line="120"/>
        <source>No question has scores from two voices that differ yet.</source>
        <translation>Ingen spørsmål har ennå ulike scorer fra to parter.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/divergence_panel.py" line="123"/>
        <source>Questions where the voices differ most</source>
        <translation>Spørsmål der partene spriker mest</translation>
    </message>
</context>
<context>
    <name>EarlierChoice</name>
    <message>
        <location filename="../samson_desktop/ui/widgets/earlier_choice.py" line="38"/>
        <source>&amp;Answers from the earlier time point</source>
        <translation>&amp;Svar fra den tidligere tidsmålingen</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/earlier_choice.py" line="39"/>
        <source>When the answers from the earlier time point show</source>
        <translation>Når svarene fra den tidligere tidsmålingen vises</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/earlier_choice.py" line="41"/>
        <source>After the group has answered</source>
        <translation>Etter at gruppen har svart</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/earlier_choice.py" line="42"/>
        <source>Only when asked (%1)</source>
        <translation>Bare når det bes om (%1)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/earlier_choice.py" line="44"/>
        <source>Seeing the old number first anchors the new one: by default each question shows the earlier score only once the group has answered it.</source>
        <translation>Den som ser det gamle tallet først, lar seg lett styre av det: som standard viser hvert spørsmål den tidligere scoren først når gruppen har svart på det.</translation>
    </message>
</context>
<context>
    <name>EarlierContext</name>
    <message>
        <location filename="../samson_desktop/ui/earlier_context.py" line="98"/>
        <source>This session does not refer to an earlier one.</source>
        <extracomment>The earlier session was found, chosen or lost, or what is shown changed (a key, a setup choice). The session refers to an earlier one that no file here holds: said once per reference. The window&apos;s settings (recent files, earlier files chosen by hand); read once when not given. The reference (earlier session id) last looked for; None: not looked for yet.</extracomment>
        <translation>Denne økten viser ikke til en tidligere økt.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/earlier_context.py" line="104"/>
        <source>%1 is another session, not the earlier time point %2.</source>
        <translation>%1 er en annen økt, ikke den tidligere tidsmålingen %2.</translation>
    </message>
</context>
<context>
    <name>EarlierMarks</name>
    <message>
        <location filename="../samson_desktop/ui/widgets/earlier_marks.py" line="122"/>
        <source>%1: not relevant</source>
        <extracomment>Position in the session&apos;s voices: the same colour and marker shape as everywhere else.</extracomment>
        <translation>%1: ikke relevant</translation>
    </message>
</context>
<context>
    <name>EarlierOnPage</name>
    <message>
        <location filename="../samson_desktop/ui/earlier_on_page.py" line="144"/>
        <source>The earlier time point %1 was not found: the questions show no earlier answers. Find it on the question page (%2).</source>
        <extracomment>What the field radar shows of the earlier time point changed. The &quot;not found&quot; message, kept until the page is in a window that can show it.</extracomment>
        <translation>Den tidligere tidsmålingen %1 ble ikke funnet: spørsmålene viser ingen tidligere svar. Finn den på spørsmålssiden (%2).</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/earlier_on_page.py" line="163"/>
        <source>Find the earlier time point %1</source>
        <translation>Finn den tidligere tidsmålingen %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/earlier_on_page.py" line="164"/>
        <source>SAMSON sessions (*.samson);;All files (*)</source>
        <translation>SAMSON-økter (*.samson);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/earlier_on_page.py" line="169"/>
        <source>Not the earlier session</source>
        <translation>Ikke den tidligere økten</translation>
    </message>
</context>
<context>
    <name>EarlierPanel</name>
    <message>
        <location filename="../samson_desktop/ui/widgets/earlier_panel.py" line="47"/>
        <source>Earlier time point %1: not found on this computer.</source>
        <translation>Tidligere tidsmåling %1: ikke funnet på denne maskinen.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/earlier_panel.py" line="48"/>
        <source>Find it…</source>
        <translation>Finn den …</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/earlier_panel.py" line="49"/>
        <source>Choose the file of the earlier session; it is remembered</source>
        <translation>Velg filen til den tidligere økten; den blir husket</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/earlier_panel.py" line="58"/>
        <source>%1: this question was not asked then.</source>
        <translation>%1: dette spørsmålet ble ikke stilt da.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/earlier_panel.py" line="61"/>
        <source>%1: the answer then is hidden; %2 shows it.</source>
        <translation>%1: svaret da er skjult; %2 viser det.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/earlier_panel.py" line="63"/>
        <source>%1: the answer then shows once the group has answered (or with %2).</source>
        <translation>%1: svaret da vises når gruppen har svart (eller med %2).</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/earlier_panel.py" line="74"/>
        <source>not relevant</source>
        <translation>ikke relevant</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/earlier_panel.py" line="76"/>
        <source>agreed %1</source>
        <translation>omforent %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/earlier_panel.py" line="78"/>
        <source>the voices&apos; mean %1</source>
        <translation>partenes gjennomsnitt %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/earlier_panel.py" line="80"/>
        <source>not answered</source>
        <translation>ikke besvart</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/earlier_panel.py" line="82"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/earlier_panel.py" line="90"/>
        <source>not carried over</source>
        <translation>ikke videreført</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/earlier_panel.py" line="95"/>
        <source>Proposed here at %1: %2</source>
        <translation>Foreslått her ved %1: %2</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../samson_desktop/ui/error_dialog.py" line="37"/>
        <source>SAMSON: unexpected error</source>
        <translation>SAMSON: uventet feil</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/error_dialog.py" line="38"/>
        <source>Unexpected error</source>
        <translation>Uventet feil</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/error_dialog.py" line="41"/>
        <source>Something went wrong.</source>
        <translation>Noe gikk galt.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/error_dialog.py" line="47"/>
        <source>Your session is kept: it has just been saved to the autosave folder, and you can go on working. If the problem comes back, save your session, restart SAMSON and send the details below to your support person.</source>
        <translation>Økten din er tatt vare på: den ble akkurat lagret i mappen for automatisk lagring, og du kan arbeide videre. Hvis problemet kommer tilbake, lagre økten, start SAMSON på nytt og send detaljene nedenfor til den som gir deg brukerstøtte.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/error_dialog.py" line="53"/>
        <source>Error details</source>
        <translation>Detaljer om feilen</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/error_dialog.py" line="56"/>
        <source>Copy details</source>
        <translation>Kopier detaljene</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/error_dialog.py" line="57"/>
        <source>Copy the error details</source>
        <translation>Kopier detaljene om feilen</translation>
    </message>
</context>
<context>
    <name>ExplainPanel</name>
    <message>
        <location filename="../samson_desktop/ui/compare_explain.py" line="69"/>
        <source>Why it changed</source>
        <translation>Hvorfor det endret seg</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_explain.py" line="70"/>
        <source>What happened? Write the group&apos;s explanation of this change.</source>
        <translation>Hva skjedde? Skriv gruppens forklaring på denne endringen.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_explain.py" line="72"/>
        <source>Enter: write the explanation of the selected change. Esc or Ctrl+Enter: back to the list. Every field and question that moved by 1.0 or more, and the largest rise and fall, has a place.</source>
        <translation>Enter: skriv forklaringen på den valgte endringen. Esc eller Ctrl+Enter: tilbake til listen. Hvert felt og spørsmål som endret seg med 1,0 eller mer, og den største forbedringen og tilbakegangen, har en plass.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_explain.py" line="75"/>
        <location filename="../samson_desktop/ui/compare_explain.py" line="85"/>
        <source>Select a change of 1.0 or more to explain it</source>
        <translation>Velg en endring på 1,0 eller mer for å forklare den</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_explain.py" line="88"/>
        <source>Why it changed: %1</source>
        <translation>Hvorfor det endret seg: %1</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../samson_desktop/ui/export_actions.py" line="107"/>
        <source>Export the report as PDF</source>
        <extracomment>Exports under way; each keeps itself here until it has finished, so nothing is collected early. The busy dialog appears only for an export that takes longer than this (milliseconds).</extracomment>
        <translation>Eksporter rapporten som PDF</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/export_actions.py" line="107"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/export_actions.py" line="122"/>
        <source>Writing the report…</source>
        <translation>Skriver rapporten …</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/export_actions.py" line="129"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/export_actions.py" line="148"/>
        <source>SAMSON</source>
        <translation>SAMSON</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/export_actions.py" line="170"/>
        <source>Saved %1</source>
        <translation>Lagret %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/export_actions.py" line="172"/>
        <source>Report saved</source>
        <translation>Rapporten er lagret</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/export_actions.py" line="173"/>
        <source>The report was saved as %1.

Open it now?</source>
        <translation>Rapporten ble lagret som %1.

Vil du åpne den nå?</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/export_actions.py" line="130"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbeidsbøker (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/export_actions.py" line="132"/>
        <source>Export the answers and measures</source>
        <translation>Eksporter svarene og tiltakene</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/export_actions.py" line="143"/>
        <source>Writing the table…</source>
        <translation>Skriver tabellen …</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/export_actions.py" line="175"/>
        <source>Table saved</source>
        <translation>Tabellen er lagret</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/export_actions.py" line="177"/>
        <source>%1 and, beside it, the measures as %2</source>
        <translation>%1 og, ved siden av, tiltakene som %2</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/export_actions.py" line="181"/>
        <source>The table was saved as %1.

Open it now?</source>
        <translation>Tabellen ble lagret som %1.

Vil du åpne den nå?</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/export_actions.py" line="193"/>
        <source>The report was not written</source>
        <translation>Rapporten ble ikke skrevet</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/export_actions.py" line="194"/>
        <source>SAMSON could not write the report.

%1

Your session is not affected. Try another folder or file name.</source>
        <translation>SAMSON kunne ikke skrive rapporten.

%1

Økten din er ikke berørt. Prøv en annen mappe eller et annet filnavn.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/export_actions.py" line="197"/>
        <source>The CSV file was not written</source>
        <translation>CSV-filen ble ikke skrevet</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/export_actions.py" line="198"/>
        <source>SAMSON could not write the CSV file.

%1

Your session is not affected. Try another folder or file name.</source>
        <translation>SAMSON kunne ikke skrive CSV-filen.

%1

Økten din er ikke berørt. Prøv en annen mappe eller et annet filnavn.</translation>
    </message>
</context>
<context>
    <name>FieldChart</name>
    <message>
        <location filename="../samson_desktop/ui/pages/field_chart.py" line="80"/>
        <source>Importance</source>
        <translation>Viktighet</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/field_chart.py" line="81"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/field_chart.py" line="110"/>
        <source>Field %1: %2</source>
        <translation>Felt %1: %2</translation>
    </message>
</context>
<context>
    <name>FieldNavigator</name>
    <message>
        <location filename="../samson_desktop/ui/widgets/field_navigator.py" line="91"/>
        <source>&amp;Field</source>
        <translation>&amp;Felt</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/field_navigator.py" line="92"/>
        <source>Choose field</source>
        <translation>Velg felt</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/field_navigator.py" line="93"/>
        <source>Question</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/field_navigator.py" line="151"/>
        <source>not relevant</source>
        <translation>ikke relevant</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/field_navigator.py" line="154"/>
        <source>answered %1</source>
        <translation>besvart %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/field_navigator.py" line="155"/>
        <source>answered, every voice not relevant</source>
        <translation>besvart, ikke relevant for noen av partene</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/field_navigator.py" line="160"/>
        <source>%1 of %2 voices have answered</source>
        <translation>%1 av %2 parter har svart</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/field_navigator.py" line="164"/>
        <source>not answered</source>
        <translation>ikke besvart</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/field_navigator.py" line="166"/>
        <source>Question %1, %2</source>
        <translation>Spørsmål %1, %2</translation>
    </message>
</context>
<context>
    <name>FieldPage</name>
    <message>
        <location filename="../samson_desktop/ui/seminar/field_page.py" line="57"/>
        <source>Click a dot (or arrow keys and Enter) to see that case&apos;s questions.</source>
        <translation>Klikk en prikk (eller piltaster og Enter) for å se sakens spørsmål.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/field_page.py" line="58"/>
        <source>Every case&apos;s score per field</source>
        <translation>Hver saks skår per felt</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/field_page.py" line="59"/>
        <source>The case&apos;s questions in the field</source>
        <translation>Sakens spørsmål i feltet</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/field_page.py" line="70"/>
        <source>No score: %1</source>
        <translation>Ingen skår: %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/field_page.py" line="75"/>
        <source>Not matched across the question sets:</source>
        <translation>Ikke koblet på tvers av spørsmålssettene:</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/field_page.py" line="93"/>
        <source>not relevant</source>
        <translation>ikke relevant</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/field_page.py" line="96"/>
        <source>spread between the parties: %1</source>
        <translation>spredning mellom partene: %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/field_page.py" line="98"/>
        <source>Only in this case&apos;s question set</source>
        <translation>Bare i denne sakens spørsmålssett</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/field_page.py" line="100"/>
        <source>Note: %1</source>
        <translation>Notat: %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/field_page.py" line="103"/>
        <source>This case has no questions in this field.</source>
        <translation>Denne saken har ingen spørsmål i dette feltet.</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="30"/>
        <source>SAMSON sessions (*.samson)</source>
        <translation>SAMSON-økter (*.samson)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="62"/>
        <source>this session</source>
        <extracomment>Windows opened beside the first one (recovery of several sessions). The list of recent files changed. The session was written to this file.</extracomment>
        <translation>denne økten</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="64"/>
        <source>Unsaved changes</source>
        <translation>Endringer som ikke er lagret</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="65"/>
        <source>Save the changes to “%1” first?</source>
        <translation>Vil du lagre endringene i «%1» først?</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="112"/>
        <location filename="../samson_desktop/ui/file_controller.py" line="131"/>
        <source>New time point</source>
        <translation>Ny tidsmåling</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="113"/>
        <source>“%1” is dated %2, which is after today. A new time point cannot come before it; check the date of the earlier session.</source>
        <translation>«%1» er datert %2, som er etter i dag. En ny tidsmåling kan ikke komme før den; sjekk datoen på den tidligere økten.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="123"/>
        <source>New time point %1 after %2: %3 measures to follow up. Saving asks for a file name.</source>
        <translation>Ny tidsmåling %1 etter %2: %3 tiltak å følge opp. Når du lagrer, blir du spurt om et filnavn.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="132"/>
        <source>The new time point refers to this session, so this session is saved first.</source>
        <translation>Den nye tidsmålingen viser til denne økten, så denne økten lagres først.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="139"/>
        <source>Open a session</source>
        <translation>Åpne en økt</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="140"/>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="168"/>
        <source>A copy of %1: saving asks for a new file name</source>
        <translation>En kopi av %1: ved lagring spør SAMSON etter et nytt filnavn</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="186"/>
        <source>Reloaded from the file</source>
        <translation>Lastet inn på nytt fra filen</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="221"/>
        <location filename="../samson_desktop/ui/file_controller.py" line="228"/>
        <source>Save the session</source>
        <translation>Lagre økten</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="229"/>
        <source>The demo sessions stay as they are. Please choose another file name.</source>
        <translation>Demo-øktene skal forbli som de er. Velg et annet filnavn.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="250"/>
        <source>The session was not saved</source>
        <translation>Økten ble ikke lagret</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="251"/>
        <source>SAMSON could not write %1:
%2</source>
        <translation>SAMSON kunne ikke skrive %1:
%2</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="262"/>
        <source>Nothing is lost: the session has no unsaved changes. Try another folder.</source>
        <translation>Ingenting er tapt: økten har ingen ulagrede endringer. Prøv en annen mappe.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="268"/>
        <source>Your changes are still here, and a copy of them is in the autosave folder. Try another folder.</source>
        <translation>Endringene dine er fortsatt her, og en kopi av dem ligger i mappen for automatisk lagring. Prøv en annen mappe.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="270"/>
        <source>Your changes are still here in the window, but they could not be autosaved either. Keep SAMSON open, and save the session to another folder or drive.</source>
        <translation>Endringene dine er fortsatt her i vinduet, men de kunne heller ikke lagres automatisk. La SAMSON være åpen, og lagre økten i en annen mappe eller på en annen disk.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="280"/>
        <source>Autosave does not work</source>
        <translation>Automatisk lagring virker ikke</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="281"/>
        <source>SAMSON cannot autosave this session, so a crash or power cut now would lose the changes since the last save.

What to do: save the session with File › Save as… to a folder or drive with free space, and free some space in the data folder. SAMSON keeps trying to autosave.

Reason: %1</source>
        <translation>SAMSON kan ikke lagre denne økten automatisk, så et krasj eller strømbrudd nå ville miste endringene siden forrige lagring.

Dette kan du gjøre: lagre økten med Fil › Lagre som … i en mappe eller på en disk med ledig plass, og frigjør plass i datamappen. SAMSON fortsetter å prøve å lagre automatisk.

Årsak: %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="293"/>
        <source>session</source>
        <translation>økt</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="312"/>
        <source>(no recent sessions)</source>
        <translation>(ingen nylig brukte økter)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="315"/>
        <source>Clear the list</source>
        <translation>Tøm listen</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="325"/>
        <source>Demo, time point %1</source>
        <translation>Demo, tidspunkt %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="342"/>
        <source>a session without a name</source>
        <translation>en økt uten navn</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="345"/>
        <source>Recover unsaved changes?</source>
        <translation>Vil du gjenopprette endringer som ikke ble lagret?</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="347"/>
        <source>SAMSON was not closed properly. Unsaved changes to “%1” from %2 were kept.

Yes: recover them. No: throw them away. Cancel: decide at the next start.</source>
        <translation>SAMSON ble ikke avsluttet på vanlig måte. Endringer i «%1» fra %2 som ikke var lagret, er tatt vare på.

Ja: gjenopprett dem. Nei: kast dem. Avbryt: bestem deg ved neste oppstart.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="359"/>
        <source>%1 is open in another window: the recovered changes are a copy</source>
        <translation>%1 er åpen i et annet vindu: de gjenopprettede endringene er en kopi</translation>
    </message>
</context>
<context>
    <name>FileError</name>
    <message>
        <location filename="../samson_desktop/ui/error_dialog.py" line="114"/>
        <source>… (%1 more not shown)</source>
        <translation>… (%1 til vises ikke)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/error_dialog.py" line="115"/>
        <source>The session cannot be opened</source>
        <translation>Økten kan ikke åpnes</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/error_dialog.py" line="116"/>
        <source>SAMSON cannot use this file. The file itself has not been changed.</source>
        <translation>SAMSON kan ikke bruke denne filen. Selve filen er ikke endret.</translation>
    </message>
</context>
<context>
    <name>FileGuard</name>
    <message>
        <location filename="../samson_desktop/ui/file_guard.py" line="52"/>
        <location filename="../samson_desktop/ui/file_guard.py" line="69"/>
        <source>Open a session</source>
        <translation>Åpne en økt</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_guard.py" line="53"/>
        <source>“%1” is open in another SAMSON window. Two windows on one file would overwrite each other&apos;s work.

Show that window, or open a copy here that is saved under a new name.</source>
        <translation>«%1» er åpen i et annet SAMSON-vindu. To vinduer på samme fil ville skrevet over hverandres arbeid.

Vis det vinduet, eller åpne en kopi her som lagres under et nytt navn.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_guard.py" line="56"/>
        <source>Show that window</source>
        <translation>Vis det vinduet</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_guard.py" line="57"/>
        <location filename="../samson_desktop/ui/file_guard.py" line="72"/>
        <source>Open a copy</source>
        <translation>Åpne en kopi</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_guard.py" line="58"/>
        <location filename="../samson_desktop/ui/file_guard.py" line="73"/>
        <location filename="../samson_desktop/ui/file_guard.py" line="108"/>
        <location filename="../samson_desktop/ui/file_guard.py" line="123"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_guard.py" line="70"/>
        <source>The other SAMSON window with “%1” does not answer. Bring it forward yourself, or open a copy here that is saved under a new name.</source>
        <translation>Det andre SAMSON-vinduet med «%1» svarer ikke. Hent det fram selv, eller åpne en kopi her som lagres under et nytt navn.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_guard.py" line="87"/>
        <source>Save the session</source>
        <translation>Lagre økten</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_guard.py" line="88"/>
        <source>“%1” is open in another SAMSON window. Please choose another file name, or close it there first.</source>
        <translation>«%1» er åpen i et annet SAMSON-vindu. Velg et annet filnavn, eller lukk den der først.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_guard.py" line="98"/>
        <source>The file was changed</source>
        <translation>Filen er endret</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_guard.py" line="99"/>
        <source>“%1” was changed by another program since this window opened or saved it. Saving now would replace those changes.

Overwrite: replace it with this window&apos;s session (the other version stays as a backup copy, %2).
Save as: keep both, under a new name.
Reload: throw away this window&apos;s unsaved changes and show the file as it is now.</source>
        <translation>«%1» er endret av et annet program siden dette vinduet åpnet eller lagret den. Lagrer du nå, erstattes de endringene.

Overskriv: erstatt filen med økten i dette vinduet (den andre versjonen blir liggende som sikkerhetskopi, %2).
Lagre som: behold begge, under et nytt navn.
Last inn på nytt: forkast endringene i dette vinduet som ikke er lagret, og vis filen slik den er nå.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_guard.py" line="105"/>
        <source>Overwrite</source>
        <translation>Overskriv</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_guard.py" line="106"/>
        <location filename="../samson_desktop/ui/file_guard.py" line="122"/>
        <source>Save as…</source>
        <translation>Lagre som …</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_guard.py" line="107"/>
        <source>Reload</source>
        <translation>Last inn på nytt</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_guard.py" line="118"/>
        <source>The file is read-only</source>
        <translation>Filen er skrivebeskyttet</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_guard.py" line="119"/>
        <source>“%1” is marked read-only: someone may want it kept as it is.

Replace it anyway (it stays read-only), or save under a new name.</source>
        <translation>«%1» er merket som skrivebeskyttet: noen vil kanskje ha den som den er.

Erstatt den likevel (den forblir skrivebeskyttet), eller lagre under et nytt navn.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_guard.py" line="121"/>
        <source>Replace</source>
        <translation>Erstatt</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <location filename="../samson_desktop/ui/pages/followup_page.py" line="171"/>
        <source>Done</source>
        <translation>Gjennomført</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/followup_page.py" line="171"/>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/followup_page.py" line="171"/>
        <source>Still agreed</source>
        <translation>Fortsatt avtalt</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/followup_page.py" line="171"/>
        <source>Dropped</source>
        <translation>Droppet</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/followup_page.py" line="175"/>
        <source>&amp;What happened? One line (F2; Enter goes to the next measure)</source>
        <translation>&amp;Hva skjedde? Én linje (F2; Enter går til neste tiltak)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/followup_page.py" line="176"/>
        <source>What happened</source>
        <translation>Hva som skjedde</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/followup_page.py" line="177"/>
        <source>What did the group do, and what came of it?</source>
        <translation>Hva gjorde gruppen, og hva kom ut av det?</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/followup_page.py" line="179"/>
        <source>Before the new weighting: what became of each measure agreed last time? Keys 1–4 set it, F2 writes a line on what happened, Page Down goes to the next measure.</source>
        <translation>Før den nye vektingen: hva ble det av hvert tiltak som ble avtalt sist? Tastene 1–4 setter det, F2 skriver en linje om hva som skjedde, Page Down går til neste tiltak.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/followup_page.py" line="182"/>
        <source>No measures were carried over to this session. The follow-up comes with a new time point made from an earlier session (File › New time point from this session…).</source>
        <translation>Ingen tiltak ble videreført til denne økten. Oppfølgingen kommer med en ny tidsmåling laget fra en tidligere økt (Fil › Ny tidsmåling fra denne økten…).</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/followup_page.py" line="184"/>
        <source>Measure to follow up</source>
        <translation>Tiltak å følge opp</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/followup_page.py" line="185"/>
        <source>Measures to follow up</source>
        <translation>Tiltak å følge opp</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/followup_page.py" line="207"/>
        <source>the earlier time point</source>
        <translation>den tidligere tidsmålingen</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/followup_page.py" line="208"/>
        <source>Follow-up of the measures from %1</source>
        <translation>Oppfølging av tiltakene fra %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/followup_page.py" line="224"/>
        <source>%1 of %2 followed up</source>
        <translation>%1 av %2 fulgt opp</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/followup_page.py" line="238"/>
        <source>Measure %1 of %2</source>
        <translation>Tiltak %1 av %2</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/followup_page.py" line="250"/>
        <source>At %1: %2</source>
        <translation>Ved %1: %2</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/followup_page.py" line="253"/>
        <source>Owner: %1</source>
        <translation>Ansvarlig: %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/followup_page.py" line="255"/>
        <source>Due: %1</source>
        <translation>Frist: %1</translation>
    </message>
</context>
<context>
    <name>InsidePage</name>
    <message>
        <location filename="../samson_desktop/ui/seminar/inside_page.py" line="49"/>
        <source>Case</source>
        <translation>Sak</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/inside_page.py" line="50"/>
        <source>Cases</source>
        <translation>Saker</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/inside_page.py" line="51"/>
        <source>The parties&apos; scores per field</source>
        <translation>Partenes skår per felt</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/inside_page.py" line="81"/>
        <source>This case answered together, without the parties&apos; own scores, so there is nothing to compare inside it.</source>
        <translation>Denne saken svarte samlet, uten partenes egne skårer, så det er ingenting å sammenligne inne i den.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/inside_page.py" line="89"/>
        <source>The parties differ most in: %1</source>
        <translation>Partene er mest uenige i: %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/inside_page.py" line="104"/>
        <source>spread %1</source>
        <translation>spredning %1</translation>
    </message>
</context>
<context>
    <name>KeyboardHelp</name>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="27"/>
        <source>SAMSON: keyboard shortcuts</source>
        <translation>SAMSON: hurtigtaster</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="31"/>
        <source>Keyboard shortcuts</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="32"/>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="32"/>
        <source>What they do</source>
        <translation>Hva de gjør</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="52"/>
        <source>1 … 9, 0</source>
        <translation>1 … 9, 0</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="54"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="55"/>
        <source>Page Down, Alt+Right</source>
        <translation>Page Down, Alt+Høyre</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="55"/>
        <source>Next question; on other pages: next step</source>
        <translation>Neste spørsmål; på andre sider: neste trinn</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="56"/>
        <source>Page Up, Alt+Left</source>
        <translation>Page Up, Alt+Venstre</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="56"/>
        <source>Previous question; on other pages: previous step</source>
        <translation>Forrige spørsmål; på andre sider: forrige trinn</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="57"/>
        <source>F2 or Ctrl+L</source>
        <translation>F2 eller Ctrl+L</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="57"/>
        <source>Write a note for the question</source>
        <translation>Skriv et notat til spørsmålet</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="60"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="60"/>
        <source>Move between the controls of a page</source>
        <translation>Flytt mellom kontrollene på en side</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="61"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="52"/>
        <source>Answer the question (0 is 10); on the values page: weight the marked value. In a field, a list or another control they are that control&apos;s</source>
        <translation>Svar på spørsmålet (0 er 10); på vektingssiden: vekt den markerte verdien. I et felt, en liste eller en annen kontroll hører tastene til den</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="54"/>
        <source>Not relevant / don&apos;t know; for the marked voice while voices are typed in</source>
        <translation>Ikke relevant / vet ikke; for den markerte parten når partenes svar skrives inn</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="58"/>
        <source>F4</source>
        <translation>F4</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="58"/>
        <source>Show or hide the earlier time point&apos;s answers to the question (a session made from an earlier one)</source>
        <translation>Vis eller skjul svarene på spørsmålet fra det tidligere tidspunktet (i en økt laget fra en tidligere)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="61"/>
        <source>Leave a field or a list, so that the digits answer again; leave presentation mode</source>
        <translation>Gå ut av et felt eller en liste, så sifrene svarer igjen; avslutt presentasjonsmodus</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="62"/>
        <source>Ctrl+1 … Ctrl+7</source>
        <translation>Ctrl+1 … Ctrl+7</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="62"/>
        <source>Go to step 1 … 7</source>
        <translation>Gå til trinn 1 … 7</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="63"/>
        <source>Ctrl+8</source>
        <translation>Ctrl+8</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="63"/>
        <source>Go to the follow-up of the measures from the earlier time point (step 2b); there 1 … 4 set done, in progress, still agreed or dropped, F2 writes what happened, Page Down goes to the next measure</source>
        <translation>Gå til oppfølgingen av tiltakene fra den tidligere tidsmålingen (steg 2b); der setter 1 … 4 gjennomført, pågår, fortsatt avtalt eller droppet, F2 skriver hva som skjedde, Page Down går til neste tiltak</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="66"/>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="66"/>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="67"/>
        <source>Ctrl+Shift+Z, Ctrl+Y</source>
        <translation>Ctrl+Shift+Z, Ctrl+Y</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="67"/>
        <source>Redo</source>
        <translation>Gjør om</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="68"/>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="68"/>
        <source>Presentation mode on or off</source>
        <translation>Presentasjonsmodus av eller på</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="69"/>
        <source>Ctrl+= / Ctrl+- / Ctrl+0</source>
        <translation>Ctrl+= / Ctrl+- / Ctrl+0</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="69"/>
        <source>Larger / smaller / normal type</source>
        <translation>Større / mindre / normal skrift</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="70"/>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="70"/>
        <source>High contrast on or off</source>
        <translation>Høy kontrast av eller på</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="71"/>
        <source>Ctrl+N, Ctrl+O, Ctrl+S</source>
        <translation>Ctrl+N, Ctrl+O, Ctrl+S</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="71"/>
        <source>New, open, save</source>
        <translation>Ny, åpne, lagre</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="72"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="72"/>
        <source>Export the PDF report</source>
        <translation>Eksporter PDF-rapporten</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="73"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="73"/>
        <source>The phone room: participants answer on their own phones</source>
        <translation>Mobilrommet: deltakerne svarer på egen mobil</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="74"/>
        <source>F5 / F6 / F7</source>
        <translation>F5 / F6 / F7</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="74"/>
        <source>Phone room: open the question or value on the phones / close it and show the answers / accept the answers</source>
        <translation>Mobilrom: åpne spørsmålet eller verdien på mobilene / lukk og vis svarene / godta svarene</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="76"/>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="76"/>
        <source>Phone room: the projector view</source>
        <translation>Mobilrom: publikumsvisningen</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="77"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="77"/>
        <source>The peer-learning seminar: several collaborations&apos; profiles side by side</source>
        <translation>Likemannsseminaret: profilene til flere samarbeid side om side</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="78"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="78"/>
        <source>This list</source>
        <translation>Denne listen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../samson_desktop/ui/pages/registry.py" line="93"/>
        <source>Start</source>
        <extracomment>Modules that pages load only when a part of them is first shown (a chart&apos;s bar view, which brings pyqtgraph and numpy): imported in the background once every page is built, so that the first click finds them in without building the pages any later.</extracomment>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/registry.py" line="94"/>
        <source>Setup</source>
        <translation>Oppsett</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/registry.py" line="95"/>
        <source>Weighting</source>
        <translation>Vekting</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/registry.py" line="97"/>
        <source>Questions</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/registry.py" line="99"/>
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/registry.py" line="100"/>
        <source>Measures</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/registry.py" line="101"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/registry.py" line="104"/>
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="95"/>
        <source>&amp;New session</source>
        <extracomment>The report and the answer sheets in a language of their own (the plain actions use the interface&apos;s).</extracomment>
        <translation>&amp;Ny økt</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="96"/>
        <source>&amp;Open…</source>
        <translation>Å&amp;pne …</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="97"/>
        <source>New &amp;time point from this session…</source>
        <translation>Ny &amp;tidsmåling fra denne økten…</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="99"/>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="100"/>
        <source>Save &amp;as…</source>
        <translation>Lagre &amp;som …</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="101"/>
        <source>Export &amp;report…</source>
        <translation>Eksporter &amp;rapport …</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="102"/>
        <source>&amp;Answer sheets…</source>
        <translation>S&amp;varark …</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="103"/>
        <source>Export &amp;CSV…</source>
        <translation>Eksporter &amp;CSV …</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="104"/>
        <source>Peer-learning s&amp;eminar…</source>
        <translation>Likemannss&amp;eminar …</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="105"/>
        <source>Seminar from a fo&amp;lder…</source>
        <translation>Seminar fra en &amp;mappe …</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="106"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="111"/>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Presentasjonsmodus</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="112"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;inn</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="113"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;ut</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="114"/>
        <source>&amp;Normal size</source>
        <translation>&amp;Normal størrelse</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="115"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Høy kontrast</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="117"/>
        <source>&amp;Next question</source>
        <translation>&amp;Neste spørsmål</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="118"/>
        <source>&amp;Previous question</source>
        <translation>&amp;Forrige spørsmål</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="119"/>
        <source>Write a &amp;note</source>
        <translation>Skriv et n&amp;otat</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="127"/>
        <source>&amp;Phone room…</source>
        <translation>&amp;Mobilrom…</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="128"/>
        <source>&amp;Open this question on the phones</source>
        <translation>Å&amp;pne dette spørsmålet på mobilene</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="130"/>
        <source>Close and &amp;show the answers</source>
        <translation>Lukk og &amp;vis svarene</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="132"/>
        <source>&amp;Accept the answers</source>
        <translation>&amp;Godta svarene</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="134"/>
        <source>Pro&amp;jector view</source>
        <translation>Pu&amp;blikumsvisning</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="136"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Hurtigtaster</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="137"/>
        <source>&amp;About SAMSON</source>
        <translation>&amp;Om SAMSON</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="153"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="155"/>
        <source>Open &amp;recent</source>
        <translation>Åpne n&amp;ylig brukt</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="156"/>
        <source>Open &amp;demo</source>
        <translation>Åpne &amp;demo</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="159"/>
        <source>Export report &amp;in</source>
        <translation>Eksporter rapport &amp;på</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="161"/>
        <source>Answer sheets i&amp;n</source>
        <translation>Svarark på spr&amp;åk</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="165"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="166"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="170"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="171"/>
        <source>&amp;Go</source>
        <translation>&amp;Gå til</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="173"/>
        <source>&amp;Field</source>
        <translation>&amp;Handlingsfelt</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="175"/>
        <source>Phone &amp;room</source>
        <translation>&amp;Mobilrom</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="178"/>
        <source>&amp;Help</source>
        <translation>H&amp;jelp</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/main_window.py" line="267"/>
        <source>Current step</source>
        <extracomment>Right after the first paint; the pages not on screen are built after it, one per idle turn. Once every page has been built.</extracomment>
        <translation>Gjeldende trinn</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/main_window.py" line="285"/>
        <source>New session</source>
        <translation>Ny økt</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="107"/>
        <location filename="../samson_desktop/ui/actions.py" line="251"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Angre %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="109"/>
        <location filename="../samson_desktop/ui/actions.py" line="252"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Gjør om %1</translation>
    </message>
</context>
<context>
    <name>MeasureDelegate</name>
    <message>
        <location filename="../samson_desktop/ui/widgets/measure_delegate.py" line="83"/>
        <source>No date</source>
        <extracomment>Shown by the date editor at its minimum date, which stands for &quot;no due date&quot;.</extracomment>
        <translation>Ingen dato</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/measure_delegate.py" line="85"/>
        <source>Due date</source>
        <translation>Frist</translation>
    </message>
</context>
<context>
    <name>MeasureStatus</name>
    <message>
        <location filename="../samson_desktop/ui/widgets/labels.py" line="31"/>
        <source>Proposed</source>
        <translation>Foreslått</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/labels.py" line="32"/>
        <source>Agreed</source>
        <translation>Avtalt</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/labels.py" line="33"/>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/labels.py" line="34"/>
        <source>Done</source>
        <translation>Gjennomført</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/labels.py" line="35"/>
        <source>Dropped</source>
        <translation>Droppet</translation>
    </message>
</context>
<context>
    <name>MeasuresModel</name>
    <message>
        <location filename="../samson_desktop/ui/measures_model.py" line="62"/>
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/measures_model.py" line="63"/>
        <source>Question</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/measures_model.py" line="64"/>
        <source>Quadrant</source>
        <translation>Kvadrant</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/measures_model.py" line="65"/>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/measures_model.py" line="66"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/measures_model.py" line="67"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/measures_model.py" line="68"/>
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
</context>
<context>
    <name>MeasuresPage</name>
    <message>
        <location filename="../samson_desktop/ui/pages/measures_page.py" line="100"/>
        <location filename="../samson_desktop/ui/pages/measures_page.py" line="101"/>
        <source>Add measure</source>
        <translation>Legg til tiltak</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/measures_page.py" line="102"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/measures_page.py" line="103"/>
        <source>Remove the selected measures</source>
        <translation>Fjern de valgte tiltakene</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/measures_page.py" line="104"/>
        <source>Remove the selected measures (Delete); Ctrl+Z brings them back</source>
        <translation>Fjern de valgte tiltakene (Delete); Ctrl+Z henter dem tilbake</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/measures_page.py" line="105"/>
        <source>Table</source>
        <translation>Tabell</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/measures_page.py" line="106"/>
        <source>Show the measures as a table</source>
        <translation>Vis tiltakene som tabell</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/measures_page.py" line="107"/>
        <source>Matrix</source>
        <translation>Matrise</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/measures_page.py" line="108"/>
        <source>Show the measures in the matrix of known and new practices</source>
        <translation>Vis tiltakene i matrisen over kjent og ny praksis</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/measures_page.py" line="109"/>
        <source>Measures</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/measures_page.py" line="110"/>
        <source>Columns of the measures table</source>
        <translation>Kolonnene i tiltakstabellen</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/measures_page.py" line="133"/>
        <source>New measure</source>
        <translation>Nytt tiltak</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/measures_page.py" line="210"/>
        <source>Action plan · measures: %1</source>
        <translation>Handlingsplan · tiltak: %1</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../samson_desktop/ui/pages/overview_page.py" line="121"/>
        <source>Seven fields</source>
        <extracomment>Per cent of the page&apos;s width for the field radar.</extracomment>
        <translation>Sju handlingsfelt</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/overview_page.py" line="122"/>
        <source>Four values</source>
        <translation>Fire verdier</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/overview_page.py" line="123"/>
        <location filename="../samson_desktop/ui/pages/overview_page.py" line="124"/>
        <source>Largest gaps</source>
        <translation>Største gap</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/overview_page.py" line="125"/>
        <source>Voices apart</source>
        <translation>Partene spriker</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/overview_page.py" line="126"/>
        <source>Where the voices differ most</source>
        <translation>Der partene spriker mest</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/overview_page.py" line="131"/>
        <location filename="../samson_desktop/ui/pages/overview_page.py" line="132"/>
        <source>Voices on the chart</source>
        <translation>Partene i diagrammet</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/overview_page.py" line="133"/>
        <source>One line per voice; ↕ marks the field where they are furthest apart.</source>
        <translation>Én linje per part; ↕ markerer feltet der de står lengst fra hverandre.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/overview_page.py" line="171"/>
        <source>Importance</source>
        <translation>Viktighet</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/overview_page.py" line="172"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/overview_page.py" line="186"/>
        <source>Weight</source>
        <translation>Vekt</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/overview_page.py" line="187"/>
        <source>Value score</source>
        <translation>Verdiscore</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="43"/>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="49"/>
        <source>Knowledge base</source>
        <extracomment>Seeds 003/004; the same words as everywhere else the phase is shown.
----------
Small radars drawn at once: the selected sessions, else the first rows in the table&apos;s order. Seconds between updates of the progress dialog; each update costs an event-loop pass.</extracomment>
        <translation>Kunnskapsgrunnlag</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="44"/>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="50"/>
        <source>Planning and organisation</source>
        <translation>Planlegging og organisering</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="45"/>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="51"/>
        <source>Mobilisation and collaboration</source>
        <translation>Mobilisering og samarbeid</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="46"/>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="52"/>
        <source>Implementation</source>
        <translation>Gjennomføring</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="47"/>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="53"/>
        <source>Continuation</source>
        <translation>Videreføring</translation>
    </message>
</context>
<context>
    <name>PhoneRoom</name>
    <message>
        <location filename="../samson_desktop/ui/room/texts.py" line="16"/>
        <source>No question is open</source>
        <translation>Ingen spørsmål er åpne</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/texts.py" line="19"/>
        <source>How important is this value? %1</source>
        <translation>Hvor viktig er denne verdien? %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/texts.py" line="20"/>
        <source>Question %1: %2</source>
        <translation>Spørsmål %1: %2</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/texts.py" line="25"/>
        <source>%1 of %2 have answered</source>
        <translation>%1 av %2 har svart</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/texts.py" line="38"/>
        <source>%1 (%2 not relevant)</source>
        <translation>%1 (%2 ikke relevant)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/texts.py" line="51"/>
        <source>Turn off mobile data and stay on this Wi-Fi while you answer.</source>
        <translation>Slå av mobildata og bli på dette Wi-Fi-et mens du svarer.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/texts.py" line="55"/>
        <source>No phone has joined yet. The network may keep its devices apart (guest Wi-Fi) or the firewall may block the room: open the laptop&apos;s own hotspot, let the phones join it, and choose its address above. See the help on the phone room.</source>
        <translation>Ingen mobil har koblet seg på ennå. Nettverket kan holde enhetene fra hverandre (gjestenett), eller brannmuren kan stenge rommet: slå på maskinens egen Wi-Fi-sone (hotspot), la mobilene koble seg til den, og velg adressen dens over. Se hjelpen om mobilrommet.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../samson_desktop/ui/pages/registry.py" line="151"/>
        <source>This part of SAMSON is not available in this installation.</source>
        <extracomment>Every step in the order of the workshop.</extracomment>
        <translation>Denne delen av SAMSON er ikke tilgjengelig i denne installasjonen.</translation>
    </message>
</context>
<context>
    <name>PortfolioModel</name>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="105"/>
        <source>Collaboration</source>
        <translation>Samarbeid</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="106"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="107"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="108"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="109"/>
        <source>Overall</source>
        <translation>Samlet</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="110"/>
        <source>Answered</source>
        <translation>Besvart</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="111"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="117"/>
        <source>Field %1: %2</source>
        <translation>Felt %1: %2</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="119"/>
        <source>Questions answered or marked not relevant, of all questions</source>
        <translation>Spørsmål som er besvart eller merket ikke relevant, av alle spørsmål</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="121"/>
        <source>Mean of the seven field scores</source>
        <translation>Gjennomsnittet av scorene for de sju feltene</translation>
    </message>
</context>
<context>
    <name>PortfolioWindow</name>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="411"/>
        <source>Portfolio – many sessions side by side</source>
        <translation>Portefølje – mange økter side om side</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="412"/>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="420"/>
        <source>Open folder…</source>
        <translation>Åpne mappe …</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="413"/>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="421"/>
        <source>Add files…</source>
        <translation>Legg til filer …</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="414"/>
        <source>Filter: collaboration, time point, phase, file…</source>
        <translation>Filter: samarbeid, tidspunkt, fase, fil …</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="415"/>
        <source>Filter the sessions</source>
        <translation>Filtrer øktene</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="416"/>
        <source>Export CSV…</source>
        <translation>Eksporter CSV …</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="418"/>
        <source>Open a folder of session files, or add single files, to see many sessions side by side: their scores in a table, small profiles, and each collaboration over time.</source>
        <translation>Åpne en mappe med øktfiler, eller legg til enkeltfiler, for å se mange økter side om side: skårene i en tabell, små profiler og hvert samarbeid over tid.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="422"/>
        <source>Sessions</source>
        <translation>Økter</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="424"/>
        <source>Collaboration / time point</source>
        <translation>Samarbeid / tidspunkt</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="424"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="424"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="425"/>
        <source>Overall</source>
        <translation>Samlet</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="425"/>
        <source>Change since the time before</source>
        <translation>Endring siden forrige gang</translation>
    </message>
    <message numerus="yes">
        <location filename="../samson_desktop/ui/portfolio_view.py" line="583"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n økt</numerusform>
            <numerusform>%n økter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../samson_desktop/ui/portfolio_view.py" line="585"/>
        <source>%n shown</source>
        <translation>
            <numerusform>%n vist</numerusform>
            <numerusform>%n vist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../samson_desktop/ui/portfolio_view.py" line="586"/>
        <source>%n collaboration(s)</source>
        <translation>
            <numerusform>%n samarbeid</numerusform>
            <numerusform>%n samarbeid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../samson_desktop/ui/portfolio_view.py" line="588"/>
        <source>%n file(s) could not be read (see the last tab)</source>
        <translation>
            <numerusform>%n fil kunne ikke leses (se siste fane)</numerusform>
            <numerusform>%n filer kunne ikke leses (se siste fane)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="423"/>
        <source>Timelines</source>
        <translation>Tidslinjer</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="432"/>
        <source>Open a folder of sessions</source>
        <translation>Åpne en mappe med økter</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="438"/>
        <source>Add session files</source>
        <translation>Legg til øktfiler</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="438"/>
        <source>SAMSON sessions (*.samson);;All files (*)</source>
        <translation>SAMSON-økter (*.samson);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="450"/>
        <source>Reading session files…</source>
        <translation>Leser øktfiler …</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="450"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="451"/>
        <source>Portfolio</source>
        <translation>Portefølje</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="545"/>
        <source>%1 → %2 over %3 time points</source>
        <translation>%1 → %2 over %3 tidspunkter</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="552"/>
        <source>Linked by the key %1</source>
        <translation>Koblet med nøkkelen %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="590"/>
        <source>loading was cancelled</source>
        <translation>innlesingen ble avbrutt</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="592"/>
        <source>Unreadable files (%1)</source>
        <translation>Filer som ikke kan leses (%1)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="607"/>
        <source>Field profiles of the selected sessions</source>
        <translation>Feltprofiler for de valgte øktene</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="611"/>
        <source>Field profiles of the first sessions in the table; select rows to choose</source>
        <translation>Feltprofiler for de første øktene i tabellen; merk rader for å velge</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="613"/>
        <source>(the first %1 shown)</source>
        <translation>(de første %1 vises)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="628"/>
        <source>Export the table as CSV</source>
        <translation>Eksporter tabellen som CSV</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="629"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="635"/>
        <source>The CSV file was not written</source>
        <translation>CSV-filen ble ikke skrevet</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="638"/>
        <source>Saved %1</source>
        <translation>Lagret %1</translation>
    </message>
</context>
<context>
    <name>PriorityHeader</name>
    <message>
        <location filename="../samson_desktop/ui/widgets/priority_list.py" line="170"/>
        <source>Largest gap</source>
        <translation>Største gap</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/priority_list.py" line="171"/>
        <source>Lowest score among the values weighted highest</source>
        <translation>Lavest score blant verdiene som er vektet høyest</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/priority_list.py" line="173"/>
        <source>Order of the priority list</source>
        <translation>Rekkefølgen i prioriteringslisten</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/priority_list.py" line="179"/>
        <source>Gap = importance − score. A question&apos;s importance is the mean weight of the values it is linked to, weighted by how strongly it is linked. Largest gap first: where the group scores low on what it weights high. Click a question to open it.</source>
        <translation>Gap = viktighet − score. Viktigheten til et spørsmål er gjennomsnittet av vektene til verdiene det er knyttet til, veid etter hvor sterk koblingen er. Største gap først: der gruppen scorer lavt på det den vekter høyt. Klikk på et spørsmål for å åpne det.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/priority_list.py" line="185"/>
        <source>The values have not been weighted yet, so there are no top-weighted values.</source>
        <translation>Verdiene er ikke vektet ennå, så ingen verdier er vektet høyest.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/priority_list.py" line="188"/>
        <source>Only the questions linked to the value(s) weighted highest (%1, weight %2), lowest score first. Importance does not enter, so this is not the gap order. Click a question to open it.</source>
        <translation>Bare spørsmålene som er knyttet til verdien eller verdiene som er vektet høyest (%1, vekt %2), lavest score først. Viktighet regnes ikke med, så dette er ikke gap-rekkefølgen. Klikk på et spørsmål for å åpne det.</translation>
    </message>
</context>
<context>
    <name>PriorityList</name>
    <message>
        <location filename="../samson_desktop/ui/widgets/priority_list.py" line="68"/>
        <source>Score %3 (n=%4) · importance %2 · gap %1</source>
        <extracomment>The rows were rebuilt (new scores or another ordering). The values the second ordering follows, as (titles, weight), for the header. question id -&gt; (what the row was made from, its text)</extracomment>
        <translation>Score %3 (n=%4) · viktighet %2 · gap %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/priority_list.py" line="70"/>
        <source>Score %3 · importance %2 · gap %1</source>
        <translation>Score %3 · viktighet %2 · gap %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/priority_list.py" line="73"/>
        <source>Gap %1 = importance %2 − score %3 (n=%4)</source>
        <translation>Gap %1 = viktighet %2 − score %3 (n=%4)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/priority_list.py" line="74"/>
        <source>Gap %1 = importance %2 − score %3</source>
        <translation>Gap %1 = viktighet %2 − score %3</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/priority_list.py" line="125"/>
        <source>Priority list: largest gaps first</source>
        <translation>Prioriteringsliste: største gap først</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/priority_list.py" line="126"/>
        <source>Priority list: lowest score among the values weighted highest</source>
        <translation>Prioriteringsliste: lavest score blant verdiene som er vektet høyest</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/priority_list.py" line="128"/>
        <source>Gap is importance minus score. Click a question, or press Enter, to open it.</source>
        <translation>Gap er viktighet minus score. Klikk på et spørsmål, eller trykk Enter, for å åpne det.</translation>
    </message>
</context>
<context>
    <name>ProjectorView</name>
    <message>
        <location filename="../samson_desktop/ui/room/projector.py" line="67"/>
        <source>SAMSON – projector view</source>
        <translation>SAMSON – publikumsvisning</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/projector.py" line="70"/>
        <source>The phone room is closed</source>
        <translation>Mobilrommet er stengt</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/projector.py" line="83"/>
        <source>Room code: %1</source>
        <translation>Romkode: %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/projector.py" line="84"/>
        <source>Or open %1 and type the room code</source>
        <translation>Eller åpne %1 og skriv romkoden</translation>
    </message>
</context>
<context>
    <name>QAccessibleButton</name>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="74"/>
        <source>Press</source>
        <translation>Trykk</translation>
    </message>
</context>
<context>
    <name>QCalendarWidget</name>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="73"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="49"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="50"/>
        <source>Look in:</source>
        <translation>Se i:</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="51"/>
        <source>File &amp;name:</source>
        <translation>Fil&amp;navn:</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="52"/>
        <source>Files of type:</source>
        <translation>Filtype:</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="53"/>
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="54"/>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="55"/>
        <source>&amp;Choose</source>
        <translation>&amp;Velg</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="56"/>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="57"/>
        <source>Forward</source>
        <translation>Fram</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="58"/>
        <source>Parent Directory</source>
        <translation>Overordnet mappe</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="59"/>
        <source>Create New Folder</source>
        <translation>Lag ny mappe</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="60"/>
        <source>List View</source>
        <translation>Listevisning</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="61"/>
        <source>Detail View</source>
        <translation>Detaljvisning</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="62"/>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="63"/>
        <source>Save As</source>
        <translation>Lagre som</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="64"/>
        <source>New Folder</source>
        <translation>Ny mappe</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="65"/>
        <source>My Computer</source>
        <translation>Min datamaskin</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="66"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 finnes allerede.
Vil du erstatte den?</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="67"/>
        <source>All Files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="68"/>
        <source>Recent Places</source>
        <translation>Nylig brukte steder</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="69"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="70"/>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="71"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="72"/>
        <source>Date Modified</source>
        <translation>Endret</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="31"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="32"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="33"/>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="34"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="35"/>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="36"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="37"/>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="46"/>
        <source>Show Details...</source>
        <translation>Vis detaljer …</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="47"/>
        <source>Hide Details...</source>
        <translation>Skjul detaljer …</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="48"/>
        <source>About Qt</source>
        <translation>Om Qt</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="11"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="12"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="13"/>
        <source>Save All</source>
        <translation>Lagre alle</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="14"/>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="15"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="16"/>
        <source>Yes to &amp;All</source>
        <translation>Ja til &amp;alle</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="17"/>
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="18"/>
        <source>N&amp;o to All</source>
        <translation>N&amp;ei til alle</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="19"/>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="20"/>
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="21"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="22"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="23"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="24"/>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="25"/>
        <source>Don&apos;t Save</source>
        <translation>Ikke lagre</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="26"/>
        <source>Close without Saving</source>
        <translation>Lukk uten å lagre</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="27"/>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="28"/>
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="29"/>
        <source>Reset</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="30"/>
        <source>Restore Defaults</source>
        <translation>Gjenopprett standardverdier</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="38"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="39"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="40"/>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="41"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="42"/>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="43"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="44"/>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="45"/>
        <source>Copy &amp;Link Location</source>
        <translation>Kopier &amp;lenkeadresse</translation>
    </message>
</context>
<context>
    <name>Quadrant</name>
    <message>
        <location filename="../samson_desktop/ui/widgets/labels.py" line="19"/>
        <source>Not placed yet</source>
        <translation>Ikke plassert ennå</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/labels.py" line="21"/>
        <source>Keep or do more of a known practice</source>
        <translation>Behold eller gjør mer av en kjent praksis</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/labels.py" line="22"/>
        <source>Start a new practice</source>
        <translation>Start en ny praksis</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/labels.py" line="23"/>
        <source>Stop or do less of a known practice</source>
        <translation>Slutt med eller gjør mindre av en kjent praksis</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/labels.py" line="24"/>
        <source>Drop a new practice that does not work</source>
        <translation>Slutt med en ny praksis som ikke virker</translation>
    </message>
</context>
<context>
    <name>QuadrantMatrix</name>
    <message>
        <location filename="../samson_desktop/ui/widgets/quadrant_matrix.py" line="194"/>
        <source>… and %1 more: the table lists every measure</source>
        <extracomment>(row, column) of each quadrant: rows do more / do less, columns known / new practice. The key that places the selected measure in each quadrant: 1–4 in reading order of the matrix. A list shows at most this many measures, then one line with how many more there are. Nobody reads more on a wall, and the cost of a refresh stays the same with 10,000 measures as with 500. Items of the strip are short: the strip is one line high and the room sees many at a glance. (measure id, quadrant): the facilitator placed a measure; the page makes it an undoable edit. What each list shows, as (measure id, line, tooltip), to change only what differs.</extracomment>
        <translation>… og %1 til: tabellen viser alle tiltakene</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quadrant_matrix.py" line="222"/>
        <source>Matrix of measures</source>
        <translation>Tiltaksmatrise</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quadrant_matrix.py" line="223"/>
        <source>Known practice</source>
        <translation>Kjent praksis</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quadrant_matrix.py" line="224"/>
        <source>New practice</source>
        <translation>Ny praksis</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quadrant_matrix.py" line="225"/>
        <source>Keep / do more</source>
        <translation>Behold / gjør mer</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quadrant_matrix.py" line="226"/>
        <source>Stop / do less</source>
        <translation>Slutt / gjør mindre</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quadrant_matrix.py" line="228"/>
        <source>Ways of working that help the collaboration: keep and strengthen them.</source>
        <translation>Arbeidsmåter som hjelper samarbeidet: behold og styrk dem.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quadrant_matrix.py" line="229"/>
        <source>Challenges that call for new actions and approaches.</source>
        <translation>Utfordringer som krever nye grep og tilnærminger.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quadrant_matrix.py" line="230"/>
        <source>Ways of working that hinder the collaboration: do less of them, or stop.</source>
        <translation>Arbeidsmåter som hindrer samarbeidet: gjør mindre av dem, eller slutt.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quadrant_matrix.py" line="231"/>
        <source>New measures that miss the mark: scale them down or end them.</source>
        <translation>Nye tiltak som ikke treffer: skaler dem ned eller avslutt dem.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quadrant_matrix.py" line="236"/>
        <source>Select a measure, then press 1–4 or click the quadrant where it belongs.</source>
        <translation>Velg et tiltak, og trykk 1–4 eller klikk på kvadranten der det hører hjemme.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quadrant_matrix.py" line="237"/>
        <source>Measures not placed yet; press 1 to 4 to place the selected one</source>
        <translation>Tiltak som ikke er plassert ennå; trykk 1 til 4 for å plassere det valgte</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quadrant_matrix.py" line="242"/>
        <source>Place the selected measure: %1</source>
        <translation>Plasser det valgte tiltaket: %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quadrant_matrix.py" line="248"/>
        <source>More, known</source>
        <translation>Mer, kjent</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quadrant_matrix.py" line="249"/>
        <source>More, new</source>
        <translation>Mer, ny</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quadrant_matrix.py" line="250"/>
        <source>Less, known</source>
        <translation>Mindre, kjent</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quadrant_matrix.py" line="251"/>
        <source>Less, new</source>
        <translation>Mindre, ny</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quadrant_matrix.py" line="349"/>
        <source>%1: %2 measures</source>
        <translation>%1: %2 tiltak</translation>
    </message>
</context>
<context>
    <name>QuestionHeading</name>
    <message>
        <location filename="../samson_desktop/ui/pages/question_heading.py" line="56"/>
        <source>Question %1 of %2</source>
        <translation>Spørsmål %1 av %2</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/question_heading.py" line="62"/>
        <source>Question %1</source>
        <translation>Spørsmål %1</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <location filename="../samson_desktop/ui/pages/question_page.py" line="186"/>
        <source>%1: not relevant</source>
        <extracomment>Widths of the answer column and the chart column. At normal size the note and the measure row need the room; in presentation mode they are hidden and the chart is what the room reads.</extracomment>
        <translation>%1: ikke relevant</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/question_page.py" line="189"/>
        <source>%1: answer %2</source>
        <translation>%1: svar %2</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/question_page.py" line="195"/>
        <source>&amp;Note from the discussion</source>
        <translation>&amp;Notat fra diskusjonen</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/question_page.py" line="196"/>
        <source>Note from the discussion</source>
        <translation>Notat fra diskusjonen</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/question_page.py" line="197"/>
        <source>What did the group say? (F2)</source>
        <translation>Hva sa gruppen? (F2)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/question_page.py" line="310"/>
        <source>%1: note</source>
        <translation>%1: notat</translation>
    </message>
</context>
<context>
    <name>QuickMeasure</name>
    <message>
        <location filename="../samson_desktop/ui/widgets/quick_measure.py" line="80"/>
        <source>Proposed &amp;measures for this question</source>
        <translation>Foreslåtte &amp;tiltak for dette spørsmålet</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quick_measure.py" line="81"/>
        <source>A measure the group proposes…</source>
        <translation>Et tiltak gruppen foreslår …</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quick_measure.py" line="82"/>
        <source>New measure text</source>
        <translation>Tekst for nytt tiltak</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quick_measure.py" line="83"/>
        <source>Kind of measure</source>
        <translation>Type tiltak</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quick_measure.py" line="84"/>
        <source>Where the measure belongs in the matrix of known and new practices</source>
        <translation>Hvor tiltaket hører hjemme i matrisen over kjent og ny praksis</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quick_measure.py" line="88"/>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quick_measure.py" line="89"/>
        <source>Add measure</source>
        <translation>Legg til tiltak</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quick_measure.py" line="90"/>
        <source>Measures proposed for this question</source>
        <translation>Tiltak foreslått for dette spørsmålet</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quick_measure.py" line="123"/>
        <location filename="../samson_desktop/ui/widgets/quick_measure.py" line="130"/>
        <source>Hide list (%1)</source>
        <translation>Skjul listen (%1)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quick_measure.py" line="124"/>
        <source>Hide the measures proposed for this question (%1)</source>
        <translation>Skjul tiltakene som er foreslått for dette spørsmålet (%1)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quick_measure.py" line="126"/>
        <location filename="../samson_desktop/ui/widgets/quick_measure.py" line="130"/>
        <source>Show list (%1)</source>
        <translation>Vis listen (%1)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quick_measure.py" line="127"/>
        <source>Show the measures proposed for this question (%1)</source>
        <translation>Vis tiltakene som er foreslått for dette spørsmålet (%1)</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../samson_desktop/ui/pages/report_page.py" line="86"/>
        <source>Report and compare</source>
        <translation>Rapport og sammenligning</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/report_page.py" line="88"/>
        <source>Export report…</source>
        <translation>Eksporter rapport …</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/report_page.py" line="89"/>
        <source>A PDF for the participants: the charts, every answer and note, the priority list and the measures, in the language of the session.</source>
        <translation>En PDF til deltakerne: diagrammene, alle svar og notater, prioriteringslisten og tiltakene, på øktens språk.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/report_page.py" line="91"/>
        <source>Export CSV…</source>
        <translation>Eksporter CSV …</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/report_page.py" line="92"/>
        <source>The answers (one row per question) and the measures, as CSV or an Excel workbook, for spreadsheets and further analysis.</source>
        <translation>Svarene (én rad per spørsmål) og tiltakene, som CSV eller Excel-arbeidsbok, for regneark og videre analyse.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/report_page.py" line="94"/>
        <source>Compare with an earlier session…</source>
        <translation>Sammenlign med en tidligere økt …</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/report_page.py" line="95"/>
        <source>Put this session beside an earlier time point of the same collaboration and see what changed.</source>
        <translation>Sett denne økten ved siden av et tidligere tidspunkt i det samme samarbeidet, og se hva som har endret seg.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/report_page.py" line="97"/>
        <source>Portfolio of many sessions…</source>
        <translation>Portefølje med mange økter …</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/report_page.py" line="98"/>
        <source>Look at many collaborations side by side.</source>
        <translation>Se mange samarbeid side om side.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/report_page.py" line="115"/>
        <source>Unnamed collaboration</source>
        <translation>Samarbeid uten navn</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/report_page.py" line="123"/>
        <source>%1 of %2 questions answered, %3 measures.</source>
        <translation>%1 av %2 spørsmål besvart, %3 tiltak.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/report_page.py" line="168"/>
        <source>Not available</source>
        <translation>Ikke tilgjengelig</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/report_page.py" line="169"/>
        <source>This function is not available in this installation of SAMSON.</source>
        <translation>Denne funksjonen er ikke tilgjengelig i denne installasjonen av SAMSON.</translation>
    </message>
</context>
<context>
    <name>RoomController</name>
    <message>
        <location filename="../samson_desktop/ui/room/controller.py" line="98"/>
        <source>Answers from phones</source>
        <extracomment>When no phone has joined this long after the room opened, the facilitator is told why that may be. No phone has joined a minute after the room opened: a guest network or a firewall is likely. Emitted on the room&apos;s thread; Qt queues it to this object&apos;s thread.</extracomment>
        <translation>Svar fra mobilene</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/controller.py" line="102"/>
        <source>Weight from phones</source>
        <translation>Vekt fra mobilene</translation>
    </message>
</context>
<context>
    <name>RoomWindow</name>
    <message>
        <location filename="../samson_desktop/ui/room/window.py" line="104"/>
        <source>SAMSON – phone room</source>
        <extracomment>Always offered last: serves this computer only, for trying the room out alone.</extracomment>
        <translation>SAMSON – mobilrom</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/window.py" line="105"/>
        <location filename="../samson_desktop/ui/room/window.py" line="130"/>
        <location filename="../samson_desktop/ui/room/window.py" line="152"/>
        <source>Phone room</source>
        <translation>Mobilrom</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/window.py" line="106"/>
        <source>Phones connect to:</source>
        <translation>Mobilene kobler seg til:</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/window.py" line="107"/>
        <source>Open the current question (F5)</source>
        <translation>Åpne spørsmålet som vises (F5)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/window.py" line="108"/>
        <source>Close and show the answers (F6)</source>
        <translation>Lukk og vis svarene (F6)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/window.py" line="109"/>
        <source>Accept the answers (F7)</source>
        <translation>Godta svarene (F7)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/window.py" line="110"/>
        <source>Projector view (F8)</source>
        <translation>Publikumsvisning (F8)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/window.py" line="117"/>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/window.py" line="117"/>
        <source>Cable</source>
        <translation>Kabel</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/window.py" line="117"/>
        <source>Network</source>
        <translation>Nettverk</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/window.py" line="119"/>
        <source>%1 – this computer only</source>
        <translation>%1 – bare denne maskinen</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/window.py" line="130"/>
        <source>The room cannot be opened on %1: %2</source>
        <translation>Rommet kan ikke åpnes på %1: %2</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/window.py" line="138"/>
        <source>Go to a question or to the weighting first.</source>
        <translation>Gå til et spørsmål eller til vektingen først.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/window.py" line="153"/>
        <source>Few people answered for %1, so their answers could be recognised. Show them on the projector too?</source>
        <translation>Få svarte for %1, så svarene deres kan kjennes igjen. Vise dem på skjermen likevel?</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/window.py" line="165"/>
        <source>Accepted: each party&apos;s score is the mean of its phones&apos; answers.</source>
        <translation>Godtatt: hver parts score er gjennomsnittet av svarene fra partens mobiler.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/window.py" line="167"/>
        <source>There are no answers to accept yet.</source>
        <translation>Det er ingen svar å godta ennå.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/window.py" line="181"/>
        <source>Close the room</source>
        <translation>Steng rommet</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/window.py" line="181"/>
        <source>Open the room</source>
        <translation>Åpne rommet</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/window.py" line="186"/>
        <source>The room is closed. Open it, then show the projector view on the wall.</source>
        <translation>Rommet er stengt. Åpne det, og vis så publikumsvisningen på veggen.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/window.py" line="198"/>
        <source>Serving on %1 (%2) – room code %3</source>
        <translation>Åpent på %1 (%2) – romkode %3</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/window.py" line="207"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 av %3</translation>
    </message>
</context>
<context>
    <name>Seminar</name>
    <message>
        <location filename="../samson_desktop/ui/seminar/files.py" line="30"/>
        <source>Reading session files…</source>
        <translation>Leser øktfiler …</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/files.py" line="31"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/texts.py" line="22"/>
        <source>Field %1: %2</source>
        <translation>Felt %1: %2</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/texts.py" line="33"/>
        <source>fields matched by number: %1</source>
        <translation>felt koblet etter nummer: %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/texts.py" line="36"/>
        <source>fields not matched: %1</source>
        <translation>felt som ikke ble koblet: %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/texts.py" line="39"/>
        <source>%1 question(s) only in this case&apos;s set</source>
        <translation>%1 spørsmål bare i denne sakens sett</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/texts.py" line="42"/>
        <source>%1 question(s) of the others&apos; set missing</source>
        <translation>%1 spørsmål fra de andres sett mangler</translation>
    </message>
</context>
<context>
    <name>SeminarWindow</name>
    <message>
        <location filename="../samson_desktop/ui/seminar/window.py" line="108"/>
        <source>Cases and sharing</source>
        <extracomment>What went wrong reading the files picked last (one plain line each).</extracomment>
        <translation>Saker og deling</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/window.py" line="108"/>
        <source>Side by side</source>
        <translation>Side om side</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/window.py" line="108"/>
        <source>Field by field</source>
        <translation>Felt for felt</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/window.py" line="109"/>
        <source>What the strong ones do</source>
        <translation>Hva de sterke gjør</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/window.py" line="109"/>
        <source>Inside each case</source>
        <translation>Inne i hver sak</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/window.py" line="112"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/window.py" line="113"/>
        <source>Seminar views</source>
        <translation>Seminarvisninger</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/window.py" line="131"/>
        <source>No sessions yet: add the session files of two or more collaborations.</source>
        <translation>Ingen økter ennå: legg til øktfilene til to eller flere samarbeid.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/window.py" line="146"/>
        <source>Peer-learning seminar</source>
        <translation>Likemannsseminar</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/window.py" line="165"/>
        <source>Add session files</source>
        <translation>Legg til øktfiler</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/window.py" line="166"/>
        <source>SAMSON sessions (*.samson);;All files (*)</source>
        <translation>SAMSON-økter (*.samson);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/window.py" line="171"/>
        <source>Add a folder of sessions</source>
        <translation>Legg til en mappe med økter</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/window.py" line="187"/>
        <source>Open a seminar</source>
        <translation>Åpne et seminar</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/window.py" line="187"/>
        <source>SAMSON seminars (%1);;All files (*)</source>
        <translation>SAMSON-seminarer (%1);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/window.py" line="196"/>
        <source>The seminar could not be opened</source>
        <translation>Seminaret kunne ikke åpnes</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/window.py" line="207"/>
        <source>seminar</source>
        <translation>seminar</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/window.py" line="209"/>
        <source>Save the seminar</source>
        <translation>Lagre seminaret</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/window.py" line="210"/>
        <source>SAMSON seminars (%1)</source>
        <translation>SAMSON-seminarer (%1)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/window.py" line="219"/>
        <source>The seminar was not saved</source>
        <translation>Seminaret ble ikke lagret</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/window.py" line="223"/>
        <source>Saved %1</source>
        <translation>Lagret %1</translation>
    </message>
</context>
<context>
    <name>SessionDocument</name>
    <message>
        <location filename="../samson_desktop/ui/document.py" line="105"/>
        <source>Recovered changes</source>
        <extracomment>The session file as this document last read or wrote it; a save first checks that the file on disk is still this one. Whoever read the file sets it; without, it is the file as it is when the document is made.</extracomment>
        <translation>Gjenopprettede endringer</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/document.py" line="138"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/document.py" line="152"/>
        <source>Weight</source>
        <translation>Vekt</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/document.py" line="164"/>
        <source>Session details</source>
        <translation>Opplysninger om økten</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/document.py" line="178"/>
        <source>Character of the collaboration</source>
        <translation>Samarbeidets karakter</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/document.py" line="199"/>
        <source>Explanation</source>
        <translation>Forklaring</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/document.py" line="214"/>
        <source>Question set</source>
        <translation>Spørsmålssett</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/document.py" line="237"/>
        <source>Voices</source>
        <translation>Parter</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/document.py" line="240"/>
        <source>Add measure</source>
        <translation>Legg til tiltak</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/document.py" line="244"/>
        <source>Edit measure</source>
        <translation>Endre tiltak</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/document.py" line="254"/>
        <source>Remove measure</source>
        <translation>Fjern tiltak</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/document.py" line="254"/>
        <source>Remove measures</source>
        <translation>Fjern tiltak</translation>
    </message>
</context>
<context>
    <name>SessionProgress</name>
    <message>
        <location filename="../samson_desktop/ui/widgets/progress.py" line="40"/>
        <source>Session: %1 of %2 done</source>
        <translation>Økten: %1 av %2 ferdig</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/progress.py" line="42"/>
        <source>%1 of %2 questions are done: an agreed score, not relevant, or an answer from every voice (%3 not relevant).</source>
        <translation>%1 av %2 spørsmål er ferdige: omforent score, ikke relevant, eller svar fra hver part (%3 ikke relevant).</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/progress.py" line="48"/>
        <source>Session progress</source>
        <translation>Framdrift i økten</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="251"/>
        <source>Session setup</source>
        <translation>Oppsett av økten</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="252"/>
        <source>Collaboration</source>
        <translation>Samarbeid</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="253"/>
        <source>Time point</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="254"/>
        <source>Voices</source>
        <translation>Parter</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="255"/>
        <source>Questions</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="219"/>
        <source>Character of the collaboration</source>
        <extracomment>The date edit shows this, its minimum, as &quot;no date&quot;. The facilitator chose the language of the questions; the whole window follows it.</extracomment>
        <translation>Samarbeidets karakter</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="221"/>
        <source>Optional. Time perspective, depth of relations and the citizens&apos; roles and influence decide whether the collaboration is thin co-creation or thick co-production; the overview places it on the continuum once these four are filled in. The citizens&apos; resources and the two ratings of results are recorded and compared over time, but do not move the position.</source>
        <translation>Valgfritt. Tidsperspektiv, dybde i relasjonene og innbyggernes roller og innflytelse avgjør om samarbeidet er tynn samskaping eller tykk samproduksjon; oversikten plasserer det på kontinuumet når disse fire er fylt ut. Innbyggernes ressurser og de to vurderingene av resultater blir registrert og sammenlignet over tid, men flytter ikke posisjonen.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="258"/>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="258"/>
        <source>Name of the collaboration</source>
        <translation>Navn på samarbeidet</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="259"/>
        <source>&amp;Description</source>
        <translation>&amp;Beskrivelse</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="259"/>
        <source>Description of the collaboration</source>
        <translation>Beskrivelse av samarbeidet</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="260"/>
        <source>&amp;Time point</source>
        <translation>&amp;Tidspunkt</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="260"/>
        <source>Label of the time point, for example T1</source>
        <translation>Betegnelse på tidspunktet, for eksempel T1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="261"/>
        <source>&amp;Place</source>
        <translation>&amp;Sted</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="261"/>
        <source>Place of the workshop</source>
        <translation>Stedet for verkstedet</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="262"/>
        <source>P&amp;hase</source>
        <translation>&amp;Fase</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="262"/>
        <source>Phase of the collaboration</source>
        <translation>Fasen samarbeidet er i</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="263"/>
        <source>&amp;Facilitator</source>
        <translation>F&amp;asilitator</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="263"/>
        <source>Facilitator of the workshop</source>
        <translation>Fasilitator for verkstedet</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="264"/>
        <source>Who is &amp;not part of it?</source>
        <translation>Hvem er &amp;ikke med?</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="265"/>
        <source>Parties or groups the collaboration leaves out, one per line</source>
        <translation>Parter eller grupper samarbeidet ikke har med, én per linje</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="266"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="266"/>
        <source>Language of the questions, the window and the report</source>
        <translation>Språket til spørsmålene, vinduet og rapporten</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="273"/>
        <source>Optional. One party or group per line: who has a stake in the work but is not part of the collaboration? The list is printed in the report.</source>
        <translation>Valgfritt. Én part eller gruppe per linje: hvem berøres av arbeidet, men er ikke med i samarbeidet? Listen skrives ut i rapporten.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="275"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="276"/>
        <source>Date of the workshop</source>
        <translation>Dato for verkstedet</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="277"/>
        <source>no date</source>
        <translation>ingen dato</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="284"/>
        <source>T1</source>
        <translation>T1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="285"/>
        <source>For example: Youth project Northtown</source>
        <translation>For eksempel: Ungdomsløftet Nordbyen</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="286"/>
        <source>Load question set from file…</source>
        <translation>Hent spørsmålssett fra fil …</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="287"/>
        <source>Load a question set from a file</source>
        <translation>Hent et spørsmålssett fra en fil</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="289"/>
        <source>(not set)</source>
        <translation>(ikke valgt)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="318"/>
        <source>Question set: %1, version %2 · %3 questions</source>
        <translation>Spørsmålssett: %1, versjon %2 · %3 spørsmål</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="324"/>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="393"/>
        <source>The question set can be changed until the first answer or measure.</source>
        <translation>Spørsmålssettet kan byttes fram til det første svaret eller tiltaket.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="381"/>
        <source>Load a question set</source>
        <translation>Hent et spørsmålssett</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="381"/>
        <source>Question sets (*.json);;All files (*)</source>
        <translation>Spørsmålssett (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="387"/>
        <source>The question set cannot be used</source>
        <translation>Spørsmålssettet kan ikke brukes</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="268"/>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="392"/>
        <source>Question set</source>
        <translation>Spørsmålssett</translation>
    </message>
</context>
<context>
    <name>SetupVoices</name>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_voices.py" line="66"/>
        <source>Name of the voice</source>
        <translation>Navn på parten</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_voices.py" line="67"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_voices.py" line="68"/>
        <source>Kind of voice</source>
        <translation>Type part</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_voices.py" line="70"/>
        <location filename="../samson_desktop/ui/pages/setup_voices.py" line="71"/>
        <source>Remove this voice</source>
        <translation>Fjern denne parten</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_voices.py" line="128"/>
        <source>Stakeholder groups or single participants who each give a score. Leave the list empty when the group agrees on one answer per question.</source>
        <translation>Aktørgrupper eller enkeltdeltakere som gir hver sin score. La listen være tom når gruppen blir enig om ett svar per spørsmål.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_voices.py" line="130"/>
        <source>Add voice</source>
        <translation>Legg til part</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_voices.py" line="131"/>
        <source>Add a voice</source>
        <translation>Legg til en part</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_voices.py" line="132"/>
        <source>Number of participants to add</source>
        <translation>Antall deltakere som skal legges til</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_voices.py" line="133"/>
        <source>Add participants</source>
        <translation>Legg til deltakere</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_voices.py" line="134"/>
        <source>Add numbered participants</source>
        <translation>Legg til nummererte deltakere</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_voices.py" line="135"/>
        <source>Adds participants named Participant 1, 2, 3…; names are optional.</source>
        <translation>Legger til deltakere med navnene Deltaker 1, 2, 3 …; navn er valgfrie.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_voices.py" line="136"/>
        <location filename="../samson_desktop/ui/pages/setup_voices.py" line="137"/>
        <source>Leave participant names out of reports and exports</source>
        <translation>Utelat deltakernes navn fra rapporter og eksport</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_voices.py" line="139"/>
        <source>Participants are then numbered, and single participants are shown together in the report.</source>
        <translation>Deltakerne nummereres da, og enkeltdeltakere vises samlet i rapporten.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_voices.py" line="160"/>
        <source>Voice %1</source>
        <translation>Part %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_voices.py" line="210"/>
        <source>Remove voice</source>
        <translation>Fjern part</translation>
    </message>
    <message numerus="yes">
        <location filename="../samson_desktop/ui/pages/setup_voices.py" line="211"/>
        <source>This voice has answered %n question(s). Remove the voice and its answers?</source>
        <translation>
            <numerusform>Denne parten har svart på %n spørsmål. Vil du fjerne parten og svaret?</numerusform>
            <numerusform>Denne parten har svart på %n spørsmål. Vil du fjerne parten og svarene?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SideBySide</name>
    <message>
        <location filename="../samson_desktop/ui/seminar/side_by_side.py" line="157"/>
        <source>Back to all cases (Esc)</source>
        <translation>Tilbake til alle sakene (Esc)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/side_by_side.py" line="158"/>
        <source>Click a case or press its number to show it large; Esc goes back. Every radar has the same scale (1–10) and the same field order.</source>
        <translation>Klikk en sak eller trykk nummeret for å vise den stor; Esc går tilbake. Alle radarene har samme skala (1–10) og samme rekkefølge på feltene.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/side_by_side.py" line="216"/>
        <source>Field profile</source>
        <translation>Feltprofil</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/side_by_side.py" line="239"/>
        <source>Overall: %1</source>
        <translation>Samlet: %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/side_by_side.py" line="241"/>
        <source>(earlier %1)</source>
        <translation>(tidligere %1)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/side_by_side.py" line="245"/>
        <source>Strongest fields:</source>
        <translation>Sterkeste felt:</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/side_by_side.py" line="248"/>
        <source>Weakest fields:</source>
        <translation>Svakeste felt:</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../samson_desktop/ui/pages/start_page.py" line="177"/>
        <source>A workshop tool for co-creation: weight the four values, talk through the questions of the seven action fields, agree on measures, and see where you stand.</source>
        <extracomment>Where an item of the recent list keeps its file path. The same collaboration at time point 1 and 2. A new time point from the session file at this path.</extracomment>
        <translation>Et verktøy for samskapingsverksteder: vekt de fire verdiene, snakk gjennom spørsmålene i de sju handlingsfeltene, bli enige om tiltak, og se hvor dere står.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/start_page.py" line="179"/>
        <source>Begin</source>
        <translation>Kom i gang</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/start_page.py" line="180"/>
        <location filename="../samson_desktop/ui/pages/start_page.py" line="182"/>
        <source>New session</source>
        <translation>Ny økt</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/start_page.py" line="181"/>
        <source>Start a new workshop session (Ctrl+N)</source>
        <translation>Start en ny verkstedøkt (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/start_page.py" line="183"/>
        <source>Open a session…</source>
        <translation>Åpne en økt …</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/start_page.py" line="184"/>
        <source>Open a saved .samson file (Ctrl+O)</source>
        <translation>Åpne en lagret .samson-fil (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/start_page.py" line="185"/>
        <source>Open a session</source>
        <translation>Åpne en økt</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/start_page.py" line="186"/>
        <source>Peer-learning seminar…</source>
        <translation>Likemannsseminar …</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/start_page.py" line="188"/>
        <source>Several collaborations learn from each other&apos;s profiles, each sharing what it wishes (Ctrl+Shift+L)</source>
        <translation>Flere samarbeid lærer av hverandres profiler, og hvert deler det det vil (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/start_page.py" line="189"/>
        <source>Peer-learning seminar</source>
        <translation>Likemannsseminar</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/start_page.py" line="190"/>
        <source>Try the demo</source>
        <translation>Prøv demoen</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/start_page.py" line="192"/>
        <source>A demo opens as a copy, so the demo itself stays unchanged.</source>
        <translation>En demo åpnes som en kopi, så selve demoen forblir uendret.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/start_page.py" line="193"/>
        <location filename="../samson_desktop/ui/pages/start_page.py" line="194"/>
        <source>Recent sessions</source>
        <translation>Nylig brukte økter</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/start_page.py" line="195"/>
        <source>Sessions you open or save appear here.</source>
        <translation>Økter du åpner eller lagrer, vises her.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/start_page.py" line="196"/>
        <source>Enter or double-click opens the selected session.</source>
        <translation>Enter eller dobbeltklikk åpner den valgte økten.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/start_page.py" line="197"/>
        <source>New &amp;time point from this session…</source>
        <translation>Ny &amp;tidsmåling fra denne økten…</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/start_page.py" line="199"/>
        <source>Start the next workshop of the selected session&apos;s collaboration: the same voices and questions, its open measures carried over for follow-up</source>
        <translation>Start neste verksted i samarbeidet til den valgte økten: de samme partene og spørsmålene, med de åpne tiltakene videreført til oppfølging</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/start_page.py" line="206"/>
        <source>Demo, time point %1</source>
        <translation>Demo, tidspunkt %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/start_page.py" line="210"/>
        <source>Open a copy of the demo session</source>
        <translation>Åpne en kopi av demo-økten</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/start_page.py" line="211"/>
        <source>Open demo session %1</source>
        <translation>Åpne demo-økt %1</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../samson_desktop/ui/status_bar.py" line="51"/>
        <source>Saved</source>
        <translation>Lagret</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/status_bar.py" line="54"/>
        <source>Not saved to a file yet</source>
        <translation>Ikke lagret i en fil ennå</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/status_bar.py" line="56"/>
        <source>Autosave failed: save with File › Save as</source>
        <translation>Automatisk lagring mislyktes: lagre med Fil › Lagre som</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/status_bar.py" line="59"/>
        <source>Autosaved %1</source>
        <translation>Lagret automatisk %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/status_bar.py" line="61"/>
        <source>Zoom %1 %</source>
        <translation>Zoom %1 %</translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <location filename="../samson_desktop/ui/step_bar.py" line="66"/>
        <source>Step %1: %2</source>
        <translation>Trinn %1: %2</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/step_bar.py" line="69"/>
        <source>Steps of the workshop</source>
        <translation>Trinnene i verkstedet</translation>
    </message>
</context>
<context>
    <name>StrongPage</name>
    <message>
        <location filename="../samson_desktop/ui/seminar/strong_page.py" line="66"/>
        <location filename="../samson_desktop/ui/seminar/strong_page.py" line="67"/>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/strong_page.py" line="68"/>
        <location filename="../samson_desktop/ui/seminar/strong_page.py" line="69"/>
        <source>What the strong ones do</source>
        <translation>Hva de sterke gjør</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/strong_page.py" line="70"/>
        <location filename="../samson_desktop/ui/seminar/strong_page.py" line="71"/>
        <source>Barriers: each case&apos;s largest gaps</source>
        <translation>Barrierer: hver saks største gap</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/strong_page.py" line="95"/>
        <source>Highest here: %1</source>
        <translation>Høyest her: %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/strong_page.py" line="96"/>
        <source>No case has a score in this field.</source>
        <translation>Ingen sak har skår i dette feltet.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/strong_page.py" line="103"/>
        <source>Owner: %1</source>
        <translation>Ansvarlig: %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/strong_page.py" line="105"/>
        <source>Note: %1</source>
        <translation>Notat: %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/strong_page.py" line="108"/>
        <source>The strongest cases have no shared measures in this field.</source>
        <translation>De sterkeste sakene har ingen delte tiltak i dette feltet.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/strong_page.py" line="110"/>
        <source>Not sharing their measures: %1</source>
        <translation>Deler ikke tiltakene sine: %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/strong_page.py" line="121"/>
        <source>(lowest scores: the case weighted no value)</source>
        <translation>(laveste skårer: saken vektet ingen verdier)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/strong_page.py" line="124"/>
        <source>score %1</source>
        <translation>skår %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/strong_page.py" line="126"/>
        <source>score %1, importance %2, gap %3</source>
        <translation>skår %1, viktighet %2, gap %3</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/strong_page.py" line="131"/>
        <source>No gaps</source>
        <translation>Ingen gap</translation>
    </message>
</context>
<context>
    <name>ValueCard</name>
    <message>
        <location filename="../samson_desktop/ui/pages/weighting_page.py" line="103"/>
        <source>not weighted yet</source>
        <translation>ikke vektet ennå</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/weighting_page.py" line="105"/>
        <source>weight %1 of 10</source>
        <translation>vekt %1 av 10</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/weighting_page.py" line="106"/>
        <source>Weight of %1</source>
        <translation>Vekt for %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/weighting_page.py" line="110"/>
        <source>%1: weight %2</source>
        <translation>%1: vekt %2</translation>
    </message>
</context>
<context>
    <name>VoiceEntryDialog</name>
    <message>
        <location filename="../samson_desktop/ui/voice_entry.py" line="37"/>
        <source>answer sheets</source>
        <extracomment>Digit key -&gt; score; 0 stands for 10, as everywhere in the app. The key N: the voice answered &quot;not relevant / don&apos;t know&quot;.</extracomment>
        <translation>svarark</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/voice_entry.py" line="40"/>
        <source>Save answer sheets</source>
        <translation>Lagre svarark</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/voice_entry.py" line="41"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/voice_entry.py" line="49"/>
        <source>Answer sheets</source>
        <translation>Svarark</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/voice_entry.py" line="50"/>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/voice_entry.py" line="280"/>
        <source>Voice score</source>
        <translation>Partens score</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/voice_entry.py" line="342"/>
        <location filename="../samson_desktop/ui/voice_entry.py" line="343"/>
        <source>Type in answer sheets</source>
        <translation>Skriv inn svarark</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/voice_entry.py" line="346"/>
        <source>Choose the voice whose sheet you have in hand and press Enter. Then type one key per question, in the order of the sheet.</source>
        <translation>Velg parten du har svararket til, og trykk Enter. Skriv så én tast per spørsmål, i rekkefølgen på arket.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/voice_entry.py" line="350"/>
        <source>This session has no voices yet. Add the stakeholder groups or participants in the session setup first.</source>
        <translation>Denne økten har ingen parter ennå. Legg først til aktørgruppene eller deltakerne i oppsettet av økten.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/voice_entry.py" line="352"/>
        <source>N: not relevant</source>
        <translation>N: ikke relevant</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/voice_entry.py" line="354"/>
        <source>1–9 and 0 (= 10): score · N: not relevant · Backspace: back one question · Enter or Space: skip · Esc: choose another voice</source>
        <translation>1–9 og 0 (= 10): score · N: ikke relevant · Backspace: ett spørsmål tilbake · Enter eller mellomrom: hopp over · Esc: velg en annen part</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/voice_entry.py" line="389"/>
        <source>Question %1 of %2</source>
        <translation>Spørsmål %1 av %2</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/voice_entry.py" line="399"/>
        <source>This field on the sheet: %1</source>
        <translation>Dette feltet på arket: %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/voice_entry.py" line="404"/>
        <source>no score</source>
        <translation>ingen score</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/voice_entry.py" line="405"/>
        <source>Previous: %1 → %2</source>
        <translation>Forrige: %1 → %2</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/voice_entry.py" line="421"/>
        <source>n/a</source>
        <translation>i.r.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/voice_entry.py" line="428"/>
        <source>%1: %2 of %3 questions answered.</source>
        <translation>%1: %2 av %3 spørsmål besvart.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/voice_entry.py" line="456"/>
        <source>%1 · %2 of %3 answered</source>
        <translation>%1 · %2 av %3 besvart</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/voice_entry.py" line="433"/>
        <source>Enter: next voice (%1) · Backspace: back · Esc: choose a voice</source>
        <translation>Enter: neste part (%1) · Backspace: tilbake · Esc: velg en part</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/voice_entry.py" line="436"/>
        <source>That was the last voice. Enter or Esc: back to the voices.</source>
        <translation>Det var den siste parten. Enter eller Esc: tilbake til partene.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/voice_entry.py" line="469"/>
        <source>Type in scores: %1</source>
        <translation>Skriv inn scorer: %1</translation>
    </message>
</context>
<context>
    <name>VoiceKind</name>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_voices.py" line="26"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_voices.py" line="27"/>
        <source>Social enterprise</source>
        <translation>Sosial entreprenør</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_voices.py" line="28"/>
        <source>Voluntary organisation</source>
        <translation>Frivillig organisasjon</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_voices.py" line="29"/>
        <source>Citizens / users</source>
        <translation>Innbyggere / brukere</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_voices.py" line="30"/>
        <source>Business</source>
        <translation>Næringsliv</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_voices.py" line="31"/>
        <source>Single participant</source>
        <translation>Enkeltdeltaker</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_voices.py" line="32"/>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
</context>
<context>
    <name>VoiceScale</name>
    <message>
        <location filename="../samson_desktop/ui/widgets/voice_scale.py" line="245"/>
        <source>agreed</source>
        <extracomment>Position in the session&apos;s voices: picks colour and marker shape, as on the charts. The earlier time point: its label, the group&apos;s score then, and each voice&apos;s (hollow marks). The painted track (with the key it was drawn for) and each voice&apos;s marker, drawn once.</extracomment>
        <translation>omforent</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/voice_scale.py" line="247"/>
        <source>mean</source>
        <translation>gjennomsnitt</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/voice_scale.py" line="249"/>
        <source>median</source>
        <translation>median</translation>
    </message>
</context>
<context>
    <name>VoicesStrip</name>
    <message>
        <location filename="../samson_desktop/ui/widgets/voices_strip.py" line="299"/>
        <source>%1: %2 gives %3</source>
        <translation>%1: %2 gir %3</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/voices_strip.py" line="297"/>
        <source>%1: %2 without score</source>
        <translation>%1: %2 uten score</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/voices_strip.py" line="321"/>
        <source>Voices</source>
        <translation>Parter</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/voices_strip.py" line="322"/>
        <source>How voices are entered and shown, and paper answer sheets</source>
        <translation>Hvordan partenes svar skrives inn og vises, og svarark på papir</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/voices_strip.py" line="323"/>
        <source>Digits go to the voices first</source>
        <translation>Sifrene går til partene først</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/voices_strip.py" line="324"/>
        <source>Hide scores until all are in</source>
        <translation>Skjul scorene til alle har svart</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/voices_strip.py" line="329"/>
        <source>Reveal the voices&apos; scores</source>
        <translation>Vis partenes scorer</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/voices_strip.py" line="330"/>
        <source>Voices: settings and answer sheets</source>
        <translation>Parter: innstillinger og svarark</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/voices_strip.py" line="442"/>
        <source>n/a</source>
        <translation>i.r.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/voices_strip.py" line="442"/>
        <source>not relevant / don&apos;t know</source>
        <translation>ikke relevant / vet ikke</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/voices_strip.py" line="444"/>
        <source>no answer yet</source>
        <translation>ikke svart ennå</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/voices_strip.py" line="447"/>
        <source>answered</source>
        <translation>har svart</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/voices_strip.py" line="462"/>
        <source>All %1 voices are in.</source>
        <translation>Alle %1 partene har svart.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/voices_strip.py" line="464"/>
        <source>Scores hidden: %1 of %2 voices are in.</source>
        <translation>Scorene er skjult: %1 av %2 parter har svart.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/voices_strip.py" line="473"/>
        <source>Voices: spread %1 · mean %2 · median %3 · n = %4</source>
        <translation>Parter: spredning %1 · gjennomsnitt %2 · median %3 · n = %4</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/voices_strip.py" line="477"/>
        <source>Voices: no score yet.</source>
        <translation>Parter: ingen score ennå.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/voices_strip.py" line="480"/>
        <source>not relevant: %1</source>
        <translation>ikke relevant: %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/voices_strip.py" line="328"/>
        <source>Reveal (R)</source>
        <translation>Vis (R)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/voices_strip.py" line="295"/>
        <source>%1: %2 not relevant</source>
        <extracomment>What a typed answer key or the score menu may give a voice besides 1..10. Chips per line; more voices wrap onto further lines. What the room may see changed (reveal, hiding, voices on the chart): the page re-shows the agreed-score panel and the chart. The facilitator asked for the paper answer sheets: &quot;print&quot; or &quot;type&quot;.</extracomment>
        <translation>%1: %2 ikke relevant</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/voices_strip.py" line="313"/>
        <source>Not relevant / don&apos;t know</source>
        <translation>Ikke relevant / vet ikke</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/voices_strip.py" line="317"/>
        <source>No answer</source>
        <translation>Ikke svart</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/voices_strip.py" line="325"/>
        <source>Voices on the chart</source>
        <translation>Partene i diagrammet</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/voices_strip.py" line="326"/>
        <source>Print answer sheets…</source>
        <translation>Skriv ut svarark …</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/voices_strip.py" line="327"/>
        <source>Type in answer sheets…</source>
        <translation>Skriv inn svarark …</translation>
    </message>
</context>
<context>
    <name>WeightingPage</name>
    <message>
        <location filename="../samson_desktop/ui/pages/weighting_page.py" line="292"/>
        <source>Weighting of the values</source>
        <translation>Vekting av verdiene</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/weighting_page.py" line="294"/>
        <source>How important is each value for our collaboration? 1 means hardly important, 10 means very important.</source>
        <translation>Hvor viktig er hver verdi for samarbeidet vårt? 1 betyr lite viktig, 10 betyr svært viktig.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/weighting_page.py" line="297"/>
        <source>Keys: 1–9, and 0 for 10, weight the marked value and move on · ↑ ↓ or Tab choose a value · ← → adjust</source>
        <translation>Taster: 1–9, og 0 for 10, vekter den markerte verdien og går videre · ↑ ↓ eller Tab velger verdi · ← → justerer</translation>
    </message>
</context>
<context>
    <name>_ErrorModel</name>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="677"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="677"/>
        <source>Why it cannot be read</source>
        <translation>Hvorfor den ikke kan leses</translation>
    </message>
</context>
</TS>
