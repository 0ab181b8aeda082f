"""Short profile summaries that docs/performance.md quotes: where the time of each measured path goes."""

PROFILE_NOTES = """
No profiles recorded yet.
"""
