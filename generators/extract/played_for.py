"""Teams a player played for, told by a verb: « A a joué pour le club X et l'équipe de France »
→ A « joueur du club X », « joueur de l'équipe de France ».

The verbs and the trade they give are data (lexicon/people_team_verbs.txt: « jouer pour »). Each
team is a phrase that names something (a capitalized word) in a list after the verb (« , », « et »);
the list stops at the first phrase that names nothing (« jouer pour le plaisir »); a negated or
future verb gives no role (« n'a jamais joué pour X », « jouera pour X »). The player is
the verb's subject: the person named as the subject right before the verb in its sentence, or
« il » / « elle » resolved as for other titles (`offices.pronoun_holder`). A verb in a past tense
(« a joué », « avait joué », « joua ») makes the role past; the present (« joue ») does not.
"""

from __future__ import annotations

import functools
from typing import Any

from generators import lexicon
from generators.extract.names import NameIndex, RoleMention
from generators.extract.offices import pronoun_holder
from generators.extract.roles import make_role
from generators.extract.titles import title_gender
from generators.extract.tokens import ordered_where
from generators.french.grammar import contract

_TEAM_WORDS = 8  # words of one team's phrase (« le club de football de la ville de X »)
_OF = frozenset({"de", "d'", "du", "des"})
_LIST_ENDS = frozenset({".", ";", ":", "(", ")", "«", "»", "!", "?"})


@functools.cache
def _verbs() -> dict[tuple[str, str], tuple[str, str]]:
    """Map (verb lemma, preposition) → (masculine trade, feminine trade)."""
    table = {}
    for entry in lexicon.words("people_team_verbs"):
        verb, prep, masculine, feminine = entry.split("|")
        table[(verb, prep)] = (masculine, feminine)
    return table


@functools.cache
def _lemmas() -> dict[str, str]:
    """Map each verb's lemma, and its present forms the tagger may leave unlemmatized (« joue »,
    « jouent » of an -er verb), to the lemma."""
    table = {}
    for verb, _prep in _verbs():
        table[verb] = verb
        if verb.endswith("er"):
            table.update({verb[:-2] + ending: verb for ending in ("e", "es", "ent")})
    return table


def _is_team_verb(lower: str, lemma: str) -> bool:
    return lemma in _lemmas() or lower in _lemmas()


def played_for(doc: Any, offset: int, index: NameIndex) -> list[RoleMention]:
    """Return the roles « A a joué pour X, Y et Z » gives A (module docstring)."""
    out: list[RoleMention] = []
    for i in ordered_where(doc, ("LOWER", "LEMMA"), _is_team_verb):
        verb = doc[i]
        if verb.pos_ != "VERB" or i + 2 >= len(doc):
            continue
        lemma = _lemmas().get(verb.lemma_) or _lemmas().get(verb.lower_, "")
        trades = _verbs().get((lemma, doc[i + 1].lower_))
        if trades is None or _not_done(verb):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        holder = _player(doc, subject, verb, offset, index) if subject is not None else None
        if subject is None or holder is None:
            continue
        trade = trades[1] if _gender(subject, holder, index) == "f" else trades[0]
        for team in _teams(doc, i + 2):
            found = make_role(doc, i, i + 1, holder, offset, "verb")
            found.role, found.head = f"{trade} {contract('de', team)}", trade
            found.role_gender, found.past = None, _past(verb)
            out.append(found)
    return out


def _player(doc: Any, subject: Any, verb: Any, offset: int, index: NameIndex) -> str | None:
    """Return who the verb's subject is: a person named in it, or a resolved pronoun."""
    if subject.i > verb.i:
        return None
    if subject.lower_ in ("il", "elle"):
        return pronoun_holder(doc, subject, offset, index)[0]
    phrase = doc[subject.left_edge.i : subject.right_edge.i + 1]  # « la joueuse A B »
    named = index.mentions_in(offset + phrase.start_char, offset + phrase.end_char)
    return named[0].full if len(named) == 1 else None


def _gender(subject: Any, holder: str, index: NameIndex) -> str | None:
    """Return the player's gender: the subject pronoun's or title's (« elle », « la joueuse »),
    the article's votes, or the first name's."""
    if subject.lower_ in ("il", "elle"):
        return "f" if subject.lower_ == "elle" else "m"
    told = title_gender(subject) if subject.pos_ == "NOUN" else None
    first = holder.split()[0].lower()
    if first in lexicon.word_set("people_firstnames_f"):
        told = told or "f"
    return told or index.gender(holder)


def _teams(doc: Any, k: int) -> list[str]:
    """Return the named phrases listed from token `k` (« le club X, le club Y et l'équipe Z »)."""
    teams: list[str] = []
    start = k
    for j in range(k, min(len(doc), k + 4 * _TEAM_WORDS)):
        tok = doc[j]
        ends = tok.text in _LIST_ENDS or tok.is_space or tok.pos_ in ("VERB", "AUX", "NUM")
        ends = ends or (tok.pos_ == "ADP" and tok.lower_ not in _OF)  # « … depuis 2019 »
        if ends or tok.text == "," or tok.lower_ == "et" or j - start >= _TEAM_WORDS:
            phrase = doc[start:j]
            if not len(phrase) or not any(t.text[:1].isupper() for t in phrase):
                return teams  # « pour le plaisir »: nothing named ends the list
            teams.append(phrase.text)
            if ends or j - start >= _TEAM_WORDS:
                return teams
            start = j + 1
    return teams


def _not_done(verb: Any) -> bool:
    """Tell a verb that gives no role: negated (« n'a jamais joué pour »), future or conditional
    (« jouera pour X la saison prochaine »: not held yet)."""
    negated = any(c.lower_ in ("ne", "n'", "n’") for c in verb.children)
    future = "Fut" in verb.morph.get("Tense") or "Cnd" in verb.morph.get("Mood")
    return negated or future or any("Fut" in c.morph.get("Tense") for c in verb.children)


def _past(verb: Any) -> bool:
    """Tell whether the verb is in a past tense: a compound past or a simple past/imperfect."""
    if any(c.dep_.startswith("aux") for c in verb.children):
        return True
    return "Past" in verb.morph.get("Tense") or "Imp" in verb.morph.get("Tense")
