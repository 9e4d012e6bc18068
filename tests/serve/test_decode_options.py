"""``prompt``, ``temperature`` and ``timestamp_granularities[]=word`` on the transcription routes (FAKE
engines): they reach an engine with ``transcribe_with``, around the batcher; an engine without it
answers 400 in OpenAI's error shape (``temperature=0`` excepted, the default decoding anyway)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from helpers import ThreadServer, wav_bytes
from serve_fakes import BatchFakeEngine, EchoFakeEngine

from wavllm_agent.audio import Audio
from wavllm_agent.engines.embedded import DecodeOptions, DetailedTranscript, Word
from wavllm_agent.serve.settings import ServeSettings

AUTH = {"Authorization": "Bearer k"}


class OptionsFakeEngine(BatchFakeEngine):
    """FAKE engine with the ``transcribe_with`` capability; records the options it got."""

    def __init__(self) -> None:
        super().__init__()
        self.options: list[DecodeOptions] = []

    def transcribe_with(self, audio: Audio, *, language: str | None = None,
                        options: DecodeOptions) -> DetailedTranscript:
        self.options.append(options)
        transcript = self.transcribe(audio, language=language)
        words = [Word("first", 0.0, 0.1), Word(" half", 0.1, 0.2)] if options.word_timestamps else []
        return DetailedTranscript(transcript, words)


def post(http: httpx.Client, **data: object) -> httpx.Response:
    return http.post("/v1/audio/transcriptions", files={"file": ("a.wav", wav_bytes(0.5))},
                     data={"model": "fake", **data})


@pytest.fixture(scope="module")
def capable() -> Iterator[tuple[OptionsFakeEngine, httpx.Client]]:
    engine = OptionsFakeEngine()
    with ThreadServer(ServeSettings(port=0, api_key="k"), engine) as server, \
            httpx.Client(base_url=server.url, headers=AUTH, timeout=20) as http:
        yield engine, http


@pytest.fixture(scope="module")
def plain() -> Iterator[httpx.Client]:
    with ThreadServer(ServeSettings(port=0, api_key="k"), EchoFakeEngine()) as server, \
            httpx.Client(base_url=server.url, headers=AUTH, timeout=20) as http:
        yield http


def test_options_reach_the_engine_and_words_are_listed(capable: tuple[OptionsFakeEngine, httpx.Client]) -> None:
    engine, http = capable
    engine.options.clear()
    batches = len(engine.batch_sizes)
    got = post(http, prompt="Zyx", temperature="0.4", response_format="verbose_json",
               **{"timestamp_granularities[]": ["segment", "word"]})
    assert got.status_code == 200, got.text
    assert engine.options == [DecodeOptions(prompt="Zyx", temperature=0.4, word_timestamps=True)]
    assert len(engine.batch_sizes) == batches  # optioned requests go around the batcher
    body = got.json()
    assert body["words"] == [{"word": "first", "start": 0.0, "end": 0.1}, {"word": " half", "start": 0.1, "end": 0.2}]
    assert body["text"] == "first half of 0.50 seconds second half of 0.50 seconds"


def test_default_options_keep_todays_path(capable: tuple[OptionsFakeEngine, httpx.Client]) -> None:
    engine, http = capable
    engine.options.clear()
    got = post(http, prompt="", temperature="0", response_format="verbose_json")
    assert got.status_code == 200, got.text
    assert engine.options == [] and "words" not in got.json()


@pytest.mark.parametrize(("data", "field"), [
    ({"prompt": "Zyx"}, "`prompt`"),
    ({"temperature": "0.5"}, "`temperature`"),
    ({"timestamp_granularities[]": "word", "response_format": "verbose_json"}, "`timestamp_granularities[]=word`"),
])
def test_engine_without_the_capability_answers_400(plain: httpx.Client, data: dict[str, str], field: str) -> None:
    got = post(plain, **data)
    assert got.status_code == 400, got.text
    assert "this engine does not support " + field in got.json()["error"]["message"]
    assert got.json()["error"]["type"] == "invalid_request_error"
    assert post(plain, temperature="0").status_code == 200  # temperature 0 is the default decoding
    assert post(plain, **{"timestamp_granularities[]": "word"}).status_code == 200  # json: no words to give


def test_temperature_out_of_range_and_translation_prompt(plain: httpx.Client) -> None:
    assert post(plain, temperature="1.5").status_code == 400
    got = plain.post("/v1/audio/translations", files={"file": ("a.wav", wav_bytes(0.5))},
                     data={"model": "fake", "prompt": "Zyx"})
    assert got.status_code == 400 and "`prompt`" in got.json()["error"]["message"]
