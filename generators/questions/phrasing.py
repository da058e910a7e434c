"""French clause surgery: a clause around a span, subject and verb, predicates, inversion."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from generators import lexicon
from generators.french import grammar as french
from generators.french.grammar import Phrase, fold
from generators.questions.speech import finite_verb, is_clause, needs_more
from generators.questions.subjects import long_subject, named_subject, own_clause, own_subject
from generators.records import Fact

if TYPE_CHECKING:
    from generators.questions.index import ArticleIndex


def strip_article(text: str) -> str:
    return re.sub(
        r"^(?:(?:le|la|les)\s+|l['’]\s*)", "", str(text or "").strip(), flags=re.IGNORECASE
    )


def clean(text: str) -> str:
    """Return `text` on one line, trimmed, with typographic apostrophes."""
    return contract_names(french.close_elisions(" ".join(text.split()).strip().replace("'", "’")))


_NAME_ARTICLE = re.compile(r"(?<![\w’'-])(de|à) (Le|Les) (?=[A-ZÉÈÀÂÎÔ])")
_CONTRACTED = {("de", "Le"): "du", ("à", "Le"): "au", ("de", "Les"): "des", ("à", "Les"): "aux"}


def contract_names(text: str) -> str:
    """Contract « de »/« à » with a name's own article: « le château du Breuil », « au Havre »."""
    return _NAME_ARTICLE.sub(lambda m: f"{_CONTRACTED[(m.group(1), m.group(2))]} ", text)


WHOLE_SENTENCE_WORDS = 38  # a sentence this short is gapped whole rather than cut with « … »


def gapped_clause(sentence: str, span: str, anchor: str = "") -> dict[str, str]:
    """Return the clause around `span` (found inside `anchor`) as is, with a gap (___) and a cloze.

    `truncated` is "yes" when the clause is a piece of a longer sentence (« … » at an end): no
    gap card is made of it.
    """
    sentence = " ".join(sentence.split())
    start = locate(sentence, span, anchor)
    if start < 0:
        return {"clause": "", "gap": "", "cloze_text": "", "span": "", "truncated": ""}
    span = sentence[start : start + len(span)]
    scale = re.match(r"\s(millions?|milliards?)\b", sentence[start + len(span) :])
    if scale and not re.search(r"milli", span):
        span += scale.group(0)
    low, high = clause_bounds(sentence, start, start + len(span))
    whole = own_clause(sentence[low:high]) or own_subject(sentence[low:high])
    whole = whole or (_long(sentence) and long_subject(sentence[low:high]))
    whole = whole or (_announced(sentence, low) and named_subject(sentence[low:high]))
    lead = "… " if low > 0 and not whole else ""
    ended = high >= len(sentence.rstrip(".!?…» ")) or _ends_whole(sentence, low, high)
    tail = "." if ended else " …"
    if (lead or tail != ".") and len(sentence.split()) <= WHOLE_SENTENCE_WORDS:
        low, high, lead, tail = 0, len(sentence), "", "."  # the whole sentence, not a piece of it
    before, after = sentence[low:start], sentence[start + len(span) : high]
    stripped = before.lstrip(" ,;:-–—")
    before = re.sub(r"^(et|mais|ou|puis|donc|or|car|ni)\s+", "", stripped, flags=re.IGNORECASE)
    opening = opening_anchor(sentence) if low > 0 and not lead else ""
    if opening and len(opening) < low:  # « Le 10 mars, » kept: the clause stands alone in time
        before = f"{opening}, {before}"
    elif not lead and (before != stripped or low > 0 or before.split(" ")[0].islower()):
        # « Car SDV, mise … » → « SDV, mise … »; a sentence the text split at « ; » opens lower
        before = before[:1].upper() + before[1:]
    after = after.rstrip(" ,;:.")
    if tail == "." and after.endswith(("!", "?")):  # « … 850 000 F ! », not « F !. »
        tail = ""
    clause = f"{lead}{before}{span}{after}{tail}"
    return {
        "clause": clause,
        "span": span,
        "truncated": "yes"
        if lead or (tail.endswith("…") and not _whole_head(sentence, low if not whole else 0, high))
        else "",
        "gap": f"{lead}{before}___{after}{tail}",
        "cloze_text": f"{lead}{before}{{{{c1::{span}}}}}{after}{tail}",
    }


def tail_cuts(sentence: str) -> list[int]:
    """Return where an adjunct of cause, aim or concession opens in a long sentence (lexicon
    phrasing_tail_openers: « suite à », « afin de », « alors que »): a clause may end there."""
    if not _long(sentence):
        return []
    openers = lexicon.alternation(lexicon.words("phrasing_tail_openers"))
    found = re.finditer(rf"(?<=\w)\s+(?:{openers})(?=[\s\w])", sentence.replace("’", "'"))
    return [m.start() for m in found]


def _announced(sentence: str, low: int) -> bool:
    """Tell a piece of a sentence that a colon opens (« Le rapport le montre : Valmex a … »)."""
    return low > 0 and sentence[:low].rstrip().endswith(":")


def _long(sentence: str) -> bool:
    """Tell a sentence too long to be shown whole: a card shows a piece of it."""
    return len(sentence.split()) > WHOLE_SENTENCE_WORDS


def _ends_whole(sentence: str, low: int, high: int) -> bool:
    """Tell a clause that opens its sentence and ends before an adjunct of cause or aim
    (`tail_cuts`): whole, it takes a full stop (« Le conseil a voté la fermeture du site. »)."""
    head = sentence[low:high].rstrip()
    return low == 0 and high in tail_cuts(sentence) and is_clause(head) and not needs_more(head)


def _whole_head(sentence: str, low: int, high: int) -> bool:
    """Tell a clause cut off its sentence's tail that still stands: it opens the sentence, ends at
    a comma or semicolon, and is a whole clause (« La ville a voté 3 budgets, dont … »)."""
    head = sentence[low:high].rstrip()
    if not head.endswith((",", ";")) or head.startswith(("«", '"')):
        return False  # a quotation cut from its speaker does not stand
    if re.search(r":\s", head) or head.count("(") != head.count(")"):
        return False  # cut inside an enumeration or a parenthesis
    head = head.rstrip(",;")
    return is_clause(head) and not needs_more(head)


def opening_anchor(sentence: str) -> str:
    """Return the sentence's opening time or place phrase (« Le 10 mars », « À Lyon »), or ''.

    It stands before the first comma, opens on a word of lexicon/phrasing_anchor_starts.txt, holds
    a month or a year (time) or, after a word of lexicon/phrasing_place_prepositions.txt, a
    capitalised name (place), and no verb: « La fédération, » is neither.
    """
    found = re.match(r"^([^,;:()«»]{3,80}),\s", " ".join(sentence.split()))
    if not found:
        return ""
    phrase = found.group(1).strip()
    words = re.findall(r"[\w-]+['’]?", phrase.replace("’", "'"))
    if (
        not words
        or len(words) > 10
        or words[0].lower() not in lexicon.word_set("phrasing_anchor_starts")
    ):
        return ""
    lower = [w.lower() for w in words]
    if any(finite_verb(w, "") or w in lexicon.word_set("question_auxiliaries") for w in lower[1:]):
        return ""
    months = lexicon.word_set("french_months")
    parts = [p for w in lower for p in w.split("-")]  # « mi-juin »
    timed = any(w in months or re.fullmatch(r"1[5-9]\d\d|20\d\d", w) for w in parts)
    placed = lower[0] in lexicon.word_set("phrasing_place_prepositions") and any(
        w[:1].isupper() for w in words[1:]
    )
    return phrase if timed or placed else ""


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
    if low == 0:  # a clause opening the sentence may end before an adjunct of cause or aim
        high = min([high, *(c for c in tail_cuts(sentence) if c >= end)])
    piece = sentence[low:high]
    if low > 0 and (
        own_clause(piece)
        or own_subject(piece)
        or (_long(sentence) and long_subject(piece))
        or (_announced(sentence, low) and named_subject(piece))
    ):
        return low, high  # « …, et le nombre de X augmente de 300 » stands alone: no growing
    if low > 0 and sentence[:low].rstrip().endswith(":") and len(sentence.split()) <= max_words:
        return 0, len(sentence)  # « X : 5 % en un mois » means nothing without the X before it
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
        and starts_with_verb(sentence[low:])
        and len(sentence[:high].split()) <= max_words + 10
    ):
        low = 0
    return low, high


def starts_with_verb(text: str) -> bool:
    """Return whether a clause starts with an auxiliary (its subject lies before the cut)."""
    first = re.split(r"[\s,]", text.strip(), maxsplit=1)[0].lower()
    return first in lexicon.word_set("question_auxiliaries")


def is_countable(unit: str) -> bool:
    """Return whether « combien de UNIT » reads as French (a noun, not a symbol like « ml » or « % »)."""
    unit = unit.strip()
    symbols = lexicon.words("question_unit_symbols")
    if not unit or unit in symbols or unit.split()[0] in symbols:
        return False
    return bool(re.match(r"^[^\W\d_][\w’'-]{2,}", unit))


def hedge_of(text: str, approx: bool, bound: object) -> str:
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

    return _number_words(text.split(), is_number_word)


def _number_words(words: list[str], is_number: Callable[[str], bool]) -> str:
    """Return the first run of number words (« deux cents », « trois millions »): a gap on
    « deux » alone would ask « … cents sites » with 200 for its answer."""
    run: list[str] = []
    for at, word in enumerate(words):
        bare = word.strip(",.")
        joined = (
            bool(run) and bare == "et" and words[at + 1 : at + 2] in (["un"], ["une"], ["onze"])
        )
        if is_number(bare) or joined or (run and re.fullmatch(r"milli(?:on|ard)s?", bare)):
            run.append(bare)
            if bare != word:
                break  # a comma or a full stop ends the number
        elif run:
            break
    return " ".join(run)


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
    determiner = re.match(r"^(Les|Le|La|L')(?:\s|(?<=')\s?)", subject)
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
    if not re.match(r"^(?:(?:Les|Le|La)\s|L')", before) or re.search(r"[,;:()«»]", before):
        return None
    for size in (1, 2):
        if len(words) <= size:  # « Les trois coureurs … »: no word left for a subject
            break
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
        words = (
            re.sub(r"^(?:ne|n['’]|se|s['’])\s*", "", verb.group(1).lower()).split() if verb else []
        )
        if not words or not finite_verb(words[0], ""):
            return ""  # « des 24 hommes ayant voyagé … »: no clause to ask « combien » with
        return _trim_predicate(verb.group(1)) if verb else ""
    return ""


def complete_enumeration(sentence: str, predicate: str) -> str:
    """Return the predicate with the rest of the list it was cut in (« … dans le Cher, l'Indre et
    la Creuse »), the predicate itself when it ends no list, or '' when the list cannot be closed."""
    plain = " ".join(sentence.split()).replace("’", "'")
    where = plain.find(predicate.replace("’", "'")) if predicate else -1
    if where < 0:
        return predicate
    rest, added = plain[where + len(predicate) :], ""
    while True:
        segment = re.match(
            r"^,\s+((?:le|la|les|l'|du|des|de|à|au|aux)?\s*[A-ZÀ-Ý][^,;:()«»]*)", rest
        )
        if not segment or any(finite_verb(w, "") for w in segment.group(1).lower().split()[1:]):
            return predicate if not added else ""
        added += f", {segment.group(1).rstrip(' .!?')}"
        if re.search(r"\s(?:et|ou)\s", segment.group(1)):
            return predicate + added
        rest = rest[segment.end() :]


def _trim_predicate(text: str) -> str:
    text = re.split(r"\s(?:que|qu'|qu’|qui|dont)\s", f"{text} ")[0]
    words = text.strip().rstrip(".").split()
    return " ".join(words[:18]) if len(words) >= 2 else ""


def post_phrase(role: str) -> str:
    """Return where a succession happened: « au poste de ministre de X », « à la tête de X », or ''."""
    role = re.sub(r"\s*\([^)]*\)", "", strip_article(role)).split(",")[0].strip()
    if not role or len(role.split()) > 10:
        return ""
    if re.match(r"^(?:à la|à l['’]|au|aux)\s*\w", role, flags=re.IGNORECASE):
        return role  # already where: « à la direction générale de X »
    head, _, rest = role.partition(" ")
    if head.lower() in lexicon.word_set("question_post_nouns"):
        named = re.search(r"[A-ZÀ-Ý]", rest) or len(rest.split()) >= 4  # not « de la mission »
        return f"à la tête {rest}" if named and re.match(r"^(de|du|des)\s|^d['’]", rest) else ""
    return "au poste " + french.elide("de", role)


def said_past(window: str) -> bool:
    """Return whether « alors dirigé par », « à l'époque présidée par » puts the leading in the past."""
    return bool(re.match(r"^\W*(alors|autrefois|jadis|naguère|à l'époque)\b", window.strip(" ,")))


def words_after(sentence: str, text: str, width: int = 40) -> str:
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


_CLAUSE = re.compile(
    r"^(?P<subject>(?:(?:Les|Le|La)\s|L['’]\s?)[^,;:()«»]+?|[A-ZÀ-Ý][\w-]+(?: [A-ZÀ-Ý][\w-]+)+)"
    r" (?P<reflexive>se |s['’])?(?P<aux>est|a|sont|ont|était|avait|étaient|avaient|fut|furent|sera|seront)"
    r" (?P<rest>[^,;:()«»]+)$"
)


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
    determiner = re.match(r"^(Les|Le|La|L['’])(?:\s|(?<=['’])\s?)", subject)
    gender: str | None
    if determiner:
        noun = subject[determiner.end() :]
        gender = (
            {"le": "m", "la": "f"}.get(determiner.group(1).lower())
            or _agreed_gender(aux, rest)
            or french.guess_gender(noun)
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


def _agreed_gender(aux: str, rest: str) -> str:
    """Return the subject's gender a participle agreeing with it tells (« l'annonce a été
    publiée » → f), or '' (« a publié », no agreement)."""
    words = rest.split()
    if words and words[0] == "été":
        words = words[1:]
    elif aux not in ("est", "sont", "était", "étaient", "fut", "furent"):
        return ""
    participle = words[0].lower().removesuffix("s") if words else ""
    if not re.fullmatch(r"[\w-]*(?:é|i|u|is|it|t)e?", participle):
        return ""  # « a été ministre »: no participle to agree
    return "f" if participle.endswith("e") else "m"
