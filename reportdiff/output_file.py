"""Writing a command's output: to a regular file atomically, to anything else as it is.

A descriptor path (/dev/stdout, /dev/fd/N) is written through the open descriptor, a FIFO or
device into itself, and only a regular file is replaced, through a temporary file beside it.
Errors are :class:`OutputError` (a ``click.ClickException``) with the path, which the CLI reports
on one line in the reader's language.
"""

from __future__ import annotations

import errno
import fcntl
import os
import stat
import sys
from typing import TYPE_CHECKING

import click

from . import lazy_re
from .errors import os_reason

if TYPE_CHECKING:
    from pathlib import Path


#: Paths naming one of this process's open descriptors. Writing to the descriptor itself keeps
#: what the shell set up (a pipe, ``>>`` appending to a file); reopening the path by name
#: would truncate an appended file, and resolving it and renaming over it would replace it.
_DESCRIPTOR_PATH = lazy_re.compile(r"^/(?:dev/fd|proc/self/fd|proc/(\d+)/fd)/(\d+)$")
_STANDARD_STREAMS = {"/dev/stdin": 0, "/dev/stdout": 1, "/dev/stderr": 2}


class OutputError(click.ClickException):
    """An output that cannot be written: its English message, and ``text(lang)`` from its code."""

    def __init__(self, code: str, **params: object) -> None:
        from .errors import problem_text

        super().__init__(problem_text(code, params, "en"))
        self.code, self.params = code, params

    def text(self, lang: str = "zh") -> str:
        from .errors import problem_text

        return problem_text(self.code, self.params, lang)


def _descriptor(path: str) -> int | None:
    """Return the descriptor ``path`` names (following symlinks such as /dev/stdout), if any."""
    current = os.path.abspath(path)
    for _ in range(40):
        if current in _STANDARD_STREAMS:
            return _STANDARD_STREAMS[current]
        found = _DESCRIPTOR_PATH.match(current)
        if found and (found.group(1) is None or int(found.group(1)) == os.getpid()):
            return int(found.group(2))
        if not os.path.islink(current):
            return None
        current = os.path.normpath(os.path.join(os.path.dirname(current), os.readlink(current)))
    return None


def check_writable(path: str) -> None:
    """Fail early, before any work, when ``path`` cannot take the output."""
    fd = _descriptor(path)
    if fd is not None:
        try:
            flags = fcntl.fcntl(fd, fcntl.F_GETFL)
        except OSError:
            raise OutputError("descriptor_closed", path=path, fd=fd) from None
        if flags & os.O_ACCMODE == os.O_RDONLY:
            raise OutputError("descriptor_read_only", path=path, fd=fd)
        return
    target = os.path.realpath(path)
    if os.path.isdir(target):
        raise OutputError("output_is_directory", path=path)
    if os.path.exists(target) and not stat.S_ISREG(os.stat(target).st_mode):
        if not os.access(target, os.W_OK):
            raise OutputError("permission_denied", path=path)
        return
    folder = os.path.dirname(target)
    if not os.path.isdir(folder):
        raise OutputError("no_output_folder", path=path, folder=folder)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError("folder_read_only", path=path, folder=folder)


def _write_descriptor(fd: int, payload: bytes, path: str) -> None:
    if fd in (1, 2):
        (sys.stdout if fd == 1 else sys.stderr).flush()
    view = memoryview(payload)
    try:
        while view:
            view = view[os.write(fd, view):]
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise OutputError("cannot_write", path=path, **os_reason(exc)) from None


def write_output(path: str | Path, data: str | bytes) -> None:
    """Write ``data`` to ``path``: a regular file atomically, anything else into it as it is.

    A descriptor path (/dev/stdout, /dev/fd/N) is written through the open descriptor, so a
    pipe gets the output and a file the shell opened with ``>>`` keeps what it held; a FIFO,
    terminal or other device is opened and written into; only a regular file (or a new one)
    is replaced, via a temporary file beside it.
    """
    from pathlib import Path  # -- not needed by --help or output to the terminal --

    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd = _descriptor(str(path))
    if fd is not None:
        _write_descriptor(fd, payload, str(path))
        return
    target = Path(os.path.realpath(path))
    if target.exists() and not stat.S_ISREG(target.stat().st_mode):
        # -- a FIFO, terminal or device: replacing it would destroy it --
        try:
            with open(target, "wb") as out:
                out.write(payload)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError("cannot_write", path=path, **os_reason(exc)) from None
        return
    write_atomically(target, payload)


def write_atomically(path: Path, data: str | bytes) -> None:
    """Write ``data`` to the regular file ``path`` via a temporary file, so readers never see half a file.

    A symlink is written through (its target is replaced), an existing file keeps its
    permissions, a new one gets the umask's, and the temporary file never outlives a
    failure or an interrupt.
    """
    from pathlib import Path  # -- not needed by --help or output to the terminal --

    payload = data.encode("utf-8") if isinstance(data, str) else data
    target = Path(os.path.realpath(path))
    try:
        fd, tmp = _temporary_file(target.parent, f".{target.name}.", ".tmp")
    except OSError as exc:
        raise OutputError("cannot_write", path=path, **os_reason(exc)) from None
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(payload)
            out.flush()
            os.fsync(out.fileno())
        try:
            mode = target.stat().st_mode & 0o7777
        except FileNotFoundError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError("cannot_write", path=path, **os_reason(exc)) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _temporary_file(folder: Path, prefix: str, suffix: str) -> tuple[int, str]:
    """Create a new file only this process can read, as ``tempfile.mkstemp`` does (same flags and
    mode), without importing tempfile: it brings shutil, random and the compression modules,
    about 3 ms of every run that writes a file."""
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        name = os.path.join(folder, f"{prefix}{os.urandom(6).hex()}{suffix}")
        try:
            return os.open(name, flags, 0o600), name
        except FileExistsError:
            continue  # -- a name another writer took: draw again, as mkstemp does --
    raise FileExistsError(errno.EEXIST, "no unused temporary file name", str(folder))


__all__ = ["check_writable", "write_atomically", "write_output"]
