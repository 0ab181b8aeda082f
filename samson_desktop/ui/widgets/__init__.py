"""Building blocks of the workshop pages: answer buttons, measure entry, continuum, matrix, lists."""
