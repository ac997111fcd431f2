"""cafe-pos: counter and back-office software of rural multiservice cafés."""

__version__ = "0.1.0"
