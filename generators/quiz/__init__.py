"""The terminal quiz: sessions, tolerant answer checking, FSRS scheduling, SQLite progress."""
