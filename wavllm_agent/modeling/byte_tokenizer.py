"""A byte-level tokenizer built in code, for LLMs with random weights (``tiny-random``).

Every UTF-8 byte is one token, so any text round-trips; four special tokens come first. It needs no
files, which keeps the ``tiny-random`` preset free of downloads and packages.
"""

from __future__ import annotations

from typing import Any

BYTE_TOKENIZER_SPECIALS = {"<pad>": 0, "<s>": 1, "</s>": 2, "<unk>": 3}
BYTE_TOKENIZER_SIZE = len(BYTE_TOKENIZER_SPECIALS) + 256


def build_byte_tokenizer() -> Any:
    """A ``transformers`` fast tokenizer over bytes (ids 4..259) with ``<pad> <s> </s> <unk>`` (0..3)."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers
    from transformers import PreTrainedTokenizerFast

    vocab = dict(BYTE_TOKENIZER_SPECIALS)
    for char in sorted(pre_tokenizers.ByteLevel.alphabet()):
        vocab[char] = len(vocab)
    backend = Tokenizer(models.BPE(vocab=vocab, merges=[], unk_token="<unk>"))
    # No regex split and no prefix space: the text's bytes map one to one onto tokens.
    backend.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False)
    backend.decoder = decoders.ByteLevel()
    return PreTrainedTokenizerFast(
        tokenizer_object=backend, bos_token="<s>", eos_token="</s>", pad_token="<pad>", unk_token="<unk>"
    )
