"""French with no spaCy: grammar (elision, contraction, agreement), numbers, dates, folding."""
