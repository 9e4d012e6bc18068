"""A chat LLM on transformers (any Hugging Face causal LM with a chat template): the fallback runtime.

The embedded engine runs its text steps on CTranslate2 by default
(:class:`~wavllm_agent.engines.ct2_chat_llm.CT2ChatLLM`); this class runs the same model in fp32
through transformers ``generate``, for models CTranslate2 cannot convert and as the reference the
fast runtime is measured against (``benchmarks/text_runtime.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from wavllm_agent.budget import current_budget
from wavllm_agent.engines.text_llm import (
    DEFAULT_MAX_CONTEXT,
    REPETITION_PENALTY,
    RETRY_BEAMS,
    beam_answers,
    chat_prompt_ids,
    end_of_turn_ids,
    option_target_ids,
    softmax,
)
from wavllm_agent.streaming import stream_decoder


class ChatLLM:
    """Greedy chat answers and log-likelihood choice among options, on a HF causal LM.

    Implements :class:`~wavllm_agent.engines.text_llm.TextLLM`.

    Args:
        model: a ``PreTrainedModel`` for causal LM (eval mode).
        tokenizer: its tokenizer, with a chat template.
        max_context: prompts longer than this many tokens keep their end (the instruction) and
            lose the middle of the framed text, so generation never fails on long transcripts.
    """

    runtime = "transformers"

    def __init__(self, model: Any, tokenizer: Any, *, max_context: int = DEFAULT_MAX_CONTEXT) -> None:
        self.model = model
        self.tokenizer = tokenizer
        self.max_context = max_context
        self._stop = end_of_turn_ids(tokenizer)

    def _prompt_ids(self, prompt: str, system: str | None) -> list[int]:
        return chat_prompt_ids(self.tokenizer, prompt, system, max_context=self.max_context)

    def _decoding(self, ids: Any, limit: int) -> dict[str, Any]:
        """``generate`` arguments both decodings share: greedy scores, the penalty, the stops."""
        import torch

        return {"input_ids": ids, "attention_mask": torch.ones_like(ids), "max_new_tokens": limit,
                "do_sample": False, "repetition_penalty": REPETITION_PENALTY, "eos_token_id": self._stop or None,
                "pad_token_id": self.tokenizer.pad_token_id or (self._stop[0] if self._stop else None)}

    def generate(self, prompt: str, *, system: str | None = None, max_new_tokens: int = 256) -> str:
        """The model's greedy answer to ``prompt``.

        Raises:
            LimitError: the call's budget (:mod:`wavllm_agent.budget`) cut the answer short.
        """
        import torch

        budget = current_budget()
        limit = budget.new_tokens(max_new_tokens)
        ids = torch.tensor([self._prompt_ids(prompt, system)])
        with torch.inference_mode():
            out = self.model.generate(**self._decoding(ids, limit),
                                      streamer=stream_decoder(self.tokenizer))  # tokens to the caller's sink
        new = out[0, ids.shape[1]:]
        budget.check_finished(requested=max_new_tokens, generated=len(new),
                              finished=len(new) > 0 and int(new[-1]) in self._stop)
        return self.tokenizer.decode(new, skip_special_tokens=True).strip()

    def generate_candidates(self, prompt: str, *, system: str | None = None, max_new_tokens: int = 256,
                            n: int = RETRY_BEAMS) -> list[str]:
        """The ``n`` best answers of a beam search of width ``n``, best first.

        Raises:
            LimitError: the call's budget cut the best answer short.
        """
        import torch

        limit = current_budget().new_tokens(max_new_tokens)
        ids = torch.tensor([self._prompt_ids(prompt, system)])
        width = max(1, n)
        with torch.inference_mode():
            out = self.model.generate(**self._decoding(ids, limit), num_beams=width, num_return_sequences=width)
        answers = [[int(t) for t in row[ids.shape[1]:]] for row in out]  # shorter ones padded after their end
        return beam_answers(self.tokenizer, answers, self._stop, requested=max_new_tokens)

    def choose(self, prompt: str, options: Sequence[str], *, system: str | None = None) -> list[float]:
        """Probabilities over ``options`` from the log-likelihood of each as the answer.

        Each option is scored as the assistant's reply (sum of its tokens' log-probabilities,
        the end-of-turn token included, so that a prefix of a longer option is not favoured);
        a softmax over the scores gives the probabilities.
        """
        import torch

        if not options:
            return []
        prefix = self._prompt_ids(prompt, system)
        scores = []
        with torch.inference_mode():
            for option in options:
                target = option_target_ids(self.tokenizer, option)
                ids = torch.tensor([prefix + target])
                logits = self.model(input_ids=ids).logits[0, len(prefix) - 1 : -1]
                logp = torch.log_softmax(logits.float(), dim=-1)
                scores.append(float(logp[torch.arange(len(target)), torch.tensor(target)].sum()))
        return softmax(scores)
