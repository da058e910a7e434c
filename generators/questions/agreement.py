"""A card's prompt agrees: « Qui » takes a singular verb (« Qui ont lancé … ? » → « Qui a lancé
… ? »), and « de le », « à les », « de un » are contracted and elided, outside quotations and cloze
gaps. Word list: lexicon/question_participles_s.txt.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from generators import lexicon

PROTECTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"|\{\{c\d+::.*?\}\}")


def outside_quotes(text: str, change: Callable[[str], str]) -> str:
    """Apply `change` to the parts of `text` outside quotations and cloze gaps."""
    parts: list[str] = []
    last = 0
    for found in PROTECTED.finditer(text):
        parts.append(change(text[last : found.start()]))
        parts.append(found.group(0))
        last = found.end()
    parts.append(change(text[last:]))
    return "".join(parts)


_WHO_AUXILIARIES = {
    "ont": "a",
    "sont": "est",
    "avaient": "avait",
    "étaient": "était",
    "seront": "sera",
    "auront": "aura",
    "auraient": "aurait",
    "seraient": "serait",
    "vont": "va",
    "doivent": "doit",
    "peuvent": "peut",
    "veulent": "veut",
    "font": "fait",
}
_PARTICIPLE_S = re.compile(r"(?:é|i|u|t)e?s$")
_ADVERBS = frozenset({"pas", "été", "plus", "jamais", "déjà", "bien", "tous", "toutes", "tout"})
_DETERMINERS = frozenset({"les", "des", "ces", "mes", "tes", "ses", "nos", "vos", "leurs"})


def agree_who(prompt: str) -> str:
    """Return « Qui ont lancé … ? » as « Qui a lancé … ? » (« Qui » takes the singular)."""
    found = re.match(
        r"^Qui (?P<neg>ne |n['’])?(?P<refl>se |s['’])?(?P<verb>\w+)(?P<rest>.*)$", prompt, re.S
    )
    if not found:
        return prompt
    verb = found.group("verb")
    rest = found.group("rest")
    if verb in _WHO_AUXILIARIES:
        singular = _WHO_AUXILIARIES[verb]
    elif verb.endswith("aient") and len(verb) > 6:
        singular = verb[: -len("aient")] + "ait"
    else:
        return prompt
    words = [w for w in rest.split(" ")[1:] if w.lower() not in _ADVERBS]
    copula = verb in ("sont", "étaient", "seront", "seraient") and words
    if copula and (words[0].lower() in _DETERMINERS or not _PARTICIPLE_S.search(words[0])):
        return prompt  # « Qui sont les candidats ? » asks who they are
    rest = _singular_participle(rest)
    neg = "n'" if found.group("neg") and singular[0] in "aeiouéè" else found.group("neg") or ""
    refl = "s'" if found.group("refl") and singular[0] in "aeiouéè" else found.group("refl") or ""
    return f"Qui {neg}{refl}{singular}{rest}"


def _singular_participle(rest: str) -> str:
    """Return the words after the auxiliary with their participle in the singular."""
    words = rest.split(" ")
    for i, word in enumerate(words[1:4], start=1):
        if word.lower() in _ADVERBS:
            continue
        if word.lower() in lexicon.word_set("question_participles_s"):
            break
        if _PARTICIPLE_S.search(word) and word.lower() not in _DETERMINERS:
            words[i] = word[:-1]
        break
    return " ".join(words)


_CONTRACTIONS = (
    (re.compile(r"(?<![\w-])de les (?=\w)"), "des "),
    (re.compile(r"(?<![\w-])à les (?=\w)"), "aux "),
    (re.compile(r"(?<![\w-])de le (?=\w+(?<!er|ir|re)\b)"), "du "),
    (re.compile(r"(?<![\w-])à le (?=\w+(?<!er|ir|re)\b)"), "au "),
    (re.compile(r"(?<![\w-])(de|que|ne|se|je) (?=(?:un|une|il|ils|elle|elles|on|en|y)\b)"), None),
)


def contract(prompt: str) -> str:
    """Return `prompt` with « de le » → « du », « à les » → « aux », « de un » → « d'un »."""

    def change(part: str) -> str:
        for pattern, new in _CONTRACTIONS:
            part = pattern.sub(
                new if new else lambda m: m.group(1)[0] + m.group(1)[1:-1] + "’", part
            )
        return part

    return outside_quotes(prompt, change)
