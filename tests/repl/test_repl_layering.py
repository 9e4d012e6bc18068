"""Layering: the core never imports LangChain or rich; the REPL session imports no terminal library."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
import wavllm_agent.api, wavllm_agent.planning, wavllm_agent.registry
wavllm_agent.registry.get_registry()
import wavllm_agent.repl.session, wavllm_agent.repl.commands, wavllm_agent.repl.loop, wavllm_agent.repl.view
print(sorted(m.split('.')[0] for m in sys.modules
             if m.split('.')[0] in ('langchain_core', 'langchain', 'rich', 'prompt_toolkit', 'click', 'torch')))
"""


def test_core_and_session_import_no_surface_library() -> None:
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
