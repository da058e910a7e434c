"""A body named by its kind alone (« le groupe », « le quotidien ») and the body the article names
of that kind: « Le groupe minier Orbex a fermé un site. […] « … », a ajouté le groupe » → Orbex."""

from __future__ import annotations

import functools
import re

from generators import lexicon

_ARTICLE = r"(?:le|la|l'|l’)\s*"
_LOWER = r"(?!(?:de|du|des|d'|à|au|aux|en|et|qui|que)\b)[a-zà-ÿ-]+"
_NAME = r"((?:L'|L’|Le |La |Les )?[A-ZÀ-Ý][\w'’-]*(?: (?:du |de |des |d')?(?:L'|Le |La )?[A-ZÀ-Ý][\w'’-]*)*)"


@functools.cache
def _kind_phrase() -> re.Pattern[str]:
    kinds = "|".join(sorted(lexicon.word_set("quote_body_kinds"), key=len, reverse=True))
    return re.compile(rf"^{_ARTICLE}({kinds})$", re.IGNORECASE)


def named_body(speaker: str | None, text: str, at: int = -1, end: int = -1) -> str | None:
    """Return the one body `text` names with the kind noun of `speaker` (« le groupe » → the X
    of « le groupe X » or « le groupe minier X »), or None when there is none.

    With several, « le quotidien » at offset `at` is the one of them named last before it (by
    its name alone too: « Pour X, … »), when that one is named after all the others. « Le
    journal » points back: a body first named after the sentence ending at `end` is not it."""
    kind = _kind_phrase().match(speaker.strip()) if speaker else None
    if kind is None:
        return None
    noun = re.escape(kind.group(1).lower())
    pattern = re.compile(rf"\b(?i:{noun})(?:\s+{_LOWER}){{0,2}}\s+{_NAME}")
    names = {m.group(1).strip() for m in pattern.finditer(text) if m.group(1)[:1].isupper()}
    if end > 0:
        names = {name for name in names if text.find(name) < end}
    if len(names) > 1 and at > 0:
        return _last_named(names, text[:at])
    return names.pop() if len(names) == 1 else None


def _last_named(names: set[str], before: str) -> str | None:
    """Return the name of `names` last mentioned in `before`, in a later sentence than any
    other's last mention (« Le Matin et La Voix … » leaves « le quotidien » unsure)."""
    last = {name: before.rfind(name) for name in names}
    ranked = sorted(last, key=last.__getitem__, reverse=True)
    other = max(last[n] for n in ranked[1:])
    return ranked[0] if ". " in before[max(other, 0) : last[ranked[0]]] else None
