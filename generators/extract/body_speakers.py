"""A country, a body or a role no one named holds, as the speaker of quoted words.

French news lets a country (« La France a jugé cette décision « … » »), a body (« le ministère a
dénoncé « … » ») or an unfilled role (« le rapporteur public estime que … « … » ») speak. The
speaker is then the subject phrase as written: a proper noun with its determiner and the proper
nouns that complete it (« la Corée du Nord »), or the body phrase of `body_phrase`. A subject
naming a person is not handled here, nor is a pronoun or an anonymous person (« un témoin »).
"""

from __future__ import annotations

from typing import Any

from generators import lexicon
from generators.extract.names import NameIndex
from generators.extract.speech_words import body_phrase, in_quotes
from generators.extract.titles import title_end

_OF = ("de", "du", "des", "d'")


def subject_body(doc: Any, subj: Any, offset: int, index: NameIndex) -> str | None:
    """Return the country or body a subject names, as written, or None."""
    if subj.pos_ not in ("NOUN", "PROPN") or in_quotes(doc, subj.idx):
        return None
    if index.mention_at(offset + subj.idx) is not None:
        return None  # a person: the name index answers for them
    phrase = body_phrase(doc, subj)
    if phrase:
        return phrase
    if _proper(doc, subj):
        return proper_phrase(doc, subj)
    return None


def _proper(doc: Any, tok: Any) -> bool:
    """Tell whether a capitalized subject is a proper noun: a place or an organisation for the
    model, or a capitalized word after a determiner (« la Corée », tagged a common noun)."""
    if not tok.text[:1].isupper() or tok.ent_type_ == "PER":
        return False
    after_determiner = tok.i > 0 and doc[tok.i - 1].pos_ == "DET"
    return tok.ent_type_ in ("LOC", "ORG") or after_determiner


def proper_phrase(doc: Any, head: Any) -> str:
    """Return a proper noun as written, with its determiner and the capitalized words completing
    it (« la Corée du Nord », « le Danemark », « les États-Unis »)."""
    start = head.i - 1 if head.i > 0 and doc[head.i - 1].pos_ == "DET" else head.i
    end = head.i + 1
    while end < len(doc):
        word = doc[end]
        if word.dep_ == "flat:name" and word.head.i == head.i:
            end += 1
        elif (
            word.lower_ in _OF
            and end + 1 < len(doc)
            and doc[end + 1].text[:1].isupper()
            and doc[end + 1].head.i == head.i
        ):
            end += 2  # « la Corée du Nord »
        else:
            break
    return str(doc[start:end].text)


def regnal_name(doc: Any, subj: Any, offset: int, index: NameIndex) -> str | None:
    """« le pape Léon », « la reine Astrid »: a title and one given name, alone or taken by the
    name index for the first name of someone else (« Léon Dumas »): the phrase, not the name."""
    if subj.pos_ != "NOUN" or title_end(doc, subj.i) <= 0 or subj.i + 1 >= len(doc):
        return None
    name = doc[subj.i + 1]
    mention = index.mention_at(offset + name.idx)
    if mention is None or mention.end - mention.start != len(name.text):
        return None
    full = mention.full.split()
    lone = full == [name.text] and name.text in _given_names()  # « le pape Léon » alone
    if not lone and (len(full) < 2 or full[0] != name.text):
        return None
    start = subj.i - 1 if subj.i > 0 and doc[subj.i - 1].pos_ == "DET" else subj.i
    return str(doc[start : name.i + 1].text)


def _given_names() -> frozenset[str]:
    return frozenset(lexicon.words("people_firstnames_f") + lexicon.words("people_firstnames_m"))
