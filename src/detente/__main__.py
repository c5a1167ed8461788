"""`python -m detente` runs the CLI."""

from detente.cli.app import main

if __name__ == "__main__":
    main()
