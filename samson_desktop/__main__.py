"""The ``samson`` command (``python -m samson_desktop``, the installed script and the bundle)."""

import gc

# Loading the program makes tens of thousands of objects that live as long as it does; collecting
# garbage while they are made only costs time (~15 ms before the first paint). The collector comes
# back before a command runs (cli/main.py) and, in the window, once every page is built (ui/app.py).
gc.disable()

from samson_desktop.cli.main import console_main  # noqa: E402 - after the collector is off

if __name__ == "__main__":
    console_main()
