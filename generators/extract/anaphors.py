"""A title's demonstrative complement resolved to the named body it points back to."""

from __future__ import annotations

from typing import Any

_LINKS = {"ce": "du", "cet": "de l'", "cette": "de la"}

_REACH = 80  # tokens back where the body must have been named


def demonstrative_body(doc: Any, j: int) -> tuple[int, str] | None:
    """« le patron de cette banque » after « la banque Morvan … » → (end, « de la banque Morvan »).

    `j` is where the title phrase stopped; the complement must be « de ce / cet / cette » and a
    common noun, and the same noun must come before with a capitalized name after it (its
    lower-case adjectives skipped). Returns the token after the noun and the resolved complement.
    """
    if j + 2 >= len(doc) or doc[j].lower_ != "de" or doc[j + 1].lower_ not in _LINKS:
        return None
    noun = doc[j + 2]
    if noun.pos_ != "NOUN" or not noun.is_lower:
        return None
    for k in range(j - 1, max(j - _REACH, -1), -1):
        if doc[k].lower_ == noun.lower_:
            name = _named_after(doc, k)
            if name is not None:
                link = _LINKS[doc[j + 1].lower_]
                joiner = "" if link.endswith("'") else " "
                return j + 3, f"{link}{joiner}{name}"
    return None


def _named_after(doc: Any, k: int) -> str | None:
    """Return « banque suisse Morvan » when capitalized words follow the noun at `k`, else None."""
    end = k + 1
    while end < len(doc) and doc[end].pos_ == "ADJ" and doc[end].is_lower:
        end += 1
    start_name = end
    while end < len(doc) and doc[end].text[:1].isupper() and not doc[end].is_punct:
        end += 1
    return str(doc[k:end].text) if end > start_name else None
