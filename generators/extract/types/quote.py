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
Quoted titles, nicknames and single words are left out, and so are quotes whose speaker cannot
be found. Facts carry `speaker_gender` besides the contract's fields.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from generators import lexicon
from generators.extract.context import Context
from generators.extract.coreference import coreferent, person_of, pronoun_referent
from generators.extract.names import NameIndex
from generators.extract.roles import extend_role
from generators.extract.titles import is_civility, is_modifier, title_end
from generators.extract.tokens import next_word, norm, sentence_of, text_of, token_span
from generators.records import Fact

_OPEN_CLOSE = {"«": "»", "“": "”"}
_STRAIGHT = '"'
_TRIM = " \t\n,;:«»“”\"'"


@dataclass
class Quoted:
    """A quoted stretch of the doc: character bounds of its text (marks excluded)."""

    start: int
    end: int  # end of the text; the closing mark (if any) is at `end`
    closed: bool


def quoted_spans(text: str) -> list[Quoted]:
    """Return the quoted stretches of `text`, pairing marks within each paragraph."""
    spans: list[Quoted] = []
    for para in re.finditer(r"[^\n]+", text):
        spans.extend(_pair(text, para.start(), para.end()))
    return spans


def _pair(text: str, start: int, end: int) -> list[Quoted]:
    out: list[Quoted] = []
    i = start
    while i < end:
        ch = text[i]
        if ch in _OPEN_CLOSE:
            close = text.find(_OPEN_CLOSE[ch], i + 1, end)
            out.append(Quoted(i + 1, close if close >= 0 else end, close >= 0))
            i = (close if close >= 0 else end) + 1
        elif ch == _STRAIGHT:
            close = text.find(_STRAIGHT, i + 1, end)
            if close < 0:
                break
            out.append(Quoted(i + 1, close, True))
            i = close + 1
        else:
            i += 1
    return out


def extract(doc: Any, offset: int, ctx: Context) -> list[Fact]:
    """Return the quote facts of the doc parsed at `offset`."""
    index: NameIndex = ctx.names
    merged = index.doc(offset)
    spans = quoted_spans(text_of(merged))
    facts = _marked(merged, offset, ctx, index, spans)
    inside = [(q.start - 1, q.end + 1) for q in spans]
    facts.extend(_unmarked(merged, offset, ctx, index, inside))
    return facts


def _tokens(doc: Any, start: int, end: int) -> list[Any]:
    return [t for t in token_span(doc, start, min(end, len(text_of(doc)))) if start <= t.idx < end]


def _marked(
    doc: Any, offset: int, ctx: Context, index: NameIndex, spans: list[Quoted]
) -> list[Fact]:
    facts: list[Fact] = []
    skip: set[int] = set()
    previous: tuple[str, int] | None = None  # the last quote's speaker and sentence end
    for n, quoted in enumerate(spans):
        if n in skip:
            continue
        words = _tokens(doc, quoted.start, quoted.end)
        partial = _partial_quote(doc, quoted, words, offset, index)
        if partial is not None:
            text = text_of(doc)[quoted.start : quoted.end].strip(_TRIM)
            facts.append(
                _quote(ctx, sentence_of(words[0]), offset, index, partial, text, marked=True)
            )
            continue
        speaker, after_end = _speaker_after(doc, quoted, offset, index)
        if not _is_speech(words) and not (speaker and _words_count(words) >= 3):
            continue  # a title or a nickname, unless attributed (« "…", selon X »)
        text = text_of(doc)[quoted.start : quoted.end].strip(_TRIM)
        last_end = quoted.end
        extra: dict[str, str] = {}
        if speaker and n + 1 < len(spans) and _joins(text_of(doc), after_end, spans[n + 1].start):
            extra["continuation"] = text_of(doc)[spans[n + 1].start : spans[n + 1].end].strip(_TRIM)
            last_end = spans[n + 1].end
            skip.add(n + 1)
        if speaker is None and _named_work(doc, quoted):
            continue
        if speaker is None:
            speaker = _speaker_before(doc, quoted, offset, index, spans)
        if speaker is None:
            speaker = _self_named(doc, words, offset, index)
        if speaker is None:
            incise = _incise(doc, words, offset, index)
            if incise is not None:
                speaker, cut_start, cut_end = incise
                whole = text_of(doc)
                text = (whole[quoted.start : cut_start] + whole[cut_end : quoted.end]).strip(_TRIM)
        if speaker is None and previous is not None and _follows(doc, previous[1], words[0]):
            speaker = previous[0]  # « "…", confie X. "…" »: X goes on speaking
        if (
            speaker
            and n + 1 < len(spans)
            and not extra
            and _continues(doc, quoted, spans[n + 1], offset, index)
        ):
            extra["continuation"] = text_of(doc)[spans[n + 1].start : spans[n + 1].end].strip(_TRIM)
            last_end = spans[n + 1].end
            skip.add(n + 1)
        if not speaker or not text:
            continue
        first = words[0]
        last = _tokens(doc, max(last_end - 1, quoted.start), last_end + 1)
        sent = doc[
            sentence_of(first).start : (
                sentence_of(last[0]).end if last else sentence_of(first).end
            )
        ]
        facts.append(_quote(ctx, sent, offset, index, speaker, text, marked=True, **extra))
        previous = (speaker, sent.end)
    return facts


def _incise(
    doc: Any, words: list[Any], offset: int, index: NameIndex
) -> tuple[str, int, int] | None:
    """« "La situation, poursuit-il, devient …" » → (speaker, start and end of the incise)."""
    for a, tok in enumerate(words[:-3]):
        if tok.text != "," or a == 0:
            continue
        verb = _speech_verb_at(words, a + 1)
        if verb is None:
            continue
        b = next((k for k in range(a + 2, min(len(words), a + 8)) if words[k].text == ","), None)
        if b is None or b == len(words) - 1:
            continue
        pronoun = next(
            (t for t in words[a + 1 : b] if t.lower_ in ("-il", "-elle") and t.i > verb.i), None
        )
        if pronoun is not None:
            speaker = pronoun_referent(doc, pronoun, offset, index)
        else:
            speaker, _end = inverted_subject(doc, verb, offset, index)
        if speaker:
            return speaker, tok.idx, words[b].idx + 1
    return None


def _follows(doc: Any, previous_end: int, first: Any) -> bool:
    """Tell whether a quote starts in the sentence right after the one where the last quote ended."""
    sent = sentence_of(first)
    between = text_of(doc)[doc[previous_end - 1].idx : first.idx] if previous_end > 0 else "\n"
    return sent.start == previous_end and "\n" not in between


def _self_named(doc: Any, words: list[Any], offset: int, index: NameIndex) -> str | None:
    """« "… je m'appelle Léa et je viens de Lyon…" »: the speaker says who speaks."""
    lowered = [t.lower_ for t in words]
    for phrase in lexicon.words("quote_self_introductions"):
        parts = re.findall(r"\w+'|\w+", phrase.lower())
        for k in range(len(lowered) - len(parts)):
            if lowered[k : k + len(parts)] != parts:
                continue
            first = words[k + len(parts)]
            mention = index.mention_at(offset + first.idx)
            if mention is not None:
                return mention.full
            name = []
            for tok in words[k + len(parts) :]:
                if not (tok.text[:1].isupper() and tok.is_alpha):
                    break
                name.append(tok.text)
            if name:
                return " ".join(name)
    return None


def _named_work(doc: Any, quoted: Quoted) -> bool:
    """Tell whether a quoted stretch is a complement (« le prix pour « Titre » »): a title, not speech."""
    before = _tokens(doc, max(0, quoted.start - 40), quoted.start - 1)
    return bool(before) and (
        before[-1].pos_ in ("ADP", "DET") or before[-1].lower_ in ("intitulé", "intitulée", "titre")
    )


def _partial_quote(
    doc: Any, quoted: Quoted, words: list[Any], offset: int, index: NameIndex
) -> str | None:
    """« X a parlé d'une "réalisation apte à …" »: return X for a phrase quoted after a verb of opinion.

    The phrase has at least three words and starts in lower case (a capital is a title); the
    verb (quote_phrase_verbs) is at most a few prepositions and determiners before the opening
    mark, and its subject names the speaker. Scare quotes (« les "anomalies" ») are too short.
    """
    content = [t for t in words if not t.is_punct]
    if not quoted.closed or len(content) < 3 or not content[0].text[:1].islower():
        return None
    if content[0].pos_ == "DET" and not content[1].text[:1].islower():
        return None
    verb = _opinion_verb(doc, quoted, content)
    if verb is None and not _is_speech(words):
        verb = _speech_governor(content[0], quoted)
    subj = _subject(verb) if verb is not None else None
    return speaker_of(doc, subj, offset, index) if subj is not None else None


def _opinion_verb(doc: Any, quoted: Quoted, content: list[Any]) -> Any:
    """Return the verb of opinion right before a quoted phrase (« a parlé d'une "…" »), or None."""
    before = _tokens(doc, max(0, quoted.start - 60), quoted.start - 1)
    k = len(before) - 1
    while k >= 0 and len(before) - k <= 4 and before[k].pos_ in ("ADP", "DET", "ADV", "SCONJ"):
        k -= 1
    if k < 0 or len(before) - k > 4 or before[k].pos_ not in ("VERB", "NOUN", "PROPN"):
        return None
    verb = before[k]
    if verb.pos_ != "VERB":  # « qualifié la loi de "…" », « jugé la mesure "inutile …" »
        link = before[k + 1].lower_ if k + 1 < len(before) else ""
        predicate = not link and content[0].pos_ in ("ADJ", "ADV")
        named = (
            verb.head.pos_ == "VERB"
            and verb.dep_ == "obj"
            and (link in ("de", "d", "d'", "comme") or predicate)
        )
        verb = verb.head if named else None
    if verb is None or verb.lemma_.lower() not in lexicon.word_set("quote_phrase_verbs"):
        return None
    return verb


def _speech_governor(tok: Any, quoted: Quoted) -> Any:
    """« X a affirmé que le projet était « totalement illégal … » »: the speech verb whose
    complement clause holds the quoted phrase, or None."""
    clause = False
    for _ in range(6):
        clause = clause or tok.dep_ in ("ccomp", "xcomp")
        if tok.head is tok:
            return None
        tok = tok.head
        if (
            clause
            and tok.idx < quoted.start
            and tok.pos_ == "VERB"
            and tok.lemma_.lower() in lexicon.word_set("speech_verbs")
        ):
            return tok
    return None


def _words_count(words: list[Any]) -> int:
    return sum(1 for t in words if not t.is_punct)


def _is_speech(words: list[Any]) -> bool:
    """Tell quoted speech from quoted titles, nicknames and single words."""
    content = [t for t in words if not t.is_punct]
    if len(content) < 3:
        return False
    has_verb = any(t.pos_ in ("VERB", "AUX") for t in content)
    sentence_like = (
        content[0].text[:1].isupper()
        and len(content) >= 4
        and words[-1].text in (".", "!", "?", "…")
    )
    return has_verb or sentence_like or len(content) >= 8


def _continues(doc: Any, quoted: Quoted, nxt: Quoted, offset: int, index: NameIndex) -> bool:
    """Tell whether the next quote of the same sentence goes on with the same words (« "A" et de "B" »)."""
    between = text_of(doc)[quoted.end + 1 : nxt.start - 1]
    if (
        len(between.split()) > 6
        or re.search(r"[.!?]", between)
        or index.mentions_in(offset + quoted.end, offset + nxt.start)
    ):
        return False
    return bool(re.search(r"\b(?:et|puis|ajoutant|avant|de|que|qu')\b", between))


def _joins(text: str, after_attribution: int, next_open: int) -> bool:
    """Tell whether the next quote continues this one after its attribution (« A », dit X, « B »)."""
    between = text[after_attribution:next_open]
    return after_attribution > 0 and bool(re.fullmatch(r"\s*[,:]?\s*[«“\"]?", between))


def _speaker_after(
    doc: Any, quoted: Quoted, offset: int, index: NameIndex
) -> tuple[str | None, int]:
    """« …», a lancé X » → X, with the end of the attribution."""
    after = _tokens(doc, quoted.end + 1, min(len(text_of(doc)), quoted.end + 200))
    k = 0
    while k < len(after) and after[k].text in (",", "»", "”", '"'):
        k += 1
    source = _source_after(doc, after, k, offset, index)
    if source is not None:
        return source
    verb = _speech_verb_at(after, k)
    if verb is None:
        return None, -1
    pronoun = next(
        (t for t in after[k : k + 4] if t.lower_ in ("-il", "-elle") and t.i < verb.i), None
    )
    if pronoun is not None:
        return pronoun_referent(doc, pronoun, offset, index), verb.idx + len(verb)
    speaker, end_tok = inverted_subject(doc, verb, offset, index)
    return speaker, (end_tok.idx + len(end_tok)) if end_tok is not None else -1


def _source_after(
    doc: Any, after: list[Any], k: int, offset: int, index: NameIndex
) -> tuple[str, int] | None:
    """« "…", selon Paul Roux » → (Paul Roux, end of the name)."""
    if k >= len(after):
        return None
    first = after[k].lower_
    if first == "d'" and k + 1 < len(after) and after[k + 1].lower_ == "après":
        k += 1
    elif first not in lexicon.word_set("quote_sources"):
        return None
    for tok in after[k + 1 : k + 6]:
        if tok.text in (",", ".", ";", "«", '"'):
            break
        mention = index.mention_at(offset + tok.idx)
        if mention:
            return mention.full, mention.end - offset
        if tok.pos_ == "NOUN" and not _speaks_for(doc, tok):
            break
    return None


def _speech_verb_at(tokens: list[Any], k: int) -> Any:
    """Return the speech verb at `k` (after an auxiliary or « d' »), or None."""
    while k < len(tokens) and (
        tokens[k].pos_ == "AUX"
        or tokens[k].lower_ in ("d'", "de", "s'", "se", "t", "-t-", "-t", "-il", "-elle")
    ):
        k += 1
    if k < len(tokens) and is_speech_verb(tokens[k]):
        return tokens[k]
    return None


def is_speech_verb(tok: Any) -> bool:
    """Tell whether `tok` is a verb of saying (« déclarer », « tweeter », « ajouter »…)."""
    verbs = lexicon.word_set("speech_verbs")
    content = tok.pos_ in ("VERB", "AUX", "NOUN", "ADJ", "X") or (
        tok.pos_ == "PROPN" and tok.is_lower  # « a réagi » mis-tagged as a proper noun
    )
    if tok.lemma_.lower() in verbs:
        return content
    low = tok.lower_
    return (
        content and tok.pos_ != "AUX" and any(len(v) > 5 and low.startswith(v[:-2]) for v in verbs)
    )


def inverted_subject(doc: Any, verb: Any, offset: int, index: NameIndex) -> tuple[str | None, Any]:
    """Return the speaker named after an inverted speech verb, and the last token of the name."""
    k = verb.i + 1
    while k < len(doc) and (doc[k].pos_ == "ADV" or doc[k].lower_ in ("-t-", "t")):
        k += 1
    if k < len(doc) and doc[k].lower_ in ("-il", "-elle", "il", "elle"):
        return pronoun_referent(doc, doc[k], offset, index), doc[k]
    window = []
    for tok in doc[k : min(len(doc), k + 14)]:
        if tok.text in (".", "«", "»", '"', ";", "!", "?", "(") or tok.pos_ in (
            "VERB",
            "AUX",
            "PRON",
            "SCONJ",
        ):
            break
        window.append(tok)
    for tok in window:
        mention = index.mention_at(offset + tok.idx)
        if mention:
            end = max((t for t in window if offset + t.idx < mention.end), key=lambda t: t.i)
            return mention.full, end
    for tok in window:
        if tok.pos_ == "NOUN" and title_end(doc, tok.i) > 0:
            person = coreferent(doc, tok, offset, index, recency=True)
            if person:
                stop = extend_role(doc, title_end(doc, tok.i), index, offset)
                return person, doc[stop - 1]
    return None, None


def _speaker_before(
    doc: Any, quoted: Quoted, offset: int, index: NameIndex, spans: list[Quoted]
) -> str | None:
    """« X écrit : "…" », « X note que … "…" », « Selon X, "…" », or the subject of the sentence."""
    first = _tokens(doc, quoted.start, quoted.end)[0]
    sent = sentence_of(first)
    outside = [
        t
        for t in sent
        if t.idx < quoted.start - 1 and not any(q.start <= t.idx < q.end for q in spans)
    ]
    if not outside:
        return None
    source = _source_phrase(doc, outside, offset, index, opinion=True)
    if source:
        return source
    if outside[-1].text == ":":
        root = next((t for t in outside if t.dep_ == "ROOT"), None)
        subj = _subject(root) if root is not None else None
        if subj is None:
            subj = next(
                (
                    t
                    for t in reversed(outside)
                    if t.lower_ in ("il", "elle") and t.dep_ in ("nsubj", "expl:subj")
                ),
                None,
            )
        if subj is not None:
            return speaker_of(doc, subj, offset, index)
    for tok in reversed(outside[-8:]):
        if is_speech_verb(tok) and tok.pos_ in ("VERB", "AUX") and _subject(tok) is not None:
            return speaker_of(doc, _subject(tok), offset, index)
        if is_speech_verb(tok) and tok.pos_ == "VERB" and tok.dep_ == "ROOT":
            opening = _opening_person(sent, offset, index)
            if opening:
                return opening  # « M. X, qui …, s'était dit « … » »: a subject the parse lost
    named = _named_before(doc, outside)
    if named:
        return named
    subj = _subject(sent.root)
    if subj is not None and subj.idx < quoted.start:
        return speaker_of(doc, subj, offset, index)
    return None


def _opening_person(sent: Any, offset: int, index: NameIndex) -> str | None:
    """Return the person named first thing in the sentence (after a civility), or None."""
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if words and is_civility(words[0].text):
        words = words[1:]
    mention = index.mention_at(offset + words[0].idx) if words else None
    return mention.full if mention and mention.start == offset + words[0].idx else None


def speaker_of(doc: Any, subj: Any, offset: int, index: NameIndex) -> str | None:
    """Return who a subject names: a person, a person by title or pronoun, or an organisation."""
    person = person_of(subj, doc, offset, index) or _demonym_referent(doc, subj, offset, index)
    if person:
        heads = [subj, *(c for c in subj.children if c.dep_ in ("appos", "flat:name"))]
        others = [
            index.mention_at(offset + c.idx)
            for head in heads
            for c in head.children
            if c.dep_ == "conj" and c.i > head.i
        ]
        names = [person, *(m.full for m in others if m is not None and m.full != person)]
        return " et ".join(names)  # « A et B jugeaient … »: both speak
    ent = next(
        (e for e in doc.ents if e.start <= subj.i < e.end and e.label_ in ("ORG", "MISC")), None
    )
    if ent is not None and subj.pos_ == "PROPN":
        start = ent.start - 1 if ent.start > 0 and doc[ent.start - 1].pos_ == "DET" else ent.start
        end = ent.end
        while (
            end < len(doc)
            and doc[end].is_lower
            and doc[end].pos_ in ("ADJ", "VERB")
            and doc[end].head.i == subj.i
        ):
            end += 1
        return str(doc[start:end].text)
    return None


def _subject(tok: Any) -> Any:
    """Return the subject of `tok`'s clause, climbing participles and infinitives."""
    head = tok
    for _ in range(4):
        subj = next(
            (c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass", "expl:subj")), None
        )
        if subj is not None:
            return subj
        if head.head is head:
            break
        head = head.head
    return next((t for t in head.subtree if t.lower_ in ("il", "elle") and t.i < tok.i), None)


def _source_phrase(
    doc: Any, outside: list[Any], offset: int, index: NameIndex, opinion: bool = False
) -> str | None:
    """« Selon X, … » / « D'après X, … » at the start of the sentence → X when X is a person.

    With `opinion` (a marked quote follows), « Pour X, … » attributes too.
    """
    if not outside:
        return None
    first = outside[0].lower_
    if opinion and first in lexicon.word_set("quote_opinion_sources"):
        pass
    elif first not in lexicon.word_set("quote_sources") and not (
        first == "d'" and len(outside) > 1 and outside[1].lower_ == "après"
    ):
        return None
    for tok in outside[1:8]:
        if tok.text == ",":
            break
        mention = index.mention_at(offset + tok.idx)
        if mention:
            return mention.full
        if tok.pos_ == "NOUN" and not _speaks_for(doc, tok):
            break  # « Selon des proches de X »: others speak, not X
    if len(outside) > 2 and outside[1].lower_ in ("lui", "elle") and outside[2].text == ",":
        return _pronoun_source(doc, outside[1], offset, index)
    return _plural_holders(outside[1:3], index)


def _speaks_for(doc: Any, noun: Any) -> bool:
    """Tell whether a noun between « selon » and a name leaves the name as the source: a title
    (« selon le procureur X ») or the person's words (« selon le témoignage de X »)."""
    return (
        title_end(doc, noun.i) > 0
        or noun.lemma_.lower() in lexicon.word_set("quote_source_nouns")
        or noun.lower_ in lexicon.word_set("quote_source_nouns")
    )


def _pronoun_source(doc: Any, tok: Any, offset: int, index: NameIndex) -> str | None:
    """« Selon lui, … » → the person named last in this or the previous sentence, gender permitting."""
    sent = sentence_of(tok)
    start = sentence_of(doc[sent.start - 1]).start_char if sent.start > 0 else sent.start_char
    gender = "f" if tok.lower_ == "elle" else "m"
    return index.person_before(offset + tok.idx, gender, limit=offset + start)


def _plural_holders(tokens: list[Any], index: NameIndex) -> str | None:
    """« Selon les auteurs » → « A et B » when the article gave that role to exactly these people."""
    if len(tokens) < 2 or tokens[0].lower_ != "les" or "Plur" not in tokens[1].morph.get("Number"):
        return None
    key = norm(tokens[1].lemma_ or tokens[1].text)
    holders = list(dict.fromkeys(r.person for r in index.roles if norm(r.head) == key))
    return " et ".join(holders) if len(holders) >= 2 else None


def _named_before(doc: Any, outside: list[Any]) -> str | None:
    """« Le Journal "verrait bien…" »: the quote follows a bare proper name that opens the sentence."""
    if any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in outside):
        return None
    head = next((t for t in outside if t.pos_ != "DET"), None)
    if head is None or head.pos_ != "PROPN" or head.ent_type_ not in ("ORG", "MISC", "PER"):
        return None
    return str(doc[outside[0].i : outside[-1].i + 1].text).strip(_TRIM)


def _demonym_referent(doc: Any, subj: Any, offset: int, index: NameIndex) -> str | None:
    """« l'Uruguayen » (a definite, capitalized person noun) → the last person named before."""
    det = next((c for c in subj.children if c.dep_ == "det"), None)
    if (
        subj.pos_ == "NOUN"
        and subj.text[:1].isupper()
        and det is not None
        and det.lower_ in ("le", "la", "l'")
    ):
        sent = sentence_of(subj)
        limit = offset + (
            sentence_of(doc[sent.start - 1]).start_char if sent.start > 0 else sent.start_char
        )
        return index.person_before(offset + subj.idx, limit=limit)
    return None


def _unmarked(
    doc: Any, offset: int, ctx: Context, index: NameIndex, inside: list[tuple[int, int]]
) -> list[Fact]:
    """« …, a déclaré X. », « …, d'ajouter M. X », « Selon X, … »."""
    facts: list[Fact] = []
    for sent in doc.sents:
        if any(a <= sent.start_char < b for a, b in inside):
            continue
        found = _inverted_attribution(doc, sent, offset, index, inside) or _selon(
            doc, sent, offset, index, inside
        )
        if found:
            speaker, text = found
            facts.append(_quote(ctx, sent, offset, index, speaker, text, marked=False))
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
    """Build a quote fact with its speaker's gender."""
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


def _inverted_attribution(
    doc: Any, sent: Any, offset: int, index: NameIndex, inside: list[tuple[int, int]]
) -> tuple[str, str] | None:
    for tok in sent:
        if tok.text != "," or tok.i - sent.start < 4 or any(a <= tok.idx < b for a, b in inside):
            continue
        following = list(doc[tok.i + 1 : min(sent.end, tok.i + 5)])
        verb = _speech_verb_at(following, 0)
        if verb is None or not _inverted(doc, tok, verb):
            continue
        speaker, _end = inverted_subject(doc, verb, offset, index)
        if speaker:
            text = doc[sent.start : tok.i].text.strip(_TRIM)
            if len(text.split()) >= 4 and not any(
                a <= sent.start_char < b or a < tok.idx <= b for a, b in inside
            ):
                return speaker, text
    return None


def _inverted(doc: Any, comma: Any, verb: Any) -> bool:
    """Tell whether the speech verb after `comma` comes before its subject (« , a déclaré X »)."""
    between = doc[comma.i + 1 : verb.i]
    if any(t.pos_ in ("PRON", "NOUN", "PROPN") and t.lower_ not in ("d'", "de") for t in between):
        return False
    return (
        "Part" in verb.morph.get("VerbForm")
        or "Inf" in verb.morph.get("VerbForm")
        or (verb.i + 1 < len(doc) and doc[verb.i + 1].pos_ in ("DET", "PROPN", "ADV", "NOUN"))
    )


def _selon(
    doc: Any, sent: Any, offset: int, index: NameIndex, inside: list[tuple[int, int]]
) -> tuple[str, str] | None:
    tokens = list(sent)
    speaker = _source_phrase(doc, tokens, offset, index)
    if not speaker:
        return None
    comma = next((t for t in tokens[1:10] if t.text == ","), None)
    if comma is None or any(a <= t.idx < b for t in tokens for a, b in inside):
        return None
    after = next_word(doc, comma.i + 1)
    skipped = False
    while after < sent.end and _starts_apposition(doc, after):
        skipped = True
        # « Selon X, ancien consul à Y, la valeur … »: the words reported follow the apposition
        depth, k = 0, after
        while k < sent.end and not (doc[k].text == "," and depth == 0):
            depth += {"(": 1, ")": -1}.get(doc[k].text, 0)
            k += 1
        after = next_word(doc, k + 1)
    if after >= sent.end:
        return None
    words = doc[after : sent.end]
    text = words.text.strip(_TRIM + ".")
    finite = not skipped or any(
        t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in words
    )
    return (speaker, text) if len(text.split()) >= 4 and finite else None


def _starts_apposition(doc: Any, i: int) -> bool:
    """Tell whether token `i` opens a role (« ancien consul », « le directeur de … »)."""
    return (
        title_end(doc, i) > 0
        or is_modifier(doc[i])
        or (doc[i].pos_ == "DET" and i + 1 < len(doc) and title_end(doc, i + 1) > 0)
    )
