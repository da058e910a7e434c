"""Limits shared by the library and the command line, kept light to import at start-up."""

# Articles larger than this are refused unless --max-size raises it (docs/contract.md: default 10 MB).
DEFAULT_MAX_SIZE = 10 * 1024 * 1024

# A deck's collection unpacked from an .apkg: factdeck's hold kilobytes, a zip bomb gigabytes.
MAX_COLLECTION_SIZE = 256 * 1024 * 1024

# An answers file (`quiz --answers FILE`): lines typed by hand, not /dev/zero.
MAX_ANSWERS_SIZE = 10 * 1024 * 1024
