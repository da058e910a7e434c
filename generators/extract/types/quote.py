"""Extract quote facts: quoted words with their speaker, and reported speech with an inverted verb.

Marked quotes (« … », “…”, "…") get their speaker from an inverted speech verb right after them
(« », a lancé X »), from the speech verb or colon that introduces them (« X écrit : "…" »), or
from the subject of the sentence; speakers are resolved through the name index (full names,
titles such as « le secrétaire général », pronouns). A quote split by its attribution
(« A », a lancé X, « B ») is one quote. Also: « "…", selon X », « Pour X, … "…" », an
attribution inside the quote (« "A, poursuit-il, B" », cut from the text), « je m'appelle X »
inside it, and a quote in the sentence right after another one (same speaker). A lower-case
phrase of three words or more quoted after a verb of opinion (« a parlé d'une "…" », « a qualifié
X de "…" ») or inside the complement clause of a speech verb is a partial quote. Unmarked
reported speech needs an inverted speech verb (« …, a déclaré X », « …, d'ajouter M. X ») or
« Selon X, … » (« Selon lui », « Selon les auteurs » resolved; an apposition after X skipped).
A text a body issues speaks for it (« X a publié un communiqué : », document_speakers), words
cried out are the crier's however short (cries), « X, qui commente « … » » is X's
(relative_speakers), and an incise's « il » / « elle » gives the speaker's gender
(incise_pronouns). Quoted titles, nicknames and single words are left out, and so are quotes whose
speaker cannot be found. Facts carry `speaker_gender` besides the contract's fields.
"""

from __future__ import annotations

import re
from typing import Any

from generators import lexicon
from generators.extract.announced_quotes import (
    announced_speaker,
    follows,
    paragraph_after,
    sentence_announced,
    summed_up,
)
from generators.extract.body_kinds import named_body
from generators.extract.complement_quotes import complement_speaker
from generators.extract.confidence import value
from generators.extract.context import Context
from generators.extract.cries import cry_speaker
from generators.extract.crowd_speakers import is_crowd
from generators.extract.document_speakers import document_speaker
from generators.extract.incise_pronouns import contradicts, incise_gender, sole_person
from generators.extract.last_named import anaphoric
from generators.extract.names import NameIndex
from generators.extract.partial_quotes import is_speech, partial_quote
from generators.extract.passive_quotes import agent_speaker, described
from generators.extract.quote_marks import TRIM, Quoted, quote_tokens, quoted_spans
from generators.extract.quote_names import named_in_marks
from generators.extract.recalled_quotes import recalled_speaker
from generators.extract.relative_speakers import relative_speaker
from generators.extract.reported import inverted_attribution, selon_attribution
from generators.extract.speakers import (
    cut_incises,
    self_named,
    source_before,
    speaker_after,
    speaker_before,
    speaker_incise,
)
from generators.extract.speech_words import is_speech_verb
from generators.extract.tokens import sentence_of, text_of
from generators.records import Fact


def extract(doc: Any, offset: int, ctx: Context) -> list[Fact]:
    """Return the quote facts of the doc parsed at `offset`."""
    index: NameIndex = ctx.names
    merged = index.doc(offset)
    spans = quoted_spans(text_of(merged))
    facts = _marked(merged, offset, ctx, index, spans)
    inside = [(q.start - 1, q.end + 1) for q in spans]
    reported = [(f.start, f.end) for f in facts]  # « Cet « … » du pays, a-t-il dit »: said once
    facts.extend(_unmarked(merged, offset, ctx, index, inside, reported))
    return facts


def _marked(
    doc: Any, offset: int, ctx: Context, index: NameIndex, spans: list[Quoted]
) -> list[Fact]:
    facts: list[Fact] = []
    skip: set[int] = set()
    previous: tuple[str, int] | None = None  # the last quote's speaker and sentence end
    coordinated: dict[int, str] = {}  # « a dénombré « A » et « B » »: B has A's speaker
    for n, quoted in enumerate(spans):
        if n in skip:
            continue
        words = quote_tokens(doc, quoted.start, quoted.end)
        if named_in_marks(doc, quoted) or described(doc, quoted, words):
            continue  # « un plan baptisé « … » »: a name; « X a été décrit comme « … » »: by whom?
        cried, crier, how = cry_speaker(doc, quoted, offset, index)
        if cried:  # « Il a crié « … » »: the cry's subject, or no quote
            if crier:
                text = text_of(doc)[quoted.start : quoted.end].strip(TRIM)
                sent = sentence_of(words[0])
                evidence = _evidence(crier, index, how)
                facts.append(
                    _quote(ctx, sent, offset, index, crier, text, marked=True, evidence=evidence)
                )
                previous = (crier, sent.end)
            continue
        partial = coordinated.get(n) or agent_speaker(doc, quoted, words, offset, index)
        if partial is None:  # not « qualifiée de « … » par X » (the passive's agent)
            partial = partial_quote(doc, quoted, words, offset, index)
        if partial is None:  # « Le maire a condamné un « geste lâche » »: a verb's complement
            partial = complement_speaker(doc, quoted, offset, index)
        if partial == "":  # reported by someone not found: « pour X, … » may name them
            partial = source_before(doc, quoted, offset, index, spans) or ""
            partial = partial or relative_speaker(doc, quoted, offset, index) or ""
        if partial is not None:  # "" : reported by someone not found
            text = text_of(doc)[quoted.start : quoted.end].strip(TRIM)
            more: dict[str, str] = {}
            if partial and n + 1 < len(spans) and _coordinated(doc, quoted, spans[n + 1]):
                coordinated[n + 1] = partial
            elif n + 1 < len(spans) and _continues(doc, quoted, spans[n + 1], offset, index):
                more["continuation"] = text_of(doc)[spans[n + 1].start : spans[n + 1].end].strip(
                    TRIM
                )
                skip.add(n + 1)  # « « A », avant de conclure que « B » »: one quote
            facts.append(
                _quote(
                    ctx,
                    sentence_of(words[0]),
                    offset,
                    index,
                    partial or None,
                    text,
                    marked=True,
                    evidence=_evidence(partial, index, "partial"),
                    **more,
                )
            )
            if partial:
                previous = (partial, sentence_of(words[0]).end)
            continue
        speaker, after_end = speaker_after(doc, quoted, offset, index)
        how = "pronoun" if _pronoun_attribution(doc, quoted) else "named"
        if how == "named" and not _named_after(doc, quoted, after_end, speaker, offset, index):
            how = "title"  # « », a dit le maire » resolved to the person the article names so
        pronoun = incise_gender(doc, quoted) if after_end >= 0 and speaker is None else None
        if pronoun is not None:
            speaker = sole_person(doc, quoted, pronoun, offset, index)  # « par X : « … », a-t-il »
        attributed = after_end >= 0 or _colon_attributed(doc, quoted, spans)
        if not is_speech(words) and not (speaker and _words_count(words) >= 3):
            speaker = _sourced_phrase(doc, quoted, words, offset, index, spans)
            how = "source"
            if not speaker:
                continue  # a title or a nickname, unless attributed (« "…", selon X »)
        text = text_of(doc)[quoted.start : quoted.end].strip(TRIM)
        last_end = quoted.end
        extra: dict[str, str] = {}
        if speaker:
            joined = _segments(doc, spans, n, after_end, speaker, offset, index)
            if joined:
                whole = text_of(doc)
                extra["continuation"] = " … ".join(
                    whole[spans[m].start : spans[m].end].strip(TRIM) for m in joined
                )
                last_end = spans[joined[-1]].end
                skip.update(joined)
        if speaker is None and _named_work(doc, quoted):
            # « Selon X, il s'agit de « … » »: a phrase after a preposition is X's words
            speaker = _sourced_phrase(doc, quoted, words, offset, index, spans)
            if not speaker or not is_speech(words):
                continue
            how = "source"
        if speaker is None and previous is not None and _relayed(doc, quoted, previous[1]):
            speaker = previous[0]  # « « A », a dit X, avant d'ajouter : « B » »: X says B
            how = "previous"
        if speaker is None:
            speaker = recalled_speaker(doc, quoted, offset, index)  # « A a cité les mots de B : »
            how = "recalled"
        decided = False  # « X a reçu une lettre : « … » »: the text's issuer speaks, or no one
        if speaker is None:
            decided, speaker = document_speaker(doc, quoted, offset, index, spans)
            how = "document"
        if speaker is None and not decided:
            speaker = relative_speaker(doc, quoted, offset, index)  # « X, qui commente « … » »
            how = "named"  # « A a répondu à B, qui avait dit : « … » »: B, not the subject A
        if speaker is None and not decided:
            speaker = speaker_before(doc, quoted, offset, index, spans)
            how = _before_evidence(doc, quoted)
        if speaker is None:
            speaker = announced_speaker(doc, quoted, offset, index)
            how = "announced"
        if speaker is None:
            speaker = _adjacent_speaker(doc, spans, n, offset, index)
            how = "adjacent"
        if speaker is None:
            speaker = self_named(doc, words, offset, index)
            how = "self"
        if speaker is None:
            incise = speaker_incise(doc, words, offset, index)
            if incise is not None:
                speaker, cuts = incise
                how = "named"
                text = cut_incises(text_of(doc), quoted, cuts)
        if (
            speaker is None
            and previous is not None
            and (
                follows(doc, previous[1], words[0])
                or paragraph_after(doc, previous[1], quoted, closes_paragraph=True)
            )
        ):
            speaker = previous[0]  # « "…", confie X. "…" »: X goes on speaking
            how = "previous"
        if speaker is None and not decided:
            speaker = sentence_announced(doc, quoted, offset, index)  # « X a réagi. « … » »
            speaker = speaker or summed_up(doc, quoted, offset, index)  # « … » X a ainsi conclu.
            how = "sentence"
        if (
            speaker
            and n + 1 < len(spans)
            and not extra
            and _continues(doc, quoted, spans[n + 1], offset, index)
        ):
            extra["continuation"] = text_of(doc)[spans[n + 1].start : spans[n + 1].end].strip(TRIM)
            last_end = spans[n + 1].end
            skip.add(n + 1)
        if contradicts(speaker, pronoun, index):
            speaker = None  # « Elle est saluée … : « … », a-t-il écrit », the « il » unresolved
        if not text or not (speaker or (attributed and is_speech(words))):
            continue  # no speaker rather than a wrong one, when speech is attributed to someone unsure
        first = words[0]
        last = quote_tokens(doc, max(last_end - 1, quoted.start), last_end + 1)
        sent = doc[
            sentence_of(first).start : (
                sentence_of(last[0]).end if last else sentence_of(first).end
            )
        ]
        evidence = _evidence(speaker, index, how)
        facts.append(
            _quote(ctx, sent, offset, index, speaker, text, marked=True, evidence=evidence, **extra)
        )
        if speaker:
            previous = (speaker, sent.end)
    return facts


_RELAY = re.compile(r"(?:avant|puis|et)\s+(?:de\s+|d')(\w+)\s*:\s*$", re.IGNORECASE)


def _relayed(doc: Any, quoted: Quoted, previous_end: int) -> bool:
    """Tell whether a quote opens on « avant d'ajouter : », « puis de conclure : » (a speech verb
    with no subject of its own) in the sentence of the last quote or the one right after it."""
    first = quote_tokens(doc, quoted.start, quoted.end)[0]
    sent = sentence_of(first)
    if not sent.start <= previous_end <= sent.end:
        return False
    before = text_of(doc)[sent.start_char : quoted.start - 1]
    found = _RELAY.search(before)
    verbs = lexicon.word_set("speech_verbs") | lexicon.word_set("quote_incise_verbs")
    return found is not None and found.group(1).lower() in verbs


def _adjacent_speaker(
    doc: Any, spans: list[Quoted], n: int, offset: int, index: NameIndex
) -> str | None:
    """« « A. » « B », a répondu X. »: the speaker of the quote that opens right after this one
    closes (nothing but spaces between), when an incise names them."""
    if n + 1 >= len(spans) or not spans[n].closed:
        return None
    between = text_of(doc)[spans[n].end + 1 : spans[n + 1].start - 1]
    if between.strip() not in ("", ",") or "\n" in between:
        return None
    speaker, _end = speaker_after(doc, spans[n + 1], offset, index)
    return speaker


def _sourced_phrase(
    doc: Any, quoted: Quoted, words: list[Any], offset: int, index: NameIndex, spans: list[Quoted]
) -> str | None:
    """« Selon X, le plan marque « un tournant » »: X, for a lower-case phrase of two words or
    more in a sentence that opens on a source (« selon », « d'après », « pour »), or one
    adjective after « être » (« Pour X, ce blocage est « intolérable » »: X's judgement)."""
    content = [t for t in words if not t.is_punct]
    if not quoted.closed or not content or not content[0].text[:1].islower():
        return None
    if len(content) < 2 and not _attribute(doc, quoted, content[0]):
        return None
    return source_before(doc, quoted, offset, index, spans)


def _attribute(doc: Any, quoted: Quoted, word: Any) -> bool:
    """Tell whether a quoted adjective is the attribute of a finite « être » right before it."""
    before = quote_tokens(doc, max(0, quoted.start - 20), quoted.start - 1)
    copula = bool(before) and before[-1].lemma_.lower() == "être"
    return copula and "Fin" in before[-1].morph.get("VerbForm") and word.pos_ == "ADJ"


def _evidence(speaker: str | None, index: NameIndex, how: str) -> str:
    """Name the evidence of a quote's speaker (the rows of lexicon/extract_confidence.txt)."""
    if not speaker:
        return "unresolved"
    people = [index.resolve(name) for name in speaker.split(" et ")]
    if not all(people) and is_crowd(speaker):
        return "crowd"  # « les dix délégués »: people no one names
    if all(people) or value("quote", how) < value("quote", "body"):
        return how  # a weak clue stays weak for a body too (« Le tribunal … . « … », a-t-il dit »)
    return "body"


def _named_after(
    doc: Any, quoted: Quoted, end: int, speaker: str | None, offset: int, index: NameIndex
) -> bool:
    """Tell whether the attribution after the quote names its person speaker (« », a dit Paul
    Roy »), not a title the speaker was resolved from (« », a dit le maire »); True for bodies."""
    if not speaker or not index.resolve(speaker) or end < 0:
        return True
    named = index.mentions_in(offset + quoted.end, offset + end)
    return any(m.full == speaker for m in named)


def _pronoun_attribution(doc: Any, quoted: Quoted) -> bool:
    """Tell whether the words after the quote attribute it to a pronoun (« , a-t-il dit »)."""
    after = quote_tokens(doc, quoted.end + 1, min(len(text_of(doc)), quoted.end + 40))
    return any(t.lower_ in ("-il", "-elle", "il", "elle", "-ils", "-elles") for t in after[:6])


def _before_evidence(doc: Any, quoted: Quoted) -> str:
    """Name the evidence of a speaker found before the quote: a colon, « selon X », the subject."""
    before = quote_tokens(doc, max(0, quoted.start - 200), quoted.start - 1)
    if before and before[-1].text == ":":
        return "colon"
    start = sentence_of(before[-1]).start if before else 0
    first = next((t for t in before if t.i >= start), None)
    if first is not None and first.lower_ in lexicon.word_set("quote_sources"):
        return "source"
    return "subject"


def _colon_attributed(doc: Any, quoted: Quoted, spans: list[Quoted]) -> bool:
    """Tell whether a colon after a speech verb or a source word (« selon un communiqué : ») opens the quote."""
    before = quote_tokens(doc, max(0, quoted.start - 120), quoted.start - 1)
    if not before or before[-1].text != ":":
        return False
    sent = sentence_of(before[-1])
    words = [t for t in before if t.i >= sent.start]
    return any(is_speech_verb(t) or t.lower_ in lexicon.word_set("quote_sources") for t in words)


def _named_work(doc: Any, quoted: Quoted) -> bool:
    """Tell whether a quoted stretch is a complement (« le prix pour « Titre » ») or an apposition
    between commas after a noun (« Son livre, « Titre », raconte … »): a title, not speech."""
    before = quote_tokens(doc, max(0, quoted.start - 40), quoted.start - 1)
    after = quote_tokens(doc, quoted.end + 1, min(len(text_of(doc)), quoted.end + 4))
    inside = [t for t in quote_tokens(doc, quoted.start, quoted.end) if not t.is_punct]
    if len(inside) >= 4 and inside[0].text[:1].islower() and _finite(inside):
        return False  # « les « règles du marché continuent … » »: a clause, not a title
    reported = len(before) > 1 and before[-2].lower_ in ("que", "qu'", "qu’")
    if reported and len(inside) >= 4 and _finite(inside[1:]):
        return False  # « explique que le « Nestor Cloud permettra … » »: the clause goes on
    apposed = (
        len(before) > 1
        and before[-1].text == ","
        and before[-2].pos_ == "NOUN"
        and bool(after)
        and after[0].text == ","
    )
    return bool(before) and (
        apposed
        or before[-1].pos_ in ("ADP", "DET")
        or before[-1].lower_ in ("intitulé", "intitulée", "titre")
    )


def _finite(words: list[Any]) -> bool:
    """Tell whether some word is a finite verb."""
    return any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in words)


def _words_count(words: list[Any]) -> int:
    return sum(1 for t in words if not t.is_punct)


def _coordinated(doc: Any, quoted: Quoted, nxt: Quoted) -> bool:
    """Tell whether the next quote is a second complement joined by « et » or « ou » (« a
    dénombré « 40 blessés » et « 12 disparus » »): its own words, with the same speaker."""
    between = text_of(doc)[quoted.end + 1 : nxt.start - 1]
    return between.strip().lower() in ("et", "ou", "ainsi que")


def _continues(doc: Any, quoted: Quoted, nxt: Quoted, offset: int, index: NameIndex) -> bool:
    """Tell whether the next quote of the same sentence goes on with the same words (« "A" et de "B" »)."""
    between = text_of(doc)[quoted.end + 1 : nxt.start - 1]
    ended = text_of(doc)[quoted.start : quoted.end].rstrip(TRIM + " ")[-1:] in (".", "!", "?")
    if (
        ended  # « « … voisin. » Il ajoute que « … » »: a new sentence, a new report
        or len(between.split()) > 6
        or re.search(r"[.!?]", between)
        or re.search(r"\b(?:il|elle|ils|elles)\b", between, re.IGNORECASE)
        or index.mentions_in(offset + quoted.end, offset + nxt.start)
    ):
        return False
    return bool(re.search(r"\b(?:et|puis|ajoutant|avant|de|que|qu')\b", between))


def _segments(
    doc: Any,
    spans: list[Quoted],
    n: int,
    after_end: int,
    speaker: str,
    offset: int,
    index: NameIndex,
) -> list[int]:
    """Return the indexes of the quotes that go on with quote `n` after its attribution
    (« A », dit X, « B », ajoute-t-il, « C »), stopping before one another person says."""
    joined: list[int] = []
    m = n + 1
    while m < len(spans) and _joins(text_of(doc), after_end, spans[m].start):
        own, own_end = speaker_after(doc, spans[m], offset, index)
        if own_end >= 0 and own and own != speaker and not _pronoun_attribution(doc, spans[m]):
            break  # « A », a dit X, « B », a répondu Y: Y says B
        joined.append(m)
        if own_end < 0:
            break
        after_end, m = own_end, m + 1
    return joined


def _joins(text: str, after_attribution: int, next_open: int) -> bool:
    """Tell whether the next quote continues this one after its attribution (« A », dit X, « B »)."""
    between = text[after_attribution:next_open]
    return after_attribution > 0 and bool(re.fullmatch(r"\s*[,:]?\s*[«“\"]?", between))


def _unmarked(
    doc: Any,
    offset: int,
    ctx: Context,
    index: NameIndex,
    inside: list[tuple[int, int]],
    reported: list[tuple[int, int]],
) -> list[Fact]:
    """« …, a déclaré X. », « …, d'ajouter M. X », « Selon X, … »; not in a sentence whose
    quoted words are already a quote (`reported`: the article offsets of the marked quotes)."""
    facts: list[Fact] = []
    for sent in doc.sents:
        if any(a <= sent.start_char < b for a, b in inside):
            continue
        start, end = offset + sent.start_char, offset + sent.end_char
        if any(a < end and start < b for a, b in reported):
            continue
        inverted = inverted_attribution(doc, sent, offset, index, inside)
        found = inverted or selon_attribution(doc, sent, offset, index, inside)
        if found:
            speaker, text, how = found
            how = _evidence(speaker, index, how)
            facts.append(
                _quote(ctx, sent, offset, index, speaker, text, marked=False, evidence=how)
            )
    return facts


def _quote(
    ctx: Context,
    sent: Any,
    offset: int,
    index: NameIndex,
    speaker: str | None,
    text: str,
    *,
    marked: bool,
    **extra: Any,
) -> Fact:
    """Build a quote fact with its speaker's gender; « le groupe » is the one group the article names."""
    if speaker and extra.get("evidence") != "named" and anaphoric(sent):
        extra["evidence"] = "last_named"  # « Ce dernier a dit … »: resolved across sentences
    speaker = (
        named_body(speaker, ctx.article.text, offset + sent.start_char, offset + sent.end_char)
        or speaker
    )
    if speaker and len(speaker.split()) > 6 and "," in speaker:
        speaker = index.resolve(speaker.split(",")[0])  # a clause taken for a name: its subject
    return ctx.fact(
        "quote",
        sent,
        offset,
        speaker=speaker,
        text=text,
        marked=marked,
        speaker_gender=index.gender(speaker),
        **extra,
    )
