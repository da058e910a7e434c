"""The group's review of the questions: decisions kept beside the recipe, and the terminal pass.

`decisions.py` reads, checks, saves and applies the decisions file (keep, edit or drop, keyed by
question id); `session.py` walks the questions in the terminal and records what the group decides.
Every build applies the decisions, so a curated deck stays curated when it is rebuilt.
"""
