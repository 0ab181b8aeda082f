"""The organiser's picks: the session files, how they form cases, and each case's sharing choices."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from msgspec import Struct
from msgspec.structs import replace

from ...core.model import Session
from ...core.seminar import CaseInput, Seminar, Sharing, build_seminar, collaboration_key, group_cases


class PickedCase(Struct, frozen=True):
    """One case as the organiser sees it: its files and sessions (earliest first) and its choices."""

    key: str
    paths: tuple[Path, ...]
    sessions: tuple[Session, ...]
    sharing: Sharing


class SeminarSetup:
    """Sessions picked, grouped into cases by collaboration; each case's sharing is kept by its key, so
    adding files or showing change keeps the choices made."""

    def __init__(self) -> None:
        self.title = ""
        self.latest_two = False
        self._picked: list[tuple[Path, Session]] = []
        self._sharing: dict[str, Sharing] = {}

    # --- the pool ------------------------------------------------------------------------------
    def add(self, picked: Sequence[tuple[Path, Session]]) -> int:
        """Add sessions (a path picked twice counts once); the number added."""
        known = {path.resolve() for path, _s in self._picked}
        added = 0
        for path, session in picked:
            if path.resolve() in known:
                continue
            known.add(path.resolve())
            self._picked.append((path, session))
            added += 1
        return added

    def clear(self) -> None:
        self._picked.clear()
        self._sharing.clear()
        self.title = ""
        self.latest_two = False

    def remove_case(self, key: str) -> None:
        self._picked = [(p, s) for p, s in self._picked if collaboration_key(s) != key]
        self._sharing.pop(key, None)

    def session_count(self) -> int:
        return len(self._picked)

    # --- cases ---------------------------------------------------------------------------------
    def cases(self) -> list[PickedCase]:
        sessions = [s for _p, s in self._picked]
        out = []
        for group in group_cases(sessions, latest_two=self.latest_two):
            key = collaboration_key(sessions[group[-1]])
            out.append(PickedCase(key, tuple(self._picked[i][0] for i in group), tuple(sessions[i] for i in group),
                                  self._sharing.get(key, Sharing())))
        return out

    @staticmethod
    def key_of(session: Session) -> str:
        """The case a session belongs to."""
        return collaboration_key(session)

    def sharing(self, key: str) -> Sharing:
        return self._sharing.get(key, Sharing())

    def set_sharing(self, key: str, **changes: object) -> Sharing:
        sharing = self._sharing[key] = replace(self.sharing(key), **changes)
        return sharing

    def case_inputs(self) -> list[CaseInput]:
        return [CaseInput(case.sessions, case.sharing) for case in self.cases()]

    def build(self, language: str) -> Seminar:
        """The seminar as the room sees it; SeminarError with fewer than two cases."""
        return build_seminar(self.case_inputs(), language=language, title=self.title)
