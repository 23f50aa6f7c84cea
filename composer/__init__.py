"""Composer: write Amazon buyer messages that Amazon will accept."""

__version__ = "0.1.0"
