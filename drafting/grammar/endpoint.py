"""Where LanguageTool is: a server on this computer, or a LanguageTool folder to start.

The setting (``Settings.languagetool``) is one string: empty (grammar off), an address
(``http://localhost:8081``), or a folder (``/opt/LanguageTool-6.6``).  An address must
name this computer — localhost, 127.0.0.0/8 or ::1 — so that no sentence ever leaves it;
anything else is refused before any connection or name lookup is attempted.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

SERVER, FOLDER = "server", "folder"
_ADDRESS = re.compile(r"^(?:[a-z][a-z0-9+.-]*://|localhost\b|127\.|\[::1\])", re.IGNORECASE)


class GrammarConfigError(ValueError):
    """A LanguageTool setting that cannot be used, with the reason in words."""


@dataclass(frozen=True)
class Endpoint:
    kind: str  # SERVER or FOLDER
    url: str = ""  # SERVER: the base address, without /v2
    folder: Path | None = None  # FOLDER: the LanguageTool folder

    def describe(self) -> str:
        return self.url if self.kind == SERVER else str(self.folder)


def parse_setting(value: str) -> Endpoint | None:
    """The endpoint a setting names, None for an empty setting, or GrammarConfigError."""
    value = value.strip()
    if not value:
        return None
    if _ADDRESS.match(value):
        return Endpoint(SERVER, url=local_url(value))
    return Endpoint(FOLDER, folder=Path(value).expanduser())


def local_url(value: str) -> str:
    """``value`` as a base URL of a server on this computer (no path), or GrammarConfigError."""
    url = value if "://" in value else f"http://{value}"
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:  # "http://[::1" and the like
        raise GrammarConfigError(f"{value}: not a valid server address (write it like http://localhost:8081)") from None
    if parts.scheme not in ("http", "https"):
        raise GrammarConfigError(f"{value}: a LanguageTool server address starts with http://")
    if not is_loopback_host(host):
        raise GrammarConfigError(
            f"{host or value} is not this computer: Resolute only uses a LanguageTool running on this "
            f"computer (localhost, 127.0.0.1 or ::1), so that no text leaves it")
    try:
        port = parts.port
    except ValueError:
        raise GrammarConfigError(f"{value}: the port is not a number from 1 to 65535") from None
    netloc = f"[{host}]" if ":" in host else host
    return f"{parts.scheme}://{netloc}{f':{port}' if port else ''}"


def is_loopback_host(host: str) -> bool:
    """True for a loopback address, and for "localhost" when the system maps it only to loopback.

    Never asks a DNS server: any other name is refused without a lookup.
    """
    host = host.strip("[]")
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        pass
    if host.lower() != "localhost":
        return False
    try:
        infos = socket.getaddrinfo(host, None)
    except OSError:
        return False
    return bool(infos) and all(ipaddress.ip_address(str(info[4][0]).split("%")[0]).is_loopback for info in infos)
