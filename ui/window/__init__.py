"""The main window and what it does: files, findings, grammar, autosave, templates."""
