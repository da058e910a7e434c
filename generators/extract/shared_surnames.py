"""First names that share one surname: « Lucie et Marc Vernet » are Lucie Vernet and Marc Vernet.

French coordinates two first names before the surname they share (a couple, siblings): the lone
first name before « et » is a person whose full name is that first name and the surname of the name
after « et ». Only known first names (people_firstnames_f/m) on both sides, the lone one not the end
of a longer name (« Paul Roux et Marc Vernet » are two full names), and only two words after « et »
(« Lucie et Marc Vernet »; « Lucie et Marc Vernet Durand » is left alone).
"""

from __future__ import annotations

from typing import Any

from generators.extract.name_spans import first_names
from generators.extract.tokens import token_span

Raw = tuple[int, int, str, str | None, bool]


def shared_surnames(doc: Any, offset: int, found: list[Raw]) -> tuple[list[Raw], dict[int, str]]:
    """Return the lone first names to add as mentions and {article start: full name} for them."""
    firsts = first_names()
    starts = {start: end for start, end, *_ in found}
    added: list[Raw] = []
    fulls: dict[int, str] = {}
    for start, end, text, _hint, _titled in found:
        words = text.split()
        span = token_span(doc, start - offset, end - offset)
        if len(words) != 2 or words[0] not in firsts or words[1] in firsts or len(span) != 2:
            continue
        k = span.start
        if k < 2 or doc[k - 1].lower_ != "et" or doc[k - 2].text not in firsts:
            continue
        lone = doc[k - 2]
        if k >= 3 and doc[k - 3].text[:1].isupper() and not doc[k - 3].is_sent_start:
            continue  # « Paul Roux et Marc Vernet »: the word before « et » ends a name
        lone_start = offset + lone.idx
        lone_end = starts.get(lone_start)
        if lone_end is None:
            added.append((lone_start, lone_start + len(lone.text), lone.text, None, False))
        elif lone_end != lone_start + len(lone.text):
            continue
        fulls[lone_start] = f"{lone.text} {words[1]}"
    return added, fulls
