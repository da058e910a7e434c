"""factdeck: French news articles → facts → questions → Anki decks and terminal quizzes."""

__version__ = "0.1.0"
