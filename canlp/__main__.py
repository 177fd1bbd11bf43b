"""``python -m canlp``: the ``canlp`` command without its console script (the same commands, options and exit codes)."""

from canlp.cli import main

if __name__ == "__main__":
    main()
