"""Resolute's desktop editor (PySide6).  Thin: everything it knows about resolutions comes from drafting/."""
