"""A card that opens on « Il » or « Elle » names the article's main person instead, when sure.

« Il cumulait déjà 32 ans de pouvoir. » means nothing without the article, and the quality
filter drops it. When the title names one person (« Congo : le président X réélu ») and the
sentences before the card's, back to the last one that names anybody, name only that person
(by name, or by a role the article gives them: « le président sortant ») and no one else of the
pronoun's gender, the pronoun is that person: the card reads « X cumulait déjà 32 ans de pouvoir. ».
An impersonal « il » (« il faut », « il est possible que ») stays, and so does every other case:
the filter drops the card, as before.

« Il s'agit d'un homme de 36 ans » and « C'est un homme de 36 ans » present whom the sentence
before named: when that sentence names one such person by a definite role noun (« le suspect a
été arrêté … », lexicon/question_presented_nouns.txt), the card says it: « Le suspect est un homme
de 36 ans … ».
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from generators import lexicon
from generators.french.grammar import fold
from generators.questions.index import ArticleIndex, Person
from generators.records import Question

_OPENING = re.compile(
    r"^(?P<before>(?:Complétez[^«]*«\s*|Vrai ou faux\s*:\s*)?)(?P<pronoun>Il|Elle)\s"
)
_PRESENTED = re.compile(
    r"^(?P<before>(?:Complétez[^«]*«\s*|Vrai ou faux\s*:\s*)?)(?P<opener>Il s['’]agi(?P<tense>t|rait|ssait)"
    r" d['’]|C['’](?P<past>est|était) )(?P<article>une?)\s"
)
_VERB = {"t": "est", "rait": "serait", "ssait": "était", "est": "est", "était": "était"}
_SENTENCE_END = re.compile(r"(?<=[.!?…»])\s+(?=[«\"A-ZÀ-ÖØ-Þ])")
LOOK_BACK = 3  # sentences read back to the last one that names somebody


def name_the_pronoun(question: Question, index: ArticleIndex) -> Question:
    """Return the card with its opening « Il »/« Elle » replaced by the main person's name, when
    the article leaves no doubt (module docstring); else the card as it was."""
    found = _OPENING.match(question.prompt)
    if found is None or _impersonal(question.prompt[found.end() :]):
        return question
    gender = "m" if found.group("pronoun") == "Il" else "f"
    person = _main_person(index)
    if person is None or person.gender != gender or not _only_one(person, question, index):
        person = _subject_before(question, index, gender)
    if person is None:
        return question
    start, end = found.span("pronoun")
    return replace(question, prompt=question.prompt[:start] + person.name + question.prompt[end:])


def name_the_presented(question: Question, index: ArticleIndex) -> Question:
    """Return « Il s'agit d'un homme de 36 ans … » as « Le suspect est un homme de 36 ans … » when
    the sentence before names one person by a definite role noun (module docstring)."""
    found = _PRESENTED.match(question.prompt)
    if found is None:
        return question
    sentences, _source, at = _located(question, index)
    noun = _presented(sentences[at - 1]) if at > 0 else ""
    if not noun:
        return question
    verb = _VERB[found.group("tense") or found.group("past")]
    said = f"{noun[:1].upper()}{noun[1:]} {verb} {found.group('article')} ".replace("'", "’")
    start = found.start("opener")
    return replace(question, prompt=question.prompt[:start] + said + question.prompt[found.end() :])


def _presented(sentence: str) -> str:
    """Return the one definite role noun phrase of `sentence` (« le suspect », « l'assaillant »), or ''."""
    nouns = "|".join(re.escape(n) for n in lexicon.words("question_presented_nouns"))
    found = {
        m.group(0).lower().replace("’", "'")
        for m in re.finditer(rf"(?<![\w-])(?:le |la |l['’])(?:{nouns})(?![\w-])", sentence, re.I)
    }
    return found.pop() if len(found) == 1 else ""


def _impersonal(rest: str) -> bool:
    """Tell an impersonal « il »: « il s'agit », « il faut », « il est possible de … »."""
    lower = rest.lower().replace("’", "'")
    if any(lower.startswith(w) for w in lexicon.words("question_impersonal_starts")):
        return True
    return (
        re.match(r"(?:est|était|sera|serait|a été)\s+[\w-]+\s+(?:de|d'|que|qu')", lower) is not None
    )


def _main_person(index: ArticleIndex) -> Person | None:
    """Return the one person the article's title names (full or last name), or None."""
    title = str(index.header.get("title") or "")
    named = [p for p in index.people.values() if any(_names(form, title) for form in _forms(p))]
    return named[0] if len(named) == 1 and named[0].gender else None


def _only_one(person: Person, question: Question, index: ArticleIndex) -> bool:
    """Tell whether the sentences before the card's, back to the last that names anybody, name
    `person` (by name or role) and nobody else of their gender."""
    sentences, source, at = _located(question, index)
    people = _people(index)
    if at <= 0 or _others(person, source, people):
        return False
    for sentence in reversed(sentences[max(0, at - LOOK_BACK) : at]):
        if _others(person, sentence, people):
            return False
        if _mentions(person, sentence):
            return True
        if not re.match(r"(?:Il|Elle)\s", sentence):
            return False  # a sentence that names nobody and is not about them either
    return False


def _subject_before(question: Question, index: ArticleIndex, gender: str) -> Person | None:
    """Return the person the card's « Il » / « Elle » continues: the sentence right before the
    card's (or the last before it that names anybody, past sentences opening on the same
    pronoun) opens on that person's name, maybe after a title or a nationality (« La ministre
    Anne Morel a … », « L'Italienne Sara Conti … »), and names nobody else; the card's own
    sentence names nobody, and no one else of that gender is named in the sentences read back
    (« A ne jouera pas. B le remplace. Il avait … »: A or B?). None otherwise."""
    sentences, source, at = _located(question, index)
    people = _people(index)
    if at <= 0 or _named_people(source, people):
        return None
    window = sentences[max(0, at - LOOK_BACK) : at]
    for sentence in reversed(window):
        named = _named_people(sentence, people)
        if not named:
            if re.match(rf"{'Il' if gender == 'm' else 'Elle'}\s", sentence):
                continue  # « Il … »: the same person, said again
            return None
        person = named[0]
        opening = min(_first_position(form, sentence) for form in _forms(person))
        if len(named) > 1 or person.gender != gender or not _opening(sentence[:opening]):
            return None
        title = str(index.header.get("title") or "")
        rivals = any(_others(person, earlier, people) for earlier in [title, *window])
        return None if rivals or _another_name(sentence, person) else person
    return None


def _another_name(sentence: str, person: Person) -> bool:
    """Tell whether `sentence` holds two capitalized words in a row besides `person`'s names
    (someone the facts do not know: « … a devancé Julie Petit »)."""
    rest = sentence.replace("’", "'")
    for form in sorted(_forms(person), key=len, reverse=True):
        rest = re.sub(rf"(?<![\w-]){re.escape(form)}(?![\w-])", " ", rest)
    return re.search(r"(?<![\w'-])[A-ZÀ-Ý][\w-]+\s+[A-ZÀ-Ý][\w-]+", rest[1:]) is not None


def _named_people(sentence: str, people: list[Person]) -> list[Person]:
    """Return the people of `people` that `sentence` names, by any of their names."""
    return [p for p in people if any(_names(f, sentence) for f in _forms(p))]


def _people(index: ArticleIndex) -> list[Person]:
    """Return the article's people: those its facts about people know, and the people only an
    action names (« L'Italienne A a remporté … »), with the gender the action gives them."""
    known = list(index.people.values())
    names = {p.name for p in known}
    for fact in index.facts:
        actor = str(fact.get("actor") or "")
        if fact.type == "action" and fact.get("actor_is_person") and actor not in names:
            names.add(actor)
            known.append(
                Person(actor, fact.get("gender") if fact.get("gender") in ("m", "f") else None)
            )
    return known


def _first_position(form: str, text: str) -> int:
    found = re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text.replace("’", "'"))
    return found.start() if found else len(text)


def _opening(before: str) -> bool:
    """Tell whether the words before a name open a sentence on its subject: nothing, or a
    determiner and lower-case title words or a nationality (« Le ministre », « L'Italienne »),
    with no comma, verb or preposition of their own."""
    words = re.findall(r"[\w-]+|[^\w\s]", before)  # « L'Italienne » → « L », « ' », « Italienne »
    if not words:
        return True
    if "," in words or words[0].lower().rstrip("'’") not in ("le", "la", "l"):
        return False
    rest = [w for w in words[1:] if w not in ("'", "’")]
    verbs = lexicon.word_set("question_auxiliaries") | lexicon.word_set("phrasing_finite_verbs")
    return len(rest) <= 4 and not any(w.lower() in _NOT_TITLE_WORDS | verbs for w in rest)


_NOT_TITLE_WORDS = frozenset({"selon", "après", "avec", "pour", "contre", "par", "à", "au", "que"})


def _others(person: Person, sentence: str, people: list[Person]) -> bool:
    """Tell whether `sentence` names another person of `person`'s gender."""
    return any(
        other.name != person.name
        and other.gender != ("f" if person.gender == "m" else "m")
        and any(_names(form, sentence) for form in _forms(other))
        for other in people
    )


def _mentions(person: Person, sentence: str) -> bool:
    """Tell whether `sentence` names `person`, or calls them by a role the article gives them."""
    return any(_names(form, sentence) for form in _forms(person)) or any(
        len(role.split()) >= 2 and fold(role) in fold(sentence) for role in person.roles
    )


def _forms(person: Person) -> list[str]:
    """Return the names a person goes by: full name, aliases, last name (of four letters or more)."""
    forms = {person.name, *person.aliases}
    last = person.name.split()[-1] if person.name.split() else ""
    if len(person.name.split()) > 1 and len(last) > 3:
        forms.add(last)
    return [f for f in forms if f.strip()]


def _names(form: str, text: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text.replace("’", "'")) is not None


def _located(question: Question, index: ArticleIndex) -> tuple[list[str], str, int]:
    """Return the article's sentences, the card's source sentence and its place among them (-1
    when it is not found)."""
    sentences = _sentences(str(index.header.get("text") or ""))
    source = " ".join(question.source.split())
    at = next((i for i, s in enumerate(sentences) if s and s[:60] == source[:60]), -1)
    return sentences, source, at


@functools.lru_cache(maxsize=8)
def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(" ".join(text.split())) if s]
