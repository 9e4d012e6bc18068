"""Choosing and loading a text LLM: which model (``llm=``), on which runtime (``llm_runtime=``).

* ``ct2`` (default): CTranslate2, int8 weights converted once into the user cache. Measured
  >= 2x faster than transformers on the same model (``python -m benchmarks text_runtime``).
* ``transformers``: the fp32 Hugging Face model through ``generate`` (the fallback: any causal LM
  transformers loads, on CPU or GPU).

Threads (measured, docs/models.md): a CTranslate2 generation uses ``threads`` OpenMP threads
(default: the cores this process may use); on the busy 2-core test box 2 threads decoded ~23 % faster
than 1, and ``OMP_WAIT_POLICY=PASSIVE`` made CTranslate2 12-18 % slower, so its OpenMP runtime keeps
its own wait policy. torch is different: with 2 threads and the default policy it ran 5-10x slower
than with 1 on that box (spin-waiting), so the transformers runtime asks for sleeping waits
(:func:`prefer_passive_openmp`) when it is chosen before torch loads.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from wavllm_agent.assets.resolve import DEFAULT_MODELS, find_known_model, known_models, resolve_model
from wavllm_agent.engines.text_llm import TextLLM
from wavllm_agent.errors import UsageError

RUNTIMES = ("ct2", "transformers")
"""Text runtimes: CTranslate2 int8 (default) and transformers fp32."""

RUNTIME_ENV = "WAVLLM_AGENT_LLM_RUNTIME"
"""Environment variable that picks the default text runtime."""


def default_llm() -> str:
    """The text LLM used when none is named."""
    return DEFAULT_MODELS["llm"]


def llm_names() -> list[str]:
    """The names of the packaged text LLMs (whether or not their packages are installed)."""
    return [m.name for m in known_models("llm")]


def check_llm_ref(ref: str) -> str:
    """Refuse, before anything loads, an LLM reference that can never resolve.

    A known name (or alias), an existing local path or something shaped like a hub id
    (``owner/name``) passes; anything else is a typed error listing the known names.

    Raises:
        UsageError: ``ref`` is none of those.
    """
    text = ref.strip()
    known = find_known_model(text)
    if known is not None:
        if known.kind != "llm":
            raise UsageError(f"{known.name!r} is a {known.kind} model, not a text LLM",
                             hint=f"use one of: {', '.join(llm_names())}")
        return known.name
    if Path(text).expanduser().exists() or (text.count("/") == 1 and not text.startswith((".", "/"))):
        return text
    raise UsageError(f"unknown LLM {text!r}",
                     hint=f"use one of: {', '.join(llm_names())}, a local folder or .gguf file, or a hub id")


def resolve_runtime(runtime: str | None) -> str:
    """The text runtime to use: ``runtime``, else ``$WAVLLM_AGENT_LLM_RUNTIME``, else ``ct2``.

    Raises:
        UsageError: not one of :data:`RUNTIMES`.
    """
    chosen = (runtime or os.environ.get(RUNTIME_ENV, "") or "ct2").strip().lower()
    if chosen not in RUNTIMES:
        raise UsageError(f"unknown LLM runtime {chosen!r}", hint=f"use one of: {', '.join(RUNTIMES)}")
    return chosen


def prefer_passive_openmp() -> None:
    """Ask torch's OpenMP runtime, if it is not loaded yet, to sleep rather than spin while it waits.

    Only a default: a value the user set is kept, and a runtime already loaded is not changed.
    (CTranslate2, which bundles its own OpenMP runtime, loads later in the engine and then reads
    the same setting: the transformers runtime is not used together with it for text.)
    """
    if "torch" not in sys.modules:
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")


def is_prepared(ref: str, runtime: str) -> bool:
    """Whether loading ``ref`` on ``runtime`` needs no one-time conversion (best effort)."""
    from wavllm_agent.assets.cache import cache_root, is_built
    from wavllm_agent.assets.llms import CHUNKED_LLMS

    known = find_known_model(ref)
    if known is None:
        return True
    chunked = CHUNKED_LLMS.get(known.name)
    if chunked is not None and not chunked.is_prepared():
        return False
    if runtime != "ct2":
        return True
    from wavllm_agent.assets.ct2_llm import ct2_cache_name
    from wavllm_agent.assets.smollm2 import SMOLLM2_CACHE_NAME

    hf_name = chunked.cache_name if chunked else SMOLLM2_CACHE_NAME
    return is_built(cache_root() / ct2_cache_name(cache_root() / hf_name))


def load_text_llm(ref: str | None = None, *, runtime: str | None = None, device: str = "cpu",
                  threads: int | None = None) -> TextLLM:
    """A text LLM ready for :meth:`~TextLLM.generate` and :meth:`~TextLLM.choose`.

    Args:
        ref: a known name (see :func:`llm_names`), a local Hugging Face folder or ``.gguf`` file,
            or a hub id; default :func:`default_llm`.
        runtime: ``ct2`` or ``transformers`` (see :func:`resolve_runtime`).
        device: ``cpu`` or ``cuda``.
        threads: CPU threads of the CTranslate2 runtime (default: the cores available).

    Raises:
        ModelNotFoundError: ``ref`` resolves to nothing (the hint names the install command).
        CheckpointError: the model does not load or convert.
    """
    from wavllm_agent.assets.smollm2 import load_chat_llm

    name = ref or default_llm()
    chosen = resolve_runtime(runtime)
    if chosen == "transformers":
        prefer_passive_openmp()
        from wavllm_agent.engines.chat_llm import ChatLLM

        model, tokenizer = load_chat_llm(name)
        if device != "cpu":
            model.to(device)
        return ChatLLM(model, tokenizer)
    return _load_ct2(name, device=device, threads=threads)


def _load_ct2(ref: str, *, device: str, threads: int | None) -> TextLLM:
    from wavllm_agent.assets.ct2_llm import available_cores, ct2_model_path, load_ct2_generator
    from wavllm_agent.assets.smollm2 import gguf_cache_folder, load_tokenizer
    from wavllm_agent.engines.ct2_chat_llm import CT2ChatLLM

    path = resolve_model(ref, kind="llm")
    if path.is_file() and path.suffix == ".gguf":
        path = gguf_cache_folder(path)
    ct2_dir = ct2_model_path(path)
    on_gpu = device.startswith("cuda")
    generator = load_ct2_generator(ct2_dir, device="cuda" if on_gpu else "cpu",
                                   compute_type="int8_float16" if on_gpu else "int8",
                                   threads=threads or available_cores())
    return CT2ChatLLM(generator, load_tokenizer(path))
