"""Files that hold personal data are readable by their owner only: 0600 files in 0700
folders (databases, logs, secrets). The rest of the machine's users see nothing."""
from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO

PRIVATE_UMASK = 0o077


def private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(path, 0o700)
    return path


def private_file(path: Path) -> Path:
    """Makes ``path`` (created if missing) readable and writable by its owner only."""
    fd = os.open(path, os.O_CREAT | os.O_APPEND | os.O_WRONLY, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)
    return path


def private_append(path: Path) -> BinaryIO:
    private_file(path)
    return open(path, "ab")


