"""A chat LLM on CTranslate2 (int8 on CPU): the embedded engine's default text runtime.

Same contract and the same decoding as :class:`~wavllm_agent.engines.chat_llm.ChatLLM` (greedy,
repetition penalty 1.1, stop at the end of the assistant's turn, the call's token budget), on
weights converted once by :mod:`wavllm_agent.assets.ct2_llm`. Option scoring uses the generator's
``score_batch``: all options in one batch.
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


class CT2ChatLLM:
    """Greedy chat answers and option scoring on a ``ctranslate2.Generator``.

    Implements :class:`~wavllm_agent.engines.text_llm.TextLLM`.

    Args:
        generator: the loaded ``ctranslate2.Generator``.
        tokenizer: the model's Hugging Face tokenizer (chat template, ids <-> tokens).
        max_context: prompt tokens kept at most (see :func:`~wavllm_agent.engines.text_llm.chat_prompt_ids`).
    """

    runtime = "ct2"

    def __init__(self, generator: Any, tokenizer: Any, *, max_context: int = DEFAULT_MAX_CONTEXT) -> None:
        self.generator = generator
        self.tokenizer = tokenizer
        self.max_context = max_context
        self._stop = end_of_turn_ids(tokenizer)

    def _tokens(self, ids: list[int]) -> list[str]:
        return self.tokenizer.convert_ids_to_tokens(ids)

    def _decoding(self, limit: int) -> dict[str, Any]:
        """``generate_batch`` arguments both decodings share: the length, the penalty, the stops."""
        return {"max_length": limit, "repetition_penalty": REPETITION_PENALTY, "end_token": self._stop,
                "return_end_token": True, "include_prompt_in_result": False}

    def generate(self, prompt: str, *, system: str | None = None, max_new_tokens: int = 256) -> str:
        """The model's greedy answer to ``prompt``.

        Raises:
            LimitError: the call's budget (:mod:`wavllm_agent.budget`) cut the answer short.
        """
        budget = current_budget()
        limit = budget.new_tokens(max_new_tokens)
        prompt_ids = chat_prompt_ids(self.tokenizer, prompt, system, max_context=self.max_context)
        stream = stream_decoder(self.tokenizer)  # tokens to the caller's sink as they come, if one is set
        result = self.generator.generate_batch(
            [self._tokens(prompt_ids)], **self._decoding(limit), sampling_topk=1,
            callback=stream.ct2_callback if stream is not None else None,
        )[0]
        if stream is not None:
            stream.finish()
        new = list(result.sequences_ids[0])
        finished = bool(new) and new[-1] in self._stop
        budget.check_finished(requested=max_new_tokens, generated=len(new), finished=finished)
        return self.tokenizer.decode(new, skip_special_tokens=True).strip()

    def generate_candidates(self, prompt: str, *, system: str | None = None, max_new_tokens: int = 256,
                            n: int = RETRY_BEAMS) -> list[str]:
        """The ``n`` best answers of a beam search of width ``n``, best first.

        Raises:
            LimitError: the call's budget cut the best answer short.
        """
        limit = current_budget().new_tokens(max_new_tokens)
        prompt_ids = chat_prompt_ids(self.tokenizer, prompt, system, max_context=self.max_context)
        result = self.generator.generate_batch(
            [self._tokens(prompt_ids)], **self._decoding(limit), beam_size=max(1, n), num_hypotheses=max(1, n),
        )[0]
        return beam_answers(self.tokenizer, [list(ids) for ids in result.sequences_ids], self._stop,
                            requested=max_new_tokens)

    def choose(self, prompt: str, options: Sequence[str], *, system: str | None = None) -> list[float]:
        """Probabilities over ``options`` from the log-likelihood of each as the answer.

        Each option is scored as the assistant's reply (sum of its tokens' log-probabilities,
        the end-of-turn token included); a softmax over the scores gives the probabilities.
        """
        if not options:
            return []
        prefix = chat_prompt_ids(self.tokenizer, prompt, system, max_context=self.max_context)
        targets = [option_target_ids(self.tokenizer, option) for option in options]
        results = self.generator.score_batch([self._tokens(prefix + target) for target in targets])
        # log_probs[i] is the log-probability of token i + 1 given tokens 0..i
        scores = [float(sum(r.log_probs[-len(t):])) for r, t in zip(results, targets, strict=True)]
        return softmax(scores)
