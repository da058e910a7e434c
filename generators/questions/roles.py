"""A person's role: how it is asked (its class, a candidate's party), and whether it is still held."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from generators import lexicon
from generators.french.countries import demonyms
from generators.french.dates import date_text
from generators.french.grammar import fold
from generators.questions.index import is_descriptive, is_rank
from generators.questions.phrasing import said_past, words_after
from generators.questions.role_forms import participle_role

if TYPE_CHECKING:
    from generators.questions.index import ArticleIndex
    from generators.records import Fact


def asked_role(role: str) -> str:
    """Return the post a role phrase names, as a role question asks it: without a leading
    « actuel » or « alors » (lexicon/question_role_time_adverbs.txt) and cut before the person's part in the story (« cycliste présent sur la ligne »
    → « cycliste », lexicon/question_role_story_tails.txt)."""
    words = role.split()
    skipped = lexicon.word_set("people_present_modifiers") | lexicon.word_set(
        "question_role_time_adverbs"
    )
    while len(words) > 1 and words[0].lower() in skipped:
        words = words[1:]
    text = " ".join(words)
    tails = "|".join(re.escape(t) for t in lexicon.words("question_role_story_tails"))
    found = re.search(rf"[\s,]+(?:{tails})(?![\w-])", text.replace("’", "'"), re.IGNORECASE)
    return text[: found.start()].strip() if found and found.start() > 0 else text


def trade(role: str) -> str:
    """Return the trade a role names, without a long where or for whom (« chercheuse principale
    du Centre spatial de Vallon » → « chercheuse principale »; « avocate d'Anne Roux » stays) and
    without a nationality after it (« astronome belge » → « astronome »)."""
    cut = re.split(
        r"[,(]|\s(?:de|du|des|à|au|aux|chez|pour|sur|dans|en|auprès|qui)\s|\sd['’]", role
    )
    head = cut[0].strip()
    trade_words = head if head and len(role.split()) - len(head.split()) >= 3 else role
    words = trade_words.split()
    if len(words) >= 2 and words[-1].lower() in demonyms():
        return " ".join(words[:-1])  # « astronome belge »: the trade, not the nationality
    return trade_words


def askable_role(role: str) -> bool:
    """Tell a role a role question may ask or accept: a post, a trade, a title, a candidacy,
    not a status or an epithet (« élu », « sauveur de X »)."""
    return bool(role.strip()) and role_class(role) != "status"


def role_class(role: str) -> str:
    """Return how a role is asked: function, candidate, title, job, position, founder or status
    (lexicon data: the role's first word, or its first words for an entry of several; a present
    participle with its object is a status)."""
    text = " ".join(role.strip().lower().split())
    first, _, rest = text.partition(" ")
    if first in lexicon.word_set("phrasing_role_multipliers") and rest:
        text = rest  # « quadruple champion du monde »: a title
    first = re.split(r"[\s,]", text, maxsplit=1)[0]
    if participle_role(text):
        return "status"  # « représentant la Belgique »: what the person does, not a post
    for line in lexicon.words("phrasing_role_classes"):
        kind, _, word = line.partition(" ")
        if word == first or (" " in word and (text + " ").startswith(word + " ")):
            return kind
    return "function"


_CANDIDACY = re.compile(
    r"^\S+\s+(?P<link>du|de la|de l['’]|des|de|d['’])\s*(?P<party>[A-ZÀ-Ý][^,;()]*?)"
    r"(?:\s+(?P<race>(?:à|aux?)\s+(?:la|l['’])?\s*[a-zà-ÿ][^,;()]*))?$"
)


def candidacy(role: str) -> dict[str, str]:
    """Return the party a candidate runs for (« le Parti X ») and the race (« à la mairie de Y »)."""
    found = _CANDIDACY.match(" ".join(role.split()))
    if not found:
        return {"party": "", "race": ""}
    link, party = found.group("link").lower(), found.group("party").strip()
    article = {"du": "le ", "des": "les "}.get(link) or (
        link[3:] + (" " if link.endswith("la") else "") if link.startswith("de l") else ""
    )
    return {"party": f"{article}{party}", "race": found.group("race") or ""}


def held_before(sentence: str, role: str) -> bool:
    """Tell a role the sentence puts in the past (« alors qu'il était député », « ex-ministre »)."""
    return any(_appointed(found) != "now" for found in _past_markers(sentence, role))


def just_elected(sentence: str, role: str, reach: int = 3) -> bool:
    """Tell a role just won in an election (« X a été élu nouveau président »): it may be taken
    only later, so neither « Qui était le président en mai ? » nor « Qui a été président ? »
    (`reach`: the words between « a été » and the role, more for a body after its title)."""
    found = _past_markers(sentence, role, reach)
    return any(_appointed(one) == "elected" for one in found)


def _past_markers(sentence: str, role: str, reach: int = 3) -> list[re.Match[str]]:
    first = re.escape(role.split()[0]) if role.split() else ""
    if not first:
        return []
    past = "|".join(re.escape(w) for w in lexicon.words("question_past_markers"))
    pattern = rf"(?P<marker>{past})\s+(?P<between>(?:[\w’'-]+\s+){{0,{reach}}}?){first}"
    return list(re.finditer(pattern, sentence, re.IGNORECASE))


def _appointed(found: re.Match[str]) -> str:
    """Return « now » for « a été nommée ambassadrice » (an appointment in the passé composé puts
    the role in the present), « elected » for « a été élu président », else ''
    (lexicon/question_appointment_participles.txt)."""
    if found.group("marker").lower() != "a été":
        return ""
    kinds = _appointment_kinds()
    return next((kinds[w] for w in found.group("between").lower().split() if w in kinds), "")


@functools.cache
def _appointment_kinds() -> dict[str, str]:
    """Return each participle of lexicon/question_appointment_participles.txt with its kind."""
    entries = (e.partition(" ") for e in lexicon.words("question_appointment_participles"))
    return {word: kind for kind, _, word in entries}


def _same_post(role: str, post: str) -> bool:
    """Tell whether two folded role texts name one post: their qualifiers meet, the head aside
    (« commandante de la mission » ~ « direction de la mission »; not « premier ministre » ~
    « ministre de l'intérieur »)."""
    words = [[w.rstrip("s").rstrip("e") for w in t.split() if len(w) > 3] for t in (role, post)]
    if not words[0] or not words[1]:
        return False
    qualifiers = [set(w[1:]) for w in words]
    if qualifiers[0] and qualifiers[1]:
        shared = qualifiers[0] & qualifiers[1]
        return len(shared) > 0.5 * min(len(qualifiers[0]), len(qualifiers[1]))
    return words[0][0] == words[1][0]


def _stems(text: str) -> set[str]:
    return {w.rstrip("s").rstrip("e") for w in text.split() if len(w) > 3}


def _roles_of(name: object, index: ArticleIndex) -> str:
    """Return the first role the article gives a person (the post a successor took), folded."""
    person = index.person(str(name or ""))
    posts = [r for r in (person.roles if person is not None else []) if not is_rank(r)]
    return fold(posts[0]) if posts else ""


def in_succession(name: str, role: str, index: ArticleIndex) -> bool:
    """Tell a role that changed hands: its holder left it, moved to another post, or it went to another."""
    person = index.person(name)
    names = {fold(name), fold(person.name) if person else ""} - {""}
    key = fold(role)
    for other in index.facts:
        if other.type != "succession":
            continue
        post = fold(str(other.get("role") or ""))
        if post:
            same_post = _same_post(key, post)
        else:  # the successor took the predecessor's post: this role is it, or one they left
            post = _roles_of(other.get("predecessor"), index)
            same_post = bool(post) and _stems(post) == _stems(key)
        successor = fold(str(other.get("successor") or ""))
        if fold(str(other.get("predecessor") or "")) in names:
            return True  # they left a post: any present-tense question on them may be stale
        if successor in names and post and not same_post:
            return True  # they moved to another post
        if same_post and successor not in names:
            return True  # the post went to someone else
    return False


def former_role(fact: Fact, role: str) -> bool:
    """Tell a person's role held in the past: so labelled, put in the past by its sentence
    (`held_before`), or left in it (`resigned`)."""
    sentence, name = fact.sentence, str(fact.get("person") or "")
    return bool(fact.get("past")) or held_before(sentence, role) or resigned(name, sentence)


def resigned(name: str, sentence: str) -> bool:
    """Tell a person the sentence shows leaving their post (lexicon question_resignation_phrases):
    « la démission de X » (X within a few words after it), or « X … a présenté sa démission »
    (X its subject: the possessive phrase after the name, no other name between)."""
    surname = name.split()[-1] if name.split() else ""
    if not surname:
        return False
    text = " ".join(sentence.split()).replace("’", "'")
    auxiliaries = lexicon.alternation(lexicon.words("question_auxiliaries"))
    title = rf"(?!(?:{auxiliaries})\s)[\w'.-]+\s+"  # « du ministre », « de Mgr »: no verb between
    at = rf"(?:du|de la|de l'|des|de|d')\s+(?:{title}){{0,3}}?"
    for phrase in lexicon.words("question_resignation_phrases"):
        if " " in phrase:  # « sa démission »: said of the subject named before it
            said = re.search(
                rf"\b{re.escape(surname)}\b(?P<between>[^.;]*?)\b{re.escape(phrase)}\b", text
            )
            if said and not re.search(r"\b[A-ZÉ][\w-]+\s+[A-ZÉ][\w-]+", said.group("between")):
                return True
        elif re.search(rf"\b{re.escape(phrase)}\s+{at}{re.escape(name)}\b", text) or re.search(
            rf"\b{re.escape(phrase)}\s+{at}(?:[A-ZÉ][\w-]+\s+)?{re.escape(surname)}\b", text
        ):
            return True
    return False


def role_time(role: str, sentence: str, article_date: str, former: bool = False) -> str:
    """Return when a role was held as the article dates it (« en mars 2021 »), or '' when the
    sentence sets it at an earlier time (« Premier ministre sous X », « … en 1993 ») or puts it
    in the past (`former`: it was no longer held then; « Qui a été maire de X ? »)."""
    year = article_date[:4]
    if former or not re.match(r"^\d{4}", article_date):
        return ""
    if re.search(r"\bsous\s+(?:la\s+présidence\s+de\s+)?[A-ZÀ-Ý]", role):
        return ""
    years = re.findall(r"(?<![\d,.])(1[5-9]\d\d|20\d\d)(?!\d|,\d)", _without_since(sentence))
    if any(y < year for y in years):  # a later year is a plan (« d’ici 2027 »), not the role’s time
        return ""
    return date_text(article_date[:7])


def _without_since(sentence: str) -> str:
    """Return `sentence` without the dates a post has been held since (« maire depuis 2012 »,
    « depuis le 3 mars 2019 »): the post still runs at the article's date."""
    ongoing = "|".join(re.escape(w) for w in lexicon.words("question_ongoing_markers"))
    months = "|".join(lexicon.words("french_months"))
    return re.sub(
        rf"(?<![\w-])(?:{ongoing})\s*(?:l['’]année\s+|le\s+)?(?:(?:\d{{1,2}}|1er)\s+)?"
        rf"(?:(?:début|fin|mi-)\s*)?(?:(?:{months})\s+)?(?:1[5-9]|20)\d\d\b",
        " ",
        sentence,
        flags=re.I,
    )


def head_time(sentence: str, article_date: str, former: bool) -> str:
    """Return when a head led, as a leads card dates it: the sentence's earlier year, else the
    article's month, never for a former head (asked undated, in the past: « Qui a dirigé X ? »)."""
    year = past_year(sentence, article_date)
    return year or ("" if former else date_text(article_date[:7]))


def past_year(sentence: str, article_date: str) -> str:
    """Return « en 1973 » when the sentence sets its facts in one year before the article's."""
    years = {
        found.group(1)
        for found in re.finditer(r"(?<![\d,.])(1[5-9]\d\d|20\d\d)(?!\d|,\d)", sentence)
        if not _dates_another_thing(sentence[: found.start()])
    }
    year = article_date[:4]
    ongoing = "|".join(re.escape(w) for w in lexicon.words("question_ongoing_markers"))
    if re.search(rf"(?<![\w-])(?:{ongoing})\s*(?:\w+\s+)?(?:1[5-9]|20)\d\d", sentence, re.I):
        return ""  # « depuis 2019 »: still the head
    if len(years) != 1 or not year.isdigit():
        return ""
    (found,) = years
    return f"en {found}" if found < year else ""


def _dates_another_thing(before: str, reach: int = 4) -> bool:
    """Return whether one of the `reach` words before a year says it dates something else than
    the sentence's post (« un homme né en 1961 »: lexicon/question_year_other_things.txt)."""
    words = re.findall(r"[\wÀ-ÿ]+", before.lower())[-reach:]
    return any(w in lexicon.word_set("question_year_other_things") for w in words)


def former_leader(leader: str, entity: str, sentence: str, index: ArticleIndex) -> bool:
    """Return whether the leader heads the entity no more: a former head in the article, « alors
    dirigé par X » in the sentence, or a head resigning there."""
    window = words_after(sentence, entity)
    return former_head(leader, entity, index) or said_past(window) or resigned(leader, sentence)


def town_head(leader: str, entity: str, index: ArticleIndex) -> bool:
    """Return whether the article gives the leader a town head's title of the entity (« maire de
    X », lexicon leads_town_titles): « Qui était le maire de X ? » asks it, not « Qui dirigeait X ? »."""
    person = index.person(leader)
    key = fold(entity)
    titles = lexicon.word_set("leads_town_titles")
    towns = lexicon.word_set("leads_town_nouns")  # « la maire de la ville »: the town named
    roles = person.roles if person and key else []
    town_roles = [r for r in roles if any(w in titles for w in r.lower().split()[:3])]
    if any(key in fold(r) for r in roles if r not in town_roles):
        return False  # « président du parti X » too: that role names what is led
    return any(key in fold(r) or any(w in towns for w in r.lower().split()) for r in town_roles)


def former_head(leader: str, entity: str, index: ArticleIndex) -> bool:
    """Return whether the article calls the leader a former head of the entity (« ex-président de X »)."""
    person = index.person(leader)
    key = fold(entity)
    roles = [r for r in (person.roles if person else []) if key and key in fold(r)]
    return bool(roles) and all(is_descriptive(r) for r in roles)


@functools.cache
def _future_takings() -> re.Pattern[str]:
    forms = sorted(lexicon.words("question_future_takings"), key=len, reverse=True)
    alternation = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE)


def taken_later(sentence: str) -> re.Match[str] | None:
    """Return where the sentence announces a post taken later (« X succédera à Y », « X prendra
    ses fonctions de … », lexicon/question_future_takings.txt), or None."""
    return _future_takings().search(" ".join(sentence.split()))
