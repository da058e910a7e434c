"""A card stands alone: a bare referent noun is completed from the article or the card dropped.

« Qui dirige la chaîne ? », « … qui secoue le pays depuis … »: weeks later, without the article,
« la chaîne » and « le pays » name nothing. « le pays » is completed with the country a news title
opens on (« Norvège : … » → « qui secoue la Norvège »); another bare referent noun
(lexicon/question_referent_nouns.txt) makes the quality filter drop the card (`bare_referent`).
A noun with its name, its « de … » or an adjective (« la chaîne publique », « le journal Le Matin »,
« le conseil municipal ») tells which, and stays.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from generators import lexicon
from generators.french.countries import adjective_of
from generators.french.grammar import fold, split_country
from generators.records import Question

_VOWEL = "AEIOUYÉÈÊÂÎÔÛaeiouyéèêâîôûh"


def bare_referent(text: str) -> str:
    """Return the first bare referent noun phrase of `text` (« la chaîne »), or ''."""
    for found in _referent_pattern().finditer(text):
        source = re.search(r"(?<![\w-])selon\s*$", text[: found.start()], re.I)
        complement = found.group(0).strip().lower().startswith(("du ", "au "))
        title = _a_title(found.group(0))
        kept = (source and title) or (complement and (title or _subject_only(found.group(0))))
        if is_bare(text[found.end() :]) and not kept:
            return found.group(0).strip()
    return ""


@functools.cache
def referent_nouns() -> frozenset[str]:
    """Return the nouns of lexicon question_referent_nouns, without their marks."""
    return frozenset(entry.split()[0] for entry in lexicon.words("question_referent_nouns"))


@functools.cache
def _complement_kept() -> frozenset[str]:
    """Return the referent nouns marked !complement: bare only with « le » / « la »."""
    entries = lexicon.words("question_referent_nouns")
    return frozenset(entry.split()[0] for entry in entries if "!complement" in entry.split())


def _subject_only(phrase: str) -> bool:
    """Tell a noun bare only with « le » / « la » (lexicon question_referent_nouns, !complement)."""
    return phrase.split()[-1].lower() in _complement_kept()


def _a_title(phrase: str) -> bool:
    """Tell a person's title (lexicon question_referent_titles) from a thing's noun."""
    return phrase.split()[-1].lower() in lexicon.word_set("question_referent_titles")


def is_bare(rest: str) -> bool:
    """Tell whether the words after a noun leave it bare: nothing, a verb, a preposition, « qui »."""
    rest = rest.replace("’", "'")
    if re.match(r"\s*(?:$|[?.;:!»)…])", rest):
        return True  # a comma is not the end: an apposition may follow (« La course, à Nice, … »)
    word = re.match(r"\s*([\w-]+'?)", rest)
    if word is None:
        return False
    first = word.group(1)
    if first[:1].isupper():
        return False  # a name tells which (« le journal Le Matin »)
    lower = first.lower()
    after = rest[word.end() :]
    if lower in lexicon.word_set("question_referent_vague_adjectives"):
        return is_bare(after)  # « le parti politique » is no more named than « le parti »
    gap = r"\s*(?:…|\{\{c\d+::)?\s*"
    date = rf"{gap}(?:\d|1er\b|(?:{_month_names()})\b|…)"
    if lower in ("en", "le", "au", "à") and re.match(date, after):
        return True  # a date starts: the noun ended bare (« le pays le 3 mars »)
    if lower in ("de", "d'", "du", "des"):  # « de 12 membres » tells how big, not which
        size = re.match(r"\s*(?:\d[\d\s]*|…\s*)([a-zé]\w*)", after) if lower == "de" else None
        unit = fold(size.group(1)) if size else ""
        return bool(unit) and unit not in _months() and not _is_verb(unit)
    return lower in lexicon.word_set("question_referent_bare") or _is_verb(lower)


@functools.cache
def _months() -> frozenset[str]:
    return frozenset(fold(m) for m in lexicon.words("french_months"))


@functools.cache
def _month_names() -> str:
    return "|".join(lexicon.words("french_months"))


def _is_verb(word: str) -> bool:
    """Tell a verb form: an auxiliary, a frequent finite form, or an inversion (« avait-il »)."""
    if re.search(r"-t-|-(?:il|elle|ils|elles|on)$", word):
        return True
    known = lexicon.word_set("question_auxiliaries") | lexicon.word_set("phrasing_finite_verbs")
    return word in known or bool(re.search(r"(?:ait|aient|era|eront)$", word))


@functools.cache
def _referent_pattern() -> re.Pattern[str]:
    """Return the pattern of a definite referent noun, one word allowed before it (« le précédent
    texte »)."""
    words = lexicon.words("question_referent_nouns") + lexicon.words("question_referent_titles")
    nouns = "|".join(re.escape(n.split()[0]) for n in words)  # without its marks
    return re.compile(
        rf"(?<![\w-])(?:le|la|l'|l’|du|au)\s*(?:[a-zéèêàâîôûç][\w-]*\s+)?(?:{nouns})(?![\w-])",
        re.IGNORECASE,
    )


def complete_country(question: Question, title: str) -> Question:
    """Return `question` with a bare « le pays » named by the country its title opens on, and a
    bare « le gouvernement » by its adjective (« Turquie : … » → « le gouvernement turc »)."""
    country = title_country(title)
    if not country or ("pays" not in question.prompt and "gouvernement" not in question.prompt):
        return question
    prompt = question.prompt

    def named(found: re.Match[str]) -> str:
        if not is_bare(found.string[found.end() :]):
            return found.group(0)
        form = country_form(country, found.group(1).lower())
        return form[:1].upper() + form[1:] if found.group(1)[:1].isupper() else form

    # quoted words are the speaker's: « partout dans le pays » is never rewritten (the sentence
    # a « Complétez : « … » » shows is the card's own, and is completed)
    adjective = adjective_of(split_country(country)[1])

    def governed(found: re.Match[str]) -> str:
        if not adjective or not is_bare(found.string[found.end() :]):
            return found.group(0)
        return f"{found.group(0)} {adjective}"  # « du gouvernement » → « du gouvernement turc »

    start = prompt.find("«") + 1 if prompt.startswith("Complétez") else 0
    parts = re.split(r"(«[^«»]*»)", prompt[start:])
    body = "".join(
        p if p.startswith("«") else _GOUVERNEMENT.sub(governed, _PAYS.sub(named, p)) for p in parts
    )
    completed = prompt[:start] + body
    return question if completed == prompt else replace(question, prompt=completed)


_PAYS = re.compile(r"(?<![\w-])(dans le|le|du|au)\s+pays(?![\w-])", re.IGNORECASE)
_GOUVERNEMENT = re.compile(r"(?<![\w-])(?:le|du|au)\s+gouvernement(?![\w-])", re.IGNORECASE)


def title_country(title: str) -> str:
    """Return the country a news title opens on (« Pérou : … » → « le Pérou »), or ''."""
    kicker = re.match(r"\s*([^:]{2,40}?)\s*:", title)
    if kicker is None:
        return ""
    key = fold(kicker.group(1))
    return next(
        (c for c in lexicon.words("french_countries") if fold(split_country(c)[1]) == key), ""
    )


def country_form(country: str, before: str) -> str:
    """Return a country after « le », « du », « au » or « dans le » (« de la Norvège », « en Iran »)."""
    return _form(*split_country(country), before).replace("'", "’")


def _form(article: str, name: str, before: str) -> str:
    country = f"{article}{name}" if article == "l'" else f"{article} {name}".strip()
    if before == "du":
        if article in ("le", "les"):
            return f"{'du' if article == 'le' else 'des'} {name}"
        if article:
            return f"de {country}"
        return f"d’{name}" if name[:1] in _VOWEL else f"de {name}"
    if before in ("au", "dans le"):
        if article == "":  # « à Malte », but « en Israël »
            return f"en {name}" if name[:1] in _VOWEL else f"à {name}"
        return {"le": f"au {name}", "les": f"aux {name}"}.get(article, f"en {name}")
    return country


def dangling_presentative(statement: str) -> str:
    """Return the presentative a card's sentence opens on without naming what it presents
    (« C'est un homme de 36 ans », « Il s'agit du troisième »), or '' (« C'est X qui … » stays)."""
    text = re.sub(r"\{\{c\d+::(.*?)\}\}", r"\1", statement).replace("’", "'").lstrip("«… ")
    lower = text.lower()
    for opener in lexicon.words("question_impersonal_openers"):
        if re.match(rf"{re.escape(opener)}(?![\w-])", lower):
            return opener
    for opener in lexicon.words("question_presentative_openers"):
        if re.match(rf"{re.escape(opener)}(?![\w-])", lower):
            cleft = re.search(r"(?<![\w-])(?:qui|que|qu')(?![\w-])", lower[len(opener) :])
            return "" if cleft else opener
    return ""


def topic(lower: str, found: re.Match[str], openings: dict[str, str]) -> bool:
    """Tell a subject pronoun that takes up the topic its sentence opens on (« Quant à la dette
    de la ville, elle atteint … », « Quant aux élus, ils … »): the referent is in the card.
    `openings`: the articles each pronoun takes up (« elle »: « la », « une », « l' »)."""
    pronoun = found.group(1)
    opening = openings.get(pronoun)
    if opening is None:
        return False
    contracted = {"il": "|au ", "ils": "|aux ", "elles": "|aux "}.get(pronoun, "")
    pattern = rf"(?:^\s*|:\s)quant[\s-]+(?:à\s+(?:{opening}){contracted})[^,;:«»]+,\s*$"
    return re.search(pattern, lower[: found.start()]) is not None
