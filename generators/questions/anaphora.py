"""A card's sentence that points outside itself: named from the article when sure, else dropped.

A sentence copied onto a cloze, a « Complétez » or a « Vrai ou faux » card must stand alone.
These do not, and a study group cannot tell what they are about:

- a definite head that takes up what the article named before: « La victime fut adjointe au
  maire … », « La firme japonaise espère … » (a company noun a nationality adjective does not
  name: lexicon question_referent_demonym_nouns), « la même catégorie » (« le même … » without
  its « que »). A person's noun (lexicon question_referent_people) is told by the event the
  title opens on (« Le coupable de l'explosion à la gare de Vallon est … », `name_the_referent`),
  else left as it was (the article's one culprit or victim: judged awkward, not wrong); the other
  cases are dropped (`outside_reference`, and quality's bare referent nouns). The person the
  sentence before names is no safe referent (« Le suspect a été arrêté » may follow a sentence
  naming the victim or the mayor): it is never used;
- a clitic whose antecedent is in another sentence: « espère en vendre 10 millions », « Six
  personnes y avaient laissé la vie », « La justice l'estime illégal » (idioms stay: « il y a »,
  « à en croire », lexicon question_clitic_idioms);
- a fragment with no finite verb: « Un chiffre à comparer aux 13 millions … ».

« Le gouvernement français », « la Banque centrale européenne », « la victime de l'accident »
(a noun with its own complement) and « la même catégorie que les jeunes » stand alone.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from generators import lexicon
from generators.french.countries import demonyms
from generators.questions.index import ArticleIndex
from generators.questions.referents import _is_verb, is_bare
from generators.records import CLOZE, TRUEFALSE, Question

_PREFIX = re.compile(r"^(?P<before>(?:Vrai ou faux\s*:\s*|Complétez[^«]*«\s*)?)")
_GAP = re.compile(r"\{\{c\d+::(.*?)\}\}")
_AUXILIARY = (
    r"a|ont|avait|avaient|aura|auront|aurait|auraient|eut|eurent|est|sont|était|étaient|fut|"
    r"furent|sera|seront|serait|seraient"
)


def statement_of(question: Question) -> str:
    """Return the sentence a cloze, completion or true/false card shows (gaps filled), else ''."""
    completion = question.prompt.startswith("Complétez") and question.prompt.rstrip().endswith("»")
    if question.kind not in (CLOZE, TRUEFALSE) and not completion:
        return ""
    text = _PREFIX.sub("", _GAP.sub(r"\1", question.prompt), count=1)
    return text.strip().removesuffix("»").strip().replace("’", "'")


def outside_reference(question: Question) -> str:
    """Return why a card's sentence points outside itself (module docstring), or ''."""
    text = statement_of(question)
    if not text:
        return ""
    for check in (_same_noun, _demonym_company, _clitic_en, _clitic_y, _clitic_object, _verbless):
        reason = check(text)
        if reason:
            return reason
    return ""


def _same_noun(text: str) -> str:
    """« Le taux de la même catégorie est … »: « le même » in the subject with no « que » after
    it is the same as what the article said before."""
    found = re.search(r"(?<![\w-])(?:le|la|les|du|au|aux) mêmes? (?!qu)([\w-]+)", text, re.I)
    if found is None or re.match(r"[^,;.]*?\bqu(?:e\b|')", text[found.end() :]):
        return ""
    before = re.findall(r"[\w'-]+", text[: found.start()].lower())
    if any(_finite(w) for w in before):
        return ""  # after the verb (« s'était produite sur la même ligne »): the sentence says it
    return f"« {found.group(0)} » is the same as something the article said before"


def _demonym_company(text: str) -> str:
    """« La firme japonaise espère … »: a nationality adjective does not say which company
    (a name, a complement, a relative clause or an apposition after it would)."""
    nouns = "|".join(re.escape(n) for n in lexicon.words("question_referent_demonym_nouns"))
    pattern = rf"(?<![\w-])(?:le|la|l'|du|au)\s*(?:{nouns})\s+([a-zéèêëàâîïôûç-]+)"
    for found in re.finditer(pattern, text, re.I):
        said = re.match(r"\s*(?:[A-ZÀ-Ý«]|(?:de|du|des|qui|dont)\b|d'|,)", text[found.end() :])
        if found.group(1).lower() in demonyms() and said is None:
            return f"« {found.group(0)} » names no company without the article (which one?)"
    return ""


def _without_idioms(text: str) -> str:
    lower = text.lower()
    for idiom in lexicon.words("question_clitic_idioms"):
        lower = re.sub(rf"(?<![\w-]){re.escape(idiom)}(?![\w-])", " ", lower)
    return lower


def _clitic_en(text: str) -> str:
    """« espère en vendre », « la société en a vendu »: « en » stands for a thing named before."""
    lower = _without_idioms(text)
    if re.search(r"(?<![\w-])(?:sur|parmi) (?:les|ces|ses) ", lower):
        return ""  # « Sur les 20 millions produits, la firme en a vendu 10 »: named in the sentence
    governors = "|".join(re.escape(g) for g in lexicon.words("question_clitic_governors"))
    found = re.search(rf"(?<![\w-])(?:{governors})\s*en ([a-zéèêîôû]+(?:er|ir|re|oir))\b", lower)
    if found and found.group(1) not in _not_infinitives():
        return f"« en {found.group(1)} »: « en » stands for something named in another sentence"
    tensed = re.search(rf"(?<![\w-])(?:n')?en (?:{_AUXILIARY})(?![\w-])", lower)
    if tensed:
        return f"« {tensed.group(0)} »: « en » stands for something named in another sentence"
    return ""


@functools.cache
def _not_infinitives() -> frozenset[str]:
    """Words in -er/-ir/-re after « en » that are no infinitive (« en hiver », « en janvier »)."""
    return frozenset(lexicon.words("french_months")) | {
        "hiver",
        "outre",
        "entier",
        "premier",
        "dernier",
        "particulier",
        "arrière",
        "avoir",
    }


def _clitic_y(text: str) -> str:
    """« Six personnes y avaient laissé la vie »: « y » stands for a place named before."""
    lower = _without_idioms(text)
    found = re.search(r"(?<![\w-])(?:n')?y ([\w-]+)", lower)
    if found is None or not _finite(found.group(1)):
        return ""
    before = lower[: found.start()]
    if re.search(r"(?<![\w-])(?:à|au|aux|dans|en|sur|vers|où)\s", before):
        return ""  # a place said earlier in the sentence: « Il est allé à Lyon et y a vu … »
    return f"« {found.group(0)} »: « y » stands for a place named in another sentence"


def _finite(word: str) -> bool:
    """Tell a finite verb form (an adverb in -ment is none)."""
    return _is_verb(word) or (_tensed(word) and not word.endswith("ment"))


def _tensed(word: str) -> bool:
    return re.fullmatch(rf"(?:{_AUXILIARY})|[\w-]+(?:ent|ait|aient)", word) is not None


def _clitic_object(text: str) -> str:
    """« La justice l'estime illégal », « Le juge l'a condamné »: « l' » takes up a thing or a
    person the sentence does not name (the object clitic right after the subject)."""
    clause = re.split(r"[,;:(«]|(?<![\w-])(?:qui|que|qu'|dont|où|et|mais)(?![\w-])", text)[0]
    found = re.search(r"(?<![\w-])l'([\w-]+)", _without_idioms(clause))
    if found is None or not clause[found.start(1) : found.start(1) + 1].islower():
        return ""
    subject = clause[: found.start()].split()
    if not subject or len(subject) > 4 or any(_is_verb(w.lower()) for w in subject):
        return ""
    if subject[-1].lower() in lexicon.word_set("question_article_prepositions"):
        return ""  # « La région de l'Aude »: an article after a preposition
    determiner = subject[0].lower() in ("le", "la", "les", "l'") or subject[0][:1].isupper()
    word = found.group(1)
    verb = re.fullmatch(_AUXILIARY, word) is not None or (
        subject[0].lower() in ("le", "la", "les") and len(subject) >= 2 and _tensed_or_e(word)
    )
    if determiner and verb:
        return f"« {found.group(0)} »: « l' » takes up something named in another sentence"
    return ""


def _tensed_or_e(word: str) -> bool:
    """A verb's present or past form after a subject (« estime », « avait », « jugent »)."""
    return _tensed(word) or (word.endswith("e") and not word.endswith(("ée", "ie", "ue")))


def _verbless(text: str) -> str:
    """« Un chiffre à comparer aux 13 millions … »: a noun phrase, no finite verb: no statement."""
    opening = re.match(r"(?:un|une|des) [\w-]+ (?:à|a) [a-zé]+(?:er|ir|re)\b", text, re.I)
    if opening is None:
        return ""
    rest = re.findall(r"[\w'-]+", text[opening.end() :].lower())
    if any(_finite(w) for w in rest):
        return ""
    return (
        f"« {opening.group(0)} … » is a fragment with no finite verb (it needs the sentence before)"
    )


def name_the_referent(question: Question, index: ArticleIndex) -> Question:
    """Return the card with its opening « Le coupable » (lexicon question_referent_people) told
    by the event its title opens on (lexicon question_title_events): « Belgique : explosion à la
    gare de Vallon » → « Le coupable de l'explosion à la gare de Vallon est … »; else as it was."""
    nouns = "|".join(re.escape(n) for n in lexicon.words("question_referent_people"))
    found = re.match(
        _PREFIX.pattern + rf"(?P<head>(?:Le|La|L['’])\s*(?:{nouns}))(?![\w-])", question.prompt
    )
    if found is None or not is_bare(question.prompt[found.end() :]) or not statement_of(question):
        return question
    event = title_event(str(index.header.get("title") or ""))
    if not event:
        return question
    end = found.end("head")
    return replace(question, prompt=f"{question.prompt[:end]} {event}{question.prompt[end:]}")


_TITLE_LINKS = frozenset(("à", "au", "aux", "dans", "de", "du", "des", "d'", "en", "sur", "près"))


def title_event(title: str) -> str:
    """Return « de » and the event a news title opens on, after its kicker (« Belgique : explosion
    à la gare de Vallon, … » → « de l'explosion à la gare de Vallon »), or ''."""
    rest = re.sub(r"^[^:]{2,40}?\s:\s*", "", title.replace("’", "'"), count=1)
    rest = re.split(r"\s*[,;:!?]|\s[–—-]\s", rest)[0].strip()
    rest = re.sub(r"^(?:une?|la|le|l')\s*", "", rest, flags=re.I)
    for entry in lexicon.words("question_title_events"):
        noun, _, definite = entry.partition("|")
        head = re.match(rf"{re.escape(noun)}(?![\w-])", rest, re.I)
        tail = rest[head.end() :] if head else ""
        words = tail.lower().split()
        if head and (not words or words[0] in _TITLE_LINKS):
            if any(_finite(w) for w in words):
                return ""  # a title that is a sentence (« un incendie ravage le port »)
            said = f"de {definite}{tail}".replace("de le ", "du ")
            return said.replace("de les ", "des ").replace("'", "’")
    return ""
