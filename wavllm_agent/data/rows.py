"""The row model shared by every manifest format: :class:`ManifestRow` and label normalisation."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wavllm_agent.errors import ManifestError

__all__ = ["KNOWN_FIELDS", "Label", "ManifestRow", "normalize_label"]

#: Keys that map onto ManifestRow fields; every other key or column goes to ``extra``.
KNOWN_FIELDS = ("id", "audio", "text", "prompt", "audio2", "label", "question")
_TRUE_WORDS = {"true", "yes", "1"}
_FALSE_WORDS = {"false", "no", "0"}

Label = bool | str | None


def normalize_label(value: Any) -> Label:
    """Bring a label to its canonical form.

    Booleans stay booleans; the strings true/yes/1 and false/no/0 (any case, surrounding
    spaces ignored) and the integers 1 and 0 become booleans (speaker verification); any other
    string is stripped and kept (an emotion, an option letter); an empty string or ``None``
    becomes ``None``. Other types raise :class:`ValueError` (callers turn it into a
    :class:`ManifestError` with the line number).
    """
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        word = value.strip()
        if not word:
            return None
        if word.lower() in _TRUE_WORDS:
            return True
        if word.lower() in _FALSE_WORDS:
            return False
        return word
    raise ValueError(f"a label must be true/false or a string, not {value!r}")


def _optional_text(value: str | None) -> str | None:
    """Empty optional text means 'not given' (the released SQQA rows have an empty prompt)."""
    return value if value else None


@dataclass(frozen=True, slots=True)
class ManifestRow:
    """One row of a manifest: an audio file, the reference output and what the task needs.

    Values are canonical whichever way the row was made: ``id`` is a string, ``audio`` and
    ``audio2`` are paths, an empty ``prompt``/``question``/``audio2`` is ``None`` and ``label``
    went through :func:`normalize_label`. So a row read from JSON Lines equals the same row read
    from the tsv, and rows survive :func:`write_jsonl` then :func:`read_manifest` unchanged.

    Attributes:
        id: Row identifier (the row's 0-based position when the manifest gives none).
        audio: The audio file (absolute when read from a manifest).
        text: The reference output (transcript, translation, answer, ...); may be empty.
        prompt: The instruction, or ``None`` (spoken-query rows have none).
        audio2: A second audio file (speaker verification of a pair), or ``None``.
        label: ``True``/``False`` for speaker verification, an emotion or option letter as a
            string, or ``None``.
        question: The question for spoken question answering, or ``None``.
        extra: Every other key or column (``n_frames`` and ``with_speech`` parsed to int and
            bool when the tsv gives them as text).
    """

    id: str
    audio: Path
    text: str
    prompt: str | None = None
    audio2: Path | None = None
    label: Label = None
    question: str | None = None
    # Left out of the hash (dicts are unhashable); equality still compares it.
    extra: dict[str, Any] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        # A frozen dataclass can only canonicalise through object.__setattr__.
        set_ = object.__setattr__
        set_(self, "id", str(self.id))
        set_(self, "audio", Path(self.audio))
        set_(self, "prompt", _optional_text(self.prompt))
        set_(self, "question", _optional_text(self.question))
        set_(self, "audio2", Path(self.audio2) if self.audio2 else None)
        try:
            set_(self, "label", normalize_label(self.label))
        except ValueError as err:
            raise ManifestError(f"row {self.id!r}: {err}") from err
        set_(self, "extra", dict(self.extra))
        clash = sorted(set(self.extra) & set(KNOWN_FIELDS))
        if clash:
            raise ManifestError(f"extra keys clash with row fields: {', '.join(clash)}")
