"""The pages of the workshop window, one per step: start, setup, weighting, questions, overview, measures, report."""
