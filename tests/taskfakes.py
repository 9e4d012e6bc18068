"""FAKE plugin tasks that declare how they are planned, scored and trained (plumbing tests only).

``FakeLoudnessTask`` stands for a third-party task: the core knows nothing of it but what it
declares. It "answers" from the engine's transcript, so it hears nothing; never use it to test
accuracy.
"""

from __future__ import annotations

from wavllm_agent.engines.base import Engine
from wavllm_agent.hookspecs import hookimpl
from wavllm_agent.results import TaskResult
from wavllm_agent.tasks.base import Task, TaskInput, TaskParams, require_audio
from wavllm_agent.tasks.traits import PlanningTraits, TrainingTraits

FAKE_TASK = "fake_loudness"


class FakeLoudnessTask(Task):
    """FAKE: says "loud" when the transcript has an exclamation mark, else "quiet"."""

    name = FAKE_TASK
    description = "FAKE task for tests: is the speaker loud or quiet."
    prompts = ("Is the speaker loud or quiet?", "How loud is the voice: loud or quiet?")
    phrases = ("loudness", "how loud")
    output_noun = "loudness"
    metrics = ("accuracy",)
    planning = PlanningTraits(fallback_phrases=("volume",))
    training = TrainingTraits(target="label", subtask_fields=("loudness",))

    def run(self, engine: Engine, inputs: TaskInput, params: TaskParams) -> TaskResult:
        text = engine.transcribe(require_audio(self, inputs)).text
        return TaskResult(task=self.name, text="loud" if "!" in text else "quiet", engine=engine.name)


class FakeUntrainedTask(FakeLoudnessTask):
    """FAKE: a task that declares neither metrics nor training."""

    name = "fake_untrained"
    phrases = ()
    metrics = ()
    training = None


class FakeTaskPlugin:
    """Registers the FAKE tasks through the ``register_tasks`` hook, as a third-party plugin does."""

    @hookimpl
    def register_tasks(self, register):  # type: ignore[no-untyped-def]
        register(FakeLoudnessTask())
        register(FakeUntrainedTask())


def register_fake_tasks() -> None:
    """Add :class:`FakeTaskPlugin` to this process's plugin manager."""
    from wavllm_agent.plugins import register_object

    register_object(FakeTaskPlugin(), "fake-task-plugin")
