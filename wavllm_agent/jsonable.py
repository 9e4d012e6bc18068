"""Plain JSON data from results, traces and numpy values (for artifacts, saved sessions, --json)."""

from __future__ import annotations

import json
from typing import Any


def json_default(obj: Any) -> Any:
    """``json.dumps(default=...)``: objects with ``to_dict``, numpy scalars, sets and tuples."""
    if hasattr(obj, "to_dict"):
        return obj.to_dict()
    if hasattr(obj, "item"):  # numpy scalars
        return obj.item()
    if isinstance(obj, (set, frozenset, tuple)):
        return list(obj)
    return str(obj)


def jsonable(value: Any) -> Any:
    """``value`` as plain JSON data (dicts, lists, strings, numbers, booleans, None)."""
    return json.loads(json.dumps(value, default=json_default, ensure_ascii=False))
