"""What all facts of one article say about its people: genders, aliases, roles, things' articles."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from generators import lexicon
from generators.french import grammar as french
from generators.french.dates import date_text
from generators.french.grammar import Phrase, fold
from generators.questions.phrasing import strip_article
from generators.records import Fact


@dataclass
class Person:
    """A person of the article with the gender and roles its facts give."""

    name: str
    gender: str | None = None
    aliases: set[str] = field(default_factory=set)
    roles: list[str] = field(default_factory=list)

    @property
    def rank(self) -> str:
        """Return the person's grade or bare title (« major-général »), or ''."""
        ranks = [r for r in self.roles if is_rank(r)]
        return ranks[0] if ranks else ""


@dataclass
class ArticleIndex:
    """What all facts of one article say, for agreement, titles and distractors."""

    facts: Sequence[Fact]
    header: Mapping[str, Any]
    people: dict[str, Person] = field(default_factory=dict)

    @classmethod
    def build(cls, facts: Sequence[Fact], header: Mapping[str, Any]) -> ArticleIndex:
        """Index the people of `facts` with their genders and roles."""
        index = cls(facts, header)
        for fact in facts:
            for name, gender, aliases in _people_of(fact):
                person = index.person(name) or index.people.setdefault(name, Person(name))
                person.gender = person.gender or french.normalize_gender(gender)
                person.aliases.update(a for a in aliases if a)
                person.gender = person.gender or _gender_from_aliases(person.aliases)
            if fact.type == "person_role" and fact.get("role"):
                found = index.person(str(fact.get("person")))
                if found is not None and fact.get("role") not in found.roles:
                    found.roles.append(str(fact.get("role")))
        sentences = list(dict.fromkeys(f.sentence for f in facts))
        for person in index.people.values():
            person.gender = (  # an unambiguous first name outweighs a tagger's guess
                _gender_from_first_name(person.name)
                or person.gender
                or _gender_from_text(person, sentences)
            )
        return index

    def person(self, name: str | None) -> Person | None:
        """Return the person called `name` (full name, alias or last name), if known."""
        if not name:
            return None
        key = fold(name)
        for person in self.people.values():
            names = {fold(person.name), *(fold(a) for a in person.aliases)}
            if key in names or (len(key) > 3 and fold(person.name).endswith(" " + key)):
                return person
        return None

    def phrase(
        self, name: str | None, gender: object = None, title: str = "", *, titled: bool = True
    ) -> Phrase:
        """Return the phrase of a person, titled with their rank when the article gives one."""
        person = self.person(name)
        full = person.name if person else str(name or "")
        gender_code = (
            _gender_from_first_name(full)
            or french.normalize_gender(gender)
            or (person.gender if person else None)
        )
        if titled and not title and person is not None:
            title = person.rank
        if not title and person is not None and len(full.split()) == 1:
            full = _with_civility(full, person.aliases)
        return Phrase(full, gender_code, "s", article=False, title=strip_article(title))

    def is_person(self, name: str) -> bool:
        """Return whether `name` names a person (known to the facts, or shaped like a name)."""
        return self.person(name) is not None or looks_like_name(name)

    def holders(self, role: str) -> list[str]:
        """Return the people of the article who hold `role`."""
        key = _either_gender(role)
        return [
            p.name for p in self.people.values() if any(_either_gender(r) == key for r in p.roles)
        ]

    def takes_article(self, name: str) -> bool:
        """Return whether the article writes `name` with an article (« de l'ONU ») or bare (« d'EFI »)."""
        with_article, without = self.article_use(name)
        return with_article >= without

    def gender_in_text(self, name: str) -> str | None:
        """Return the gender the article's « la X » / « le X » gives a name, or None."""
        for sentence in dict.fromkeys(f.sentence for f in self.facts):
            found = re.search(
                rf"(?<![\w-])(la|le|du|au)\s+{re.escape(name)}(?![\w-])", sentence, re.I
            )
            if found:
                return "f" if found.group(1).lower() == "la" else "m"
        return None

    def article_use(self, name: str) -> tuple[int, int]:
        """Return how often the facts' sentences write `name` after an article, and bare."""
        with_article = without = 0
        for sentence in dict.fromkeys(f.sentence for f in self.facts):
            plain = sentence.replace("’", "'")
            for found in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", plain):
                before = plain[: found.start()].rstrip().lower()
                if re.search(r"(?:^|\W)(?:le|la|les|l'|du|des|au|aux)$", before):
                    with_article += 1
                elif (
                    re.search(r"(?:^|\W)(?:de|d'|à|chez|par|pour|avec|sur|et)$", before)
                    or not before
                ):
                    without += 1
        return with_article, without

    def date_phrase(self) -> str:
        """Return the article's date as « février 2020 », or ''."""
        return date_text(str(self.header.get("date") or ""), with_preposition=False)


def _either_gender(role: str) -> str:
    """Return a role's key for either gender (« candidate » and « candidat », « directrice » and
    « directeur », « secrétaire générale » and « secrétaire général » share one)."""
    words = []
    for word in fold(role).split():
        word = re.sub(r"(?:rice|euse)$", "eur", word)
        word = re.sub(r"ffe$", "f", word)
        words.append(re.sub(r"(?<=[tdnlsr])e$", "", word))
    return " ".join(words)


def _with_civility(surname: str, aliases: Iterable[str]) -> str:
    """Return « M. Brandt » for a person the article only calls that, rather than a bare « Brandt »."""
    civilities = {
        *lexicon.words("people_civilities_m"),
        *lexicon.words("people_civilities_f"),
        *(c for c in lexicon.words("people_civilities") if not c.startswith("Saint")),
    }
    for alias in sorted(aliases, key=len):
        first, _, rest = alias.partition(" ")
        if rest == surname and first in civilities:
            return alias
    return surname


def _people_of(fact: Fact) -> list[tuple[str, object, Sequence[str]]]:
    """Return (name, gender, aliases) for each person a fact names."""
    found: list[tuple[str, object, Sequence[str]]] = []
    if fact.type == "person_role":
        found.append(
            (
                str(fact.get("person") or ""),
                fact.get("gender") or fact.get("role_gender"),
                _texts(fact.get("aliases")),
            )
        )
    elif fact.type == "succession":
        found.append((str(fact.get("successor") or ""), fact.get("successor_gender"), ()))
        found.append((str(fact.get("predecessor") or ""), fact.get("predecessor_gender"), ()))
    elif fact.type == "quote":
        found.append((str(fact.get("speaker") or ""), fact.get("speaker_gender"), ()))
    elif fact.type == "leads" and looks_like_name(str(fact.get("leader") or "")):
        found.append((str(fact.get("leader") or ""), fact.get("leader_gender"), ()))
    return [item for item in found if item[0]]


def _texts(value: object) -> list[str]:
    """Return the strings of a list field (a hand-edited facts file may hold anything)."""
    return [v for v in value if isinstance(v, str)] if isinstance(value, (list, tuple)) else []


def _gender_from_aliases(aliases: Iterable[str]) -> str | None:
    for alias in aliases:
        first = alias.split()[0] if alias.split() else ""
        if first in lexicon.words("people_civilities_f"):
            return "f"
        if first in lexicon.words("people_civilities_m"):
            return "m"
    return None


def _gender_from_text(person: Person, sentences: Sequence[str]) -> str | None:
    """Return the gender the article's articles show: « la générale Claire Dupont » → f."""
    forms = sorted({person.name, *person.aliases}, key=len, reverse=True)
    names = "|".join(re.escape(f) for f in forms if f)
    pattern = re.compile(
        rf"\b([Ll]a|[Ll]e|[Dd]u|[Aa]u)\s+(?:[a-zà-ÿ][\w’'-]*\s+){{1,3}}(?:{names})\b"
    )
    for sentence in sentences:
        match = pattern.search(sentence)
        if match:
            return "f" if match.group(1).lower() == "la" else "m"
    return None


def _gender_from_first_name(name: str) -> str | None:
    """Return the gender a name's first word gives: a first name or a title (« Cheikh X » → m)."""
    first = name.split()[0] if name.split() else ""
    if first in lexicon.words("people_firstnames_f") or first in lexicon.words(
        "question_name_titles_f"
    ):
        return "f"
    if first in lexicon.words("people_firstnames_m") or first in lexicon.words(
        "question_name_titles_m"
    ):
        return "m"
    return None


def looks_like_name(text: str) -> bool:
    words = text.split()
    if len(words) < 2 or not words[0][:1].isupper() or french._ACRONYM.match(words[0]):
        return False
    nouns = lexicon.word_set("french_feminine_nouns") | lexicon.word_set("french_masculine_nouns")
    if fold(words[0]).rstrip("s") in {fold(n) for n in nouns}:
        return False
    return all(
        w[:1].isupper() or w.lower() in {"de", "du", "d'", "van", "von", "al", "ben", "la", "le"}
        for w in words
    )


def is_rank(role: str) -> bool:
    """Return whether `role` is a bare grade or title (« général », « général iranien »)."""
    text = strip_article(role).lower()
    if " de " in f" {text} " or " d'" in text or " du " in f" {text} " or " des " in f" {text} ":
        return text in lexicon.word_set("french_ranks")
    return any(text == r or text.startswith(r + " ") for r in lexicon.word_set("french_ranks"))


def grade_of(role: str) -> str:
    """Return the grade a role starts with (« général iranien » → « général »), or ''."""
    lower = role.lower()
    ranks = [r for r in lexicon.words("french_ranks") if lower == r or lower.startswith(r + " ")]
    return role[: len(max(ranks, key=len))] if ranks else ""


def is_specific(role: str) -> bool:
    """Return whether a role names one post (« maire de Lyon », « député UMP »), not a kind of person."""
    words = role.split()
    if len(words) < 2 or _held_by_many(role):
        return False
    complement = re.search(r"\s(de|du|des|d['’]|aux?)\s*\w", role)
    return bool(complement) or any(w[:1].isupper() for w in words[1:])


def _held_by_many(role: str) -> bool:
    """Return whether a role is one of many (« membre de X », « élève de Y », « chevalier de Z »)."""
    lower = role.lower()
    return any(
        lower == kind or lower.startswith(kind + " ")
        for kind in lexicon.word_set("question_shared_roles")
    )


def is_descriptive(role: str) -> bool:
    """Return whether a role describes a person (« ancien ministre », « gendre de X ») more than a post."""
    first = re.split(r"[\s-]", role.strip().lower(), maxsplit=1)[0]
    return first in lexicon.word_set("question_descriptive_roles")


def expansion_phrase(
    acronym: str, expansion: str, gender: object, number: object, index: ArticleIndex
) -> Phrase:
    """Return an acronym's expansion as a phrase; a capitalised article the acronym spells is part
    of the name (« Les Républicains » for LR, « Le Monde diplomatique » for LMD)."""
    if not expansion:
        return Phrase("")
    named = strip_article(expansion)
    if named != expansion and acronym[:1] == expansion[:1] and named[:1] != acronym[:1]:
        return Phrase(expansion, article=False)
    return noun_phrase(expansion, gender, number, index)


def noun_phrase(text: str, gender: object, number: object, index: ArticleIndex) -> Phrase:
    """Return a phrase for a thing (organisation, mission, country) with its article and agreement."""
    text = strip_article(text)
    words = text.split()
    acronym = bool(words) and bool(french._ACRONYM.match(words[0]))
    number_code = (
        french.normalize_number(number)
        or (
            "s"  # a one-word name ending in s or x is one place or body (« Bruxelles », « Reims »)
            if len(words) == 1
            and words[0][:1].isupper()
            and not acronym
            and not _written_with_article(words[0], index)
            else french.guess_number(text)
        )
    )
    takes_article = bool(words) and (
        not words[0][:1].isupper()
        or (acronym and index.takes_article(words[0]))
        or (len(words) == 1 and not acronym and _written_with_article(words[0], index))
        or number_code == "p"
        or fold(words[0]).rstrip("s")
        in {
            fold(n)
            for n in lexicon.word_set("french_feminine_nouns")
            | lexicon.word_set("french_masculine_nouns")
        }
        or (len(words) > 1 and not index.is_person(text))
    )
    gender_code = (
        french.normalize_gender(gender) or index.gender_in_text(text) or french.guess_gender(text)
    )
    country = french.country_article(text)
    if country is not None:  # « Qui dirige l'Italie ? », « … le Pérou ? », but « … Malte ? »
        takes_article = country != ""
        gender_code = {"la": "f", "le": "m"}.get(country, gender_code)
        number_code = "p" if country == "les" else number_code
    return Phrase(text, gender_code, number_code, article=takes_article)


def _written_with_article(name: str, index: ArticleIndex) -> bool:
    """Return whether a one-word name is mostly written « la Semtel », not bare like « Renault »."""
    with_article, without = index.article_use(name)
    return with_article > without
