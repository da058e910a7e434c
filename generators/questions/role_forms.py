"""A role's forms in a question: a present participle with its object (« représentant la
Belgique ») is no post, and a woman's role written in the masculine is put in the feminine."""

from __future__ import annotations

from generators import lexicon


def participle_role(role: str) -> bool:
    """Tell a present participle with its object (« représentant la Belgique »): what the person
    does, no post, and invariable (lexicon people_participle_objects)."""
    words = role.lower().replace("’", "'").replace("'", "' ").split()
    objects = lexicon.word_set("people_participle_objects")
    return len(words) > 1 and words[0].endswith("ant") and words[1] in objects


def feminine_title(role: str) -> str:
    """Return a woman's role in the feminine when the article wrote its head in the masculine."""
    words = role.split()
    if not words or not words[0].islower() or words[0].endswith("e") or participle_role(role):
        return role
    head = words[0]
    rules = [line.split() for line in lexicon.words("question_feminine_titles")]
    if any(rule == [f"!{head}"] for rule in rules):
        return role
    for rule in rules:
        if len(rule) == 2 and head.endswith(rule[0]):
            rest = words[1:]
            agreed = 0
            while agreed < len(rest) and rest[agreed].isalpha() and rest[agreed].islower():
                if rest[agreed] in lexicon.word_set("question_title_links"):
                    break
                rest[agreed] = _feminine_adjective(rest[agreed])
                agreed += 1
            return " ".join([head[: -len(rule[0])] + rule[1], *rest])
    return role


def _feminine_adjective(word: str) -> str:
    """Return an adjective in the feminine (« général » → « générale », « municipal » → « municipale »)."""
    for ending, feminine in (("el", "elle"), ("if", "ive"), ("eux", "euse"), ("ien", "ienne")):
        if word.endswith(ending):
            return word[: -len(ending)] + feminine
    return word if word.endswith("e") else word + "e"
