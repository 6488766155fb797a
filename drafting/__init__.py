"""Resolute's core: the resolution model, importers, exporters and the rules engine (no Qt here)."""

__version__ = "0.1.0"
