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
from generators.extract.name_spans import first_names
from generators.extract.names import NameIndex
from generators.extract.speech_words import body_phrase, in_quotes
from generators.extract.titles import title_end

_OF = ("de", "du", "des", "d'")
_LINKS = (*_OF, "d’")
_NEGATIONS = ("ne", "n'", "n’")
_OPENERS = (",", ";", "(", "–", "—")


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
    lone = full == [name.text] and name.text in first_names()  # « le pape Léon » alone
    if not lone and (len(full) < 2 or full[0] != name.text):
        return None
    start = subj.i - 1 if subj.i > 0 and doc[subj.i - 1].pos_ == "DET" else subj.i
    return str(doc[start : name.i + 1].text)


def body_before(doc: Any, verb: Any) -> str | None:
    """« Mardi, l'organisation humanitaire Médecins du Lac a déclaré … : » → « Médecins du Lac »:
    the body named by the noun phrase right before `verb` (past its auxiliaries, adverbs and
    clitics), whatever the parse made of the subject. The phrase opens on a determiner and its
    first noun is a body (lexicon quote_body_nouns); the proper name after that noun and its
    adjectives is the speaker (« le syndicat Force Unie » → « Force Unie »), else the whole phrase
    (« la préfecture », « le syndicat des dockers »). None for any other phrase (« le directeur
    de la préfecture »: a person)."""
    end = verb.i
    while end > 0 and (
        doc[end - 1].pos_ in ("AUX", "ADV")
        or doc[end - 1].lower_ in lexicon.word_set("quote_clitics") | set(_NEGATIONS)
    ):
        end -= 1
    start = end
    while start > 0 and _noun_phrase_word(doc[start - 1]):
        start -= 1
    words = [t for t in doc[start:end] if not t.is_space]
    opened = start == 0 or doc[start].is_sent_start or doc[start - 1].text in _OPENERS
    opened = opened or doc[start - 1].is_space
    if not opened or len(words) < 2 or words[0].pos_ != "DET":
        return None  # « Paul Roy et la préfecture ont … »: not the body alone
    noun = words[1]
    if noun.lower_ not in lexicon.word_set("quote_body_nouns"):
        return None
    k = noun.i + 1
    while k < end and doc[k].is_lower and doc[k].pos_ in ("ADJ", "ADV", "VERB"):
        k += 1  # « l'organisation non gouvernementale », « l'agence officielle »
    if k < end and doc[k].text[:1].isupper():
        return _trimmed(doc, k, end)
    return _trimmed(doc, start, end)


def _noun_phrase_word(tok: Any) -> bool:
    """Tell whether `tok` may stand inside a subject noun phrase (a determiner, a noun, an
    adjective, « de » linking a complement, « non »), not a comma, a verb or a preposition."""
    if tok.pos_ in ("DET", "NOUN", "PROPN", "ADJ", "NUM"):
        return not tok.is_punct and tok.text not in ("«", "»")
    return tok.lower_ in _LINKS or tok.lower_ == "non"


def _trimmed(doc: Any, start: int, end: int) -> str | None:
    """Return tokens `start`…`end` as written, past the links and determiners ending them."""
    while end > start and (doc[end - 1].pos_ in ("ADP", "DET") or doc[end - 1].lower_ in _LINKS):
        end -= 1
    return str(doc[start:end].text) if end > start else None
