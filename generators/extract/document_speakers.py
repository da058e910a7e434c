"""Who issued a text whose words a colon opens: « X a publié un communiqué, qui se lit comme
suit : « … » », « La déclaration du club explique : « … » », « Le communiqué précise : « … » ».

French news quotes a body's statement through the noun of the text (lexicon
quote_document_nouns: « communiqué », « déclaration », « lettre », « post »…). The speaker is
whoever issued it: the subject of a verb of issuing whose object the text is (lexicon
quote_issuing_verbs: « publier », « diffuser », « adresser »… — not « recevoir », « lire »), or
the owner the text's « de » names (« la déclaration du club », « un communiqué de Ferlux »). A text
that is the subject of the sentence with no owner (« La déclaration explique : ») is the one an
earlier sentence of the paragraph named with its owner or its issuer. Anyone else: None. Words
read on a page (« Sur la page officielle de X, on pouvait lire : », lexicon quote_page_nouns) are
its owner's (`page_owner`).
"""

from __future__ import annotations

from typing import Any

from generators import lexicon
from generators.extract.attribution import named_before
from generators.extract.body_speakers import proper_phrase
from generators.extract.coreference import coreferent, person_of
from generators.extract.names import NameIndex
from generators.extract.quote_marks import Quoted, quote_tokens
from generators.extract.speech_words import body_phrase, is_speech_verb, verb_subject
from generators.extract.tokens import sentence_of, text_of

_OF = ("de", "du", "des", "d'", "d’")
_ON = ("on", "-on", "peut", "pouvait", "pourra")  # « on peut lire », « peut-on lire »
_ARTICLES = {"du": "le ", "des": "les "}
_OWNER_WORDS = 12  # « un communiqué de l'association des parents d'élèves de X »: a few words
_BACK = 3  # sentences looked back for the text a definite « la déclaration » refers to


def document_speaker(
    doc: Any, quoted: Quoted, offset: int, index: NameIndex, spans: list[Quoted]
) -> tuple[bool, str | None]:
    """Return whether the text noun before a colon right before the quote decides who speaks,
    and who: its issuer when a verb of issuing has it for object or it is the subject (« La
    déclaration explique : »); when another verb receives it (« X a reçu une lettre : »), its
    owner or no one. A text after a speech verb (« a déclaré dans un communiqué : ») decides
    nothing: the speech verb does."""
    before = quote_tokens(doc, max(0, quoted.start - 200), quoted.start - 1)
    if not before or before[-1].text != ":":
        return False, None
    start = sentence_of(before[-1]).start
    outside = [
        t for t in before if t.i >= start and not any(q.start <= t.idx < q.end for q in spans)
    ]
    noun = next((t for t in reversed(outside) if _document(t)), None)
    if noun is None:
        owner = page_owner(doc, outside, offset, index)  # « Sur le site de X, on peut lire : »
        return owner is not None, owner
    if noun.dep_ in ("nsubj", "nsubj:pass"):
        found = issuer(doc, noun, offset, index)
        if found is None and _definite(noun):
            found = _earlier_issuer(doc, noun, offset, index)
        return True, found
    verb = noun.head
    if noun.dep_ != "obj" or verb.pos_ != "VERB" or is_speech_verb(verb):
        return False, None
    found = issuer(doc, noun, offset, index)
    return found is not None or not _issuing(verb), found  # an issuer unfound: the usual paths


def page_owner(doc: Any, outside: list[Any], offset: int, index: NameIndex) -> str | None:
    """« Sur la page officielle de X, on pouvait lire : » → X: the owner a « de » names after a
    page noun (lexicon quote_page_nouns) that « sur » opens, when « on » reads the words there;
    None otherwise (« Sur son compte, on pouvait lire : »: whose, the clause does not say)."""
    read = any(t.lemma_.lower() == "lire" and doc[t.i - 1].lower_ in _ON for t in outside[1:])
    pages = lexicon.word_set("quote_page_nouns")
    for tok in outside:
        if not read or tok.lower_ not in pages or tok.i < 2:
            continue
        if doc[tok.i - 1].pos_ != "DET" or doc[tok.i - 2].lower_ != "sur":
            continue
        k = tok.i + 1
        while k < len(doc) and k - tok.i <= 3 and (doc[k].pos_ == "ADJ" or doc[k].is_title):
            k += 1  # « la page Twitter officielle de X »
        return text_owner(doc, doc[k - 1], offset, index)
    return None


def issuer(doc: Any, noun: Any, offset: int, index: NameIndex) -> str | None:
    """Return who issued a text noun: a person its « de » names (« une lettre de Marc Roy », even
    published by a newspaper), else the subject of the verb of issuing it is the object of (« X a
    publié un communiqué », not the platform of « un post d'Instagram »), else the text's owner
    (« le communiqué du ministère »), else None."""
    owner = text_owner(doc, noun, offset, index)
    if owner and index.resolve(owner):
        return owner
    verb = noun.head
    if noun.dep_ in ("obj", "obl", "obl:arg") and verb.i != noun.i and _issuing(verb):
        subj = verb_subject(verb)  # « X a proposé de signer une déclaration »: X
        if subj is None:
            return named_before(doc, verb, offset, index)  # the parse lost the subject
        return _subject_phrase(doc, subj, offset, index)
    return owner


def document_owner(doc: Any, noun: Any, offset: int, index: NameIndex) -> str | None:
    """« a déclaré un communiqué de l'armée », « Un rapport de l'inspection générale assurait que
    … »: the owner a text noun's « de » names speaks through the text, or for « le communiqué »,
    the issuer of the text an earlier sentence of the paragraph names; None for any other noun or
    a text with no owner found, or several (« des rapports de X et de Y »: not X alone)."""
    if not _document(noun) or _several_owners(doc, noun):
        return None
    owner = text_owner(doc, noun, offset, index)
    return owner or (_earlier_issuer(doc, noun, offset, index) if _definite(noun) else None)


def _several_owners(doc: Any, noun: Any) -> bool:
    """Tell whether « et de » joins a second owner to a text noun's « de » (« des rapports de X
    et de Y »), before any verb or punctuation mark."""
    for tok in doc[noun.i + 1 : min(len(doc) - 1, noun.i + _OWNER_WORDS)]:
        if tok.is_punct or tok.pos_ in ("VERB", "AUX"):
            return False
        if tok.lower_ == "et" and doc[tok.i + 1].lower_ in _OF:
            return True
    return False


def text_owner(doc: Any, noun: Any, offset: int, index: NameIndex) -> str | None:
    """Return who « de » names right after a text noun and its adjectives (« la déclaration du
    club », « un communiqué officiel de Ferlux »), or None."""
    k = noun.i + 1
    while k < len(doc) and doc[k].pos_ == "ADJ":
        k += 1
    if k + 1 >= len(doc) or doc[k].lower_ not in _OF:
        return None
    article = _ARTICLES.get(doc[k].lower_, "")  # « du ministère » → « le ministère »
    head = doc[k + 1]
    while head.pos_ == "DET" and head.i + 1 < len(doc):
        head = doc[head.i + 1]
    if head.pos_ not in ("NOUN", "PROPN") and not (head.pos_ == "ADJ" and head.i == k + 1):
        return None  # « du poète »: a noun after « du » the tagger took for an adjective
    mention = index.mention_at(offset + head.idx)
    if mention is not None:
        return mention.full
    person = coreferent(doc, head, offset, index)  # « les paroles du poète »: the one poet named
    if person:
        return person
    if head.pos_ == "PROPN" and head.text[:1].isupper():
        return proper_phrase(doc, head)
    phrase = body_phrase(doc, head)
    return article + phrase if phrase and article and phrase[:1].islower() else phrase


def _subject_phrase(doc: Any, subj: Any, offset: int, index: NameIndex) -> str | None:
    """Return who a subject names: a person, a body, or people of a named body (« les
    dirigeants de Ferlux »: the phrase as written, the body speaking through them)."""
    person = person_of(subj, doc, offset, index) or _apposed(doc, subj, offset, index)
    if person:
        return person
    phrase = body_phrase(doc, subj)
    if phrase:
        return phrase
    of = next((c for c in subj.children if c.dep_ == "nmod" and c.i > subj.i), None)
    if of is None or subj.pos_ != "NOUN" or not of.text[:1].isupper():
        return None
    named = of.ent_type_ in ("ORG", "MISC") or index.mention_at(offset + of.idx) is not None
    if not named and body_phrase(doc, of) is None:
        return None
    return str(doc[subj.left_edge.i : of.right_edge.i + 1].text)


def _apposed(doc: Any, subj: Any, offset: int, index: NameIndex) -> str | None:
    """Return the person named between commas right after a subject phrase (« L'attaquant de
    Valmont, Luis Varga, a publié … »), or None."""
    for tok in doc[subj.i + 1 : min(len(doc), subj.i + 8)]:
        if tok.text == "," and tok.i + 1 < len(doc):
            at = offset + doc[tok.i + 1].idx
            mention = index.mention_at(at)
            if mention is None or mention.start != at:
                return None
            end = next((t for t in doc[tok.i + 1 :] if offset + t.idx >= mention.end), None)
            return mention.full if end is not None and end.text == "," else None
        if tok.pos_ in ("VERB", "AUX", "PUNCT"):
            return None
    return None


def _earlier_issuer(doc: Any, noun: Any, offset: int, index: NameIndex) -> str | None:
    """Return the issuer of the same text noun in one of the sentences just before, in the
    paragraph (« Une déclaration du club a confirmé … . La déclaration explique : »), or None."""
    sent = sentence_of(noun)
    lemma = noun.lemma_.lower()
    for _ in range(_BACK):
        if sent.start == 0:
            return None
        prev = sentence_of(doc[sent.start - 1])
        if "\n" in text_of(doc)[prev.end_char : sent.start_char]:
            return None
        for tok in prev:
            if tok.lemma_.lower() == lemma and tok.pos_ == "NOUN":
                return issuer(doc, tok, offset, index)
        sent = prev
    return None


def _document(tok: Any) -> bool:
    """Tell whether `tok` is the noun of a text someone issues."""
    nouns = lexicon.word_set("quote_document_nouns")
    return tok.pos_ == "NOUN" and (tok.lemma_.lower() in nouns or tok.lower_ in nouns)


def _issuing(verb: Any) -> bool:
    """Tell whether `verb` issues a text (« publier », « adresser »), not « recevoir », « lire »."""
    verbs = lexicon.word_set("quote_issuing_verbs")
    return verb.pos_ == "VERB" and (verb.lemma_.lower() in verbs or verb.lower_ in verbs)


def _definite(noun: Any) -> bool:
    """Tell whether a noun has a definite or demonstrative determiner (« la déclaration »)."""
    det = next((c for c in noun.children if c.dep_ == "det"), None)
    return det is not None and det.lower_ in ("le", "la", "l'", "l’", "ce", "cet", "cette")
