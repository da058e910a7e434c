"""Who speaks a quote: the speaker named before or after it, a source phrase (« selon X »), a pronoun."""

from __future__ import annotations

import re
from typing import Any

from generators import lexicon
from generators.extract.attribution import (
    group_around,
    owned_phrase,
    pronoun_speaker,
)
from generators.extract.body_speakers import regnal_name
from generators.extract.colon_speakers import colon_speaker
from generators.extract.coreference import coreferent, person_of
from generators.extract.crowd_speakers import crowd_phrase
from generators.extract.document_speakers import document_owner
from generators.extract.last_named import last_named
from generators.extract.names import NameIndex
from generators.extract.nationality_names import national_referent
from generators.extract.quote_marks import TRIM, Quoted, quote_tokens
from generators.extract.relatives import is_relative_subject, relative_antecedent
from generators.extract.roles import extend_role
from generators.extract.sources import source_after, source_phrase
from generators.extract.speech_words import (
    body_phrase,
    in_quotes,
    is_speech_verb,
    plural_verb,
    skip_fillers,
    speech_form,
    speech_forms,
    subject_noun,
    subject_pronoun,
)
from generators.extract.titles import is_civility, title_end
from generators.extract.tokens import norm, sentence_of, text_of
from generators.extract.voice_speakers import after_tail_clause


def speaker_after(
    doc: Any, quoted: Quoted, offset: int, index: NameIndex
) -> tuple[str | None, int]:
    """« …», a lancé X » → X, with the end of the attribution."""
    after = quote_tokens(doc, quoted.end + 1, min(len(text_of(doc)), quoted.end + 200))
    k = 0
    while k < len(after) and (after[k].text in (",", "»", "”", '"', "(") or after[k].is_space):
        if after[k].text == "(":  # « « … » (moins d'une heure), d'après X »: an aside
            k = next((j for j in range(k, len(after)) if after[j].text == ")"), len(after))
        k += 1  # spaces: where the reader blanked a note call (« « … » [1], dit-il »)
    source = source_after(doc, after, k, offset, index)
    if source is not None:
        return source
    named = _named_then_said(doc, after, k, offset, index)
    if named is not None:
        return named
    verb = speech_verb_at(after, k, incise=True)
    tail = after_tail_clause(after, k) if verb is None else -1
    if tail > 0:  # « « … » quand on gouverne, répond X »
        verb, k = speech_verb_at(after, tail, incise=True), tail
    if verb is None or _agent_after(doc, after[k:], verb):
        return None, -1  # « « Titre », écrit par X »: a work's author, not speech
    pronoun = next((t for t in after[k : k + 4] if subject_pronoun(t) and t.i < verb.i), None)
    if pronoun is not None:
        return pronoun_speaker(doc, pronoun, offset, index), verb.idx + len(verb)
    speaker, end_tok = inverted_subject(doc, verb, offset, index)
    if end_tok is not None:
        return speaker, end_tok.idx + len(end_tok)
    bare = "Inf" in verb.morph.get("VerbForm") and after[k].i == verb.i
    return None, -1 if bare else verb.idx + len(verb)  # attributed to someone not found


def _agent_after(doc: Any, words: list[Any], verb: Any) -> bool:
    """Tell whether « par » follows a verb that has no inverted pronoun (« écrit par X », not
    « a-t-il expliqué par la suite »)."""
    inverted = any(subject_pronoun(t) and t.lower_.startswith("-") for t in words if t.i < verb.i)
    return not inverted and verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "par"


def _named_then_said(
    doc: Any, after: list[Any], k: int, offset: int, index: NameIndex
) -> tuple[str, int] | None:
    """« « … », Paul Roy a dit aux députés. » → (Paul Roy, end of the verb): a person named right
    after the quote, subject of a speech verb that reports nothing else (no « que », no colon)."""
    if k == 0 or k >= len(after) or after[k - 1].text != ",":
        return None
    mention = index.mention_at(offset + after[k].idx)
    if mention is None or mention.start != offset + after[k].idx:
        return None
    rest = [t for t in after[k:] if offset + t.idx >= mention.end]
    verb = speech_verb_at(rest, 0)
    if verb is None or verb.pos_ not in ("VERB", "AUX") or not rest or rest[0].text == ",":
        return None
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ in ("que", "qu'", ":", "«"):
        return None  # « …, Paul Roy a dit que … »: another report begins
    return mention.full, verb.idx + len(verb)


def speech_verb_at(tokens: list[Any], k: int, incise: bool = False) -> Any:
    """Return the speech verb at `k` (after an auxiliary or « d' »), or None; with `incise`
    (right after a closing mark), the verbs of lexicon/quote_incise_verbs.txt too, when their
    subject follows them. Adverbs and fillers after the auxiliary are skipped (« a-t-il
    d'abord affirmé », « a pour sa part commenté »)."""
    start = k
    while k < len(tokens) and (
        tokens[k].pos_ == "AUX"
        or tokens[k].lower_ in ("d'", "de", "s'", "se", "t", "-t-", "-t")
        or (subject_pronoun(tokens[k]) and tokens[k].lower_.startswith("-"))
        or (k == start and tokens[k].lower_ in lexicon.word_set("quote_incise_auxiliaries"))
    ):
        k += 1
    if start < k < len(tokens) and tokens[start].lower_ in lexicon.word_set(
        "quote_incise_auxiliaries"
    ):
        k = _past_fillers(tokens, k)
    while start < k < len(tokens) - 1 and tokens[k].pos_ == "ADV" and tokens[k].is_lower:
        k += 1  # « a-t-il enfin confié », « a-t-elle ensuite ajouté »
    if k < len(tokens) and is_speech_verb(tokens[k]):
        return tokens[k]
    if incise and k < len(tokens) and _incise_verb(tokens[k]):
        return tokens[k]
    if k < len(tokens) and speech_form(tokens[k], after_auxiliary=start < k):
        return tokens[k]
    return None


def _past_fillers(tokens: list[Any], k: int) -> int:
    """Return the list index past the adverbs and fillers at `k` (tokens follow one another);
    a filler may open on the « de » already skipped (« de son côté »)."""
    ends: list[int] = [
        j + skip_fillers(tokens[j].doc, tokens[j].i) - int(tokens[j].i) for j in (k - 1, k)
    ]
    return min(len(tokens), max(ends))


def _incise_verb(tok: Any) -> bool:
    """Tell whether `tok` is a verb of lexicon/quote_incise_verbs.txt followed by its subject."""
    if tok.pos_ not in ("VERB", "NOUN", "ADJ", "X") or not tok.is_lower:
        return False
    verbs = lexicon.word_set("quote_incise_verbs")
    if tok.lemma_.lower() not in verbs and tok.lower_ not in verbs:
        return False
    k = skip_fillers(tok.doc, tok.i + 1)
    nxt = tok.doc[k] if k < len(tok.doc) else None
    return nxt is not None and (nxt.pos_ in ("DET", "PROPN") or bool(subject_pronoun(nxt)))


def inverted_subject(doc: Any, verb: Any, offset: int, index: NameIndex) -> tuple[str | None, Any]:
    """Return the speaker named after an inverted speech verb, and the last token of the name."""
    k = skip_fillers(doc, verb.i + 1)
    if k < len(doc) and subject_pronoun(doc[k]):
        return pronoun_speaker(doc, doc[k], offset, index), doc[k]
    one = doc[k + 1] if k + 1 < len(doc) and doc[k].pos_ == "DET" else None
    crowd = crowd_phrase(doc, one) if one is not None and one.pos_ == "PRON" else None
    if crowd:
        return crowd, one  # « a précisé l'un des organisateurs »
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
            group = group_around(doc, tok, offset, index) if plural_verb(verb) else None
            return owned_phrase(doc, tok, offset, index) or group or mention.full, end
    for tok in window:
        if tok.pos_ == "NOUN" and title_end(doc, tok.i) > 0:
            given = bool(index.head_holders(norm(tok.lemma_ or tok.text)))
            person = coreferent(doc, tok, offset, index, recency=given)
            if person:
                stop = extend_role(doc, title_end(doc, tok.i), index, offset)
                return person, doc[stop - 1]
        person = national_referent(doc, tok, offset, index)  # « a déclaré la Suédoise »
        if person:
            return person, tok
    head = subject_noun(window)
    if head is None:
        return None, None
    phrase = body_phrase(doc, head) or document_owner(doc, head, offset, index)
    phrase = phrase or (crowd_phrase(doc, head) if plural_verb(verb) else None)
    return (phrase, head) if phrase else (None, None)


def speaker_before(
    doc: Any, quoted: Quoted, offset: int, index: NameIndex, spans: list[Quoted]
) -> str | None:
    """« X écrit : "…" », « X note que … "…" », « Selon X, "…" », or the subject of the sentence."""
    first = quote_tokens(doc, quoted.start, quoted.end)[0]
    sent = sentence_of(first)
    outside = [
        t
        for t in sent
        if t.idx < quoted.start - 1 and not any(q.start <= t.idx < q.end for q in spans)
    ]
    if not outside:
        return None
    source = source_phrase(doc, outside, offset, index, opinion=True)
    if source:
        return source
    if any(t.text in ("«", "»", '"') for t in sent if t.idx < quoted.start - 1):
        whole = [t for t in sent if t.idx < quoted.start - 1 and t.text not in ("«", "»", '"')]
        source = source_phrase(doc, whole, offset, index, opinion=True)  # « Selon « Le Titre », »
        if source:
            return source
    if outside[-1].text == ":":
        speaker = colon_speaker(doc, outside, offset, index)
        if speaker:
            return speaker
        root = next((t for t in outside if t.dep_ == "ROOT"), None)
        subj = clause_subject(root) if root is not None else None
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
            found = speaker_of(doc, subj, offset, index) or apposed_opening(
                sent, subj, offset, index
            )
            said = any(is_speech_verb(t) for t in outside)  # « X a acquis … : » needs a person
            found = found or (crowd_phrase(doc, subj) if said else None)
            return found if said or (found and index.resolve(found)) else None
    for tok in reversed(outside[-8:]):
        if is_speech_verb(tok) and _verb_like(tok) and clause_subject(tok) is not None:
            subj = clause_subject(tok)
            found = speaker_of(doc, subj, offset, index)
            if found is None and subj.pos_ in ("NOUN", "PRON") and subj.i < tok.i:
                found = body_phrase(doc, subj)  # « un porte-parole de la société a expliqué que »
                found = found or crowd_phrase(doc, subj)  # « l'un des témoins a expliqué que »
            return found
        if is_speech_verb(tok) and tok.pos_ == "VERB" and tok.dep_ == "ROOT":
            opening = _opening_person(sent, offset, index)
            if opening:
                return opening  # « M. X, qui …, s'était dit « … » »: a subject the parse lost
    named = _named_before(doc, outside, offset, index)
    if named:
        return named
    subj = clause_subject(sent.root)
    if subj is not None and subj.idx < quoted.start:
        fragment = _lower_fragment(doc, quoted)
        if (subj.lower_ in ("il", "elle") or fragment) and not any(
            is_speech_verb(t) for t in outside
        ):
            return None  # « Il est ensuite « débarqué de … » », « X part pour « un … » »
        return speaker_of(doc, subj, offset, index)
    return None


def _verb_like(tok: Any) -> bool:
    """Tell a verb, or the sentence's main verb the tagger took for an adverb (« Les secours
    précisent que « … » »)."""
    return tok.pos_ in ("VERB", "AUX") or (
        tok.pos_ == "ADV" and tok.dep_ == "ROOT" and tok.is_lower
    )


def _lower_fragment(doc: Any, quoted: Quoted) -> bool:
    """Tell whether quoted words open in lower case after a preposition or a determiner (« se
    rend à X pour « une visite de … » »): a phrase of the sentence, not a speaker's own words."""
    inside = [t for t in quote_tokens(doc, quoted.start, quoted.end) if not t.is_punct]
    before = quote_tokens(doc, max(0, quoted.start - 20), quoted.start - 1)
    return (
        bool(inside and before)
        and inside[0].text[:1].islower()
        and before[-1].pos_ in ("ADP", "DET")
    )


def source_before(
    doc: Any, quoted: Quoted, offset: int, index: NameIndex, spans: list[Quoted]
) -> str | None:
    """« Selon le ministre, ce plan marque « un tournant » » → who the source phrase of the
    sentence names, for a quoted phrase that is no sentence of its own."""
    first = quote_tokens(doc, quoted.start, quoted.end)[0]
    outside = [
        t
        for t in sentence_of(first)
        if t.idx < quoted.start - 1 and not any(q.start <= t.idx < q.end for q in spans)
    ]
    return source_phrase(doc, outside, offset, index, opinion=True)


def apposed_opening(sent: Any, subj: Any, offset: int, index: NameIndex) -> str | None:
    """« Paul Roy, le ministre de …, refuse … : « … » »: the person opening the sentence when the
    parse took a noun of the apposition after the name for the subject; None otherwise."""
    person = _opening_person(sent, offset, index)
    if person is None:
        return None
    comma = next((t for t in sent if t.text == ","), None)
    return person if comma is not None and comma.i < subj.i else None


def _opening_person(sent: Any, offset: int, index: NameIndex) -> str | None:
    """Return the person named first thing in the sentence (after a civility), or None."""
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if words and is_civility(words[0].text):
        words = words[1:]
    mention = index.mention_at(offset + words[0].idx) if words else None
    return mention.full if mention and mention.start == offset + words[0].idx else None


def speaker_of(doc: Any, subj: Any, offset: int, index: NameIndex) -> str | None:
    """Return who a subject names: a person, a person by title or pronoun, or an organisation."""
    found = regnal_name(doc, subj, offset, index) or last_named(doc, subj, offset, index)
    if found:
        return found  # « Louis XIV », « ce dernier »
    if is_relative_subject(subj):  # « l'agence X, qui affirme que … »: the phrase before « qui »
        antecedent = relative_antecedent(doc, subj, offset, index)
        if antecedent is None or not hasattr(antecedent, "i"):
            return antecedent.text if antecedent is not None else None  # a name as written
        return speaker_of(doc, antecedent, offset, index) or body_phrase(doc, antecedent)
    if subj.pos_ == "PRON" and subj.lower_ in ("il", "elle"):
        return pronoun_speaker(doc, subj, offset, index) or _gendered_referent(
            doc, subj, offset, index
        )
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
    if ent is not None and subj.pos_ == "PROPN" and not in_quotes(doc, subj.idx):
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
    return document_owner(doc, subj, offset, index)  # « Un rapport de l'inspection assurait »


def _gendered_referent(doc: Any, pronoun: Any, offset: int, index: NameIndex) -> str | None:
    """Return the last person named before « il » / « elle » when their gender is known to be the
    pronoun's (« Le juge Marc Roy la décrit … . Elle dit : » → the last woman named), else None."""
    person = person_of(pronoun, doc, offset, index)
    wanted = "f" if pronoun.lower_ == "elle" else "m"
    return person if person is not None and index.gender(person) == wanted else None


def clause_subject(tok: Any) -> Any:
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


def _named_before(doc: Any, outside: list[Any], offset: int, index: NameIndex) -> str | None:
    """« Le Journal "verrait bien…" »: the quote follows a bare proper name that opens the sentence."""
    if any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in outside):
        return None
    head = next((t for t in outside if t.pos_ != "DET"), None)
    if head is None or head.pos_ != "PROPN" or head.ent_type_ not in ("ORG", "MISC", "PER"):
        return None
    mention = index.mention_at(offset + head.idx)
    if mention is not None:
        return mention.full  # « Paul Roy, le maire, a posté … que "…" »: the name, not the clause
    name = _name_run(outside)  # « Marlin remarque que « … » »: the name, not its clause
    rest = [t for t in outside[len(name) :] if not t.is_punct]
    said = not rest or rest[-1].lower_ in ("que", "qu'", "qu’")  # « X remarque que « … » »
    said = said or any(is_speech_verb(t) or t.lower_ in speech_forms() for t in rest)
    phrase = str(doc[name[0].i : name[-1].i + 1].text).strip(TRIM) if name else ""
    return phrase if said and phrase and len(phrase.split()) <= 6 else None


def _name_run(outside: list[Any]) -> list[Any]:
    """Return the determiner and capitalized words opening `outside` (« Le Journal »)."""
    run: list[Any] = []
    for tok in outside:
        if not (tok.pos_ == "DET" and not run) and not tok.text[:1].isupper():
            break
        run.append(tok)
    return run


def _demonym_referent(doc: Any, subj: Any, offset: int, index: NameIndex) -> str | None:
    """« l'Uruguayen » (a definite, capitalized person noun) → the last person named before."""
    det = next((c for c in subj.children if c.dep_ == "det"), None)
    named_thing = (
        subj.text.isupper()  # « l'ONG », an acronym
        or subj.lemma_.lower() in lexicon.word_set("quote_body_nouns")
        or any(c.dep_ in ("nmod", "appos") for c in subj.children)  # « la Société des X »
    )
    if (
        subj.pos_ == "NOUN"
        and subj.text[:1].isupper()
        and det is not None
        and det.lower_ in ("le", "la", "l'")
        and not named_thing
    ):
        sent = sentence_of(subj)
        limit = offset + (
            sentence_of(doc[sent.start - 1]).start_char if sent.start > 0 else sent.start_char
        )
        return index.person_before(offset + subj.idx, limit=limit)
    return None


def speaker_incise(
    doc: Any, words: list[Any], offset: int, index: NameIndex
) -> tuple[str, list[tuple[int, int]]] | None:
    """« "La situation, poursuit-il, devient …" », « "A, a reconnu X. B, poursuit-il, C" » →
    (speaker, character bounds of each incise to cut from the text)."""
    speaker: str | None = None
    cuts: list[tuple[int, int]] = []
    for a, tok in enumerate(words[:-3]):
        if tok.text != "," or a == 0:
            continue
        verb = speech_verb_at(words, a + 1)
        if verb is None:
            continue
        b = next(
            (k for k in range(a + 2, min(len(words), a + 8)) if words[k].text in (",", ".")),
            None,
        )
        if b is None or b == len(words) - 1 or (words[b].text == "." and b >= len(words) - 2):
            continue
        pronoun = next((t for t in words[a + 1 : b] if subject_pronoun(t)), None)
        if pronoun is not None:
            found = speaker or pronoun_speaker(doc, pronoun, offset, index)
        else:
            found, _end = inverted_subject(doc, verb, offset, index)
        if found and speaker in (None, found):
            speaker = found
            cut_end = words[b].idx + 1 if words[b].text == "," else words[b].idx
            cuts.append((tok.idx, cut_end))
    return (speaker, cuts) if speaker else None


def cut_incises(whole: str, quoted: Quoted, cuts: list[tuple[int, int]]) -> str:
    """Return the quoted words without the incises (character bounds) cut from them."""
    pieces, at = [], quoted.start
    for start, end in cuts:
        pieces.append(whole[at:start])
        at = end
    pieces.append(whole[at : quoted.end])
    return "".join(pieces).strip(TRIM)


def self_named(doc: Any, words: list[Any], offset: int, index: NameIndex) -> str | None:
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
