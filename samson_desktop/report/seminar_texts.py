"""The seminar deck's own words in bokmål and English, on top of the report's (texts.py)."""

from __future__ import annotations

from . import texts
from .texts import Texts

_NB: dict[str, str] = {
    "Peer-learning seminar": "Likemannsseminar",
    "{count} cases": "{count} saker",
    "The cases": "Sakene",
    "Each case chose what it shares. A case without its own name is shown by an alias (Case A, Case B, …).":
        "Hver sak har selv valgt hva den deler. En sak uten eget navn vises med et alias (Sak A, Sak B, …).",
    "Every score is the mean of a case's answered questions, from 1 (not at all true for us) to 10 (fully true for us). The numbers are a starting point for conversation, not a grade.":
        "Hver score er gjennomsnittet av sakens besvarte spørsmål, fra 1 (stemmer ikke i det hele tatt for oss) til 10 (stemmer helt for oss). Tallene er et utgangspunkt for samtale, ikke en karakter.",
    "Field by field": "Felt for felt",
    "Every case's score in each action field (1–10). The letters are the cases; the grey mark is their mean.":
        "Hver saks score i hvert handlingsfelt (1–10). Bokstavene er sakene; den grå streken er snittet deres.",
    "Side by side": "Side om side",
    "The seven action fields of every case, on the same scale (0–10) and in the same order.":
        "De sju handlingsfeltene for hver sak, på samme skala (0–10) og i samme rekkefølge.",
    "A dashed line is the case's earlier time point.": "En stiplet linje er sakens tidligere tidspunkt.",
    "Side by side ({page} of {pages})": "Side om side ({page} av {pages})",
    "Overall {score}": "Samlet {score}",
    "Strongest fields": "Sterkeste felt",
    "Weakest fields": "Svakeste felt",
    "Largest gaps (barriers)": "Største gap (barrierer)",
    "Lowest scores (barriers)": "Laveste score (barrierer)",
    "The case weighted no value, so its barriers are its lowest scores.":
        "Saken har ikke vektet verdiene, så barrierene er de laveste scorene.",
    "No answered question scores below its importance.": "Ingen besvarte spørsmål scorer lavere enn viktigheten sin.",
    "Measures the case shares": "Tiltak saken deler",
    "The case does not share its measures.": "Saken deler ikke tiltakene sine.",
    "No measures yet.": "Ingen tiltak ennå.",
    "… and {count} more.": "… og {count} til.",
    "Inside the case: where the parties differ most": "Innad i saken: der partene spriker mest",
    "{field}: {spread} between the parties ({high} highest, {low} lowest)":
        "{field}: {spread} mellom partene ({high} høyest, {low} lavest)",
    "The parties gave the same field scores.": "Partene ga de samme feltscorene.",
    "Change since {label}: {delta}": "Endring siden {label}: {delta}",
    "Notes the case shares": "Notater saken deler",
    "What the strong ones do": "Hva de sterke gjør",
    "{field}: what the strong ones do": "{field}: hva de sterke gjør",
    "Strongest here": "Sterkest her",
    "What they do": "Hva de gjør",
    "{label} does not share its measures.": "{label} deler ikke tiltakene sine.",
    "The strongest cases have no measures in this field yet.":
        "De sterkeste sakene har ingen tiltak i dette feltet ennå.",
    "No case has a score in this field.": "Ingen sak har en score i dette feltet.",
    "Inside the cases": "Innad i sakene",
    "Where the parties of a case differ most in this field:": "Der partene i en sak spriker mest i dette feltet:",
    "Comparing different question sets": "Sammenligning på tvers av spørsmålssett",
    "The cases used different question sets. Fields are matched by id and, where the ids differ, by number; questions by id. A field's score is always the mean of the case's own questions in that field.":
        "Sakene brukte ulike spørsmålssett. Feltene er koblet på id og, der id-ene er ulike, på nummer; spørsmålene på id. Et felts score er alltid gjennomsnittet av sakens egne spørsmål i feltet.",
    "Field {number} «{title}» is matched by its number.": "Felt {number} «{title}» er koblet på nummeret.",
    "Field {number} «{title}» matches no field of the others and is left out.":
        "Felt {number} «{title}» passer ikke med noe felt hos de andre og er holdt utenfor.",
    "Questions only this case has ({count}): {list}": "Spørsmål bare denne saken har ({count}): {list}",
    "Questions of the others that this case's set does not have: {count}.":
        "Spørsmål hos de andre som denne sakens sett ikke har: {count}.",
    "Everything matches.": "Alt passer sammen.",
    "Time points: {labels}": "Tidspunkter: {labels}",
    "Case": "Sak",
    "Fields: {list}": "Felt: {list}",
    "{page} / {pages}": "{page} / {pages}",
    "score {score}": "score {score}",
    "gap {gap}": "gap {gap}",
}


class SeminarTexts(Texts):
    """Words of the deck in one language: its own first, then the report's."""

    def __call__(self, text: str, **values: object) -> str:
        if self.lang == "nb" and text in _NB:
            out = _NB[text]
            return out.format(**values) if values else out
        if self.lang != "nb" and text in _NB:
            return text.format(**values) if values else text
        return super().__call__(text, **values)


#: Strings the report lacks in Norwegian are collected here, the same set the report tests read.
MISSING = texts.MISSING
