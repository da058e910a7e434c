"""Limits shared by the library and the command line, kept light to import at start-up."""

# Articles larger than this are refused unless --max-size raises it (docs/contract.md: default 10 MB).
DEFAULT_MAX_SIZE = 10 * 1024 * 1024
