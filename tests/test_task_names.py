"""No built-in task's name is written as a string in wavllm_agent/ outside the allowed places below.

Tasks declare what the rest of the system needs (``wavllm_agent.tasks``); the core reads it from the
registry. A string constant equal to a built-in task's name (docstrings aside) must be listed in
``ALLOWED`` with the reason it is not a task name, or why it stays for now.
"""

from __future__ import annotations

import ast
from pathlib import Path

from wavllm_agent.registry import get_registry

PACKAGE = Path(__file__).resolve().parents[1] / "wavllm_agent"

ALLOWED: dict[tuple[str, str], str] = {
    # Not task names: the same letters mean something else there.
    ("languages.py", "sv"): "Swedish's language code",
    ("planning/sentence_ends.py", "st"): "the abbreviation 'St.' (saint, street) that does not end a sentence",
    ("planning/lexicon.py", "translate"): "an action verb of instructions",
    ("planning/lexicon.py", "summarize"): "an action verb of instructions",
    ("planning/lexicon.py", "continue"): "an action verb of instructions",
    ("planning/said_in.py", "translate"): "the verb that starts a short request ('translate to Indonesian please')",
    ("planning/text.py", "translate"): "a request's verb after 'and than' (read as 'and then') or a spaced '>'",
    ("planning/text.py", "summarize"): "a request's verb after 'and than' (read as 'and then') or a spaced '>'",
    ("planning/text.py", "continue"): "a request's verb after 'and than' (read as 'and then') or a spaced '>'",
    ("planning/typos.py", "translate"): "a word of instructions whose misspellings are corrected ('translte')",
    ("planning/typos.py", "summarize"): "a word of instructions whose misspellings are corrected ('sumarize')",
    ("planning/typos.py", "continue"): "a word of instructions whose misspellings are corrected ('contiue')",
    ("grounding/facts.py", "er"): "a word ending stripped when matching words",
    ("planning/sounding.py", "er"): "a word ending of nouns for people ('teacher'), not the task",
    ("planning/speakers.py", "er"): "a word ending of nouns for people ('auctioneer'), not the task",
    ("planning/people.py", "er"): "a word ending of nouns for people ('auctioneer'), not the task",
    ("engines/embedded.py", "translate"): "Whisper's own task argument",
    ("evaluation/metrics/accuracy.py", "er"): "the accuracy kind (how answers are read), not a task",
    ("evaluation/metrics/accuracy.py", "sv"): "the accuracy kind (how answers are read), not a task",
    ("evaluation/metrics/accuracy.py", "sqa"): "the accuracy kind (how answers are read), not a task",
    ("evaluation/metrics/registry.py", "er"): "the accuracy kind of the catalogue's emotion_accuracy",
    ("evaluation/metrics/registry.py", "sv"): "the accuracy kind of the catalogue's yes_no_accuracy",
    ("evaluation/metrics/registry.py", "sqa"): "the accuracy kind of the catalogue's choice_accuracy",
    # Task names on purpose.
    ("plugins.py", "asr"): "the built-in plugins' names, which load the tasks",
    ("plugins.py", "st"): "the built-in plugins' names, which load the tasks",
    ("plugins.py", "sv"): "the built-in plugins' names, which load the tasks",
    ("plugins.py", "er"): "the built-in plugins' names, which load the tasks",
    ("plugins.py", "sqa"): "the built-in plugins' names, which load the tasks",
    ("serve/openai_audio.py", "asr"): "OpenAI's /audio/transcriptions is speech recognition by definition",
    ("serve/openai_audio.py", "st"): "OpenAI's /audio/translations is speech translation by definition",
    ("serve/runtime.py", "asr"): "checks /audio/transcriptions' language as speech recognition does",
    ("serve/openai_audio.py", "translate"): "OpenAI's verbose_json 'task' field of /audio/translations",
}


def _builtin_names() -> set[str]:
    return {name for name, task in get_registry().tasks.items()
            if type(task).__module__.split(".")[0].startswith("wavllm_")
            and not type(task).__module__.startswith("wavllm_agent")}


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        for statement in getattr(node, "body", []) if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef
                                                                  | ast.AsyncFunctionDef) else []:
            if isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant):
                found.add(id(statement.value))
    return found


def task_name_strings(names: set[str]) -> set[tuple[str, str]]:
    """(file relative to wavllm_agent/, name) of every non-docstring string constant equal to a name."""
    hits = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docs = _docstrings(tree)
        for node in ast.walk(tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in names
                    and id(node) not in docs):
                hits.add((path.relative_to(PACKAGE).as_posix(), node.value))
    return hits


def test_the_built_in_tasks_are_found():
    assert {"asr", "sqa", "summarize", "instruct"} <= _builtin_names()


def test_no_built_in_task_name_is_written_outside_the_allowed_places():
    hits = task_name_strings(_builtin_names())
    assert sorted(hits - set(ALLOWED)) == []


def test_the_allow_list_has_no_stale_entries():
    assert sorted(set(ALLOWED) - task_name_strings(_builtin_names())) == []


def test_the_scan_sees_a_name_outside_a_docstring(tmp_path, monkeypatch):
    (tmp_path / "mod.py").write_text('"""asr in a docstring."""\nTASK = "asr"\n', encoding="utf-8")
    monkeypatch.setitem(globals(), "PACKAGE", tmp_path)
    assert task_name_strings({"asr"}) == {("mod.py", "asr")}
