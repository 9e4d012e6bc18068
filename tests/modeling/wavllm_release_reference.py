"""A synthetic WavLLM release checkpoint and a plain, independent implementation of its forward pass.

The checkpoint uses the released key names and layouts (fairseq wrapper ``{'model': ..., 'cfg': ...}``,
Meta-layout LLaMA ``wq/wk/wv/wo`` with ``w*_lora_A`` (in x r) and ``w*_lora_B`` (r x out), the
prompt adapter ``scale_fc_1/2``, ``scale_weight_attention``, WavLM weight norm as ``weight_g/weight_v``
as transformers 4.32 saved it) at tiny sizes. :class:`ReleaseReference` computes what the released
code computes - interleaved complex rotary embeddings, the LoRA update times the scale vector, the
prompt pass with LoRA off and no final norm, the adapters - written directly from those tensors, so
that the converter's key map, transposes and rotary permutations are checked end to end.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import torch
from torch.nn import functional as F

L = "gpt_model.model_llama."


@dataclass(frozen=True)
class ReleaseSizes:
    dim: int = 256
    n_heads: int = 2  # not visible in the tensors: the converter must be told (config or argument)
    n_layers: int = 2
    vocab: int = 260  # the byte tokenizer's size, so the converted model can run offline
    ffn: int = 384
    lora_r: int = 4
    whisper_dim: int = 64
    wavlm_dim: int = 64
    whisper_conv: int = 64
    wavlm_conv: int = 32
    adapter_width: int = 32
    bottleneck: int = 16
    prompt_hidden: int = 32
    norm_eps: float = 1e-6

    @property
    def projector(self) -> int:
        return self.dim // 2


def _encoders(sizes: ReleaseSizes, seed: int):
    from transformers import WavLMConfig, WavLMModel, WhisperConfig
    from transformers.models.whisper.modeling_whisper import WhisperEncoder

    torch.manual_seed(seed)
    whisper = WhisperEncoder(
        WhisperConfig(
            d_model=sizes.whisper_dim,
            encoder_layers=2,
            encoder_attention_heads=1,
            encoder_ffn_dim=128,
            num_mel_bins=80,
            max_source_positions=1500,
        )
    ).eval()
    wavlm = WavLMModel(
        WavLMConfig(
            hidden_size=sizes.wavlm_dim,
            num_hidden_layers=2,
            num_attention_heads=1,
            intermediate_size=128,
            conv_dim=[32] * 7,
            num_conv_pos_embeddings=16,
            num_conv_pos_embedding_groups=4,
            num_buckets=32,
            hidden_dropout=0.0,
            attention_dropout=0.0,
            activation_dropout=0.0,
            layerdrop=0.0,
        )
    ).eval()
    return whisper, wavlm


def build_release_state_dict(sizes: ReleaseSizes = ReleaseSizes(), seed: int = 0) -> dict[str, torch.Tensor]:
    """Random tensors under the released names and shapes (nothing trivially zero, so every map matters)."""
    whisper, wavlm = _encoders(sizes, seed)
    gen = torch.Generator().manual_seed(seed + 1)

    def rand(*shape: int, scale: float = 0.05) -> torch.Tensor:
        return torch.randn(*shape, generator=gen) * scale

    state: dict[str, torch.Tensor] = {}
    for key, value in whisper.state_dict().items():
        state[f"audio_encoder.model.{key}"] = value.clone()
    for key, value in wavlm.state_dict().items():
        key = key.replace("parametrizations.weight.original0", "weight_g").replace(
            "parametrizations.weight.original1", "weight_v"
        )
        state[f"wavlm_encoder.model.{key}"] = value.clone()
    branches = (
        ("audio_encoder", sizes.whisper_dim, sizes.whisper_conv),
        ("wavlm_encoder", sizes.wavlm_dim, sizes.wavlm_conv),
    )
    for prefix, width, conv in branches:
        state[f"{prefix}.subsample.conv_layers.0.weight"] = rand(conv, width, 3, scale=0.1)
        state[f"{prefix}.subsample.conv_layers.0.bias"] = rand(conv)
        state[f"{prefix}.subsample.conv_layers.1.weight"] = rand(
            2 * sizes.adapter_width, conv // 2, 3, scale=0.1
        )
        state[f"{prefix}.subsample.conv_layers.1.bias"] = rand(2 * sizes.adapter_width)
        state[f"{prefix}.adapter.down_layer.weight"] = rand(sizes.bottleneck, sizes.adapter_width, scale=0.2)
        state[f"{prefix}.adapter.down_layer.bias"] = rand(sizes.bottleneck)
        state[f"{prefix}.adapter.up_layer.weight"] = rand(sizes.adapter_width, sizes.bottleneck, scale=0.2)
        state[f"{prefix}.adapter.up_layer.bias"] = rand(sizes.adapter_width)
        state[f"{prefix}.adapter.layer_norm.weight"] = 1 + rand(sizes.adapter_width)
        state[f"{prefix}.adapter.layer_norm.bias"] = rand(sizes.adapter_width)
        state[f"{prefix}.projector.weight"] = rand(sizes.projector, sizes.adapter_width, scale=0.2)
        state[f"{prefix}.projector.bias"] = rand(sizes.projector)
    state["wavlm_encoder.output_weights"] = 1 + rand(3, scale=0.5)
    state["wavlm_audio_proj.weight"] = rand(sizes.dim, 2 * sizes.projector, scale=0.1)
    state["wavlm_audio_proj.bias"] = rand(sizes.dim)
    state["audio_proj.weight"] = rand(sizes.dim, sizes.projector)
    state["audio_proj.bias"] = rand(sizes.dim)
    d, r = sizes.dim, sizes.lora_r
    state[f"{L}tok_embeddings.weight"] = rand(sizes.vocab, d, scale=0.5)
    for i in range(sizes.n_layers):
        p = f"{L}layers.{i}."
        for w in ("wq", "wk", "wv", "wo"):
            state[f"{p}attention.{w}.weight"] = rand(d, d, scale=0.08)
            state[f"{p}attention.{w}_lora_A"] = rand(d, r, scale=0.2)
            state[f"{p}attention.{w}_lora_B"] = rand(r, d, scale=0.2)
        state[f"{p}feed_forward.w1.weight"] = rand(sizes.ffn, d, scale=0.08)
        state[f"{p}feed_forward.w2.weight"] = rand(d, sizes.ffn, scale=0.08)
        state[f"{p}feed_forward.w3.weight"] = rand(sizes.ffn, d, scale=0.08)
        state[f"{p}attention_norm.weight"] = 1 + rand(d)
        state[f"{p}ffn_norm.weight"] = 1 + rand(d)
    state[f"{L}norm.weight"] = 1 + rand(d)
    state[f"{L}output.weight"] = rand(sizes.vocab, d, scale=0.2)
    state[f"{L}scale_fc_1.weight"] = rand(sizes.prompt_hidden, d, scale=0.3)
    state[f"{L}scale_fc_1.bias"] = rand(sizes.prompt_hidden)
    state[f"{L}scale_fc_2.weight"] = rand(d, sizes.prompt_hidden, scale=0.3)
    state[f"{L}scale_fc_2.bias"] = 0.5 + rand(d, scale=0.5)  # mostly positive: scales inside (0, 3)
    state[f"{L}scale_weight_attention.weight"] = rand(1, d, scale=0.2)
    state[f"{L}scale_weight_attention.bias"] = rand(1)
    return state


class ReleaseReference:
    """The released model's computations, written plainly against the release-named tensors."""

    def __init__(self, state: dict[str, torch.Tensor], sizes: ReleaseSizes = ReleaseSizes()) -> None:
        self.s = {k: v.float() for k, v in state.items()}
        self.sizes = sizes
        self.whisper, self.wavlm = _encoders(sizes, 0)
        self.whisper.load_state_dict(
            {
                k[len("audio_encoder.model.") :]: v
                for k, v in state.items()
                if k.startswith("audio_encoder.model.")
            }
        )
        wavlm_state = {
            k[len("wavlm_encoder.model.") :]
            .replace("weight_g", "parametrizations.weight.original0")
            .replace("weight_v", "parametrizations.weight.original1"): v
            for k, v in state.items()
            if k.startswith("wavlm_encoder.model.")
        }
        self.wavlm.load_state_dict(wavlm_state)
        head_dim = sizes.dim // sizes.n_heads
        freqs = 1.0 / (10000.0 ** (torch.arange(0, head_dim, 2)[: head_dim // 2].float() / head_dim))
        angles = torch.outer(torch.arange(4096).float(), freqs)
        self.freqs_cis = torch.polar(torch.ones_like(angles), angles)

    # -- audio ----------------------------------------------------------------------------------
    def _branch(self, prefix: str, x: torch.Tensor) -> torch.Tensor:
        s = self.s
        h = x.transpose(1, 2)
        for i in range(2):
            h = F.glu(
                F.conv1d(
                    h,
                    s[f"{prefix}.subsample.conv_layers.{i}.weight"],
                    s[f"{prefix}.subsample.conv_layers.{i}.bias"],
                    stride=2,
                    padding=1,
                ),
                dim=1,
            )
        h = h.transpose(1, 2)
        down = F.linear(h, s[f"{prefix}.adapter.down_layer.weight"], s[f"{prefix}.adapter.down_layer.bias"])
        up = F.linear(
            F.gelu(down), s[f"{prefix}.adapter.up_layer.weight"], s[f"{prefix}.adapter.up_layer.bias"]
        )
        h = (
            F.layer_norm(
                up,
                (up.shape[-1],),
                s[f"{prefix}.adapter.layer_norm.weight"],
                s[f"{prefix}.adapter.layer_norm.bias"],
            )
            + h
        )
        return F.linear(h, s[f"{prefix}.projector.weight"], s[f"{prefix}.projector.bias"])

    @torch.no_grad()
    def encode_audio(self, waveform: np.ndarray) -> torch.Tensor:
        """One clip of any length, as the release's batch-size-one inference encodes it: [T, dim].

        The release's rule, stated plainly: the clip is cut into 30 s parts (one part up to 30 s);
        each part's log-mels (padded to 30 s) and attention mask are stacked; the encoder's output
        is cut to the longest part's real length; the subsampler, bottleneck and projector run over
        the whole stack (no masking, so the last part's padded tail takes part); the parts' outputs
        are joined in time in full; the fusion cuts both branches to the shorter one.
        """
        from transformers import WhisperFeatureExtractor

        fe = WhisperFeatureExtractor(feature_size=80)
        window = 30 * 16000
        parts = [waveform]
        if len(waveform) > window:
            count = int(np.ceil((len(waveform) - window) / window) + 1)
            parts = [waveform[i * window : min((i + 1) * window, len(waveform))] for i in range(count)]
        outs = [fe(p, sampling_rate=16000, return_attention_mask=True, return_tensors="pt") for p in parts]
        features = torch.cat([o.input_features for o in outs])
        masks = torch.cat([o.attention_mask for o in outs])
        states = self.whisper(features).last_hidden_state
        output_lengths = (masks.sum(-1) - 1) // 2 + 1
        states = states[:, : int(output_lengths.max())]
        stacked = self._branch("audio_encoder", states)  # [parts, T', C]
        semantic = stacked.reshape(1, -1, stacked.shape[-1])
        hidden = self.wavlm(torch.from_numpy(waveform)[None], output_hidden_states=True).hidden_states
        weights = torch.softmax(self.s["wavlm_encoder.output_weights"], dim=0)
        mixed = torch.stack([h * w for h, w in zip(hidden, weights, strict=True)]).sum(0)
        acoustic = self._branch("wavlm_encoder", mixed)
        n = min(semantic.shape[1], acoustic.shape[1])
        fused = torch.cat([semantic[:, :n], acoustic[:, :n]], dim=2)
        return F.linear(fused, self.s["wavlm_audio_proj.weight"], self.s["wavlm_audio_proj.bias"])[0]

    # -- LLaMA --------------------------------------------------------------------------------------
    def _rms(self, x: torch.Tensor, weight: torch.Tensor) -> torch.Tensor:
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.sizes.norm_eps) * weight

    def _rotary(self, x: torch.Tensor, start: int) -> torch.Tensor:
        bsz, seq, heads, hd = x.shape
        xc = torch.view_as_complex(x.float().reshape(bsz, seq, heads, hd // 2, 2))
        freqs = self.freqs_cis[start : start + seq].view(1, seq, 1, hd // 2)
        return torch.view_as_real(xc * freqs).flatten(3)

    def _layer(self, i: int, x: torch.Tensor, scale: torch.Tensor | None) -> torch.Tensor:
        s, p = self.s, f"{L}layers.{i}."
        bsz, seq, dim = x.shape
        heads, hd = self.sizes.n_heads, dim // self.sizes.n_heads
        h = self._rms(x, s[f"{p}attention_norm.weight"])

        def proj(name: str, inp: torch.Tensor) -> torch.Tensor:
            out = inp @ s[f"{p}attention.{name}.weight"].t()
            if scale is not None:
                out = (
                    out
                    + (inp @ s[f"{p}attention.{name}_lora_A"] @ s[f"{p}attention.{name}_lora_B"])
                    * scale[:, None, :]
                )
            return out

        q = self._rotary(proj("wq", h).view(bsz, seq, heads, hd), 0)
        k = self._rotary(proj("wk", h).view(bsz, seq, heads, hd), 0)
        v = proj("wv", h).view(bsz, seq, heads, hd)
        q, k, v = (t.transpose(1, 2) for t in (q, k, v))
        scores = q @ k.transpose(2, 3) / math.sqrt(hd)
        scores = scores + torch.triu(torch.full((seq, seq), float("-inf")), diagonal=1)
        attn = torch.softmax(scores, dim=-1) @ v
        h = x + proj("wo", attn.transpose(1, 2).reshape(bsz, seq, dim))
        f = self._rms(h, s[f"{p}ffn_norm.weight"])
        ffn = (
            F.silu(f @ s[f"{p}feed_forward.w1.weight"].t()) * (f @ s[f"{p}feed_forward.w3.weight"].t())
        ) @ s[f"{p}feed_forward.w2.weight"].t()
        return h + ffn

    @torch.no_grad()
    def prompt_scale(self, prompt_ids: list[int]) -> torch.Tensor:
        """The release's scale vector for one quoted instruction: [dim]."""
        s = self.s
        h = s[f"{L}tok_embeddings.weight"][torch.tensor([prompt_ids])]
        for i in range(self.sizes.n_layers):
            h = self._layer(i, h, None)  # is_prompt: LoRA off; no final norm
        u = F.linear(
            F.gelu(F.linear(h, s[f"{L}scale_fc_1.weight"], s[f"{L}scale_fc_1.bias"])),
            s[f"{L}scale_fc_2.weight"],
            s[f"{L}scale_fc_2.bias"],
        )
        w = torch.softmax(
            F.linear(u, s[f"{L}scale_weight_attention.weight"], s[f"{L}scale_weight_attention.bias"]), dim=1
        )
        return torch.clamp(torch.relu((u * w).sum(dim=1)), max=3)[0]

    @torch.no_grad()
    def logits(self, embeds: torch.Tensor, scale: torch.Tensor) -> torch.Tensor:
        """Logits at every position of one sequence of input embeddings [T, dim]."""
        h = embeds[None].float()
        for i in range(self.sizes.n_layers):
            h = self._layer(i, h, scale[None])
        return (self._rms(h, self.s[f"{L}norm.weight"]) @ self.s[f"{L}output.weight"].t())[0]

    def embed(self, ids: list[int]) -> torch.Tensor:
        return self.s[f"{L}tok_embeddings.weight"][torch.tensor(ids, dtype=torch.long)]

    @torch.no_grad()
    def greedy(
        self, prefix: list[int], audio: torch.Tensor, suffix: list[int], scale: torch.Tensor, steps: int
    ) -> list[int]:
        """Greedy decoding by recomputing the whole sequence each step (no cache: plainly correct)."""
        generated: list[int] = []
        for _ in range(steps):
            seq = torch.cat([self.embed(prefix), audio, self.embed(suffix + generated)])
            generated.append(int(self.logits(seq, scale)[-1].argmax()))
        return generated


# -- a fairseq cfg pickled as an omegaconf DictConfig, without omegaconf --------------------------
def _standin(module: str, name: str) -> type:
    return type(name, (), {"__module__": module, "__qualname__": name})


ContainerMetadata = _standin("omegaconf.base", "ContainerMetadata")
Metadata = _standin("omegaconf.base", "Metadata")
DictConfig = _standin("omegaconf.dictconfig", "DictConfig")
AnyNode = _standin("omegaconf.nodes", "AnyNode")


def _with_state(cls: type, **state: object) -> object:
    obj = cls()
    obj.__dict__.update(state)
    return obj


def omegaconf_like(tree: dict) -> object:
    """``tree`` as omegaconf 2 pickles a ``DictConfig``: container and value nodes with metadata that
    names builtin types (``dict``; ``int`` for int values) and ``typing.Any``."""
    import typing

    content: dict[str, object] = {}
    for key, value in tree.items():
        if isinstance(value, dict):
            content[key] = omegaconf_like(value)
        else:
            meta = _with_state(
                Metadata,
                ref_type=typing.Any,
                object_type=int if isinstance(value, int) else None,
                optional=True,
                key=key,
                flags={},
            )
            content[key] = _with_state(AnyNode, _metadata=meta, _parent=None, _val=value)
    meta = _with_state(
        ContainerMetadata,
        ref_type=typing.Any,
        object_type=dict,
        optional=True,
        key=None,
        flags={},
        key_type=typing.Any,
        element_type=typing.Any,
    )
    return _with_state(DictConfig, _metadata=meta, _parent=None, _content=content)


def save_with_standins(obj: object, path) -> None:
    """``torch.save`` with the stand-in omegaconf modules importable (only while saving)."""
    import sys

    import pytest

    modules = {}
    for cls in (ContainerMetadata, Metadata, DictConfig, AnyNode):
        module = modules.setdefault(cls.__module__, type(sys)(cls.__module__))
        setattr(module, cls.__name__, cls)
    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(sys.modules, "omegaconf", type(sys)("omegaconf"))
        for name, module in modules.items():
            patch.setitem(sys.modules, name, module)
        torch.save(obj, path)


RELEASE_CFG = {
    "task": {"_name": "speechllm_task", "max_tokens": 1600000},
    # The test model's sizes are not the release's, so its config states the head counts.
    "model": {"_name": "speechllm_model", "n_heads": 2, "whisper_attention_heads": 1},
}
