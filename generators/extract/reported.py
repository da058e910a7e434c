"""Unmarked reported speech: « Les prix vont monter, a prévenu X. », « …, a-t-il précisé »,
« Selon X, ancien consul à Y, la valeur … » → (speaker, the words reported, evidence)."""

from __future__ import annotations

from typing import Any

from generators.extract.attribution import pronoun_speaker
from generators.extract.names import NameIndex
from generators.extract.quote_marks import TRIM
from generators.extract.sources import source_phrase
from generators.extract.speakers import inverted_subject, speech_verb_at
from generators.extract.speech_words import subject_pronoun
from generators.extract.titles import is_modifier, title_end
from generators.extract.tokens import next_word, words_at

_COMMA = frozenset({","})


def inverted_attribution(
    doc: Any, sent: Any, offset: int, index: NameIndex, inside: list[tuple[int, int]]
) -> tuple[str, str, str] | None:
    """« Les prix vont augmenter, a prévenu X. », « …, indiquent-ils. » → (speaker, words, evidence)."""
    for tok in (doc[i] for i in words_at(doc, _COMMA) if sent.start + 4 <= i < sent.end):
        if any(a <= tok.idx < b for a, b in inside):
            continue
        following = list(doc[tok.i + 1 : min(sent.end, tok.i + 6)])
        verb = speech_verb_at(following, 0)
        if verb is None or not _inverted(doc, tok, verb):
            continue
        if verb.i + 1 < sent.end and doc[verb.i + 1].text == ":":
            continue  # « X, porte-parole, a déclaré : »: what follows is said, not what precedes
        if any(_named_subject(c) and c.i < tok.i for c in verb.children):
            continue  # « X, ministre de Y, a annoncé sur Z qu'il … »: its subject before the comma
        pronoun = next((t for t in doc[tok.i + 1 : verb.i] if subject_pronoun(t)), None)
        if pronoun is not None:  # « …, a-t-il précisé »: who the paragraph is about
            speaker = pronoun_speaker(doc, pronoun, offset, index)
        else:
            speaker, _end = inverted_subject(doc, verb, offset, index)
        reported = doc[sent.start : tok.i]
        if speaker and any(_main_verb(t) for t in reported):
            text = reported.text.strip(TRIM)
            if len(text.split()) >= 4 and not any(
                a <= sent.start_char < b or a < tok.idx <= b for a, b in inside
            ):
                return speaker, text, "unmarked" if pronoun is None else "pronoun"
    return None


def _named_subject(tok: Any) -> bool:
    """Tell whether `tok` is a name with its apposition as the verb's subject (« X, ministre de Y,
    a annoncé … »): the words before the comma are who speaks, not what is said. A common noun
    subject stays reported (« Le travail continue, a écrit X »: the model may hang it on the verb)."""
    return tok.dep_.startswith("nsubj") and (
        tok.pos_ == "PROPN" or any(c.dep_ == "appos" for c in tok.children)
    )


def _main_verb(tok: Any) -> bool:
    """Tell whether `tok` is a verb outside a relative clause set off by commas: « Les élus, qui
    votent mardi, ont annoncé … » reports nothing before the comma (the subject and its clause);
    « Des troubles qui ont duré, a ajouté X » is a reported noun phrase."""
    doc = tok.doc
    if tok.dep_ == "amod":
        return False  # « les forces kurdes » with an adjective read as a verb
    return tok.pos_ in ("VERB", "AUX") and not any(
        t.dep_ == "acl:relcl" and t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == ","
        for t in (tok, *tok.ancestors)
    )


def _inverted(doc: Any, comma: Any, verb: Any) -> bool:
    """Tell whether the speech verb after `comma` comes before its subject (« , a déclaré X »)."""
    between = doc[comma.i + 1 : verb.i]
    if any(
        t.pos_ in ("PRON", "NOUN", "PROPN")
        and t.lower_ not in ("d'", "de", "-t", "-t-")
        and not (subject_pronoun(t) and t.lower_.startswith("-"))
        for t in between
    ):
        return False
    if any(subject_pronoun(t) and t.lower_.startswith("-") for t in doc[comma.i + 1 : verb.i + 3]):
        return True  # « …, a-t-il précisé », « …, indiquent-ils »
    if "Part" in verb.morph.get("VerbForm") and not any(t.pos_ == "AUX" for t in between):
        return False  # « les propos de X, rapportés par Y »: a participle on a noun
    return (
        "Part" in verb.morph.get("VerbForm")
        or "Inf" in verb.morph.get("VerbForm")
        or (verb.i + 1 < len(doc) and doc[verb.i + 1].pos_ in ("DET", "PROPN", "ADV", "NOUN"))
    )


def selon_attribution(
    doc: Any, sent: Any, offset: int, index: NameIndex, inside: list[tuple[int, int]]
) -> tuple[str, str, str] | None:
    """« Selon X, les prix vont monter. » → (X, the words reported, evidence)."""
    tokens = list(sent)
    speaker = source_phrase(doc, tokens, offset, index)
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
    text = words.text.strip(TRIM + ".")
    finite = not skipped or any(
        t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in words
    )
    return (speaker, text, "source") if len(text.split()) >= 4 and finite else None


def _starts_apposition(doc: Any, i: int) -> bool:
    """Tell whether token `i` opens a role (« ancien consul », « le directeur de … »)."""
    return (
        title_end(doc, i) > 0
        or is_modifier(doc[i])
        or (doc[i].pos_ == "DET" and i + 1 < len(doc) and title_end(doc, i + 1) > 0)
    )
