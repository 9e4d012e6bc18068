"""Grounded answers: checks that a summary or a translation says what its source says, and no more.

* :func:`check_summary` - no invented number, name or claim; within the asked length;
* :func:`extractive_summary` - the honest fallback: the source's own sentences within the limit;
* :func:`check_translation` - in the target language (language identification), numbers kept,
  nothing added or dropped;
* :func:`language_shares` / :func:`detect_language` - offline language identification;
* :class:`Grounding` - the record of checks, retry and fallback a text step keeps in its trace.

The text tasks (``summarize``, ``translate``) run these after generating, retry once with a
stricter prompt, then fall back; see docs/grounding.md.
"""

from __future__ import annotations

from wavllm_agent.grounding.check import Grounding, Verdict
from wavllm_agent.grounding.langid import LanguageShares, detect_language, language_shares
from wavllm_agent.grounding.summary import check_summary, extractive_summary, word_count
from wavllm_agent.grounding.translation import check_translation, require_supported, supported_targets

__all__ = [
    "Grounding",
    "LanguageShares",
    "Verdict",
    "check_summary",
    "check_translation",
    "detect_language",
    "extractive_summary",
    "language_shares",
    "require_supported",
    "supported_targets",
    "word_count",
]
