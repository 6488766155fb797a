"""Shrink a failing input while it still fails at the same site (delta debugging on bytes)."""

from __future__ import annotations

from collections.abc import Callable


def minimize(data: bytes, still_fails: Callable[[bytes], bool], budget: int = 40) -> bytes:
    """The smallest ``data`` found within ``budget`` trials for which ``still_fails`` holds."""
    chunk = max(1, len(data) // 2)
    trials = 0
    while chunk >= 1 and trials < budget:
        i, shrunk = 0, False
        while i < len(data) and trials < budget:
            candidate = data[:i] + data[i + chunk:]
            trials += 1
            if candidate and still_fails(candidate):
                data, shrunk = candidate, True
            else:
                i += chunk
        if not shrunk:
            chunk //= 2
    return data
