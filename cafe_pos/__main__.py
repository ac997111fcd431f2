"""`python -m cafe_pos` runs the command line (also the packaged app's entry point)."""

import sys

if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        # the packaged app starts the backup's check in a child of itself (spawn):
        # services.backup_snapshot; freeze_support runs that child instead of the command
        # line. Only there: multiprocessing weighs a few ms of every start-up.
        import multiprocessing

        multiprocessing.freeze_support()
    from cafe_pos.cli import main

    raise SystemExit(main())
