"""A plugin's task joins plans through its declared phrases, or its description."""

from __future__ import annotations

from pydantic import Field

from wavllm_agent.planning import plan_rules
from wavllm_agent.results import TaskResult
from wavllm_agent.tasks.base import Task, TaskKind, TaskParams


class KeywordsParams(TaskParams):
    target_lang: str | None = Field(None, description="Language of the keywords.")


class KeywordsTask(Task):
    """Test-only text task with declared phrases."""

    name = "keywords"
    description = "List the keywords of a text (or of what is said in the audio)."
    kind = TaskKind.TEXT
    params_model = KeywordsParams
    output_noun = "keywords"
    phrases = ("keywords", "key words", "keyphrases")

    def run(self, engine, inputs, params):  # pragma: no cover - never run here
        return TaskResult(self.name, "", engine.name)


class GenderTask(Task):
    """Test-only speech task that declares no phrases: it is found through its description."""

    name = "gender"
    description = "Tell whether the voice is male or female (the speaker's gender)."
    output_noun = "gender"

    def run(self, engine, inputs, params):  # pragma: no cover - never run here
        return TaskResult(self.name, "", engine.name)


def with_plugins(tasks):
    return {**tasks, "keywords": KeywordsTask(), "gender": GenderTask()}


def test_a_plugin_task_is_planned_by_its_phrases(tasks):
    p = plan_rules("Transcribe the audio and then list the key words in French", with_plugins(tasks))
    assert [(s.task, s.args, s.input) for s in p.steps] == [
        ("asr", {}, None), ("keywords", {"target_lang": "fr"}, 0)]


def test_without_the_plugin_the_same_request_is_only_a_question(tasks):
    p = plan_rules("Transcribe the audio and then list the key words in French", tasks)
    assert p.tasks == ["asr", "sqa"]


def test_a_plugin_task_without_phrases_is_found_by_its_description(tasks):
    p = plan_rules("What gender is the speaker? Also translate the audio into Spanish", with_plugins(tasks))
    assert [(s.task, s.args) for s in p.steps] == [("gender", {}), ("st", {"target_lang": "es"})]


def test_a_plugin_output_can_be_referred_to(tasks):
    p = plan_rules("Extract the keywords, then translate the keywords into German", with_plugins(tasks))
    assert [(s.task, s.input) for s in p.steps] == [("keywords", None), ("translate", 0)]
