"""Cards whose form tells something false or reads awkwardly, whatever the article (blind judges).

Checks of the quality filter (`form_problem`): a question ending on a determiner (« … à son ? »),
a time phrase taken for who acted (« Qui a revendiqué ces dernières semaines ? »), a group taken for a
person (« des Bonnets verts » → « Bonnets »), two roles said of two people together (« champions
et vice-champions X et Y »: which is whose?), a title that names no competition (« championne en
titre »), a place in a ranking asked as a post, a post the card does not name (« élu président »,
« la démission de son poste »), a count of a quotation asked with the speaker's verb (« combien de
personnes a ajouté X ? »), a count whose clause was glued to the next noun phrase or kept its own
part (« combien de salariés dont 12 ingénieurs … »), a counted noun whose complement fell after
the verb, an object cut inside its quotation.

Rewrites (`reworded`): an object the parse cut before its participle phrase or its complement is
completed from its sentence (« le budget » → « le budget proposé par la région », « une frappe »
→ « une frappe sur une base aérienne »: lexicon question_object_links), a name cut before its particle is
completed (« Front Sud al-Jabal wal-Nour »), and a deal a title tells in the present
(« Vallonix rachète X ») is asked as announced (« Qui a annoncé le rachat de X ? »).
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from generators import lexicon
from generators.french.grammar import contract, fold
from generators.french.grammar import flat as _flat
from generators.questions.index import ArticleIndex
from generators.questions.posts import APPOINTING, names_its_body
from generators.questions.role_checks import (
    bare_function,
    not_held_yet,
    ranking_role,
    speaker_possessive,
    unnamed_place,
)
from generators.questions.role_checks import folded as _folded
from generators.questions.roles import role_class
from generators.questions.speech import finite_verb
from generators.records import BASIC, MCQ, NUMERIC, Fact, Question

_DETERMINERS = r"son|sa|ses|leur|leurs|notre|nos|votre|vos|mon|ma|mes|ce|cet|cette|ces"
_PARTICIPLE = re.compile(r"[a-zàâçéèêëîïôûù-]+(?:é|i|u)e?s?")
_TAIL_STOP = re.compile(r"[,;:()«»\[\]]|\s(?:et|ou|mais|car|qui|que|dont|où)\s|\squ['’]")


def form_problem(question: Question, fact: Fact | None, index: ArticleIndex) -> str:
    """Return why a card's form misleads or reads badly (module docstring), or ''."""
    if fact is None:
        return ""
    if _denied_claim(fact, index):
        return "the article says the deed was not claimed: a claim card would suggest it was"
    for check in (
        _dangling_determiner,
        _time_actor,
        _group_name,
        _respective_roles,
        _unnamed_title,
        ranking_role,
        not_held_yet,
        speaker_possessive,
        unnamed_place,
        bare_function,
        _unnamed_post,
        _quoted_count,
        _glued_count,
        _split_count,
        _cut_quoted_object,
        _cut_event,
        _dated_participle,
        _borrowed_verb,
    ):
        reason = check(question, fact)
        if reason:
            return reason
    return ""


_DENIAL = re.compile(
    r"(?<![\w-])(?:n['’](?:a|ont|avait|avaient)|non|aucune|pas de|sans)\s[^.;]{0,40}?revendi",
    re.IGNORECASE,
)


def _denied_claim(fact: Fact, index: ArticleIndex) -> bool:
    """« L'attentat n'a pas encore été revendiqué »: no « Qui a revendiqué … ? » card then (one
    on similar attacks, or a parse slip, would suggest the article says who claimed it)."""
    if fact.type != "action" or fact.get("kind") != "claim":
        return False
    text = str(index.header.get("text") or "") or " ".join(f.sentence for f in index.facts)
    return bool(_DENIAL.search(text))


def _dangling_determiner(question: Question, fact: Fact) -> str:
    """« … ont coûté deux points de croissance à son ? »: the noun after the determiner was cut."""
    if question.kind not in (BASIC, MCQ, NUMERIC):
        return ""
    found = re.search(rf"(?<![\w-])({_DETERMINERS})\s*\?$", question.prompt.strip(), re.I)
    return f"the question ends on « {found.group(1)} » (its noun was cut)" if found else ""


def _time_actor(question: Question, fact: Fact) -> str:
    """« Ces dernières semaines, trois incendies ont été revendiqués »: a time is no actor."""
    if fact.type != "action":
        return ""
    words = fold(str(fact.get("actor") or "")).replace("'", " ").split()
    if words and set(words[1:4]) & _folded("question_time_actors"):
        return f"the actor « {fact.get('actor')} » is a time, not who acted"
    return ""


def _group_name(question: Question, fact: Fact) -> str:
    """« des Bonnets verts »: a one-word name the sentence writes after « les » is a group."""
    for field in ("person", "actor", "speaker"):
        name = str(fact.get(field) or "").strip()
        if not name or " " in name or not name[:1].isupper():
            continue
        if re.search(rf"(?<![\w-])(?:les|des|aux)\s+{re.escape(name)}(?![\w-])", fact.sentence):
            return f"« les {name} » is a group, not a person"
    return ""


def _respective_roles(question: Question, fact: Fact) -> str:
    """« des champions et vice-champions olympiques A et B »: which role is whose is not told."""
    if fact.type != "person_role":
        return ""
    head = str(fact.get("role") or "").lower().split()[:1]
    if not head:
        return ""
    plural = rf"{re.escape(head[0])}[sx]"
    text = _flat(fact.sentence).lower()
    pair = rf"(?<![\w-])(?:[\w-]+[sx] (?:et|ou) {plural}|{plural} (?:et|ou) [\w-]+[sx])(?![\w-])"
    if re.search(pair, text):
        return "two roles said of two people together: which is whose is not told"
    return ""


def _unnamed_title(question: Question, fact: Fact) -> str:
    """« Quel titre détient X ? → championne en titre »: champion of what? (no competition)."""
    role = _flat(str(fact.get("role") or ""))
    if fact.type != "person_role" or role_class(role) != "title":
        return ""
    rest = f"{fold(role)} ".split(" ", 1)[1]
    for filler in sorted(_folded("question_title_fillers"), key=len, reverse=True):
        rest = rest.replace(f"{filler} ", " ") if f" {filler} " in f" {rest}" else rest
    if not rest.strip():
        return f"the title « {role} » names no competition (champion of what?)"
    return ""


def _unnamed_post(question: Question, fact: Fact) -> str:
    """« Qui a été élu président ? » (of what?), « … la démission de son poste » (which post?)."""
    if fact.type != "action" or not question.template.startswith("action-"):
        return ""
    shown = _flat(str(fact.get("object") or fact.get("complement") or ""))
    what = fold(shown).replace("'", " ")
    verb = str(fact.get("verb") or "")
    if (
        verb in _APPOINTING
        and re.fullmatch(r"[a-z-]+", what)
        and what in _posts()
        and not names_its_body(question.prompt, shown)
    ):
        return f"« {shown} » names no post (of what?): several right answers"
    own = next((p for p in _folded("question_own_posts") if f" {p} " in f" {what} "), "")
    if own and names_its_body(question.prompt, own.split()[-1]):
        return ""  # « son poste de chef d'état-major »: named from the actor's title (posts.py)
    return f"« {own} » does not name the post" if own else ""


_APPOINTING = APPOINTING


@functools.cache
def _posts() -> frozenset[str]:
    return _folded("leads_titles") | _folded("people_titles")


def _quoted_count(question: Question, fact: Fact) -> str:
    """« « … les 40 000 personnes … » a ajouté X »: the count is the quotation's, not the verb's."""
    if fact.type != "quantity" or not _asks_predicate(question):
        return ""
    sentence, text = _flat(fact.sentence), _flat(str(fact.get("text") or ""))
    predicate = _flat(str(fact.get("predicate") or ""))
    at, said = sentence.find(text), sentence.find(predicate) if predicate else -1
    if at < 0 or said < 0:
        return ""
    inside = sentence[:at].count("«") > sentence[:at].count("»")
    if inside and sentence[:said].count("«") == sentence[:said].count("»"):
        return "the count is inside a quotation, its verb the speaker's (« a ajouté X »)"
    return ""


def _asks_predicate(question: Question) -> bool:
    return question.template.startswith("quantity-combien") and "combien" in question.prompt


def _glued_count(question: Question, fact: Fact) -> str:
    """« ont pris la tête les Belges X »: two noun phrases glued, a list cut."""
    if fact.type != "quantity" or not _asks_predicate(question):
        return ""
    predicate = _flat(str(fact.get("predicate") or ""))
    glued = re.search(
        r"(?:(?<![\w-])(?:le|la|les|un|une|des|du)\s+|(?<![\w-])l')[a-zàâçéèêîôû-]+\s+"
        r"(?:les|le|la)\s+[A-ZÀ-Ý]",
        predicate,
    )
    if glued:
        return f"the count's clause runs into another noun phrase (« {glued.group(0)} »)"
    if re.search(r"(?<![\w-])dont\s+\S+\s", question.prompt):
        return "the count's own part (« dont … ») is asked with it"
    return ""


def _split_count(question: Question, fact: Fact) -> str:
    """« Combien de matchs X a-t-il analysés des joueurs … ? »: the counted noun's complement
    fell after the verb."""
    if fact.type != "quantity" or question.template != "quantity-combien-objet":
        return ""
    unit = _flat(str(fact.get("unit") or ""))
    subject = _flat(str(fact.get("subject") or ""))
    complement = r"((?:de|des|du)\s+\S+|d'\S+)"
    found = re.match(rf"{re.escape(unit)}\s+{complement}", subject) if unit else None
    if found and found.group(1) in _flat(question.prompt):
        return f"the complement of « {unit} » (« {found.group(1)} ») fell after the verb"
    return ""


def _cut_quoted_object(question: Question, fact: Fact) -> str:
    """« a annoncé « prendre toutes les mesures […] pour que … » »: the object is a cut quotation."""
    if fact.type != "action":
        return ""
    what = _flat(str(fact.get("object") or fact.get("complement") or ""))
    sentence = _flat(fact.sentence)
    at = sentence.find(what) if what else -1
    if at < 0:
        return ""
    inside = sentence[:at].count("«") > sentence[:at].count("»")
    after = sentence[at + len(what) :].lstrip()
    if inside and not after.startswith("»"):
        return "the object is a quotation cut before its end"
    return ""


def _cut_event(question: Question, fact: Fact) -> str:
    """« … a-t-il été condamné pour violation ? » when the sentence goes on « des règles du … »:
    the clause asked was cut before its noun's complement."""
    asked = ("event-a-quelle-date", "event-quand", "event-en-quelle-annee")
    what = _flat(str(fact.get("what") or ""))
    if fact.type != "event" or question.template not in asked or len(what.split()) < 2:
        return ""
    end = " ".join(what.split()[-2:])
    sentence = _flat(fact.sentence)
    at = sentence.find(end)
    if at >= 0 and re.match(
        r"\s+(?:de|des|du)\s+[a-zà-ÿ]|\s+d'[a-zà-ÿ]", sentence[at + len(end) :]
    ):
        return f"the clause is cut after « {end} » (its complement follows in the sentence)"
    return ""


def _dated_participle(question: Question, fact: Fact) -> str:
    """« En quelle année la natalité a-t-elle poursuivi sa chute entamée ? » when the sentence says
    « sa chute entamée en 2015 »: the date dates the participle ending the clause, not its verb."""
    asked = ("event-a-quelle-date", "event-quand", "event-en-quelle-annee")
    words = _flat(str(fact.get("what") or "")).split()
    date = _flat(str(fact.get("date") or ""))
    if fact.type != "event" or question.template not in asked or len(words) < 3 or not date:
        return ""
    last, noun = words[-1], words[-2]
    if not (last.islower() and last.endswith(("é", "ée", "és", "ées"))):
        return ""
    determiners = lexicon.word_set("quantity_noun_determiners")
    if not (noun.lower().startswith(("l'", "d'")) or words[-3].lower() in determiners):
        return ""  # « a fortement augmenté en 2019 »: the clause's own verb
    between = r"\s+(?:(?:en|le|la|l'|depuis|dès|au|à|début|fin|courant|mi-)\s*){0,2}"
    if re.search(rf"(?<![\w-]){re.escape(last)}{between}{re.escape(date)}", _flat(fact.sentence)):
        return f"the date dates « {last} », not the clause's verb"
    return ""


def _shown_sentence(question: Question) -> str:
    """Return the sentence a cloze, completion or true/false card shows, gaps filled, or ''."""
    text = re.sub(r"\{\{c\d+::(.*?)\}\}", r"\1", question.prompt)
    found = re.match(r"^(?:Complétez[^:«]*:\s*«|Vrai ou faux\s*:)\s*(.*?)\s*»?\s*$", text)
    if found:
        return found.group(1)
    return text if "{{c" in question.prompt else ""


def _borrowed_verb(question: Question, fact: Fact) -> str:
    """« …, et le général X troisième avec environ … % »: a clause cut after « et » that borrows
    its verb from the one before (« Y arrive deuxième avec 15 % ») reads as a fragment."""
    shown = _flat(_shown_sentence(question)).lstrip("… ")
    sentence = _flat(fact.sentence)
    start = " ".join(shown.split()[:4])
    at = sentence.lower().find(start.lower()) if start else -1
    if at <= 0 or not re.search(r"(?<![\w-])et\s*$", sentence[:at]):
        return ""
    ranked = r"[A-ZÀ-Ý][\w-]+\s+(?:\w+ième|premier|première|dernier|dernière)\s+(?:avec|à|en)\b"
    if re.search(ranked, shown):
        return "the clause borrows its verb from the one before « et » (a fragment)"
    return ""


@functools.cache
def _time_words() -> frozenset[str]:
    names = ("french_weekdays", "french_months", "question_relative_words")
    return frozenset().union(*(_folded(name) for name in names))


# --- rewrites ------------------------------------------------------------------------------


def reworded(question: Question, index: ArticleIndex) -> Question:
    """Return `question` with its object, agent or deal told whole (module docstring)."""
    fact = next((f for f in index.facts if f.id == question.fact_id), None)
    question = _articled(question)
    if fact is not None and fact.type == "quantity" and _asks_predicate(question):
        return _whole_list(question, fact)
    if fact is None or fact.type != "action":
        return question
    for rewrite in (_whole_object, _whole_agent, _announced_deal):
        question = rewrite(question, fact)
    return question


def _articled(question: Question) -> Question:
    """« Union régionale des X a annoncé … » → « L'Union régionale des X a annoncé … »: a shown
    sentence opening on an institution noun without its article gets it back."""
    opening = r"^((?:Complétez[^:«]*:\s*«\s*|Vrai ou faux\s*:\s*)?)([A-ZÉ][a-zéèêô-]+)(?= [a-zé])"
    found = re.match(opening, question.prompt)
    if not found or not _shown_sentence(question):
        return question
    noun = found.group(2)
    article = _institution_articles().get(noun.lower())
    if article is None:
        return question
    articled = f"L’{noun}" if article == "l'" else f"{article.capitalize()} {noun}"
    return replace(question, prompt=found.group(1) + articled + question.prompt[found.end() :])


@functools.cache
def _institution_articles() -> dict[str, str]:
    """Return institution noun → its article (lexicon question_institution_articles)."""
    pairs = (line.split() for line in lexicon.words("question_institution_articles"))
    return {noun: article for noun, article in pairs}


def _whole_list(question: Question, fact: Fact) -> Question:
    """« combien de groupes ont attaqué l'ambassade ? » → « … l'ambassade et l'état-major ? »:
    the noun phrase the sentence joins to the predicate's object with « et » belongs to it."""
    predicate, sentence = _flat(str(fact.get("predicate") or "")), _flat(fact.sentence)
    at, prompt = sentence.find(predicate) if predicate else -1, _flat(question.prompt)
    if at < 0 or predicate not in prompt:
        return question
    joined = re.match(
        r"\s+(?:et|ou)\s+(?:le|la|les|l'|un|une|des|du|au|aux|à)\s*[^,;:.()«»]+",
        sentence[at + len(predicate) :],
    )
    if not joined:
        return question
    words = joined.group(0).lower().split()
    if len(words) > 9 or any(finite_verb(w, "") for w in words[1:]):
        return question  # « … et ont tué trois gardes »: another clause, the predicate stands
    whole = prompt.replace(predicate, predicate + joined.group(0).rstrip(), 1)
    return replace(question, prompt=whole.replace("'", "’"))


def _whole_object(question: Question, fact: Fact) -> Question:
    """« Qui a rejeté le budget ? » → « … le budget proposé par la région ? »: a participle phrase
    or a complement (« une frappe sur une base », lexicon question_object_links) that follows the
    object in its sentence tells which one (not when it names the answer)."""
    what = _flat(str(fact.get("object") or fact.get("complement") or ""))
    sentence = _flat(fact.sentence)
    at = sentence.find(what) if what else -1
    prompt = _flat(question.prompt)
    if at < 0 or what not in prompt or not question.template.startswith("action-qui"):
        return question
    rest = sentence[at + len(what) :]
    first = re.match(r"\s+([\w-]+)(?!['’\w-])", rest)
    if not first:
        return question
    linked = first.group(1).lower() in lexicon.word_set("question_object_links")
    if not (linked or _agreeing_participle(what.split()[-1], first.group(1))):
        return question
    tail = re.sub(r"(?<=\w)'\s+(?=\w)", "'", _TAIL_STOP.split(rest)[0].rstrip(" .!?"))
    said = set(re.findall(r"[\w-]+", fold(tail)))
    if (
        len(tail.split()) > 8
        or "{{" in tail
        or said & _time_words()
        or (linked and re.search(r"(?<![\w-])\d", tail))  # « pour 66,1 milliards »: a figure
        or said & set(re.findall(r"[\w-]{3,}", fold(question.answer)))
    ):
        return question  # « organisées ce dimanche »: a time word the card would have to date
    whole = prompt.replace(what, what + tail, 1).replace("'", "’")
    return replace(question, prompt=whole)


def _agreeing_participle(noun: str, word: str) -> bool:
    """Tell a participle that can follow `noun` (« budget proposé », « produits fabriqués »): a
    common noun, a participle's ending, the same number (« de Paris » after « Grande mosquée »
    is no participle phrase; « mosquée » after a cut name « la Grande » is no participle)."""
    if not noun.islower() or not _PARTICIPLE.fullmatch(word):
        return False
    return noun.endswith(("s", "x")) == word.endswith("s")


def _whole_agent(question: Question, fact: Fact) -> Question:
    """« Front Sud al-Jabal » → « … al-Jabal wal-Nour »: the name runs on its particle."""
    agent = _flat(str(fact.get("agent") or ""))
    if not agent or question.template != "action-revendication":
        return question
    sentence = _flat(fact.sentence)
    at = sentence.find(agent)
    more = re.match(r"(?:\s+[a-z]{1,4}-[A-ZÀ-Ý][\w-]*)+", sentence[at + len(agent) :])
    if at < 0 or not more:
        return question
    answer = question.answer.replace("’", "'")
    whole = answer.replace(agent, agent + more.group(0), 1) if agent in answer else answer
    return replace(question, answer=whole.replace("'", "’"), accept=(*question.accept, answer))


def _announced_deal(question: Question, fact: Fact) -> Question:
    """« Vallonix rachète X » (a title): the deal is announced, not done; asked as announced."""
    verb = str(fact.get("verb") or "")
    noun = dict(line.split(" ", 1) for line in lexicon.words("question_deal_nouns")).get(verb)
    obj = str(fact.get("object") or "")
    participle = str(fact.get("predicate") or "").split()[-1:]
    if not noun or not obj or not participle or question.template != "action-qui":
        return question
    if re.search(rf"(?<![\w-]){re.escape(participle[0])}", fact.sentence):
        return question  # « X a racheté Y »: done, as the card says
    told = _flat(question.prompt).replace("’", "'")
    asked = f"{_flat(str(fact.get('predicate')))} {_flat(obj)}"
    if asked not in told:
        return question
    announced = f"a annoncé {noun} {contract('de', _flat(obj))}"
    return replace(question, prompt=told.replace(asked, announced, 1).replace("'", "’"))
