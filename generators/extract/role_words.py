"""The words of a role as the text gives them: its prepositions, and the singular of a plural title."""

from __future__ import annotations

from typing import Any

ROLE_ADP = frozenset(
    {"de", "d'", "du", "des", "à", "au", "aux", "en", "pour", "chez", "sur", "auprès"}
)  # « ambassadeur auprès de l'Union »


def role_text(span: Any) -> str:
    """Return the role as written, singular when the text uses the plural (« futurs présidents »)."""
    words: list[str] = []
    for tok in span:
        text = tok.text
        if (
            "Plur" in tok.morph.get("Number")
            and tok.lower_.endswith(("s", "x"))  # « avocate » tagged plural is singular
            and tok.pos_ in ("NOUN", "ADJ")
            and not after_adp(span, tok)
            and not (tok.text[:1].isupper() and tok.i > span.start)  # a name (« Les Verts »)
        ):
            text = _singular(tok)
        elif _plural_after_singular_article(tok):
            text = tok.lemma_
        words.append(text + tok.whitespace_)
    return "".join(words).strip()


def _singular(tok: Any) -> str:
    """Return the singular of a plural noun or adjective: its lemma, but a feminine form keeps its
    gender (« chercheuses » → « chercheuse », where the lemma is « chercheur »)."""
    text: str = tok.text
    if "Fem" in tok.morph.get("Gender") and text.endswith("es") and len(text) > 4:
        return text[:-1]
    return str(tok.lemma_ or text)


def _plural_after_singular_article(tok: Any) -> bool:
    """Tell a plural noun after « du » / « au » (« tenant du titres »): a slip, told singular."""
    return (
        tok.i > 0
        and tok.doc[tok.i - 1].lower_ in ("du", "au")
        and tok.pos_ == "NOUN"
        and tok.is_lower
        and tok.lower_ == f"{tok.lemma_}s"
    )


def after_adp(span: Any, tok: Any) -> bool:
    """Tell whether a preposition of a role (« de », « à ») comes before `tok` in `span`."""
    return any(t.lower_ in ROLE_ADP for t in span if t.i < tok.i)
