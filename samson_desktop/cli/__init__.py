"""The ``samson`` command line: subcommands for scripts and batch work, and the app launcher."""
