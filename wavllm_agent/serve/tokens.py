"""What a streamed chat completion does with the tokens the engine generates (``stream=true``).

:class:`AnswerTokens` is the token sink (:mod:`wavllm_agent.streaming`) and the step listener of
one streamed request, on the worker thread. It sends:

* ``("content", text)`` for the tokens of the generation that *is* the answer: the first generation
  of the plan's answer step (its last step, when no other requested step's output is part of the
  answer) whose task declares ``streams_text`` (its text is that one generation, stripped). Leading
  and trailing whitespace is held back, so what is sent is always a prefix of the stripped answer.
* ``("token", {...})`` for every other generation (intermediate steps, summaries and translations
  that are cleaned, checked and maybe retried): progress, never content.

The route checks at the end that the answer starts with the content sent and sends the rest
(:func:`rest_of_answer`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

Send = Callable[[str, Any], None]


def answer_step(steps: list[Any]) -> int:
    """The index of the step whose text alone is the answer, or -1 (several steps make it up).

    Mirrors :func:`~wavllm_agent.planning.execute.assemble_answer`: the requested steps that no
    later step consumes; none means the last step.
    """
    consumed = {s.input for s in steps if s.input is not None}
    leaves = [i for i, s in enumerate(steps) if i not in consumed and not s.implicit]
    if not leaves:
        return len(steps) - 1
    return leaves[0] if len(leaves) == 1 else -1


class AnswerTokens:
    """Token sink and step listener of one streamed chat request.

    Args:
        send: called (on the worker thread) with ``("content", text)`` or ``("token", event)``.
        tasks: the registered tasks by name (for ``streams_text``).
    """

    def __init__(self, send: Send, tasks: Mapping[str, Any]) -> None:
        self.send = send
        self.tasks = tasks
        self.steps: list[Any] = []
        self.index = -1
        self.generation = 0
        self.live = False
        self.raw = ""
        self.sent = ""

    def on_step(self, event: Any) -> None:
        """Follow the plan's steps (``StepEvent``); decide whether this step streams the answer."""
        if event.kind != "started":
            self.live = False
            return
        self.steps.append(event.step)
        self.index, self.generation = event.index, 0
        last = event.index == event.total - 1 == len(self.steps) - 1
        task = self.tasks.get(event.step.task)
        self.live = last and answer_step(self.steps) == event.index and bool(getattr(task, "streams_text", False))

    def start(self) -> None:
        """A generation begins: only the answer step's first one is the answer."""
        self.generation += 1
        if self.generation > 1:
            self.live = False

    def __call__(self, delta: str) -> None:
        """Text the model just generated."""
        if not self.live:
            self.send("token", {"event": "step.token", "index": self.index, "generation": self.generation,
                                "delta": delta})
            return
        self.raw += delta
        stable = self.raw.strip()
        if len(stable) > len(self.sent) and stable.startswith(self.sent):
            piece, self.sent = stable[len(self.sent):], stable
            self.send("content", piece)


def rest_of_answer(answer: str, streamed: str) -> str | None:
    """What remains to send after ``streamed`` content, or None when ``streamed`` is not a prefix."""
    return answer[len(streamed):] if answer.startswith(streamed) else None
