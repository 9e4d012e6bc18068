"""What a grounding check returns, and the record of checks, retries and fallbacks a step keeps."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal


@dataclass(frozen=True)
class Verdict:
    """The outcome of checking one output against its source.

    Attributes:
        ok: True when nothing is wrong.
        problems: one short line per failed check ("invented number: 12", "not German: 40 % English").
    """

    problems: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        """True when no check failed."""
        return not self.problems

    @property
    def only_soft(self) -> bool:
        """True when every problem is a soft one (:data:`SOFT_PROBLEMS`): worth a retry, never a failure."""
        return bool(self.problems) and all(p.startswith(SOFT_PROBLEMS) for p in self.problems)


SOFT_PROBLEMS = ("name left out",)
"""Problems that ask for the retry but do not fail a step: a capitalised word of the source may be a
title or a common noun that a translation rightly translates ("Mayor" -> "Bürgermeister")."""


Outcome = Literal["passed", "retried", "fallback"]


@dataclass
class Grounding:
    """What happened to a text step's output on its way out: checks, a retry, a fallback.

    Attributes:
        check: which check ran (``"summary"`` or ``"translation"``).
        attempts: the problems found in each generated attempt, in order (empty tuple: it passed).
        outcome: ``"passed"`` (first attempt good), ``"retried"`` (the stricter retry was good) or
            ``"fallback"`` (neither: the output is the fallback).
        fallback: what the fallback was (``"extractive"``: sentences of the source;
            ``"failed"``: a statement that the step failed), None when none was needed.
        repaired: the accepted attempt had one wrong scale word of an amount or one wrong day or month,
            replaced by the right one (:func:`~wavllm_agent.grounding.scales.repair_scales`,
            :func:`~wavllm_agent.grounding.dates.repair_dates`); its problems stay in ``attempts``.
        candidate: when the retry was accepted, which of its beam-search answers passed (0: the best);
            the retry's entry in ``attempts`` holds that answer's problems (none), or, when none passed,
            those of the best answer.
    """

    check: str
    attempts: list[tuple[str, ...]] = field(default_factory=list)
    outcome: Outcome = "passed"
    fallback: str | None = None
    repaired: bool = False
    candidate: int | None = None

    @property
    def failed(self) -> bool:
        """True when the step could not produce what was asked and says so instead."""
        return self.fallback == "failed"

    def to_dict(self) -> dict[str, Any]:
        """``{"check", "outcome", "attempts": [[problem, ...], ...], "fallback"}``, with ``"repaired": true``
        when a scale word or a date was repaired and ``"candidate": k`` when the retry's k-th answer was kept."""
        out: dict[str, Any] = {"check": self.check, "outcome": self.outcome,
                               "attempts": [list(a) for a in self.attempts], "fallback": self.fallback}
        if self.repaired:
            out["repaired"] = True
        if self.candidate is not None:
            out["candidate"] = self.candidate
        return out
