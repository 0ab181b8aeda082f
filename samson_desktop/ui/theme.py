"""Type sizes, zoom, presentation mode and the high-contrast theme, applied to the whole application.

Widgets mark their role with a dynamic property, ``widget.setProperty("role", "question")``,
and the application style sheet sizes them relative to the base size:

=========== ==============================================================
role        used for
=========== ==============================================================
h1          a page title
h2          a section title, a value or field name
question    the question text (much larger than the body)
lead        an introductory paragraph under a page title
help        help and description text
caption     small print: n, file paths, hints
big         a large push button (start page, report page)
answer      an answer or weight button (1–10, "not relevant")
step        a button of the step bar
card        a framed panel (QFrame)
=========== ==============================================================
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

APP_FONT_FAMILY = "DejaVu Sans"
#: Large enough to read at 8 m on a 1280×720 projector.
BASE_POINT_SIZE = 14.0
PRESENTATION_FACTOR = 1.35
#: Padding inside text fields, lists and tables, in pixels.
FIELD_PADDING = 4
ZOOM_STEPS = (0.7, 0.8, 0.9, 1.0, 1.1, 1.25, 1.4, 1.6, 1.8, 2.0)

ROLE_SCALE = {
    "h1": 1.8,
    "h2": 1.3,
    "question": 2.0,
    "lead": 1.1,
    "help": 1.0,
    "caption": 0.85,
    "big": 1.2,
    "answer": 1.4,
    "step": 1.0,
}

#: Okabe–Ito colours: safe for colour-blind viewers.
OKABE_ITO = {
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
    "black": "#000000",
}

NORMAL_COLORS = {
    "window": "#F7F7F4",
    "base": "#FFFFFF",
    "alt_base": "#EFEFEA",
    "text": "#161616",
    "muted": "#4A4A4A",
    "border": "#8A8A85",
    "button": "#FFFFFF",
    "button_hover": "#E8F1F8",
    "accent": OKABE_ITO["blue"],
    "accent_text": "#FFFFFF",
    "focus": OKABE_ITO["orange"],
    "bar": "#E6E6E0",
    "disabled": "#8A8A8A",
}

HIGH_CONTRAST_COLORS = {
    "window": "#000000",
    "base": "#000000",
    "alt_base": "#1A1A1A",
    "text": "#FFFFFF",
    "muted": "#FFFFFF",
    "border": "#FFFFFF",
    "button": "#000000",
    "button_hover": "#333333",
    "accent": "#FFFF00",
    "accent_text": "#000000",
    "focus": "#00FFFF",
    "bar": "#000000",
    "disabled": "#B0B0B0",
}


class Theme(QObject):
    """The current look; emits ``changed`` after it was applied to the application."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.zoom = 1.0
        self.presentation = False
        self.high_contrast = False

    # --- sizes -------------------------------------------------------------------------
    def base_point_size(self) -> float:
        factor = PRESENTATION_FACTOR if self.presentation else 1.0
        return round(BASE_POINT_SIZE * self.zoom * factor, 1)

    def point_size(self, role: str = "") -> float:
        return round(self.base_point_size() * ROLE_SCALE.get(role, 1.0), 1)

    def font(self, role: str = "", bold: bool = False) -> QFont:
        font = QFont(APP_FONT_FAMILY)
        font.setPointSizeF(self.point_size(role))
        font.setBold(bold)
        return font

    def colors(self) -> dict[str, str]:
        return HIGH_CONTRAST_COLORS if self.high_contrast else NORMAL_COLORS

    # --- changing ----------------------------------------------------------------------
    def set_zoom(self, zoom: float) -> None:
        self.zoom = min(max(zoom, ZOOM_STEPS[0]), ZOOM_STEPS[-1])
        self.apply()

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOM_STEPS if z > self.zoom + 1e-6), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        self.set_zoom(next((z for z in reversed(ZOOM_STEPS) if z < self.zoom - 1e-6), ZOOM_STEPS[0]))

    def set_presentation(self, on: bool) -> None:
        self.presentation = on
        self.apply()

    def set_high_contrast(self, on: bool) -> None:
        self.high_contrast = on
        self.apply()

    def apply(self, app: QApplication | None = None) -> None:
        app = app or QApplication.instance()
        if app is None:
            return
        app.setPalette(self.palette())
        app.setFont(self.font())
        app.setStyleSheet(self.stylesheet())
        self.changed.emit()

    # --- rendering ---------------------------------------------------------------------
    def palette(self) -> QPalette:
        c = self.colors()
        pal = QPalette()
        roles = {
            QPalette.Window: c["window"], QPalette.WindowText: c["text"],
            QPalette.Base: c["base"], QPalette.AlternateBase: c["alt_base"],
            QPalette.Text: c["text"], QPalette.Button: c["button"], QPalette.ButtonText: c["text"],
            QPalette.Highlight: c["accent"], QPalette.HighlightedText: c["accent_text"],
            QPalette.ToolTipBase: c["base"], QPalette.ToolTipText: c["text"],
            QPalette.PlaceholderText: c["muted"], QPalette.Link: c["accent"],
            QPalette.BrightText: c["text"],
        }
        for role, colour in roles.items():
            pal.setColor(role, QColor(colour))
        for role in (QPalette.WindowText, QPalette.Text, QPalette.ButtonText):
            pal.setColor(QPalette.Disabled, role, QColor(c["disabled"]))
        return pal

    def stylesheet(self) -> str:
        c = self.colors()
        pt = self.point_size
        border = 3 if self.high_contrast else 1
        # The focus frame is 3 px; the padding gives back what the frame takes, so a focused field keeps
        # the height of its text (the "g" of "Ødegård" is not cut off).
        focus_padding = FIELD_PADDING - (3 - border)
        # The same for buttons: focused, the frame grows by this much on each side and the padding shrinks.
        grow = 3 - border
        # Text colours come from the palette, not from a rule for every QWidget: such a rule makes
        # the style sheet set a palette on each widget, which cost start-up ~2 ms, and it painted
        # disabled fields in the normal text colour. A button with the keyboard focus gets a dashed
        # ring and a chosen one is filled: a solid ring on answer "1" read as a chosen answer.
        return f"""
QMainWindow, QDialog, QStackedWidget, QScrollArea, QScrollArea > QWidget > QWidget {{ background: {c['window']}; }}
QLabel[role="h1"] {{ font-size: {pt('h1')}pt; font-weight: bold; }}
QLabel[role="h2"] {{ font-size: {pt('h2')}pt; font-weight: bold; }}
QLabel[role="question"] {{ font-size: {pt('question')}pt; font-weight: bold; }}
QLabel[role="lead"] {{ font-size: {pt('lead')}pt; }}
QLabel[role="help"] {{ font-size: {pt('help')}pt; color: {c['muted']}; }}
QLabel[role="caption"] {{ font-size: {pt('caption')}pt; color: {c['muted']}; }}
QFrame[role="card"] {{ background: {c['base']}; border: {border}px solid {c['border']}; border-radius: 8px; }}
QFrame[role="card"] QLabel {{ background: transparent; border: none; }}
QFrame[role="card"][current="true"] {{ border: 3px solid {c['focus']}; }}
QFrame[role="stepbar"] {{ background: {c['bar']}; border-bottom: {border}px solid {c['border']}; }}
QPushButton, QToolButton {{
    background: {c['button']}; border: {border}px solid {c['border']}; border-radius: 6px;
    padding: 6px 14px; min-height: 1.6em;
}}
QPushButton:hover, QToolButton:hover {{ background: {c['button_hover']}; }}
QPushButton:checked, QToolButton:checked {{ background: {c['accent']}; color: {c['accent_text']}; border-color: {c['accent']}; }}
QPushButton:focus, QToolButton:focus {{ border: 3px dashed {c['focus']}; padding: {6 - grow}px {14 - grow}px; }}
QPushButton:disabled {{ color: {c['disabled']}; border-color: {c['disabled']}; }}
QPushButton[role="big"] {{ font-size: {pt('big')}pt; font-weight: bold; padding: 12px 20px; text-align: left; }}
QPushButton[role="big"]:focus {{ padding: {12 - grow}px {20 - grow}px; }}
QPushButton[role="answer"] {{ font-size: {pt('answer')}pt; font-weight: bold; padding: 4px 2px; min-width: 1.4em; }}
QPushButton[role="answer"]:focus {{ padding: {4 - grow}px {max(2 - grow, 0)}px; }}
QPushButton[role="step"] {{ font-size: {pt('step')}pt; padding: 6px 10px; border-radius: 18px; }}
QPushButton[role="step"]:focus {{ padding: {6 - grow}px {10 - grow}px; }}
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QDateEdit, QSpinBox, QListWidget, QTableView {{
    background: {c['base']}; border: {border}px solid {c['border']}; border-radius: 4px; padding: {FIELD_PADDING}px;
    selection-background-color: {c['accent']}; selection-color: {c['accent_text']};
}}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus, QDateEdit:focus, QSpinBox:focus,
QListWidget:focus, QTableView:focus {{ border: 3px solid {c['focus']}; padding: {focus_padding}px; }}
QListWidget::item {{ padding: 6px; }}
QMenuBar {{ background: {c['bar']}; }}
QMenuBar::item:selected, QMenu::item:selected {{ background: {c['accent']}; color: {c['accent_text']}; }}
QMenu {{ background: {c['base']}; border: 1px solid {c['border']}; }}
QMenu::item {{ padding: 6px 28px 6px 20px; }}
QMenu::item:disabled {{ color: {c['disabled']}; }}
QStatusBar {{ background: {c['bar']}; font-size: {pt('caption')}pt; }}
QToolTip {{ background: {c['base']}; color: {c['text']}; border: 1px solid {c['border']}; }}
"""


_theme: Theme | None = None


def theme() -> Theme:
    """The application's one theme object."""
    global _theme
    if _theme is None:
        _theme = Theme()
    return _theme
