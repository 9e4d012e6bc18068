"""The one shared wording of pydantic validation errors (tasks' params, plans, tools)."""

from __future__ import annotations

import pytest
from pydantic import BaseModel, ValidationError, model_validator

from wavllm_agent.errors import UsageError, validation_problems


class Seven(BaseModel):
    a: int
    b: int
    c: int
    d: int
    e: int
    f: int
    g: int


class Whole(BaseModel):
    @model_validator(mode="before")
    @classmethod
    def _refuse(cls, data: object) -> object:
        raise ValueError("nothing fits")


def test_names_five_problems_and_counts_the_rest() -> None:
    with pytest.raises(ValidationError) as caught:
        Seven()
    line = validation_problems(caught.value.errors())
    assert line.startswith("a: Field required; b: Field required") and line.endswith("; and 2 more")
    assert line.count("Field required") == 5


def test_a_problem_without_a_place_names_the_subject() -> None:
    with pytest.raises(ValidationError) as caught:
        Whole()
    assert validation_problems(caught.value.errors(), subject="plan").startswith("plan: Value error, nothing fits")


def test_task_params_use_it() -> None:
    from wavllm_agent.registry import get_registry

    with pytest.raises(UsageError) as caught:
        get_registry().task("summarize").parse_params({"max_words": "many", "bogus": 1})
    assert "max_words: " in caught.value.message and "bogus: Extra inputs are not permitted" in caught.value.message
