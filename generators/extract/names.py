"""Name resolution across an article: who is mentioned where, and under which forms.

`indexing.index(docs, ctx)` builds it before the fact extractors run; it is stored as `ctx.names`:

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
  général » → the person named « secrétaire général de … »); filled by `indexing.collect_roles`.
- `roles_of(full) -> list[str]`; `roles`: every role found (`RoleMention`), `kept` when
  it is not a repeat of another role of the same person.
- `doc(offset)`: this package's copy of the doc parsed at `offset`, hyphenated words merged
  (« major-général », « Jean-Paul » are one token); the fact extractors read it.

Token helpers (`sentence_of`, `text_of`, `doc_memo`, `token_span`, `norm`) are in tokens.py,
mention finding in mentions.py, titles and civilities in titles.py.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from generators import lexicon
from generators.extract.titles import strip_civility
from generators.extract.tokens import norm


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
    # Who each singular nationality noun introduced (« la Suédoise Lena Berg »): noun → people.
    nationals: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    _forms: dict[str, list[str]] = field(default_factory=dict)
    _votes: dict[str, Counter[str]] = field(default_factory=dict)
    _roles_of: dict[str, list[str]] = field(default_factory=dict)
    _starts: list[int] = field(default_factory=list)
    # Memos of `people()` and of the normalized roles for `holder`, with the state they were made for.
    _people_memo: tuple[tuple[int, int], dict[str, None]] = ((0, -1), {})
    _roles_memo: tuple[int, dict[str, list[str]]] = (-1, {})
    _count_memo: tuple[tuple[int, int], Counter[str]] = ((0, -1), Counter())
    _sorts: int = 0
    _role_count: int = 0
    _heads: tuple[int, dict[str, dict[str, None]]] = (-1, {})  # roles seen, title word → people
    _by_person: tuple[int, dict[str, list[Any]]] = (-1, {})  # roles seen, person → roles

    def role_mentions_of(self, person: str) -> list[Any]:
        """Return the roles (`RoleMention`) given to `person` so far, in the order found."""
        count, by_person = self._by_person
        if count < 0 or count > len(self.roles):
            count, by_person = 0, {}
        for role in self.roles[count:]:
            by_person.setdefault(role.person, []).append(role)
        self._by_person = (len(self.roles), by_person)
        return list(by_person.get(person, ()))

    def head_holders(self, head: str) -> list[str]:
        """Return the people given a role whose title word normalizes to `head`, in role order."""
        count, heads = self._heads
        if count < 0 or count > len(self.roles):
            count, heads = 0, {}
        for role in self.roles[count:]:
            heads.setdefault(norm(role.head), {}).setdefault(role.person, None)
        self._heads = (len(self.roles), heads)
        return list(heads.get(head, ()))

    def doc(self, offset: int) -> Any:
        """Return the merged copy of the doc parsed at `offset`."""
        return self.docs.get(offset)

    def version(self) -> tuple[int, int, int]:
        """Return what tells this index's mentions apart from an earlier state of them (results
        computed from them may be kept while it stays the same)."""
        return id(self), len(self.mentions), self._sorts

    def people(self) -> list[str]:
        """Return the full names in order of first mention."""
        return list(self._seen_people())

    def _seen_people(self) -> dict[str, None]:
        """Return the full names in order of first mention, updated only for new mentions."""
        (count, sorts), seen = self._people_memo
        if sorts != self._sorts or count > len(self.mentions):
            count, seen = 0, {}
        for mention in self.mentions[count:]:
            seen.setdefault(mention.full, None)
        self._people_memo = ((len(self.mentions), self._sorts), seen)
        return seen

    def resolve(self, text: str | None) -> str | None:
        """Return the full name a surface form refers to, or None."""
        if not text:
            return None
        key = norm(strip_civility(text))
        if not key:
            return None
        for full in self._seen_people():
            if norm(full) == key or key in (norm(form) for form in self._forms.get(full, [])):
                return full
        last = key.split()[-1]
        candidates = [full for full in self._seen_people() if norm(full).split()[-1] == last]
        if len(candidates) == 1 or (candidates and len(key.split()) == 1):
            return max(candidates, key=self.mention_count)
        return None

    def mention_count(self, full: str) -> int:
        """Return how many mentions name `full` (counted only for mentions added since)."""
        (count, sorts), counts = self._count_memo
        if sorts != self._sorts or count > len(self.mentions):
            count, counts = 0, Counter()
        counts.update(m.full for m in self.mentions[count:])
        self._count_memo = ((len(self.mentions), self._sorts), counts)
        return counts[full]

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

    def rename(self, old: str, new: str) -> None:
        """Give the person named `old` the fuller name `new` (mentions, forms, gender votes)."""
        for mention in self.mentions:
            if mention.full == old:
                mention.full = new
        forms = self._forms.setdefault(new, [])
        forms.extend(f for f in self._forms.pop(old, []) if f not in forms)
        self._votes.setdefault(new, Counter()).update(self._votes.pop(old, Counter()))
        self.sort()

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
        last = len(self.mentions)
        if len(self._starts) == last:  # sorted: the mentions from `pos` on are a suffix
            last = bisect.bisect_left(self._starts, pos)
        for k in range(last - 1, -1, -1):
            mention = self.mentions[k]
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
        if len(loose) > 1 and not exact:
            # « le ministre »: the one « ministre de X », not the « Premier ministre »
            loose = {p for p in loose if any(_opens(r, key) for r in roles[p])}
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


def _opens(role: str, key: str) -> bool:
    """Tell whether a normalized role opens on `key`, past « actuel », « nouveau »…"""
    words = role.split()
    while words and words[0] in lexicon.word_set("people_present_modifiers"):
        words = words[1:]
    return " ".join(words).startswith(key + " ")


def _strip_determiner(role: str) -> str:
    return re.sub(
        r"^(?:le|la|les|l'|un|une|ce|cet|cette)\s*", "", role.strip(), flags=re.IGNORECASE
    )


@dataclass
class RoleMention:
    """A role the article gives a person, where it says so."""

    person: str
    role: str
    offset: int
    sent: tuple[int, int]  # token bounds of the sentence in the merged doc
    role_gender: str | None
    head: str  # the title word (« major-général »), used as the person's title in other facts
    start: int  # article offset of the role phrase
    kind: str
    kept: bool = True
    past: bool = False  # held before: told by its verb (« A avait été ministre ») or a past date
    # after it (« président du club à l'époque »), not by the role's words
    year: int | None = None  # the year a naming verb dates (« En 2014, A est élu sénateur »)
