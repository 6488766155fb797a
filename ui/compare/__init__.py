"""Comparing versions in the editor: the compare view (view.py), its rows (rows.py, render.py) and
the window's actions (actions.py)."""
