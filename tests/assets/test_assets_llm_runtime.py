"""The default text LLM (Qwen2.5-Coder-0.5B-Instruct) on both runtimes: CTranslate2 int8 and transformers.

Real model, real weights (converted once into the user cache: ~1 min the first time).
"""

from __future__ import annotations

import json

import pytest

from wavllm_agent.assets.ct2_llm import ct2_cache_name, is_converted
from wavllm_agent.assets.llms import QWEN_CODER_05B
from wavllm_agent.budget import budget_scope
from wavllm_agent.engines.llm_runtime import load_text_llm
from wavllm_agent.engines.text_llm import TextLLM, chat_prompt_ids
from wavllm_agent.errors import LimitError

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("one_torch_thread")]

NOTICE = ("<text>\nThe library will be closed on Monday for repairs to the roof. It opens again on "
          "Wednesday at nine in the morning.\n</text>\n\n")


@pytest.fixture(scope="module")
def fast() -> TextLLM:
    return load_text_llm(QWEN_CODER_05B.name, runtime="ct2", threads=1)


@pytest.fixture(scope="module")
def reference() -> TextLLM:
    return load_text_llm(QWEN_CODER_05B.name, runtime="transformers")


def test_default_model_converts_once_into_plain_folders(fast: TextLLM) -> None:
    hf = QWEN_CODER_05B.hf_path()
    config = json.loads((hf / "config.json").read_text())
    assert "quantization_config" not in config
    assert (config["model_type"], config["num_hidden_layers"], config["hidden_size"]) == ("qwen2", 24, 896)
    assert not list(hf.glob("*.gguf"))  # the joined GGUF file is not kept
    assert is_converted(hf)
    ct2 = hf.parent / ct2_cache_name(hf)
    assert (ct2 / "model.bin").stat().st_size > 300_000_000
    assert type(fast).__name__ == "CT2ChatLLM" and isinstance(fast, TextLLM)


def test_both_runtimes_answer_and_stop_at_the_end_of_the_turn(fast: TextLLM, reference: TextLLM) -> None:
    for llm in (fast, reference):
        answer = llm.generate(NOTICE + "On which day does the library open again? Answer in one word.",
                              max_new_tokens=24)
        assert "wednesday" in answer.lower(), (type(llm).__name__, answer)
        assert len(answer.split()) <= 6 and "<|im_end|>" not in answer


def test_choose_agrees_across_runtimes(fast: TextLLM, reference: TextLLM) -> None:
    options = ["Monday", "Wednesday", "Friday"]
    question = NOTICE + "On which day does the library open again?"
    fast_p = fast.choose(question, options)
    ref_p = reference.choose(question, options)
    assert abs(sum(fast_p) - 1) < 1e-6 and abs(sum(ref_p) - 1) < 1e-6
    assert max(range(3), key=fast_p.__getitem__) == max(range(3), key=ref_p.__getitem__) == 1
    assert all(abs(a - b) < 0.15 for a, b in zip(fast_p, ref_p, strict=True)), (fast_p, ref_p)
    assert fast.choose(question, []) == []


def test_budget_cuts_are_errors_and_the_task_bound_is_respected(fast: TextLLM) -> None:
    story = "Write a long story about a lighthouse keeper and his dog."
    with budget_scope(4), pytest.raises(LimitError):
        fast.generate(story, max_new_tokens=200)
    text = fast.generate(story, max_new_tokens=6)  # the task's own bound: a short answer, no error
    tokenizer = fast.tokenizer  # type: ignore[attr-defined]
    assert 1 <= len(tokenizer(text, add_special_tokens=False)["input_ids"]) <= 7


def test_long_prompts_keep_their_instruction(fast: TextLLM) -> None:
    tokenizer = fast.tokenizer  # type: ignore[attr-defined]
    long_text = "<text>\n" + "The meeting discussed budgets and roads. " * 400 + "\n</text>\n\nSay OK."
    ids = chat_prompt_ids(tokenizer, long_text, None, max_context=512)
    assert len(ids) == 512
    assert "Say OK." in tokenizer.decode(ids[-20:])
    assert fast.generate(long_text, max_new_tokens=8)  # runs despite the ~3,600-token prompt


def test_both_runtimes_offer_the_best_answers_of_a_beam_search(fast: TextLLM, reference: TextLLM) -> None:
    question = NOTICE + "Why is the library closed on Monday? Answer in one short sentence."
    for llm in (fast, reference):
        answers = llm.generate_candidates(question, max_new_tokens=40, n=3)
        assert len(answers) == 3 and len(set(answers)) == 3, (type(llm).__name__, answers)
        assert "roof" in answers[0].lower() and all("<|im_end|>" not in a for a in answers)
    with budget_scope(3), pytest.raises(LimitError):
        fast.generate_candidates(question, max_new_tokens=40, n=2)


class _FakeTokenizer:
    """FAKE: decodes ids as letters (plumbing of distinct_answers only)."""

    def decode(self, ids: list[int], skip_special_tokens: bool = True) -> str:
        return "".join(chr(96 + i) for i in ids if i != 0)


def test_distinct_answers_keeps_the_best_and_drops_cut_or_repeated_ones() -> None:
    from wavllm_agent.engines.text_llm import distinct_answers

    stop = [0]
    answers = [[1, 2], [1, 2, 0], [3, 4, 0], [5, 6], [7, 0]]  # best unfinished; a repeat; a cut one
    assert distinct_answers(_FakeTokenizer(), answers, stop) == ["ab", "cd", "g"]
