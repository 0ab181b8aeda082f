"""The peer-learning seminar window (issue 16): pick cases and what each shares, show them to the room, build the deck.

The window reads only the shared ``Seminar`` built by ``core.seminar``: what a case keeps to itself never
reaches a widget. It is loaded on first use through ``ui/tool_windows.py``.
"""
