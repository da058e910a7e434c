"""Name resolution across an article: who is mentioned where, and under which forms.

`index(docs, ctx)` runs before the fact modules; its `NameIndex` is stored as `ctx.names`:

- `resolve(text) -> str | None`: the fullest form in the article of the person a surface form
  names (« M. Dupont », « Dupont » → « Jeanne Dupont »); None when no person of the article fits.
- `aliases(full) -> list[str]`: the other surface forms of that person (« M. Dupont », « Dupont »).
- `gender(full) -> "f" | "m" | None`: from determiners, civilities, title agreement, first names.
- `people() -> list[str]`: full names in order of first mention.
- `mentions_in(start, end) -> list[Mention]`: person mentions inside article offsets [start, end).
- `mention_at(pos) -> Mention | None`: the mention covering an article offset.
- `person_before(pos, gender=None, exclude=(), limit=None) -> str | None`: the closest person
  mentioned before an offset (pronoun and title coreference).
- `subject_before(pos, limit, gender=None, exclude=()) -> str | None`: the last person named as a
  subject between two offsets (else the last named): who « le patron de X » most likely is.
- `holder(role) -> str | None`: the one person the article gives that role (« le secrétaire
  général » → the person named « secrétaire général de … »); filled by the people extractor.
- `roles_of(full) -> list[str]`; `roles`: every role found (RoleMention, people.py), `kept` when
  it is not a repeat of another role of the same person.
- `doc(offset)`: this package's copy of the doc parsed at `offset`, hyphenated words merged
  (« major-général », « Jean-Paul » are one token); the fact modules of this half read it.

Helpers for any extractor: `sentence_of(token)` and `text_of(doc)` (cached: spaCy recomputes
`token.sent` and `doc.text` on each access), `doc_memo(doc, name)` (a per-doc cache, empty in a
copy of the doc), `token_span(doc, start, end)`, `norm(text)`.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from generators import lexicon
from generators.extract.context import Context

LOWER_PARTICLES = frozenset(lexicon.word_set("people_name_particles"))
_CAP_PARTICLES = frozenset({"le", "la", "du", "de", "van", "von", "da", "di", "del", "mac", "mc"})
_CAP_NAME_PARTICLES = frozenset(
    {"Le", "La", "De", "Du", "Van", "Von", "Da", "Di", "Del", "Mac", "Mc"}
)
_NOT_NAMES = frozenset(
    [
        "il",
        "elle",
        "ils",
        "elles",
        "on",
        "je",
        "tu",
        "nous",
        "vous",
        "le",
        "la",
        "les",
        "l'",
        "un",
        "une",
        "des",
        "ce",
        "cet",
        "cette",
        "ces",
        "son",
        "sa",
        "ses",
        "leur",
        "mais",
        "et",
        "ou",
        "donc",
        "or",
        "ni",
        "car",
        "si",
        "selon",
        "après",
        "avant",
        "pendant",
        "depuis",
        "dans",
        "pour",
        "par",
        "sur",
        "sous",
        "avec",
        "aujourd'hui",
        "hier",
        "demain",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
    ]
)


@functools.lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """Return `text` lower-cased, without accents, hyphens or apostrophes, spaces collapsed."""
    text = (
        unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
        .encode("ascii", "ignore")
        .decode()
    )
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split())


def sentence_of(token: Any) -> Any:
    """Return the sentence of `token`, from a per-doc cache (spaCy's `token.sent` rescans the doc)."""
    doc = token.doc
    cached = doc.user_data.get("factdeck_sents")
    if cached is None:
        spans = list(doc.sents)
        cached = ([span.start for span in spans], spans)
        doc.user_data["factdeck_sents"] = cached
    starts, spans = cached
    return spans[bisect.bisect_right(starts, token.i) - 1]


class _Memo(dict[Any, Any]):
    """A per-doc cache that a copy of the doc (`doc.copy()` deep-copies user_data) starts empty."""

    def __deepcopy__(self, memo: dict[int, Any]) -> _Memo:
        return _Memo()


def doc_memo(doc: Any, name: str) -> dict[Any, Any]:
    """Return the cache named `name` of `doc`, for results computed from its tokens."""
    memo = doc.user_data.get(("factdeck_memo", name))
    if memo is None:
        memo = doc.user_data[("factdeck_memo", name)] = _Memo()
    return memo  # type: ignore[no-any-return]


def text_of(doc: Any) -> str:
    """Return the text of `doc`, cached (spaCy rebuilds `text_of(doc)` from its tokens on each access)."""
    text = doc.user_data.get("factdeck_text")
    if text is None:
        text = doc.user_data["factdeck_text"] = doc.text
    return str(text)


@functools.cache
def _civilities() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Return the civilities of each kind, without their final dot: any, feminine, masculine."""
    names = ("people_civilities", "people_civilities_m", "people_civilities_f")
    every = frozenset(w.rstrip(".") for name in names for w in lexicon.word_set(name))
    fem = frozenset(w.rstrip(".") for w in lexicon.word_set("people_civilities_f"))
    masc = frozenset(w.rstrip(".") for w in lexicon.word_set("people_civilities_m"))
    return every, fem, masc


def next_word(doc: Any, j: int) -> int:
    """Return the index of the first token from `j` that is not a run of blanks within a line."""
    while j < len(doc) and doc[j].is_space and "\n" not in doc[j].text:
        j += 1
    return j


def token_span(doc: Any, start: int, end: int) -> Any:
    """Return the tokens of `doc` covering characters [start, end), or an empty span."""
    span = doc.char_span(start, end, alignment_mode="expand") if start < end else None
    return span if span is not None else doc[0:0]


@dataclass
class Mention:
    """One place where a person is named: article offsets, surface form and resolved full name."""

    start: int
    end: int
    text: str
    full: str = ""
    surface: str = ""  # with the civility when there is one (« M. Dupont »)
    subject: bool = False


@dataclass
class NameIndex:
    """The people of one article and where they are named (see the module docstring)."""

    mentions: list[Mention] = field(default_factory=list)
    docs: dict[int, Any] = field(default_factory=dict)
    roles: list[Any] = field(default_factory=list)
    title: str | None = None  # the article's title
    _forms: dict[str, list[str]] = field(default_factory=dict)
    _votes: dict[str, Counter[str]] = field(default_factory=dict)
    _roles_of: dict[str, list[str]] = field(default_factory=dict)
    _starts: list[int] = field(default_factory=list)
    # Memos of `people()` and of the normalized roles for `holder`, with the state they were made for.
    _people_memo: tuple[tuple[int, int], list[str]] = ((-1, -1), [])
    _roles_memo: tuple[int, dict[str, list[str]]] = (-1, {})
    _sorts: int = 0
    _role_count: int = 0

    def doc(self, offset: int) -> Any:
        """Return the merged copy of the doc parsed at `offset`."""
        return self.docs.get(offset)

    def people(self) -> list[str]:
        """Return the full names in order of first mention."""
        state = (len(self.mentions), self._sorts)
        if self._people_memo[0] != state:
            seen: dict[str, None] = {}
            for mention in self.mentions:
                seen.setdefault(mention.full, None)
            self._people_memo = (state, list(seen))
        return list(self._people_memo[1])

    def resolve(self, text: str | None) -> str | None:
        """Return the full name a surface form refers to, or None."""
        if not text:
            return None
        key = norm(_strip_civility(text))
        if not key:
            return None
        for full in self.people():
            if norm(full) == key or key in (norm(form) for form in self._forms.get(full, [])):
                return full
        last = key.split()[-1]
        candidates = [full for full in self.people() if norm(full).split()[-1] == last]
        if len(candidates) == 1 or (candidates and len(key.split()) == 1):
            return max(candidates, key=lambda full: sum(m.full == full for m in self.mentions))
        return None

    def aliases(self, full: str) -> list[str]:
        """Return the other surface forms of `full` in the article."""
        return [form for form in self._forms.get(full, []) if form != full]

    def gender(self, full: str | None) -> str | None:
        """Return "f" or "m" when the article shows the person's gender, else None."""
        votes = self._votes.get(full or "")
        if not votes:
            return None
        ranked = [*votes.most_common(2), ("", 0)]
        return ranked[0][0] if ranked[0][1] > ranked[1][1] else None

    def vote_gender(self, full: str, gender: str | None, weight: int = 1) -> None:
        """Record evidence that `full` is of `gender`."""
        if gender in ("f", "m"):
            self._votes.setdefault(full, Counter())[gender] += weight

    def sort(self) -> None:
        """Order the mentions by offset and refresh the lookup table."""
        self.mentions.sort(key=lambda m: m.start)
        self._sorts += 1
        self._starts = [m.start for m in self.mentions]

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """Return the person mentions inside article offsets [start, end)."""
        out = []
        for k in range(bisect.bisect_left(self._starts, start), len(self.mentions)):
            mention = self.mentions[k]
            if mention.start >= end:
                break
            if mention.end <= end:
                out.append(mention)
        return out

    def mention_at(self, pos: int) -> Mention | None:
        """Return the mention covering article offset `pos`."""
        k = bisect.bisect_right(self._starts, pos) - 1
        return (
            self.mentions[k]
            if k >= 0 and self.mentions[k].start <= pos < self.mentions[k].end
            else None
        )

    def person_before(
        self,
        pos: int,
        gender: str | None = None,
        exclude: Iterable[str] = (),
        limit: int | None = None,
    ) -> str | None:
        """Return the person mentioned last before `pos` (not before `limit`), gender permitting."""
        skip = set(exclude)
        for mention in reversed(self.mentions):
            if mention.start >= pos or mention.full in skip:
                continue
            if limit is not None and mention.start < limit:
                return None
            own = self.gender(mention.full)
            if gender is None or own is None or own == gender:
                return mention.full
        return None

    def add_role(self, full: str, role: str) -> None:
        """Record that the article gives `full` the role `role` (for `holder`)."""
        self._roles_of.setdefault(full, []).append(role)
        self._role_count += 1

    def roles_of(self, full: str) -> list[str]:
        """Return the roles recorded for `full` so far."""
        return list(self._roles_of.get(full, []))

    def holder(self, role: str) -> str | None:
        """Return the one person given a role that `role` names, or None."""
        key = norm(_strip_determiner(role))
        if not key:
            return None
        if self._roles_memo[0] != self._role_count:
            self._roles_memo = (
                self._role_count,
                {p: [norm(_strip_determiner(r)) for r in rs] for p, rs in self._roles_of.items()},
            )
        roles = self._roles_memo[1]
        exact = {p for p, rs in roles.items() if key in rs}
        if len(exact) == 1:
            return exact.pop()
        pattern = re.compile(rf"(^| ){re.escape(key)}( |$)")
        loose = {p for p, rs in roles.items() if any(pattern.search(r) for r in rs)}
        return loose.pop() if len(loose) == 1 and not exact else None

    def subject_before(
        self, pos: int, limit: int, gender: str | None = None, exclude: Iterable[str] = ()
    ) -> str | None:
        """Return the last person named as a subject between `limit` and `pos`, else the last named."""
        skip = set(exclude)
        found = [
            m
            for m in self.mentions_in(limit, pos)
            if m.full not in skip and (gender is None or self.gender(m.full) in (None, gender))
        ]
        subjects = [m for m in found if m.subject]
        chosen = (subjects or found)[-1:] if found else []
        return chosen[0].full if chosen else None


def _strip_determiner(role: str) -> str:
    return re.sub(
        r"^(?:le|la|les|l'|un|une|ce|cet|cette)\s*", "", role.strip(), flags=re.IGNORECASE
    )


def _strip_civility(text: str) -> str:
    words = text.split()
    civilities = _civility_set()
    while len(words) > 1 and words[0].lower().rstrip(".") in civilities:
        words = words[1:]
    return " ".join(words)


def _strip_role_modifiers(role: str) -> str:
    words = (
        re.sub(r"^(?:le|la|les|l'|un|une|ce|cet|cette)\s*", "", role.strip(), flags=re.IGNORECASE)
        .replace("ex-", "")
        .split()
    )
    modifiers = lexicon.word_set("people_role_modifiers")
    while len(words) > 1 and words[0].lower() in modifiers:
        words = words[1:]
    return " ".join(words)


def _civility_set() -> frozenset[str]:
    return _civilities()[0]


def civility_gender(word: str) -> str | None:
    """Return the gender a civility marks (« Mme » → f), None for others and non-civilities."""
    word = word.lower().rstrip(".")
    _every, fem, masc = _civilities()
    return "f" if word in fem else "m" if word in masc else None


def is_civility(word: str) -> bool:
    """Tell whether `word` is a civility or honorific (« M. », « Mme », « Dr »)."""
    return word.lower().rstrip(".") in _civility_set()


def index(docs: list[tuple[int, Any]], ctx: Context) -> NameIndex:
    """Return the article's index of person names, with the roles the people extractor finds."""
    from generators.extract import people

    result = NameIndex(title=ctx.article.title)
    raw: list[tuple[int, int, str, str | None, bool]] = []
    for offset, doc in docs:
        merged = merge_hyphens(doc)
        result.docs[offset] = merged
        raw.extend(_raw_mentions(merged, offset))
    _cluster(result, raw)
    result.sort()
    for offset, _doc in docs:
        _add_surname_mentions(result, result.docs[offset], offset)
    result.sort()
    for offset, _doc in docs:
        _mark_mentions(result, result.docs[offset], offset)
    for offset, _doc in docs:
        people.collect_roles(result.docs[offset], offset, result)
    return result


def _mark_mentions(result: NameIndex, doc: Any, offset: int) -> None:
    """Flag subject mentions and record civility forms (« M. Dupont ») as aliases."""
    for mention in result.mentions_in(offset, offset + len(text_of(doc))):
        span = doc.char_span(mention.start - offset, mention.end - offset, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        nxt = doc[span.end] if span.end < len(doc) else None
        prev = doc[span.start - 1] if span.start > 0 else None
        if prev is not None and prev.pos_ in ("VERB", "AUX", "ADP"):
            nxt = None  # « conserver Correa repassa »: an object, whatever follows
        mention.subject = (
            root.dep_.startswith("nsubj")
            or (root.dep_ in ("appos", "flat:name") and root.head.dep_.startswith("nsubj"))
            or (
                nxt is not None
                and nxt.pos_ in ("AUX", "VERB")
                and "Fin" in nxt.morph.get("VerbForm")
            )
        )
        if span.start > 0 and is_civility(doc[span.start - 1].text):
            form = f"{doc[span.start - 1].text} {mention.text}"
            mention.surface = form
            if form not in result._forms[mention.full]:
                result._forms[mention.full].append(form)
            result.vote_gender(mention.full, civility_gender(doc[span.start - 1].text), 3)


def merge_hyphens(doc: Any) -> Any:
    """Return a copy of `doc` where words joined by hyphens without spaces are one token."""
    copy = doc.copy()
    spans = []
    i = 0
    while i < len(copy) - 2:
        j = i
        while (
            j + 2 < len(copy)
            and copy[j + 1].text == "-"
            and not copy[j].whitespace_
            and not copy[j + 1].whitespace_
            and copy[j].text[-1:].isalnum()
            and copy[j + 2].text[:1].isalnum()
        ):
            j += 2
        if j > i:
            spans.append(copy[i : j + 1])
            i = j + 1
        else:
            i += 1
    with copy.retokenize() as retokenizer:
        for span in spans:
            retokenizer.merge(span)
    return copy


def is_name_word(token: Any) -> bool:
    """Tell whether `token` looks like a word of a person's name."""
    text = token.text
    if not text[:1].isupper() or not any(c.isalpha() for c in text) or text.lower() in _NOT_NAMES:
        return False
    if text.isupper() and len(text) > 1 and "-" not in text and "." not in text:
        return False  # acronyms (« SNCF », « ONU »)
    if "Plur" in token.morph.get("Number") and token.pos_ != "PROPN" and token.ent_type_ != "PER":
        return False  # demonyms (« les dirigeants Italiens »)
    return not (token.is_sent_start and token.pos_ != "PROPN" and token.ent_type_ != "PER")


def _name_span(doc: Any, i: int) -> tuple[int, int] | None:
    """Return the token span of a name starting at or right after `i` (particles included)."""
    j = i
    if doc[j].lower_ in LOWER_PARTICLES and doc[j].is_lower:
        nxt = doc[j + 1] if j + 1 < len(doc) else None
        if (
            nxt is None
            or doc[j].lower_ not in ("de", "d'")
            or not is_name_word(nxt)
            or nxt.ent_type_ in ("LOC", "ORG", "MISC")
        ):
            return None
        if j + 2 < len(doc) and is_name_word(doc[j + 2]):
            return None
        if _named_after_comma(doc, j + 2):
            return None  # « la préfète de Sarlat, A B, »: « de Sarlat » is the title's place
        j += 1
    elif _is_prefixed_name(doc[j]):
        pass
    elif not is_name_word(doc[j]) and not (
        doc[j].lower_ in _CAP_PARTICLES and doc[j].text[:1].isupper()
    ):
        return None
    end = j + 1
    while end < len(doc):
        tok = doc[end]
        if (is_name_word(tok) or _is_prefixed_name(tok)) and not tok.is_sent_start:
            end += 1
        elif re.fullmatch(r"[IVX]{1,5}", tok.text) and end > j:
            end += 1  # regnal numbers (« Louis XIV », « Guillaume II »)
        elif (
            (tok.lower_ in LOWER_PARTICLES or tok.text in _CAP_NAME_PARTICLES)
            and end + 1 < len(doc)
            and is_name_word(doc[end + 1])
        ):
            end += 2
        else:
            break
    if doc[end - 1].lower_ in _CAP_PARTICLES | LOWER_PARTICLES:
        return None
    from generators.extract import people

    if people.title_end(doc, j) > 0 or is_civility(doc[j].text):
        return None  # « Chef d'état-major », « Mme »: a title, not a name
    return i, end


def _named_after_comma(doc: Any, k: int) -> bool:
    """Tell whether token `k` is a comma opening a first and last name set off by commas."""
    if k >= len(doc) - 2 or doc[k].text != ",":
        return False
    span = _name_span(doc, next_word(doc, k + 1))
    if span is None or span[1] - span[0] < 2 or span[1] >= len(doc):
        return False
    return doc[span[1]].text in (",", ".", "(", ")")


@functools.cache
def _kinship() -> dict[str, str]:
    """Map kinship nouns (« fille », « époux ») to the gender they give the name after them."""
    return dict(entry.split("|", 1) for entry in lexicon.words("people_kinship"))


def _is_prefixed_name(token: Any) -> bool:
    """Tell whether `token` is a name with a lower-case particle joined by a hyphen (« al-Assad »)."""
    head, _, rest = token.text.partition("-")
    return bool(rest[:1].isupper()) and head.lower() in LOWER_PARTICLES


def _raw_mentions(doc: Any, offset: int) -> list[tuple[int, int, str, str | None, bool]]:
    """Return (start, end, text, gender hint, from a title) for names found by NER or after titles."""
    from generators.extract import people

    found: dict[tuple[int, int], tuple[str | None, bool]] = {}
    for ent in doc.ents:
        if ent.label_ != "PER":
            continue
        i = ent.start
        while i < ent.end and not is_name_word(doc[i]) and doc[i].lower_ not in _CAP_PARTICLES:
            i += 1
        if i < ent.end - 1 and _INITIALS.match(doc[i].text) and _labels(doc, i):
            i += 1  # « la vitamine C. Paul Roux »: the letter ends the thing's name
        while i < ent.end:
            t_end = people.title_end(doc, i)
            if t_end > i and t_end < ent.end:
                i = t_end
            elif is_civility(doc[i].text) and i + 1 < ent.end:
                i += 1
            else:
                break
        span = _name_span(doc, i) if i < ent.end else None
        if span and _plausible(doc, span, ent):
            found[span] = (None, False)
    triggers = lexicon.word_set("people_name_triggers")
    for i in range(len(doc) - 1):
        tok = doc[i]
        trigger_end = people.title_end(doc, i)
        hint = civility_gender(tok.text) or _kinship().get(tok.lower_)
        if trigger_end < 0 and (hint or is_civility(tok.text) or tok.lower_ in triggers):
            trigger_end = i + 1
        acronym = False
        while 0 < trigger_end < len(doc) - 1 and (
            (doc[trigger_end].pos_ == "ADJ" and doc[trigger_end].is_lower)
            or _is_acronym(doc[trigger_end])  # « le député LFI François Ruffin »
        ):
            acronym = acronym or _is_acronym(doc[trigger_end])
            trigger_end += 1
        if trigger_end < 0 or trigger_end >= len(doc):
            continue
        span = _name_span(doc, trigger_end)
        if span and acronym and span[1] - span[0] < 2:
            continue  # « le directeur SNCF Voyageurs »: a first and last name, or an organisation
        if span and tok.ent_type_ in ("ORG", "MISC", "LOC") and doc[span[0]].ent_iob_ == "I":
            continue  # « Chevalier Rose-Croix »: the title and the name form one non-person name
        while span and not doc[span[0]].is_sent_start:
            if found.get(span, (None, False))[0] is None:
                found[span] = (hint, True)
            nxt = span[1]
            if nxt + 1 < len(doc) and doc[nxt].lower_ in ("et", "ou", ","):
                span = _name_span(doc, nxt + 1)
            else:
                span = None
    for span in _names_after_title_and_comma(doc):
        found.setdefault(span, (None, True))
    for span in _names_with_initials(doc):
        found.setdefault(span, (None, False))
    return [
        (
            offset + doc[s].idx,
            offset + doc[s].idx + len(doc[s:e].text.rstrip("-")),
            doc[s:e].text.rstrip("-"),
            hint,
            titled,
        )
        for (s, e), (hint, titled) in sorted(found.items())
        if not any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for s2, e2 in found)
    ]


_INITIALS = re.compile(r"^[A-Z](?:\.-?[A-Z])*\.$")


def _names_with_initials(doc: Any) -> list[tuple[int, int]]:
    """« J.-P. Raffarin », « F. L. Moreau »: initials before a capitalized name are a person."""
    out = []
    i = 0
    while i < len(doc) - 1:
        if not _INITIALS.match(doc[i].text) or is_civility(doc[i].text) or _labels(doc, i):
            i += 1
            continue
        k = i + 1
        while k < len(doc) - 1 and _INITIALS.match(doc[k].text):
            k += 1  # « F. L. Moreau », whatever sentence break the parser saw after « F. »
        span = _name_span(doc, k)
        if span is not None and span[0] == k:
            out.append((i, span[1]))
        i = k
    return out


def _labels(doc: Any, i: int) -> bool:
    """Tell whether a capital letter names a thing (« le plan B. », « la vitamine C. »)."""
    from generators.extract import people

    prev = doc[i - 1] if i > 0 else None
    return (
        prev is not None
        and prev.pos_ == "NOUN"
        and prev.is_lower
        and people.title_end(doc, i - 1) != i
    )


def _is_acronym(token: Any) -> bool:
    """Tell whether `token` is an all-capitals abbreviation (« LFI », « PS »), not an initial."""
    text = token.text
    return len(text) > 1 and text.isalpha() and text.isupper()


def _names_after_title_and_comma(doc: Any) -> list[tuple[int, int]]:
    """« le président de la fédération, Noël Le Graët, » : a name set off by commas after a title."""
    from generators.extract import people

    out = []
    for tok in doc:
        if tok.i == 0 or doc[tok.i - 1].pos_ != "DET" or people.title_end(doc, tok.i) < 0:
            continue
        stop = people.extend_role(doc, people.title_end(doc, tok.i), NameIndex(), 0)
        stop = people.skip_agent_phrase(doc, stop)
        if stop + 2 < len(doc) and doc[stop].text == ",":
            span = _name_span(doc, next_word(doc, stop + 1))
            if (
                span
                and span[1] - span[0] >= 2
                and span[1] < len(doc)
                and doc[span[1]].text in (",", ".")
            ):
                out.append(span)
    return out


def _plausible(doc: Any, span: tuple[int, int], ent: Any) -> bool:
    """Reject NER person spans that are verbs or lone sentence-initial words."""
    s, e = span
    if e - s == 1:
        token = doc[s]
        if token.pos_ in ("VERB", "AUX", "ADV", "PRON", "ADP", "CCONJ", "SCONJ"):
            return False
        if token.is_sent_start or (s > 0 and doc[s - 1].text in '«"“'):
            return False
    return True


def _cluster(result: NameIndex, raw: list[tuple[int, int, str, str | None, bool]]) -> None:
    """Group raw mentions into people and fill `result.mentions`, forms and gender votes."""
    fulls: dict[str, str] = {}  # normalized long form → canonical full
    counts: Counter[str] = Counter(norm(text) for _, _, text, _, _ in raw)
    for _, _, text, _, _ in sorted(
        raw, key=lambda r: (-len(r[2].split()), -counts[norm(r[2])], r[0])
    ):
        key = norm(text)
        if (
            len(key.split()) > 1
            and key not in fulls
            and not any(longer.endswith(" " + key) for longer in fulls)
        ):
            fulls[key] = text
    by_last: dict[str, list[str]] = defaultdict(list)
    for key, full in fulls.items():
        by_last[key.split()[-1]].append(full)
    for start, end, text, hint, _titled in sorted(raw):
        full = _full_for(text, start, fulls, by_last, result)
        result.mentions.append(Mention(start, end, text, full, text))
        result._forms.setdefault(full, [])
        if text not in result._forms[full]:
            result._forms[full].append(text)
        result.vote_gender(full, hint, 3)
    for full in result._forms:
        first = full.split()[0]
        if first in lexicon.words("people_firstnames_f"):
            result.vote_gender(full, "f", 1)
        elif first in lexicon.words("people_firstnames_m"):
            result.vote_gender(full, "m", 1)


def _full_for(
    text: str, start: int, fulls: dict[str, str], by_last: dict[str, list[str]], result: NameIndex
) -> str:
    """Return the canonical full name of a mention."""
    key = norm(text)
    if key in fulls:
        return fulls[key]
    words = key.split()
    candidates = by_last.get(words[-1], []) if words else []
    if len(words) > 1:
        candidates = [c for c in candidates if norm(c).endswith(key)]
    if not candidates:
        first_name = [
            f for f in fulls.values() if len(words) == 1 and norm(f).split()[0] == words[0]
        ]
        return first_name[0] if len(first_name) == 1 and words[0] not in by_last else text
    if len(candidates) == 1:
        return candidates[0]
    before = [m.full for m in result.mentions if m.start < start and m.full in candidates]
    return before[-1] if before else candidates[0]


def _add_surname_mentions(result: NameIndex, doc: Any, offset: int) -> None:
    """Add mentions of known names (a last name alone, a unique first name) that NER missed."""
    known: dict[str, str] = {}
    for full in list(result._forms):
        words = full.split()
        if len(words) > 1:
            known.setdefault(norm(words[-1]), full)
        known.setdefault(norm(full), full)
    taken = {(m.start, m.end) for m in result.mentions}
    for token in doc:
        start = offset + token.idx
        if not token.text[:1].isupper() or result.mention_at(start) is not None:
            continue
        if token.ent_type_ in ("LOC", "ORG", "MISC") and _ent_len(doc, token) > 1:
            continue
        if (
            token.i > 1
            and doc[token.i - 1].lower_ in ("de", "d'", "du", "des")
            and doc[token.i - 2].text[:1].isupper()
        ):
            continue  # « Grand Orient de France »: part of another proper name
        known_full = known.get(norm(token.text))
        if known_full is None or (start, start + len(token)) in taken or token.lower_ in _NOT_NAMES:
            continue
        full = result.resolve(token.text) or known_full
        result.mentions.append(Mention(start, start + len(token), token.text, full, token.text))
        if token.text not in result._forms[full]:
            result._forms[full].append(token.text)
        prev = doc[token.i - 1] if token.i > 0 else None
        if prev is not None and is_civility(prev.text):
            form = f"{prev.text} {token.text}"
            if form not in result._forms[full]:
                result._forms[full].append(form)
            result.vote_gender(full, civility_gender(prev.text), 3)


def _ent_len(doc: Any, token: Any) -> int:
    """Return the length in tokens of the entity `token` belongs to."""
    if not token.ent_type_:
        return 0
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return int(end - start)
