"""Allow ``python -m samson_desktop``."""

from samson_desktop.cli.main import console_main

if __name__ == "__main__":
    console_main()
