"""The text around the audio: prompt layouts and their tokenisation.

``llama2`` (the release, plain text; ``<SPEECH>`` and ``</SPEECH>`` are ordinary text)::

    <s> [INST]<<SYS>>\\n{system}\\n<</SYS>>\\n\\n<SPEECH>
        + audio +
    </SPEECH> {instruction} [/INST]   {target} </s>   (the target while training)

The release tokenises three pieces separately with SentencePiece: ``<s>`` + the text before the
audio, the text after it (which starts with a space) and the target + ``</s>``. SentencePiece
encodes a leading space as a lone ``▁`` token, which transformers 5's LLaMA tokenizer drops, so when
the LLaMA ``tokenizer.model`` is at hand (and ``sentencepiece`` is installed) it is used directly,
as the release did. The release's generator puts ``<s>`` in place of that first token after the
audio (its generation starts from BOS); ``bos_after_audio`` reproduces this for converted releases.

``chat_template`` (LLMs other than LLaMA-2): the tokenizer's own chat template renders a system
turn with the same system text and a user turn ``<SPEECH>{audio}</SPEECH> {instruction}``; the
rendered text is split where the audio goes. The target ends with the tokenizer's end token
(``<|im_end|>`` for SmolLM2).

The prompt-aware adapter reads the instruction alone: wrapped in double quotes, no BOS.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wavllm_agent.errors import ConfigError

_AUDIO_MARK = "\u2063WAVLLM_AUDIO\u2063"  # invisible separator: never part of real text


@dataclass
class PromptPieces:
    """Token ids around the audio for one request."""

    prefix: list[int]
    suffix: list[int]
    target: list[int]


class TextCodec:
    """Encode text without special tokens; SentencePiece where the LLaMA model file is available."""

    def __init__(self, tokenizer: Any, *, prefer_sentencepiece: bool) -> None:
        self.tokenizer = tokenizer
        self._sentencepiece = _sentencepiece_for(tokenizer) if prefer_sentencepiece else None

    @property
    def uses_sentencepiece(self) -> bool:
        return self._sentencepiece is not None

    def encode(self, text: str) -> list[int]:
        if self._sentencepiece is not None:
            return list(self._sentencepiece.encode(text))
        return list(self.tokenizer.encode(text, add_special_tokens=False))


def _sentencepiece_for(tokenizer: Any) -> Any:
    """A SentencePiece processor over the tokenizer's ``tokenizer.model``, or None."""
    folder = Path(str(getattr(tokenizer, "name_or_path", "") or ""))
    model_file = folder / "tokenizer.model"
    if not model_file.is_file():
        vocab_file = getattr(tokenizer, "vocab_file", None)
        model_file = Path(vocab_file) if vocab_file else model_file
    if not model_file.is_file():
        return None
    try:
        import sentencepiece
    except ImportError:
        return None
    processor = sentencepiece.SentencePieceProcessor(model_file=str(model_file))
    if processor.get_piece_size() != len(tokenizer):
        return None  # a different vocabulary: trust the HF tokenizer
    return processor


class PromptBuilder:
    """Builds :class:`PromptPieces` for a config's prompt layout and an LLM tokenizer."""

    def __init__(self, config: Any, tokenizer: Any) -> None:
        self.config = config
        self.tokenizer = tokenizer
        self.codec = TextCodec(tokenizer, prefer_sentencepiece=config.prompt_format == "llama2")
        self.bos_id = tokenizer.bos_token_id
        self.eos_id = tokenizer.eos_token_id
        if self.eos_id is None:
            raise ConfigError("the LLM tokenizer has no end-of-sequence token")
        if config.prompt_format == "llama2" and self.bos_id is None:
            raise ConfigError("the llama2 prompt layout needs a tokenizer with a BOS token")
        if config.prompt_format == "chat_template" and not getattr(tokenizer, "chat_template", None):
            raise ConfigError(
                "prompt_format 'chat_template' needs a tokenizer with a chat template",
                hint="use prompt_format 'llama2' for LLaMA-2 style models",
            )

    def scale_prompt(self, instruction: str) -> list[int]:
        """Token ids the prompt adapter reads: the instruction in double quotes, no BOS."""
        return self.codec.encode(f'"{instruction}"')

    def pieces(self, instruction: str, target: str | None = None) -> PromptPieces:
        """Prefix, suffix and (if given) target ids of one request."""
        if self.config.prompt_format == "llama2":
            prefix, suffix = self._llama2(instruction)
        else:
            prefix, suffix = self._chat(instruction)
        target_ids = self.codec.encode(target) + [self.eos_id] if target is not None else []
        return PromptPieces(prefix=prefix, suffix=suffix, target=target_ids)

    def _llama2(self, instruction: str) -> tuple[list[int], list[int]]:
        cfg = self.config
        before = f"[INST]<<SYS>>\n{cfg.system_prompt}\n<</SYS>>\n\n{cfg.speech_begin}"
        after = f" {cfg.speech_end} {instruction} [/INST]"
        prefix = [self.bos_id] + self.codec.encode(before)
        suffix = self.codec.encode(after)
        if cfg.bos_after_audio:
            suffix = [self.bos_id] + suffix[1:]
        return prefix, suffix

    def _chat(self, instruction: str) -> tuple[list[int], list[int]]:
        cfg = self.config
        user = f"{cfg.speech_begin}{_AUDIO_MARK}{cfg.speech_end}" + (f" {instruction}" if instruction else "")
        messages = [{"role": "system", "content": cfg.system_prompt}, {"role": "user", "content": user}]
        text = self.tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
        if text.count(_AUDIO_MARK) != 1:
            raise ConfigError("the tokenizer's chat template does not keep the user text intact")
        before, after = text.split(_AUDIO_MARK)
        return self.codec.encode(before), self.codec.encode(after)
