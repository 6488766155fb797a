"""Findings in the editor: the live rules engine, background checks, spelling and grammar."""
