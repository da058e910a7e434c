"""A stressed pronoun that only underlines its sentence's own subject names nobody new.

« Les maires, eux, ont refusé » and « Le club réalise lui sa pire saison » name their subject
before the pronoun: the card stands on its own. The pronoun must agree with a subject the sentence
opens on (« les »/« des » for « eux »/« elles », a singular article or a capitalised name for
« lui »/« elle »), with no pronoun before it; no preposition may govern it (« pour eux », « selon
lui »: someone named elsewhere; lexicon/question_stressed_governors.txt), and (« eux » apart) it must
stand where an object pronoun cannot (`_stressed_place`: « Les élus lui ont répondu » is an object,
someone else). « quant à lui » always stresses.
"""

from __future__ import annotations

import re

from generators import lexicon

_OPENINGS = {  # the articles a subject agreeing with the pronoun opens on
    "eux": "les|des|ces|nos|vos|leurs|ses|plusieurs|certains",
    "elles": "les|des|ces|nos|vos|leurs|ses|plusieurs|certaines",
    "lui": "le|l'|un|son|ce|cet",
    "elle": "la|l'|une|sa|cette",
}
# what follows a pronoun that stresses the subject after its verb (« réalise eux leur pire score »)
_STRESS_FOLLOWERS = (
    "aussi|non plus|même|seule?s?|sa|son|ses|leur|leurs|le|la|les|l['’]|un|une|des|du"
)
_SINGULAR = ("lui", "elle")  # a name (« Paul Roy, lui, … ») is a singular subject too


def stresses_subject(statement: str, pronoun: str) -> bool:
    """Tell a stressed `pronoun` of `statement` (the card's sentence, as written) that underlines
    the subject the sentence opens on."""
    pronoun = pronoun.lower()
    articles = _OPENINGS.get(pronoun)
    found = re.search(rf"(?<![\w'’-]){pronoun}(?![\w'’-])", statement, re.I)
    if articles is None or found is None:
        return False
    before = statement[: found.start()].lstrip("… ").replace("’", "'")
    if re.fullmatch(r"\s*quant[\s-]+à\s*", before, re.I):
        return False  # « Quant à lui, il … » opening the card: no subject named before it
    words = re.findall(r"[\w'-]+", before)
    opens = re.match(rf"(?:{articles})(?:\s|(?<=')\w)", before, re.I) or (
        pronoun in _SINGULAR and bool(words) and _named(words[0])
    )
    after = statement[found.end() :]
    lower = [w.lower() for w in words]
    if not opens or len(lower) < 2:
        return False
    if not re.search(r"\bquant à\s*$", before, re.I):  # « Le club, quant à lui, »: stressed
        if lower[-1] in lexicon.word_set("question_stressed_governors"):
            return False  # « selon lui », « pour eux »: someone named elsewhere
        if pronoun != "eux" and not _stressed_place(before, after):
            return False  # « Les élus lui ont répondu »: an object before its verb, someone else
    pronouns = lexicon.word_set("question_pronouns")
    return not any(w in pronouns for w in lower)


def _named(word: str) -> bool:
    """Tell a sentence's first word that opens a name (« Paul »), not an article (« Les »)."""
    articles = {a for group in _OPENINGS.values() for a in group.split("|")}
    return word[:1].isupper() and len(word) > 1 and word.lower() not in articles


def _stressed_place(before: str, after: str) -> bool:
    """Tell a pronoun that stands where only a stressed one can: between commas, before a comma,
    or after its verb before what the verb takes (« réalise lui sa pire saison », « devrait lui
    légèrement baisser »). An object pronoun is never followed by a comma, an article or an adverb
    in « -ment ». « eux » is never an object pronoun: it needs none of this."""
    if re.match(r"\s*,", after):
        return True
    follows = rf"\s+(?:{_STRESS_FOLLOWERS}|\w+ment)(?![\w'’-])"
    return bool(before.strip()) and re.match(follows, after, re.I) is not None
