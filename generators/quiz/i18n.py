"""The quiz's language: gettext catalogs (generators/locale), chosen from --lang, the locale or the deck.

Messages are written in English in the code and marked `_("…")`; Babel extracts them into
generators/locale/factdeck.pot and compiles each language's .po into the .mo read here (the build
does it: hatch_build.py). Until `use()` is called, messages stay in English.
"""

from __future__ import annotations

import gettext
import os
from pathlib import Path

DOMAIN = "factdeck"
LANGUAGES = ("fr", "en")
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
_UNSET = ("", "C", "POSIX")

_current: gettext.NullTranslations = gettext.NullTranslations()
_language = "en"


def choose(forced: str | None, deck_language: str | None = None) -> str:
    """Return the language to speak: --lang, else the locale's, else the deck's (then English)."""
    if forced:
        return _supported(forced) or "en"
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "").split(":")[0]
        if value.split(".")[0] not in _UNSET:
            return _supported(value) or "en"
    return _supported(deck_language or "") or "en"


def _supported(value: str) -> str | None:
    """Return the catalog language of a locale name (`fr_CA.UTF-8` → `fr`), if there is one."""
    code = value.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else None


def use(language: str) -> None:
    """Speak `language` from now on (English when it has no compiled catalog)."""
    global _current, _language
    _current = gettext.translation(DOMAIN, LOCALE_DIR, [language], fallback=True)
    _language = language if isinstance(_current, gettext.GNUTranslations) else "en"


def language() -> str:
    """Return the language spoken now."""
    return _language


def _(message: str) -> str:
    """Return `message` in the language spoken now."""
    return _current.gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """Return the singular or plural form of a message for `count`, in the language spoken now."""
    return _current.ngettext(singular, plural, count)


def N_(message: str) -> str:
    """Mark `message` for translation where it is defined; translate it with `_` where shown."""
    return message
