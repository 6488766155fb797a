"""The result types of a check, under the names the rules import (defined in drafting/diagnostics.py)."""

from ..diagnostics import ERROR, INFO, PARTS, SEVERITIES, WARNING, Diagnostic, Fix, Location, shown

__all__ = ["ERROR", "INFO", "PARTS", "SEVERITIES", "WARNING", "Diagnostic", "Fix", "Location", "shown"]
