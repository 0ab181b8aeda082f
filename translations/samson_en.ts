<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>About</name>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="86"/>
        <source>About SAMSON</source>
        <translation>About SAMSON</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="87"/>
        <source>SAMSON desktop %1

An offline scorecard and dialogue tool for co-creation workshops: four values, seven action fields, measures, live charts and a PDF report.

Free software under the MIT licence. Type: DejaVu Sans.</source>
        <translation>SAMSON desktop %1

An offline scorecard and dialogue tool for co-creation workshops: four values, seven action fields, measures, live charts and a PDF report.

Free software under the MIT licence. Type: DejaVu Sans.</translation>
    </message>
</context>
<context>
    <name>AnswerPanel</name>
    <message>
        <location filename="../samson_desktop/ui/widgets/answer_panel.py" line="97"/>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/answer_panel.py" line="98"/>
        <source>1 = not at all true for us</source>
        <translation>1 = not at all true for us</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/answer_panel.py" line="99"/>
        <source>10 = fully true</source>
        <translation>10 = fully true</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/answer_panel.py" line="103"/>
        <source>Score %1</source>
        <translation>Score %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/answer_panel.py" line="105"/>
        <source>Score %1 (key %2)</source>
        <translation>Score %1 (key %2)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/answer_panel.py" line="106"/>
        <location filename="../samson_desktop/ui/widgets/answer_panel.py" line="107"/>
        <source>Not relevant / don&apos;t know</source>
        <translation>Not relevant / don&apos;t know</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/answer_panel.py" line="108"/>
        <source>Left out of every mean (key N)</source>
        <translation>Left out of every mean (key N)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/answer_panel.py" line="176"/>
        <source>No agreed score yet: the voices&apos; mean is %1 (n=%2).</source>
        <translation>No agreed score yet: the voices&apos; mean is %1 (n=%2).</translation>
    </message>
</context>
<context>
    <name>CaseTile</name>
    <message>
        <location filename="../samson_desktop/ui/seminar/side_by_side.py" line="54"/>
        <source>%1 — click or press %2 to show it large</source>
        <extracomment>Number keys 1–9 make the case with that number large.</extracomment>
        <translation>%1 — click or press %2 to show it large</translation>
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
        <translation>A name it chose</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="105"/>
        <source>Its own name</source>
        <translation>Its own name</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="110"/>
        <source>%1: name shown to the room</source>
        <translation>%1: name shown to the room</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="112"/>
        <source>%1: name the case chose</source>
        <translation>%1: name the case chose</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="115"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="117"/>
        <source>Remove %1 from the seminar</source>
        <translation>Remove %1 from the seminar</translation>
    </message>
    <message numerus="yes">
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="229"/>
        <source>%n time point(s)</source>
        <translation>
            <numerusform>%n time point</numerusform>
            <numerusform>%n time points</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="232"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="232"/>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="233"/>
        <source>Measure owners</source>
        <translation>Measure owners</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="233"/>
        <source>Party names</source>
        <translation>Party names</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="278"/>
        <source>Pick the sessions of the collaborations that meet (a file each, or a folder), and decide with each case what the room may see. Until a case says otherwise it is shown by an alias, without its notes, its party names or the owners of its measures.</source>
        <translation>Pick the sessions of the collaborations that meet (a file each, or a folder), and decide with each case what the room may see. Until a case says otherwise it is shown by an alias, without its notes, its party names or the owners of its measures.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="281"/>
        <source>Add session files…</source>
        <translation>Add session files…</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="282"/>
        <source>Add a folder…</source>
        <translation>Add a folder…</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="283"/>
        <source>Open seminar…</source>
        <translation>Open seminar…</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="284"/>
        <source>Save seminar…</source>
        <translation>Save seminar…</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="285"/>
        <source>Add .samson files, one or more per collaboration (Ctrl+Shift+O)</source>
        <translation>Add .samson files, one or more per collaboration (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="286"/>
        <source>Open a saved .samson-seminar file with its choices (Ctrl+O)</source>
        <translation>Open a saved .samson-seminar file with its choices (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="287"/>
        <source>Save the sessions and the choices as a .samson-seminar file (Ctrl+S)</source>
        <translation>Save the sessions and the choices as a .samson-seminar file (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="288"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="289"/>
        <source>Peer-learning seminar</source>
        <translation>Peer-learning seminar</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="290"/>
        <source>Title of the seminar</source>
        <translation>Title of the seminar</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="291"/>
        <source>Each case&apos;s latest two time points (show change)</source>
        <translation>Each case&apos;s latest two time points (show change)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="292"/>
        <source>Show the real names and files here (only for you, never while presenting)</source>
        <translation>Show the real names and files here (only for you, never while presenting)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="293"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="293"/>
        <source>Shown to the room as</source>
        <translation>Shown to the room as</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/cases_page.py" line="293"/>
        <source>Name it chose</source>
        <translation>Name it chose</translation>
    </message>
</context>
<context>
    <name>Character</name>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="11"/>
        <source>Time perspective</source>
        <extracomment>Criterion titles and choices; the same words as the report&apos;s (report/sections_character.py).</extracomment>
        <translation>Time perspective</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="12"/>
        <source>Depth of relations</source>
        <translation>Depth of relations</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="13"/>
        <source>The citizens&apos; roles</source>
        <translation>The citizens&apos; roles</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="14"/>
        <source>The citizens&apos; influence</source>
        <translation>The citizens&apos; influence</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="15"/>
        <source>The citizens&apos; resources</source>
        <translation>The citizens&apos; resources</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="16"/>
        <source>Goals reached (1–10)</source>
        <translation>Goals reached (1–10)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="17"/>
        <source>Met the parties&apos; expectations (1–10)</source>
        <translation>Met the parties&apos; expectations (1–10)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="20"/>
        <source>Short and ad hoc</source>
        <translation>Short and ad hoc</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="21"/>
        <source>A time-limited project</source>
        <translation>A time-limited project</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="22"/>
        <source>Lasting, not a project</source>
        <translation>Lasting, not a project</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="23"/>
        <source>Built around a defined task</source>
        <translation>Built around a defined task</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="24"/>
        <source>Lasting mutual dependence</source>
        <translation>Lasting mutual dependence</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="25"/>
        <source>Co-initiators</source>
        <translation>Co-initiators</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="26"/>
        <source>Co-designers</source>
        <translation>Co-designers</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="27"/>
        <source>Co-implementers</source>
        <translation>Co-implementers</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="28"/>
        <source>None of these roles</source>
        <translation>None of these roles</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="29"/>
        <source>Descriptive</source>
        <translation>Descriptive</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="30"/>
        <source>Acknowledging</source>
        <translation>Acknowledging</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="31"/>
        <source>Transformative</source>
        <translation>Transformative</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="32"/>
        <source>Replace public services</source>
        <translation>Replace public services</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="33"/>
        <source>Add to public services</source>
        <translation>Add to public services</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="36"/>
        <source>Substitution: the citizens&apos; knowledge, time and work take the place of a public service.</source>
        <translation>Substitution: the citizens&apos; knowledge, time and work take the place of a public service.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="37"/>
        <source>Addition: the citizens&apos; knowledge, time and work come on top of the public service.</source>
        <translation>Addition: the citizens&apos; knowledge, time and work come on top of the public service.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="38"/>
        <source>Citizens took the initiative or took part in starting the work.</source>
        <translation>Citizens took the initiative or took part in starting the work.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="39"/>
        <source>Citizens take part in designing the solutions.</source>
        <translation>Citizens take part in designing the solutions.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="40"/>
        <source>Citizens take part in carrying out the solutions.</source>
        <translation>Citizens take part in carrying out the solutions.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="41"/>
        <source>Citizens describe their situation and needs; others decide.</source>
        <translation>Citizens describe their situation and needs; others decide.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="42"/>
        <source>Citizens&apos; views are recognised and change some decisions.</source>
        <translation>Citizens&apos; views are recognised and change some decisions.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="43"/>
        <source>Citizens change what is done and how, and roles change with it.</source>
        <translation>Citizens change what is done and how, and roles change with it.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="64"/>
        <source>towards thin co-creation</source>
        <extracomment>The single-choice criteria and their choices, in display order.</extracomment>
        <translation>towards thin co-creation</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="65"/>
        <source>between thin and thick</source>
        <translation>between thin and thick</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_names.py" line="66"/>
        <source>towards thick co-production</source>
        <translation>towards thick co-production</translation>
    </message>
</context>
<context>
    <name>CharacterCompare</name>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_compare.py" line="77"/>
        <source>not filled in</source>
        <translation>not filled in</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_compare.py" line="78"/>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_compare.py" line="78"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_compare.py" line="85"/>
        <source>Continuum</source>
        <translation>Continuum</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_compare.py" line="87"/>
        <source>thicker</source>
        <translation>thicker</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_compare.py" line="87"/>
        <source>thinner</source>
        <translation>thinner</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_compare.py" line="93"/>
        <source>The character of the collaboration at both time points</source>
        <translation>The character of the collaboration at both time points</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_compare.py" line="98"/>
        <source>changed</source>
        <translation>changed</translation>
    </message>
</context>
<context>
    <name>CharacterForm</name>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_form.py" line="104"/>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_form.py" line="112"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_form.py" line="113"/>
        <source>Clear all</source>
        <translation>Clear all</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_form.py" line="114"/>
        <source>Mark every criterion as not filled in</source>
        <translation>Mark every criterion as not filled in</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_form.py" line="146"/>
        <source>Not placed on the continuum yet. Missing: %1.</source>
        <translation>Not placed on the continuum yet. Missing: %1.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_form.py" line="148"/>
        <source>The overview places the collaboration %1.</source>
        <translation>The overview places the collaboration %1.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/character_form.py" line="150"/>
        <source>A short, ad hoc collaboration stays on the thin half.</source>
        <translation>A short, ad hoc collaboration stays on the thin half.</translation>
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
        <translation>Bars</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/charts/panel.py" line="362"/>
        <location filename="../samson_desktop/ui/charts/panel.py" line="364"/>
        <source>Show as radar chart</source>
        <translation>Show as radar chart</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/charts/panel.py" line="363"/>
        <source>Show as bar chart</source>
        <translation>Show as bar chart</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/charts/panel.py" line="365"/>
        <source>Radar chart</source>
        <translation>Radar chart</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/charts/panel.py" line="238"/>
        <location filename="../samson_desktop/ui/charts/panel.py" line="367"/>
        <source>Bar chart</source>
        <extracomment>The bar view&apos;s module: it loads pyqtgraph, so it is imported when a bar view is first needed. Room between the title and the Radar/Bars toggle.</extracomment>
        <translation>Bar chart</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/charts/panel.py" line="369"/>
        <source>Show as bar chart (bars show differences more fairly than radar areas)</source>
        <translation>Show as bar chart (bars show differences more fairly than radar areas)</translation>
    </message>
</context>
<context>
    <name>ChartTooltip</name>
    <message>
        <location filename="../samson_desktop/ui/charts/tooltips.py" line="24"/>
        <source>no value</source>
        <translation>no value</translation>
    </message>
</context>
<context>
    <name>CompareCharts</name>
    <message>
        <location filename="../samson_desktop/ui/compare_charts.py" line="70"/>
        <source>What the chart shows</source>
        <translation>What the chart shows</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_charts.py" line="72"/>
        <source>Earlier and later side by side: bars show the size of a change more fairly than radar areas.</source>
        <translation>Earlier and later side by side: bars show the size of a change more fairly than radar areas.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_charts.py" line="77"/>
        <location filename="../samson_desktop/ui/compare_charts.py" line="89"/>
        <source>The seven fields</source>
        <translation>The seven fields</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_charts.py" line="90"/>
        <source>The four values</source>
        <translation>The four values</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_charts.py" line="92"/>
        <source>Questions of %1</source>
        <translation>Questions of %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_charts.py" line="102"/>
        <source>Earlier: %1</source>
        <translation>Earlier: %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_charts.py" line="103"/>
        <source>Now: %1</source>
        <translation>Now: %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_charts.py" line="151"/>
        <source>Only in the earlier session (%1): %2</source>
        <translation>Only in the earlier session (%1): %2</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_charts.py" line="153"/>
        <source>Only in this session (%1): %2</source>
        <translation>Only in this session (%1): %2</translation>
    </message>
</context>
<context>
    <name>CompareTables</name>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="123"/>
        <source>Not explained yet</source>
        <extracomment>How many improvements and declines are called out at each level. The change table&apos;s column of the group&apos;s explanation. Per row of the change table: (kind, id) of a change that has a place for an explanation, else None. Per row: (kind, id) of every field and question, whose explanation is shown even without a place.</extracomment>
        <translation>Not explained yet</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="177"/>
        <source>Show the changes of</source>
        <translation>Show the changes of</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="178"/>
        <source>Both weightings</source>
        <translation>Both weightings</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="180"/>
        <source>Each session&apos;s importance profile uses its own value weights: a changed weight changes what the group sees as important, not the scores.</source>
        <translation>Each session&apos;s importance profile uses its own value weights: a changed weight changes what the group sees as important, not the scores.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="182"/>
        <source>Questions on one side only</source>
        <translation>Questions on one side only</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="196"/>
        <source>All changes</source>
        <translation>All changes</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="197"/>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="198"/>
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="199"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="200"/>
        <source>Changes to explain</source>
        <translation>Changes to explain</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="208"/>
        <source>Only in the earlier session</source>
        <translation>Only in the earlier session</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="210"/>
        <source>Only in this session</source>
        <translation>Only in this session</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="213"/>
        <source>No score at either time</source>
        <translation>No score at either time</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="215"/>
        <source>No score at %1</source>
        <translation>No score at %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="217"/>
        <source>Largest improvement</source>
        <translation>Largest improvement</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="219"/>
        <source>Largest decline</source>
        <translation>Largest decline</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="221"/>
        <source>No change</source>
        <translation>No change</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="222"/>
        <source>Improved</source>
        <translation>Improved</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="222"/>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="229"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="229"/>
        <location filename="../samson_desktop/ui/compare_tables.py" line="308"/>
        <location filename="../samson_desktop/ui/compare_tables.py" line="374"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="229"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="230"/>
        <location filename="../samson_desktop/ui/compare_tables.py" line="310"/>
        <location filename="../samson_desktop/ui/compare_tables.py" line="359"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="230"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="230"/>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="232"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="232"/>
        <location filename="../samson_desktop/ui/compare_tables.py" line="359"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="232"/>
        <location filename="../samson_desktop/ui/compare_tables.py" line="374"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="285"/>
        <source>Largest improvements: %1</source>
        <translation>Largest improvements: %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="288"/>
        <source>Largest declines: %1</source>
        <translation>Largest declines: %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="298"/>
        <source>Explained: %1 of %2 changes to explain.</source>
        <translation>Explained: %1 of %2 changes to explain.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="300"/>
        <source>No question changed.</source>
        <translation>No question changed.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="308"/>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="308"/>
        <source>Status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="309"/>
        <source>Status now</source>
        <translation>Status now</translation>
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
        <translation>Not carried over</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="317"/>
        <source>Now worded: %1</source>
        <translation>Now worded: %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="320"/>
        <source>(question no longer in the set)</source>
        <translation>(question no longer in the set)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="343"/>
        <source>Every measure still open or agreed at %1 (all but the dropped ones), with its status now and how the score of its question moved. %2 measures: %3.</source>
        <translation>Every measure still open or agreed at %1 (all but the dropped ones), with its status now and how the score of its question moved. %2 measures: %3.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="347"/>
        <source>The earlier session has no measures to follow up.</source>
        <translation>The earlier session has no measures to follow up.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="349"/>
        <source>New measures at %1: %2</source>
        <translation>New measures at %1: %2</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="374"/>
        <source>Only in</source>
        <translation>Only in</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="374"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="378"/>
        <source>the earlier session (%1)</source>
        <translation>the earlier session (%1)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="379"/>
        <source>this session (%1)</source>
        <translation>this session (%1)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="389"/>
        <source>Question sets: %1 at %2, %3 at %4.</source>
        <translation>Question sets: %1 at %2, %3 at %4.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="393"/>
        <source>These questions exist in one session only. They are matched by their id, never by position, so they have no change.</source>
        <translation>These questions exist in one session only. They are matched by their id, never by position, so they have no change.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_tables.py" line="396"/>
        <source>Every question is in both sessions.</source>
        <translation>Every question is in both sessions.</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="92"/>
        <source>Earlier session:</source>
        <translation>Earlier session:</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="93"/>
        <source>Earlier session of the same collaboration</source>
        <translation>Earlier session of the same collaboration</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="94"/>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="95"/>
        <source>Compare with any session file</source>
        <translation>Compare with any session file</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="96"/>
        <source>Export comparison PDF…</source>
        <translation>Export comparison PDF…</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="100"/>
        <source>Profiles</source>
        <translation>Profiles</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="100"/>
        <source>Paired bars</source>
        <translation>Paired bars</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="100"/>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="101"/>
        <source>Follow-up of measures</source>
        <translation>Follow-up of measures</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="97"/>
        <source>Choose the earlier session…</source>
        <translation>Choose the earlier session…</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="101"/>
        <source>Weights and question sets</source>
        <translation>Weights and question sets</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="102"/>
        <source>Character</source>
        <translation>Character</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="171"/>
        <source>Pick the earlier session of this collaboration above, or choose any session file, to see what has changed.</source>
        <translation>Pick the earlier session of this collaboration above, or choose any session file, to see what has changed.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="174"/>
        <source>No earlier session of this collaboration was found next to this file, among the recent files or among the demos. Choose the session file of an earlier time point to see what has changed.</source>
        <translation>No earlier session of this collaboration was found next to this file, among the recent files or among the demos. Choose the session file of an earlier time point to see what has changed.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="203"/>
        <source>No earlier session of this collaboration found</source>
        <translation>No earlier session of this collaboration found</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="219"/>
        <source>Choose the earlier session</source>
        <translation>Choose the earlier session</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="220"/>
        <source>SAMSON sessions (*.samson);;All files (*)</source>
        <translation>SAMSON sessions (*.samson);;All files (*)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="228"/>
        <source>The session cannot be compared</source>
        <translation>The session cannot be compared</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="271"/>
        <source>Untitled collaboration</source>
        <translation>Untitled collaboration</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="272"/>
        <source>Compare – %1</source>
        <translation>Compare – %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="279"/>
        <source>%1 → %2. Overall score %3 → %4 (%5).</source>
        <translation>%1 → %2. Overall score %3 → %4 (%5).</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="285"/>
        <source>Largest improvement: %1 (%2).</source>
        <translation>Largest improvement: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="288"/>
        <source>Largest decline: %1 (%2).</source>
        <translation>Largest decline: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="292"/>
        <source>Note: the earlier session is dated after this one.</source>
        <translation>Note: the earlier session is dated after this one.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="303"/>
        <source>Export comparison PDF</source>
        <translation>Export comparison PDF</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="304"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="325"/>
        <source>Writing the comparison PDF…</source>
        <translation>Writing the comparison PDF…</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="337"/>
        <source>The PDF was not written</source>
        <translation>The PDF was not written</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="338"/>
        <source>The comparison PDF could not be written to %1:
%2</source>
        <translation>The comparison PDF could not be written to %1:
%2</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_view.py" line="341"/>
        <source>Comparison PDF saved: %1</source>
        <translation>Comparison PDF saved: %1</translation>
    </message>
</context>
<context>
    <name>Continuum</name>
    <message>
        <location filename="../samson_desktop/ui/widgets/continuum.py" line="214"/>
        <source>Thin co-creation</source>
        <extracomment>Okabe–Ito vermillion for the profile&apos;s mark; a darker shade for its text on light backgrounds. The character&apos;s position from 0 (thin) to 1 (thick), or None. The bar with its ticks and numbers, which only a new size, font or palette changes.</extracomment>
        <translation>Thin co-creation</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/continuum.py" line="215"/>
        <source>Thick co-production</source>
        <translation>Thick co-production</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/continuum.py" line="216"/>
        <source>Character</source>
        <translation>Character</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/continuum.py" line="221"/>
        <source>The character of the collaboration is not filled in (%1), so the collaboration is not placed between thin and thick.</source>
        <translation>The character of the collaboration is not filled in (%1), so the collaboration is not placed between thin and thick.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/continuum.py" line="225"/>
        <source>▼ Character: %1, from time perspective, depth of relations and the citizens&apos; roles and influence.</source>
        <translation>▼ Character: %1, from time perspective, depth of relations and the citizens&apos; roles and influence.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/continuum.py" line="228"/>
        <source>A short, ad hoc collaboration stays on the thin half.</source>
        <translation>A short, ad hoc collaboration stays on the thin half.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/continuum.py" line="231"/>
        <source>Profile strength %1</source>
        <translation>Profile strength %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/continuum.py" line="233"/>
        <source>▲ Profile strength %1: the mean of the seven field scores (1–10). It says how strong the profile is, not how thick the collaboration is.</source>
        <translation>▲ Profile strength %1: the mean of the seven field scores (1–10). It says how strong the profile is, not how thick the collaboration is.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/continuum.py" line="238"/>
        <source>No profile strength yet: it is shown only when every field has at least one answer.</source>
        <translation>No profile strength yet: it is shown only when every field has at least one answer.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/continuum.py" line="240"/>
        <source>Fields without an answer: %1.</source>
        <translation>Fields without an answer: %1.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/continuum.py" line="243"/>
        <source>Continuum from thin co-creation to thick co-production</source>
        <translation>Continuum from thin co-creation to thick co-production</translation>
    </message>
</context>
<context>
    <name>DeckBuilder</name>
    <message>
        <location filename="../samson_desktop/ui/seminar/deck.py" line="65"/>
        <source>Deck &amp;language:</source>
        <translation>Deck &amp;language:</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/deck.py" line="66"/>
        <source>Language of the deck</source>
        <translation>Language of the deck</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/deck.py" line="67"/>
        <source>Build the deck…</source>
        <translation>Build the deck…</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/deck.py" line="68"/>
        <source>Write the seminar as a PDF to project or print (Ctrl+P)</source>
        <translation>Write the seminar as a PDF to project or print (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/deck.py" line="94"/>
        <source>No deck yet</source>
        <translation>No deck yet</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/deck.py" line="97"/>
        <source>seminar</source>
        <translation>seminar</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/deck.py" line="98"/>
        <source>Save the seminar deck</source>
        <translation>Save the seminar deck</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/deck.py" line="99"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/deck.py" line="107"/>
        <source>Writing the seminar deck…</source>
        <translation>Writing the seminar deck…</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/deck.py" line="109"/>
        <source>Seminar deck</source>
        <translation>Seminar deck</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/deck.py" line="133"/>
        <source>The deck was not written</source>
        <translation>The deck was not written</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/deck.py" line="135"/>
        <source>Deck saved: %1</source>
        <translation>Deck saved: %1</translation>
    </message>
</context>
<context>
    <name>DivergencePanel</name>
    <message>
        <location filename="../samson_desktop/ui/widgets/divergence_panel.py" line="95"/>
        <source>Spread %1: %2</source>
        <extracomment>Questions listed; the report and the CSV carry the whole ranking.</extracomment>
        <translation>Spread %1: %2</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/divergence_panel.py" line="107"/>
        <source>%1 ↔ %2: %3 apart (n=%4)</source>
        <translation>%1 ↔ %2: %3 apart (n=%4)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/divergence_panel.py" line="110"/>
        <source>, %1 higher</source>
        <translation>, %1 higher</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/divergence_panel.py" line="118"/>
        <source>Questions with the largest spread (highest minus lowest voice) first. Click one to open it.</source>
        <translation>Questions with the largest spread (highest minus lowest voice) first. Click one to open it.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/divergence_panel.py" line="121"/>
        <source>Voices furthest apart, on average:</source>
        <translation>Voices furthest apart, on average:</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/divergence_panel.py" line="122"/>
        <source>Mean difference over the questions both voices scored (n).</source>
        <translation>Mean difference over the questions both voices scored (n).</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/divergence_panel.py" line="117"/>
        <source>Where the voices differ</source>
        <translation>Where the voices differ</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/divergence_panel.py" line="120"/>
        <source>No question has scores from two voices that differ yet.</source>
        <translation>No question has scores from two voices that differ yet.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/divergence_panel.py" line="123"/>
        <source>Questions where the voices differ most</source>
        <translation>Questions where the voices differ most</translation>
    </message>
</context>
<context>
    <name>EarlierChoice</name>
    <message>
        <location filename="../samson_desktop/ui/widgets/earlier_choice.py" line="38"/>
        <source>&amp;Answers from the earlier time point</source>
        <translation>&amp;Answers from the earlier time point</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/earlier_choice.py" line="39"/>
        <source>When the answers from the earlier time point show</source>
        <translation>When the answers from the earlier time point show</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/earlier_choice.py" line="41"/>
        <source>After the group has answered</source>
        <translation>After the group has answered</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/earlier_choice.py" line="42"/>
        <source>Only when asked (%1)</source>
        <translation>Only when asked (%1)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/earlier_choice.py" line="44"/>
        <source>Seeing the old number first anchors the new one: by default each question shows the earlier score only once the group has answered it.</source>
        <translation>Seeing the old number first anchors the new one: by default each question shows the earlier score only once the group has answered it.</translation>
    </message>
</context>
<context>
    <name>EarlierContext</name>
    <message>
        <location filename="../samson_desktop/ui/earlier_context.py" line="98"/>
        <source>This session does not refer to an earlier one.</source>
        <extracomment>The earlier session was found, chosen or lost, or what is shown changed (a key, a setup choice). The session refers to an earlier one that no file here holds: said once per reference. The window&apos;s settings (recent files, earlier files chosen by hand); read once when not given. The reference (earlier session id) last looked for; None: not looked for yet.</extracomment>
        <translation>This session does not refer to an earlier one.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/earlier_context.py" line="104"/>
        <source>%1 is another session, not the earlier time point %2.</source>
        <translation>%1 is another session, not the earlier time point %2.</translation>
    </message>
</context>
<context>
    <name>EarlierMarks</name>
    <message>
        <location filename="../samson_desktop/ui/widgets/earlier_marks.py" line="122"/>
        <source>%1: not relevant</source>
        <extracomment>Position in the session&apos;s voices: the same colour and marker shape as everywhere else.</extracomment>
        <translation>%1: not relevant</translation>
    </message>
</context>
<context>
    <name>EarlierOnPage</name>
    <message>
        <location filename="../samson_desktop/ui/earlier_on_page.py" line="144"/>
        <source>The earlier time point %1 was not found: the questions show no earlier answers. Find it on the question page (%2).</source>
        <extracomment>What the field radar shows of the earlier time point changed. The &quot;not found&quot; message, kept until the page is in a window that can show it.</extracomment>
        <translation>The earlier time point %1 was not found: the questions show no earlier answers. Find it on the question page (%2).</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/earlier_on_page.py" line="163"/>
        <source>Find the earlier time point %1</source>
        <translation>Find the earlier time point %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/earlier_on_page.py" line="164"/>
        <source>SAMSON sessions (*.samson);;All files (*)</source>
        <translation>SAMSON sessions (*.samson);;All files (*)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/earlier_on_page.py" line="169"/>
        <source>Not the earlier session</source>
        <translation>Not the earlier session</translation>
    </message>
</context>
<context>
    <name>EarlierPanel</name>
    <message>
        <location filename="../samson_desktop/ui/widgets/earlier_panel.py" line="47"/>
        <source>Earlier time point %1: not found on this computer.</source>
        <translation>Earlier time point %1: not found on this computer.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/earlier_panel.py" line="48"/>
        <source>Find it…</source>
        <translation>Find it…</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/earlier_panel.py" line="49"/>
        <source>Choose the file of the earlier session; it is remembered</source>
        <translation>Choose the file of the earlier session; it is remembered</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/earlier_panel.py" line="58"/>
        <source>%1: this question was not asked then.</source>
        <translation>%1: this question was not asked then.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/earlier_panel.py" line="61"/>
        <source>%1: the answer then is hidden; %2 shows it.</source>
        <translation>%1: the answer then is hidden; %2 shows it.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/earlier_panel.py" line="63"/>
        <source>%1: the answer then shows once the group has answered (or with %2).</source>
        <translation>%1: the answer then shows once the group has answered (or with %2).</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/earlier_panel.py" line="74"/>
        <source>not relevant</source>
        <translation>not relevant</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/earlier_panel.py" line="76"/>
        <source>agreed %1</source>
        <translation>agreed %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/earlier_panel.py" line="78"/>
        <source>the voices&apos; mean %1</source>
        <translation>the voices&apos; mean %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/earlier_panel.py" line="80"/>
        <source>not answered</source>
        <translation>not answered</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/earlier_panel.py" line="82"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/earlier_panel.py" line="90"/>
        <source>not carried over</source>
        <translation>not carried over</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/earlier_panel.py" line="95"/>
        <source>Proposed here at %1: %2</source>
        <translation>Proposed here at %1: %2</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../samson_desktop/ui/error_dialog.py" line="37"/>
        <source>SAMSON: unexpected error</source>
        <translation>SAMSON: unexpected error</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/error_dialog.py" line="38"/>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/error_dialog.py" line="41"/>
        <source>Something went wrong.</source>
        <translation>Something went wrong.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/error_dialog.py" line="47"/>
        <source>Your session is kept: it has just been saved to the autosave folder, and you can go on working. If the problem comes back, save your session, restart SAMSON and send the details below to your support person.</source>
        <translation>Your session is kept: it has just been saved to the autosave folder, and you can go on working. If the problem comes back, save your session, restart SAMSON and send the details below to your support person.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/error_dialog.py" line="53"/>
        <source>Error details</source>
        <translation>Error details</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/error_dialog.py" line="56"/>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/error_dialog.py" line="57"/>
        <source>Copy the error details</source>
        <translation>Copy the error details</translation>
    </message>
</context>
<context>
    <name>ExplainPanel</name>
    <message>
        <location filename="../samson_desktop/ui/compare_explain.py" line="69"/>
        <source>Why it changed</source>
        <translation>Why it changed</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_explain.py" line="70"/>
        <source>What happened? Write the group&apos;s explanation of this change.</source>
        <translation>What happened? Write the group&apos;s explanation of this change.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_explain.py" line="72"/>
        <source>Enter: write the explanation of the selected change. Esc or Ctrl+Enter: back to the list. Every field and question that moved by 1.0 or more, and the largest rise and fall, has a place.</source>
        <translation>Enter: write the explanation of the selected change. Esc or Ctrl+Enter: back to the list. Every field and question that moved by 1.0 or more, and the largest rise and fall, has a place.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_explain.py" line="75"/>
        <location filename="../samson_desktop/ui/compare_explain.py" line="85"/>
        <source>Select a change of 1.0 or more to explain it</source>
        <translation>Select a change of 1.0 or more to explain it</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/compare_explain.py" line="88"/>
        <source>Why it changed: %1</source>
        <translation>Why it changed: %1</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../samson_desktop/ui/export_actions.py" line="107"/>
        <source>Export the report as PDF</source>
        <extracomment>Exports under way; each keeps itself here until it has finished, so nothing is collected early. The busy dialog appears only for an export that takes longer than this (milliseconds).</extracomment>
        <translation>Export the report as PDF</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/export_actions.py" line="107"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/export_actions.py" line="122"/>
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/export_actions.py" line="129"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/export_actions.py" line="148"/>
        <source>SAMSON</source>
        <translation>SAMSON</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/export_actions.py" line="170"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/export_actions.py" line="172"/>
        <source>Report saved</source>
        <translation>Report saved</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/export_actions.py" line="173"/>
        <source>The report was saved as %1.

Open it now?</source>
        <translation>The report was saved as %1.

Open it now?</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/export_actions.py" line="130"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/export_actions.py" line="132"/>
        <source>Export the answers and measures</source>
        <translation>Export the answers and measures</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/export_actions.py" line="143"/>
        <source>Writing the table…</source>
        <translation>Writing the table…</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/export_actions.py" line="175"/>
        <source>Table saved</source>
        <translation>Table saved</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/export_actions.py" line="177"/>
        <source>%1 and, beside it, the measures as %2</source>
        <translation>%1 and, beside it, the measures as %2</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/export_actions.py" line="181"/>
        <source>The table was saved as %1.

Open it now?</source>
        <translation>The table was saved as %1.

Open it now?</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/export_actions.py" line="193"/>
        <source>The report was not written</source>
        <translation>The report was not written</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/export_actions.py" line="194"/>
        <source>SAMSON could not write the report.

%1

Your session is not affected. Try another folder or file name.</source>
        <translation>SAMSON could not write the report.

%1

Your session is not affected. Try another folder or file name.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/export_actions.py" line="197"/>
        <source>The CSV file was not written</source>
        <translation>The CSV file was not written</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/export_actions.py" line="198"/>
        <source>SAMSON could not write the CSV file.

%1

Your session is not affected. Try another folder or file name.</source>
        <translation>SAMSON could not write the CSV file.

%1

Your session is not affected. Try another folder or file name.</translation>
    </message>
</context>
<context>
    <name>FieldChart</name>
    <message>
        <location filename="../samson_desktop/ui/pages/field_chart.py" line="80"/>
        <source>Importance</source>
        <translation>Importance</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/field_chart.py" line="81"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/field_chart.py" line="110"/>
        <source>Field %1: %2</source>
        <translation>Field %1: %2</translation>
    </message>
</context>
<context>
    <name>FieldNavigator</name>
    <message>
        <location filename="../samson_desktop/ui/widgets/field_navigator.py" line="91"/>
        <source>&amp;Field</source>
        <translation>&amp;Field</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/field_navigator.py" line="92"/>
        <source>Choose field</source>
        <translation>Choose field</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/field_navigator.py" line="93"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/field_navigator.py" line="151"/>
        <source>not relevant</source>
        <translation>not relevant</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/field_navigator.py" line="154"/>
        <source>answered %1</source>
        <translation>answered %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/field_navigator.py" line="155"/>
        <source>answered, every voice not relevant</source>
        <translation>answered, every voice not relevant</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/field_navigator.py" line="160"/>
        <source>%1 of %2 voices have answered</source>
        <translation>%1 of %2 voices have answered</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/field_navigator.py" line="164"/>
        <source>not answered</source>
        <translation>not answered</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/field_navigator.py" line="166"/>
        <source>Question %1, %2</source>
        <translation>Question %1, %2</translation>
    </message>
</context>
<context>
    <name>FieldPage</name>
    <message>
        <location filename="../samson_desktop/ui/seminar/field_page.py" line="57"/>
        <source>Click a dot (or arrow keys and Enter) to see that case&apos;s questions.</source>
        <translation>Click a dot (or arrow keys and Enter) to see that case&apos;s questions.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/field_page.py" line="58"/>
        <source>Every case&apos;s score per field</source>
        <translation>Every case&apos;s score per field</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/field_page.py" line="59"/>
        <source>The case&apos;s questions in the field</source>
        <translation>The case&apos;s questions in the field</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/field_page.py" line="70"/>
        <source>No score: %1</source>
        <translation>No score: %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/field_page.py" line="75"/>
        <source>Not matched across the question sets:</source>
        <translation>Not matched across the question sets:</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/field_page.py" line="93"/>
        <source>not relevant</source>
        <translation>not relevant</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/field_page.py" line="96"/>
        <source>spread between the parties: %1</source>
        <translation>spread between the parties: %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/field_page.py" line="98"/>
        <source>Only in this case&apos;s question set</source>
        <translation>Only in this case&apos;s question set</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/field_page.py" line="100"/>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/field_page.py" line="103"/>
        <source>This case has no questions in this field.</source>
        <translation>This case has no questions in this field.</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="30"/>
        <source>SAMSON sessions (*.samson)</source>
        <translation>SAMSON sessions (*.samson)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="62"/>
        <source>this session</source>
        <extracomment>Windows opened beside the first one (recovery of several sessions). The list of recent files changed. The session was written to this file.</extracomment>
        <translation>this session</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="64"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="65"/>
        <source>Save the changes to “%1” first?</source>
        <translation>Save the changes to “%1” first?</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="112"/>
        <location filename="../samson_desktop/ui/file_controller.py" line="131"/>
        <source>New time point</source>
        <translation>New time point</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="113"/>
        <source>“%1” is dated %2, which is after today. A new time point cannot come before it; check the date of the earlier session.</source>
        <translation>“%1” is dated %2, which is after today. A new time point cannot come before it; check the date of the earlier session.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="123"/>
        <source>New time point %1 after %2: %3 measures to follow up. Saving asks for a file name.</source>
        <translation>New time point %1 after %2: %3 measures to follow up. Saving asks for a file name.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="132"/>
        <source>The new time point refers to this session, so this session is saved first.</source>
        <translation>The new time point refers to this session, so this session is saved first.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="139"/>
        <source>Open a session</source>
        <translation>Open a session</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="140"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="168"/>
        <source>A copy of %1: saving asks for a new file name</source>
        <translation>A copy of %1: saving asks for a new file name</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="186"/>
        <source>Reloaded from the file</source>
        <translation>Reloaded from the file</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="221"/>
        <location filename="../samson_desktop/ui/file_controller.py" line="228"/>
        <source>Save the session</source>
        <translation>Save the session</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="229"/>
        <source>The demo sessions stay as they are. Please choose another file name.</source>
        <translation>The demo sessions stay as they are. Please choose another file name.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="250"/>
        <source>The session was not saved</source>
        <translation>The session was not saved</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="251"/>
        <source>SAMSON could not write %1:
%2</source>
        <translation>SAMSON could not write %1:
%2</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="262"/>
        <source>Nothing is lost: the session has no unsaved changes. Try another folder.</source>
        <translation>Nothing is lost: the session has no unsaved changes. Try another folder.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="268"/>
        <source>Your changes are still here, and a copy of them is in the autosave folder. Try another folder.</source>
        <translation>Your changes are still here, and a copy of them is in the autosave folder. Try another folder.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="270"/>
        <source>Your changes are still here in the window, but they could not be autosaved either. Keep SAMSON open, and save the session to another folder or drive.</source>
        <translation>Your changes are still here in the window, but they could not be autosaved either. Keep SAMSON open, and save the session to another folder or drive.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="280"/>
        <source>Autosave does not work</source>
        <translation>Autosave does not work</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="281"/>
        <source>SAMSON cannot autosave this session, so a crash or power cut now would lose the changes since the last save.

What to do: save the session with File › Save as… to a folder or drive with free space, and free some space in the data folder. SAMSON keeps trying to autosave.

Reason: %1</source>
        <translation>SAMSON cannot autosave this session, so a crash or power cut now would lose the changes since the last save.

What to do: save the session with File › Save as… to a folder or drive with free space, and free some space in the data folder. SAMSON keeps trying to autosave.

Reason: %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="293"/>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="312"/>
        <source>(no recent sessions)</source>
        <translation>(no recent sessions)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="315"/>
        <source>Clear the list</source>
        <translation>Clear the list</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="325"/>
        <source>Demo, time point %1</source>
        <translation>Demo, time point %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="342"/>
        <source>a session without a name</source>
        <translation>a session without a name</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="345"/>
        <source>Recover unsaved changes?</source>
        <translation>Recover unsaved changes?</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="347"/>
        <source>SAMSON was not closed properly. Unsaved changes to “%1” from %2 were kept.

Yes: recover them. No: throw them away. Cancel: decide at the next start.</source>
        <translation>SAMSON was not closed properly. Unsaved changes to “%1” from %2 were kept.

Yes: recover them. No: throw them away. Cancel: decide at the next start.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_controller.py" line="359"/>
        <source>%1 is open in another window: the recovered changes are a copy</source>
        <translation>%1 is open in another window: the recovered changes are a copy</translation>
    </message>
</context>
<context>
    <name>FileError</name>
    <message>
        <location filename="../samson_desktop/ui/error_dialog.py" line="114"/>
        <source>… (%1 more not shown)</source>
        <translation>… (%1 more not shown)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/error_dialog.py" line="115"/>
        <source>The session cannot be opened</source>
        <translation>The session cannot be opened</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/error_dialog.py" line="116"/>
        <source>SAMSON cannot use this file. The file itself has not been changed.</source>
        <translation>SAMSON cannot use this file. The file itself has not been changed.</translation>
    </message>
</context>
<context>
    <name>FileGuard</name>
    <message>
        <location filename="../samson_desktop/ui/file_guard.py" line="52"/>
        <location filename="../samson_desktop/ui/file_guard.py" line="69"/>
        <source>Open a session</source>
        <translation>Open a session</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_guard.py" line="53"/>
        <source>“%1” is open in another SAMSON window. Two windows on one file would overwrite each other&apos;s work.

Show that window, or open a copy here that is saved under a new name.</source>
        <translation>“%1” is open in another SAMSON window. Two windows on one file would overwrite each other&apos;s work.

Show that window, or open a copy here that is saved under a new name.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_guard.py" line="56"/>
        <source>Show that window</source>
        <translation>Show that window</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_guard.py" line="57"/>
        <location filename="../samson_desktop/ui/file_guard.py" line="72"/>
        <source>Open a copy</source>
        <translation>Open a copy</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_guard.py" line="58"/>
        <location filename="../samson_desktop/ui/file_guard.py" line="73"/>
        <location filename="../samson_desktop/ui/file_guard.py" line="108"/>
        <location filename="../samson_desktop/ui/file_guard.py" line="123"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_guard.py" line="70"/>
        <source>The other SAMSON window with “%1” does not answer. Bring it forward yourself, or open a copy here that is saved under a new name.</source>
        <translation>The other SAMSON window with “%1” does not answer. Bring it forward yourself, or open a copy here that is saved under a new name.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_guard.py" line="87"/>
        <source>Save the session</source>
        <translation>Save the session</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_guard.py" line="88"/>
        <source>“%1” is open in another SAMSON window. Please choose another file name, or close it there first.</source>
        <translation>“%1” is open in another SAMSON window. Please choose another file name, or close it there first.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_guard.py" line="98"/>
        <source>The file was changed</source>
        <translation>The file was changed</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_guard.py" line="99"/>
        <source>“%1” was changed by another program since this window opened or saved it. Saving now would replace those changes.

Overwrite: replace it with this window&apos;s session (the other version stays as a backup copy, %2).
Save as: keep both, under a new name.
Reload: throw away this window&apos;s unsaved changes and show the file as it is now.</source>
        <translation>“%1” was changed by another program since this window opened or saved it. Saving now would replace those changes.

Overwrite: replace it with this window&apos;s session (the other version stays as a backup copy, %2).
Save as: keep both, under a new name.
Reload: throw away this window&apos;s unsaved changes and show the file as it is now.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_guard.py" line="105"/>
        <source>Overwrite</source>
        <translation>Overwrite</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_guard.py" line="106"/>
        <location filename="../samson_desktop/ui/file_guard.py" line="122"/>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_guard.py" line="107"/>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_guard.py" line="118"/>
        <source>The file is read-only</source>
        <translation>The file is read-only</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_guard.py" line="119"/>
        <source>“%1” is marked read-only: someone may want it kept as it is.

Replace it anyway (it stays read-only), or save under a new name.</source>
        <translation>“%1” is marked read-only: someone may want it kept as it is.

Replace it anyway (it stays read-only), or save under a new name.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/file_guard.py" line="121"/>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <location filename="../samson_desktop/ui/pages/followup_page.py" line="171"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/followup_page.py" line="171"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/followup_page.py" line="171"/>
        <source>Still agreed</source>
        <translation>Still agreed</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/followup_page.py" line="171"/>
        <source>Dropped</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/followup_page.py" line="175"/>
        <source>&amp;What happened? One line (F2; Enter goes to the next measure)</source>
        <translation>&amp;What happened? One line (F2; Enter goes to the next measure)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/followup_page.py" line="176"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/followup_page.py" line="177"/>
        <source>What did the group do, and what came of it?</source>
        <translation>What did the group do, and what came of it?</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/followup_page.py" line="179"/>
        <source>Before the new weighting: what became of each measure agreed last time? Keys 1–4 set it, F2 writes a line on what happened, Page Down goes to the next measure.</source>
        <translation>Before the new weighting: what became of each measure agreed last time? Keys 1–4 set it, F2 writes a line on what happened, Page Down goes to the next measure.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/followup_page.py" line="182"/>
        <source>No measures were carried over to this session. The follow-up comes with a new time point made from an earlier session (File › New time point from this session…).</source>
        <translation>No measures were carried over to this session. The follow-up comes with a new time point made from an earlier session (File › New time point from this session…).</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/followup_page.py" line="184"/>
        <source>Measure to follow up</source>
        <translation>Measure to follow up</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/followup_page.py" line="185"/>
        <source>Measures to follow up</source>
        <translation>Measures to follow up</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/followup_page.py" line="207"/>
        <source>the earlier time point</source>
        <translation>the earlier time point</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/followup_page.py" line="208"/>
        <source>Follow-up of the measures from %1</source>
        <translation>Follow-up of the measures from %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/followup_page.py" line="224"/>
        <source>%1 of %2 followed up</source>
        <translation>%1 of %2 followed up</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/followup_page.py" line="238"/>
        <source>Measure %1 of %2</source>
        <translation>Measure %1 of %2</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/followup_page.py" line="250"/>
        <source>At %1: %2</source>
        <translation>At %1: %2</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/followup_page.py" line="253"/>
        <source>Owner: %1</source>
        <translation>Owner: %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/followup_page.py" line="255"/>
        <source>Due: %1</source>
        <translation>Due: %1</translation>
    </message>
</context>
<context>
    <name>InsidePage</name>
    <message>
        <location filename="../samson_desktop/ui/seminar/inside_page.py" line="49"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/inside_page.py" line="50"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/inside_page.py" line="51"/>
        <source>The parties&apos; scores per field</source>
        <translation>The parties&apos; scores per field</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/inside_page.py" line="81"/>
        <source>This case answered together, without the parties&apos; own scores, so there is nothing to compare inside it.</source>
        <translation>This case answered together, without the parties&apos; own scores, so there is nothing to compare inside it.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/inside_page.py" line="89"/>
        <source>The parties differ most in: %1</source>
        <translation>The parties differ most in: %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/inside_page.py" line="104"/>
        <source>spread %1</source>
        <translation>spread %1</translation>
    </message>
</context>
<context>
    <name>KeyboardHelp</name>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="27"/>
        <source>SAMSON: keyboard shortcuts</source>
        <translation>SAMSON: keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="31"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="32"/>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="32"/>
        <source>What they do</source>
        <translation>What they do</translation>
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
        <translation>Page Down, Alt+Right</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="55"/>
        <source>Next question; on other pages: next step</source>
        <translation>Next question; on other pages: next step</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="56"/>
        <source>Page Up, Alt+Left</source>
        <translation>Page Up, Alt+Left</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="56"/>
        <source>Previous question; on other pages: previous step</source>
        <translation>Previous question; on other pages: previous step</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="57"/>
        <source>F2 or Ctrl+L</source>
        <translation>F2 or Ctrl+L</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="57"/>
        <source>Write a note for the question</source>
        <translation>Write a note for the question</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="60"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="60"/>
        <source>Move between the controls of a page</source>
        <translation>Move between the controls of a page</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="61"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="52"/>
        <source>Answer the question (0 is 10); on the values page: weight the marked value. In a field, a list or another control they are that control&apos;s</source>
        <translation>Answer the question (0 is 10); on the values page: weight the marked value. In a field, a list or another control they are that control&apos;s</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="54"/>
        <source>Not relevant / don&apos;t know; for the marked voice while voices are typed in</source>
        <translation>Not relevant / don&apos;t know; for the marked voice while voices are typed in</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="58"/>
        <source>F4</source>
        <translation>F4</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="58"/>
        <source>Show or hide the earlier time point&apos;s answers to the question (a session made from an earlier one)</source>
        <translation>Show or hide the earlier time point&apos;s answers to the question (a session made from an earlier one)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="61"/>
        <source>Leave a field or a list, so that the digits answer again; leave presentation mode</source>
        <translation>Leave a field or a list, so that the digits answer again; leave presentation mode</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="62"/>
        <source>Ctrl+1 … Ctrl+7</source>
        <translation>Ctrl+1 … Ctrl+7</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="62"/>
        <source>Go to step 1 … 7</source>
        <translation>Go to step 1 … 7</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="63"/>
        <source>Ctrl+8</source>
        <translation>Ctrl+8</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="63"/>
        <source>Go to the follow-up of the measures from the earlier time point (step 2b); there 1 … 4 set done, in progress, still agreed or dropped, F2 writes what happened, Page Down goes to the next measure</source>
        <translation>Go to the follow-up of the measures from the earlier time point (step 2b); there 1 … 4 set done, in progress, still agreed or dropped, F2 writes what happened, Page Down goes to the next measure</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="66"/>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="66"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="67"/>
        <source>Ctrl+Shift+Z, Ctrl+Y</source>
        <translation>Ctrl+Shift+Z, Ctrl+Y</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="67"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="68"/>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="68"/>
        <source>Presentation mode on or off</source>
        <translation>Presentation mode on or off</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="69"/>
        <source>Ctrl+= / Ctrl+- / Ctrl+0</source>
        <translation>Ctrl+= / Ctrl+- / Ctrl+0</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="69"/>
        <source>Larger / smaller / normal type</source>
        <translation>Larger / smaller / normal type</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="70"/>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="70"/>
        <source>High contrast on or off</source>
        <translation>High contrast on or off</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="71"/>
        <source>Ctrl+N, Ctrl+O, Ctrl+S</source>
        <translation>Ctrl+N, Ctrl+O, Ctrl+S</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="71"/>
        <source>New, open, save</source>
        <translation>New, open, save</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="72"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="72"/>
        <source>Export the PDF report</source>
        <translation>Export the PDF report</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="73"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="73"/>
        <source>The phone room: participants answer on their own phones</source>
        <translation>The phone room: participants answer on their own phones</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="74"/>
        <source>F5 / F6 / F7</source>
        <translation>F5 / F6 / F7</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="74"/>
        <source>Phone room: open the question or value on the phones / close it and show the answers / accept the answers</source>
        <translation>Phone room: open the question or value on the phones / close it and show the answers / accept the answers</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="76"/>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="76"/>
        <source>Phone room: the projector view</source>
        <translation>Phone room: the projector view</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="77"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="77"/>
        <source>The peer-learning seminar: several collaborations&apos; profiles side by side</source>
        <translation>The peer-learning seminar: several collaborations&apos; profiles side by side</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="78"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/help_dialogs.py" line="78"/>
        <source>This list</source>
        <translation>This list</translation>
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
        <translation>Setup</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/registry.py" line="95"/>
        <source>Weighting</source>
        <translation>Weighting</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/registry.py" line="97"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/registry.py" line="99"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/registry.py" line="100"/>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/registry.py" line="101"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/registry.py" line="104"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="95"/>
        <source>&amp;New session</source>
        <extracomment>The report and the answer sheets in a language of their own (the plain actions use the interface&apos;s).</extracomment>
        <translation>&amp;New session</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="96"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="97"/>
        <source>New &amp;time point from this session…</source>
        <translation>New &amp;time point from this session…</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="99"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="100"/>
        <source>Save &amp;as…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="101"/>
        <source>Export &amp;report…</source>
        <translation>Export &amp;report…</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="102"/>
        <source>&amp;Answer sheets…</source>
        <translation>&amp;Answer sheets…</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="103"/>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="104"/>
        <source>Peer-learning s&amp;eminar…</source>
        <translation>Peer-learning s&amp;eminar…</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="105"/>
        <source>Seminar from a fo&amp;lder…</source>
        <translation>Seminar from a fo&amp;lder…</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="106"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="111"/>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Presentation mode</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="112"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="113"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="114"/>
        <source>&amp;Normal size</source>
        <translation>&amp;Normal size</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="115"/>
        <source>&amp;High contrast</source>
        <translation>&amp;High contrast</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="117"/>
        <source>&amp;Next question</source>
        <translation>&amp;Next question</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="118"/>
        <source>&amp;Previous question</source>
        <translation>&amp;Previous question</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="119"/>
        <source>Write a &amp;note</source>
        <translation>Write a &amp;note</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="127"/>
        <source>&amp;Phone room…</source>
        <translation>&amp;Phone room…</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="128"/>
        <source>&amp;Open this question on the phones</source>
        <translation>&amp;Open this question on the phones</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="130"/>
        <source>Close and &amp;show the answers</source>
        <translation>Close and &amp;show the answers</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="132"/>
        <source>&amp;Accept the answers</source>
        <translation>&amp;Accept the answers</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="134"/>
        <source>Pro&amp;jector view</source>
        <translation>Pro&amp;jector view</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="136"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="137"/>
        <source>&amp;About SAMSON</source>
        <translation>&amp;About SAMSON</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="153"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="155"/>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="156"/>
        <source>Open &amp;demo</source>
        <translation>Open &amp;demo</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="159"/>
        <source>Export report &amp;in</source>
        <translation>Export report &amp;in</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="161"/>
        <source>Answer sheets i&amp;n</source>
        <translation>Answer sheets i&amp;n</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="165"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="166"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="170"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="171"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="173"/>
        <source>&amp;Field</source>
        <translation>&amp;Field</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="175"/>
        <source>Phone &amp;room</source>
        <translation>Phone &amp;room</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="178"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/main_window.py" line="267"/>
        <source>Current step</source>
        <extracomment>Right after the first paint; the pages not on screen are built after it, one per idle turn. Once every page has been built.</extracomment>
        <translation>Current step</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/main_window.py" line="285"/>
        <source>New session</source>
        <translation>New session</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="107"/>
        <location filename="../samson_desktop/ui/actions.py" line="251"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/actions.py" line="109"/>
        <location filename="../samson_desktop/ui/actions.py" line="252"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
</context>
<context>
    <name>MeasureDelegate</name>
    <message>
        <location filename="../samson_desktop/ui/widgets/measure_delegate.py" line="83"/>
        <source>No date</source>
        <extracomment>Shown by the date editor at its minimum date, which stands for &quot;no due date&quot;.</extracomment>
        <translation>No date</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/measure_delegate.py" line="85"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
</context>
<context>
    <name>MeasureStatus</name>
    <message>
        <location filename="../samson_desktop/ui/widgets/labels.py" line="31"/>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/labels.py" line="32"/>
        <source>Agreed</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/labels.py" line="33"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/labels.py" line="34"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/labels.py" line="35"/>
        <source>Dropped</source>
        <translation>Dropped</translation>
    </message>
</context>
<context>
    <name>MeasuresModel</name>
    <message>
        <location filename="../samson_desktop/ui/measures_model.py" line="62"/>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/measures_model.py" line="63"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/measures_model.py" line="64"/>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/measures_model.py" line="65"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/measures_model.py" line="66"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/measures_model.py" line="67"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/measures_model.py" line="68"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
</context>
<context>
    <name>MeasuresPage</name>
    <message>
        <location filename="../samson_desktop/ui/pages/measures_page.py" line="100"/>
        <location filename="../samson_desktop/ui/pages/measures_page.py" line="101"/>
        <source>Add measure</source>
        <translation>Add measure</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/measures_page.py" line="102"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/measures_page.py" line="103"/>
        <source>Remove the selected measures</source>
        <translation>Remove the selected measures</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/measures_page.py" line="104"/>
        <source>Remove the selected measures (Delete); Ctrl+Z brings them back</source>
        <translation>Remove the selected measures (Delete); Ctrl+Z brings them back</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/measures_page.py" line="105"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/measures_page.py" line="106"/>
        <source>Show the measures as a table</source>
        <translation>Show the measures as a table</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/measures_page.py" line="107"/>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/measures_page.py" line="108"/>
        <source>Show the measures in the matrix of known and new practices</source>
        <translation>Show the measures in the matrix of known and new practices</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/measures_page.py" line="109"/>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/measures_page.py" line="110"/>
        <source>Columns of the measures table</source>
        <translation>Columns of the measures table</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/measures_page.py" line="133"/>
        <source>New measure</source>
        <translation>New measure</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/measures_page.py" line="210"/>
        <source>Action plan · measures: %1</source>
        <translation>Action plan · measures: %1</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../samson_desktop/ui/pages/overview_page.py" line="121"/>
        <source>Seven fields</source>
        <extracomment>Per cent of the page&apos;s width for the field radar.</extracomment>
        <translation>Seven fields</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/overview_page.py" line="122"/>
        <source>Four values</source>
        <translation>Four values</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/overview_page.py" line="123"/>
        <location filename="../samson_desktop/ui/pages/overview_page.py" line="124"/>
        <source>Largest gaps</source>
        <translation>Largest gaps</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/overview_page.py" line="125"/>
        <source>Voices apart</source>
        <translation>Voices apart</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/overview_page.py" line="126"/>
        <source>Where the voices differ most</source>
        <translation>Where the voices differ most</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/overview_page.py" line="131"/>
        <location filename="../samson_desktop/ui/pages/overview_page.py" line="132"/>
        <source>Voices on the chart</source>
        <translation>Voices on the chart</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/overview_page.py" line="133"/>
        <source>One line per voice; ↕ marks the field where they are furthest apart.</source>
        <translation>One line per voice; ↕ marks the field where they are furthest apart.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/overview_page.py" line="171"/>
        <source>Importance</source>
        <translation>Importance</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/overview_page.py" line="172"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/overview_page.py" line="186"/>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/overview_page.py" line="187"/>
        <source>Value score</source>
        <translation>Value score</translation>
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
        <translation>Knowledge base</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="44"/>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="50"/>
        <source>Planning and organisation</source>
        <translation>Planning and organisation</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="45"/>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="51"/>
        <source>Mobilisation and collaboration</source>
        <translation>Mobilisation and collaboration</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="46"/>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="52"/>
        <source>Implementation</source>
        <translation>Implementation</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="47"/>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="53"/>
        <source>Continuation</source>
        <translation>Continuation</translation>
    </message>
</context>
<context>
    <name>PhoneRoom</name>
    <message>
        <location filename="../samson_desktop/ui/room/texts.py" line="16"/>
        <source>No question is open</source>
        <translation>No question is open</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/texts.py" line="19"/>
        <source>How important is this value? %1</source>
        <translation>How important is this value? %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/texts.py" line="20"/>
        <source>Question %1: %2</source>
        <translation>Question %1: %2</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/texts.py" line="25"/>
        <source>%1 of %2 have answered</source>
        <translation>%1 of %2 have answered</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/texts.py" line="38"/>
        <source>%1 (%2 not relevant)</source>
        <translation>%1 (%2 not relevant)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/texts.py" line="51"/>
        <source>Turn off mobile data and stay on this Wi-Fi while you answer.</source>
        <translation>Turn off mobile data and stay on this Wi-Fi while you answer.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/texts.py" line="55"/>
        <source>No phone has joined yet. The network may keep its devices apart (guest Wi-Fi) or the firewall may block the room: open the laptop&apos;s own hotspot, let the phones join it, and choose its address above. See the help on the phone room.</source>
        <translation>No phone has joined yet. The network may keep its devices apart (guest Wi-Fi) or the firewall may block the room: open the laptop&apos;s own hotspot, let the phones join it, and choose its address above. See the help on the phone room.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../samson_desktop/ui/pages/registry.py" line="151"/>
        <source>This part of SAMSON is not available in this installation.</source>
        <extracomment>Every step in the order of the workshop.</extracomment>
        <translation>This part of SAMSON is not available in this installation.</translation>
    </message>
</context>
<context>
    <name>PortfolioModel</name>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="105"/>
        <source>Collaboration</source>
        <translation>Collaboration</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="106"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="107"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="108"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="109"/>
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="110"/>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="111"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="117"/>
        <source>Field %1: %2</source>
        <translation>Field %1: %2</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="119"/>
        <source>Questions answered or marked not relevant, of all questions</source>
        <translation>Questions answered or marked not relevant, of all questions</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="121"/>
        <source>Mean of the seven field scores</source>
        <translation>Mean of the seven field scores</translation>
    </message>
</context>
<context>
    <name>PortfolioWindow</name>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="411"/>
        <source>Portfolio – many sessions side by side</source>
        <translation>Portfolio – many sessions side by side</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="412"/>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="420"/>
        <source>Open folder…</source>
        <translation>Open folder…</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="413"/>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="421"/>
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="414"/>
        <source>Filter: collaboration, time point, phase, file…</source>
        <translation>Filter: collaboration, time point, phase, file…</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="415"/>
        <source>Filter the sessions</source>
        <translation>Filter the sessions</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="416"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="418"/>
        <source>Open a folder of session files, or add single files, to see many sessions side by side: their scores in a table, small profiles, and each collaboration over time.</source>
        <translation>Open a folder of session files, or add single files, to see many sessions side by side: their scores in a table, small profiles, and each collaboration over time.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="422"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="424"/>
        <source>Collaboration / time point</source>
        <translation>Collaboration / time point</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="424"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="424"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="425"/>
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="425"/>
        <source>Change since the time before</source>
        <translation>Change since the time before</translation>
    </message>
    <message numerus="yes">
        <location filename="../samson_desktop/ui/portfolio_view.py" line="583"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../samson_desktop/ui/portfolio_view.py" line="585"/>
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../samson_desktop/ui/portfolio_view.py" line="586"/>
        <source>%n collaboration(s)</source>
        <translation>
            <numerusform>%n collaboration</numerusform>
            <numerusform>%n collaborations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../samson_desktop/ui/portfolio_view.py" line="588"/>
        <source>%n file(s) could not be read (see the last tab)</source>
        <translation>
            <numerusform>%n file could not be read (see the last tab)</numerusform>
            <numerusform>%n files could not be read (see the last tab)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="423"/>
        <source>Timelines</source>
        <translation>Timelines</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="432"/>
        <source>Open a folder of sessions</source>
        <translation>Open a folder of sessions</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="438"/>
        <source>Add session files</source>
        <translation>Add session files</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="438"/>
        <source>SAMSON sessions (*.samson);;All files (*)</source>
        <translation>SAMSON sessions (*.samson);;All files (*)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="450"/>
        <source>Reading session files…</source>
        <translation>Reading session files…</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="450"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="451"/>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="545"/>
        <source>%1 → %2 over %3 time points</source>
        <translation>%1 → %2 over %3 time points</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="552"/>
        <source>Linked by the key %1</source>
        <translation>Linked by the key %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="590"/>
        <source>loading was cancelled</source>
        <translation>loading was cancelled</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="592"/>
        <source>Unreadable files (%1)</source>
        <translation>Unreadable files (%1)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="607"/>
        <source>Field profiles of the selected sessions</source>
        <translation>Field profiles of the selected sessions</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="611"/>
        <source>Field profiles of the first sessions in the table; select rows to choose</source>
        <translation>Field profiles of the first sessions in the table; select rows to choose</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="613"/>
        <source>(the first %1 shown)</source>
        <translation>(the first %1 shown)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="628"/>
        <source>Export the table as CSV</source>
        <translation>Export the table as CSV</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="629"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="635"/>
        <source>The CSV file was not written</source>
        <translation>The CSV file was not written</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="638"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>PriorityHeader</name>
    <message>
        <location filename="../samson_desktop/ui/widgets/priority_list.py" line="170"/>
        <source>Largest gap</source>
        <translation>Largest gap</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/priority_list.py" line="171"/>
        <source>Lowest score among the values weighted highest</source>
        <translation>Lowest score among the values weighted highest</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/priority_list.py" line="173"/>
        <source>Order of the priority list</source>
        <translation>Order of the priority list</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/priority_list.py" line="179"/>
        <source>Gap = importance − score. A question&apos;s importance is the mean weight of the values it is linked to, weighted by how strongly it is linked. Largest gap first: where the group scores low on what it weights high. Click a question to open it.</source>
        <translation>Gap = importance − score. A question&apos;s importance is the mean weight of the values it is linked to, weighted by how strongly it is linked. Largest gap first: where the group scores low on what it weights high. Click a question to open it.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/priority_list.py" line="185"/>
        <source>The values have not been weighted yet, so there are no top-weighted values.</source>
        <translation>The values have not been weighted yet, so there are no top-weighted values.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/priority_list.py" line="188"/>
        <source>Only the questions linked to the value(s) weighted highest (%1, weight %2), lowest score first. Importance does not enter, so this is not the gap order. Click a question to open it.</source>
        <translation>Only the questions linked to the value(s) weighted highest (%1, weight %2), lowest score first. Importance does not enter, so this is not the gap order. Click a question to open it.</translation>
    </message>
</context>
<context>
    <name>PriorityList</name>
    <message>
        <location filename="../samson_desktop/ui/widgets/priority_list.py" line="68"/>
        <source>Score %3 (n=%4) · importance %2 · gap %1</source>
        <extracomment>The rows were rebuilt (new scores or another ordering). The values the second ordering follows, as (titles, weight), for the header. question id -&gt; (what the row was made from, its text)</extracomment>
        <translation>Score %3 (n=%4) · importance %2 · gap %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/priority_list.py" line="70"/>
        <source>Score %3 · importance %2 · gap %1</source>
        <translation>Score %3 · importance %2 · gap %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/priority_list.py" line="73"/>
        <source>Gap %1 = importance %2 − score %3 (n=%4)</source>
        <translation>Gap %1 = importance %2 − score %3 (n=%4)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/priority_list.py" line="74"/>
        <source>Gap %1 = importance %2 − score %3</source>
        <translation>Gap %1 = importance %2 − score %3</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/priority_list.py" line="125"/>
        <source>Priority list: largest gaps first</source>
        <translation>Priority list: largest gaps first</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/priority_list.py" line="126"/>
        <source>Priority list: lowest score among the values weighted highest</source>
        <translation>Priority list: lowest score among the values weighted highest</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/priority_list.py" line="128"/>
        <source>Gap is importance minus score. Click a question, or press Enter, to open it.</source>
        <translation>Gap is importance minus score. Click a question, or press Enter, to open it.</translation>
    </message>
</context>
<context>
    <name>ProjectorView</name>
    <message>
        <location filename="../samson_desktop/ui/room/projector.py" line="67"/>
        <source>SAMSON – projector view</source>
        <translation>SAMSON – projector view</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/projector.py" line="70"/>
        <source>The phone room is closed</source>
        <translation>The phone room is closed</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/projector.py" line="83"/>
        <source>Room code: %1</source>
        <translation>Room code: %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/projector.py" line="84"/>
        <source>Or open %1 and type the room code</source>
        <translation>Or open %1 and type the room code</translation>
    </message>
</context>
<context>
    <name>QAccessibleButton</name>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="74"/>
        <source>Press</source>
        <translation>Press</translation>
    </message>
</context>
<context>
    <name>QCalendarWidget</name>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="73"/>
        <source>Today</source>
        <translation>Today</translation>
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
        <translation>Look in:</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="51"/>
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="52"/>
        <source>Files of type:</source>
        <translation>Files of type:</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="53"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="54"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="55"/>
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="56"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="57"/>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="58"/>
        <source>Parent Directory</source>
        <translation>Parent Directory</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="59"/>
        <source>Create New Folder</source>
        <translation>Create New Folder</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="60"/>
        <source>List View</source>
        <translation>List View</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="61"/>
        <source>Detail View</source>
        <translation>Detail View</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="62"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="63"/>
        <source>Save As</source>
        <translation>Save As</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="64"/>
        <source>New Folder</source>
        <translation>New Folder</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="65"/>
        <source>My Computer</source>
        <translation>My Computer</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="66"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 already exists.
Do you want to replace it?</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="67"/>
        <source>All Files (*)</source>
        <translation>All Files (*)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="68"/>
        <source>Recent Places</source>
        <translation>Recent Places</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="69"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="70"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="71"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="72"/>
        <source>Date Modified</source>
        <translation>Date Modified</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="31"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="32"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="33"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="34"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="35"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="36"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="37"/>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="46"/>
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="47"/>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="48"/>
        <source>About Qt</source>
        <translation>About Qt</translation>
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
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="13"/>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="14"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="15"/>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="16"/>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="17"/>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="18"/>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="19"/>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="20"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="21"/>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="22"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="23"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="24"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="25"/>
        <source>Don&apos;t Save</source>
        <translation>Don&apos;t Save</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="26"/>
        <source>Close without Saving</source>
        <translation>Close without Saving</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="27"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="28"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="29"/>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="30"/>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="38"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="39"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="40"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="41"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="42"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="43"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="44"/>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/qt_strings.py" line="45"/>
        <source>Copy &amp;Link Location</source>
        <translation>Copy &amp;Link Location</translation>
    </message>
</context>
<context>
    <name>Quadrant</name>
    <message>
        <location filename="../samson_desktop/ui/widgets/labels.py" line="19"/>
        <source>Not placed yet</source>
        <translation>Not placed yet</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/labels.py" line="21"/>
        <source>Keep or do more of a known practice</source>
        <translation>Keep or do more of a known practice</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/labels.py" line="22"/>
        <source>Start a new practice</source>
        <translation>Start a new practice</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/labels.py" line="23"/>
        <source>Stop or do less of a known practice</source>
        <translation>Stop or do less of a known practice</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/labels.py" line="24"/>
        <source>Drop a new practice that does not work</source>
        <translation>Drop a new practice that does not work</translation>
    </message>
</context>
<context>
    <name>QuadrantMatrix</name>
    <message>
        <location filename="../samson_desktop/ui/widgets/quadrant_matrix.py" line="194"/>
        <source>… and %1 more: the table lists every measure</source>
        <extracomment>(row, column) of each quadrant: rows do more / do less, columns known / new practice. The key that places the selected measure in each quadrant: 1–4 in reading order of the matrix. A list shows at most this many measures, then one line with how many more there are. Nobody reads more on a wall, and the cost of a refresh stays the same with 10,000 measures as with 500. Items of the strip are short: the strip is one line high and the room sees many at a glance. (measure id, quadrant): the facilitator placed a measure; the page makes it an undoable edit. What each list shows, as (measure id, line, tooltip), to change only what differs.</extracomment>
        <translation>… and %1 more: the table lists every measure</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quadrant_matrix.py" line="222"/>
        <source>Matrix of measures</source>
        <translation>Matrix of measures</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quadrant_matrix.py" line="223"/>
        <source>Known practice</source>
        <translation>Known practice</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quadrant_matrix.py" line="224"/>
        <source>New practice</source>
        <translation>New practice</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quadrant_matrix.py" line="225"/>
        <source>Keep / do more</source>
        <translation>Keep / do more</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quadrant_matrix.py" line="226"/>
        <source>Stop / do less</source>
        <translation>Stop / do less</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quadrant_matrix.py" line="228"/>
        <source>Ways of working that help the collaboration: keep and strengthen them.</source>
        <translation>Ways of working that help the collaboration: keep and strengthen them.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quadrant_matrix.py" line="229"/>
        <source>Challenges that call for new actions and approaches.</source>
        <translation>Challenges that call for new actions and approaches.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quadrant_matrix.py" line="230"/>
        <source>Ways of working that hinder the collaboration: do less of them, or stop.</source>
        <translation>Ways of working that hinder the collaboration: do less of them, or stop.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quadrant_matrix.py" line="231"/>
        <source>New measures that miss the mark: scale them down or end them.</source>
        <translation>New measures that miss the mark: scale them down or end them.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quadrant_matrix.py" line="236"/>
        <source>Select a measure, then press 1–4 or click the quadrant where it belongs.</source>
        <translation>Select a measure, then press 1–4 or click the quadrant where it belongs.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quadrant_matrix.py" line="237"/>
        <source>Measures not placed yet; press 1 to 4 to place the selected one</source>
        <translation>Measures not placed yet; press 1 to 4 to place the selected one</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quadrant_matrix.py" line="242"/>
        <source>Place the selected measure: %1</source>
        <translation>Place the selected measure: %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quadrant_matrix.py" line="248"/>
        <source>More, known</source>
        <translation>More, known</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quadrant_matrix.py" line="249"/>
        <source>More, new</source>
        <translation>More, new</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quadrant_matrix.py" line="250"/>
        <source>Less, known</source>
        <translation>Less, known</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quadrant_matrix.py" line="251"/>
        <source>Less, new</source>
        <translation>Less, new</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quadrant_matrix.py" line="349"/>
        <source>%1: %2 measures</source>
        <translation>%1: %2 measures</translation>
    </message>
</context>
<context>
    <name>QuestionHeading</name>
    <message>
        <location filename="../samson_desktop/ui/pages/question_heading.py" line="56"/>
        <source>Question %1 of %2</source>
        <translation>Question %1 of %2</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/question_heading.py" line="62"/>
        <source>Question %1</source>
        <translation>Question %1</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <location filename="../samson_desktop/ui/pages/question_page.py" line="186"/>
        <source>%1: not relevant</source>
        <extracomment>Widths of the answer column and the chart column. At normal size the note and the measure row need the room; in presentation mode they are hidden and the chart is what the room reads.</extracomment>
        <translation>%1: not relevant</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/question_page.py" line="189"/>
        <source>%1: answer %2</source>
        <translation>%1: answer %2</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/question_page.py" line="195"/>
        <source>&amp;Note from the discussion</source>
        <translation>&amp;Note from the discussion</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/question_page.py" line="196"/>
        <source>Note from the discussion</source>
        <translation>Note from the discussion</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/question_page.py" line="197"/>
        <source>What did the group say? (F2)</source>
        <translation>What did the group say? (F2)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/question_page.py" line="310"/>
        <source>%1: note</source>
        <translation>%1: note</translation>
    </message>
</context>
<context>
    <name>QuickMeasure</name>
    <message>
        <location filename="../samson_desktop/ui/widgets/quick_measure.py" line="80"/>
        <source>Proposed &amp;measures for this question</source>
        <translation>Proposed &amp;measures for this question</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quick_measure.py" line="81"/>
        <source>A measure the group proposes…</source>
        <translation>A measure the group proposes…</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quick_measure.py" line="82"/>
        <source>New measure text</source>
        <translation>New measure text</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quick_measure.py" line="83"/>
        <source>Kind of measure</source>
        <translation>Kind of measure</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quick_measure.py" line="84"/>
        <source>Where the measure belongs in the matrix of known and new practices</source>
        <translation>Where the measure belongs in the matrix of known and new practices</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quick_measure.py" line="88"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quick_measure.py" line="89"/>
        <source>Add measure</source>
        <translation>Add measure</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quick_measure.py" line="90"/>
        <source>Measures proposed for this question</source>
        <translation>Measures proposed for this question</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quick_measure.py" line="123"/>
        <location filename="../samson_desktop/ui/widgets/quick_measure.py" line="130"/>
        <source>Hide list (%1)</source>
        <translation>Hide list (%1)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quick_measure.py" line="124"/>
        <source>Hide the measures proposed for this question (%1)</source>
        <translation>Hide the measures proposed for this question (%1)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quick_measure.py" line="126"/>
        <location filename="../samson_desktop/ui/widgets/quick_measure.py" line="130"/>
        <source>Show list (%1)</source>
        <translation>Show list (%1)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/quick_measure.py" line="127"/>
        <source>Show the measures proposed for this question (%1)</source>
        <translation>Show the measures proposed for this question (%1)</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../samson_desktop/ui/pages/report_page.py" line="86"/>
        <source>Report and compare</source>
        <translation>Report and compare</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/report_page.py" line="88"/>
        <source>Export report…</source>
        <translation>Export report…</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/report_page.py" line="89"/>
        <source>A PDF for the participants: the charts, every answer and note, the priority list and the measures, in the language of the session.</source>
        <translation>A PDF for the participants: the charts, every answer and note, the priority list and the measures, in the language of the session.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/report_page.py" line="91"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/report_page.py" line="92"/>
        <source>The answers (one row per question) and the measures, as CSV or an Excel workbook, for spreadsheets and further analysis.</source>
        <translation>The answers (one row per question) and the measures, as CSV or an Excel workbook, for spreadsheets and further analysis.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/report_page.py" line="94"/>
        <source>Compare with an earlier session…</source>
        <translation>Compare with an earlier session…</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/report_page.py" line="95"/>
        <source>Put this session beside an earlier time point of the same collaboration and see what changed.</source>
        <translation>Put this session beside an earlier time point of the same collaboration and see what changed.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/report_page.py" line="97"/>
        <source>Portfolio of many sessions…</source>
        <translation>Portfolio of many sessions…</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/report_page.py" line="98"/>
        <source>Look at many collaborations side by side.</source>
        <translation>Look at many collaborations side by side.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/report_page.py" line="115"/>
        <source>Unnamed collaboration</source>
        <translation>Unnamed collaboration</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/report_page.py" line="123"/>
        <source>%1 of %2 questions answered, %3 measures.</source>
        <translation>%1 of %2 questions answered, %3 measures.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/report_page.py" line="168"/>
        <source>Not available</source>
        <translation>Not available</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/report_page.py" line="169"/>
        <source>This function is not available in this installation of SAMSON.</source>
        <translation>This function is not available in this installation of SAMSON.</translation>
    </message>
</context>
<context>
    <name>RoomController</name>
    <message>
        <location filename="../samson_desktop/ui/room/controller.py" line="98"/>
        <source>Answers from phones</source>
        <extracomment>When no phone has joined this long after the room opened, the facilitator is told why that may be. No phone has joined a minute after the room opened: a guest network or a firewall is likely. Emitted on the room&apos;s thread; Qt queues it to this object&apos;s thread.</extracomment>
        <translation>Answers from phones</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/controller.py" line="102"/>
        <source>Weight from phones</source>
        <translation>Weight from phones</translation>
    </message>
</context>
<context>
    <name>RoomWindow</name>
    <message>
        <location filename="../samson_desktop/ui/room/window.py" line="104"/>
        <source>SAMSON – phone room</source>
        <extracomment>Always offered last: serves this computer only, for trying the room out alone.</extracomment>
        <translation>SAMSON – phone room</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/window.py" line="105"/>
        <location filename="../samson_desktop/ui/room/window.py" line="130"/>
        <location filename="../samson_desktop/ui/room/window.py" line="152"/>
        <source>Phone room</source>
        <translation>Phone room</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/window.py" line="106"/>
        <source>Phones connect to:</source>
        <translation>Phones connect to:</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/window.py" line="107"/>
        <source>Open the current question (F5)</source>
        <translation>Open the current question (F5)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/window.py" line="108"/>
        <source>Close and show the answers (F6)</source>
        <translation>Close and show the answers (F6)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/window.py" line="109"/>
        <source>Accept the answers (F7)</source>
        <translation>Accept the answers (F7)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/window.py" line="110"/>
        <source>Projector view (F8)</source>
        <translation>Projector view (F8)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/window.py" line="117"/>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/window.py" line="117"/>
        <source>Cable</source>
        <translation>Cable</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/window.py" line="117"/>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/window.py" line="119"/>
        <source>%1 – this computer only</source>
        <translation>%1 – this computer only</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/window.py" line="130"/>
        <source>The room cannot be opened on %1: %2</source>
        <translation>The room cannot be opened on %1: %2</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/window.py" line="138"/>
        <source>Go to a question or to the weighting first.</source>
        <translation>Go to a question or to the weighting first.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/window.py" line="153"/>
        <source>Few people answered for %1, so their answers could be recognised. Show them on the projector too?</source>
        <translation>Few people answered for %1, so their answers could be recognised. Show them on the projector too?</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/window.py" line="165"/>
        <source>Accepted: each party&apos;s score is the mean of its phones&apos; answers.</source>
        <translation>Accepted: each party&apos;s score is the mean of its phones&apos; answers.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/window.py" line="167"/>
        <source>There are no answers to accept yet.</source>
        <translation>There are no answers to accept yet.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/window.py" line="181"/>
        <source>Close the room</source>
        <translation>Close the room</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/window.py" line="181"/>
        <source>Open the room</source>
        <translation>Open the room</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/window.py" line="186"/>
        <source>The room is closed. Open it, then show the projector view on the wall.</source>
        <translation>The room is closed. Open it, then show the projector view on the wall.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/window.py" line="198"/>
        <source>Serving on %1 (%2) – room code %3</source>
        <translation>Serving on %1 (%2) – room code %3</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/room/window.py" line="207"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 of %3</translation>
    </message>
</context>
<context>
    <name>Seminar</name>
    <message>
        <location filename="../samson_desktop/ui/seminar/files.py" line="30"/>
        <source>Reading session files…</source>
        <translation>Reading session files…</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/files.py" line="31"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/texts.py" line="22"/>
        <source>Field %1: %2</source>
        <translation>Field %1: %2</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/texts.py" line="33"/>
        <source>fields matched by number: %1</source>
        <translation>fields matched by number: %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/texts.py" line="36"/>
        <source>fields not matched: %1</source>
        <translation>fields not matched: %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/texts.py" line="39"/>
        <source>%1 question(s) only in this case&apos;s set</source>
        <translation>%1 question(s) only in this case&apos;s set</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/texts.py" line="42"/>
        <source>%1 question(s) of the others&apos; set missing</source>
        <translation>%1 question(s) of the others&apos; set missing</translation>
    </message>
</context>
<context>
    <name>SeminarWindow</name>
    <message>
        <location filename="../samson_desktop/ui/seminar/window.py" line="108"/>
        <source>Cases and sharing</source>
        <extracomment>What went wrong reading the files picked last (one plain line each).</extracomment>
        <translation>Cases and sharing</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/window.py" line="108"/>
        <source>Side by side</source>
        <translation>Side by side</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/window.py" line="108"/>
        <source>Field by field</source>
        <translation>Field by field</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/window.py" line="109"/>
        <source>What the strong ones do</source>
        <translation>What the strong ones do</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/window.py" line="109"/>
        <source>Inside each case</source>
        <translation>Inside each case</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/window.py" line="112"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/window.py" line="113"/>
        <source>Seminar views</source>
        <translation>Seminar views</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/window.py" line="131"/>
        <source>No sessions yet: add the session files of two or more collaborations.</source>
        <translation>No sessions yet: add the session files of two or more collaborations.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/window.py" line="146"/>
        <source>Peer-learning seminar</source>
        <translation>Peer-learning seminar</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/window.py" line="165"/>
        <source>Add session files</source>
        <translation>Add session files</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/window.py" line="166"/>
        <source>SAMSON sessions (*.samson);;All files (*)</source>
        <translation>SAMSON sessions (*.samson);;All files (*)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/window.py" line="171"/>
        <source>Add a folder of sessions</source>
        <translation>Add a folder of sessions</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/window.py" line="187"/>
        <source>Open a seminar</source>
        <translation>Open a seminar</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/window.py" line="187"/>
        <source>SAMSON seminars (%1);;All files (*)</source>
        <translation>SAMSON seminars (%1);;All files (*)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/window.py" line="196"/>
        <source>The seminar could not be opened</source>
        <translation>The seminar could not be opened</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/window.py" line="207"/>
        <source>seminar</source>
        <translation>seminar</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/window.py" line="209"/>
        <source>Save the seminar</source>
        <translation>Save the seminar</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/window.py" line="210"/>
        <source>SAMSON seminars (%1)</source>
        <translation>SAMSON seminars (%1)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/window.py" line="219"/>
        <source>The seminar was not saved</source>
        <translation>The seminar was not saved</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/window.py" line="223"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>SessionDocument</name>
    <message>
        <location filename="../samson_desktop/ui/document.py" line="105"/>
        <source>Recovered changes</source>
        <extracomment>The session file as this document last read or wrote it; a save first checks that the file on disk is still this one. Whoever read the file sets it; without, it is the file as it is when the document is made.</extracomment>
        <translation>Recovered changes</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/document.py" line="138"/>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/document.py" line="152"/>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/document.py" line="164"/>
        <source>Session details</source>
        <translation>Session details</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/document.py" line="178"/>
        <source>Character of the collaboration</source>
        <translation>Character of the collaboration</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/document.py" line="199"/>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/document.py" line="214"/>
        <source>Question set</source>
        <translation>Question set</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/document.py" line="237"/>
        <source>Voices</source>
        <translation>Voices</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/document.py" line="240"/>
        <source>Add measure</source>
        <translation>Add measure</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/document.py" line="244"/>
        <source>Edit measure</source>
        <translation>Edit measure</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/document.py" line="254"/>
        <source>Remove measure</source>
        <translation>Remove measure</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/document.py" line="254"/>
        <source>Remove measures</source>
        <translation>Remove measures</translation>
    </message>
</context>
<context>
    <name>SessionProgress</name>
    <message>
        <location filename="../samson_desktop/ui/widgets/progress.py" line="40"/>
        <source>Session: %1 of %2 done</source>
        <translation>Session: %1 of %2 done</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/progress.py" line="42"/>
        <source>%1 of %2 questions are done: an agreed score, not relevant, or an answer from every voice (%3 not relevant).</source>
        <translation>%1 of %2 questions are done: an agreed score, not relevant, or an answer from every voice (%3 not relevant).</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/progress.py" line="48"/>
        <source>Session progress</source>
        <translation>Session progress</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="251"/>
        <source>Session setup</source>
        <translation>Session setup</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="252"/>
        <source>Collaboration</source>
        <translation>Collaboration</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="253"/>
        <source>Time point</source>
        <translation>Time point</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="254"/>
        <source>Voices</source>
        <translation>Voices</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="255"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="219"/>
        <source>Character of the collaboration</source>
        <extracomment>The date edit shows this, its minimum, as &quot;no date&quot;. The facilitator chose the language of the questions; the whole window follows it.</extracomment>
        <translation>Character of the collaboration</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="221"/>
        <source>Optional. Time perspective, depth of relations and the citizens&apos; roles and influence decide whether the collaboration is thin co-creation or thick co-production; the overview places it on the continuum once these four are filled in. The citizens&apos; resources and the two ratings of results are recorded and compared over time, but do not move the position.</source>
        <translation>Optional. Time perspective, depth of relations and the citizens&apos; roles and influence decide whether the collaboration is thin co-creation or thick co-production; the overview places it on the continuum once these four are filled in. The citizens&apos; resources and the two ratings of results are recorded and compared over time, but do not move the position.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="258"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="258"/>
        <source>Name of the collaboration</source>
        <translation>Name of the collaboration</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="259"/>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="259"/>
        <source>Description of the collaboration</source>
        <translation>Description of the collaboration</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="260"/>
        <source>&amp;Time point</source>
        <translation>&amp;Time point</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="260"/>
        <source>Label of the time point, for example T1</source>
        <translation>Label of the time point, for example T1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="261"/>
        <source>&amp;Place</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="261"/>
        <source>Place of the workshop</source>
        <translation>Place of the workshop</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="262"/>
        <source>P&amp;hase</source>
        <translation>P&amp;hase</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="262"/>
        <source>Phase of the collaboration</source>
        <translation>Phase of the collaboration</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="263"/>
        <source>&amp;Facilitator</source>
        <translation>&amp;Facilitator</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="263"/>
        <source>Facilitator of the workshop</source>
        <translation>Facilitator of the workshop</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="264"/>
        <source>Who is &amp;not part of it?</source>
        <translation>Who is &amp;not part of it?</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="265"/>
        <source>Parties or groups the collaboration leaves out, one per line</source>
        <translation>Parties or groups the collaboration leaves out, one per line</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="266"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="266"/>
        <source>Language of the questions, the window and the report</source>
        <translation>Language of the questions, the window and the report</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="273"/>
        <source>Optional. One party or group per line: who has a stake in the work but is not part of the collaboration? The list is printed in the report.</source>
        <translation>Optional. One party or group per line: who has a stake in the work but is not part of the collaboration? The list is printed in the report.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="275"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="276"/>
        <source>Date of the workshop</source>
        <translation>Date of the workshop</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="277"/>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="284"/>
        <source>T1</source>
        <translation>T1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="285"/>
        <source>For example: Youth project Northtown</source>
        <translation>For example: Youth project Northtown</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="286"/>
        <source>Load question set from file…</source>
        <translation>Load question set from file…</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="287"/>
        <source>Load a question set from a file</source>
        <translation>Load a question set from a file</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="289"/>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="318"/>
        <source>Question set: %1, version %2 · %3 questions</source>
        <translation>Question set: %1, version %2 · %3 questions</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="324"/>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="393"/>
        <source>The question set can be changed until the first answer or measure.</source>
        <translation>The question set can be changed until the first answer or measure.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="381"/>
        <source>Load a question set</source>
        <translation>Load a question set</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="381"/>
        <source>Question sets (*.json);;All files (*)</source>
        <translation>Question sets (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="387"/>
        <source>The question set cannot be used</source>
        <translation>The question set cannot be used</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="268"/>
        <location filename="../samson_desktop/ui/pages/setup_page.py" line="392"/>
        <source>Question set</source>
        <translation>Question set</translation>
    </message>
</context>
<context>
    <name>SetupVoices</name>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_voices.py" line="66"/>
        <source>Name of the voice</source>
        <translation>Name of the voice</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_voices.py" line="67"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_voices.py" line="68"/>
        <source>Kind of voice</source>
        <translation>Kind of voice</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_voices.py" line="70"/>
        <location filename="../samson_desktop/ui/pages/setup_voices.py" line="71"/>
        <source>Remove this voice</source>
        <translation>Remove this voice</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_voices.py" line="128"/>
        <source>Stakeholder groups or single participants who each give a score. Leave the list empty when the group agrees on one answer per question.</source>
        <translation>Stakeholder groups or single participants who each give a score. Leave the list empty when the group agrees on one answer per question.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_voices.py" line="130"/>
        <source>Add voice</source>
        <translation>Add voice</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_voices.py" line="131"/>
        <source>Add a voice</source>
        <translation>Add a voice</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_voices.py" line="132"/>
        <source>Number of participants to add</source>
        <translation>Number of participants to add</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_voices.py" line="133"/>
        <source>Add participants</source>
        <translation>Add participants</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_voices.py" line="134"/>
        <source>Add numbered participants</source>
        <translation>Add numbered participants</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_voices.py" line="135"/>
        <source>Adds participants named Participant 1, 2, 3…; names are optional.</source>
        <translation>Adds participants named Participant 1, 2, 3…; names are optional.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_voices.py" line="136"/>
        <location filename="../samson_desktop/ui/pages/setup_voices.py" line="137"/>
        <source>Leave participant names out of reports and exports</source>
        <translation>Leave participant names out of reports and exports</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_voices.py" line="139"/>
        <source>Participants are then numbered, and single participants are shown together in the report.</source>
        <translation>Participants are then numbered, and single participants are shown together in the report.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_voices.py" line="160"/>
        <source>Voice %1</source>
        <translation>Voice %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_voices.py" line="210"/>
        <source>Remove voice</source>
        <translation>Remove voice</translation>
    </message>
    <message numerus="yes">
        <location filename="../samson_desktop/ui/pages/setup_voices.py" line="211"/>
        <source>This voice has answered %n question(s). Remove the voice and its answers?</source>
        <translation>
            <numerusform>This voice has answered %n question. Remove the voice and its answers?</numerusform>
            <numerusform>This voice has answered %n questions. Remove the voice and its answers?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SideBySide</name>
    <message>
        <location filename="../samson_desktop/ui/seminar/side_by_side.py" line="157"/>
        <source>Back to all cases (Esc)</source>
        <translation>Back to all cases (Esc)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/side_by_side.py" line="158"/>
        <source>Click a case or press its number to show it large; Esc goes back. Every radar has the same scale (1–10) and the same field order.</source>
        <translation>Click a case or press its number to show it large; Esc goes back. Every radar has the same scale (1–10) and the same field order.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/side_by_side.py" line="216"/>
        <source>Field profile</source>
        <translation>Field profile</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/side_by_side.py" line="239"/>
        <source>Overall: %1</source>
        <translation>Overall: %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/side_by_side.py" line="241"/>
        <source>(earlier %1)</source>
        <translation>(earlier %1)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/side_by_side.py" line="245"/>
        <source>Strongest fields:</source>
        <translation>Strongest fields:</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/side_by_side.py" line="248"/>
        <source>Weakest fields:</source>
        <translation>Weakest fields:</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../samson_desktop/ui/pages/start_page.py" line="177"/>
        <source>A workshop tool for co-creation: weight the four values, talk through the questions of the seven action fields, agree on measures, and see where you stand.</source>
        <extracomment>Where an item of the recent list keeps its file path. The same collaboration at time point 1 and 2. A new time point from the session file at this path.</extracomment>
        <translation>A workshop tool for co-creation: weight the four values, talk through the questions of the seven action fields, agree on measures, and see where you stand.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/start_page.py" line="179"/>
        <source>Begin</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/start_page.py" line="180"/>
        <location filename="../samson_desktop/ui/pages/start_page.py" line="182"/>
        <source>New session</source>
        <translation>New session</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/start_page.py" line="181"/>
        <source>Start a new workshop session (Ctrl+N)</source>
        <translation>Start a new workshop session (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/start_page.py" line="183"/>
        <source>Open a session…</source>
        <translation>Open a session…</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/start_page.py" line="184"/>
        <source>Open a saved .samson file (Ctrl+O)</source>
        <translation>Open a saved .samson file (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/start_page.py" line="185"/>
        <source>Open a session</source>
        <translation>Open a session</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/start_page.py" line="186"/>
        <source>Peer-learning seminar…</source>
        <translation>Peer-learning seminar…</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/start_page.py" line="188"/>
        <source>Several collaborations learn from each other&apos;s profiles, each sharing what it wishes (Ctrl+Shift+L)</source>
        <translation>Several collaborations learn from each other&apos;s profiles, each sharing what it wishes (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/start_page.py" line="189"/>
        <source>Peer-learning seminar</source>
        <translation>Peer-learning seminar</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/start_page.py" line="190"/>
        <source>Try the demo</source>
        <translation>Try the demo</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/start_page.py" line="192"/>
        <source>A demo opens as a copy, so the demo itself stays unchanged.</source>
        <translation>A demo opens as a copy, so the demo itself stays unchanged.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/start_page.py" line="193"/>
        <location filename="../samson_desktop/ui/pages/start_page.py" line="194"/>
        <source>Recent sessions</source>
        <translation>Recent sessions</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/start_page.py" line="195"/>
        <source>Sessions you open or save appear here.</source>
        <translation>Sessions you open or save appear here.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/start_page.py" line="196"/>
        <source>Enter or double-click opens the selected session.</source>
        <translation>Enter or double-click opens the selected session.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/start_page.py" line="197"/>
        <source>New &amp;time point from this session…</source>
        <translation>New &amp;time point from this session…</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/start_page.py" line="199"/>
        <source>Start the next workshop of the selected session&apos;s collaboration: the same voices and questions, its open measures carried over for follow-up</source>
        <translation>Start the next workshop of the selected session&apos;s collaboration: the same voices and questions, its open measures carried over for follow-up</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/start_page.py" line="206"/>
        <source>Demo, time point %1</source>
        <translation>Demo, time point %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/start_page.py" line="210"/>
        <source>Open a copy of the demo session</source>
        <translation>Open a copy of the demo session</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/start_page.py" line="211"/>
        <source>Open demo session %1</source>
        <translation>Open demo session %1</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../samson_desktop/ui/status_bar.py" line="51"/>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/status_bar.py" line="54"/>
        <source>Not saved to a file yet</source>
        <translation>Not saved to a file yet</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/status_bar.py" line="56"/>
        <source>Autosave failed: save with File › Save as</source>
        <translation>Autosave failed: save with File › Save as</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/status_bar.py" line="59"/>
        <source>Autosaved %1</source>
        <translation>Autosaved %1</translation>
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
        <translation>Step %1: %2</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/step_bar.py" line="69"/>
        <source>Steps of the workshop</source>
        <translation>Steps of the workshop</translation>
    </message>
</context>
<context>
    <name>StrongPage</name>
    <message>
        <location filename="../samson_desktop/ui/seminar/strong_page.py" line="66"/>
        <location filename="../samson_desktop/ui/seminar/strong_page.py" line="67"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/strong_page.py" line="68"/>
        <location filename="../samson_desktop/ui/seminar/strong_page.py" line="69"/>
        <source>What the strong ones do</source>
        <translation>What the strong ones do</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/strong_page.py" line="70"/>
        <location filename="../samson_desktop/ui/seminar/strong_page.py" line="71"/>
        <source>Barriers: each case&apos;s largest gaps</source>
        <translation>Barriers: each case&apos;s largest gaps</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/strong_page.py" line="95"/>
        <source>Highest here: %1</source>
        <translation>Highest here: %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/strong_page.py" line="96"/>
        <source>No case has a score in this field.</source>
        <translation>No case has a score in this field.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/strong_page.py" line="103"/>
        <source>Owner: %1</source>
        <translation>Owner: %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/strong_page.py" line="105"/>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/strong_page.py" line="108"/>
        <source>The strongest cases have no shared measures in this field.</source>
        <translation>The strongest cases have no shared measures in this field.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/strong_page.py" line="110"/>
        <source>Not sharing their measures: %1</source>
        <translation>Not sharing their measures: %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/strong_page.py" line="121"/>
        <source>(lowest scores: the case weighted no value)</source>
        <translation>(lowest scores: the case weighted no value)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/strong_page.py" line="124"/>
        <source>score %1</source>
        <translation>score %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/strong_page.py" line="126"/>
        <source>score %1, importance %2, gap %3</source>
        <translation>score %1, importance %2, gap %3</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/seminar/strong_page.py" line="131"/>
        <source>No gaps</source>
        <translation>No gaps</translation>
    </message>
</context>
<context>
    <name>ValueCard</name>
    <message>
        <location filename="../samson_desktop/ui/pages/weighting_page.py" line="103"/>
        <source>not weighted yet</source>
        <translation>not weighted yet</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/weighting_page.py" line="105"/>
        <source>weight %1 of 10</source>
        <translation>weight %1 of 10</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/weighting_page.py" line="106"/>
        <source>Weight of %1</source>
        <translation>Weight of %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/weighting_page.py" line="110"/>
        <source>%1: weight %2</source>
        <translation>%1: weight %2</translation>
    </message>
</context>
<context>
    <name>VoiceEntryDialog</name>
    <message>
        <location filename="../samson_desktop/ui/voice_entry.py" line="37"/>
        <source>answer sheets</source>
        <extracomment>Digit key -&gt; score; 0 stands for 10, as everywhere in the app. The key N: the voice answered &quot;not relevant / don&apos;t know&quot;.</extracomment>
        <translation>answer sheets</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/voice_entry.py" line="40"/>
        <source>Save answer sheets</source>
        <translation>Save answer sheets</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/voice_entry.py" line="41"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/voice_entry.py" line="49"/>
        <source>Answer sheets</source>
        <translation>Answer sheets</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/voice_entry.py" line="50"/>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/voice_entry.py" line="280"/>
        <source>Voice score</source>
        <translation>Voice score</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/voice_entry.py" line="342"/>
        <location filename="../samson_desktop/ui/voice_entry.py" line="343"/>
        <source>Type in answer sheets</source>
        <translation>Type in answer sheets</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/voice_entry.py" line="346"/>
        <source>Choose the voice whose sheet you have in hand and press Enter. Then type one key per question, in the order of the sheet.</source>
        <translation>Choose the voice whose sheet you have in hand and press Enter. Then type one key per question, in the order of the sheet.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/voice_entry.py" line="350"/>
        <source>This session has no voices yet. Add the stakeholder groups or participants in the session setup first.</source>
        <translation>This session has no voices yet. Add the stakeholder groups or participants in the session setup first.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/voice_entry.py" line="352"/>
        <source>N: not relevant</source>
        <translation>N: not relevant</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/voice_entry.py" line="354"/>
        <source>1–9 and 0 (= 10): score · N: not relevant · Backspace: back one question · Enter or Space: skip · Esc: choose another voice</source>
        <translation>1–9 and 0 (= 10): score · N: not relevant · Backspace: back one question · Enter or Space: skip · Esc: choose another voice</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/voice_entry.py" line="389"/>
        <source>Question %1 of %2</source>
        <translation>Question %1 of %2</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/voice_entry.py" line="399"/>
        <source>This field on the sheet: %1</source>
        <translation>This field on the sheet: %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/voice_entry.py" line="404"/>
        <source>no score</source>
        <translation>no score</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/voice_entry.py" line="405"/>
        <source>Previous: %1 → %2</source>
        <translation>Previous: %1 → %2</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/voice_entry.py" line="421"/>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/voice_entry.py" line="428"/>
        <source>%1: %2 of %3 questions answered.</source>
        <translation>%1: %2 of %3 questions answered.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/voice_entry.py" line="456"/>
        <source>%1 · %2 of %3 answered</source>
        <translation>%1 · %2 of %3 answered</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/voice_entry.py" line="433"/>
        <source>Enter: next voice (%1) · Backspace: back · Esc: choose a voice</source>
        <translation>Enter: next voice (%1) · Backspace: back · Esc: choose a voice</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/voice_entry.py" line="436"/>
        <source>That was the last voice. Enter or Esc: back to the voices.</source>
        <translation>That was the last voice. Enter or Esc: back to the voices.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/voice_entry.py" line="469"/>
        <source>Type in scores: %1</source>
        <translation>Type in scores: %1</translation>
    </message>
</context>
<context>
    <name>VoiceKind</name>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_voices.py" line="26"/>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_voices.py" line="27"/>
        <source>Social enterprise</source>
        <translation>Social enterprise</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_voices.py" line="28"/>
        <source>Voluntary organisation</source>
        <translation>Voluntary organisation</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_voices.py" line="29"/>
        <source>Citizens / users</source>
        <translation>Citizens / users</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_voices.py" line="30"/>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_voices.py" line="31"/>
        <source>Single participant</source>
        <translation>Single participant</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/setup_voices.py" line="32"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>VoiceScale</name>
    <message>
        <location filename="../samson_desktop/ui/widgets/voice_scale.py" line="245"/>
        <source>agreed</source>
        <extracomment>Position in the session&apos;s voices: picks colour and marker shape, as on the charts. The earlier time point: its label, the group&apos;s score then, and each voice&apos;s (hollow marks). The painted track (with the key it was drawn for) and each voice&apos;s marker, drawn once.</extracomment>
        <translation>agreed</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/voice_scale.py" line="247"/>
        <source>mean</source>
        <translation>mean</translation>
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
        <translation>%1: %2 gives %3</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/voices_strip.py" line="297"/>
        <source>%1: %2 without score</source>
        <translation>%1: %2 without score</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/voices_strip.py" line="321"/>
        <source>Voices</source>
        <translation>Voices</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/voices_strip.py" line="322"/>
        <source>How voices are entered and shown, and paper answer sheets</source>
        <translation>How voices are entered and shown, and paper answer sheets</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/voices_strip.py" line="323"/>
        <source>Digits go to the voices first</source>
        <translation>Digits go to the voices first</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/voices_strip.py" line="324"/>
        <source>Hide scores until all are in</source>
        <translation>Hide scores until all are in</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/voices_strip.py" line="329"/>
        <source>Reveal the voices&apos; scores</source>
        <translation>Reveal the voices&apos; scores</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/voices_strip.py" line="330"/>
        <source>Voices: settings and answer sheets</source>
        <translation>Voices: settings and answer sheets</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/voices_strip.py" line="442"/>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/voices_strip.py" line="442"/>
        <source>not relevant / don&apos;t know</source>
        <translation>not relevant / don&apos;t know</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/voices_strip.py" line="444"/>
        <source>no answer yet</source>
        <translation>no answer yet</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/voices_strip.py" line="447"/>
        <source>answered</source>
        <translation>answered</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/voices_strip.py" line="462"/>
        <source>All %1 voices are in.</source>
        <translation>All %1 voices are in.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/voices_strip.py" line="464"/>
        <source>Scores hidden: %1 of %2 voices are in.</source>
        <translation>Scores hidden: %1 of %2 voices are in.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/voices_strip.py" line="473"/>
        <source>Voices: spread %1 · mean %2 · median %3 · n = %4</source>
        <translation>Voices: spread %1 · mean %2 · median %3 · n = %4</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/voices_strip.py" line="477"/>
        <source>Voices: no score yet.</source>
        <translation>Voices: no score yet.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/voices_strip.py" line="480"/>
        <source>not relevant: %1</source>
        <translation>not relevant: %1</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/voices_strip.py" line="328"/>
        <source>Reveal (R)</source>
        <translation>Reveal (R)</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/voices_strip.py" line="295"/>
        <source>%1: %2 not relevant</source>
        <extracomment>What a typed answer key or the score menu may give a voice besides 1..10. Chips per line; more voices wrap onto further lines. What the room may see changed (reveal, hiding, voices on the chart): the page re-shows the agreed-score panel and the chart. The facilitator asked for the paper answer sheets: &quot;print&quot; or &quot;type&quot;.</extracomment>
        <translation>%1: %2 not relevant</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/voices_strip.py" line="313"/>
        <source>Not relevant / don&apos;t know</source>
        <translation>Not relevant / don&apos;t know</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/voices_strip.py" line="317"/>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/voices_strip.py" line="325"/>
        <source>Voices on the chart</source>
        <translation>Voices on the chart</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/voices_strip.py" line="326"/>
        <source>Print answer sheets…</source>
        <translation>Print answer sheets…</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/widgets/voices_strip.py" line="327"/>
        <source>Type in answer sheets…</source>
        <translation>Type in answer sheets…</translation>
    </message>
</context>
<context>
    <name>WeightingPage</name>
    <message>
        <location filename="../samson_desktop/ui/pages/weighting_page.py" line="292"/>
        <source>Weighting of the values</source>
        <translation>Weighting of the values</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/weighting_page.py" line="294"/>
        <source>How important is each value for our collaboration? 1 means hardly important, 10 means very important.</source>
        <translation>How important is each value for our collaboration? 1 means hardly important, 10 means very important.</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/pages/weighting_page.py" line="297"/>
        <source>Keys: 1–9, and 0 for 10, weight the marked value and move on · ↑ ↓ or Tab choose a value · ← → adjust</source>
        <translation>Keys: 1–9, and 0 for 10, weight the marked value and move on · ↑ ↓ or Tab choose a value · ← → adjust</translation>
    </message>
</context>
<context>
    <name>_ErrorModel</name>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="677"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../samson_desktop/ui/portfolio_view.py" line="677"/>
        <source>Why it cannot be read</source>
        <translation>Why it cannot be read</translation>
    </message>
</context>
</TS>
