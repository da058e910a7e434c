"""A count named again: « les deux étoiles », « des 300 salariés » after « deux étoiles », « 300
salariés » were written earlier in the article (its title included) is the same group, no new
figure. Only after a definite article (lexicon quantity_named_again_determiners; a possessive
may present a whole staff), and only when the same number stands before the same noun earlier,
not as the end of a longer figure: « les trois accusés » with no « trois accusés » before, « les
500 places » after « 12 500 places », are still counted."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generators import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from generators.extract.amounts import Quantity


# a number that is not the end of a longer figure (« 12 500 places » holds no « 500 places »)
_NOT_INSIDE = r"(?<![\w-])(?<!\d )(?<!\d\u202f)(?<!\d\u00a0)"


def named_again(doc: Doc, quantity: Quantity, text: str, offset: int) -> bool:
    """Tell whether `quantity` repeats a count of the same noun written earlier in `text`, the
    article's text that `doc` starts at `offset` in."""
    start, end = quantity.start, quantity.end
    if start == 0 or end >= len(doc):
        return False
    if doc[start - 1].lower_ not in lexicon.word_set("quantity_named_again_determiners"):
        return False
    noun = doc[end]
    if noun.pos_ != "NOUN" or not noun.is_alpha:
        return False
    number = doc[start:end].text
    pattern = re.compile(
        rf"{_NOT_INSIDE}{re.escape(number)}\s+{re.escape(noun.text)}(?![\w-])", re.I
    )
    return pattern.search(text, 0, offset + doc[start].idx) is not None
