"""Quoted words that are the complement of a verb of speech or judgement, and who says them.

French grammar: the subject of a verb that reports or judges (« qualifier », « condamner »,
« dénombrer », « remercier », « noter que », …) speaks the quoted words that make up its
complement, however short: « Le maire a condamné un « geste lâche » », « Elle accuse Paris de
vouloir « tout céder » », « Le quotidien note que la « saison s'annonce rude » ». Between the
verb and the opening mark stand only the words of the complement: determiners, prepositions,
pronouns, « que », an object noun phrase, infinitives and modal verbs (« de vouloir », « qu'il
pourrait y avoir des »); any other verb, a punctuation mark or another quote stops the search.
"""

from __future__ import annotations

from typing import Any

from generators import lexicon
from generators.extract.body_speakers import proper_phrase
from generators.extract.crowd_speakers import crowd_phrase
from generators.extract.names import NameIndex
from generators.extract.quote_marks import Quoted, quote_tokens
from generators.extract.speakers import clause_subject, speaker_of
from generators.extract.speech_words import body_phrase, reflexive_phrase_verb
from generators.extract.tokens import sentence_of

_PASS = ("DET", "ADP", "ADV", "SCONJ", "PRON", "PART")
_OBJECT = ("NOUN", "PROPN", "ADJ", "NUM")
_MAX_OBJECT = 3  # « qualifié ces graves faits de « … » »: a short object, not a clause
_WINDOW = 10
_NAME_WORDS = 3  # « plan Orsec », « opération Rempart 2 »: a few words with a capital, a name
_ASIDE = 5  # « , sur son compte officiel, »: a few words
_INDEFINITE = ("un", "une", "des", "du")  # « aurait « des sympathies » »: not a title's article


def complement_speaker(doc: Any, quoted: Quoted, offset: int, index: NameIndex) -> str | None:
    """Return who speaks quoted words of two words or more that complement a verb of speech or
    judgement (lexicon quote_phrase_verbs, speech_verbs), or None; a single word only when its
    place makes it a judgement (`_judgement`)."""
    words = [t for t in quote_tokens(doc, quoted.start, quoted.end) if not t.is_punct]
    if not quoted.closed or not words or not _opens_phrase(words[0]):
        return None
    if _verb_after(doc, quoted) or (
        words[0].pos_ == "DET"
        and words[0].lower_ not in _INDEFINITE
        and not any(t.pos_ in ("VERB", "AUX") for t in words)
    ):
        return None  # a name or a title: « appelé son fils « le petit roi » », « le « plan » sera »
    if len(words) <= _NAME_WORDS and any(t.text[:1].isupper() for t in words[1:]):
        return None  # « a évoqué le « plan Orsec » »: a name
    verb = governing_verb(doc, quoted)
    if verb is not None and len(words) < 2 and not _judgement(doc, quoted, verb):
        return None  # « dénonce la « réforme » »: a scare quote, not the speaker's word
    if verb is None or _judged_noun(verb):
        return None  # « les officiers considérés comme « … » »: the noun is judged, not judging
    subj, parsed = _subject_before(doc, verb), clause_subject(verb)
    if subj is None or (parsed is not None and parsed.i < subj.i and subj in parsed.subtree):
        subj = parsed  # the parse's subject holds the words right before the verb: its head
    elif parsed is not None and parsed.i < subj.i and subj.dep_.startswith("obl"):
        subj = parsed  # « Les autorités ont par la suite confirmé »: « la suite » is no subject
    if subj is None and verb.dep_ == "advcl" and verb.head.i < verb.i:
        # « X a mis en garde … en prévenant qu'… « … » »: the words right before the main verb
        subj = _subject_before(doc, verb.head, climb=False)
    if subj is None:
        return None
    if subj.lower_ == "qui" and verb.dep_ == "acl:relcl":
        subj = verb.head  # « X, qui a qualifié … de « … » »: the relative's antecedent
        if subj.dep_ == "conj" or any(c.dep_ == "conj" and c.i < verb.i for c in subj.children):
            return None  # « entre A, B et C, qui s'étaient engagés à « … » »: not one of them
    if subj.i > verb.i or subj.idx >= quoted.start:
        return None
    place = subj.ent_type_ in ("LOC", "ORG", "MISC") and subj.text[:1].isupper()
    if place and index.mention_at(offset + subj.idx) is None:
        return body_phrase(doc, subj) or proper_phrase(doc, subj)  # a country, a body
    found = speaker_of(doc, subj, offset, index)
    if found or subj.pos_ == "PRON":
        return found or crowd_phrase(doc, subj)  # « l'un des élus »; else no guess
    phrase = body_phrase(doc, subj) or crowd_phrase(doc, subj)
    return phrase or (proper_phrase(doc, subj) if subj.pos_ == "PROPN" else None)


def _judgement(doc: Any, quoted: Quoted, verb: Any) -> bool:
    """Tell whether a single quoted word is a judgement, by its place: after « de » with
    « qualifier » (« a qualifié la décision d'« absurde » »), or the attribute after a copula in
    the reported clause (« précise que … est « suspendue » »); not a noun after its article
    (« dénonce la « réforme » »), nor a word after a noun or a verb (« se déclarer « … » »)."""
    before = quote_tokens(doc, max(0, quoted.start - 20), quoted.start - 1)
    inside = [t for t in quote_tokens(doc, quoted.start, quoted.end) if not t.is_punct]
    if not before or not inside:
        return False
    prev = before[-1]
    if prev.lower_ in ("de", "d'", "d’"):
        return verb.lemma_.lower() in lexicon.word_set("quote_predicative_verbs")
    if "Fin" in inside[0].morph.get("VerbForm"):
        return False  # « que les combats « cessent » »: a verb of the clause
    copula = prev.lemma_.lower() == "être" and "Fin" in prev.morph.get("VerbForm")
    reported = doc[verb.i + 1 : prev.i] if verb.i < prev.i else []
    return copula and any(t.lower_ in ("que", "qu'", "qu’") for t in reported)


def _judged_noun(verb: Any) -> bool:
    """Tell whether a verb is a past participle on a noun (« les élus considérés comme « … » »): passive."""
    edge = verb.head.left_edge.i
    inserted = edge > 0 and verb.doc[edge - 1].pos_ == "AUX"  # « ont par la suite confirmé »
    return bool(
        verb.dep_ == "acl"
        and "Part" in verb.morph.get("VerbForm")
        and "Past" in verb.morph.get("Tense")
        and not inserted
    )


def _verb_after(doc: Any, quoted: Quoted) -> bool:
    """Tell whether a verb follows the closing mark: the quoted words are then the subject of the
    clause (« que le « projet vert » sera prêt »), a name, not words spoken."""
    after = [t for t in quote_tokens(doc, quoted.end + 1, quoted.end + 40) if not t.is_punct]
    return bool(after) and (after[0].pos_ in ("VERB", "AUX") or after[0].lower_ in ("ne", "n'"))


def _opens_phrase(tok: Any) -> bool:
    """Tell whether quoted words open like a phrase (lower case, a figure, « d' »), not a title."""
    return bool(tok.text[:1].islower() or tok.text[:1].isdigit())


def governing_verb(doc: Any, quoted: Quoted) -> Any:
    """Return the verb of speech or judgement whose complement the quoted words are, or None."""
    before = quote_tokens(doc, max(0, quoted.start - 160), quoted.start - 1)
    if not before:
        return None
    start = sentence_of(before[-1]).start
    verbs = lexicon.word_set("quote_phrase_verbs") | lexicon.word_set("speech_verbs")
    passing = lexicon.word_set("quote_complement_modals")
    nouns, clause, noun = 0, False, None
    words = _past_aside(before[-_WINDOW:])
    for n, tok in enumerate(reversed(words)):
        if tok.i < start or (tok.is_punct and tok.text not in ("'", "’")):
            return None
        lemma = tok.lemma_.lower()
        after = words[len(words) - n :]
        if _is_verb_of(tok, verbs) or _idiom(tok, noun) or reflexive_phrase_verb(tok):
            return tok if not clause or _opens_clause(after) else None
        if _is_verb_of(tok, lexicon.word_set("quote_clause_verbs")):
            return tok if _opens_clause(after) else None  # « pensait que … « … » », not « pense à »
        if tok.pos_ in ("VERB", "AUX"):
            clause = clause or not ("Inf" in tok.morph.get("VerbForm") or lemma in passing)
            continue  # another verb: the quote must then sit in the « que » clause of ours
        if tok.pos_ in _OBJECT:
            nouns, noun = nouns + 1, tok
            if nouns > _MAX_OBJECT:
                return None
        elif tok.pos_ not in _PASS:
            return None
    return None


def _idiom(verb: Any, noun: Any) -> bool:
    """Tell whether a verb and the noun after it say something (lexicon quote_phrase_idioms:
    « a fait part de sa « … » », « fait état de « … » »)."""
    if noun is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    pair = f"{verb.lemma_.lower()} {noun.lemma_.lower()}"
    return pair in lexicon.word_set("quote_phrase_idioms")


def _past_aside(words: list[Any]) -> list[Any]:
    """Return `words` without an aside between commas right after a verb (« évoquait, sur le
    réseau, de « … » »): a short phrase opening on a preposition, with no verb; as they are
    otherwise."""
    if len(words) < 4:
        return words
    last = max((k for k, t in enumerate(words) if t.text == ","), default=-1)
    first = max((k for k, t in enumerate(words[:last]) if t.text == ","), default=-1)
    aside = words[first + 1 : last]
    if first < 1 or not 1 < len(aside) <= _ASIDE or aside[0].pos_ != "ADP":
        return words
    verb = any(t.pos_ in ("VERB", "AUX") and t.is_lower for t in aside)  # « sur Twitter »: a name
    if verb or any(t.is_punct for t in aside) or words[first - 1].pos_ != "VERB":
        return words
    return words[:first] + words[last + 1 :]


def _opens_clause(words: list[Any]) -> bool:
    """Tell whether words open on « que » past adverbs (« indique notamment que … »)."""
    first = next((t for t in words if t.pos_ != "ADV"), None)
    return first is not None and first.lower_ in ("que", "qu'", "qu’")


def _is_verb_of(tok: Any, verbs: frozenset[str]) -> bool:
    """Tell whether `tok` is a verb of `verbs`, also when the model tagged a form of a verb in
    -er a noun or an adjective (« Il avait dénombré », « X accuse » read as nouns next to quotes)."""
    if tok.pos_ in ("VERB", "AUX") and (tok.lemma_.lower() in verbs or tok.lower_ in verbs):
        return True
    if not tok.is_lower or tok.pos_ not in ("VERB", "NOUN", "ADJ", "PROPN"):
        return False
    k = tok.i - 1
    while k > 0 and tok.doc[k].pos_ == "ADV":
        k -= 1  # « Il avait également dénombré »
    prev = tok.doc[k] if k >= 0 else None
    if tok.pos_ != "VERB" and not (
        prev is not None
        and (prev.pos_ in ("CCONJ", "PRON", "PROPN", "AUX") or prev.lemma_ in ("avoir", "être"))
    ):
        return False  # « la note critique d'une « … » »: an adjective after its noun
    return any(
        tok.lower_ == verb[:-2] + ending for verb in verbs if verb.endswith("er") for ending in _ER
    )


_ER = ("e", "ent", "é", "ée", "és", "ées", "ait", "aient", "ant")


def _subject_before(doc: Any, verb: Any, climb: bool = True) -> Any:
    """Return the head of the noun phrase or the pronoun right before `verb` and its auxiliaries,
    clitics and adverbs (« Le ministre de la Santé n'a pas qualifié … »), or None; the word
    right before them when not `climb` (the parse's attachments unsure)."""
    k = verb.i - 1
    while k >= 0 and (
        doc[k].pos_ in ("AUX", "ADV")
        or doc[k].lemma_.lower() in ("avoir", "être")
        or (doc[k].lower_ in lexicon.word_set("quote_subject_clitics") and doc[k].pos_ == "PRON")
        or doc[k].lower_ in ("ne", "n'")
    ):
        k -= 1
    if k < 0 or doc[k].pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    tok = doc[k]
    if tok.pos_ == "PRON" and tok.lower_ not in ("il", "elle", "ils", "elles", "qui"):
        return None
    for _ in range(
        8 if climb else 0
    ):  # « Le haut commissaire des Nations unies aux droits de l'homme »
        if tok.dep_ in ("nmod", "flat:name", "amod", "appos", "flat", "acl") and tok.head.i < tok.i:
            tok = tok.head
    return tok
