"""Read many session files fast: a strict JSON decoder written in C, each distinct question set checked and built
once, and answers and measures checked by the decoder itself."""

from __future__ import annotations

import os
import threading
from typing import Any

from msgspec import Struct
import msgspec

from ..core.model import QuestionSet, Session
from .codec import session_from_dict
from .errors import SessionFileError
from .sessionfile import read_session, validate_document
from .typed_parts import PartsDecoder, answer_models, answers_fit, measure_models, measures_fit

#: Distinct question sets remembered; a consultant's folder normally holds one or two.
MAX_SETS = 16
_BOM = b"\xef\xbb\xbf"
#: Enough of a known question set's first bytes to find where it starts in a file.
_SET_PREFIX = 64
#: Put where a known question set's bytes were before the top level is scanned. Valid JSON, and no prefix of
#: it is also a suffix, so where the file does not hold it elsewhere, it can be found only where it was put.
_STAND_IN = b"[" * 16 + b"0" + b"]" * 16


class Decoded(Struct, frozen=True):
    doc: dict[str, Any]
    #: The model of the embedded question set when its bytes are those of a set already found valid.
    known_set: QuestionSet | None
    #: The embedded question set exactly as written in the file, and the session language.
    set_bytes: bytes
    language: Any


class _KnownSet(Struct, frozen=True):
    set_bytes: bytes
    language: str
    doc: dict[str, Any]
    model: QuestionSet
    question_ids: frozenset[str]


class BatchReader:
    """Reads session files with the same checks and results as ``read_session``, several times as fast.

    The embedded question set is most of every file and usually the same one, written the same
    way. When its bytes are exactly those of a set already found valid in the same language, it is
    neither decoded nor checked again, and the file shares that set's model; everything else in
    every file is decoded and checked in full: the answers and measures by decoders whose types
    carry the schema's rules (``typed_parts``), the rest by the generated schema check. Safe to use
    from several threads.
    """

    def __init__(self) -> None:
        # The top level first, as undecoded spans: the question set's span is compared before it is decoded.
        self._top = msgspec.json.Decoder(dict[str, msgspec.Raw])
        self._value = msgspec.json.Decoder()
        self._parts = PartsDecoder()
        self._sets: list[_KnownSet] = []
        self._lock = threading.Lock()

    def session(self, data: bytes) -> Session | None:
        """The session, when the file embeds a known question set and passes every check on the typed path.

        None sends the file down the general path (``decode``), which finds the same verdict for
        every file this path accepts, and words the problems of the others."""
        try:
            top, known, _language = self._top_level(data.removeprefix(_BOM))
            if known is None:
                return None
            answers = self._parts.answers(top["answers"]) if "answers" in top else {}
            measures = self._parts.measures(top["measures"]) if "measures" in top else []
            # The rest is checked by the generated schema check, with answers and measures left empty.
            doc = {key: self._rest_value(key, raw, known) for key, raw in top.items()}
            validate_document(doc, "", known.model)
        except (ValueError, RecursionError, SessionFileError):
            return None
        voice_ids = {voice["id"] for voice in doc.get("voices", ())}
        if not (answers_fit(answers, known.question_ids, voice_ids) and measures_fit(measures, known.question_ids)):
            return None
        return session_from_dict(doc, known.model, answer_models(answers), measure_models(measures))

    def _rest_value(self, key: str, raw: msgspec.Raw, known: _KnownSet) -> Any:
        if key == "question_set":
            return known.doc
        if key == "answers":
            return {}
        if key == "measures":
            return []
        return self._value.decode(raw)

    def decode(self, data: bytes) -> Decoded | None:
        """The document, or None when the bytes are not strict JSON for an object: NaN, Infinity, a number
        beyond a float's range (1e400), a lone surrogate or invalid UTF-8. The caller then decodes the
        bytes with the standard decoder, which words the problem as everywhere else."""
        try:
            top, known, language = self._top_level(data.removeprefix(_BOM))
            raw_set = top.get("question_set")
            set_bytes = known.set_bytes if known is not None else bytes(raw_set) if raw_set is not None else b""
            doc = {key: known.doc if known is not None and key == "question_set" else self._value.decode(raw)
                   for key, raw in top.items()}
        except (ValueError, RecursionError):
            return None
        return Decoded(doc, known.model if known is not None else None, set_bytes, language)

    def _top_level(self, data: bytes) -> tuple[dict[str, msgspec.Raw], _KnownSet | None, Any]:
        """The top level as undecoded spans, the known question set the file embeds, and the session language."""
        found = self._without_known_set(data)
        if found is not None:
            return found
        top = self._top.decode(data)
        language = self._value.decode(top["language"]) if "language" in top else None
        raw_set = top.get("question_set")
        return top, self._find(bytes(raw_set), language) if raw_set is not None else None, language

    def _without_known_set(self, data: bytes) -> tuple[dict[str, msgspec.Raw], _KnownSet, Any] | None:
        """The top level scanned with a known question set's bytes cut out (most of the file), or None.

        The stand-in put in their place occurs nowhere else; so when the top-level question set is the
        stand-in, the file holds exactly the known set's bytes there.
        """
        with self._lock:
            candidates = list(self._sets)
        for candidate in candidates:
            start = data.find(candidate.set_bytes[:_SET_PREFIX])
            if start < 0 or not data.startswith(candidate.set_bytes, start):
                continue
            end = start + len(candidate.set_bytes)
            if data.find(_STAND_IN, 0, start) >= 0 or data.find(_STAND_IN, end) >= 0:
                return None
            try:
                top = self._top.decode(data[:start] + _STAND_IN + data[end:])
                language = self._value.decode(top["language"]) if "language" in top else None
            except (ValueError, RecursionError):
                return None  # the full scan decides
            stand_in = top.get("question_set")
            known = self._find(candidate.set_bytes, language)
            if stand_in is None or bytes(stand_in) != _STAND_IN or known is None:
                return None
            return top, known, language
        return None

    def _find(self, set_bytes: bytes, language: Any) -> _KnownSet | None:
        with self._lock:
            for known in self._sets:
                if known.language == language and known.set_bytes == set_bytes:
                    return known
        return None

    def remember(self, decoded: Decoded, model: QuestionSet) -> None:
        """Called only for a document that passed every check."""
        if not decoded.set_bytes or not isinstance(decoded.language, str):
            return
        known = _KnownSet(decoded.set_bytes, decoded.language, decoded.doc["question_set"], model,
                          frozenset(q.id for q in model.questions()))
        with self._lock:
            if len(self._sets) >= MAX_SETS:
                self._sets.pop(0)
            self._sets.append(known)

    def read(self, path: str | os.PathLike[str]) -> Session:
        return read_session(path, reader=self)
