"""New-document templates: one TOML file a body in ``templates/`` (see templates/README.md)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QLocale

from drafting.errors import InputError
from drafting.files import read_bytes
from drafting.model import MASTHEAD_FIELDS, Inline, Resolution
from drafting.ordinals import ordinal_word
from drafting.paths import templates_dir


def format_date(day: date) -> str:
    """A date as UN documents write it: 19 October 2022 (English month names whatever the locale)."""
    return f"{day.day} {QLocale(QLocale.Language.English).monthName(day.month)} {day.year}"


@dataclass(frozen=True)
class Template:
    name: str
    description: str
    order: int
    path: Path
    data: dict

    def build(self, today: date | None = None, packs: tuple[str, ...] = ()) -> Resolution:
        """A new resolution from the template; an empty date becomes ``today`` (day month year)."""
        res = Resolution()
        masthead = self.data.get("masthead", {})
        for name in MASTHEAD_FIELDS:
            setattr(res.masthead, name, Inline(str(masthead.get(name, ""))))
        if not res.masthead.date.text:
            today = today or date.today()
            res.masthead.date = Inline(format_date(today))
            if res.masthead.organ.text == "General Assembly":
                res.masthead.session = Inline(session_on(res.masthead.session.text, today))
        submission = self.data.get("submission", {})
        res.submission.kind = str(submission.get("kind", ""))
        res.submission.sponsors = [str(s) for s in submission.get("sponsors", [])]
        res.title = Inline(str(self.data.get("title", "")))
        res.authoring_body = Inline(str(self.data.get("body", "")))
        style = str(self.data.get("style", ""))
        res.meta.style = style if style and style in packs else None
        return res


def session_on(session: str, day: date) -> str:
    """The General Assembly's session line for a draft dated ``day``: a session opens in the second week of
    September (the eightieth on 9 September 2025), so "Eightieth session" becomes "Eighty-first session" a year on."""
    number = day.year - 1945 - (1 if (day.month, day.day) < (9, 9) else 0)
    word = ordinal_word(number)
    return re.sub(r"^[A-Za-z]+(?:-[a-z]+)?(?= session\b)", word[:1].upper() + word[1:], session)


def load_template(path: Path) -> Template:
    try:
        data = tomllib.loads(read_bytes(path).decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise InputError(path, f"damaged template: {exc}") from None
    return Template(str(data.get("name", path.stem)), str(data.get("description", "")), int(data.get("order", 99)),
                    path, data)


def templates(folder: Path | None = None) -> list[Template]:
    """Every readable template, in menu order; a damaged one is skipped."""
    return list(_templates(folder or templates_dir()))


@lru_cache(maxsize=4)
def _templates(folder: Path) -> tuple[Template, ...]:
    out = []
    for path in sorted(folder.glob("*.toml")):
        try:
            out.append(load_template(path))
        except InputError:
            continue
    return tuple(sorted(out, key=lambda t: (t.order, t.name)))
