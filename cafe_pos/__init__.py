"""cafe-pos: counter and back-office software of rural multiservice cafés."""

import time as _time

# When the program started (perf_counter), for the start-up time printed by `--smoke`.
_started: float = _time.perf_counter()

__version__ = "0.1.0"
