"""A socket guard for tests: only this computer may be reached; every other attempt is refused and recorded.

The ``no_network`` fixture (tests/conftest.py) installs it for one test:
it patches ``socket.socket.connect``/``connect_ex``/``sendto``, ``socket.create_connection``
and the name lookups (``getaddrinfo``, ``gethostbyname``, ``gethostbyname_ex``,
``gethostbyaddr``) for the duration of the test.  Loopback addresses (127.0.0.0/8, ::1),
"localhost" and local (Unix) sockets pass; anything else raises ``ConnectionRefusedError``
(or ``socket.gaierror`` for a lookup) before the operating system is asked, and lands in
``guard.attempts`` so that the test can assert it stayed empty.  Processes started by the
code under test (LibreOffice, Java) are outside its reach.
"""

from __future__ import annotations

import errno
import ipaddress
import socket
from dataclasses import dataclass, field

import pytest

LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"}


def is_local_host(host) -> bool:
    if host is None:
        return True  # getaddrinfo(None, port): the local wildcard
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    host = str(host).strip("[]").split("%")[0]
    if host in ("", "0.0.0.0", "::"):
        return True  # binding a listening socket, never a destination
    if host.lower() in LOCAL_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def is_local_address(address) -> bool:
    if isinstance(address, (str, bytes)):
        return True  # AF_UNIX path
    if isinstance(address, tuple) and address:
        return is_local_host(address[0])
    return False


@dataclass
class NetworkGuard:
    attempts: list[tuple[str, object]] = field(default_factory=list)  # (what, where) refused
    originals: dict = field(default_factory=dict)

    def refuse(self, what: str, where) -> None:
        self.attempts.append((what, where))
        raise ConnectionRefusedError(errno.ECONNREFUSED, f"privacy guard: {what} to {where!r} is not allowed")

    def install(self, monkeypatch: pytest.MonkeyPatch) -> NetworkGuard:
        guard = self
        for name in ("connect", "connect_ex", "sendto"):
            self.originals[name] = getattr(socket.socket, name)
        for name in ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr", "create_connection"):
            self.originals[name] = getattr(socket, name)

        def connect(sock, address):
            if not is_local_address(address):
                guard.refuse("connect", address)
            return guard.originals["connect"](sock, address)

        def connect_ex(sock, address):
            if not is_local_address(address):
                guard.attempts.append(("connect_ex", address))
                return errno.ECONNREFUSED
            return guard.originals["connect_ex"](sock, address)

        def sendto(sock, data, *args):
            address = args[-1]
            if not is_local_address(address):
                guard.refuse("sendto", address)
            return guard.originals["sendto"](sock, data, *args)

        def create_connection(address, *args, **kwargs):
            if not is_local_address(address):
                guard.refuse("create_connection", address)
            return guard.originals["create_connection"](address, *args, **kwargs)

        def lookup(name):
            def guarded(host, *args, **kwargs):
                if not is_local_host(host) and not _is_numeric(host):
                    guard.attempts.append((name, host))
                    raise socket.gaierror(socket.EAI_NONAME, f"privacy guard: looking up {host!r} is not allowed")
                return guard.originals[name](host, *args, **kwargs)
            return guarded

        monkeypatch.setattr(socket.socket, "connect", connect)
        monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
        monkeypatch.setattr(socket.socket, "sendto", sendto)
        monkeypatch.setattr(socket, "create_connection", create_connection)
        for name in ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr"):
            monkeypatch.setattr(socket, name, lookup(name))
        return self


def _is_numeric(host) -> bool:
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    try:
        ipaddress.ip_address(str(host).strip("[]").split("%")[0])
        return True
    except ValueError:
        return False
