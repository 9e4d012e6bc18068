"""A chat LLM (any Hugging Face causal LM with a chat template): answers and option scoring."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from wavllm_agent.budget import current_budget


class ChatLLM:
    """Greedy chat answers and log-likelihood choice among options, on a HF causal LM.

    Args:
        model: a ``PreTrainedModel`` for causal LM (eval mode).
        tokenizer: its tokenizer, with a chat template.
        max_context: prompts longer than this many tokens keep their end (the instruction) and
            lose the middle of the framed text, so generation never fails on long transcripts.
    """

    def __init__(self, model: Any, tokenizer: Any, *, max_context: int = 2048) -> None:
        self.model = model
        self.tokenizer = tokenizer
        self.max_context = max_context

    def _prompt_ids(self, prompt: str, system: str | None) -> list[int]:
        messages = ([{"role": "system", "content": system}] if system else []) + [
            {"role": "user", "content": prompt}
        ]
        if getattr(self.tokenizer, "chat_template", None):
            ids = self.tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=True)
            if isinstance(ids, dict) or hasattr(ids, "input_ids"):
                ids = ids["input_ids"]
            ids = list(ids)
        else:  # LLaMA-2-chat's layout, which its older tokenizers do not carry as a template
            head = f"<<SYS>>\n{system}\n<</SYS>>\n\n" if system else ""
            ids = list(self.tokenizer(f"[INST] {head}{prompt} [/INST]", add_special_tokens=True)["input_ids"])
        if len(ids) > self.max_context:
            keep_head = self.max_context // 4
            ids = ids[:keep_head] + ids[-(self.max_context - keep_head):]
        return ids

    def generate(self, prompt: str, *, system: str | None = None, max_new_tokens: int = 256) -> str:
        """The model's greedy answer to ``prompt``.

        Raises:
            LimitError: the call's budget (:mod:`wavllm_agent.budget`) cut the answer short.
        """
        import torch

        budget = current_budget()
        limit = budget.new_tokens(max_new_tokens)
        ids = torch.tensor([self._prompt_ids(prompt, system)])
        eos = self.tokenizer.eos_token_id
        with torch.inference_mode():
            out = self.model.generate(
                input_ids=ids,
                attention_mask=torch.ones_like(ids),
                max_new_tokens=limit,
                do_sample=False,
                repetition_penalty=1.1,
                pad_token_id=self.tokenizer.pad_token_id or eos,
            )
        new = out[0, ids.shape[1]:]
        budget.check_finished(requested=max_new_tokens, generated=len(new),
                              finished=len(new) > 0 and int(new[-1]) == eos)
        return self.tokenizer.decode(new, skip_special_tokens=True).strip()

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
                option_ids = self.tokenizer(option, add_special_tokens=False)["input_ids"]
                eos = [self.tokenizer.eos_token_id] if self.tokenizer.eos_token_id is not None else []
                target = option_ids + eos
                ids = torch.tensor([prefix + target])
                logits = self.model(input_ids=ids).logits[0, len(prefix) - 1 : -1]
                logp = torch.log_softmax(logits.float(), dim=-1)
                scores.append(float(logp[torch.arange(len(target)), torch.tensor(target)].sum()))
        top = max(scores)
        weights = [math.exp(s - top) for s in scores]
        total = sum(weights)
        return [w / total for w in weights]
