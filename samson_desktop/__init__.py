"""SAMSON desktop: an offline scorecard and dialogue tool for co-creation workshops."""

__version__ = "0.1.0"
