"""Dates said in French: an ISO date or prefix as a phrase (« le 12 février 2020 »)."""

from __future__ import annotations

import re

from generators import lexicon


def date_text(iso: str, *, with_preposition: bool = True) -> str:
    """Return an ISO date prefix in French: « le 12 février 2020 », « en février 2020 », « en 1999 »."""
    match = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$", iso or "")
    if not match:
        return ""
    year, month, day = match.groups()
    months = lexicon.words("french_months")
    if month and not 1 <= int(month) <= len(months):
        return ""  # « 2021-13 » is no date
    if day:
        day_text = "1er" if int(day) == 1 else str(int(day))
        return f"{'le ' if with_preposition else ''}{day_text} {months[int(month) - 1]} {year}"
    if month:
        return f"{'en ' if with_preposition else ''}{months[int(month) - 1]} {year}"
    return f"{'en ' if with_preposition else ''}{year}"
