"""`python -m cafe_pos` runs the command line (also the packaged app's entry point)."""

import multiprocessing

if __name__ == "__main__":
    # the packaged app starts the backup's check in a child of itself (spawn):
    # services.backup_snapshot; freeze_support runs that child instead of the command line
    multiprocessing.freeze_support()
    from cafe_pos.cli import main

    raise SystemExit(main())
