"""Extract person_role facts: titles, ranks and functions tied to a named person.

Sources: a title right before a name (« le brigadier-général A B »), a title phrase then a comma
and the name (« le secrétaire général de X, A B »), appositions after the name (« A B, président
de X et ancien ministre »), attributes (« A B est maire de X », « qui était alors ministre de X »,
« nommé ministre de X »), posts (« son siège de membre du CIO »), possessives (« le cabinet
Lemaire et son associé, M. B » → « associé du cabinet Lemaire »; « X, dont le président A a dit »),
authors (« Dans leur ouvrage intitulé T, A et B … » → « auteur de l'ouvrage T »), and definite
subjects that name a known role (« le secrétaire général a indiqué… »), posts after « comme »
(« engagée comme assistante, elle … », « A travaille comme infirmier ») or « être fait »
(« il est fait chevalier de X »), titles with a post participle (« l'adjoint chargé des
finances, A B ») or an agent left out of the role (« le médiateur nommé par le juge, A B »), and
in a biography (its title is a person's name) possessives naming that person (« Son assistant
A » → « assistant de <subject> »), names listed after a plural title and a colon (« trois
conseillères ont été nommées : A, B et C »), trades in a possessive phrase (« elle commence sa
carrière de chanteuse »), names after their nationality noun sharing the title before them
(« Les tenants du titre, l'Italien A et la Suédoise B »), the members of a list counted after
« dont » (« La liste des candidats à X compte neuf noms, dont A et B »), the one state head a bare
« le chef de l'État » subject stands for, the hosts of a show (« La cérémonie, présentée par A et
B »: agent_roles.py), with a pseudonym or a birth name counted as the person's alias
(pseudonyms.py). Roles are collected once per article by `indexing.collect_roles`
(appositions.py, role_clauses.py) so the quote and leads extractors can resolve « le secrétaire
général » to a person.
"""

from __future__ import annotations

import re
from typing import Any

from generators import lexicon
from generators.extract.context import Context
from generators.extract.names import NameIndex
from generators.extract.role_bodies import hedged
from generators.extract.roles import is_past_role
from generators.extract.tokens import span_text
from generators.records import Fact


def extract(doc: Any, offset: int, ctx: Context) -> list[Fact]:
    """Return the person_role facts of the doc parsed at `offset`."""
    index: NameIndex = ctx.names
    merged = index.doc(offset)
    facts: list[Fact] = []
    for role in index.roles:
        if role.offset != offset or not role.kept or _relation(role.role):
            continue
        if _body_not_person(role.person) or _hedged(merged, role.start - offset):
            continue
        sent = merged[role.sent[0] : role.sent[1]]
        held = role.past or _named_before(role.year, ctx.article.date)
        past = _past(role.role, span_text(sent), held)
        facts.append(
            ctx.fact(
                "person_role",
                sent,
                offset,
                evidence=_evidence(role, bool(past)),
                person=role.person,
                aliases=index.aliases(role.person),
                role=role.role,
                gender=index.gender(role.person),
                role_gender=role.role_gender or index.gender(role.person),
                **past,
            )
        )
    return facts


def _evidence(role: Any, past: bool) -> str | None:
    """Return the confidence row of a role: a pronoun holder, a bare generic role, a past role."""
    if role.kind in ("pronoun", "counterpart"):
        return str(role.kind)
    if role.role.lower() in lexicon.word_set("people_generic_roles"):
        return "generic"
    return "past" if past else None


_YEAR = re.compile(r"\b(?:en |de |depuis )?(?:1[5-9][0-9]{2}|20[0-9]{2})\b")


def _past(role: str, sentence: str, held: bool = False) -> dict[str, Any]:
    """Return `past: true` for a role held before (its words, or `held`: its verb's tense or a past
    date after it, « à l'époque »), with `time` when the sentence dates it."""
    if not (held or is_past_role(role)):
        return {}
    if held:
        return {"past": True}
    when = _YEAR.search(sentence) if role.split()[0].lower() == "alors" else None
    return {"past": True, "time": when.group(0)} if when else {"past": True}


def _named_before(year: int | None, date: str | None) -> bool:
    """Tell whether a naming verb's year (« En 2014, A est élu sénateur ») is before the article's:
    the post was taken, and may have been left, before the article."""
    return year is not None and bool(date) and year < int(str(date)[:4])


def _body_not_person(person: str) -> bool:
    """Tell whether a « person » opens with an elided « d' » (« les chauffeurs d'Orbis »): the
    complement names a body, not someone."""
    return bool(re.match(r"^[dD]['’]\w", person))


def _hedged(doc: Any, start: int) -> bool:
    """Tell whether the role starting at char `start` of `doc` is only hedged (« pourrait occuper
    le poste de ministre », « serait nommé ministre »)."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    i = span[0].i
    while i < len(doc) - 1 and doc[i].pos_ in ("DET", "ADJ") and doc[i].is_lower:
        i += 1  # « l'ancien ministre »: the role's noun
    return hedged(doc, i)


def _relation(role: str) -> bool:
    """Tell whether a role names a relation to someone (« successeur de X »), not a function."""
    modifiers = lexicon.word_set("people_role_modifiers") | lexicon.word_set("people_past_markers")
    words = [w for w in role.lower().replace("'", "' ").split() if w not in modifiers]
    while words and words[0] in ("le", "la", "l'", "les", "son", "sa", "ses", "un", "une", "leur"):
        words = words[1:]
    text = " ".join(words)
    if text in lexicon.word_set("people_bare_relations"):
        return True
    return any(
        text == noun or text.startswith(noun + " ")
        for noun in lexicon.words("people_relation_nouns")
    )
