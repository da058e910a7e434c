"""Succession cues written as data: the verbs, phrases and pronouns a succession rule reads.

`verb_form` (a succession verb the parse took for a noun), `phrase_end` (« prendre la suite de »,
lexicon succession_phrases), `yielding_end` (« céder sa place à »: the subject came first,
lexicon succession_yielding_phrases), `clitic_before` (« lui succède », « pour le remplacer »),
`negated` / `unrealized` (« ne succède pas », « pourrait / veut succéder », lexicon
succession_negations and succession_intent_verbs), `post_end` (« à la tête de »).
"""

from __future__ import annotations

import functools
from typing import Any

from generators import lexicon
from generators.extract.tokens import norm, phrases, tokens_where
from generators.extract.tokens import phrase_starts as _starts_of


def negated(verb: Any) -> bool:
    """Tell whether the verb is negated (« ne succède pas à », lexicon succession_negations)."""
    return any(c.lower_ in lexicon.word_set("succession_negations") for c in verb.children)


def wished(verb: Any, reach: int = 5) -> bool:
    """Tell whether a verb sits under a wish or a demand a few heads up (« demandant à ce que X
    parte en laissant sa place à Y »; lexicon succession_intent_verbs)."""
    intents = lexicon.word_set("succession_intent_verbs")
    for step, head in enumerate(verb.ancestors):
        if step >= reach:
            break
        if head.lemma_.lower() in intents:
            return True
    return False


def unrealized(verb: Any) -> bool:
    """Tell whether an infinitive depends on a conditional, negated or wishing verb (« pourrait
    succéder », « veut remplacer », lexicon succession_intent_verbs)."""
    if "Inf" not in verb.morph.get("VerbForm"):
        return False
    k = verb.i - 1
    while k >= 0 and verb.doc[k].pos_ in ("ADP", "PRON", "ADV") and verb.i - k < 4:
        k -= 1  # « souhaite lui succéder », « tente de le remplacer »
    wish = k >= 0 and verb.doc[k].lemma_.lower() in lexicon.word_set("succession_intent_verbs")
    if wish:
        return True
    if verb.dep_ != "xcomp":
        return False
    return "Cnd" in verb.head.morph.get("Mood") or negated(verb.head)


@functools.cache
def head_posts() -> tuple[tuple[str, ...], ...]:
    """Return the head-post phrases (« à la tête »), longest first."""
    return tuple(sorted(phrases("succession_head_posts"), key=len, reverse=True))


def post_end(doc: Any, i: int) -> int:
    """Return the index after « à la tête de » (lexicon succession_head_posts) starting at `i`, or -1."""
    for words in head_posts():
        after = i + len(words)
        if (
            after < len(doc)
            and all(w == t.lower_ for w, t in zip(words, doc[i:after], strict=False))
            and doc[after].lower_ in ("de", "du", "des", "d'")
        ):
            return after + 1
    return -1


def verb_form(doc: Any, tok: Any) -> bool:
    """Tell whether a token the parse took for a noun is a succession verb (« qui lui succède »):
    lower case, no determiner before it, its accent-free form starting like one of the verbs."""
    if tok.pos_ not in ("NOUN", "X", "PROPN", "ADJ") or not tok.is_lower or tok.i == 0:
        return False
    prev = doc[tok.i - 1]
    clitic = prev.lower_ in ("le", "la", "l'", "les") and tok.lower_.endswith("er")
    if not clitic and (prev.pos_ == "DET" or prev.lower_ in ("de", "d'", "du", "des", "en")):
        return False  # « le remplacement », « du successeur »; not « pour le remplacer »
    if tok.lemma_.lower() in lexicon.word_set("succession_nouns") or tok.lower_.endswith(
        ("ment", "ant", "ante", "ants", "antes")
    ):
        return False
    return _verb_like(norm(tok.text))


@functools.lru_cache(maxsize=16384)
def _verb_like(form: str) -> bool:
    """Tell whether an accent-free form starts like a succession verb (its stem)."""
    return _starts_like(form, _succession_stems())


@functools.cache
def _succession_stems() -> tuple[str, ...]:
    return tuple(norm(v)[:-2] for v in lexicon.words("succession_verbs"))


def _starts_like(form: str, stems: tuple[str, ...]) -> bool:
    """Tell whether an accent-free form starts with one of `stems` (a verb's form whose lemma the
    parser missed: « succède », « laisse »)."""
    return any(form.startswith(stem) for stem in stems)


def cue_tokens(doc: Any) -> frozenset[int]:
    """Return the tokens of `doc` where a succession cue may start (a superset): a cue word's
    lemma or form (verbs, nouns, the first word of a phrase) or a form like a succession verb's
    (`verb_form`). No other token yields a pair."""
    return tokens_where(doc, ("ORTH", "LOWER", "LEMMA"), _may_cue)


def _may_cue(text: str, lower: str, lemma: str) -> bool:
    return (
        lemma.lower() in _cue_lemmas()
        or lower in phrase_starts()
        or _verb_like(norm(text))
        or _yield_form(lower)
    )


@functools.cache
def _cue_lemmas() -> frozenset[str]:
    """Return the lemmas a cue may start with: verbs, nouns, first words of phrases."""
    lemmas = lexicon.word_set("succession_verbs") | _starts_of("succession_yielding_phrases")
    lemmas |= _yielded()[0]
    lemmas |= lexicon.word_set("succession_nouns") | phrase_starts()
    return lemmas | lexicon.word_set("succession_predecessor_nouns")


@functools.cache
def _yielded() -> tuple[frozenset[str], frozenset[str]]:
    """Return the verbs that hand a post over and the posts (lexicon succession_yielded_posts)."""
    verbs: frozenset[str] = frozenset()
    posts: set[str] = set()
    for line in lexicon.words("succession_yielded_posts"):
        if line.startswith("verbs:"):
            verbs = frozenset(line.removeprefix("verbs:").split())
        else:
            posts.add(line)
    return verbs, frozenset(posts)


def _yield_form(lower: str) -> bool:
    """Tell a form of a handing-over -er verb whose lemma the parser missed (« laisse »)."""
    return _starts_like(norm(lower), _yield_stems())


@functools.cache
def _yield_stems() -> tuple[str, ...]:
    return tuple(norm(v)[:-2] for v in _yielded()[0] if v.endswith("er") and len(v) > 5)


_YIELD_DETERMINERS = frozenset({"son", "sa", "ses", "le", "la", "les", "l'", "leur"})
_YIELD_REACH = 8  # words between the post and « à » (« la présidence du conseil régional »)


def _yielded_post_end(doc: Any, i: int) -> int:
    """Return the end of « céder la présidence du club à » at `i`, or -1."""
    k = i + 1
    if k + 1 >= len(doc) or doc[k].lower_ not in _YIELD_DETERMINERS:
        return -1
    if doc[k + 1].lemma_.lower() not in _yielded()[1] and doc[k + 1].lower_ not in _yielded()[1]:
        return -1
    for j in range(k + 2, min(len(doc), k + 2 + _YIELD_REACH)):
        if doc[j].lower_ == "à":
            return j + 1
        if doc[j].is_punct or doc[j].pos_ in ("VERB", "AUX", "CCONJ", "SCONJ"):
            return -1
    return -1


def yielding_end(doc: Any, i: int) -> int:
    """Return the end of « céder sa place à » (lexicon succession_yielding_phrases) at `i`, or -1."""
    lemma = doc[i].lemma_.lower()
    if lemma in _yielded()[0] or _yield_form(doc[i].lower_):
        end = _yielded_post_end(doc, i)
        if end > 0:
            return end
    if lemma not in _starts_of("succession_yielding_phrases"):
        return -1  # most words: no phrase starts with them
    for words in phrases("succession_yielding_phrases"):
        end = i + len(words)
        if (
            end <= len(doc)
            and lemma == words[0]
            and all(w == t.lower_ for w, t in zip(words[1:], doc[i + 1 : end], strict=False))
        ):
            return end
    return -1


@functools.cache
def phrase_starts() -> frozenset[str]:
    """Return the first words of the succession phrases."""
    return frozenset(words[0] for words in phrases("succession_phrases"))


def phrase_end(doc: Any, i: int) -> int:
    """Return the end of a succession phrase (« prendre la suite de ») starting at `i`, or -1."""
    tok = doc[i]
    first = {tok.lower_, tok.lemma_.lower()}
    if first.isdisjoint(phrase_starts()):
        return -1
    for words in phrases("succession_phrases"):
        if words[0] not in first or i + len(words) > len(doc):
            continue
        tokens = doc[i : i + len(words)]
        if all(
            w == (t.lemma_.lower() if k == 0 else t.lower_) or w == t.lower_
            for k, (w, t) in enumerate(zip(words, tokens, strict=False))
        ):
            return i + len(words)
    return -1


def clitic_before(doc: Any, verb: Any) -> Any:
    """Return the object pronoun right before the verb or its auxiliary (« lui a succédé »,
    « pour le remplacer »), or None."""
    k = verb.i - 1
    while k >= 0 and doc[k].pos_ == "AUX":
        k -= 1
    if k < 0:
        return None
    word = doc[k]
    object_pronoun = word.pos_ == "PRON" or verb.lower_.endswith("er")  # not « le remplaçant »
    if word.lower_ == "lui" or (word.lower_ in ("le", "la", "l'") and object_pronoun):
        return word
    return None
