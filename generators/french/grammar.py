"""French grammar for question templates: elision, contraction, agreement, inversion, numbers.

Everything works on strings and on the gender/number stored on facts; no spaCy here.

Spacing decision: the plain text of a question uses an ordinary space before « ? », « : », « ; »,
« ! », inside « » and as the thousands separator (« 1 000 »), so terminals, JSON and answer
checking see plain spaces. `to_html` turns those spaces into no-break ones (U+00A0, and U+202F
for thousands) when the text goes into an HTML card field.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from generators import lexicon

VOWELS = frozenset("aeiouyàâäéèêëîïôöûüùœæ")
_ACRONYM = re.compile(r"^[A-ZÀ-Ý0-9&.]{2,}$")
_ELIDABLE = {
    "le": "l'",
    "la": "l'",
    "de": "d'",
    "que": "qu'",
    "je": "j'",
    "me": "m'",
    "te": "t'",
    "se": "s'",
    "ne": "n'",
    "jusque": "jusqu'",
    "lorsque": "lorsqu'",
    "puisque": "puisqu'",
}
_CONTRACTIONS = {("de", "le"): "du", ("de", "les"): "des", ("à", "le"): "au", ("à", "les"): "aux"}


def first_word(text: str) -> str:
    """Return the first word of `text` (up to a space, apostrophe or hyphen)."""
    match = re.match(r"[^\s'’-]+", text.strip())
    return match.group(0) if match else ""


def starts_with_vowel_sound(text: str) -> bool:
    """Return whether `text` starts with a vowel sound (vowel, mute h, or a vowel-led acronym)."""
    word = first_word(text)
    if not word:
        return False
    if _ACRONYM.match(word):
        return word[0].lower() in VOWELS  # « l'ONU », « le RPR »
    lower = word.lower()
    if lower[0] == "h":
        return not any(lower.startswith(h) for h in lexicon.word_set("french_h_aspire"))
    if lower[0] == "y":  # « d'Yves », but « de Yasmina »: a y before a vowel is a consonant
        return len(lower) > 1 and lower[1] not in VOWELS
    return lower[0] in VOWELS


def elide(word: str, following: str) -> str:
    """Return `word following`, elided before a vowel sound (que + il → qu'il, de + ONU → d'ONU)."""
    following = following.strip()
    elided = _ELIDABLE.get(word.lower())
    if elided and starts_with_vowel_sound(following):
        if word[:1].isupper():
            elided = elided[0].upper() + elided[1:]
        return f"{elided}{following}"
    return f"{word} {following}" if following else word


def contract(preposition: str, phrase: str) -> str:
    """Return `preposition phrase` with French contraction: de + le Portugal → du Portugal, à + les → aux."""
    phrase = phrase.strip()
    head, _, rest = phrase.partition(" ")
    merged = _CONTRACTIONS.get(
        (preposition.lower(), head)
    )  # « de Le Valdrec » keeps a name's « Le »
    if merged and rest:
        return f"{merged} {rest}"
    if preposition.lower() == "de":
        if re.match(r"^(de|d['’])\s*[A-ZÀ-Ý]", phrase):
            return phrase  # a name's particle: « le grade de Galliffet », not « de de Galliffet »
        return elide("de", phrase)
    return f"{preposition} {phrase}"


def combien(unit: object) -> str:
    """Return « combien de UNIT » or « combien d'UNIT »."""
    return "combien " + elide("de", str(unit))


def normalize_gender(value: object) -> str | None:
    """Return `m`, `f` or None from any spelling (Fem, feminine, f, Masc, …)."""
    text = str(value or "").strip().lower()
    if text.startswith("f"):
        return "f"
    if text.startswith("m"):
        return "m"
    return None


def normalize_number(value: object) -> str | None:
    """Return `s`, `p` or None from any spelling (Sing, Plur, plural, p, …)."""
    text = str(value or "").strip().lower()
    if text.startswith("p"):
        return "p"
    if text.startswith("s"):
        return "s"
    return None


def guess_gender(noun_phrase: str) -> str:
    """Return the likely gender (`m`/`f`) of a noun phrase from word lists and endings."""
    word = first_word(noun_phrase)
    acronyms = dict(_pairs("french_acronym_genders"))
    if word in acronyms:
        return acronyms[word]
    lower = _singular(word.lower())
    if lower in lexicon.word_set("french_masculine_nouns"):
        return "m"
    if lower in lexicon.word_set("french_feminine_nouns"):
        return "f"
    if _ACRONYM.match(word):
        return "m"
    return "f" if lower.endswith(lexicon.words("french_feminine_endings")) else "m"


def guess_number(noun_phrase: str) -> str:
    """Return `p` when the head word of the phrase looks plural (États-Unis, Forces armées)."""
    match = re.match(r"[^\s'’]+", noun_phrase.strip())
    word = match.group(0) if match else ""
    if not word or _ACRONYM.match(word):
        return "s"
    head = word.lower()
    if head in lexicon.word_set("french_invariable_s"):
        return "s"
    parts = head.split("-")
    return "p" if all(p.endswith(("s", "x")) for p in parts if p) and len(head) > 3 else "s"


def _singular(word: str) -> str:
    if word.endswith(("s", "x")) and word not in lexicon.word_set("french_invariable_s"):
        return word[:-1]
    return word


def _pairs(name: str) -> list[tuple[str, str]]:
    return [
        (parts[0], parts[1])
        for parts in (entry.split() for entry in lexicon.words(name))
        if len(parts) == 2
    ]


_LEADING_ARTICLE = re.compile(r"^(?:(?:le|la|les)\s+|l['’])(?=\w)", re.IGNORECASE)


def without_article(phrase: object) -> str:
    """Return `phrase` without its leading definite article (« les Bleus » → « Bleus »), only there."""
    return _LEADING_ARTICLE.sub("", str(phrase), count=1)


def definite(phrase: str, gender: str | None, number: str | None) -> str:
    """Return `phrase` with its definite article: le Portugal, la mission, l'ONU, les États-Unis."""
    if number == "p":
        return f"les {phrase}"
    if starts_with_vowel_sound(phrase):
        return f"l'{phrase}"
    return f"{'la' if gender == 'f' else 'le'} {phrase}"


def split_country(country: str) -> tuple[str, str]:
    """Split a country into its article and its name (« la Norvège » → « la », « Norvège »)."""
    found = re.match(r"(le|la|les) (.+)|(l)['’](.+)", country)
    if found is None:
        return "", country
    if found.group(1):
        return found.group(1), found.group(2)
    return "l'", found.group(4)


def country_article(name: str) -> str | None:
    """Return the article French gives a country (« Italie » → « l' », « Malte » → ''), None if
    `name` is no country of lexicon french_countries."""
    key = fold(name.strip())
    for country in lexicon.words("french_countries"):
        article, bare = split_country(country)
        if fold(bare) == key:
            return article
    return None


@dataclass(frozen=True)
class Phrase:
    """A noun phrase or a person's name with what agreement needs; templates use its properties."""

    text: str
    gender: str | None = None
    number: str = "s"
    article: bool = True
    title: str = ""

    def __str__(self) -> str:
        return self.text

    @property
    def bare(self) -> str:
        """The words alone: « Claire Dupont », « Agence de l'eau »."""
        return self.text

    @property
    def le(self) -> str:
        """With its article or title: « la générale Claire Dupont », « l'ONU »."""
        if self.title:
            return definite(f"{self.title} {self.text}", self.gender, "s")
        return definite(self.text, self.gender, self.number) if self.article else self.text

    @property
    def du(self) -> str:
        """After « de »: « du Portugal », « de l'ONU », « d'Hélène Martin »."""
        return contract("de", self.le)

    @property
    def au(self) -> str:
        """After « à »: « au colonel Lambert », « aux États-Unis », « à Paul Girard »."""
        return contract("à", self.le)

    @property
    def pronoun(self) -> str:
        """The subject pronoun that stands for it: il, elle, ils, elles."""
        base = "elle" if self.gender == "f" else "il"
        return base + "s" if self.number == "p" else base

    @property
    def feminine(self) -> bool:
        """Whether the phrase is feminine."""
        return self.gender == "f"

    @property
    def plural(self) -> bool:
        """Whether the phrase is plural."""
        return self.number == "p"

    @property
    def known_gender(self) -> bool:
        """Whether the phrase's gender is known."""
        return self.gender is not None


def agree(
    word: str, who: Phrase | None = None, *, gender: str | None = None, number: str | None = None
) -> str:
    """Return a past participle or adjective agreed: agree("dirigé", mission) → « dirigée »."""
    gender = who.gender if who is not None else gender
    number = who.number if who is not None else number
    if gender == "f" and not word.endswith("e"):
        word += "e"
    if number == "p" and not word.endswith(("s", "x")):
        word += "s"
    return word


def invert(verb: str, who: Phrase) -> str:
    """Return the verb with an inverted subject pronoun: « a-t-elle », « dirige-t-il », « ont-ils ».

    `verb` is « singular/plural » (« a/ont ») or one form used for both numbers.
    """
    singular, _, plural = verb.partition("/")
    form = (plural or singular) if who.number == "p" else singular
    pronoun = who.pronoun
    if who.number != "p" and form[-1:].lower() in VOWELS:
        return f"{form}-t-{pronoun}"
    return f"{form}-{pronoun}"


def quote(text: object) -> str:
    """Return `text` between French quotation marks with spaces inside: « … »."""
    inner = str(text).strip().strip('«»"“”').strip()
    return f"« {inner} »"


def capitalize(text: str) -> str:
    """Return `text` with its first letter upper-cased (the rest, and cloze markers, untouched)."""
    marker = re.match(r"^\{\{c\d+::", text)
    if marker:
        return marker.group(0) + capitalize(text[marker.end() :])
    for index, char in enumerate(text):
        if char.isdigit():
            return text  # « 71 grammes … » opens on its number: no later word is capitalised
        if char.isalpha():
            return text[:index] + char.upper() + text[index + 1 :]
    return text


def format_number(value: float | int) -> str:
    """Return a number the French way: 1 000, 2,5, 2,8 milliards, 12 000 000 → 12 millions."""
    if value is None:
        return ""
    number = float(value)
    for scale, word in ((1e9, "milliard"), (1e6, "million")):
        if abs(number) >= scale and _round_enough(number / scale):
            amount = number / scale
            plural = "s" if amount >= 2 else ""
            return f"{_plain_number(amount)} {word}{plural}"
    return _plain_number(number)


def _round_enough(amount: float) -> bool:
    return abs(amount * 100 - round(amount * 100)) < 1e-6


def _plain_number(number: float) -> str:
    if abs(number - round(number)) < 1e-9:
        digits = f"{round(number):,}".replace(",", " ")
        return digits
    text = f"{number:,.2f}".rstrip("0").rstrip(".")
    whole, _, decimals = text.partition(".")
    return whole.replace(",", " ") + ("," + decimals if decimals else "")


def format_amount(
    value: float | int | None,
    *,
    value_max: float | int | None = None,
    unit: str = "",
    hedge: str = "",
    bound: str | None = None,
) -> str:
    """Return an amount as a French reader writes it: « environ 500 », « 2,5 % », « 300 à 600 »."""
    if value is None:
        return ""
    text = format_number(value)
    if value_max is not None:
        text = (
            f"{text} à {format_number(value_max)}"
            if _scale_word(value) != _scale_word(value_max)
            else _range_same_scale(value, value_max)
        )
    if unit.strip() == "%":
        text += " %"
    prefix = hedge or {"lower": "plus de", "upper": "moins de"}.get(bound or "", "")
    return f"{prefix} {text}".strip() if prefix else text


def _scale_word(value: float | int) -> str:
    words = format_number(value).split()
    return words[-1] if len(words) > 1 and words[-1].startswith(("million", "milliard")) else ""


def _range_same_scale(low: float | int, high: float | int) -> str:
    scale = _scale_word(high)
    if not scale:
        return f"{format_number(low)} à {format_number(high)}"
    low_words = format_number(low).split()
    return f"{' '.join(low_words[:-1])} à {format_number(high)}"


_NBSP_BEFORE = re.compile(r" ([?!:;»])")
_NBSP_AFTER = re.compile(r"(«) ")
_THOUSANDS = re.compile(r"(?<=\d) (?=\d{3}\b)")


def to_html_spaces(text: str) -> str:
    """Return `text` with no-break spaces where French typography wants them (for HTML fields)."""
    text = _THOUSANDS.sub("\u202f", text)
    text = _NBSP_BEFORE.sub("\u00a0\\1", text)
    return _NBSP_AFTER.sub("\\1\u00a0", text)


def tidy(text: str) -> str:
    """Return `text` with single spaces, a space before « ? » and « : », and a capital first letter."""
    text = text.replace("\u00a0", " ").replace("\u202f", " ")
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s*([?!;])", r" \1", text)
    text = re.sub(r"(?<=[^\s:])\s*:(?=\s)", " :", text)
    text = re.sub(r"\s+([,.)])", r"\1", text)
    text = re.sub(r"\(\s+", "(", text)
    text = re.sub(r"(?<=[\d}…])%", " %", close_elisions(text))
    return text if text.startswith("…") else capitalize(text)


def typeset(text: str) -> str:
    """Return `text` as a card shows it, its words unchanged: one space between words, none before
    « , » « . » « ) » nor after « ( » or an elided word (« Lyon , » → « Lyon, », « l' usine » →
    « l'usine »); a source's own typos and spacing slips are not the card's to copy."""
    text = re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " ")).strip()
    text = re.sub(r"(?<=[^\s.…]) +([,.)])(?! ?\.)", r"\1", text)
    text = re.sub(r"\( +", "(", text)
    return _ELIDED.sub(r"\1", text)


_ELIDED = re.compile(
    r"(?<![\w-])((?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)[’'])\s+(?=[^\W\d_])",
    re.IGNORECASE,
)


_UNELIDED = re.compile(r"(?<![\w’'-])([dD]|[qQ]u)e (?=[AEIOUÉÈÊÂÎÔÛ][a-zà-ÿ])")


_ELIDED_BEFORE_FIGURE = re.compile(r"(?<![\w’'-])([dD]|[qQ]u)[’'](?=\d)")


def close_elisions(text: str) -> str:
    """Return `text` without the stray space after an elided word (« l’ Estuaire » → « l’Estuaire »),
    with « de », « que » elided before a name (« de Ondalia » → « d’Ondalia ») and not before a
    figure put in place of « un » (« d’un million » swapped: « de 2 millions »)."""
    text = _UNELIDED.sub(r"\1’", _ELIDED.sub(r"\1", text))
    return _ELIDED_BEFORE_FIGURE.sub(r"\1e ", text)


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Return `text` lower-cased without accents or punctuation, for comparisons."""
    text = str(text).replace("’", "'")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9%]+", " ", text).strip()


def flat(text: str) -> str:
    """Return `text` on one line with straight apostrophes, for matching one text in another."""
    return " ".join(text.replace("’", "'").split())
