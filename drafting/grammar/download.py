""""Download LanguageTool": the one action that uses the network, and only when the user confirms it.

It fetches the official release archive (languagetool.org), checks it against the SHA-256
checksum that language-tool-python publishes for that version, and unpacks it safely into
the user data folder (``<data>/languagetool/LanguageTool-<version>``).  The folder it
returns is what the LanguageTool setting should then point to.  Nothing else in Resolute
downloads anything, and nothing is downloaded at start.
"""

from __future__ import annotations

import hashlib
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from ..errors import InputError
from ..settings import data_dir

DEFAULT_VERSION = "6.6"  # the newest release on languagetool.org's own download page
MAX_BYTES = 512 * 1024 * 1024
CHUNK = 1024 * 1024


@dataclass(frozen=True)
class DownloadPlan:
    """What the confirmation dialog shows: what, from where, how it is checked, where it goes."""

    version: str
    url: str
    sha256: str
    folder: Path  # where LanguageTool-<version>/ will be unpacked

    @property
    def host(self) -> str:
        return urlsplit(self.url).hostname or self.url

    @property
    def installed(self) -> Path:
        return self.folder / f"LanguageTool-{self.version}"


def download_plan(version: str = DEFAULT_VERSION, folder: Path | None = None) -> DownloadPlan:
    from language_tool_python.download_lt import EXPECTED_DOWNLOAD_SHA256, ReleaseLocalLanguageTool

    checksum = EXPECTED_DOWNLOAD_SHA256.get(version)
    if not checksum:
        raise ValueError(f"LanguageTool {version} has no published checksum; Resolute will not install it unchecked")
    url = ReleaseLocalLanguageTool(version).download_url
    return DownloadPlan(version, url, checksum, folder or data_dir() / "languagetool")


def download_languagetool(plan: DownloadPlan, *, confirmed: bool,
                          progress: Callable[[int, int | None], None] | None = None) -> Path:
    """Download, check and unpack LanguageTool; the installed folder.  Only after the user said yes."""
    if not confirmed:
        raise PermissionError(f"downloading LanguageTool contacts {plan.host}; the user must confirm it first")
    if (plan.installed / "languagetool-server.jar").is_file():
        return plan.installed
    plan.folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=plan.folder, prefix=".download-") as tmp:
        archive = Path(tmp) / f"LanguageTool-{plan.version}.zip"
        fetch(plan.url, archive, progress)
        return install_zip(archive, plan.sha256, plan.folder)


def fetch(url: str, target: Path, progress: Callable[[int, int | None], None] | None = None,
          max_bytes: int = MAX_BYTES) -> None:
    """Stream ``url`` into ``target``; ``progress(done, total)`` after every chunk."""
    import requests

    try:
        with requests.get(url, stream=True, timeout=60) as response:
            if response.status_code != 200:
                raise InputError(url, f"the server answered {response.status_code}; nothing was installed")
            total = int(response.headers.get("Content-Length") or 0) or None
            if total and total > max_bytes:
                raise InputError(url, f"the archive is too large ({total // (1024 * 1024)} MB)")
            done = 0
            with target.open("wb") as out:
                for chunk in response.iter_content(chunk_size=CHUNK):
                    done += len(chunk)
                    if done > max_bytes:
                        raise InputError(url, "the archive is larger than announced; download stopped")
                    out.write(chunk)
                    if progress is not None:
                        progress(done, total)
    except requests.RequestException as exc:
        raise InputError(url, f"the download failed ({exc}); nothing was installed") from None


def install_zip(archive: Path, sha256: str, folder: Path) -> Path:
    """Check ``archive`` against ``sha256`` and unpack it into ``folder``; the LanguageTool folder.

    A wrong checksum, a damaged or unsafe archive, or an existing folder of the same name
    stops the installation before anything is written into ``folder``.
    """
    from language_tool_python.exceptions import PathError
    from language_tool_python.safe_zip import SafeZipExtractor

    digest = file_sha256(archive)
    if digest != sha256.lower():
        raise InputError(archive, f"the checksum does not match (expected {sha256}, got {digest}): "
                                  f"the download is damaged or was altered; nothing was installed")
    try:
        with zipfile.ZipFile(archive) as zipped:
            names = {n.split("/", 1)[0] for n in zipped.namelist()}
            SafeZipExtractor().extractall(zipped, folder, work_dir=archive.parent)
    except zipfile.BadZipFile:
        raise InputError(archive, "this is not a ZIP archive; nothing was installed") from None
    except PathError as exc:
        raise InputError(archive, f"the archive was not unpacked ({exc})") from None
    for name in sorted(names):
        if (folder / name / "languagetool-server.jar").is_file():
            return folder / name
    raise InputError(archive, "the archive holds no languagetool-server.jar; it is not LanguageTool")


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()
