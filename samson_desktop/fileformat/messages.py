"""What is wrong with a file, in plain Norwegian bokmål or English, with the place in the user's terms.

Like the report's words (report/texts.py), these have no Qt: the strings are keyed by their English
text, and a string without a Norwegian entry falls back to English and is remembered in ``MISSING``
so that a test can catch it. User data inside a message (an id, a value) is quoted as JSON, so a
control character in it shows as ``\\n`` or ``\\u001b`` and never breaks or drives the output.
"""

from __future__ import annotations

import json
from typing import Any, Mapping

from msgspec import Struct, field

LANGUAGES = ("nb", "en")
MISSING: set[str] = set()

#: A step of a place in the file: ("field", 3), ("key", "consensus"), ("line", (79, 5)) …
Place = tuple[str, Any]

_NB: dict[str, str] = {
    # Places
    "line {line}, column {column}": "linje {line}, kolonne {column}",
    "field {n}": "felt {n}",
    "question {n}": "spørsmål {n}",
    "voice {n}": "stemme {n}",
    "voice {id}": "stemme {id}",
    "value {n}": "verdi {n}",
    "measure {n}": "tiltak {n}",
    "case {n}": "sak {n}",
    "item {n}": "element {n}",
    "answer to {id}": "svaret på {id}",
    "key {key}": "nøkkelen {key}",
    # Words for the keys of the file
    "format": "format",
    "format version": "formatversjon",
    "app version": "app-versjon",
    "session id": "økt-id",
    "created": "opprettet",
    "changed": "endret",
    "language": "språk",
    "collaboration": "samarbeid",
    "name": "navn",
    "description": "beskrivelse",
    "time point": "tidspunkt",
    "label": "betegnelse",
    "date": "dato",
    "place": "sted",
    "phase": "fase",
    "facilitator": "fasilitator",
    "voices": "stemmer",
    "kind": "type",
    "question set": "spørsmålssett",
    "weights": "vekter",
    "answers": "svar",
    "score": "score",
    "not relevant": "ikke relevant",
    "note": "notat",
    "measures": "tiltak",
    "text": "tekst",
    "quadrant": "kvadrant",
    "status": "status",
    "owner": "ansvarlig",
    "due date": "frist",
    "value links": "verdikoblinger",
    "values": "verdier",
    "title": "tittel",
    "help text": "hjelpetekst",
    "questions": "spørsmål",
    "fields": "felt",
    "id": "id",
    "number": "nummer",
    "version": "versjon",
    "anonymous report": "anonym rapport",
    "question": "spørsmål",
    "who is left out": "hvem som står utenfor",
    "character of the collaboration": "samarbeidets karakter",
    "explanations of changes": "forklaringer på endringer",
    "explained item": "det som forklares",
    "earlier time point": "tidligere tidsmåling",
    "carried measures": "videreførte tiltak",
    "cases": "saker",
    "sessions": "økter",
    "sharing": "deling",
    "chosen name": "valgt navn",
    "notes": "notater",
    "measure owners": "tiltakseiere",
    "party names": "partsnavn",
    "openness": "åpenhet",
    "democracy": "demokrati",
    "creativity": "kreativitet",
    "leadership": "ledelse",
    # Kinds of JSON values
    "an object": "et objekt",
    "a list": "en liste",
    "a text": "en tekst",
    "a whole number": "et heltall",
    "a number": "et tall",
    "true or false": "sann eller usann",
    "nothing (null)": "ingenting (null)",
    "{first} or {second}": "{first} eller {second}",
    # Reading the file
    "the file does not exist": "filen finnes ikke",
    "this is a folder, not a file": "dette er en mappe, ikke en fil",
    "this is not an ordinary file (it is a device, a pipe or a socket), so it is not read":
        "dette er ikke en vanlig fil (men en enhet, et rør eller en socket), så den leses ikke",
    "the file cannot be read (permission denied)": "filen kan ikke leses (ingen tilgang)",
    "the file cannot be read ({reason})": "filen kan ikke leses ({reason})",
    "the file is too large ({size} MiB) to be a session file":
        "filen er for stor ({size} MiB) til å være en øktfil",
    "the file is not UTF-8 text (a bad byte at position {position})":
        "filen er ikke UTF-8-tekst (en ugyldig byte på posisjon {position})",
    "the file is empty": "filen er tom",
    "the file is not valid JSON ({reason}); it may be truncated or damaged":
        "filen er ikke gyldig JSON ({reason}); den kan være avkortet eller skadet",
    "a value is missing": "en verdi mangler",
    "a comma is missing": "et komma mangler",
    "a colon is missing": "et kolon mangler",
    "a key in double quotes is missing": "en nøkkel i doble anførselstegn mangler",
    "a text that starts here has no end": "en tekst som begynner her, slutter aldri",
    "a text holds a control character": "en tekst inneholder et kontrolltegn",
    "there is more after the end of the data": "det står mer etter slutten av dataene",
    "a text holds an invalid backslash sequence": "en tekst har en ugyldig sekvens med omvendt skråstrek",
    "an unexpected character": "et uventet tegn",
    "the file holds a number with too many digits": "filen inneholder et tall med for mange sifre",
    "holds {literal}, which is not a number a session file can hold":
        "inneholder {literal}, som ikke er et tall en øktfil kan inneholde",
    "the file is nested too deeply to be a session file": "filen er nøstet for dypt til å være en øktfil",
    "holds a broken character (a lone UTF-16 surrogate)": "inneholder et ødelagt tegn (et enslig UTF-16-surrogat)",
    "the file should hold a JSON object, not {kind}": "filen skulle inneholdt et JSON-objekt, ikke {kind}",
    "this is not a SAMSON seminar file (its format should be {expected})":
        "dette er ikke en SAMSON-seminarfil (formatet skulle vært {expected})",
    "{file}: {problem}": "{file}: {problem}",
    "this is not a SAMSON session file (its format should be {expected})":
        "dette er ikke en SAMSON-øktfil (formatet skulle vært {expected})",
    "is {version}, made by a newer SAMSON; this version reads format {supported}. Please update SAMSON desktop.":
        "er {version}, laget av en nyere SAMSON; denne versjonen leser format {supported}. Oppdater SAMSON desktop.",
    "is {version}, which no SAMSON release has written": "er {version}, som ingen utgave av SAMSON har skrevet",
    # The file's content
    "should be {expected}, not {value}": "skulle vært {expected}, ikke {value}",
    "is missing the required key {key}": "mangler den påkrevde nøkkelen {key}",
    "has {value}, which is not one of {allowed}": "har {value}, som ikke er en av {allowed}",
    "should be at least {bound}, not {value}": "skulle vært minst {bound}, ikke {value}",
    "should be at most {bound}, not {value}": "skulle vært høyst {bound}, ikke {value}",
    "is too long ({length} characters; at most {bound})": "er for lang ({length} tegn; høyst {bound})",
    "has {value}, which is not in the expected form": "har {value}, som ikke har den forventede formen",
    "the file {predicate}": "filen {predicate}",
    "should not be empty": "skulle ikke vært tom",
    "should have at least {bound} items, not {count}": "skulle hatt minst {bound} elementer, ikke {count}",
    "should have at most {bound} items, not {count}": "skulle hatt høyst {bound} elementer, ikke {count}",
    "should have at least {bound} entries, not {count}": "skulle hatt minst {bound} oppføringer, ikke {count}",
    "should have at most {bound} entries, not {count}": "skulle hatt høyst {bound} oppføringer, ikke {count}",
    "has the key {key}, which is not allowed here": "har nøkkelen {key}, som ikke er tillatt her",
    "does not follow the file format ({detail})": "følger ikke filformatet ({detail})",
    "repeats the id {value}, which is used above": "gjentar id-en {value}, som er brukt lenger opp",
    "repeats the field number {value}": "gjentar feltnummeret {value}",
    "must hold exactly the values {ids}": "skal inneholde nøyaktig verdiene {ids}",
    "must hold {count} action fields": "skal inneholde {count} handlingsfelt",
    "has no text in the session language {language}": "har ingen tekst på øktens språk {language}",
    "needs at least one value link with a strength above 0": "trenger minst én verdikobling med styrke over 0",
    "is for a question that is not in the question set": "gjelder et spørsmål som ikke er i spørsmålssettet",
    "names a voice that is not in the session's voices": "viser til en stemme som ikke er blant øktens stemmer",
    "names the question {id}, which is not in the question set":
        "viser til spørsmålet {id}, som ikke er i spørsmålssettet",
    "an unknown problem": "et ukjent problem",
    "{first} (and 1 more problem)": "{first} (og 1 problem til)",
    "{first} (and {count} more problems)": "{first} (og {count} problemer til)",
}

#: The words for the keys of a session file; a key not listed is shown quoted, as typed.
KEY_WORDS = {
    "format": "format", "format_version": "format version", "app_version": "app version",
    "session_id": "session id", "created_at": "created", "modified_at": "changed",
    "language": "language", "collaboration": "collaboration", "name": "name",
    "description": "description", "time_point": "time point", "label": "label", "date": "date",
    "place": "place", "phase": "phase", "facilitator": "facilitator", "voices": "voices",
    "kind": "kind", "question_set": "question set", "weights": "weights", "answers": "answers",
    "consensus": "score", "not_applicable": "not relevant", "note": "note", "measures": "measures",
    "text": "text", "quadrant": "quadrant", "status": "status", "owner": "owner", "due": "due date",
    "title": "title", "help": "help text", "questions": "questions", "fields": "fields", "id": "id",
    "number": "number", "version": "version", "anonymous_report": "anonymous report",
    "question_id": "question", "openness": "openness", "democracy": "democracy",
    "creativity": "creativity", "leadership": "leadership",
    "left_out": "who is left out", "character": "character of the collaboration",
    "explanations": "explanations of changes", "target": "explained item",
    "earlier": "earlier time point", "carried": "carried measures",
    # The seminar file (.samson-seminar)
    "cases": "cases", "sessions": "sessions", "share": "sharing", "chosen_name": "chosen name",
    "notes": "notes", "measure_owners": "measure owners", "party_names": "party names",
}


def quoted(value: Any, limit: int = 60) -> str:
    """User data as JSON, one line, shortened: ``"ghost\\n"``, ``[1, 2]``, ``7``."""
    text = json.dumps(value, ensure_ascii=False, default=str)
    # JSON leaves DEL and the C1 controls as they are; a terminal would obey them.
    text = "".join(f"\\u{ord(c):04x}" if 0x7F <= ord(c) <= 0x9F else c for c in text)
    return text if len(text) <= limit else text[: limit - 3] + "…"


def translate(text: str, lang: str) -> str:
    if lang == "nb":
        out = _NB.get(text)
        if out is None:
            MISSING.add(text)
            return text
        return out
    return text


class Text(Struct, frozen=True):
    """An English message with its values; rendered in a language only when it is shown."""

    template: str
    values: Mapping[str, Any] = field(default_factory=dict)

    def render(self, lang: str = "en") -> str:
        values = {k: v.render(lang) if isinstance(v, Text) else v for k, v in self.values.items()}
        text = translate(self.template, lang)
        return text.format(**values) if values else text


def msg(template: str, **values: Any) -> Text:
    return Text(template, values)


def place_text(place: tuple[Place, ...], lang: str = "en") -> str:
    """"field 3, question 2, score"; an empty text for the whole file."""
    parts = []
    for kind, value in place:
        if kind == "line":
            parts.append(translate("line {line}, column {column}", lang).format(line=value[0], column=value[1]))
        elif kind == "key":
            word = KEY_WORDS.get(value) if isinstance(value, str) else None
            parts.append(translate(word, lang) if word else translate("key {key}", lang).format(key=quoted(value)))
        elif kind == "word":
            parts.append(translate(value, lang))
        elif kind in ("voice_id", "answer_to"):
            template = "voice {id}" if kind == "voice_id" else "answer to {id}"
            parts.append(translate(template, lang).format(id=quoted(value)))
        else:  # field, question, voice, value, measure, item: numbered from 1
            parts.append(translate(f"{kind} {{n}}", lang).format(n=value))
    return ", ".join(parts)
