"""Names, titles and slogans in quote marks: words that a naming word introduces are no speech.

French grammar names a thing with a participle of naming (« un plan baptisé « … » », « le boxeur,
surnommé « … » », « un livre intitulé « … » ») or with the noun of what is named right before the
marks (« la campagne « Nous méritons mieux » », « le slogan « … » »). Those quoted words are a name,
whoever coined them: no quote fact. A noun of naming only names capitalized words; a lower-case
phrase after it may be a judgement (« une campagne « brutale et injuste » »).
"""

from __future__ import annotations

from typing import Any

from generators import lexicon
from generators.extract.quote_marks import Quoted, quote_tokens


def named_in_marks(doc: Any, quoted: Quoted) -> bool:
    """Tell whether quoted words follow a word of naming (« baptisé », « la campagne »)."""
    before = quote_tokens(doc, max(0, quoted.start - 60), quoted.start - 1)
    inside = [t for t in quote_tokens(doc, quoted.start, quoted.end) if not t.is_punct]
    if not before or not inside:
        return False
    word = before[-1]
    if word.lower_ in lexicon.word_set("quote_naming_participles"):
        return True
    nouns = lexicon.word_set("quote_naming_nouns")
    named = word.lemma_.lower() in nouns or word.lower_ in nouns
    return named and inside[0].text[:1].isupper()
