"""``WavLLMTool`` / ``WavLLMToolkit`` with ``base_url=``: same schema and same answers as in-process,
the work done by a real uvicorn server on 127.0.0.1 (FAKE engine, plumbing)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import ThreadServer, wav_bytes
from langchain_core.messages import ToolMessage
from langchain_core.tools import BaseTool
from serve_fakes import EchoFakeEngine

from wavllm_agent.langchain import WavLLMTool, WavLLMToolkit
from wavllm_agent.serve.settings import ServeSettings

KEY = "tool-key"
ENGINE = EchoFakeEngine()


@pytest.fixture(scope="module")
def server() -> Iterator[ThreadServer]:
    with ThreadServer(ServeSettings(port=0, api_key=KEY), ENGINE) as running:
        yield running


@pytest.fixture
def clips(tmp_path: Path) -> tuple[Path, Path]:
    a, b = tmp_path / "a.wav", tmp_path / "b.wav"
    a.write_bytes(wav_bytes(1.5))
    b.write_bytes(wav_bytes(2.0))
    return a, b


def call(tool: BaseTool, **args: object) -> ToolMessage:
    return tool.invoke({"type": "tool_call", "id": "call-1", "name": tool.name, "args": args})


def test_wavllm_tool_remote_equals_local(server: ThreadServer, clips: tuple[Path, Path]) -> None:
    remote = WavLLMTool(base_url=server.url + "/v1", api_key=KEY)
    local = WavLLMTool(engine=ENGINE)
    args = {"audio": str(clips[0]), "instruction": "transcribe it"}
    got, want = call(remote, **args), call(local, **args)
    assert got.content == want.content
    assert "first half of 1.50 seconds" in got.content
    for key in ("answer", "plan", "steps", "planner", "followed_rate", "engine", "audio", "instruction"):
        if key == "steps":  # timings differ run to run
            strip = [{k: v for k, v in s.items() if k != "seconds"} for s in got.artifact[key]]
            assert strip == [{k: v for k, v in s.items() if k != "seconds"} for s in want.artifact[key]]
        else:
            assert got.artifact[key] == want.artifact[key], key
    assert remote.args_schema is local.args_schema


def test_toolkit_remote_equals_local(server: ThreadServer, clips: tuple[Path, Path]) -> None:
    remote = {t.name: t for t in WavLLMToolkit(base_url=server.url, api_key=KEY).get_tools()}
    local = {t.name: t for t in WavLLMToolkit(engine=ENGINE).get_tools()}
    assert set(remote) == set(local)
    for name in remote:
        assert remote[name].args_schema.model_json_schema() == local[name].args_schema.model_json_schema()
    sv_args = {"audio": str(clips[0]), "audio2": str(clips[1])}
    assert call(remote["wavllm_sv"], **sv_args).artifact == call(local["wavllm_sv"], **sv_args).artifact
    asr = call(remote["wavllm_asr"], audio=str(clips[1]), language="en")
    assert asr.artifact == call(local["wavllm_asr"], audio=str(clips[1]), language="en").artifact
    assert asr.artifact["segments"][1]["text"] == "second half of 2.00 seconds"


def test_remote_errors_reach_the_agent(server: ThreadServer, tmp_path: Path) -> None:
    tool = WavLLMTool(base_url=server.url + "/v1", api_key=KEY)
    bad = tmp_path / "notes.wav"
    bad.write_bytes(b"this is not audio at all" * 10)
    message = call(tool, audio=str(bad), instruction="transcribe it")
    assert message.status == "error"
    assert "cannot decode" in message.content
    wrong_key = WavLLMTool(base_url=server.url + "/v1", api_key="wrong")
    assert "incorrect api key" in call(wrong_key, audio=str(bad), instruction="x").content.lower()
    missing = call(tool, audio=str(tmp_path / "nope.wav"), instruction="transcribe it")
    assert "not found" in missing.content
