"""Facts × templates → questions: render in French, add choices, filter with reasons, rank.

`questions_for(facts, header)` is what the build calls; `explain_questions(facts, header)` also
returns the questions the quality filter dropped, each with its reason (`--explain`).
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from generators import lexicon
from generators.french import grammar as french
from generators.french.grammar import Phrase, fold
from generators.questions.templates import Template, condition, load_templates, render_field, select
from generators.records import Fact, Question, Selection

MAX_WORDS = 25  # a longer prompt is dropped: the cloze form of the same fact asks it instead
MAX_CLOZE_WORDS = 40
TOLERANCE = 0.10  # « environ 500 » accepts 450 to 550
CHOICES = 4


@dataclass(frozen=True)
class Rejection:
    """A question the quality filter dropped, and why."""

    question: Question
    reason: str

    def to_dict(self) -> dict[str, Any]:
        """Return the rejection as a JSON object."""
        return {
            "template": self.question.template,
            "fact_id": self.question.fact_id,
            "kind": self.question.kind,
            "prompt": self.question.prompt,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class Explanation:
    """The questions kept, best first, and those dropped with a reason."""

    kept: list[Question]
    rejected: list[Rejection]


def questions_for(
    facts: Sequence[Fact],
    header: Mapping[str, Any],
    template_dirs: Sequence[str | Path] = (),
    selection: Selection | None = None,
) -> list[Question]:
    """Return the questions of an article's facts, best first (honours the selection)."""
    return explain_questions(facts, header, template_dirs, selection).kept


def explain_questions(
    facts: Sequence[Fact],
    header: Mapping[str, Any],
    template_dirs: Sequence[str | Path] = (),
    selection: Selection | None = None,
) -> Explanation:
    """Return the kept questions and the rejected ones with their reasons."""
    selection = selection or Selection()
    chosen = select(load_templates(template_dirs).values(), selection.templates, selection.kinds)
    return generate(facts, chosen, header=header, extra_tags=selection.tags, limit=selection.limit)


def generate(
    facts: Sequence[Fact],
    templates: Iterable[Template],
    *,
    header: Mapping[str, Any] | None = None,
    extra_tags: Sequence[str] = (),
    limit: int | None = None,
) -> Explanation:
    """Render `templates` on `facts`, filter the results and rank them."""
    index = ArticleIndex.build(facts, header or {})
    by_type: dict[str, list[Template]] = {}
    for template in templates:
        by_type.setdefault(template.fact, []).append(template)
    candidates: list[Question] = []
    rejected: list[Rejection] = []
    for fact in facts:
        context = build_context(fact, index)
        for template in by_type.get(fact.type, ()):
            if not condition(template, context):
                continue
            question = make_question(template, fact, context, index, extra_tags)
            reason = problem(question, template, index)
            if reason:
                rejected.append(Rejection(question, reason))
            else:
                candidates.append(question)
    kept, duplicates = merge_duplicates(candidates)
    ranked = rank(kept)
    over = (
        [Rejection(q, f"ranked below the limit of {limit}") for q in ranked[limit:]]
        if limit is not None
        else []
    )
    return Explanation(
        ranked[:limit] if limit is not None else ranked, rejected + duplicates + over
    )


# --- what the article says about its people, numbers and dates -------------------------------


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
            person.gender = (
                person.gender
                or _gender_from_text(person, sentences)
                or _gender_from_first_name(person.name)
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
        gender_code = french.normalize_gender(gender) or (person.gender if person else None)
        if titled and not title and person is not None:
            title = person.rank
        if not title and person is not None and len(full.split()) == 1:
            full = _with_civility(full, person.aliases)
        return Phrase(full, gender_code, "s", article=False, title=_strip_article(title))

    def is_person(self, name: str) -> bool:
        """Return whether `name` names a person (known to the facts, or shaped like a name)."""
        return self.person(name) is not None or _looks_like_name(name)

    def holders(self, role: str) -> list[str]:
        """Return the people of the article who hold `role`."""
        key = fold(role)
        return [p.name for p in self.people.values() if any(fold(r) == key for r in p.roles)]

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
                fact.get("aliases") or (),
            )
        )
    elif fact.type == "succession":
        found.append((str(fact.get("successor") or ""), fact.get("successor_gender"), ()))
        found.append((str(fact.get("predecessor") or ""), fact.get("predecessor_gender"), ()))
    elif fact.type == "quote":
        found.append((str(fact.get("speaker") or ""), fact.get("speaker_gender"), ()))
    elif fact.type == "leads" and _looks_like_name(str(fact.get("leader") or "")):
        found.append((str(fact.get("leader") or ""), fact.get("leader_gender"), ()))
    return [item for item in found if item[0]]


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
    first = name.split()[0] if name.split() else ""
    if first in lexicon.words("people_firstnames_f"):
        return "f"
    if first in lexicon.words("people_firstnames_m"):
        return "m"
    return None


def _looks_like_name(text: str) -> bool:
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
    text = _strip_article(role).lower()
    if " de " in f" {text} " or " d'" in text or " du " in f" {text} " or " des " in f" {text} ":
        return text in lexicon.word_set("french_ranks")
    return any(text == r or text.startswith(r + " ") for r in lexicon.word_set("french_ranks"))


def _strip_article(text: str) -> str:
    return re.sub(
        r"^(?:(?:le|la|les)\s+|l['’]\s*)", "", str(text or "").strip(), flags=re.IGNORECASE
    )


def date_text(iso: str, *, with_preposition: bool = True) -> str:
    """Return an ISO date prefix in French: « le 12 février 2020 », « en février 2020 », « en 1999 »."""
    match = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$", iso or "")
    if not match:
        return ""
    year, month, day = match.groups()
    months = lexicon.words("french_months")
    if day:
        day_text = "1er" if int(day) == 1 else str(int(day))
        return f"{'le ' if with_preposition else ''}{day_text} {months[int(month) - 1]} {year}"
    if month:
        return f"{'en ' if with_preposition else ''}{months[int(month) - 1]} {year}"
    return f"{'en ' if with_preposition else ''}{year}"


# --- the variables a template sees ------------------------------------------------------------


def build_context(fact: Fact, index: ArticleIndex) -> dict[str, Any]:
    """Return the variables templates of `fact.type` may use (VARIABLES in templates.py)."""
    builder = _BUILDERS.get(fact.type)
    specific, span = builder(fact, index) if builder else ({}, "")
    article_date = index.date_phrase()
    context: dict[str, Any] = {
        "fact": dict(fact.fields),
        "sentence": fact.shown,
        "article_title": str(index.header.get("title") or ""),
        "article_date": article_date,
        "in_article_date": f"en {article_date}" if article_date else "",
        "shown": "",
    }
    anchor = str(fact.get("text") or "") if fact.type == "quantity" else span
    context.update(gapped_clause(fact.shown, span, anchor))
    context.update(specific)
    return context


def gapped_clause(sentence: str, span: str, anchor: str = "") -> dict[str, str]:
    """Return the clause around `span` (found inside `anchor`) as is, with a gap (___) and a cloze."""
    sentence = " ".join(sentence.split())
    start = locate(sentence, span, anchor)
    if start < 0:
        return {"clause": "", "gap": "", "cloze_text": "", "span": ""}
    span = sentence[start : start + len(span)]
    scale = re.match(r"\s(millions?|milliards?)\b", sentence[start + len(span) :])
    if scale and not re.search(r"milli", span):
        span += scale.group(0)
    low, high = clause_bounds(sentence, start, start + len(span))
    before, after = sentence[low:start], sentence[start + len(span) : high]
    lead = "… " if low > 0 else ""
    tail = "." if high >= len(sentence.rstrip(".!?…» ")) else " …"
    stripped = before.lstrip(" ,;:-–—")
    before = re.sub(r"^(et|mais|ou|puis|donc|or|car|ni)\s+", "", stripped, flags=re.IGNORECASE)
    if not lead and before != stripped:  # « Car EFI, mise … » → « EFI, mise … »
        before = before[:1].upper() + before[1:]
    after = after.rstrip(" ,;:.")
    if tail == "." and after.endswith(("!", "?")):  # « … 850 000 F ! », not « F !. »
        tail = ""
    clause = f"{lead}{before}{span}{after}{tail}"
    return {
        "clause": clause,
        "span": span,
        "gap": f"{lead}{before}___{after}{tail}",
        "cloze_text": f"{lead}{before}{{{{c1::{span}}}}}{after}{tail}",
    }


def locate(sentence: str, span: str, anchor: str = "") -> int:
    """Return where `span` starts in `sentence` (inside `anchor` when given, whole words), or -1."""
    if not span:
        return -1
    plain = sentence.replace("’", "'")
    offset = 0
    if anchor and anchor != span:
        found = re.search(
            rf"(?<!\w){re.escape(' '.join(anchor.split()).replace('’', chr(39)))}(?!\w)", plain
        )
        if found:
            offset = found.start()
    match = re.compile(
        rf"(?<![\w,.]){re.escape(span.replace('’', chr(39)))}(?![\w]|[,.]\d)"
    ).search(plain, offset)
    return match.start() if match else -1


def clause_bounds(
    sentence: str, start: int, end: int, min_words: int = 15, max_words: int = 35
) -> tuple[int, int]:
    """Return the bounds of the clause holding [start, end), grown to a readable length."""
    cuts = [0, *(m.end() for m in re.finditer(r"[,;:(]\s|\s[–—-]\s", sentence)), len(sentence)]
    low = max(c for c in cuts if c <= start)
    high = min(c for c in cuts if c >= end)
    while len(sentence[low:high].split()) < min_words:
        before = [c for c in cuts if c < low]
        after = [c for c in cuts if c > high]
        grow_low = before[-1] if before else None
        grow_high = after[0] if after else None
        if grow_low is not None and len(sentence[grow_low:high].split()) <= max_words:
            low = grow_low
        elif grow_high is not None and len(sentence[low:grow_high].split()) <= max_words:
            high = grow_high
        else:
            break
    if (
        low > 0
        and _starts_with_verb(sentence[low:])
        and len(sentence[:high].split()) <= max_words + 10
    ):
        low = 0
    return low, high


def _starts_with_verb(text: str) -> bool:
    """Return whether a clause starts with an auxiliary (its subject lies before the cut)."""
    first = re.split(r"[\s,]", text.strip(), maxsplit=1)[0].lower()
    return first in lexicon.word_set("question_auxiliaries")


def _quantity(fact: Fact, index: ArticleIndex) -> tuple[dict[str, Any], str]:
    text = " ".join(str(fact.get("text") or "").split())
    unit = " ".join(str(fact.get("unit") or "").split())
    value, value_max = fact.get("value"), fact.get("value_max")
    hedge = _hedge(text, bool(fact.get("approx")), fact.get("bound"))
    number_span = number_surface(text)
    scaled = bool(re.search(r"milli(on|ard)", number_span))
    number = format_quantity(value, value_max, unit, scaled)
    percent = unit.strip() in ("%", "pour cent", "pourcent")
    predicate = str(fact.get("predicate") or "") or derive_predicate(fact.sentence, text)
    context = {
        "value": value,
        "value_max": value_max,
        "approx": bool(fact.get("approx")),
        "bound": fact.get("bound") or "",
        "hedge": hedge,
        "unit": unit,
        "unit_phrase": Phrase(
            unit,
            french.normalize_gender(fact.get("unit_gender")) or french.guess_gender(unit),
            french.normalize_number(fact.get("unit_number")) or french.guess_number(unit),
        ),
        "subject": str(fact.get("subject") or ""),
        "predicate": predicate,
        "object_question": object_question(fact, unit, index),
        "number": number,
        "amount": f"{hedge} {number}".strip() if number else "",
        "percent": percent,
        "countable": is_countable(unit),
        "swappable": bool(number_span) and value_max is None and value not in (0, 1),
        "tolerance": f"{round(TOLERANCE * 100)} %",
    }
    return context, number_span


def is_countable(unit: str) -> bool:
    """Return whether « combien de UNIT » reads as French (a noun, not a symbol like « ml » or « % »)."""
    unit = unit.strip()
    symbols = lexicon.words("question_unit_symbols")
    if not unit or unit in symbols or unit.split()[0] in symbols:
        return False
    return bool(re.match(r"^[^\W\d_][\w’'-]{2,}", unit))


def _hedge(text: str, approx: bool, bound: object) -> str:
    lower = text.lower().replace("’", "'")
    for name in ("quantity_hedges", "quantity_lower_bounds", "quantity_upper_bounds"):
        for word in sorted(lexicon.words(name), key=len, reverse=True):
            if lower.startswith(word + " ") or (word.endswith("'") and lower.startswith(word)):
                return _clean_hedge(text[: len(word)])
    if bound == "lower":
        return "plus de"
    if bound == "upper":
        return "moins de"
    return "environ" if approx else ""


def _clean_hedge(word: str) -> str:
    word = word.strip().lower().replace("’", "'")
    return word[:-2] + " de" if word.endswith(" d'") else word


def number_surface(text: str) -> str:
    """Return the number as written inside a quantity's text (« 2,8 milliards », « deux »)."""
    from generators.french.numbers import approx_noun, is_number_word

    if any(approx_noun(w.strip(",.")) for w in text.split()):
        return ""  # « une cinquantaine » has no number to gap or swap
    number = r"\d[\d\s.,]*\d|\d"
    scale = r"(?:\s*(?:millions?|milliards?))?"
    match = re.search(rf"(?:{number}){scale}(?:\s*(?:à|-)\s*(?:{number}){scale})?", text)
    if match:
        return match.group(0).strip().rstrip(".,")

    words = [w for w in re.split(r"\s+", text) if is_number_word(w.strip(",."))]
    return words[0] if words else ""


def format_quantity(value: Any, value_max: Any, unit: str, scaled: bool) -> str:
    """Return a quantity's number the French way, with « % » for percentages."""
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return ""
    maximum = value_max if isinstance(value_max, (int, float)) else None
    if not scaled:  # the article wrote digits: « 8 950 000 », not « 8,95 millions »
        text = french._plain_number(float(value))
        if maximum is not None:
            text += f" à {french._plain_number(float(maximum))}"
        return text + (" %" if unit.strip() == "%" else "")
    return french.format_amount(value, value_max=maximum, unit=unit)


def object_question(fact: Fact, unit: str, index: ArticleIndex) -> str:
    """Return « Combien d'emplois la nouvelle usine doit-elle créer d'ici 2027 ? », or ''."""
    sentence = " ".join(fact.sentence.split()).replace("’", "'")
    text = " ".join(str(fact.get("text") or "").split()).replace("’", "'")
    start = sentence.find(text) if text else -1
    parsed = _subject_verb(sentence[:start].strip()) if start > 0 and is_countable(unit) else None
    if parsed is None:
        return ""
    subject, verb, second, kind = parsed
    if kind == "aux":  # « Combien de places l'entreprise a-t-elle supprimées » agrees
        gender = french.normalize_gender(fact.get("unit_gender")) or french.guess_gender(unit)
        second = french.agree(
            second, gender=gender, number="p" if (fact.get("value") or 0) >= 2 else "s"
        )
    determiner = re.match(r"^(Les|Le|La|L')\s?", subject)
    assert determiner is not None
    noun = subject[determiner.end() :]
    gender = {"le": "m", "la": "f"}.get(determiner.group(1).lower()) or french.guess_gender(noun)
    who = Phrase(noun, gender, "p" if determiner.group(1) == "Les" else "s")
    inverted = french.invert(verb, who) + (f" {second}" if second else "")
    rest = re.split(r"[,;:()«»]", sentence[start + len(text) :])[0].strip(" .")
    subject_text = determiner.group(0).lower() + noun
    return f"{french.capitalize(french.combien(unit))} {subject_text} {inverted}{' ' + rest if rest else ''} ?"


def _subject_verb(before: str) -> tuple[str, str, str, str] | None:
    """Split « La nouvelle usine doit créer » into subject, verb, infinitive or participle, kind."""
    verbs = dict(entry.split() for entry in lexicon.words("question_object_verbs"))
    words = before.split()
    if not re.match(r"^(Les|Le|La|L')", before) or re.search(r"[,;:()«»]", before):
        return None
    for size in (1, 2):
        subject, tail = words[:-size], words[-size:]
        verb, second = tail[0], (tail[1] if size == 2 else "")
        kind = verbs.get(verb)
        if not subject or kind is None or len(subject) > 7 or any(w in verbs for w in subject[1:]):
            continue
        if kind == "verb" and not second:
            return " ".join(subject), verb, "", kind
        if kind == "modal" and re.search(r"(er|ir|re|oir)$", second):
            return " ".join(subject), verb, second, kind
        if kind == "aux" and re.search(r"(é|i|u|is|it|t)$", second):
            return " ".join(subject), verb, second, kind
    return None


def derive_predicate(sentence: str, text: str) -> str:
    """Return the verb phrase said of a quantity (« œuvrent au sein de … ») when the text shows one."""
    sentence = " ".join(sentence.split())
    start = sentence.find(text) if text else -1
    if start < 0:
        return ""
    after = sentence[start + len(text) :]
    relative = re.match(r"\s+qui\s+([^,;:()«»]+)", after)
    if relative:
        return _trim_predicate(relative.group(1))
    before = sentence[:start].strip().lower()
    if before in ("", "les", "des", "quelque", "environ") and re.match(r"\s+[a-zàâéèêîôûç]", after):
        verb = re.match(r"\s+([^,;:()«»]+)", after)
        return _trim_predicate(verb.group(1)) if verb else ""
    return ""


def _trim_predicate(text: str) -> str:
    text = re.split(r"\s(?:que|qu'|qu’|qui|dont)\s", f"{text} ")[0]
    words = text.strip().rstrip(".").split()
    return " ".join(words[:18]) if len(words) >= 2 else ""


def _person_role(fact: Fact, index: ArticleIndex) -> tuple[dict[str, Any], str]:
    name = str(fact.get("person") or "")
    role = _strip_article(str(fact.get("role") or ""))
    person = index.phrase(name, fact.get("gender") or fact.get("role_gender"), titled=False)
    gender = person.gender or french.guess_gender(role)
    rank = is_rank(role)
    context = {
        "person": person,
        "role": role,
        "role_phrase": Phrase(role, person.gender or gender, "s"),
        "is_rank": rank,
        "grade": grade_of(role),
        "specific_role": is_specific(role),
        "descriptive_role": is_descriptive(role),
        "titled": replace(person, title=role if rank else _rank_of(index.person(name))),
        "shared_role": len(index.holders(role)) > 1,
    }
    return context, _surface_of(fact.sentence, name, index)


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


def _rank_of(person: Person | None) -> str:
    return person.rank if person is not None else ""


def _surface_of(sentence: str, name: str, index: ArticleIndex) -> str:
    """Return the form of a person's name that the sentence uses (full name or an alias)."""
    person = index.person(name)
    forms = sorted(
        {name, *(person.aliases if person else ()), person.name if person else name},
        key=len,
        reverse=True,
    )
    return next((f for f in forms if f and f in sentence), name)


def _succession(fact: Fact, index: ArticleIndex) -> tuple[dict[str, Any], str]:
    successor = str(fact.get("successor") or "")
    predecessor = str(fact.get("predecessor") or "")
    date = str(fact.get("date") or "")
    context = {
        "successor": index.phrase(
            successor, fact.get("successor_gender"), str(fact.get("successor_title") or "")
        ),
        "predecessor": index.phrase(
            predecessor, fact.get("predecessor_gender"), str(fact.get("predecessor_title") or "")
        ),
        "role": _strip_article(str(fact.get("role") or "")),
        "post": post_phrase(str(fact.get("role") or "")),
        "date": date,
        "date_text": date_text(str(fact.get("date_norm") or ""))
        or (f"en {date}" if re.match(r"^\d{4}$", date) else ""),
    }
    return context, _surface_of(fact.sentence, successor, index)


def post_phrase(role: str) -> str:
    """Return where a succession happened: « au poste de ministre de X », « à la tête de X », or ''."""
    role = re.sub(r"\s*\([^)]*\)", "", _strip_article(role)).split(",")[0].strip()
    if not role or len(role.split()) > 10:
        return ""
    if re.match(r"^(?:à la|à l['’]|au|aux)\s*\w", role, flags=re.IGNORECASE):
        return role  # already where: « à la direction générale de X »
    head, _, rest = role.partition(" ")
    if head.lower() in lexicon.word_set("question_post_nouns"):
        named = re.search(r"[A-ZÀ-Ý]", rest) or len(rest.split()) >= 4  # not « de la mission »
        return f"à la tête {rest}" if named and re.match(r"^(de|du|des)\s|^d['’]", rest) else ""
    return "au poste " + french.elide("de", role)


def _leads(fact: Fact, index: ArticleIndex) -> tuple[dict[str, Any], str]:
    leader = str(fact.get("leader") or "")
    entity = _strip_article(str(fact.get("entity") or ""))
    is_person = index.is_person(leader)
    if is_person:
        leader_phrase = index.phrase(
            leader, fact.get("leader_gender"), str(fact.get("leader_title") or "")
        )
    else:
        leader_phrase = noun_phrase(
            leader, fact.get("leader_gender"), fact.get("leader_number"), index
        )
    participle, present, imperfect = (
        lead_verb(_after(fact.sentence, entity), str(fact.get("verb") or ""))
        if fact.get("via") != "title"
        else lead_verb("", "")
    )
    context = {
        "leader": leader_phrase,
        "leader_is_person": is_person,
        "entity": noun_phrase(entity, fact.get("entity_gender"), fact.get("entity_number"), index),
        "via": str(fact.get("via") or ""),
        "participle": participle,
        "present": present,
        "imperfect": imperfect,
        "former": _former(leader, entity, index) or _said_past(_after(fact.sentence, entity)),
    }
    return context, _surface_of(fact.sentence, leader, index) if is_person else leader


def _former(leader: str, entity: str, index: ArticleIndex) -> bool:
    """Return whether the article calls the leader a former head of the entity (« ex-président de X »)."""
    person = index.person(leader)
    key = fold(entity)
    roles = [r for r in (person.roles if person else []) if key and key in fold(r)]
    return bool(roles) and all(is_descriptive(r) for r in roles)


def _said_past(window: str) -> bool:
    """Return whether « alors dirigé par », « à l'époque présidée par » puts the leading in the past."""
    return bool(re.match(r"^\W*(alors|autrefois|jadis|naguère|à l'époque)\b", window.strip(" ,")))


def noun_phrase(text: str, gender: object, number: object, index: ArticleIndex) -> Phrase:
    """Return a phrase for a thing (organisation, mission, country) with its article and agreement."""
    text = _strip_article(text)
    words = text.split()
    number_code = french.normalize_number(number) or french.guess_number(text)
    acronym = bool(words) and bool(french._ACRONYM.match(words[0]))
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
    return Phrase(text, gender_code, number_code, article=takes_article)


def _written_with_article(name: str, index: ArticleIndex) -> bool:
    """Return whether a one-word name is mostly written « la Semtel », not bare like « Renault »."""
    with_article, without = index.article_use(name)
    return with_article > without


def _after(sentence: str, text: str, width: int = 40) -> str:
    """Return the words of `sentence` right after `text` (where « dirigée par » or « que dirige » sits)."""
    plain = sentence.replace("’", "'")
    position = plain.find(text.replace("’", "'")) if text else -1
    return plain[position + len(text) : position + len(text) + width] if position >= 0 else ""


def lead_verb(sentence: str, verb: str) -> tuple[str, str, str]:
    """Return participle, present and imperfect of the leading verb the text uses (default diriger)."""
    forms = [entry.split() for entry in lexicon.words("question_lead_verbs")]
    lower = fold(verb or sentence)
    best: tuple[int, list[str]] | None = None
    for entry in forms:
        participle, present = fold(entry[0]), fold(entry[1])
        stem = participle[:-1] if participle.endswith("e") else participle
        for form in (stem, present):
            found = re.search(rf"\b{re.escape(form)}\w*\b", lower)
            if found and (best is None or found.start() < best[0]):
                best = (found.start(), entry)
    participle, present, imperfect = best[1] if best else forms[0]
    return participle, present, imperfect


def _event(fact: Fact, index: ArticleIndex) -> tuple[dict[str, Any], str]:
    date = str(fact.get("date") or "")
    norm = str(fact.get("date_norm") or "")
    participants = [str(p) for p in fact.get("participants") or ()]
    year = norm[:4] if re.match(r"^\d{4}", norm) else ""
    context = {
        "date": date,
        "date_norm": norm,
        "date_text": date_text(norm),
        "full_date": date_text(norm, with_preposition=False),
        "year": year,
        "year_inferred": bool(fact.get("year_inferred")),
        "what": str(fact.get("what") or ""),
        "participants": participants,
        "inverted": invert_clause(str(fact.get("what") or ""), index),
    }
    year_only = re.search(rf"\b{year}\b", date) if len(norm) == 4 and year else None
    return context, year_only.group(0) if year_only else date  # « l'année 2000 »: gap the year


_CLAUSE = re.compile(
    r"^(?P<subject>(?:Les|Le|La|L['’])\s?[^,;:()«»]+?|[A-ZÀ-Ý][\w-]+(?: [A-ZÀ-Ý][\w-]+)+)"
    r" (?P<reflexive>se |s['’])?(?P<aux>est|a|sont|ont|était|avait|étaient|avaient|fut|furent|sera|seront)"
    r" (?P<rest>[^,;:()«»]+)$"
)


def when_question(what: str, index: ArticleIndex) -> str:
    """Return « Quand le général X est-il nommé … ? » from a clause « Le général X est nommé … », or ''."""
    inverted = invert_clause(what, index)
    return f"Quand {inverted} ?" if inverted else ""


def invert_clause(what: str, index: ArticleIndex) -> str:
    """Return « le général X est-il nommé … » from « Le général X est nommé … », or '' when unsure."""
    match = _CLAUSE.match(" ".join(what.split()).rstrip(". "))
    if not match or len(what.split()) > 18:
        return ""
    subject, aux, rest = match.group("subject"), match.group("aux"), match.group("rest")
    reflexive = match.group("reflexive") or ""
    if not re.match(r"^[\w-]*(é|ée|és|ées|i|ie|is|it|u|ue|us|t|te|ts)\b", rest) or re.match(
        r"^(un|une|le|la|les|l['’]|des|du|de)\b", rest
    ):
        return ""  # only a participle reads well after the inversion (« est-il nommé »)
    determiner = re.match(r"^(Les|Le|La|L['’])\s?", subject)
    gender: str | None
    if determiner:
        noun = subject[determiner.end() :]
        gender = {"le": "m", "la": "f"}.get(determiner.group(1).lower()) or french.guess_gender(
            noun
        )
        number = "p" if determiner.group(1) == "Les" else "s"
        subject = determiner.group(0).lower() + noun
    else:
        person = index.person(subject)
        gender, number = (person.gender if person else None), "s"
        if gender is None:
            return ""
    who = Phrase(subject, gender, number)
    return f"{subject} {reflexive}{aux}-{'t-' if aux[-1] in 'ae' else ''}{who.pronoun} {rest}"


def _quote(fact: Fact, index: ArticleIndex) -> tuple[dict[str, Any], str]:
    speaker = fact.get("speaker")
    text = " ".join(str(fact.get("text") or "").split()).strip(' «»"“”,')
    context = {
        "speaker": index.phrase(str(speaker), fact.get("speaker_gender"))
        if speaker
        else Phrase(""),
        "text": text,
        "short": _short_quote(text),
        "marked": bool(fact.get("marked")),
    }
    return context, ""


def _short_quote(text: str, count: int = 14) -> str:
    first = re.split(r"(?<=[.!?])\s", text)[0]
    # a quote joined from two segments without punctuation: « … être clair L'ONU est … »
    first = re.split(rf"(?<=[a-zà-ÿ]) (?=(?:{_SENTENCE_OPENERS})\b)", first)[0]
    words = first.split()
    if len(words) <= count:
        return first.rstrip(".")
    return " ".join(words[:count]).rstrip(",;:") + "…"


_SENTENCE_OPENERS = (
    "L['’]|Le|La|Les|Et|Mais|Nous|Je|Il|Elle|Ils|Elles|Parce|Tout|Ce|Cette|Ces|Notre|Nos"
)


def _acronym(fact: Fact, index: ArticleIndex) -> tuple[dict[str, Any], str]:
    expansion = str(fact.get("expansion") or "")
    context = {
        "acronym": str(fact.get("acronym") or ""),
        "expansion": noun_phrase(
            expansion, fact.get("expansion_gender"), fact.get("expansion_number"), index
        )
        if expansion
        else Phrase(""),
    }
    return context, str(fact.get("acronym") or "")


_BUILDERS = {
    "quantity": _quantity,
    "person_role": _person_role,
    "succession": _succession,
    "leads": _leads,
    "event": _event,
    "quote": _quote,
    "acronym": _acronym,
}


# --- rendering --------------------------------------------------------------------------------


def question_id(fact_id: str, template_id: str) -> str:
    """Return the stable id of the question a template makes of a fact."""
    return hashlib.sha1(f"{fact_id}\x1f{template_id}".encode()).hexdigest()[:16]


def make_question(
    template: Template,
    fact: Fact,
    context: dict[str, Any],
    index: ArticleIndex,
    extra_tags: Sequence[str],
) -> Question:
    """Render one template on one fact (choices, swaps and ranges included)."""
    qid = question_id(fact.id, template.id)
    context = dict(context)
    answer_override = ""
    extra = ""
    if template.kind == "truefalse":
        true_value = pool_value(template.swap, fact.type, context)
        swapped = (
            ""
            if not _wants_false(qid)
            else _first(distractors(template.swap, fact, context, index, [true_value], 1, qid))
        )
        surface = str(context.get("span") or "") if fact.type in _GAPPED_TYPES else ""
        if re.search(r"___\s?%", str(context.get("gap") or "")):
            swapped = swapped.removesuffix(" %")
        context["shown"] = _like_surface(swapped, surface) or surface or true_value
        answer_override = "Faux" if swapped else "Vrai"
        extra = _clean(true_value)
    prompt = (
        french.tidy(render_field(template, "prompt", template.prompt, context))
        .replace("'", "’")
        .replace("….", "…")
        .replace("… …", "…")
    )
    answer = answer_override or _clean(render_field(template, "answer", template.answer, context))
    rendered = (_clean(render_field(template, "accept", a, context)) for a in template.accept)
    also = _also_right(fact, answer, index) if template.kind in ("basic", "numeric") else []
    accept = tuple(dict.fromkeys(a for a in (*rendered, *also) if a and a != answer))
    if template.kind == "truefalse":
        extra = (
            _clean(render_field(template, "extra", template.extra, context))
            if template.extra
            else extra
        )
    elif template.extra:
        extra = _clean(render_field(template, "extra", template.extra, context))
    choices: tuple[str, ...] = ()
    if template.kind == "mcq":
        named = f" {fold(prompt)} "  # a person named in the prompt is no plausible choice
        pool = distractors(
            template.choices_from, fact, context, index, [answer, *accept], CHOICES + 2, qid
        )
        wrong = [_clean(w) for w in pool if f" {fold(w)} " not in named][: CHOICES - 1]
        choices = order_choices(
            qid, answer, wrong, numeric=template.choices_from in ("amount", "number", "year")
        )
    return Question(
        id=qid,
        fact_id=fact.id,
        template=template.id,
        kind=template.kind,
        prompt=prompt,
        answer=answer,
        accept=accept,
        choices=choices,
        range=answer_range(fact) if template.kind == "numeric" else None,
        source=" ".join(fact.sentence.split()),
        tags=_tags(fact, template, index, extra_tags),
        fact_type=fact.type,
        extra=extra,
        score=template.weight,
        meta={"reverse": template.reverse, "start": fact.start},
    )


def _also_right(fact: Fact, answer: str, index: ArticleIndex) -> list[str]:
    """Return other right answers: asked for one role of a person, the others are right too."""
    if fact.type != "person_role" or fold(answer) != fold(str(fact.get("role") or "")):
        return []
    person = index.person(str(fact.get("person") or ""))
    rank = is_rank(answer)
    return [_clean(r) for r in (person.roles if person else []) if is_rank(r) == rank]


def _clean(text: str) -> str:
    return " ".join(text.split()).strip().replace("'", "’")


def _first(items: Sequence[str]) -> str:
    return items[0] if items else ""


def _wants_false(qid: str) -> bool:
    """Return whether a true/false question shows a swapped (false) statement: half of them, stably."""
    return int(qid[-1], 16) % 2 == 1


def _tags(
    fact: Fact, template: Template, index: ArticleIndex, extra: Sequence[str]
) -> tuple[str, ...]:
    raw = [fact.type, str(index.header.get("slug") or ""), template.id, *template.tags, *extra]
    return tuple(dict.fromkeys(re.sub(r"\s+", "_", t.strip()) for t in raw if t and t.strip()))


def answer_range(fact: Fact) -> tuple[float, float] | None:
    """Return the accepted [low, high] of an approximate or ranged quantity (TOLERANCE around it)."""
    value, maximum = fact.get("value"), fact.get("value_max")
    if not isinstance(value, (int, float)):
        return None
    if isinstance(maximum, (int, float)):
        return (float(value), float(maximum))
    if not fact.get("approx"):
        return None
    low, high = value * (1 - TOLERANCE), value * (1 + TOLERANCE)
    return (_round_bound(low), _round_bound(high))


def _round_bound(number: float) -> float:
    return float(round(number)) if abs(number) >= 10 else round(number, 2)


# --- distractors --------------------------------------------------------------------------------

_POOL_VALUES = {
    ("person", "person_role"): ("person", "bare"),
    ("person", "succession"): ("successor", "bare"),
    ("person", "leads"): ("leader", "bare"),
    ("person", "quote"): ("speaker", "bare"),
    ("role", "person_role"): ("role", ""),
    ("amount", "quantity"): ("amount", ""),
    ("number", "quantity"): ("number", ""),
    ("date", "event"): ("full_date", ""),
    ("year", "event"): ("year", ""),
    ("entity", "leads"): ("entity", "bare"),
    ("expansion", "acronym"): ("expansion", "bare"),
}


def pool_value(pool: str, fact_type: str, context: Mapping[str, Any]) -> str:
    """Return the true value that a pool's distractors stand in for."""
    name, attribute = _POOL_VALUES.get((pool, fact_type), ("", ""))
    value = context.get(name, "")
    return str(getattr(value, attribute) if attribute else value)


def distractors(
    pool: str,
    fact: Fact,
    context: Mapping[str, Any],
    index: ArticleIndex,
    truths: Sequence[str],
    count: int,
    seed: str = "",
) -> list[str]:
    """Return up to `count` wrong answers of the same kind: from the article first, then nearby values."""
    truth_keys = {fold(t) for t in truths if t} | {
        fold(t) for t in _other_truths(pool, fact, index)
    }
    found: list[str] = []
    article = _article_pool(pool, fact, context, index)
    if pool in ("person", "role", "entity", "expansion"):
        article = _stable_shuffle(article, seed or fact.id, _preference(pool, fact, index))
    candidates = [*article, *_perturbations(pool, fact, context)]
    if pool in ("number", "amount"):  # « 4 000 de francs » would not read: same scale words only
        scaled = "milli" in str(context.get("span") or context.get("number") or "")
        candidates = [c for c in candidates if ("milli" in c) == scaled]
    for candidate in candidates:
        key = fold(candidate)
        if candidate and key not in truth_keys and key not in {fold(f) for f in found}:
            found.append(candidate)
        if len(found) == count:
            break
    return found


def _stable_shuffle(items: Sequence[str], seed: str, prefer: Any) -> list[str]:
    """Return `items` best-suited first, ties in an order fixed by `seed` (not always the same three)."""
    return sorted(
        items, key=lambda item: (prefer(item), hashlib.sha1(f"{seed}{item}".encode()).hexdigest())
    )


def _preference(pool: str, fact: Fact, index: ArticleIndex) -> Any:
    """Return a sort key: same gender first for people and roles, same kind of role first."""
    answer = index.person(
        str(
            fact.get("person")
            or fact.get("successor")
            or fact.get("leader")
            or fact.get("speaker")
            or ""
        )
    )
    gender = answer.gender if answer else None
    own_rank = is_rank(str(fact.get("role") or ""))

    def key(item: str) -> tuple[bool, bool]:
        if pool == "person":
            other = index.person(item)
            return (
                gender is not None and other is not None and other.gender not in (gender, None),
                not (other and other.roles),
            )
        if pool == "role":
            holders = [index.person(h) for h in index.holders(item)]
            genders = {h.gender for h in holders if h is not None and h.gender}
            return (
                is_rank(item) != own_rank,
                gender is not None and bool(genders) and gender not in genders,
            )
        return (False, False)

    return key


def _other_truths(pool: str, fact: Fact, index: ArticleIndex) -> list[str]:
    """Return other right answers: a person's other roles, other holders of the same role."""
    if pool == "role" and fact.type == "person_role":
        person = index.person(str(fact.get("person")))
        return person.roles if person else []
    if pool == "person" and fact.type == "person_role":
        return index.holders(str(fact.get("role") or ""))
    if pool == "person" and fact.type == "leads":  # another leader of the same entity is right too
        entity = fold(str(fact.get("entity") or ""))
        return [
            str(f.get("leader"))
            for f in index.facts
            if f.type == "leads" and fold(str(f.get("entity") or "")) == entity
        ]
    if pool == "person" and fact.type == "succession":
        return [str(fact.get("predecessor") or "")]  # « X a succédé à X » is no statement
    if pool in ("amount", "number") and fact.type == "quantity":
        value = fact.get("value")
        return (
            [format_quantity(value, None, str(fact.get("unit") or ""), False)]
            if value is not None
            else []
        )
    return []


def _article_pool(
    pool: str, fact: Fact, context: Mapping[str, Any], index: ArticleIndex
) -> list[str]:
    others = [f for f in index.facts if f.id != fact.id]
    if pool == "person":
        answer = index.person(
            str(
                fact.get("person")
                or fact.get("successor")
                or fact.get("leader")
                or fact.get("speaker")
                or ""
            )
        )
        return [p.name for p in index.people.values() if p is not answer]
    if pool == "role":
        own = fold(str(fact.get("role") or ""))
        return list(
            dict.fromkeys(r for p in index.people.values() for r in p.roles if fold(r) != own)
        )
    if pool in ("amount", "number"):
        return _quantity_pool(pool, fact, context, others)
    if pool in ("date", "year"):
        key = "full_date" if pool == "date" else "year"
        precision = len(str(fact.get("date_norm") or ""))
        values = [
            build_context(f, index)[key]
            for f in others
            if f.type == "event"
            and f.get("date_norm")
            and (pool == "year" or len(str(f.get("date_norm"))) == precision)
        ]
        return [v for v in dict.fromkeys(values) if v]
    if pool == "entity":
        return [
            _strip_article(str(f.get("entity")))
            for f in others
            if f.type == "leads" and f.get("entity")
        ]
    if pool == "expansion":
        return [
            str(f.get("expansion")) for f in others if f.type == "acronym" and f.get("expansion")
        ]
    return []


def _quantity_pool(
    pool: str, fact: Fact, context: Mapping[str, Any], others: Sequence[Fact]
) -> list[str]:
    unit = unit_key(str(fact.get("unit") or ""))
    hedge = str(context.get("hedge") or "") if pool == "amount" else ""
    values = [
        f.get("value")
        for f in others
        if f.type == "quantity" and unit_key(str(f.get("unit") or "")) == unit
    ]
    return [
        _shown_number(v, fact, hedge)
        for v in values
        if isinstance(v, (int, float)) and v != fact.get("value")
    ]


def unit_key(unit: str) -> str:
    """Return a unit reduced for comparison: « soldats français » and « soldats » match."""
    words = fold(unit).split()
    head = words[0] if words else ""
    return head[:-1] if head.endswith(("s", "x")) and len(head) > 3 else head


def _shown_number(value: float, fact: Fact, hedge: str) -> str:
    scaled = bool(re.search(r"milli(on|ard)", str(fact.get("text") or "")))
    number = format_quantity(value, None, str(fact.get("unit") or ""), scaled)
    return f"{hedge} {number}".strip()


_GAPPED_TYPES = ("quantity", "event")  # their clause's gap is the value a true/false swaps


def _like_surface(value: str, surface: str) -> str:
    """Return a swapped number written like the article's (« neuf » → « dix-huit », 2.700.000 → 5.400.000).

    A true/false whose false number is written differently from the rest of the article would give
    itself away.
    """
    digits = re.sub(r"[\s\u00a0\u202f]", "", value)
    if not value or not surface or not digits.isdigit():
        return value
    if not re.search(r"\d", surface):
        from generators.french.numbers import in_words

        words = in_words(int(digits))
        if words and surface[:1].isupper():  # « Quarante-sept personnes … » opens the sentence
            words = words[:1].upper() + words[1:]
        return words or value
    separator = re.search(r"\d([.\s\u00a0\u202f])\d{3}(?!\d)", surface)
    if separator:
        groups = f"{int(digits):,}".split(",")
        return separator.group(1).join(groups)
    if re.search(r"\d{4}", surface):  # the article writes 2700000 or 1500: no grouping
        return digits
    return value


def _perturbations(pool: str, fact: Fact, context: Mapping[str, Any]) -> list[str]:
    if (
        pool in ("amount", "number")
        and isinstance(fact.get("value"), (int, float))
        and not isinstance(fact.get("value"), bool)
    ):
        hedge = str(context.get("hedge") or "") if pool == "amount" else ""
        return [
            _shown_number(v, fact, hedge)
            for v in nearby_numbers(float(fact.get("value")), percent=bool(context.get("percent")))
        ]
    if pool == "year" and context.get("year"):
        year = int(str(context["year"]))
        return [str(year + d) for d in (-1, 1, -2, 2, -5, 5)]
    if pool == "date" and context.get("date_norm"):
        return _nearby_dates(str(context["date_norm"]))
    return []


def nearby_numbers(value: float, *, percent: bool = False) -> list[float]:
    """Return plausible wrong numbers near `value`: ×2, ÷2 and round neighbours, never `value`."""
    if value == 0:
        return [1.0, 2.0, 5.0, 10.0]
    step = 10 ** max(0, len(str(int(abs(value)))) - 1) if abs(value) >= 1 else 0.1
    candidates = [value * 2, value / 2, value - step, value + step, value * 3, value * 1.5]
    candidates += [value + 2 * step, value * 4, value * 5, value * 10]
    if percent:
        candidates = [c for c in candidates if 0 < c <= 100]
    result: list[float] = []
    for candidate in candidates:
        rounded = _round_like(candidate, value)
        if (
            rounded > 0
            and rounded != value
            and rounded not in result
            and (rounded != 1 or value < 1)
        ):
            result.append(rounded)
    return result


def _round_like(candidate: float, value: float) -> float:
    if float(value).is_integer():
        magnitude = 10 ** max(0, len(str(int(abs(candidate)))) - 2)
        return float(round(candidate / magnitude) * magnitude)
    return round(candidate, 1)


def _nearby_dates(iso: str) -> list[str]:
    match = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$", iso)
    if not match:
        return []
    year, month, day = match.groups()
    found: list[str] = []
    for delta in (1, -1, 2, -2, 7):
        if day:
            shifted_day = (int(day) - 1 + delta * 3) % 28 + 1
            found.append(date_text(f"{year}-{month}-{shifted_day:02d}", with_preposition=False))
        elif month:
            shifted = (int(month) - 1 + delta) % 12 + 1
            found.append(date_text(f"{year}-{shifted:02d}", with_preposition=False))
        else:
            found.append(str(int(year) + delta))
    return found


def order_choices(qid: str, answer: str, wrong: Sequence[str], *, numeric: bool) -> tuple[str, ...]:
    """Return the answer and distractors in a stable order (ascending for numbers)."""
    options = [answer, *wrong]
    if numeric:
        return tuple(sorted(options, key=_numeric_key))
    return tuple(sorted(options, key=lambda o: hashlib.sha1(f"{qid}{o}".encode()).hexdigest()))


def _numeric_key(option: str) -> float:
    digits = re.sub(r"[^\d,]", "", option).replace(",", ".")
    scale = 1e9 if "milliard" in option else 1e6 if "million" in option else 1
    try:
        return float(digits) * scale
    except ValueError:
        return 0.0


# --- quality filter and ranking ---------------------------------------------------------------

_QUOTED = re.compile(r"«[^»]*»|\"[^\"]*\"")


def problem(question: Question, template: Template, index: ArticleIndex) -> str:
    """Return why a question is not good enough to keep, or '' when it is."""
    for check in (
        _unfilled,
        _thin_cloze,
        _too_long,
        _answer_in_prompt,
        _relative_date,
        _pronoun,
        _too_few_choices,
    ):
        reason = check(question, index)
        if reason:
            return reason
    return ""


_STATEMENT_PREFIX = re.compile(r"^\s*(?:Vrai ou faux|Complétez[^:]*) : «? ?", re.IGNORECASE)


def _thin_cloze(question: Question, index: ArticleIndex) -> str:
    text = _STATEMENT_PREFIX.sub("", question.prompt)
    if text.startswith("…") and _starts_with_verb(text.lstrip("… ")):
        return "the sentence lost its subject (it starts with a verb)"
    if question.kind == "truefalse" and text.startswith("…"):
        first = re.match(r"[\w]+'?", text.lstrip("… ").replace("’", "'"))
        if first and first.group(0).lower() in lexicon.word_set("question_fragment_starts"):
            return f"the statement is a fragment of its sentence (« … {first.group(0)} »)"
    if question.kind != "cloze":
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
    if question.kind == "cloze" and "{{c1::" not in question.prompt:
        return "cloze without a gap (the answer is not in the sentence)"
    if (
        question.kind in ("basic", "mcq", "numeric")
        and not question.prompt.rstrip().endswith("?")
        and not is_completion(question.prompt)
    ):
        return "prompt does not end with « ? »"
    return ""


def _too_long(question: Question, index: ArticleIndex) -> str:
    words = len(re.sub(r"\{\{c\d+::|\}\}", " ", question.prompt).split())
    sentence_like = question.kind in ("cloze", "truefalse") or is_completion(question.prompt)
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
    if question.kind in ("cloze", "truefalse"):
        return ""
    prompt = f" {fold(question.prompt)} "
    for text in (question.answer, *question.accept):
        for key in _giveaways(text, index):
            if f" {key} " in prompt:
                return f"answer given away in the prompt ({key!r})"
    return ""


def _giveaways(answer: str, index: ArticleIndex) -> list[str]:
    """Return the folded forms of an answer that must not appear in its prompt (last name too)."""
    key = fold(_strip_article(answer))
    keys = [key] if len(key) >= 2 else []
    person = index.person(answer) or index.person(_strip_title(answer))
    if person is not None:
        particles = {"de", "du", "des", "la", "le", "al", "van", "von", "ben", "d"}
        keys += [w for w in fold(person.name).split() if len(w) > 2 and w not in particles][-1:]
    return keys


def _strip_title(answer: str) -> str:
    words = _strip_article(answer).split()
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
    found = _words_pattern("question_pronouns").search(lower)
    if found:
        return f"unresolved pronoun « {found.group(1)} »"
    words = "|".join(lexicon.words("question_anaphoric_words"))
    anaphor = re.search(
        rf"\bles (?:[\w-]+ )?(?:{words})\b(?=\s+(?:sont|ont|étaient|avaient|furent|se|s')\b|\s*[-,.?])",
        lower,
    )
    if anaphor:
        return f"« {anaphor.group(0)} » stands for people named elsewhere"
    pointer = re.search(r"(?<![\w-])(cette|cet|ces)\s+(?:…\s*)?[\w-]+", lower)
    if pointer:
        return f"« {pointer.group(0)} » points back to the article"
    statement = _STATEMENT_PREFIX.sub("", lower)
    opening = re.match(r"^\s*(?:…\s*)?([\w']+)\s", statement)
    if opening and opening.group(1) in lexicon.word_set("question_openers"):
        return f"starts with « {opening.group(1)} », which points back to the article"
    return ""


@functools.cache
def _words_pattern(name: str) -> re.Pattern[str]:
    """Return one regex finding any phrase of a word list as whole words, longest first."""
    phrases = sorted(lexicon.words(name), key=len, reverse=True)
    parts = [re.escape(p) + ("" if p.endswith("'") else r"(?![\w-])") for p in phrases]
    return re.compile(rf"(?<![\w-])({'|'.join(parts)})")


def _relative_date(question: Question, index: ArticleIndex) -> str:
    lower = f" {_outside_quotes(question).lower().replace('’', chr(39))} "
    found = _words_pattern("question_relative_dates").search(lower)
    if found:
        return f"relative date « {found.group(1)} » (the question must stand alone)"
    names = "|".join(lexicon.words("french_months") + lexicon.words("question_weekdays"))
    moving = re.search(rf"\b({names})\s+(prochaine?|derni[eè]re?|passée?)\b", lower)
    if moving:
        return f"relative date « {moving.group(0)} » (the question must stand alone)"
    for day in lexicon.words("question_weekdays"):
        if re.search(rf"(?<![\w-]){day}\s+(?!\d|1er)", lower):
            return f"relative date « {day} » without a day of the month"
    return ""


def _too_few_choices(question: Question, index: ArticleIndex) -> str:
    if question.kind == "mcq" and len(question.choices) < CHOICES:
        return f"only {len(question.choices) - 1} distractors of the same kind (need {CHOICES - 1})"
    return ""


def merge_duplicates(questions: Sequence[Question]) -> tuple[list[Question], list[Rejection]]:
    """Keep one question per prompt; another right answer to the same prompt becomes accepted."""
    kept: dict[tuple[str, str], Question] = {}
    dropped: list[Rejection] = []
    for question in sorted(questions, key=lambda q: -q.score):
        key = (
            question.kind,
            fold(re.sub(r"\{\{c\d+::(.*?)\}\}", r" gap \1 gap ", question.prompt)),
        )
        first = kept.get(key)
        if first is None:
            kept[key] = question
            continue
        if fold(question.answer) != fold(first.answer) and question.kind in ("basic", "cloze"):
            extra = tuple(
                a
                for a in (question.answer, *question.accept)
                if a not in first.accept and a != first.answer
            )
            kept[key] = replace(first, accept=first.accept + extra)
            dropped.append(
                Rejection(
                    question, f"same question as {first.id} (its answer is now also accepted there)"
                )
            )
        else:
            dropped.append(Rejection(question, f"duplicate of {first.id}"))
    return list(kept.values()), dropped


def rank(questions: Sequence[Question]) -> list[Question]:
    """Order questions best first, spreading them over facts: every fact's best before any second."""
    by_fact: dict[str, list[Question]] = {}
    for question in sorted(
        questions, key=lambda q: (-_quality(q), q.meta.get("start", 0), q.template)
    ):
        by_fact.setdefault(question.fact_id, []).append(question)
    ranked: list[Question] = []
    depth = 0
    while len(ranked) < len(questions):
        layer = [group[depth] for group in by_fact.values() if len(group) > depth]
        ranked += sorted(layer, key=lambda q: (-_quality(q), q.meta.get("start", 0), q.template))
        depth += 1
    return [replace(q, score=round(_quality(q), 3)) for q in ranked]


def _quality(question: Question) -> float:
    words = len(question.prompt.split())
    penalty = max(0, words - 15) * 0.02
    return question.score - penalty
