"""Names, titles and slogans in quote marks: words that a naming word introduces are no speech.

French grammar names a thing with a participle of naming (« un plan baptisé « … » », « le boxeur,
surnommé « … » », « un livre intitulé « … » ») or with the noun of what is named right before the
marks (« la campagne « Nous méritons mieux » », « le slogan « … » »), or names it inside the marks
(« l'« affaire Dupuis » », lexicon/quote_affair_nouns.txt). Those quoted words are a name,
whoever coined them: no quote fact. After a noun of naming, lower-case words are a name too
(« le slogan « tous ensemble » »), unless they are only adjectives and adverbs: a judgement
(« une campagne « brutale et injuste » »).
"""

from __future__ import annotations

from typing import Any

from generators import lexicon
from generators.extract.quote_marks import Quoted, quote_tokens


def named_in_marks(doc: Any, quoted: Quoted) -> bool:
    """Tell whether quoted words follow a word of naming (« baptisé », « la campagne »)."""
    before = quote_tokens(doc, max(0, quoted.start - 60), quoted.start - 1)
    inside = [t for t in quote_tokens(doc, quoted.start, quoted.end) if not t.is_punct]
    if not before or not inside:
        return False
    if _affair_name(inside):
        return True  # « l'« affaire Dupuis » »
    word = before[-1]
    if word.lower_ in lexicon.word_set("quote_naming_participles"):
        return True
    nouns = lexicon.word_set("quote_naming_nouns")
    named = word.lemma_.lower() in nouns or word.lower_ in nouns
    if not named or inside[0].text[:1].isupper():
        return named
    return word.pos_ == "NOUN" and not _judgement(inside) and not _predicate(inside[0])


def _affair_name(inside: list[Any]) -> bool:
    """Tell whether quoted words are a case's, plan's or law's name: a noun of
    lexicon/quote_affair_nouns.txt then a capitalized word, at most five words, no lower-case verb
    (« l'« affaire Dupuis » », « le « plan Lenoir » »; not « « le plan Lenoir échoue » »)."""
    first = inside[0]
    return (
        len(inside) <= 5
        and first.lower_ in lexicon.word_set("quote_affair_nouns")
        and first.text[:1].islower()
        and any(t.text[:1].isupper() for t in inside[1:])
        and not any(t.pos_ in ("VERB", "AUX") and t.is_lower for t in inside)
    )


def _judgement(inside: list[Any]) -> bool:
    """Tell whether lower-case quoted words are only adjectives and adverbs (« une campagne
    « brutale et injuste » »): a judgement on the noun, not its name (« le slogan « tous
    ensemble pour le port » », « son livre « la mer est à nous » »)."""
    return all(t.pos_ in ("ADJ", "ADV", "CCONJ") for t in inside)


def _predicate(first: Any) -> bool:
    """Tell whether quoted words open on a verb or a negation (« l'opération « visait à … » »):
    the noun before them is their subject, not what they name."""
    return first.pos_ in ("VERB", "AUX") or first.lower_ in ("ne", "n'", "n’")
