"""Tests of the window, through real widgets (pytest-qt, offscreen)."""
