"""The bundle's entry point: the same command as the installed `mouplanner` script."""

from mouplanner.cli.main import main

if __name__ == "__main__":
    raise SystemExit(main())
