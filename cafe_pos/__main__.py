"""`python -m cafe_pos` runs the command line."""

from cafe_pos.cli import main

raise SystemExit(main())
