"""Recipes: the example loads, bad fields are refused with a message naming them, docs list every field."""

from __future__ import annotations

from pathlib import Path

import pytest

from wavllm_agent.errors import ConfigError
from wavllm_agent.training.config import field_reference, load_config, parse_config

ROOT = Path(__file__).resolve().parents[2]


def _minimal(**stage: object) -> dict:
    return {
        "data": {"train": [{"manifest": "a.jsonl", "task": "asr"}]},
        "stages": [{"name": "one", "steps": 3, "lr": 1e-3, **stage}],
    }


def test_the_example_recipe_is_the_papers_two_stage_curriculum() -> None:
    config = load_config(ROOT / "examples" / "train_tiny.yaml")
    first, second = config.stages
    assert config.model.name_or_path == "tiny"
    assert first.lora_scale == "static" and "prompt_adapter" not in first.trainable
    assert second.lora_scale == "prompt" and "prompt_adapter" in second.trainable and second.varied_prompts
    assert "multi" in (second.mix or {}) and "multi" not in (first.mix or {})
    # relative paths resolve against the recipe's folder
    assert config.data.train[0].manifest == (ROOT / "runs" / "synth" / "asr.jsonl").resolve()
    assert config.run.output == (ROOT / "runs" / "train-tiny").resolve()


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"stages": [{"name": "one", "steps": 3, "lr": 1e-3, "lr_max": 2}]}, ["stages.0.lr_max", "unknown field"]),
        ({"stages": [{"name": "one", "steps": 3, "lr": 0}]}, ["stages.0.lr", "greater than 0"]),
        ({"stages": [{"name": "one", "lr": 1e-3}]}, ["stages.0.steps", "required"]),
        ({"stages": [{"name": "a/b", "steps": 1, "lr": 1e-3}]}, ["stages.0.name", "folder"]),
        ({"stages": [{"name": "one", "steps": 1, "lr": 1e-3, "batch_size": 6, "micro_batch_size": 4}]},
         ["multiple of micro_batch_size"]),
        ({"stages": [{"name": "one", "steps": 1, "lr": 1e-3, "trainable": ["prompt_adapter"]}]},
         ["lora_scale: prompt"]),
        ({"stages": [{"name": "one", "steps": 1, "lr": 1e-3, "trainable": ["encoders"]}]}, ["trainable"]),
        ({"stages": [{"name": "x", "steps": 1, "lr": 1e-3}, {"name": "x", "steps": 1, "lr": 1e-3}]},
         ["stage names must differ"]),
        ({"stages": [{"name": "one", "steps": 1, "lr": 1e-3, "mix": {"st": 1}}]}, ["unknown sources", "asr"]),
        ({"run": {"precision": "fp8"}}, ["run.precision"]),
    ],
)
def test_bad_fields_are_named_in_the_error(change: dict, words: list[str]) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_config({**_minimal(), **change}, base=Path("/data"))
    for word in words:
        assert word in caught.value.message


def test_yaml_problems_are_config_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "missing.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("stages: [unclosed\n")
    with pytest.raises(ConfigError, match="not valid YAML"):
        load_config(bad)
    listed = tmp_path / "list.yaml"
    listed.write_text("- 1\n- 2\n")
    with pytest.raises(ConfigError, match="mapping"):
        load_config(listed)


def test_batches_split_over_processes_or_fail_clearly() -> None:
    stage = parse_config(_minimal(batch_size=8, micro_batch_size=2)).stages[0]
    assert stage.accumulation(1) == (2, 4)
    assert stage.accumulation(2) == (2, 2)
    assert stage.accumulation(4) == (2, 1)
    with pytest.raises(ConfigError, match="does not split over 3"):
        stage.accumulation(3)
    default = parse_config(_minimal(batch_size=8)).stages[0]
    assert default.accumulation(2) == (4, 1)  # no micro_batch_size: each process's share, no accumulation


def test_docs_describe_every_field() -> None:
    docs = (ROOT / "docs" / "training.md").read_text()
    reference = field_reference()
    for line in reference.splitlines():
        if line.startswith("- `"):
            name = line.split("`")[1]
            assert f"`{name}`" in docs, f"docs/training.md does not mention the field {name}"
    assert "(required)" in reference and "default `1.0`" in reference
