"""The command line: thin wrappers that parse flags, call the library and report errors."""
