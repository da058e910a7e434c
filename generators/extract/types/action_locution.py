"""Story verbs made of a verb and the words after it (lexicon/action_locutions.txt): « A a été
mis en examen », « B a été placé en garde à vue » tell a justice step that « mettre » or
« placer » alone do not. The locution's words follow the verb as written (an adverb between
them, « mis hier en examen », breaks it: the clause is then no story)."""

from __future__ import annotations

import functools
from typing import Any, NamedTuple

from generators import lexicon


class Locution(NamedTuple):
    participle: str  # « mis en examen »: the participle and its words, agreed on the first
    aux: str
    kind: str


@functools.cache
def _table() -> dict[str, list[tuple[tuple[str, ...], Locution]]]:
    table: dict[str, list[tuple[tuple[str, ...], Locution]]] = {}
    for line in lexicon.words("action_locutions"):
        lemma, participle, *words, aux, kind = line.split()
        entry = Locution(" ".join([participle, *words]), aux, kind)
        table.setdefault(lemma, []).append((tuple(words), entry))
    return table


def locution(verb: Any) -> Locution | None:
    """Return the locution `verb` opens with the words right after it, or None."""
    doc = verb.doc
    for words, entry in _table().get(verb.lemma_.lower(), ()):
        after = doc[verb.i + 1 : verb.i + 1 + len(words)]
        if len(after) == len(words) and all(
            t.lower_ == w for t, w in zip(after, words, strict=True)
        ):
            return entry
    return None


def agreed(participle: str, gender: str | None, plural: bool) -> str:
    """Agree a participle, or a locution's first word, with its subject (« mort » → « morte »,
    « nommés », « mis en examen » → « mise en examen »)."""
    head, space, rest = participle.partition(" ")
    word = head + ("e" if gender == "f" and not head.endswith("e") else "")
    word += "s" if plural and not word.endswith("s") else ""
    return word + space + rest


def beyond(verb: Any, participle: str, complement: str | None, phrase: Any) -> str | None:
    """Return the clause's complement past a locution's own words: the charge of « mis en examen
    pour fraude » (« pour fraude »), not « en examen »; `complement` when the verb opens no
    locution, None when nothing follows it."""
    if not complement or " " not in participle or complement not in participle:
        return complement
    last = verb.i + len(participle.split()) - 1
    for tok in verb.doc[last + 1 : verb.sent.end]:
        finite = tok.pos_ in ("VERB", "AUX") and "Fin" in tok.morph.get("VerbForm")
        if finite or tok.text in (";", ".", ":", "«"):
            return None  # another clause: its « pour » is not the charge
        if tok.lower_ == "pour" and tok.dep_ == "case" and tok.head.pos_ == "NOUN":
            found = phrase(tok.head)
            return f"pour {found}" if found and not found.startswith("pour") else found
    return None
