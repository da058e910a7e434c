"""Make text that came from a file safe to print on a terminal."""

from __future__ import annotations

import re

# Whole escape sequences first, so their parameters do not survive as visible junk: CSI (colours,
# ESC[2J clears, ESC[8m hides), OSC up to BEL or ST (window titles, OSC 52 sets the clipboard,
# OSC 8 hyperlinks), DCS/SOS/PM/APC strings when terminated, then any other ESC sequence; the
# controls left after that are dropped one by one.
_SEQUENCES = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|(?:\x1b[\]PX^_]|[\x9d\x90\x98\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)"
    r"|\x1b[ -/]*[0-~]?"
)
# What remains of C0 and C1 controls (tab and newline kept), and the bidirectional overrides that
# make a line read differently from what it holds.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """Return `text` without terminal escape sequences and control characters (keep tab, newline)."""
    return _CONTROLS.sub("", _SEQUENCES.sub("", text.replace("\r\n", "\n")))


_RAW_IN_JSON = re.compile(r"[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def json_safe(text: str) -> str:
    """Return JSON text with the controls `json.dumps` leaves raw written as `\\uXXXX` (same data)."""
    return _RAW_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
