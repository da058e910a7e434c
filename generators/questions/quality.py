"""The quality filter: why a question is dropped (ranking and merging: questions/ranking.py)."""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from generators import lexicon
from generators.french.grammar import fold
from generators.french.numbers import in_words
from generators.questions.derived import derived_figure
from generators.questions.distractors import CHOICES
from generators.questions.emphatic import stresses_subject
from generators.questions.giveaway import other_form
from generators.questions.hours import hour_asked
from generators.questions.index import ArticleIndex
from generators.questions.outcomes import action_problem
from generators.questions.phrasing import starts_with_verb, strip_article
from generators.questions.prominence import role_problem
from generators.questions.ranking import Rejection, merge_duplicates, rank
from generators.questions.referents import bare_referent, dangling_presentative, topic
from generators.questions.shapes import shape_problem
from generators.questions.standalone import existential_there, impersonal_dropped
from generators.records import BASIC, CLOZE, MCQ, NUMERIC, TRUEFALSE, TYPES, Question

MAX_WORDS = 25  # a longer prompt is dropped: the cloze form of the same fact asks it instead
MAX_CLOZE_WORDS = 40


_QUOTED = re.compile(r"«[^»]*»|\"[^\"]*\"")


def problem(question: Question, index: ArticleIndex) -> str:
    """Return why a question is not good enough to keep, or '' when it is."""
    for check in (
        _unfilled,
        _furniture,
        _fragment,
        _cut_quote,
        _phrase_quote,
        hour_asked,
        _common_acronym,
        _vague_role,
        role_problem,
        _given_away,
        lambda question, index: other_form(question),
        _not_a_count,
        derived_figure,
        _no_name,
        _form,
        _thin_cloze,
        _too_long,
        _answer_in_prompt,
        _relative_date,
        _pronoun,
        _no_referent,
        _cut_action,
        shape_problem,
        _too_few_choices,
    ):
        reason = check(question, index)
        if reason:
            return reason
    return ""


_STATEMENT_PREFIX = re.compile(r"^\s*(?:Vrai ou faux|Complétez[^:]*) : «? ?", re.IGNORECASE)


def _statement(question: Question) -> str:
    """Return the sentence a cloze, completion or true/false shows (gaps filled), else ''."""
    if question.kind not in (CLOZE, TRUEFALSE) and not is_completion(question.prompt):
        return ""
    text = re.sub(r"\{\{c\d+::(.*?)\}\}", r"\1", question.prompt)
    return _STATEMENT_PREFIX.sub("", text).strip().removesuffix("»").strip()


def _furniture(question: Question, index: ArticleIndex) -> str:
    """A dateline, byline or heading is no sentence to learn from."""
    words = re.findall(r"[^\W\d_]{2,}", question.source)
    months = lexicon.word_set("french_months")
    if len([w for w in words if w.lower() not in months]) < 3:
        return "made from page furniture (a dateline, byline or heading), not a sentence"
    return ""


def _fragment(question: Question, index: ArticleIndex) -> str:
    """A statement cut before its subject, or reduced to nothing, does not stand alone."""
    text = _statement(question)
    if not text:
        return ""
    if not re.sub(r"[…\s.«»]", "", text):
        return "the sentence shown is empty"
    if question.kind == TRUEFALSE and (text.startswith("…") or text[:1].islower()):
        return "the statement is a fragment of its sentence (it lost its subject)"
    if re.search(r"(?<![\w-])(?:ce|cette|ces) derni(?:er|ère|ers|ères)\b", text.lower()):
        return "« ce dernier » stands for someone named elsewhere"
    return ""


def _cut_quote(question: Question, index: ArticleIndex) -> str:
    """Never cut a sentence inside its quote marks: the card would misquote."""
    text = _statement(question) or question.prompt
    if text.count("«") != text.count("»"):
        return "the sentence is cut inside quote marks"
    return ""


def _phrase_quote(question: Question, index: ArticleIndex) -> str:
    """« Qui a déclaré : « lourdes pertes humaines » ? »: a noun phrase is no statement."""
    quoted = re.search(r"«\s*([^«»]*?)\s*»", question.prompt)
    if question.fact_type != "quote" or not quoted or is_completion(question.prompt):
        return ""
    words = re.findall(r"[\w-]+'|[\w-]+", quoted.group(1).lower().replace("’", "'"))
    clause = lexicon.word_set("question_clause_words")
    if len(words) > 8 or any(w in clause or (len(w) > 4 and w.endswith("ez")) for w in words):
        return ""
    return "the quote is a noun phrase, not a statement anyone made"


def _common_acronym(question: Question, index: ArticleIndex) -> str:
    """« Que signifie le sigle PIB ? » asks general knowledge, not the article."""
    if question.fact_type != "acronym":
        return ""
    common = lexicon.word_set("question_common_acronyms")
    found = re.findall(r"\b[A-Z][A-Z0-9]{1,5}\b", f"{question.prompt} {question.answer}")
    known = next((a for a in found if a.lower() in common), "")
    return f"« {known} » is general knowledge, not a fact of the article" if known else ""


def _stem(word: str) -> str:
    """Return a role noun without its feminine or plural ending (« candidates » → « candidat »)."""
    return re.sub(r"(?:es|e|s)$", "", word.split()[0]) if word.split() else ""


_BARE_ROLE = r"[a-zéèêîôûç][\w’'-]*(?: [A-Z][A-Z0-9-]+)?"


def _vague_role(question: Question, index: ArticleIndex) -> str:
    """« Qui est le député ? », « Quelle fonction … ? → candidat »: several people fit."""
    asked = re.fullmatch(
        rf"Qui (?:est|était|dirige|dirigeait|préside|présidait) (?:le |la |l['’])({_BARE_ROLE})"
        r"(?: en [^?]+)? \?",
        question.prompt.strip(),
    )
    if asked:
        return f"« {asked.group(1)} » names no one in particular (several right answers)"
    bare = re.fullmatch(rf"Vrai ou faux : [^:]+? est ({_BARE_ROLE})\.", question.prompt.strip())
    if bare and question.fact_type == "person_role" and fold(question.answer) == "vrai":
        return f"« … est {bare.group(1)} » is true but trivial (the role alone says little)"
    role_asked = r"Quelle (?:est la )?fonction|Quel est le métier|Quel titre"
    if not re.match(role_asked, question.prompt) or not re.fullmatch(
        _BARE_ROLE, question.answer.strip()
    ):
        return ""
    head = _stem(fold(question.answer))
    holders = [p for p in index.people.values() if any(_stem(fold(r)) == head for r in p.roles)]
    if len(holders) >= 2:
        return f"« {question.answer} » fits {len(holders)} people of the article"
    return ""


@functools.cache
def _scale_words() -> frozenset[str]:
    """Return the words of a scale (« million », « milliard »): « un milliard » is a figure."""
    return frozenset(fold(line.split()[0]) for line in lexicon.words("answer_scales"))


def _not_a_count(question: Question, index: ArticleIndex) -> str:
    """« les deux joueurs », « des deux étoiles » name people or things already named, and a gap
    on « un » (« seul {{c1::un}} navire ») is filled by grammar alone: neither counts anything
    worth asking; « deux mètres et demi » cannot be asked with « et demi » left after the gap."""
    if question.fact_type != "quantity":
        return ""
    fact = next((f for f in index.facts if f.id == question.fact_id), None)
    said = fold(str(fact.fields.get("text", ""))).split()[:2] if fact else []
    scaled = said[1:] == ["peu"] or (len(said) > 1 and said[1] in _scale_words())
    if said and said[0] in ("un", "une") and not scaled:  # « un peu plus de 15 % », « un million »
        return "a count of one said « un » is grammar, not a figure to learn"
    small = {"2": "deux", "3": "trois", "4": "quatre", "deux": "deux", "trois": "trois"}
    word = small.get(fold(question.answer).strip())
    definite = r"les|des|aux|ces|leurs|ses|nos|vos"  # « des deux étoiles »: de + les
    if word and re.search(rf"\b(?:{definite}) {word}\b", question.source, re.I):
        return f"« les {word} … » refers to people or things named before: it is no count"
    pair = "|".join(re.escape(w) for w in lexicon.words("quantity_pair_words"))
    if word == "deux" and re.search(rf"(?<![\w-])(?:{pair})(?![\w-])", question.prompt, re.I):
        return "the card says « paire », « l'une de l'autre »: the count of two is given away"
    if fact and re.search(r"\bet demie?\b", str(fact.fields.get("text", ""))):
        return "« et demi » stays outside the gap: the figure asked is not the one shown"
    return ""


def _no_name(question: Question, index: ArticleIndex) -> str:
    """A person's name must look like one (« d'Axa » is a cut, not a person)."""
    fact = next((f for f in index.facts if f.id == question.fact_id), None)
    if fact is None or fact.type not in TYPES:
        return ""
    for name in TYPES[fact.type].people:
        value = str(fact.get(name) or "")
        if value and not value[:1].isupper():
            return f"the {name} « {value} » is no name (a cut of the sentence)"
    return ""


def _form(question: Question, index: ArticleIndex) -> str:
    """« combien d'ans » is no French question; a bare « combien de X » needs a verb."""
    if re.search(r"\bcombien d[’']ans\b", question.prompt, re.IGNORECASE):
        return "« combien d'ans »: an age is asked « quel âge », a span « combien d'années »"
    if re.search(r"\bcombien de (?:la|le|les|l[’'])\s", question.prompt, re.IGNORECASE):
        return "« combien de » with a dangling article"
    dangling = r"(?<![\w-])(?:de|du|des|la|le|les|l|l’|l'|d’|d'|à|au|aux|en|par|pour|sur|un|une)"
    if re.search(rf"{dangling}\s*\?$", question.prompt.rstrip(), re.IGNORECASE):
        return "the question ends on a dangling article or preposition (its clause was cut)"
    return ""


def _given_away(question: Question, index: ArticleIndex) -> str:
    """The answer's year in the prompt, an acronym spelt by its expansion, a gap repeated."""
    if question.kind not in (CLOZE, TRUEFALSE):
        years = re.findall(r"\b(?:1[5-9]|20)\d\d\b", question.answer)
        if any(re.search(rf"\b{y}\b", question.prompt) for y in years):
            return "the answer's year is in the prompt"
    spelled = in_words(int(question.answer)) if re.fullmatch(r"[0-9]+", question.answer) else ""
    words = rf"(?<![\w-]){re.escape(spelled)}(?![\w-])"
    if (
        spelled
        and question.kind not in (CLOZE, TRUEFALSE)
        and re.search(words, question.prompt, re.I)
    ):
        return f"the answer is in the prompt, in words (« {spelled} »)"
    if question.fact_type == "acronym" and _initials(question.prompt) == question.answer.upper():
        return "the expansion's initials spell the acronym asked"
    gap = re.search(r"\{\{c\d+::(.*?)\}\}", question.prompt)
    if gap and len(gap.group(1)) > 1:
        rest = question.prompt.replace(gap.group(0), " ")
        hour = r"(?!\s*h(?:\s|\d|$))"  # « 22 morts … vers 22 h 35 »: an hour, not the figure
        day = re.fullmatch(r"((?:1er|\d{1,2})\s+\w+)\s+(?:1[5-9]|20)\d\d", gap.group(1))
        for said in {gap.group(1), day.group(1) if day else ""} - {""}:  # « 1er mars » again
            if re.search(rf"(?<![\w-]){re.escape(said)}(?![\w-]){hour}", rest):
                return f"the gap « {gap.group(1)} » is repeated in its own sentence"
    return ""


def _initials(prompt: str) -> str:
    quoted = re.search(r"«\s*(.*?)\s*»", prompt)
    words = re.findall(r"[^\W\d_][\w-]*", quoted.group(1)) if quoted else []
    return "".join(w[0] for w in words if w[0].isupper()).upper()


def _thin_cloze(question: Question, index: ArticleIndex) -> str:
    text = _STATEMENT_PREFIX.sub("", question.prompt)
    if text.startswith("…") and starts_with_verb(text.lstrip("… ")):
        return "the sentence lost its subject (it starts with a verb)"
    if question.kind == TRUEFALSE and text.startswith("…"):
        first = re.match(r"[\w]+'?", text.lstrip("… ").replace("’", "'"))
        if first and first.group(0).lower() in lexicon.word_set("question_fragment_starts"):
            return f"the statement is a fragment of its sentence (« … {first.group(0)} »)"
    if question.kind != CLOZE:
        return ""
    around = re.sub(r"\{\{c\d+::.*?\}\}|…", " ", question.prompt).split()
    return f"too little context around the gap ({len(around)} words)" if len(around) < 5 else ""


def _unfilled(question: Question, index: ArticleIndex) -> str:
    texts = [question.prompt, question.answer, *question.accept, *question.choices]
    if not question.prompt.strip() or not question.answer.strip():
        return "empty prompt or answer (a field the fact lacks)"
    for text in texts:
        if re.search(r"\bNone\b|\[\[|\]\]|\[%|%\]|___", text):
            return f"unfilled placeholder in {text!r}"
    if question.kind == CLOZE and "{{c1::" not in question.prompt:
        return "cloze without a gap (the answer is not in the sentence)"
    if (
        question.kind in (BASIC, MCQ, NUMERIC)
        and not question.prompt.rstrip().endswith("?")
        and not is_completion(question.prompt)
    ):
        return "prompt does not end with « ? »"
    return ""


def _too_long(question: Question, index: ArticleIndex) -> str:
    words = len(re.sub(r"\{\{c\d+::|\}\}", " ", question.prompt).split())
    sentence_like = question.kind in (CLOZE, TRUEFALSE) or is_completion(question.prompt)
    limit = MAX_CLOZE_WORDS if sentence_like else MAX_WORDS
    if words > limit:
        return (
            f"sentence too long ({words} words > {limit})"
            if sentence_like
            else f"prompt too long ({words} words > {limit}); the cloze of the sentence asks it instead"
        )
    return ""


def is_completion(prompt: str) -> bool:
    """Return whether a prompt asks to complete a quoted sentence (« Complétez : « … » »)."""
    return prompt.startswith("Complétez") and prompt.rstrip().endswith("»")


def _answer_in_prompt(question: Question, index: ArticleIndex) -> str:
    if question.kind in (CLOZE, TRUEFALSE):
        return ""
    prompt = f" {fold(question.prompt)} "
    for text in (question.answer, *question.accept):
        for key in _giveaways(text, index):
            if f" {key} " in prompt:
                return f"answer given away in the prompt ({key!r})"
    return ""


def _giveaways(answer: str, index: ArticleIndex) -> list[str]:
    """Return the folded forms of an answer that must not appear in its prompt (last name too)."""
    key = fold(strip_article(answer))
    keys = [key] if len(key) >= 2 else []
    person = index.person(answer) or index.person(_strip_title(answer))
    if person is not None:
        particles = {"de", "du", "des", "la", "le", "al", "van", "von", "ben", "d"}
        keys += [w for w in fold(person.name).split() if len(w) > 2 and w not in particles][-1:]
    return keys


def _strip_title(answer: str) -> str:
    words = strip_article(answer).split()
    while words and not words[0][:1].isupper():
        words = words[1:]
    return " ".join(words)


def _outside_quotes(question: Question) -> str:
    """Return the prompt without quoted speech (a completion's quoted sentence is kept)."""
    text = re.sub(r"\{\{c\d+::(.*?)\}\}", r"\1", question.prompt)
    if is_completion(text):
        text = text[text.index("«") + 1 : text.rindex("»")]
    return _QUOTED.sub(" ", text)


def _pronoun(question: Question, index: ArticleIndex) -> str:
    text = _outside_quotes(question)
    lower = text.lower().replace("’", "'")
    lower = impersonal_dropped(lower)  # « il faut », « il était nécessaire de »: nobody
    found = _words_pattern("question_pronouns").search(lower)
    shown = _STATEMENT_PREFIX.sub("", text)  # the sentence, without « Vrai ou faux : »
    again = found is not None and (
        _subject_again(lower, found, text) or topic(lower, found, _SUBJECT_AGAIN)
    )
    if found and not again and not stresses_subject(shown, found.group(1)):
        return f"unresolved pronoun « {found.group(1)} »"
    words = "|".join(lexicon.words("question_anaphoric_words"))
    anaphor = re.search(
        rf"\bles (?:[\w-]+ )?(?:{words})\b(?=\s+(?:sont|ont|étaient|avaient|furent|se|s')\b|\s*[-,.?])",
        lower,
    )
    if anaphor:
        return f"« {anaphor.group(0)} » stands for people named elsewhere"
    pointer = re.search(
        r"(?<![\w-])(cette|cet|ces|ce(?=\s+(?!qu|que|qui|dont|sont|soit|sera|fut)[\w-]{3,}))"
        r"\s+(?:…\s*)?[\w-]+",
        lower,
    )
    if pointer:
        return f"« {pointer.group(0)} » points back to the article"
    statement = shown.lower().replace("’", "'")
    context = _opening_pattern("question_context_openers").match(statement)
    if context:
        return f"starts with « {context.group(1)} », which needs the previous sentence"
    opening = re.match(r"^\s*(?:…\s*)?([\w']+)\s", statement)
    if opening and opening.group(1) in lexicon.word_set("question_openers"):
        return f"starts with « {opening.group(1)} », which points back to the article"
    return ""


def _no_referent(question: Question, index: ArticleIndex) -> str:
    """« Qui dirige la chaîne ? »: a bare referent noun names nothing without the article."""
    found = bare_referent(_outside_quotes(question)) or bare_referent(question.answer)
    if found:
        return f"« {found} » names nothing without the article (which one?)"
    opener = dangling_presentative(_STATEMENT_PREFIX.sub("", _outside_quotes(question)))
    return f"opens on « {opener} », presenting what the previous sentence named" if opener else ""


def _cut_action(question: Question, index: ArticleIndex) -> str:
    """A main-story card whose actor is a date or whose clause was cut (questions/outcomes.py)."""
    return action_problem(question)


# « La séance est ouverte, mais elle a déjà … », « une femme a été blessée lors d'une course dont
# elle était spectatrice »: a subject pronoun opening a clause (after « mais », « et », « dont »,
# « où », « quand » …) takes up a noun phrase of its gender and number named before it in the
# same sentence; the card holds its referent (lexicon question_clause_linkers)
_SUBJECT_AGAIN = {
    "il": r"le |un |l'",
    "elle": r"la |une |l'",
    "ils": r"les |des ",
    "elles": r"les |des ",
}


def _subject_again(lower: str, found: re.Match[str], text: str = "") -> bool:
    """Tell a pronoun that takes up a noun phrase or a name (`text`: the statement as written)
    named before it in its own sentence: a subject after a clause linker (« …, mais elle a »,
    « … alors qu'il rentrait »), « lui » or « eux » after a preposition (« chez lui »)."""
    pronoun = found.group(1)
    stressed = pronoun in ("lui", "eux")
    opening = _SUBJECT_AGAIN.get(
        "il" if pronoun == "lui" else "ils" if pronoun == "eux" else pronoun
    )
    before = lower[: found.start()]
    words = "question_pronoun_prepositions" if stressed else "question_clause_linkers"
    linkers = lexicon.alternation(lexicon.words(words))
    if opening is None or not re.search(rf"(?:^|[\s,(])(?:{linkers})\s*$", before):
        return False
    if _words_pattern("question_pronouns").search(before):
        return False  # an earlier pronoun: the sentence does not name its referent first
    nouns = re.finditer(rf"(?<![\w'])(?:{opening})([a-zàâçéèêëîïôûù-]+)\b", before)
    if not stressed and any(not n.group(1).endswith(("ment", "ant")) for n in nouns):
        return True  # « la séance …, mais elle » (« lui » takes up a person: a name only)
    singular = pronoun in ("il", "elle", "lui")  # « Paul Roy a été blessé alors qu'il … »
    dropped = max(0, len(text) - len(lower))  # what impersonal_dropped took out before it
    return singular and bool(_NAME_BEFORE.search(text[: found.start() + dropped]))


# a name: two capitalised words (« Paul Roy », « Anne de Vries »)
_NAME_BEFORE = re.compile(r"(?<![\w'’-])[A-ZÉÈ][\w'’-]+\s+(?:[a-z]{1,3}\s+)?[A-ZÉÈ][\w'’-]+")


@functools.cache
def _words_pattern(name: str) -> re.Pattern[str]:
    """Return one regex finding any phrase of a word list as whole words, longest first."""
    phrases = sorted(lexicon.words(name), key=len, reverse=True)
    parts = [re.escape(p) + ("" if p.endswith("'") else r"(?![\w-])") for p in phrases]
    return re.compile(rf"(?<![\w-])({'|'.join(parts)})")


@functools.cache
def _opening_pattern(name: str) -> re.Pattern[str]:
    """Return one regex matching a phrase of a word list at the start of a statement."""
    phrases = sorted(lexicon.words(name), key=len, reverse=True)
    parts = "|".join(re.escape(p).replace("'", "['’]") for p in phrases)
    return re.compile(rf"^\s*({parts})(?:(?<=['’])|(?![\w-]))", re.IGNORECASE)  # « qu'a »


def drop_connective(question: Question) -> Question:
    """Return `question` without the connective its statement opens on (« En effet, … »)."""
    prefix = _STATEMENT_PREFIX.match(question.prompt)
    start = prefix.end() if prefix else 0
    rest = question.prompt[start:]
    found = re.match(_opening_pattern("question_connectives").pattern + r"\s*,\s*", rest, re.I)
    if not found:
        return question
    tail = rest[found.end() :]
    gap = re.match(r"\{\{c\d+::", tail)
    at = gap.end() if gap else 0
    tail = tail[:at] + tail[at : at + 1].upper() + tail[at + 1 :]
    return replace(question, prompt=question.prompt[:start] + tail)


def _relative_date(question: Question, index: ArticleIndex) -> str:
    """« lundi dernier », « hier », or a bare weekday asked (« {{c1::Samedi}}, la fête … »)."""
    if fold(question.answer) in lexicon.word_set("french_weekdays"):
        return f"the answer « {question.answer} » is a weekday without its date"
    lower = f" {_outside_quotes(question).lower().replace('’', chr(39))} "
    lower = existential_there(lower)
    found = _words_pattern("question_relative_dates").search(lower)
    if found:
        return f"relative date « {found.group(1)} » (the question must stand alone)"
    names = "|".join(lexicon.words("french_months") + lexicon.words("french_weekdays"))
    moving = re.search(rf"\b({names})\s+(prochaine?|derni[eè]re?|passée?)\b", lower)
    if moving:
        return f"relative date « {moving.group(0)} » (the question must stand alone)"
    parts = "|".join(re.escape(p) for p in lexicon.words("event_day_parts"))
    for day in lexicon.words("french_weekdays"):
        # « samedi 6 octobre », « samedi soir 6 octobre », « samedi soir, 6 octobre, » (lexicon
        # event_day_parts): it has its date
        if re.search(rf"(?<![\w-]){day}\s+(?!(?:(?:{parts})\s*,?\s+)?(?:\d|1er))", lower):
            return f"relative date « {day} » without a day of the month"
    return ""


def _too_few_choices(question: Question, index: ArticleIndex) -> str:
    if question.kind == MCQ and len(question.choices) < CHOICES:
        return f"only {len(question.choices) - 1} distractors of the same kind (need {CHOICES - 1})"
    return ""


__all__ = [
    "MAX_CLOZE_WORDS",
    "MAX_WORDS",
    "Rejection",
    "drop_connective",
    "is_completion",
    "merge_duplicates",
    "problem",
    "rank",
]
