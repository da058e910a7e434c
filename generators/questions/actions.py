"""How an action clause is asked: whether « Qui » can ask its actor, the figure its object opens
on, the verb's participle as « X a revendiqué … » uses it."""

from __future__ import annotations

import re
from typing import Any

from generators import lexicon
from generators.french.countries import demonyms
from generators.french.grammar import Phrase, elide, fold, format_number, invert, normalize_gender
from generators.questions.clause_dates import other_clause_date
from generators.questions.event_context import unnamed_win, whole_of
from generators.questions.phrasing import strip_article
from generators.records import Fact


def asked_what(fact: Fact, agent: str, title: str) -> str:
    """Return what the action is about: its object or complement (a bare part of a competition
    with the competition the title names: « la finale de la Coupe de X »), else its agent (not for
    an appointment, which the post tells)."""
    what = str(fact.get("object") or fact.get("complement") or "")
    if not what and fact.get("kind") == "appointment":
        return ""  # « Qui a été nommée par X ? »: X names many; the post tells which
    among = str(fact.get("among") or "")  # « chez les femmes »: the race the win is told for
    whole = whole_of(what, title)
    if whole == what:
        whole = _with_competition(what, fact, title)
    if what and among and fold(among) not in fold(what):
        return f"{whole} {among}"
    return whole if what else (f"par {agent}" if agent else "")


def thing_phrase(actor: str, fact: Fact, number: str, title: str) -> Phrase:
    """Return an actor that is no person as a phrase, its article lower-cased; the subject of a
    passive win (« la danse sur glace a été remportée par … ») said with the competition the title
    names when it names none itself (event_context.unnamed_win)."""
    subject = re.sub(r"^(L[ae]s?|L’|L'|Une?|Des)\b", lambda m: m.group(0).lower(), actor)
    if fact.get("voice") == "passive":
        subject = _with_competition(subject, fact, title)
    return Phrase(subject, normalize_gender(fact.get("gender")), number, article=False)


def _with_competition(words: str, fact: Fact, title: str) -> str:
    """Return a win's words that name nothing with the competition the title names
    (event_context.unnamed_win); a win the sentence places (« à Sarnac ») keeps its words."""
    if fact.get("kind") != "win" or fact.get("place"):
        return words
    return unnamed_win(words, title) or words


def asked_who(actor: str, is_person: bool) -> bool:
    """Tell whether « Qui » asks for the actor: a person, an institution or a named body; never a
    thing nor an indefinite phrase (« un homme » was judged useless)."""
    bare = re.sub(r"(?i)^(?:une?|des)\s+", "", strip_article(actor))
    head = fold(bare).split()[:1]
    if bare != strip_article(actor):  # « Qui … ? → une avalanche, un homme »: nothing to learn
        return is_person
    if not is_person and len(bare.split()) == 1 and bare.lower() in demonyms():
        return False  # « → l'Allemande »: which one? (the extraction names her when it can)
    return (
        is_person
        or bool(head and head[0] in lexicon.word_set("action_institutions"))
        or bare[:1].isupper()
    )


_FIGURE = re.compile(
    r"^(?:(?:environ|près de|plus de|moins de|quelque)\s+)?\d+(?:[\u00a0\u202f .,]\d+)*"
    r"(?:\s*%|\s+(?!en\b|dans\b|à\b|au\b|de\b|le\b|la\b)[^\W\d_][\w’'-]*)?"
)


def figure_of(text: str) -> str:
    """Return the figure an object opens on, hedge and unit kept (« 14 km vers le sud » → « 14 km »,
    « deux titres nationaux » → « deux titres »)."""
    flat = " ".join(text.split())
    found = _FIGURE.match(flat)
    if found:
        return found.group(0).strip(" .,")
    words = re.match(r"([^\W\d_]+)\s+([^\W\d_][\w’'-]*)", flat)
    counts = lexicon.word_set("numbers_words") - {"un", "une"}
    return words.group(0) if words and words.group(1).lower() in counts else ""


def active_participle(lemma: str) -> str:
    """Return the verb's participle unagreed, as « X a revendiqué … » uses it (lexicon data)."""
    for line in lexicon.words("action_verbs"):
        parts = line.split()
        if len(parts) >= 2 and parts[0] == lemma:
            return parts[1]
    return ""


_AVOIR = frozenset({"a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient"})


def unagreed(predicate: str, fact: Fact) -> str:
    """Return an active predicate with « avoir » with its participle unagreed: « a obtenue » (a
    slip of the source, the object follows) is asked « Qu'a obtenu X ? »."""
    words = predicate.split()
    base = active_participle(str(fact.get("verb") or ""))
    if (
        fact.get("voice") == "active"
        and len(words) >= 2
        and words[0].lower() in _AVOIR
        and base
        and words[-1] != base
        and words[-1].lower().startswith(base)
    ):
        words[-1] = base
    return " ".join(words)


def own_date(fact: Fact, predicate: str, what: str) -> str:
    """Return the action's date, or '' when the sentence gives it to another clause, or when it is
    a month or a year its object already pins down (« a remporté l'élection de 2016 »: never « …
    de 2016 en janvier 2016 ? »)."""
    date = str(fact.get("date") or "")
    vague = re.fullmatch(r"en (?:\w+ )?(\d{4})", date)
    if vague and re.search(rf"(?<!\d){vague.group(1)}(?!\d)", what):
        return ""
    sentence = " ".join(fact.sentence.split())
    anchor = f"{predicate} {what}" if f"{predicate} {what}" in sentence else predicate
    return "" if date and other_clause_date(sentence, anchor, date) else date


def tally_fields(fact: Fact) -> dict[str, Any]:
    """Return a vote's tally as asked back (« 22 pour, 10 contre », '' without both sides), who
    voted (« membres », '' when the article does not say) and a death toll (`toll_asked`)."""
    ayes, noes = fact.get("votes_for"), fact.get("votes_against")
    both = isinstance(ayes, int) and isinstance(noes, int)
    tally = f"{format_number(ayes)} pour, {format_number(noes)} contre" if both else ""
    abstained = fact.get("abstentions")
    if tally and isinstance(abstained, int):
        tally += f", {format_number(abstained)} abstention{'s' if abstained > 1 else ''}"
    return {"tally": tally, "voters": str(fact.get("voters") or ""), "toll": toll_asked(fact)}


def toll_asked(fact: Fact) -> dict[str, str]:
    """Return a death toll as asked, « Combien de personnes la tempête a-t-elle tuées ? »: its
    count (« au moins douze »), « de » and its noun (« d'habitants ») and the verb's participle
    agreed with the noun; {} if none."""
    count, noun = str(fact.get("toll") or ""), str(fact.get("toll_noun") or "")
    participle = active_participle(str(fact.get("verb") or ""))
    genders = dict(line.split() for line in lexicon.words("action_toll_nouns"))
    gender = genders.get(noun, "")
    if not (count and participle and gender):
        return {}
    agreed = participle + ("e" if gender == "f" else "") + ("" if participle.endswith("s") else "s")
    return {"count": count, "of_noun": elide("de", noun), "participle": agreed}


def occurred(predicate: str, actor: Phrase) -> str:
    """Return the verb group asked after « Où »: « s'est-elle déroulée », « se sont-ils
    déroulés », « est-il survenu »; '' for another tense or shape."""
    found = re.match(r"^(s['’]|se )?(est|sont|a|ont) (\S+)$", predicate)
    if found is None:
        return ""
    reflexive, auxiliary, participle = found.groups()
    return f"{reflexive or ''}{invert(auxiliary, actor)} {participle}"


def template_kind(fact: Fact) -> str:
    """Return the kind the templates see: a win over an opponent (lexicon action_opponent_verbs:
    « battre », « vaincre ») reads « beat », its object being no prize to ask with « Qu'a … ? »."""
    kind = str(fact.get("kind") or "")
    if kind == "win" and str(fact.get("verb") or "") in lexicon.word_set("action_opponent_verbs"):
        return "beat"
    return kind
