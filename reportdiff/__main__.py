"""``python -m reportdiff`` runs the command line."""

from .cli import main

main()
