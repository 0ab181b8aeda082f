"""The report's own words in Norwegian bokmål and English, and how it writes numbers and dates.

The report has no Qt, so it cannot use the Qt Linguist files of the window. Its strings are
keyed by their English text; a string without a Norwegian entry falls back to English and is
remembered in ``MISSING`` so a test can catch it.
"""

from __future__ import annotations

from datetime import date

from ..core.numbers import format_number

LANGUAGES = ("nb", "en")
MISSING: set[str] = set()

_NB: dict[str, str] = {
    # Titles and headings
    "SAMSON report": "SAMSON-rapport",
    "How to read this report": "Slik leser du rapporten",
    "Values": "Verdier",
    "Overall profile": "Samlet profil",
    "Voices": "Parter",
    "Priority list": "Prioriteringsliste",
    "Action plan": "Handlingsplan",
    "Appendix: question set": "Vedlegg: spørsmålssett",
    "Notes": "Notater",
    "Proposed measures": "Foreslåtte tiltak",
    "Where the voices differ most": "Der partene spriker mest",
    "Voices furthest apart": "Partene som står lengst fra hverandre",
    "Mean difference": "Gjennomsnittlig forskjell",
    "Scores higher on average": "Scorer høyest i snitt",
    "For each pair of voices: the mean difference between their scores over the questions both scored (n), and which of the two scores higher on average.":
        "For hvert par av parter: gjennomsnittlig forskjell mellom scorene deres på spørsmålene begge har scoret (n), og hvem av de to som scorer høyest i snitt.",
    "No two voices scored the same question.": "Ingen to parter har scoret det samme spørsmålet.",
    "Field profile per voice": "Feltprofil per part",
    "Continuum": "Kontinuum",
    "Value links of each question": "Verdikoblingene til hvert spørsmål",
    "Contents": "Innhold",
    # The character of the collaboration and the continuum
    "Not part of it": "Hvem er ikke med",
    "Profile strength": "Profilens styrke",
    "Profile strength {score}": "Profilens styrke {score}",
    "not filled in": "ikke fylt ut",
    "Character": "Karakter",
    "Character not filled in": "Karakteren er ikke fylt ut",
    "The character of the collaboration": "Samarbeidets karakter",
    "Time perspective": "Tidsperspektiv",
    "Depth of relations": "Dybde i relasjonene",
    "The citizens' roles": "Innbyggernes roller",
    "The citizens' influence": "Innbyggernes innflytelse",
    "The citizens' resources": "Innbyggernes ressurser",
    "Goals reached (1–10)": "Målene nådd (1–10)",
    "Met the parties' expectations (1–10)": "Innfridd partenes forventninger (1–10)",
    "Short and ad hoc": "Kortvarig og ad hoc",
    "A time-limited project": "Et tidsavgrenset prosjekt",
    "Lasting, not a project": "Varig, uten prosjektpreg",
    "Built around a defined task": "Bygget rundt en avgrenset oppgave",
    "Lasting mutual dependence": "Varig gjensidig avhengighet",
    "Co-initiators": "Medinitiativtakere",
    "Co-designers": "Medutformere",
    "Co-implementers": "Medgjennomførere",
    "None of these roles": "Ingen av disse rollene",
    "Descriptive": "Beskrivende",
    "Acknowledging": "Anerkjennende",
    "Transformative": "Transformativ",
    "Substitution: they replace public services": "Substitusjon: de erstatter offentlige tjenester",
    "Addition: they add to public services": "Addisjon: de kommer i tillegg til offentlige tjenester",
    "towards thin co-creation": "mot tynn samskaping",
    "between thin and thick": "mellom tynn og tykk",
    "towards thick co-production": "mot tykk samproduksjon",
    "▲ Profile strength {score}: the mean of the seven field scores (1–10). It says how strong the profile is, not how thick the collaboration is.":
        "▲ Profilens styrke {score}: gjennomsnittet av de sju feltscorene (1–10). Den sier hvor sterk profilen er, ikke hvor tykt samarbeidet er.",
    "There is no profile strength yet: every field needs at least one answered question.":
        "Profilen har ingen styrke ennå: hvert felt trenger minst ett besvart spørsmål.",
    "The character of the collaboration is not filled in ({missing}), so the collaboration is not placed between thin and thick.":
        "Samarbeidets karakter er ikke fylt ut ({missing}), så samarbeidet er ikke plassert mellom tynt og tykt.",
    "▼ Character: {region}, from time perspective, depth of relations, the citizens' roles and their influence.":
        "▼ Karakter: {region}, ut fra tidsperspektiv, dybde i relasjonene, innbyggernes roller og deres innflytelse.",
    "A short, ad hoc collaboration stays on the thin half.":
        "Et kortvarig ad hoc-samarbeid blir på den tynne halvdelen.",
    "Time perspective, depth of relations, and the citizens' roles and influence decide whether a collaboration is thin co-creation or thick co-production. The citizens' resources and the two ratings of results are recorded beside them, but do not move the position.":
        "Tidsperspektiv, dybde i relasjonene og innbyggernes roller og innflytelse avgjør om et samarbeid er tynn samskaping eller tykk samproduksjon. Innbyggernes ressurser og de to vurderingene av resultater står ved siden av, men flytter ikke posisjonen.",
    "changed": "endret",
    "Criterion": "Kriterium",
    "thicker": "tykkere",
    "thinner": "tynnere",
    "The group has not filled in the character of the collaboration.":
        "Gruppen har ikke fylt ut samarbeidets karakter.",
    # Cover
    "Collaboration": "Samarbeid",
    "Time point": "Tidspunkt",
    "Date": "Dato",
    "Place": "Sted",
    "Phase": "Fase",
    "Facilitator": "Fasilitator",
    "Question set": "Spørsmålssett",
    "Overall score": "Samlet score",
    "Made with SAMSON desktop {version} on {date}.": "Laget med SAMSON desktop {version} {date}.",
    "A scorecard and dialogue tool for co-creation": "Et scorecard- og dialogverktøy for samskaping",
    # Table heads and labels
    "No.": "Nr.",
    "Question": "Spørsmål",
    "Field": "Felt",
    "Value": "Verdi",
    "Weight": "Vekt",
    "Score": "Score",
    "Importance": "Viktighet",
    "Gap": "Gap",
    "Spread": "Spredning",
    "Not relevant": "Ikke relevant",
    "Measure": "Tiltak",
    "Quadrant": "Kvadrant",
    "Owner": "Ansvarlig",
    "Due": "Frist",
    "Status": "Status",
    "Voice": "Part",
    "Rank": "Rang",
    "Other questions": "Andre spørsmål",
    "not relevant / don't know": "ikke relevant / vet ikke",
    "Score (bold line)": "Score (fet linje)",
    "Importance (grey)": "Viktighet (grått)",
    "Weight (grey)": "Vekt (grått)",
    "weight {weight}": "vekt {weight}",
    "thin co-creation": "tynn samskaping",
    "thick co-production": "tykk samproduksjon",
    "Earlier": "Tidligere",
    "Identifier": "Identifikator",
    "Version": "Versjon",
    "Title": "Tittel",
    "Scoring rules": "Poengregler",
    "version {version}": "versjon {version}",
    "Session": "Økt",
    "Created": "Opprettet",
    "Last changed": "Sist endret",
    "Fields and questions": "Felt og spørsmål",
    "{fields} fields, {questions} questions": "{fields} felt, {questions} spørsmål",
    "Page {page} of {pages}": "Side {page} av {pages}",
    # Sentences
    "Score {score} (n={n} of {total}) · importance {importance} · gap {gap} · not relevant: {na}":
        "Score {score} (n={n} av {total}) · viktighet {importance} · gap {gap} · ikke relevant: {na}",
            "The values have not been weighted yet, so no importance or grey profile is shown.":
        "Verdiene er ikke vektet ennå, så viktighet og grå profil vises ikke.",
    "No measures have been proposed yet.": "Ingen tiltak er foreslått ennå.",
    "No question has been answered yet, so there is no gap to rank.":
        "Ingen spørsmål er besvart ennå, så det finnes ingen gap å rangere.",
    "No answered question scores below its importance.":
        "Ingen besvarte spørsmål scorer lavere enn viktigheten sin.",
    "Largest gap first. Gap = importance − score, where a question's importance is the mean weight of the values it is linked to, weighted by how strongly it is linked. A question can have a large gap because it scores low, because the values it is linked to weigh much, or both; this is not the same list as the lowest scores among the values weighted highest.":
        "Største gap først. Gap = viktighet − score, der viktigheten til et spørsmål er gjennomsnittet av vektene til verdiene det er knyttet til, veid etter hvor sterk koblingen er. Et spørsmål kan få et stort gap fordi det scorer lavt, fordi verdiene det er knyttet til veier tungt, eller begge deler; dette er ikke den samme listen som de laveste scorene blant verdiene som er vektet høyest.",
    "Every measure proposed during the session, grouped by action field, with its quadrant, owner, due date and status.":
        "Alle tiltak som ble foreslått i økten, gruppert etter handlingsfelt, med kvadrant, ansvarlig, frist og status.",
    "The group weighted how important each value is for the collaboration (1–10). The value score says how well the group lives the value: the mean score of all answered questions linked to it, weighted by the strength of each link.":
        "Gruppen vektet hvor viktig hver verdi er for samarbeidet (1–10). Verdiscoren sier hvor godt gruppen lever verdien: gjennomsnittlig score på alle besvarte spørsmål som er knyttet til den, veid etter hvor sterk hver kobling er.",
    "The seven action fields: each field's score is the mean of its answered questions, and its importance is the mean importance of its questions.":
        "De sju handlingsfeltene: feltets score er gjennomsnittet av de besvarte spørsmålene, og viktigheten er gjennomsnittlig viktighet for spørsmålene.",
    "The same profile as bars, because radar areas exaggerate differences:":
        "Den samme profilen som stolper, fordi arealene i et radardiagram forsterker forskjeller:",
    "The profile as bars, {per} voices to a chart so that every voice can be told apart:":
        "Den samme profilen som stolper, {per} parter i hvert diagram slik at hver part kan skilles fra de andre:",
    "Voices {first}–{last} of {count}": "Part {first}–{last} av {count}",
    "Each voice's score per field (mean of that voice's answers, with n).":
        "Hver parts score per felt (gjennomsnittet av partens svar, med n).",
    "Questions with the largest spread (highest minus lowest voice score).":
        "Spørsmålene med størst spredning (høyeste minus laveste score fra partene).",
    "The voices gave the same score on every question they answered.":
        "Partene ga samme score på alle spørsmålene de besvarte.",
    "This report used question set «{title}» ({id}, version {version}). The session file embeds the whole set, so the report can be made again later with the same questions.":
        "Rapporten bruker spørsmålssettet «{title}» ({id}, versjon {version}). Øktfilen inneholder hele settet, så rapporten kan lages på nytt senere med de samme spørsmålene.",
    "How strongly each question is linked to each value (0–1). A question's importance is the mean of the value weights, weighted by these strengths.":
        "Hvor sterkt hvert spørsmål er knyttet til hver verdi (0–1). Et spørsmåls viktighet er gjennomsnittet av verdivektene, veid med disse styrkene.",
    # How to read
    "The model": "Modellen",
    "The scale": "Skalaen",
    "The grey profile": "Den grå profilen",
    "The continuum position": "Posisjonen på kontinuumet",
    "Measures": "Tiltak",
    "READ_MODEL":
        "SAMSON er et scorecard for dialog om samskaping. Det ser på et samarbeid gjennom fire verdier – "
        "åpenhet, demokrati, kreativitet og ledelse – og sju handlingsfelt som bærer verdiene fram i praksis. "
        "Gruppen vekter først hvor viktig hver verdi er for samarbeidet, og diskuterer og besvarer deretter "
        "6–9 påstander i hvert handlingsfelt. Tallene er et utgangspunkt for samtale, ikke en karakter.",
    "READ_SCALE":
        "Hver påstand besvares fra 1 (stemmer ikke i det hele tatt for oss) til 10 (stemmer helt for oss). "
        "«Ikke relevant / vet ikke» og ubesvarte påstander holdes utenfor alle gjennomsnitt og telles for seg. "
        "n ved siden av en score sier hvor mange svar den bygger på. Alle tall vises med én desimal, "
        "og en tankestrek (–) betyr at det ikke finnes noen score.",
    "READ_GREY":
        "Bak den fete scorelinjen viser hvert diagram en grå profil: hvor viktig hvert punkt er for gruppen. "
        "Et spørsmåls viktighet regnes ut fra verdivektingen: vektene til verdiene spørsmålet er knyttet til, "
        "veid etter hvor sterk hver kobling er. Et felts viktighet er gjennomsnittet for spørsmålene i feltet. "
        "Der den fete linjen ligger innenfor det grå feltet, scorer gruppen lavere på noe den selv mener er viktig. "
        "Avstanden er gapet (viktighet − score), og prioriteringslisten samler de største gapene.",
    "READ_CONTINUUM":
        "Kontinuumet går fra tynn samskaping til tykk samproduksjon. Samarbeidet plasseres på det (▼) ut fra "
        "det gruppen har registrert om samarbeidets karakter: tidsperspektiv, dybde i relasjonene, innbyggernes "
        "roller og deres innflytelse. Hvert kriterium legges mellom tynt (0) og tykt (1), og posisjonen er "
        "gjennomsnittet av de fire; et kortvarig ad hoc-samarbeid blir på den tynne halvdelen. Ved siden av står "
        "profilens styrke (▲): gjennomsnittet av de sju feltscorene på skalaen 1–10. Den sier hvor sterk profilen "
        "er, ikke hvor tykt samarbeidet er. Der kriteriene ikke er fylt ut, vises bare profilens styrke.",
    "READ_VOICES":
        "Når gruppen har svart per aktørgruppe eller per deltaker, er et spørsmåls score den omforente "
        "scoren der en slik er satt, ellers gjennomsnittet av partenes scorer. Spredningen (høyeste minus "
        "laveste score) viser hvor partene spriker. En part som svarte «ikke relevant», telles for seg og "
        "holdes utenfor gjennomsnitt og spredning.",
    "READ_MEASURES":
        "Etter hvert spørsmål kan gruppen foreslå tiltak. Hvert tiltak plasseres i en av fire kvadranter: "
        "mer av en kjent praksis, start en ny praksis, mindre av en kjent praksis, eller slutt med en ny "
        "praksis som ikke virker.",
    # Vocabulary labels
    "knowledge_base": "Kunnskapsgrunnlag",
    "planning": "Planlegging og organisering",
    "mobilisation": "Mobilisering og samarbeid",
    "implementation": "Gjennomføring",
    "continuation": "Videreføring",
    "Not placed yet": "Ikke plassert ennå",
    "… and {count} more in the action plan.": "… og {count} til i handlingsplanen.",
    "more-known": "Mer av: kjent praksis",
    "more-new": "Mer av: ny praksis",
    "less-known": "Mindre av: kjent praksis",
    "less-new": "Mindre av: ny praksis",
    "proposed": "Foreslått",
    "agreed": "Avtalt",
    "in_progress": "Pågår",
    "done": "Gjennomført",
    "dropped": "Droppet",
    "municipality": "Kommune",
    "social_enterprise": "Sosial entreprenør",
    "voluntary": "Frivillig organisasjon",
    "citizen": "Innbyggere/brukere",
    "business": "Næringsliv",
    "participant": "Deltaker",
    "other": "Annet",
    # Since last time (a later time point)
    "Since last time": "Siden sist",
    "earlier": "tidligere",
    "now": "nå",
    "{label} (dashed)": "{label} (stiplet)",
    "{label} (bold)": "{label} (fet)",
    "Change": "Endring",
    "Profile strength {earlier} → {later} ({change}).": "Profilens styrke {earlier} → {later} ({change}).",
    "There is no change in profile strength yet: a time point lacks answers in some field.":
        "Profilens styrke har ingen endring ennå: et av tidspunktene mangler svar i et felt.",
    "Follow-up of the measures from {label}": "Oppfølging av tiltakene fra {label}",
    "No measures were carried over from {label}.": "Ingen tiltak ble videreført fra {label}.",
    "{count} measures were carried over from {label}. Status at {now}: {summary}.":
        "{count} tiltak ble videreført fra {label}. Status ved {now}: {summary}.",
    "Status then": "Status da",
    "Status now": "Status nå",
    "What happened": "Hva som skjedde",
    "This session follows on from {label} ({date}): how the profile has moved since then, what became of the measures agreed then, and how the group explains the changes.":
        "Denne økten følger opp {label} ({date}): hvordan profilen har endret seg siden da, hva som ble av "
        "tiltakene som ble avtalt da, og hvordan gruppen forklarer endringene.",
    "The file of {label} was not found, so its profile is not shown here. Keep the sessions of a collaboration in one folder.":
        "Fila til {label} ble ikke funnet, så profilen derfra vises ikke her. Hold øktene i et samarbeid i samme mappe.",
    "The group's explanations": "Gruppens forklaringer",
    "Field or question": "Felt eller spørsmål",
    "Why": "Hvorfor",
}

#: English wording of the keys that are not themselves English text.
_EN: dict[str, str] = {
    "READ_MODEL":
        "SAMSON is a scorecard for dialogue about co-creation. It looks at a collaboration through four "
        "values – openness, democracy, creativity and leadership – and seven action fields that carry the "
        "values into practice. The group first weights how important each value is for the collaboration, "
        "then discusses and answers 6–9 statements in each action field. The numbers are a starting point "
        "for conversation, not a grade.",
    "READ_SCALE":
        "Every statement is answered from 1 (not at all true for us) to 10 (fully true for us). "
        "“Not relevant / don't know” and unanswered statements are left out of every mean and counted "
        "separately. n beside a score says how many answers it rests on. Every number is shown with one "
        "decimal, and a dash (–) means there is no score.",
    "READ_GREY":
        "Behind the bold score line, every chart shows a grey profile: how important each item is to the "
        "group. A question's importance comes from the value weights: the weights of the values the question "
        "is linked to, averaged by the strength of each link. A field's importance is the mean over its "
        "questions. Where the bold line lies inside the grey area, the group scores lower on something it "
        "considers important. That distance is the gap (importance − score), and the priority list gathers "
        "the largest gaps.",
    "READ_CONTINUUM":
        "The continuum runs from thin co-creation to thick co-production. The collaboration is placed on it (▼) "
        "from what the group recorded about the character of the collaboration: time perspective, depth of "
        "relations, the citizens' roles and their influence. Each criterion is placed between thin (0) and thick "
        "(1), and the position is the mean of the four; a short, ad hoc collaboration stays on the thin half. "
        "Beside it is the profile strength (▲): the mean of the seven field scores on the scale 1–10. It says how "
        "strong the profile is, not how thick the collaboration is. Where the criteria are not filled in, only "
        "the profile strength is shown.",
    "READ_VOICES":
        "When the group answered per stakeholder group or per participant, a question's score is the agreed "
        "consensus score where one was set, otherwise the mean of the voices. The spread (highest minus "
        "lowest voice) shows where the voices differ. A voice that answered “not relevant” is counted on "
        "its own and left out of the mean and the spread.",
    "READ_MEASURES":
        "After each question the group can propose measures. Each measure is placed in one of four "
        "quadrants: do more of a known practice, start a new practice, do less of a known practice, or drop "
        "a new practice that does not work.",
    "knowledge_base": "Knowledge base",
    "planning": "Planning and organisation",
    "mobilisation": "Mobilisation and collaboration",
    "implementation": "Implementation",
    "continuation": "Continuation",
    "more-known": "More of: known practice",
    "more-new": "More of: new practice",
    "less-known": "Less of: known practice",
    "less-new": "Less of: new practice",
    "proposed": "Proposed",
    "agreed": "Agreed",
    "in_progress": "In progress",
    "done": "Done",
    "dropped": "Dropped",
    "municipality": "Municipality",
    "social_enterprise": "Social enterprise",
    "voluntary": "Voluntary organisation",
    "citizen": "Citizens/users",
    "business": "Business",
    "participant": "Participant",
    "other": "Other",
}

_MONTHS = {
    "nb": ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
           "oktober", "november", "desember"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
}


def report_language(requested: str | None, session_language: str) -> str:
    """The asked-for language, else the session's; English for a language the report lacks."""
    lang = requested or session_language
    return lang if lang in LANGUAGES else "en"


class Texts:
    """Words, numbers and dates for one report language."""

    def __init__(self, lang: str):
        self.lang = lang if lang in LANGUAGES else "en"

    def __call__(self, text: str, **values: object) -> str:
        if self.lang == "nb":
            out = _NB.get(text)
            if out is None:
                MISSING.add(text)
                out = _EN.get(text, text)
        else:
            out = _EN.get(text, text)
        return out.format(**values) if values else out

    def num(self, value: float | int | None) -> str:
        """One decimal, with a decimal comma in Norwegian; a dash where there is no number."""
        return format_number(value, self.lang)

    def strength(self, value: float) -> str:
        text = f"{value:.2f}".rstrip("0").rstrip(".")
        return text.replace(".", ",") if self.lang == "nb" else text

    def date(self, iso: str | None) -> str:
        """"14. mars 2026" / "14 March 2026"; the text as given when it is not an ISO date."""
        if not iso:
            return "–"
        try:
            day = date.fromisoformat(iso[:10])
        except ValueError:
            return iso
        month = _MONTHS[self.lang][day.month - 1]
        return f"{day.day}. {month} {day.year}" if self.lang == "nb" else f"{day.day} {month} {day.year}"

    def short_date(self, iso: str | None) -> str:
        """"1.12.2025" / "1 Dec 2025", for narrow table columns."""
        if not iso:
            return "–"
        try:
            day = date.fromisoformat(iso[:10])
        except ValueError:
            return iso
        if self.lang == "nb":
            return f"{day.day}.{day.month}.{day.year}"
        return f"{day.day} {_MONTHS['en'][day.month - 1][:3]} {day.year}"

    def label(self, key: str | None) -> str:
        """A phase, quadrant, status or voice kind in words; "–" when absent."""
        if not key:
            return "–"
        return self(key) if key in _EN else key
