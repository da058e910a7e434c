"""Who a speech verb's subject is when it is no plain name: a pronoun, a role, a body.

- `pronoun_speaker`: « « … », reconnaît-elle. » → the person the paragraph is about: the subject
  of the nearest earlier sentence of the paragraph whose main verb is a speech or action verb,
  gender permitting (a person, a body such as « le ministère », a kinship phrase such as « la
  nièce du roi »); None when unsure.
- `body_phrase`: « a indiqué l'agence X », « a reconnu le club », « le procureur » (no one named
  holds the role) → the phrase itself; an anonymous person (« le témoin ») gives None.
- `colon_speaker` (colon_speakers.py): « X, maire de Y, a réagi : « … » » → X; « Le
  souverain avait exprimé le désir … : » → the one king named (relation_speakers).
- `group_around`: « Jean et Marie Roy », « A et B », « A, B et C » → the people who speak together;
  `plural_speaker`: « …, écrivent-ils » → the group named as a subject just before, else None.
- `owned_phrase`: « l'avocat de X » → the phrase: X is not who speaks.
"""

from __future__ import annotations

from typing import Any

from generators import lexicon
from generators.extract.coreference import impersonal, person_of
from generators.extract.names import NameIndex
from generators.extract.paired_subjects import one_of_gender, paired
from generators.extract.relation_speakers import kinship_phrase
from generators.extract.speech_words import (
    body_phrase,
    gender_word,
    in_quotes,
    plural_verb,
    subject_pronoun,
)
from generators.extract.titles import determiner_gender, title_end
from generators.extract.tokens import first_at, sentence_of, text_of


def pronoun_speaker(doc: Any, tok: Any, offset: int, index: NameIndex) -> str | None:
    """Return who « il » / « elle » of an attribution is: the subject the paragraph is about;
    for « ils » / « elles » / « eux », the group of people named just before."""
    if subject_pronoun(tok) in ("ils", "elles") or tok.lower_ == "eux":
        return plural_speaker(doc, tok, offset, index)
    gender = "f" if subject_pronoun(tok) == "elle" else "m"
    sent = sentence_of(tok)
    here = [
        m
        for m in index.mentions_in(offset + sent.start_char, offset + tok.idx)
        if m.subject and not in_quotes(doc, m.start - offset)  # not a name the quote says
    ]
    for mention in reversed(here):
        if index.gender(mention.full) in (None, gender):
            return mention.full
    opening = _opening_mention(sent, tok, offset, index)
    if opening is not None and index.gender(opening) in (None, gender):
        return opening  # « Paul Roy, qui …, a insisté, et il … »: the name opening the sentence
    going_on = False
    for prev in _earlier_sentences(doc, sent):
        if (
            prev.text.lstrip()[:1] in ("«", "“") and not any(m in prev.text for m in "»”")
        ) or _quoted_sentence(doc, prev):
            continue  # a sentence inside earlier quoted words: not who speaks
        found = _sentence_speaker(doc, prev, offset, index, gender)
        if found is _GOES_ON or (found is _SAME and _pronoun_subject(prev, gender)):
            going_on = True
            continue
        if found is _SAME:
            continue  # the sentence names no one: look further back
        return found if isinstance(found, str) else None
    # the same « il » runs through the paragraph: the person it has been about since
    return _chain_speaker(doc, sent, offset, index, gender) if going_on else None


def _chain_speaker(doc: Any, sent: Any, offset: int, index: NameIndex, gender: str) -> str | None:
    """Return who a run of « il » sentences is about: the person named in the sentence before
    the run, across paragraphs (« La parole revient à Paul Roy. ¶ Il signe. ¶ Il a dit … »): its
    subject, or the one person of that gender it names; None when unsure or too far."""
    current = sent
    for _ in range(10):
        if current.start == 0:
            return None
        current = sentence_of(doc[current.start - 1])
        if current.text.lstrip()[:1] in ("«", "“") or in_quotes(doc, current.start_char):
            continue  # quoted words: not who the text goes on about
        if _pronoun_subject(current, gender):
            continue  # the run goes on
        named = _named_outside_quotes(doc, current, offset, index, gender)
        found = _sentence_speaker(doc, current, offset, index, gender)
        if not named and isinstance(found, str) and index.resolve(found):
            return found  # the person subject of the sentence, a name the index missed there
        if not named and _noun_subject(current):
            return None  # « Le chauffard a été arrêté. Il … »: about someone never named
        if not named:
            continue
        if isinstance(found, str) and found in named:
            return found
        return named[0] if len(named) == 1 else None
    return None


def _named_outside_quotes(
    doc: Any, sent: Any, offset: int, index: NameIndex, gender: str
) -> list[str]:
    """Return the people of `gender` (or of unknown gender) a sentence names outside quote marks."""
    found: list[str] = []
    for mention in index.mentions_in(offset + sent.start_char, offset + sent.end_char):
        at = mention.start - offset
        if in_quotes(doc, at) or mention.full in found or _complement_name(doc, at):
            continue
        if index.gender(mention.full) in (None, gender):
            found.append(mention.full)
    return found


def _noun_subject(sent: Any) -> bool:
    """Tell whether a sentence's main subject is a singular noun of a person no one names (« Le
    chauffard », lexicon quote_anonymous_nouns) or a title (« le maire »)."""
    subj = _main_subject(sent)
    if subj is None or subj.pos_ != "NOUN" or "Sing" not in subj.morph.get("Number"):
        return False
    anonymous = lexicon.word_set("quote_anonymous_nouns")
    return (
        subj.lemma_.lower() in anonymous
        or subj.lower_ in anonymous
        or title_end(sent.doc, subj.i) > 0
    )


def _complement_name(doc: Any, at: int) -> bool:
    """Tell whether the name at character `at` names a body (« l'hôpital de X »), not a person."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    tok = span[0] if span is not None and len(span) else None
    if tok is None or tok.i < 2 or doc[tok.i - 1].lower_ not in ("de", "d'", "du"):
        return False
    return doc[tok.i - 2].lower_ in lexicon.word_set("quote_body_nouns")  # not « le tour de X »


def _pronoun_subject(sent: Any, gender: str) -> bool:
    """Tell whether a sentence has « il » / « elle » (of `gender`) for a subject outside quote
    marks, not an impersonal one (« il faut »)."""
    return any(
        subject_pronoun(tok) == gender_word(gender)
        and (tok.dep_ in ("nsubj", "nsubj:pass") or tok.lower_.startswith("-"))
        and not in_quotes(sent.doc, tok.idx)
        and not impersonal(sent.doc, tok)
        for tok in sent
    )


def _opening_mention(sent: Any, tok: Any, offset: int, index: NameIndex) -> str | None:
    """Return the person named first thing in the sentence, before `tok`, or None."""
    first = next((t for t in sent if not t.is_punct and not t.is_space), None)
    if first is None or first.i >= tok.i:
        return None
    mention = index.mention_at(offset + first.idx)
    return mention.full if mention is not None and mention.start == offset + first.idx else None


_SAME = object()
_GOES_ON = object()


def _sentence_speaker(doc: Any, sent: Any, offset: int, index: NameIndex, gender: str) -> object:
    """Return who a sentence is about (its speech verb's or main verb's subject), None when it is
    someone of the other gender, _GOES_ON for a pronoun of the same gender, _SAME when it tells
    nothing."""
    source = _source_person(sent, offset, index)
    if source is not None and not _speech_subjects(sent) and index.gender(source) in (None, gender):
        return source  # « Selon X, Y devrait … »: X speaks; Y is only talked about
    for subj in _subjects(sent):
        if subj.lower_ in ("il", "elle"):
            return _GOES_ON if subj.lower_ == gender_word(gender) else None
        if "Plur" in subj.morph.get("Number"):
            continue  # « Les blessés sont …, selon X »: no « il »
        kin = kinship_phrase(doc, subj)  # « Le frère de Paul Roy a … »: not Paul Roy
        if kin:
            return kin[0] if kin[1] == gender else None
        person = person_of(subj, doc, offset, index) or _named_in(subj, offset, index)
        if person and paired(subj, offset, index):
            return one_of_gender(subj, offset, index, gender)  # « A et B ont … », « a-t-il dit »
        if person:
            return person if index.gender(person) in (None, gender) else None
        phrase = body_phrase(doc, subj)
        if phrase:
            return phrase if determiner_gender(doc, subj.i) in (None, gender) else None
    source = _source_person(sent, offset, index) or _inner_source(sent, offset, index)
    if source is not None:  # « Pour X, … », « Selon X, … »: X is who the sentence is about
        return source if index.gender(source) in (None, gender) else None
    verb = sent.root
    named = index.mentions_in(offset + sent.start_char, offset + verb.idx)
    if named:
        person = named[-1].full
        return person if index.gender(person) in (None, gender) else None
    return _SAME


def _source_person(sent: Any, offset: int, index: NameIndex) -> str | None:
    """Return the person of a sentence opening on « Pour X, » / « Selon X, », or None."""
    words = [t for t in sent if not t.is_space][:6]
    sources = lexicon.word_set("quote_sources") | lexicon.word_set("quote_opinion_sources")
    if len(words) < 3 or words[0].lower_ not in sources:
        return None
    for tok in words[1:]:
        mention = index.mention_at(offset + tok.idx)
        if mention is not None:
            return mention.full
        if tok.text == ",":
            break
    if words[0].lower_ in lexicon.word_set("quote_sources") and title_end(sent.doc, words[2].i) > 0:
        return _titled_source(sent, offset, index)
    return None


def _inner_source(sent: Any, offset: int, index: NameIndex) -> str | None:
    """Return the person of « …, selon X, … » inside a sentence, or None."""
    words = list(sent)
    for k, tok in enumerate(words[:-1]):
        if tok.lower_ == "selon" and k > 0 and words[k - 1].text == ",":
            mention = index.mention_at(offset + words[k + 1].idx)
            return mention.full if mention is not None else None
    return None


def _titled_source(sent: Any, offset: int, index: NameIndex) -> str | None:
    """« Selon le maire de X, Paul Roy, … » → the person named in apposition to the title."""
    commas = 0
    for tok in list(sent)[2:16]:
        commas += tok.text == ","
        if commas > 2 or (tok.pos_ in ("VERB", "AUX") and "Fin" in tok.morph.get("VerbForm")):
            return None
        mention = index.mention_at(offset + tok.idx)
        if mention is not None:
            after = next((t for t in sent if offset + t.idx >= mention.end), None)
            closed = after is not None and after.text == ","
            return mention.full if commas == 1 and closed else None
    return None


def _named_in(subj: Any, offset: int, index: NameIndex) -> str | None:
    """Return the person named inside a subject phrase (« le ministre de X, Paul Roux, »), or None."""
    end = subj.right_edge.idx + len(subj.right_edge)
    named = index.mentions_in(offset + subj.left_edge.idx, offset + end)
    return named[0].full if named else None


def _subjects(sent: Any) -> list[Any]:
    """Return the subjects of a sentence's speech verbs (inverted ones too), then of its main verb."""
    found = _speech_subjects(sent)
    main = _main_subject(sent)
    return [*found, main] if main is not None else found


def _speech_subjects(sent: Any) -> list[Any]:
    """Return the subjects of a sentence's speech verbs (inverted ones too), last verb first."""
    speech = lexicon.word_set("speech_verbs")
    found = []
    for tok in reversed(list(sent)):
        if tok.lemma_.lower() in speech and tok.pos_ in ("VERB", "ADJ", "NOUN"):
            if tok.dep_ == "acl:relcl":
                continue  # « une base qu'il considère … »: a clause on a noun, not the topic
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "expl:subj")), None)
            if subj is None and _inverted_after_comma(sent, tok):
                subj = next((t for t in sent if t.i > tok.i and t.pos_ in ("NOUN", "PROPN")), None)
            if subj is not None and (subj.pos_ in ("NOUN", "PROPN") or subj.lower_ in _PRONOUNS):
                found.append(subj)
    return found


_PRONOUNS = frozenset({"il", "elle"})


def _inverted_after_comma(sent: Any, verb: Any) -> bool:
    """Tell whether a speech verb follows a comma and precedes its subject (« …, a confirmé le X »)."""
    doc = sent.doc
    k = verb.i - 1
    while k >= sent.start and doc[k].pos_ == "AUX":
        k -= 1
    nxt = doc[verb.i + 1] if verb.i + 1 < sent.end else None
    return (
        k >= sent.start and doc[k].text == "," and nxt is not None and nxt.pos_ in ("DET", "PROPN")
    )


def _earlier_sentences(doc: Any, sent: Any) -> list[Any]:
    """Return up to three sentences before `sent` in its paragraph, nearest first."""
    found: list[Any] = []
    current = sent
    while current.start > 0 and len(found) < 5:
        prev = sentence_of(doc[current.start - 1])
        if "\n" in text_of(doc)[prev.start_char : current.start_char]:
            if all(_quoted_sentence(doc, f) for f in found):
                found.append(prev)  # a paragraph opening on the quote goes on from the last one
            break
        found.append(prev)
        current = prev
    return found


def _quoted_sentence(doc: Any, sent: Any) -> bool:
    """Tell whether a sentence lies inside quote marks (« « A. B. C », dit-il »: A and B)."""
    inside = in_quotes(doc, min(sent.end_char - 1, sent.start_char + 1))
    return inside and in_quotes(doc, max(sent.start_char, sent.end_char - 1))


def _main_subject(sent: Any) -> Any:
    """Return the subject of a sentence whose main verb says or does something, or None."""
    root = sent.root
    if any(c.dep_ == "mark" and c.i < root.i for c in root.children):
        # « Alors que le site est bloqué, X exige … »: the parse made the subordinate clause
        # the root; the main clause hangs on it
        root = next((c for c in root.children if c.dep_ == "advcl" and c.i > root.i), root)
    if root.lemma_.lower() in lexicon.word_set("quote_stative_verbs"):
        return None
    return next((c for c in root.children if c.dep_ in ("nsubj", "expl:subj")), None)


def named_before(doc: Any, verb: Any, offset: int, index: NameIndex) -> str | None:
    """Return the person or body opening the clause of `verb` (the parse lost its subject), or None."""
    sent = sentence_of(verb)
    for tok in doc[sent.start : verb.i]:
        mention = index.mention_at(offset + tok.idx)
        if mention is not None:
            owned = tok.i > 0 and doc[tok.i - 1].lower_ in ("de", "d'", "du", "des")
            group = group_around(doc, tok, offset, index) if plural_verb(verb) else None
            return None if owned else group or mention.full
    return narrative_subject(doc, verb, offset, index)


def group_around(doc: Any, tok: Any, offset: int, index: NameIndex) -> str | None:
    """Return the people named together from the mention at `tok` (« Jean et Marie Roy »,
    « A et B », « A, B et C »), or None when the mention stands alone."""
    mention = index.mention_at(offset + tok.idx)
    if mention is None:
        return None
    start = first_at(doc, mention.start - offset)
    start = tok.i if start == len(doc) else start
    if start >= 2 and doc[start - 1].lower_ == "et" and _first_name(doc, start - 2, offset, index):
        return f"{doc[start - 2].text} et {mention.full}"  # « Jean et Marie Roy »: one surname
    names = [mention.full]
    k = _after_mention(doc, mention.end, offset)
    while k + 1 < len(doc) and doc[k].lower_ in (",", "et") and len(names) < 4:
        link = doc[k].lower_
        nxt = index.mention_at(offset + doc[k + 1].idx)
        if nxt is None or nxt.full in names:
            break
        names.append(nxt.full)
        k = _after_mention(doc, nxt.end, offset)
        if link == "et":
            if len(names) == 2 and _shared_surname(mention.text, names):
                return f"{mention.text} et {names[1]}"  # « Jean et Marie Roy », as written
            return ", ".join(names[:-1]) + " et " + names[-1]
    return None


def _shared_surname(first: str, names: list[str]) -> bool:
    """Tell whether `first`, a lone first name, and the next name share its surname."""
    return " " not in first and names[0].split()[-1] == names[1].split()[-1] != first


def _first_name(doc: Any, i: int, offset: int, index: NameIndex) -> bool:
    """Tell whether token `i` is a bare first name (« Jean » in « Jean et Marie Roy »)."""
    word = doc[i].text
    low = word.lower()
    known = word[:1].isupper() and (
        low in lexicon.word_set("people_firstnames_m")
        or low in lexicon.word_set("people_firstnames_f")
    )
    before = doc[i - 1] if i > 0 else None
    lone = before is None or not before.text[:1].isupper() or before.is_sent_start
    mention = index.mention_at(offset + doc[i].idx)
    return known and lone and (mention is None or mention.end <= offset + doc[i].idx + len(word))


def _after_mention(doc: Any, end: int, offset: int) -> int:
    """Return the index of the first token at or after article offset `end`."""
    return first_at(doc, end - offset)


def plural_speaker(doc: Any, tok: Any, offset: int, index: NameIndex) -> str | None:
    """Return who « ils » / « eux » is: the group of people subject of a sentence just before
    (« A et B ont signé. « … », ont-ils dit »); None when a single person or a plural noun is."""
    here = sentence_of(tok)
    for prev in [here, *_earlier_sentences(doc, here)][:4]:
        if prev.text.lstrip()[:1] in ("«", "“") and not any(m in prev.text for m in "»”"):
            continue  # a sentence inside earlier quoted words
        for t in prev:
            group = group_around(doc, t, offset, index) if t.i < tok.i else None
            if group is not None:
                return group
        subj = _main_subject(prev)
        opening = next((t for t in prev if not t.is_space and t.pos_ != "DET"), None)
        if prev is not here and opening is not None and _group_noun(opening):
            subj = opening  # « Le couple y dénonce … », whatever the parse made of it
        if prev is here or subj is None or subj.lower_ in ("ils", "elles"):
            continue
        if _group_noun(subj):
            return group_before(doc, subj, offset, index)  # « Le couple déplore … »
        if "Plur" in subj.morph.get("Number") or index.mention_at(offset + subj.idx):
            return None  # « Les syndicats ont … », « Paul a … »: no group of named people
    return None


def _group_noun(tok: Any) -> bool:
    """Tell whether a noun names a group of people (« le couple », « les parents »)."""
    groups = lexicon.word_set("quote_group_nouns")
    return tok.lower_ in groups or tok.lemma_.lower() in groups


def group_before(doc: Any, tok: Any, offset: int, index: NameIndex) -> str | None:
    """Return the last group of people named before `tok` in the doc (« A et B »), or None."""
    for k in range(tok.i - 1, -1, -1):
        group = group_around(doc, doc[k], offset, index)
        if group is not None:
            return group
    return None


def narrative_subject(doc: Any, verb: Any, offset: int, index: NameIndex) -> str | None:
    """« Eux d'ajouter que … », « Et lui de répondre » → who the stressed pronoun refers to."""
    sent = sentence_of(verb)
    words = [t for t in doc[sent.start : verb.i] if not t.is_space and t.lower_ != "et"]
    if len(words) != 2 or words[1].lower_ not in ("de", "d'"):
        return None
    pronoun = words[0]
    if pronoun.lower_ in ("eux", "elles"):
        return plural_speaker(doc, pronoun, offset, index)
    if pronoun.lower_ in ("lui", "elle"):
        gender = "f" if pronoun.lower_ == "elle" else "m"
        return index.person_before(offset + pronoun.idx, gender)
    return None


def owned_phrase(doc: Any, tok: Any, offset: int, index: NameIndex) -> str | None:
    """« l'avocat de X », « les parents de X »: the phrase, when the name at `tok` follows
    « de » after a noun (X is not who speaks); None when the name stands on its own."""
    k = tok.i - 1
    if k < 1 or doc[k].lower_ not in ("de", "d'", "du", "des"):
        return None
    noun = doc[k - 1]
    if noun.pos_ not in ("NOUN", "ADJ") or not noun.is_lower:
        return None
    if noun.lemma_.lower() in lexicon.word_set("quote_document_nouns"):
        return None  # « un communiqué de X »: X speaks through the text
    start = noun.i
    for j in range(noun.i - 1, max(-1, noun.i - 4), -1):
        if doc[j].pos_ == "DET":
            start = j
            break
        if doc[j].pos_ not in ("ADJ", "NUM"):
            break
    if _group_noun(noun):
        group = group_before(doc, doc[start], offset, index)
        if group is not None:
            return group  # « les parents de X », after « A et B, parents de X, »
    mention = index.mention_at(offset + tok.idx)
    end = _after_mention(doc, mention.end, offset) if mention is not None else tok.i + 1
    return str(doc[start:end].text)
