"""The user cache folder, and folders in it that are built exactly once.

Some models need a one-time step before they load (joining split files, de-quantising a GGUF file,
converting a CTranslate2 checkpoint). :func:`cached_folder` runs such a step once per machine, even
when several processes ask at the same moment, and never hands out a half-built folder:

* the folder is built in a temporary sibling and renamed into place (a rename is atomic on POSIX);
* a marker file, written last inside the temporary folder, says the build finished;
* an exclusive ``fcntl`` lock on a sibling lock file makes a second process wait for the first
  one's build instead of doing the work twice.
"""

from __future__ import annotations

import fcntl
import os
import re
import shutil
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from wavllm_agent.errors import ConfigError

CACHE_ENV = "WAVLLM_AGENT_CACHE"
"""Environment variable that overrides the cache folder."""

COMPLETE_MARKER = ".complete"
"""File written last into a cached folder; a folder without it is not built."""

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


def cache_root() -> Path:
    """The folder wavllm-agent caches converted models in.

    ``$WAVLLM_AGENT_CACHE`` when set, else ``$XDG_CACHE_HOME/wavllm-agent``, else
    ``~/.cache/wavllm-agent``. The folder is not created here.
    """
    explicit = os.environ.get(CACHE_ENV)
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".cache"
    return base / "wavllm-agent"


def is_built(folder: Path) -> bool:
    """Whether ``folder`` is a finished cached folder (its completion marker exists)."""
    return (folder / COMPLETE_MARKER).is_file()


def cached_folder(name: str, build: Callable[[Path], None]) -> Path:
    """Return ``<cache>/<name>``, calling ``build(tmp_dir)`` to fill it if it is not built yet.

    ``build`` writes the folder's files into the empty folder it is given; when it returns, the
    folder is marked complete and renamed to its final place. If ``build`` raises, nothing is left
    behind and the error propagates. Concurrent callers (threads or processes) wait on a file lock,
    so ``build`` runs once.

    Args:
        name: one path component (letters, digits, ``.``, ``_``, ``-``); include a version in it
            when the build recipe may change, so that old folders are not reused.
        build: fills the folder it is given.

    Returns:
        The path of the finished folder.

    Raises:
        ConfigError: the name is not a single safe path component, or the cache folder cannot be
            created.
    """
    if not _NAME.match(name):
        raise ConfigError(f"invalid cache folder name {name!r}",
                          hint="use letters, digits, '.', '_' and '-' only")
    root = cache_root()
    final = root / name
    if is_built(final):  # fast path: no lock needed to read a finished folder
        return final
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"cannot create the cache folder {root}: {exc.strerror}",
                          hint=f"set {CACHE_ENV} to a writable folder") from exc
    with _exclusive_lock(root / f".{name}.lock"):
        if is_built(final):  # another process finished while we waited for the lock
            return final
        _remove_leftovers(root, name)
        # mkdir (not mkdtemp, which makes 0700 folders) so the result has the user's umask
        tmp = root / f".{name}.tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        tmp.mkdir()
        try:
            build(tmp)
            _write_marker(tmp)
            os.rename(tmp, final)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
    return final


@contextmanager
def _exclusive_lock(path: Path) -> Iterator[None]:
    """Hold an exclusive advisory lock on ``path`` (created if missing) for the block."""
    with open(path, "a+b") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _remove_leftovers(root: Path, name: str) -> None:
    """Delete what a crashed earlier build left: temporary siblings, an unmarked final folder.

    Only called while holding the lock, so no other process is building ``name`` right now.
    """
    for stale in root.glob(f".{name}.tmp-*"):
        shutil.rmtree(stale, ignore_errors=True)
    final = root / name
    if final.is_dir() and not is_built(final):
        shutil.rmtree(final, ignore_errors=True)
    elif final.exists() and not final.is_dir():
        final.unlink()


def _write_marker(folder: Path) -> None:
    """Write the completion marker, after flushing the built files to disk."""
    for path in folder.rglob("*"):
        if path.is_file():
            with open(path, "rb") as handle:
                os.fsync(handle.fileno())
    marker = folder / COMPLETE_MARKER
    with open(marker, "w", encoding="utf-8") as handle:
        handle.write("complete\n")
        handle.flush()
        os.fsync(handle.fileno())
