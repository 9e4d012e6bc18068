"""The text-LLM contract every runtime fulfils, and the chat framing the runtimes share.

An engine's text steps (summaries, translations, answers about a transcript, option scoring) call
one object with two methods, :class:`TextLLM`. Two runtimes implement it on the same weights:

* :class:`~wavllm_agent.engines.ct2_chat_llm.CT2ChatLLM` - CTranslate2, int8 (the default: fast on CPU);
* :class:`~wavllm_agent.engines.chat_llm.ChatLLM` - transformers ``generate``, fp32 (the fallback).

Both greedy-decode with the same repetition penalty and stop at the end of the assistant's turn.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any, Protocol, runtime_checkable

from wavllm_agent.budget import current_budget

REPETITION_PENALTY = 1.1
"""Greedy decoding's repetition penalty (as transformers and CTranslate2 define it) in both runtimes."""

RETRY_BEAMS = 4
"""Beams (and hypotheses returned) of :meth:`TextLLM.generate_candidates`, the text tasks' retry."""

DEFAULT_MAX_CONTEXT = 2048
"""Prompt tokens kept at most; longer prompts lose the middle of their framed text."""


@runtime_checkable
class TextLLM(Protocol):
    """A chat LLM as the engines use it."""

    def generate(self, prompt: str, *, system: str | None = None, max_new_tokens: int = 256) -> str:
        """The model's greedy answer to ``prompt`` (a user turn), after the optional ``system`` turn.

        Honours the call's budget (:mod:`wavllm_agent.budget`): raises
        :class:`~wavllm_agent.errors.LimitError` when the budget, not ``max_new_tokens``, cut the answer.
        """
        ...

    def generate_candidates(self, prompt: str, *, system: str | None = None, max_new_tokens: int = 256,
                            n: int = RETRY_BEAMS) -> list[str]:
        """The ``n`` best answers of a beam search of width ``n``, best first (the same repetition
        penalty and stop as :meth:`generate`; no token streaming): the best always, the others when they
        ended themselves and read differently. The text tasks' last retry checks them in order and
        keeps the first that passes its checks.

        Raises:
            LimitError: as :meth:`generate`, judged on the best answer.
        """
        ...

    def choose(self, prompt: str, options: Sequence[str], *, system: str | None = None) -> list[float]:
        """Probabilities over ``options`` (softmax of each option's log-likelihood as the reply)."""
        ...


def chat_prompt_ids(tokenizer: Any, prompt: str, system: str | None, *,
                    max_context: int = DEFAULT_MAX_CONTEXT) -> list[int]:
    """Token ids of a system + user turn and the start of the assistant's reply.

    Uses the tokenizer's chat template; without one, LLaMA-2-chat's ``[INST]`` layout (older
    LLaMA-2 tokenizers do not carry it as a template). Prompts longer than ``max_context`` keep
    their first quarter and their end (the instruction) and lose the middle, so generation never
    fails on long transcripts.
    """
    messages = ([{"role": "system", "content": system}] if system else []) + [
        {"role": "user", "content": prompt}
    ]
    if getattr(tokenizer, "chat_template", None):
        ids = tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=True)
        if isinstance(ids, dict) or hasattr(ids, "input_ids"):
            ids = ids["input_ids"]
        ids = list(ids)
    else:
        head = f"<<SYS>>\n{system}\n<</SYS>>\n\n" if system else ""
        ids = list(tokenizer(f"[INST] {head}{prompt} [/INST]", add_special_tokens=True)["input_ids"])
    if len(ids) > max_context:
        keep_head = max_context // 4
        ids = ids[:keep_head] + ids[-(max_context - keep_head):]
    return ids


_TURN_ENDS = ("<|im_end|>", "<|eot_id|>", "<end_of_turn>")


def turn_end_id(tokenizer: Any) -> int | None:
    """The id of the token that closes the assistant's turn in the chat format (else EOS)."""
    vocab = tokenizer.get_vocab()
    for name in _TURN_ENDS:
        if name in vocab:
            return int(vocab[name])
    return None if tokenizer.eos_token_id is None else int(tokenizer.eos_token_id)


def end_of_turn_ids(tokenizer: Any) -> list[int]:
    """Ids generation stops at: the turn's end and EOS.

    Some GGUF tokenizers name ``<|endoftext|>`` as EOS while the chat template closes turns with
    ``<|im_end|>``; stopping at either keeps the answer from running into a made-up next turn.
    """
    ids = [i for i in (turn_end_id(tokenizer), tokenizer.eos_token_id) if i is not None]
    return list(dict.fromkeys(int(i) for i in ids))


def beam_answers(tokenizer: Any, answers: Sequence[Sequence[int]], stops: Sequence[int], *, requested: int) -> list[str]:
    """A beam search's new tokens as :meth:`TextLLM.generate_candidates` returns them, after the call's
    budget check on the best answer (``requested``: the task's own bound).

    Raises:
        LimitError: the call's budget (:mod:`wavllm_agent.budget`) cut the best answer short.
    """
    best = list(answers[0]) if answers else []
    current_budget().check_finished(requested=requested, generated=len(best), finished=any(t in stops for t in best))
    return distinct_answers(tokenizer, answers, stops)


def distinct_answers(tokenizer: Any, answers: Sequence[Sequence[int]], stops: Sequence[int]) -> list[str]:
    """A beam search's answers as text, best first: the best always; the others only when they ended
    themselves (one cut at the length limit stops mid-sentence) and read differently from those before."""
    texts: list[str] = []
    for rank, ids in enumerate(answers):
        if rank > 0 and not any(t in stops for t in ids):
            continue
        text = tokenizer.decode(list(ids), skip_special_tokens=True).strip()
        if text not in texts:
            texts.append(text)
    return texts


def option_target_ids(tokenizer: Any, option: str) -> list[int]:
    """The ids scored for one option: its tokens and the turn's end (so a prefix of a longer
    option is not favoured)."""
    ids = list(tokenizer(option, add_special_tokens=False)["input_ids"])
    end = turn_end_id(tokenizer)
    return ids + ([end] if end is not None else [])


def softmax(scores: Sequence[float]) -> list[float]:
    """Probabilities from log-likelihood scores."""
    if not scores:
        return []
    top = max(scores)
    weights = [math.exp(s - top) for s in scores]
    total = sum(weights)
    return [w / total for w in weights]
