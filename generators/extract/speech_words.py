"""Words of attribution read on their own: subject pronouns, speech verbs, body phrases, quote marks
around a character (« a déclaré », « -t-il », « le ministère de X », « l'agence Y »)."""

from __future__ import annotations

import functools
from typing import Any

from generators import lexicon
from generators.extract.head_titles import demonym_countries
from generators.extract.roles import is_acronym
from generators.extract.titles import title_end
from generators.extract.tokens import text_of

_STOP = frozenset({",", ".", ";", ":", "«", "»", '"', "(", ")", "!", "?"})


def subject_pronoun(tok: Any) -> str | None:
    """Return « il », « elle », « ils » or « elles » for a subject pronoun token (« -t-il », « -elles »)."""
    word = tok.lower_.lstrip("-")
    word = word.removeprefix("t-")
    return word if word in ("il", "elle", "ils", "elles") else None


def in_quotes(doc: Any, idx: int) -> bool:
    """Tell whether character `idx` of the doc lies inside quote marks opened in its paragraph."""
    text = text_of(doc)
    before = text[text.rfind("\n", 0, idx) + 1 : idx]
    return before.count("«") + before.count("“") > before.count("»") + before.count("”")


def plural_verb(verb: Any) -> bool:
    """Tell whether a verb (or its auxiliary) is plural (« ont déclaré », « écrivent »)."""
    words = [verb, *(c for c in verb.children if c.pos_ == "AUX")]
    return any("Plur" in t.morph.get("Number") for t in words) or (
        verb.lower_.endswith(("ent", "ont")) and not verb.lower_.endswith("ment")
    )


def gender_word(gender: str) -> str:
    """Return the subject pronoun of `gender`."""
    return "elle" if gender == "f" else "il"


def body_phrase(doc: Any, head: Any) -> str | None:
    """Return « le ministère de X », « l'agence Y », « le procureur » when `head` names a body or an
    unfilled role; None for other nouns (« le témoin »: an anonymous person)."""
    lemma = head.lemma_.lower()
    if lemma in lexicon.word_set("quote_anonymous_nouns"):
        return None
    bodies = lexicon.word_set("quote_body_nouns")
    organisation = head.ent_type_ == "ORG" or (
        head.pos_ in ("PROPN", "NOUN")
        and (head.ent_type_ == "MISC" or (head.text.isupper() and len(head.text) > 1))
    )
    titled = title_end(doc, head.i) > 0
    if not (lemma in bodies or head.lower_ in bodies or organisation or titled):
        return None
    start, end = phrase_bounds(doc, head)
    return str(doc[start:end].text)


def phrase_bounds(doc: Any, head: Any) -> tuple[int, int]:
    """Return the token bounds of the noun phrase `head` heads, as written: its determiner,
    numerals and adjectives before it (« les dix délégués »), its complements after it up to a
    verb, a punctuation mark or a time word (« le syndicat des dockers »)."""
    titled = title_end(doc, head.i) > 0
    start = head.i
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.pos_ == "NOUN" and before.is_lower and before.head.i == head.i:
        start -= 1  # « une source policière »: the parser made the adjective the head
    while start > 0 and _before_noun(doc, start - 1) and head.i - start < 3:
        start -= 1
    while start < head.i and doc[start].pos_ == "ADJ" and not _named_with(doc[start], head):
        start += 1  # « l'organisation humanitaire X »: the adjective is the noun's before it
    end = max(head.i + 1, title_end(doc, head.i)) if titled else head.i + 1
    while end < len(doc) and end - head.i < 12:
        if _acronym_aside(doc, end):
            end += 3  # « la Société des lecteurs (SDL) de X »
            continue
        if doc[end].text in _STOP or end - head.i >= 9 or _time_word(doc[end]):
            break  # « a affirmé l'ONU lundi »: the day is the verb's
        word = doc[end]
        named = head.ent_type_ == "ORG" and word.ent_iob_ == "I"  # « l'Aéro club de X »
        proper_part = word.pos_ == "VERB" and doc[end - 1].text[:1].isupper() and word.is_lower
        proper_part = proper_part and "Part" in word.morph.get("VerbForm")  # « Nations unies »
        demonym = word.lower_ in _demonyms()  # « l'agence officielle syrienne », tagged a verb
        if word.pos_ in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ") and not (
            named or proper_part or demonym
        ):
            break
        if word.lower_ in speech_forms():
            break  # « la diplomatie tempère cependant », whatever the tagger made of the verb
        kept = titled and _title_area(doc, end)  # « le secrétaire d'État aux Sports »
        if word.pos_ == "ADP" and word.lower_ not in ("de", "des", "du", "d'") and not kept:
            break
        end += 1
    while end > head.i + 1 and doc[end - 1].pos_ in ("ADP", "DET"):
        end -= 1
    return start, end


def _named_with(word: Any, head: Any) -> bool:
    """Tell whether a word in capitals opens the name of a capitalized head (« SOS Amis X »)."""
    return is_acronym(word) and head.text[:1].isupper()


def _before_noun(doc: Any, k: int) -> bool:
    """Tell whether token `k` belongs to the noun phrase after it: a determiner, an adjective, or a
    numeral after a determiner (« les dix délégués », not « en 2018 le ministère »)."""
    if doc[k].pos_ == "NUM":
        return k > 0 and doc[k - 1].pos_ == "DET"
    return bool(doc[k].pos_ in ("DET", "ADJ"))


@functools.cache
def _demonyms() -> frozenset[str]:
    """The nationality adjectives (lexicon leads_state_demonyms: « syrienne », « russe »)."""
    return frozenset(adjective.lower() for adjective in demonym_countries())


def _time_word(tok: Any) -> bool:
    """Tell whether `tok` is a day of the week or « hier », « demain » (a date, no name's part)."""
    low = tok.lower_
    return low in lexicon.word_set("french_weekdays") or low in ("hier", "demain")


def _title_area(doc: Any, k: int) -> bool:
    """Tell whether tokens `k`… are the area a title keeps (« aux Sports », « aux droits de … »)."""
    if doc[k].lower_ not in ("aux", "au", "à") or k + 1 >= len(doc):
        return False
    nxt = doc[k + 2] if doc[k + 1].pos_ == "DET" and k + 2 < len(doc) else doc[k + 1]
    return nxt.lower_ in lexicon.word_set("quote_title_areas")


def _acronym_aside(doc: Any, k: int) -> bool:
    """Tell whether tokens `k`… are an acronym between brackets (« (SDL) »)."""
    return (
        k + 2 < len(doc)
        and doc[k].text == "("
        and doc[k + 1].text.isupper()
        and len(doc[k + 1].text) > 1
        and doc[k + 2].text == ")"
    )


@functools.cache
def _speech_lemmas() -> frozenset[str]:
    """The speech verbs, reflexive ones without their « s' » (the parser's lemma has none)."""
    return frozenset(v.removeprefix("s'") for v in lexicon.word_set("speech_verbs"))


def _regular_forms(verb: str) -> set[str]:
    """Finite and participle forms of a regular -er or -ir verb (« martèle », « nuançait »)."""
    stem, end = verb[:-2], verb[-2:]
    if end == "ir":
        return {
            stem + e
            for e in ("it", "issent", "issait", "issaient", "issant", "i", "ie", "is", "ies")
        }
    if end != "er":
        return set()
    soft = stem + "e" if stem.endswith("g") else stem[:-1] + "ç" if stem.endswith("c") else stem
    forms = {stem + e for e in ("é", "ée", "és", "ées")}
    forms |= {soft + e for e in ("ait", "aient", "ant")}
    vowel = max(stem.rfind("e"), stem.rfind("é"))
    strong = stem  # « relever » → « relève », « tempérer » → « tempère »
    if 0 < vowel == len(stem) - 2 or (vowel > 0 and stem[vowel + 1 :] in ("ch", "gn", "tr", "vr")):
        strong = stem[:vowel] + "è" + stem[vowel + 1 :]
    return forms | {strong + e for e in ("e", "ent")} | {stem + e for e in ("e", "ent")}


@functools.cache
def speech_forms() -> frozenset[str]:
    """Inflected forms of the speech verbs, known whatever the tagger makes of them."""
    forms: set[str] = set()
    for verb in _speech_lemmas():
        forms |= _regular_forms(verb)
    for line in lexicon.words("speech_verb_forms"):
        forms |= set(line.lower().split()[1:])
    return frozenset(forms)


def is_speech_verb(tok: Any) -> bool:
    """Tell whether `tok` is a verb of saying (« déclarer », « tweeter », « ajouter »…)."""
    verbs = _speech_lemmas()
    content = tok.pos_ in ("VERB", "AUX", "NOUN", "ADJ", "X") or (
        tok.pos_ in ("PROPN", "ADV")  # « a réagi », « écrivent » mis-tagged
        and tok.is_lower
        and (
            tok.pos_ == "PROPN" or (tok.lower_.endswith("ent") and not tok.lower_.endswith("ment"))
        )
    )
    if tok.lemma_.lower() in verbs:
        return content or (tok.is_lower and tok.pos_ in ("PRON", "ADV") and tok.lower_ != "dire")
    if _gerund(tok):
        return True  # « en disant : », « en expliquant que », whatever the tagger made of it
    return content and tok.pos_ != "AUX" and _speech_stem(tok.lower_)


@functools.lru_cache(maxsize=1 << 16)
def _speech_stem(low: str) -> bool:
    """Tell whether a word starts with the stem of a long speech verb (« déclar » of « déclarer »:
    « déclara », a form the lemmatizer missed), once per word."""
    return any(len(v) > 5 and low.startswith(v[:-2]) for v in _speech_lemmas())


def reflexive_phrase_verb(tok: Any) -> bool:
    """Tell whether `tok` is a verb of lexicon quote_reflexive_phrase_verbs with its reflexive
    clitic (« se sont engagés à « … » »), not the verb alone (« a engagé des « … » »)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in lexicon.word_set(
        "quote_reflexive_phrase_verbs"
    ):
        return False
    return any(c.lower_ in _REFLEXIVE for c in tok.children if c.i < tok.i)


_REFLEXIVE = ("se", "s'", "s’")


@functools.cache
def _wish_phrases() -> frozenset[tuple[str, str]]:
    pairs = (entry.split("|", 1) for entry in lexicon.words("quote_wish_phrases"))
    return frozenset((verb, noun) for verb, noun in pairs)


def is_wish_verb(tok: Any, words: list[Any]) -> bool:
    """Tell whether `tok` is a verb whose object among `words` (the words after it) makes it
    announce quoted words (« a exprimé le désir de … : », lexicon quote_wish_phrases)."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    verb = tok.lemma_.lower()
    return any((verb, w.lemma_.lower()) in _wish_phrases() for w in words if w.i > tok.i)


def _gerund(tok: Any) -> bool:
    """Tell whether `tok` is the gerund of a speech verb (« en disant », « en affirmant »)."""
    low = tok.lower_
    return (
        low.endswith("ant")
        and tok.i > 0
        and tok.doc[tok.i - 1].lower_ == "en"
        and low in speech_forms()
    )


def skip_fillers(doc: Any, k: int) -> int:
    """Return the index past adverbs and the fillers of lexicon/quote_incise_fillers.txt at `k`."""
    fillers = [phrase.split() for phrase in lexicon.words("quote_incise_fillers")]
    moved = True
    while moved and k < len(doc):
        moved = False
        if doc[k].pos_ == "ADV" or doc[k].lower_ in ("-t-", "t", "-t"):
            k, moved = k + 1, True
            continue
        for words in fillers:
            if [t.lower_ for t in doc[k : k + len(words)]] == words:
                k, moved = k + len(words), True
                break
    return k


def speech_form(tok: Any, after_auxiliary: bool) -> bool:
    """Tell whether `tok` is a form of a speech verb the tagger took for something else, after an
    auxiliary (« a-t-il noté ») or followed by its subject (« martèle le ministre »)."""
    if not tok.is_lower or tok.lower_ not in speech_forms():
        return False
    if after_auxiliary:
        return True
    k = skip_fillers(tok.doc, tok.i + 1)
    nxt = tok.doc[k] if k < len(tok.doc) else None
    return nxt is not None and (
        nxt.pos_ in ("DET", "PROPN") or nxt.text[:1].isupper() or bool(subject_pronoun(nxt))
    )


def verb_subject(verb: Any) -> Any:
    """Return the subject of `verb`, or, for an infinitive, of the nearest verb above it in the
    parse (« X a proposé aux élus de signer une déclaration : »: X), or None."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "expl:subj")), None)
    if subj is not None or "Inf" not in verb.morph.get("VerbForm"):
        return subj
    tok = verb
    for _ in range(5):
        if tok.head is tok:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and tok.i < verb.i:
            return next((c for c in tok.children if c.dep_ in ("nsubj", "expl:subj")), None)
    return None


def subject_noun(window: list[Any]) -> Any:
    """Return the first noun of an inverted subject, past a complement (« a dit au journal X le … »)."""
    skip = False
    named = False  # the complement skipped has its noun (« à la presse »), a determiner may follow
    for n, tok in enumerate(window):
        nxt = window[n + 1] if n + 1 < len(window) else None
        if tok.lower_ in ("à", "au", "aux", "auprès", "devant"):
            skip, named = True, False
        elif skip and named and tok.pos_ == "DET" and nxt is not None and nxt.is_lower:
            skip = False  # « au journal Le Soir le procureur », « à la presse le maire »
        elif tok.pos_ in ("NOUN", "PROPN") and not skip:
            return tok
        elif tok.pos_ in ("NOUN", "PROPN"):
            named = True
    return None
