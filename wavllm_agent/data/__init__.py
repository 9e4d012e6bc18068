"""Data the project reads and writes: evaluation and training manifests.

Importing this package is light (standard library only).
"""

from wavllm_agent.data.manifest import (
    ManifestFormat,
    ManifestRow,
    detect_format,
    iter_manifest,
    normalize_label,
    read_manifest,
    write_jsonl,
)

__all__ = [
    "ManifestFormat",
    "ManifestRow",
    "detect_format",
    "iter_manifest",
    "normalize_label",
    "read_manifest",
    "write_jsonl",
]
