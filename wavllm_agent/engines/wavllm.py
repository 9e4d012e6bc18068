"""The ``wavllm`` engine: every task through prompts to one WavLLM model that hears the audio.

The model hears the voice itself (``hears_acoustics``): emotion is judged from the voice, speakers
are compared by listening. Each primitive is a prompt from the task's bank:

* ``transcribe`` / ``translate_speech``: the ASR / ST instruction on 30 s windows (batched), so long
  audio keeps its timestamps window by window;
* ``verify_speakers``: the release's "Is there only one speaker in the audio clip?", on one clip or on
  two clips joined with a pause; the score is the probability the model gives to "Yes";
* ``listen_choose``: the log-likelihood of each fixed answer;
* ``generate`` / ``choose``: the LLM alone, LoRA off (text steps of plans).

Requests go through the model's processor (waveforms and text -> tensors) into the model.
Decoding is greedy by default (repeatable); ``sampling="release"`` uses the release's settings
(temperature 0.5, no top-k/top-p cut, never token 0, no end token first).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np

from wavllm_agent.audio import SAMPLE_RATE, Audio
from wavllm_agent.budget import current_budget
from wavllm_agent.engines.base import Engine, SpeakerVerdict, Transcript
from wavllm_agent.engines.chat_llm import ChatLLM
from wavllm_agent.engines.text_llm import RETRY_BEAMS
from wavllm_agent.errors import ModelNotFoundError, UsageError
from wavllm_agent.languages import language_name
from wavllm_agent.progress import activity
from wavllm_agent.results import Segment

WINDOW_SECONDS = 30.0
ASR_INSTRUCTION = "Based on the attached audio, generate a comprehensive text transcription of the spoken content."
ST_INSTRUCTION = "Translate the audio clip into {language}."
SV_INSTRUCTION = "Is there only one speaker in the audio clip?"
PAIR_GAP_SECONDS = 0.5


def _softmax(scores: Sequence[float]) -> list[float]:
    top = max(scores)
    weights = [math.exp(s - top) for s in scores]
    total = sum(weights)
    return [w / total for w in weights]


class WavLLMEngine(Engine):
    """WavLLM as an engine.

    Args:
        model: a folder made by ``wavllm convert`` or by training (``save_pretrained``), or a preset
            name (``tiny``, ``tiny-random``: untrained adapters, for trying the plumbing).
        device: ``cpu``, ``cuda``, ``cuda:1``...
        dtype: ``float32`` (CPU default), ``bfloat16`` (GPU default) or ``float16``.
        sampling: ``greedy`` (default) or ``release`` (temperature 0.5).
        batch_size: windows decoded together.
        max_new_tokens: the longest answer the engine asks the model for (the release's 512); a
            per-call budget below it (``--max-new-tokens``) is an error when reached, this is not.
    """

    name = "wavllm"
    hears_acoustics = True

    def __init__(self, *, model: str | None = None, device: str = "cpu", dtype: str | None = None,
                 sampling: str = "greedy", batch_size: int = 8, max_new_tokens: int = 512) -> None:
        super().__init__()
        if not model:
            raise ModelNotFoundError(
                "the wavllm engine needs a model",
                hint="pass --model PATH (a folder from 'wavllm convert' or 'wavllm train'), "
                     "or --model tiny to try the architecture with untrained adapters",
            )
        if sampling not in ("greedy", "release"):
            raise UsageError(f"unknown sampling {sampling!r}", hint="use greedy or release")
        self.model_ref = str(model)
        self.device = device
        self.dtype_name = dtype or ("float32" if device == "cpu" else "bfloat16")
        if self.dtype_name not in ("float32", "bfloat16", "float16"):
            raise UsageError(f"unknown dtype {self.dtype_name!r}", hint="use float32, bfloat16 or float16")
        self.sampling = sampling
        self.batch_size = max(1, int(batch_size))
        self.max_new_tokens = max(1, int(max_new_tokens))
        self._model: Any = None
        self._chat: ChatLLM | None = None

    @property
    def model(self) -> Any:
        """The WavLLM model, loaded on first use."""
        if self._model is None:
            import torch

            from wavllm_agent.modeling import WavLLMForConditionalGeneration

            with activity(f"Loading WavLLM ({self.model_ref})"):
                model = WavLLMForConditionalGeneration.from_pretrained(
                    self.model_ref, dtype=getattr(torch, self.dtype_name), device=self.device)
            self._model = model.eval()
        return self._model

    @property
    def chat(self) -> ChatLLM:
        """The model's LLM alone (LoRA off outside a request), for text steps."""
        if self._chat is None:
            self._chat = ChatLLM(self.model.llm, self.model.tokenizer)
        return self._chat

    # -- the speech LLM ---------------------------------------------------------------------------
    def listen_many(self, audios: Sequence[Audio], instructions: Sequence[str], *,
                    max_new_tokens: int | None = None) -> list[str]:
        """Answers to several (audio, instruction) requests, decoded in batches."""
        max_new_tokens = min(max_new_tokens or self.max_new_tokens, self.max_new_tokens)
        budget = current_budget()
        limit = budget.new_tokens(max_new_tokens)
        options: dict[str, Any] = {}
        if self.sampling == "release":
            from wavllm_agent.modeling import RELEASE_GENERATION

            options.update(RELEASE_GENERATION)
        options["max_new_tokens"] = limit
        answers: list[str] = []
        for start in range(0, len(audios), self.batch_size):
            chunk = list(range(start, min(start + self.batch_size, len(audios))))
            waves = [audios[i].samples for i in chunk]
            inputs = self.model.processor(waves, [instructions[i] for i in chunk], padding_side="left")
            tokens = self.model.generate(**inputs, **options)
            eos = self.model.tokenizer.eos_token_id
            for row in tokens:
                ids = [int(t) for t in row]
                finished = eos in ids
                budget.check_finished(requested=max_new_tokens, generated=len(ids), finished=finished)
                answers.append(self.model.tokenizer.decode(ids, skip_special_tokens=True).strip())
        return answers

    def listen(self, audio: Audio, instruction: str, *, max_new_tokens: int | None = None) -> str:
        return self.listen_many([audio], [instruction], max_new_tokens=max_new_tokens)[0]

    def listen_choose(self, audio: Audio, instruction: str, options: Sequence[str]) -> list[float]:
        if not options:
            return []
        # One waveform object for every option: the processor extracts and encodes it once.
        inputs = self.model.processor([audio.samples] * len(options), [instruction] * len(options),
                                      list(options))
        scores = self.model.target_log_probs(**inputs)
        return _softmax([float(s) for s in scores])

    def _windows(self, audio: Audio) -> list[tuple[float, Audio]]:
        return [(start, part) for start, part in audio.windows(WINDOW_SECONDS) if len(part.samples) >= 400]

    def transcribe(self, audio: Audio, *, language: str | None = None) -> Transcript:
        if audio.is_silent():
            return Transcript([], language)
        windows = self._windows(audio)
        texts = self.listen_many([w for _, w in windows], [ASR_INSTRUCTION] * len(windows))
        segments = [Segment(round(start, 2), round(start + part.duration, 2), text)
                    for (start, part), text in zip(windows, texts, strict=True) if text]
        return Transcript(segments, language)

    def transcribe_many(self, audios: Sequence[Audio], *, language: str | None = None) -> list[Transcript]:
        """Transcripts of several recordings (one per recording, in order), the windows of all of them
        decoded together in batches: what ``wavllm serve`` uses to batch concurrent requests."""
        spans: list[tuple[int, int]] = []
        windows: list[tuple[float, Audio]] = []
        for audio in audios:
            mine = [] if audio.is_silent() else self._windows(audio)
            spans.append((len(windows), len(mine)))
            windows += mine
        texts = self.listen_many([w for _, w in windows], [ASR_INSTRUCTION] * len(windows)) if windows else []
        out = []
        for first, count in spans:
            pairs = zip(windows[first:first + count], texts[first:first + count], strict=True)
            out.append(Transcript([Segment(round(start, 2), round(start + part.duration, 2), text)
                                   for (start, part), text in pairs if text], language))
        return out

    def translate_speech(self, audio: Audio, *, target_lang: str = "en") -> tuple[str, str | None]:
        if audio.is_silent():
            return "", None
        windows = self._windows(audio)
        instruction = ST_INSTRUCTION.format(language=language_name(target_lang))
        texts = self.listen_many([w for _, w in windows], [instruction] * len(windows))
        return " ".join(t for t in texts if t), None

    def verify_speakers(self, audio: Audio, audio2: Audio | None = None) -> SpeakerVerdict:
        clip = audio
        if audio2 is not None:  # the release asks about one clip: join the two with a pause
            gap = np.zeros(int(PAIR_GAP_SECONDS * SAMPLE_RATE), dtype=np.float32)
            clip = Audio(np.concatenate([audio.samples, gap, audio2.samples]), f"{audio.source}+{audio2.source}")
        yes, _ = self.listen_choose(clip, SV_INSTRUCTION, ["Yes", "No"])
        return SpeakerVerdict(yes >= 0.5, yes, 0.5)

    # -- the LLM alone ----------------------------------------------------------------------------
    def generate(self, prompt: str, *, system: str | None = None, max_new_tokens: int = 256) -> str:
        return self.chat.generate(prompt, system=system, max_new_tokens=max_new_tokens)

    def generate_candidates(self, prompt: str, *, system: str | None = None, max_new_tokens: int = 256,
                            n: int = RETRY_BEAMS) -> list[str]:
        return self.chat.generate_candidates(prompt, system=system, max_new_tokens=max_new_tokens, n=n)

    def choose(self, prompt: str, options: Sequence[str], *, system: str | None = None) -> list[float]:
        return self.chat.choose(prompt, options, system=system)

    def describe(self) -> dict[str, Any]:
        return {"name": self.name, "hears_acoustics": True, "model": self.model_ref, "device": self.device,
                "dtype": self.dtype_name, "sampling": self.sampling, "max_new_tokens": self.max_new_tokens}

    def close(self) -> None:
        self._model = None
        self._chat = None
