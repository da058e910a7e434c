"""Action facts told by an outcome noun in the first paragraph, which has no story verb.

« La course de Vallon a vu dimanche la victoire de Léa Morel » → Léa Morel a remporté la course de
Vallon; « la victoire de Léa Morel au marathon de Brova » → … a remporté le marathon de Brova;
« l'élection de Marie Vasseur à la tête du conseil régional » → … a été élue à la tête du conseil
régional. Nouns and witness verbs are data (lexicon action_outcome_nouns, action_outcome_witnesses).
The winner must be one person the name index knows, the event a whole noun phrase.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from generators import lexicon
from generators.extract.context import Context
from generators.extract.types.action import verbs
from generators.extract.types.action_time import clause_date
from generators.extract.types.action_title import (
    already_told,
    completed,
    outcome_fields,
    outcome_nouns,
)
from generators.extract.types.action_weight import lead_end
from generators.records import Fact, make_fact

_SENTENCE = re.compile(r"[^.!?]+[.!?]")
_ACTOR_END = re.compile(r"\s*(?:[,;.(]|\s(?:devant|face|avec|qui|au|à|aux|en|pour|sur)\s)")


def lead_outcomes(ctx: Context) -> list[Fact]:
    """Return the action facts of the outcome nouns of the first paragraph (a pass after the extractor)."""
    facts: list[Fact] = []
    for sentence, start in _lead_sentences(ctx):
        fields = _read(sentence, start, ctx)
        if fields is None or already_told(fields, ctx):
            continue
        date, _ = clause_date(sentence, ctx)
        fields = completed(fields, ctx)
        if date:
            fields |= {"date": date, "date_inferred": False}
        facts.append(
            make_fact(ctx.slug, "action", sentence, start, start + len(sentence), **fields)
        )
        ctx.extras.setdefault("action.made", []).append(facts[-1])
    return facts


def _lead_sentences(ctx: Context) -> Iterator[tuple[str, int]]:
    """Yield the sentences of the first paragraph with their article offsets."""
    end = lead_end(ctx)
    begin = ctx.article.text.rfind("\n", 0, end) + 1
    for found in _SENTENCE.finditer(ctx.article.clean[begin:end]):
        text = found.group(0).strip()
        yield text, ctx.article.text.find(text, begin + found.start())


def _read(sentence: str, start: int, ctx: Context) -> dict[str, Any] | None:
    """Return the fields of the sentence's first outcome noun, or None."""
    nouns = "|".join(re.escape(n) for n in outcome_nouns())
    found = re.search(
        rf"(?<!\w)(?:la |l'|l’)(?P<noun>{nouns}) (?:de |du |d')", sentence, re.IGNORECASE
    )
    if found is None:
        return None
    lemma, kind, voice = outcome_nouns()[found.group("noun").lower()]
    tail = sentence[found.end() :]
    fields = outcome_fields(tail, lemma, kind, voice, ctx)
    if fields is not None or voice != "active":
        return fields
    return _witnessed(sentence[: found.start()], tail, start + found.end(), lemma, ctx)


def _witnessed(head: str, tail: str, at: int, lemma: str, ctx: Context) -> dict[str, Any] | None:
    """Read « EVENT a vu (dimanche) la victoire de X »: X won EVENT."""
    witnesses = "|".join(lexicon.words("action_outcome_witnesses"))
    found = re.match(rf"^(?P<event>(?:Le|La|L'|Les) [^,;:]+?) (?:{witnesses})\b", head)
    cut = _ACTOR_END.search(tail)
    if found is None or cut is None:
        return None
    people = {m.full for m in ctx.names.mentions_in(at, at + cut.start())}
    if len(people) != 1 or len(found.group("event").split()) > 10:
        return None
    actor = next(iter(people))
    event = found.group("event")
    return {
        "actor": actor,
        "actor_is_person": True,
        "gender": ctx.names.gender(actor),
        "number": "sg",
        "verb": lemma,
        "kind": "win",
        "voice": "active",
        "predicate": f"a {verbs()[lemma].participle}",
        "object": event[0].lower() + event[1:],
        "complement": None,
        "agent": None,
    }
