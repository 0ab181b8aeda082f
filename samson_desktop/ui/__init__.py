"""The Qt workshop window."""
