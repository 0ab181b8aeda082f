"""Program entry of the PyInstaller bundle: the same ``samson`` command as the installed script."""

from samson_desktop.__main__ import console_main

if __name__ == "__main__":
    console_main()
