"""Exceptions the library raises; the CLI turns them into `Error: …` and exit 1."""


class FactdeckError(Exception):
    """An expected failure with a one-line message that says what is wrong and what to do."""


class InputError(FactdeckError):
    """An article, recipe or facts file that cannot be read or is not valid."""


class TemplateError(FactdeckError):
    """A question or card template that is not valid."""


class OutputError(FactdeckError):
    """An output file that cannot be written."""


class StoreError(FactdeckError):
    """A progress database that cannot be used."""
