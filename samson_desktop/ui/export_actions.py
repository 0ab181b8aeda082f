"""Export the PDF report and the CSV table from the window: off the UI thread, with progress."""

from __future__ import annotations

import copy
import re
import sys
import traceback
from pathlib import Path
from typing import Callable, Sequence

from PySide6.QtCore import QObject, QRunnable, QStandardPaths, Qt, QThreadPool, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from ..core.model import Session
from ..fileformat.earlier_lookup import find_earlier
from ..report.csv_export import measures_path, write_csv
from ..report.xlsx_export import write_xlsx
from . import tool_windows
from .widgets.labels import plain_markup

#: Exports under way; each keeps itself here until it has finished, so nothing is collected early.
_RUNNING: set["ExportActions"] = set()
#: The busy dialog appears only for an export that takes longer than this (milliseconds).
PROGRESS_DELAY_MS = 300


def export_report(parent: QWidget, session: Session, path_hint: Path | None = None,
                  language: str | None = None, session_path: Path | None = None,
                  candidates: Sequence[Path] = ()) -> None:
    """Ask where to save the session's PDF report (in ``language``, else the session's), write it in
    the background, offer to open it. A later time point's report looks for its earlier session beside
    ``session_path`` and then among ``candidates``."""
    ExportActions(parent).start_report(session, path_hint, language, session_path, candidates)


def export_csv(parent: QWidget, sessions: list[Session]) -> None:
    """Ask where to save the CSV table of ``sessions``, write it in the background, offer to open it."""
    ExportActions(parent).start_csv(sessions)


def is_busy() -> bool:
    """Whether an export is still being written."""
    return bool(_RUNNING)


def safe_file_name(text: str, fallback: str) -> str:
    """A file name made from user text: no path separators or characters Windows refuses."""
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text).strip(" .")
    return re.sub(r"\s+", " ", name)[:80] or fallback


def _documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
    return Path(found) if found else Path.home()


class _Signals(QObject):
    finished = Signal(str)
    failed = Signal(str)


class _Job(QRunnable):
    """Runs ``work`` on a pool thread and reports the written path or the reason it failed."""

    def __init__(self, work: Callable[[], Path], signals: _Signals):
        super().__init__()
        self._work = work
        self._signals = signals

    def run(self) -> None:
        try:
            path = self._work()
        except OSError as exc:
            where = f"{exc.filename}: " if exc.filename else ""
            self._signals.failed.emit(f"{where}{exc.strerror or exc}")
        except Exception as exc:  # noqa: BLE001 - any failure must reach the user, not kill the thread
            traceback.print_exc(file=sys.stderr)
            self._signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self._signals.finished.emit(str(path))


class ExportActions(QObject):
    """One export: the file dialog, the background job, the progress dialog and the outcome."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self._parent = parent
        self._progress: QProgressDialog | None = None
        self._signals = _Signals()
        self._signals.finished.connect(self._on_finished, Qt.QueuedConnection)
        self._signals.failed.connect(self._on_failed, Qt.QueuedConnection)
        self._kind = "report"

    # --- starting ----------------------------------------------------------------------------
    def start_report(self, session: Session, path_hint: Path | None, language: str | None = None,
                     session_path: Path | None = None, candidates: Sequence[Path] = ()) -> None:
        self._kind = "report"
        if path_hint is not None:
            suggested = Path(path_hint).with_suffix(".pdf")
        else:
            stem = safe_file_name(f"{session.collaboration.name} {session.time_point.label}", "samson-report")
            suggested = _documents_folder() / f"{stem}.pdf"
        name, _filter = QFileDialog.getSaveFileName(
            self._parent, self.tr("Export the report as PDF"), str(suggested), self.tr("PDF files (*.pdf)"))
        if not name:
            return
        target = _with_suffix(Path(name), ".pdf")
        snapshot = copy.deepcopy(session)  # the window may go on editing while the PDF is written

        look_in = list(candidates)

        def work() -> Path:
            build = tool_windows.report("session_report").build_session_report
            if snapshot.earlier is None:
                return build(snapshot, target, language)
            found = find_earlier(snapshot, session_path, look_in)  # reads files: here, off the UI thread
            return build(snapshot, target, language, earlier=found.session if found else None)

        self._run(work, self.tr("Writing the report…"))

    def start_csv(self, sessions: list[Session]) -> None:
        """The answers and the measures: CSV (NAME.csv and NAME-measures.csv) or one .xlsx workbook."""
        self._kind = "csv"
        first = sessions[0] if sessions else None
        stem = safe_file_name(first.collaboration.name if first else "", "samson") if first else "samson"
        csv_filter = self.tr("CSV files (*.csv)")
        xlsx_filter = self.tr("Excel workbooks (*.xlsx)")
        name, chosen = QFileDialog.getSaveFileName(
            self._parent, self.tr("Export the answers and measures"), str(_documents_folder() / f"{stem}.csv"),
            f"{csv_filter};;{xlsx_filter}")
        if not name:
            return
        as_xlsx = Path(name).suffix.lower() == ".xlsx" or chosen == xlsx_filter
        target = _with_suffix(Path(name), ".xlsx" if as_xlsx else ".csv")
        snapshot = copy.deepcopy(list(sessions))

        def work() -> Path:
            return write_xlsx(snapshot, target) if as_xlsx else write_csv(snapshot, target)

        self._run(work, self.tr("Writing the table…"))

    def _run(self, work: Callable[[], Path], label: str) -> None:
        progress = QProgressDialog(label, "", 0, 0, self._parent)
        progress.setCancelButton(None)  # reportlab cannot be interrupted half-way; it is quick anyway
        progress.setWindowTitle(self.tr("SAMSON"))
        progress.setWindowModality(Qt.WindowModal)
        progress.setMinimumDuration(PROGRESS_DELAY_MS)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        self._progress = progress
        _RUNNING.add(self)
        QThreadPool.globalInstance().start(_Job(work, self._signals))

    # --- outcome -----------------------------------------------------------------------------
    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

    @Slot(str)
    def _on_finished(self, path: str) -> None:
        self._close_progress()
        _RUNNING.discard(self)
        status = getattr(self._parent, "statusBar", None)
        if callable(status):
            status().showMessage(self.tr("Saved %1").replace("%1", path), 10000)
        if self._kind == "report":
            title = self.tr("Report saved")
            text = self.tr("The report was saved as %1.\n\nOpen it now?").replace("%1", path)
        else:
            title = self.tr("Table saved")
            if path.lower().endswith(".csv"):
                saved = self.tr("%1 and, beside it, the measures as %2").replace("%1", path).replace(
                    "%2", measures_path(path).name)
            else:
                saved = path
            text = self.tr("The table was saved as %1.\n\nOpen it now?").replace("%1", saved)
        answer = QMessageBox.question(self._parent, title, plain_markup(text),
                                      QMessageBox.Yes | QMessageBox.No, QMessageBox.Yes)
        if answer == QMessageBox.Yes:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))
        self.deleteLater()

    @Slot(str)
    def _on_failed(self, reason: str) -> None:
        self._close_progress()
        _RUNNING.discard(self)
        if self._kind == "report":
            title = self.tr("The report was not written")
            text = self.tr("SAMSON could not write the report.\n\n%1\n\nYour session is not affected. "
                           "Try another folder or file name.").replace("%1", reason)
        else:
            title = self.tr("The CSV file was not written")
            text = self.tr("SAMSON could not write the CSV file.\n\n%1\n\nYour session is not affected. "
                           "Try another folder or file name.").replace("%1", reason)
        QMessageBox.warning(self._parent, title, plain_markup(text))
        self.deleteLater()


def _with_suffix(path: Path, suffix: str) -> Path:
    """The chosen name, with ``suffix`` added when the user typed none (some dialogs do not add it)."""
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)
