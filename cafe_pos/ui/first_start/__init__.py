"""The first-start assistant (``cafe-pos`` on a PC with no café yet)."""
