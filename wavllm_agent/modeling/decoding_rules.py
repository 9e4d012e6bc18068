"""Decoding settings: the release's, and the options ``generate`` hands to transformers.

The release's generator (fairseq's ``SequenceGenerator`` as WavLLM ships it) samples at temperature
0.5 with beam 1 and at most 512 new tokens, and at every step sets two log-probabilities to minus
infinity before choosing:

* token id 0 (its pad and unk index; ``<unk>`` in LLaMA's vocabulary) - never chosen;
* the end token at the first step - an answer is never empty.

Here both rules are transformers' own logits processors: ``suppress_tokens=[0]`` and
``begin_suppress_tokens=[eos]`` (generation starts from embeddings, so the first new token is at
index 0, where the "begin" rule applies). :data:`RELEASE_GENERATION` turns them on with the release's
sampling; ``release_token_rules=True`` turns them on with any other settings.
"""

from __future__ import annotations

from typing import Any

RELEASE_NEVER_TOKEN = 0
"""The token id the release's generator never picks."""

RELEASE_GENERATION = {
    "do_sample": True,
    "temperature": 0.5,
    "top_k": 0,
    "top_p": 1.0,
    "num_beams": 1,
    "max_new_tokens": 512,
    "release_token_rules": True,
}
"""The release's decoding settings: plain sampling (fairseq's, no top-k or nucleus cut) at
temperature 0.5, beam 1, at most 512 new tokens, never token 0, no end token first."""


def release_token_options(eos_token_id: int | list[int]) -> dict[str, list[int]]:
    """transformers ``generate`` options that apply the release's two token rules."""
    eos = [eos_token_id] if isinstance(eos_token_id, int) else list(eos_token_id)
    return {"suppress_tokens": [RELEASE_NEVER_TOKEN], "begin_suppress_tokens": eos}


def generation_options(
    tokenizer: Any,
    pad_id: int,
    *,
    max_new_tokens: int,
    do_sample: bool,
    temperature: float,
    top_k: int,
    top_p: float,
    num_beams: int,
    release_token_rules: bool,
    extra: dict[str, Any],
) -> dict[str, Any]:
    """Keyword arguments for transformers' ``generate`` (``extra`` wins over the rest)."""
    options: dict[str, Any] = {
        "max_new_tokens": max_new_tokens,
        "do_sample": do_sample,
        "num_beams": num_beams,
        "pad_token_id": pad_id,
        "eos_token_id": tokenizer.eos_token_id,
    }
    if do_sample:
        options.update(temperature=temperature, top_k=top_k, top_p=top_p)
    else:
        options.update(temperature=None, top_p=None, top_k=None)
    if release_token_rules:
        options.update(release_token_options(tokenizer.eos_token_id))
    options.update(extra)
    return options
