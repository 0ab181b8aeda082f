"""The SAMSON model, scoring and comparison: pure Python, no Qt, no file access."""
