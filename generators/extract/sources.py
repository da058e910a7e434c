"""Who a source phrase names: « Selon X, … », « D'après X », « Pour X, « … » » (a marked quote
follows); X a person (past a title: « selon le procureur X »), a pronoun (« selon lui »), the
holders of a plural role (« selon les auteurs »), a role or a body (« selon la préfecture »), or a
body's name past a description (« selon le fournisseur X », « selon « Le Journal » »)."""

from __future__ import annotations

from typing import Any

from generators import lexicon
from generators.extract.attribution import pronoun_speaker
from generators.extract.crowd_speakers import crowd_phrase
from generators.extract.document_speakers import text_owner
from generators.extract.names import NameIndex
from generators.extract.speech_words import body_phrase, phrase_bounds
from generators.extract.titles import title_end
from generators.extract.tokens import norm, sentence_of


def source_phrase(
    doc: Any, outside: list[Any], offset: int, index: NameIndex, opinion: bool = False
) -> str | None:
    """« Selon X, … » / « D'après X, … » at the start of the sentence → X when X is a person.

    With `opinion` (a marked quote follows), « Pour X, … » attributes too.
    """
    if not outside:
        return None
    if opinion and outside[-1].text == ",":  # « En revanche, pour l'avocate X, « … » »
        starts = [k for k in range(1, len(outside)) if outside[k - 1].text == ","]
        later = next((k for k in reversed(starts) if _source_word(outside, k, opinion)), None)
        if later is not None:
            outside = outside[later:]
    first = outside[0].lower_
    if first in ("d'", "d’") and len(outside) > 1 and outside[1].lower_ == "après":
        outside, first = outside[1:], "d'après"  # one source word, as « selon »
    if opinion and first in lexicon.word_set("quote_opinion_sources"):
        pass
    elif first not in lexicon.word_set("quote_sources"):
        return None
    outside = _past_speech_noun(outside)  # « selon les propos de son avocat, A »: the lawyer
    titled = False  # « pour le président de la Commission X Paul Roy »: the title's holder
    complement = 0  # « selon le maire de Valbonne, Paul Morel »: the name after the comma
    told = (
        len(outside) > 2
        and outside[1].lower_ == "ce"
        and outside[2].lower_ in ("que", "qu'", "qu’")
    )
    for tok in outside[1:12]:
        if tok.text == ",":
            break
        mention = index.mention_at(offset + tok.idx)
        if mention and told and tok.i > 0 and doc[tok.i - 1].lower_ in ("à", "au", "aux"):
            continue  # « selon ce que ses collègues ont confié à X »: X heard it, X did not say it
        if mention and (mention.end == complement or (titled and _after_de(tok))):
            complement = mention.end
            continue
        if mention:
            return mention.full
        if tok.pos_ == "NOUN" and speaks_for(doc, tok):
            titled = titled or title_end(doc, tok.i) > 0
        elif tok.pos_ == "NOUN" and not (titled and tok.text[:1].isupper()):
            break  # « Selon des proches de X »: others speak, not X
    apposed = _apposed_name(outside, offset, index) if opinion or complement else None
    if apposed or complement:
        return apposed
    if len(outside) > 2 and outside[1].lower_ in ("lui", "elle") and outside[2].text == ",":
        return _pronoun_source(doc, outside[1], offset, index)
    if len(outside) > 2 and outside[1].lower_ in ("eux", "elles") and outside[2].text == ",":
        return pronoun_speaker(doc, outside[1], offset, index)
    holders = _plural_holders(outside[1:3], index)
    if holders or not opinion:
        return holders
    named = _named_source(outside) if _source_word(outside, 0, opinion=False) else None
    return _role_source(doc, outside, offset, index) or named or _crowd_source(doc, outside)


def _past_speech_noun(outside: list[Any]) -> list[Any]:
    """Return the source words without « les propos de » after the source word (« selon les
    propos du maire » → « selon … maire »; lexicon quote_source_speech_nouns); « du » is kept for
    its article."""
    words = [t.lower_ for t in outside[1:4]]
    if len(words) < 3 or words[0] not in ("les", "ses", "leurs"):
        return outside
    if words[1] not in lexicon.word_set("quote_source_speech_nouns"):
        return outside
    if words[2] in ("de", "d'", "d’"):
        return [outside[0], *outside[4:]]
    return [outside[0], *outside[3:]] if words[2] in ("du", "des") else outside


def _crowd_source(doc: Any, outside: list[Any]) -> str | None:
    """« Selon les auteurs de l'amendement, « … » » → the people no one names, as written: a
    plural noun of people with its determiner or numeral right after the source word; not when
    the phrase names a body or a person (« selon les analystes de la banque X »: whose words?)."""
    noun = next((t for t in outside[1:4] if t.pos_ == "NOUN"), None)
    phrase = crowd_phrase(doc, noun, owned=True) if noun is not None else None
    named = phrase is not None and any(w[:1].isupper() for w in phrase.split()[1:])
    return None if named else phrase


def _named_source(outside: list[Any]) -> str | None:
    """« Selon Météo-Lorvan, « … » », « selon le fournisseur Lorvan Télécom, », « Selon « Le
    Courrier », » → the name of the body (capitalized words, past a common-noun description)."""
    words = []
    for tok in outside[1:12]:
        if tok.text == ",":
            break
        words.append(tok)
    if not words:
        return None
    name: list[Any] = []
    for tok in words:
        capital = tok.text[:1].isupper() and tok.text.replace("-", "").isalpha()
        if capital and tok.pos_ in ("PROPN", "NOUN", "ADJ", "DET", "X"):
            name.append(tok)
        elif name:
            break
    if not name:
        return None
    named = any(t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "MISC") for t in name)
    head = next((t for t in words if t.i < name[0].i and t.pos_ == "NOUN"), None)
    plural = head is not None and "Plur" in head.morph.get("Number")  # « selon les experts de X »
    if not named or plural or len(words) > len(name) + 6:
        return None
    if name[0].ent_type_ == "LOC" and len(name) == 1:
        return None  # « selon Lorvan, » a place: who speaks for it is unsaid
    return str(name[0].doc[name[0].i : name[-1].i + 1].text)


def _source_word(outside: list[Any], k: int, opinion: bool) -> bool:
    """Tell whether token `k` opens a source phrase (« selon », « d'après », « pour » with `opinion`)."""
    word = outside[k].lower_
    return (
        word in lexicon.word_set("quote_sources")
        or (opinion and word in lexicon.word_set("quote_opinion_sources"))
        or (word == "d'" and k + 1 < len(outside) and outside[k + 1].lower_ == "après")
    )


def _role_source(doc: Any, outside: list[Any], offset: int, index: NameIndex) -> str | None:
    """« Selon la procureure, « … » » → the person named with that title; « Selon le ministère
    de X, « … » » → the phrase; « Selon le communiqué du ministère » → who issued the text."""
    k = 2
    while k < len(outside) - 1 and outside[k].pos_ == "ADJ":
        k += 1  # « selon un haut responsable »
    noun = outside[k] if len(outside) > k + 1 and outside[1].pos_ == "DET" else None
    if noun is None or noun.pos_ != "NOUN" or "Plur" in noun.morph.get("Number"):
        return None
    anonymous = outside[1].lower_ in ("un", "une") and _anonymous(noun)
    if title_end(doc, noun.i) <= 0 and speaks_for(doc, noun) and not anonymous:
        return text_owner(doc, noun, offset, index)  # « selon un communiqué de la préfecture »
    if outside[1].lower_ in ("un", "une"):  # « selon un haut responsable de X »: no one named;
        if anonymous:  # « d'après un témoin de l'agression »: that witness, as written
            start, end = phrase_bounds(doc, noun)
            return str(doc[start:end].text)
        return body_phrase(doc, noun)
    end = title_end(doc, noun.i)
    holder = index.holder(doc[noun.i : end].text) if end > 0 else None
    return holder or body_phrase(doc, noun)


def _anonymous(noun: Any) -> bool:
    """Tell a noun of a person nobody names (lexicon quote_anonymous_nouns: « témoin », « source »)."""
    words = lexicon.word_set("quote_anonymous_nouns")
    return noun.lemma_.lower() in words or noun.lower_ in words


def speaks_for(doc: Any, noun: Any) -> bool:
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
    holders = index.head_holders(key)
    return " et ".join(holders) if len(holders) >= 2 else None


def _apposed_name(outside: list[Any], offset: int, index: NameIndex) -> str | None:
    """« Selon le porte-parole des pêcheurs, Marc Roy, … » → the person named in apposition
    between commas right after a source phrase of one noun phrase."""
    comma = next((k for k, t in enumerate(outside) if t.text == ","), None)
    if comma is None or comma < 3 or comma + 1 >= len(outside) or outside[1].pos_ != "DET":
        return None
    if any(t.pos_ in ("VERB", "AUX", "PRON") for t in outside[1:comma]):
        return None
    mention = index.mention_at(offset + outside[comma + 1].idx)
    if mention is None or mention.start != offset + outside[comma + 1].idx:
        return None
    after = next((t for t in outside[comma + 1 :] if offset + t.idx >= mention.end), None)
    return mention.full if after is not None and after.text == "," else None


def source_after(
    doc: Any, after: list[Any], k: int, offset: int, index: NameIndex
) -> tuple[str, int] | None:
    """« "…", selon Paul Roux » → (Paul Roux, end of the name); « …, d'après les autorités » →
    the body (« les autorités », lexicon quote_body_nouns), with the end of its phrase."""
    if k >= len(after):
        return None
    start, first = k, after[k].lower_
    if first == "d'" and k + 1 < len(after) and after[k + 1].lower_ == "après":
        k += 1
    elif first not in lexicon.word_set("quote_sources"):
        return None
    titled = False
    for tok in after[k + 1 : k + 6]:
        if tok.text in (",", ".", ";", "«", '"'):
            if titled and tok.text == ",":
                return _apposed_after(after, doc[tok.i - 1], offset, index) or _role_after(
                    doc, after, start, offset, index
                )
            break
        mention = index.mention_at(offset + tok.idx)
        if titled and _after_de(tok) and (mention or tok.pos_ in ("NOUN", "DET")):
            apposed = _apposed_after(after, tok, offset, index)  # « selon le maire de X, Y »
            return apposed or _role_after(doc, after, start, offset, index)
        if mention:
            return mention.full, mention.end - offset
        titled = titled or (tok.pos_ == "NOUN" and title_end(doc, tok.i) > 0)
        if tok.pos_ == "NOUN" and not speaks_for(doc, tok):
            body = _source_body(doc, tok)
            return (
                (body, tok.idx + len(tok))
                if body
                else _role_after(doc, after, start, offset, index)
            )
    return _role_after(doc, after, start, offset, index)


def _role_after(
    doc: Any, after: list[Any], start: int, offset: int, index: NameIndex
) -> tuple[str, int] | None:
    """« "…", selon le ministre de l'Intérieur. » → the source phrase (a role, a body, its holder
    when the article names them: `source_phrase`) when no name follows « selon »."""
    stops = (",", ".", ";", "«", '"', "(", ")")
    end = next((j for j in range(start + 1, len(after)) if after[j].text in stops), len(after))
    words = after[start : end + 1]  # with the mark that ends the phrase, as before a quote
    found = source_phrase(doc, words, offset, index, opinion=True) if end > start + 1 else None
    last = after[end - 1]
    return (found, last.idx + len(last)) if found else None


def _source_body(doc: Any, noun: Any) -> str | None:
    """Return the body phrase a source noun opens (« les autorités », « la préfecture »), or None."""
    if noun.lemma_.lower() not in lexicon.word_set("quote_body_nouns") and (
        noun.lower_ not in lexicon.word_set("quote_body_nouns")
    ):
        return None
    return body_phrase(doc, noun)


def _after_de(tok: Any) -> bool:
    """Tell whether a name is the complement of the title before it (« le maire de Valbonne »)."""
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("de", "d'", "du", "des")


def _apposed_after(
    after: list[Any], complement: Any, offset: int, index: NameIndex
) -> tuple[str, int] | None:
    """« "…", selon le préfet de Valbonne, Paul Morel. » → (Paul Morel, end of the name): the
    person in apposition to a title whose complement is a name; None when no one is apposed (the
    complement never speaks for the title's holder)."""
    rest = [t for t in after if t.i >= complement.i]
    comma = next((k for k, t in enumerate(rest) if t.text in (",", ".", ";", "«")), None)
    if comma is None or rest[comma].text != "," or comma + 1 >= len(rest):
        return None
    first = rest[comma + 1]
    mention = index.mention_at(offset + first.idx)
    if mention is None or mention.start != offset + first.idx:
        return None
    closing = next((t for t in rest[comma + 1 :] if offset + t.idx >= mention.end), None)
    if closing is not None and closing.text not in (",", ".", ";", ")"):
        return None
    return mention.full, mention.end - offset
