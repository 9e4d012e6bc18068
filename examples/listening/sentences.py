"""Plain English sentences for ASR training, taken from Debian's ``fortunes`` package.

``fortunes`` (``apt-get install fortunes``) holds about 15,000 short texts - quotations, sayings,
jokes - in files of records separated by ``%`` lines. This module cuts them into sentences and keeps
the ones a text-to-speech voice reads unambiguously: 4 to 20 words, letters and plain punctuation
only, no all-capital words (acronyms are spelled out by some voices, read by others), no digits
(read as numbers, written as digits: the target would not say what was heard).

    python examples/listening/sentences.py > sentences.txt
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

FORTUNES = Path("/usr/share/games/fortunes")
# The English files that hold prose; art, ascii-art, perl, translate-me and the like are left out.
FILES = ("cookie", "definitions", "education", "food", "fortunes", "humorists", "kids", "law", "literature",
         "love", "medicine", "men-women", "miscellaneous", "news", "people", "pets", "platitudes", "politics",
         "science", "sports", "wisdom", "work")

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_ALLOWED = re.compile(r"^[A-Z][A-Za-z ,.'?!;:-]*[.!?]$")
_CAPS = re.compile(r"\b[A-Z]{2,}\b")
# Words that make a sentence unfit for a demo set (the package's offensive files are not read at all).
_CRUDE = re.compile(r"\b(piss|shit|fuck|damn|bitch|bastard|sex|sexual|screw|crap|hell|ass|drunk|kill|god)\w*",
                    re.IGNORECASE)


def records(path: Path) -> Iterator[str]:
    """The ``%``-separated records of a fortune file, each joined into one line."""
    for record in path.read_text(encoding="latin-1").split("\n%\n"):
        # Attribution lines ("-- Mark Twain") and indented verse are not prose.
        lines = [line.strip() for line in record.splitlines() if not line.strip().startswith("--")]
        yield " ".join(line for line in lines if line)


def sentences(text: str) -> Iterator[str]:
    """The clean sentences of one record (see the module docstring for what is kept)."""
    for sentence in _SENTENCE_END.split(text.replace('"', "").replace("`", "'")):
        sentence = re.sub(r"\s+", " ", sentence).strip()
        words = sentence.split()
        if 4 <= len(words) <= 20 and _ALLOWED.match(sentence) and not _CAPS.search(sentence) \
                and not _CRUDE.search(sentence) \
                and "--" not in sentence and ".." not in sentence and " -" not in sentence and "- " not in sentence:
            yield sentence


def corpus(root: Path = FORTUNES) -> list[str]:
    """Every clean sentence of :data:`FILES`, each once, in file order."""
    if not (root / "fortunes").is_file():
        raise SystemExit(f"{root} has no fortune files: apt-get install fortunes")
    seen: dict[str, None] = {}
    for name in FILES:
        if (root / name).is_file():
            for record in records(root / name):
                for sentence in sentences(record):
                    seen.setdefault(sentence, None)
    return list(seen)


if __name__ == "__main__":
    sys.stdout.write("".join(f"{s}\n" for s in corpus()))
