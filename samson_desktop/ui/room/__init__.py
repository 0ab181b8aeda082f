"""The phone room in the window: the facilitator's controls, the projector view and their link to the session."""
