"""Start a wavllm-agent plugin from the template: ``python new_plugin.py NAME DEST``.

Copies ``wavllm-plugin-template`` to DEST, renaming ``myplugin`` to NAME in file names and text
(distribution ``wavllm-NAME``, module ``wavllm_NAME``, entry point ``NAME``).
"""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

TEMPLATE = Path(__file__).resolve().parent / "wavllm-plugin-template"
PLACEHOLDER = "myplugin"


def new_plugin(name: str, dest: Path) -> Path:
    """Write a new plugin called ``name`` into ``dest`` (which must not exist); return ``dest``."""
    if not re.fullmatch(r"[a-z][a-z0-9_]*", name):
        raise SystemExit(f"error: plugin name {name!r}: use lower-case letters, digits and _ (a module name)")
    if dest.exists():
        raise SystemExit(f"error: {dest} exists already")
    for source in TEMPLATE.rglob("*"):
        if "__pycache__" in source.parts or source.suffix == ".pyc" or ".egg-info" in str(source):
            continue
        target = dest / str(source.relative_to(TEMPLATE)).replace(PLACEHOLDER, name)
        if source.is_dir():
            target.mkdir(parents=True, exist_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(source.read_text(encoding="utf-8").replace(PLACEHOLDER, name), encoding="utf-8")
    shutil.copymode(TEMPLATE, dest)
    return dest


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit("usage: python new_plugin.py NAME DEST")
    print(new_plugin(sys.argv[1], Path(sys.argv[2])))
