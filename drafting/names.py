"""Names of States in UN short form (sponsor lists, spelling), from ``resources/names/``."""

from __future__ import annotations

from functools import lru_cache

from .paths import resource


@lru_cache(maxsize=1)
def _states() -> tuple[dict[str, str], dict[str, str]]:
    """({key: name} of members and observers, {key: current name} of former forms)."""
    current, former, section = {}, {}, "member"
    for raw in resource("names", "member-states.txt").read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith("# @section"):
            section = line.split()[2]
        elif line and not line.startswith("#"):
            if section == "former":
                old, new = (x.strip() for x in line.split("=", 1))
                former[_key(old)] = new
            else:
                current[_key(line)] = line
    return current, former


def _key(name: str) -> str:
    return " ".join(name.replace("'", "’").split()).casefold()


OBSERVER_STATES = ("Holy See", "State of Palestine")  # non-member observer States


def state_names(include_observers: bool = True) -> list[str]:
    names = list(_states()[0].values())
    return names if include_observers else [n for n in names if n not in OBSERVER_STATES]


def is_state_name(name: str) -> bool:
    key = _key(name)
    current, former = _states()
    return key in current or key in former


def canonical_state_name(name: str) -> str | None:
    """The current UN short form of a State's name, or None for an unknown name."""
    current, former = _states()
    key = _key(name)
    return current.get(key) or former.get(key)


def sort_name(name: str) -> str:
    """The name a State is listed under in UN order: its UN short form, also for the long form written in running
    order (“Bolivarian Republic of Venezuela” is listed as “Venezuela (Bolivarian Republic of)”)."""
    known = canonical_state_name(name)
    if known:
        return known
    head, sep, tail = name.rpartition(" of ")
    if sep:
        for article in ("", "the "):
            if tail.startswith(article):
                inverted = canonical_state_name(f"{tail[len(article):]} ({head} of {article})".replace(" )", ")"))
                if inverted:
                    return inverted
    return name
