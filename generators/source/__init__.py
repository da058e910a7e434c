"""What the user points at: articles (decoding, header, boilerplate), deck recipes, SOURCE resolution."""
