"""Build hook: compile the quiz's message catalogs (generators/locale/*/LC_MESSAGES/*.po → .mo).

It runs for wheels and editable installs alike, writing each .mo beside its .po: the wheel ships
them (pyproject's `artifacts`, as .gitignore leaves them out of git), and an editable install
reads them from the source tree. Babel is a build requirement only.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def compile_catalogs(root: Path) -> list[Path]:
    """Compile every .po under generators/locale into its .mo; return the .mo files."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    written = []
    for po in sorted((root / "generators" / "locale").glob("*/LC_MESSAGES/*.po")):
        with po.open("rb") as source:
            catalog = read_po(source, locale=po.parent.parent.name, domain=po.stem)
        mo = po.with_suffix(".mo")
        with mo.open("wb") as target:
            write_mo(target, catalog, use_fuzzy=False)
        written.append(mo)
    return written


class CatalogsHook(BuildHookInterface):  # type: ignore[misc]
    """Compile the message catalogs before the wheel (standard or editable) is assembled."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """Compile the catalogs of the tree being built."""
        compile_catalogs(Path(self.root))
