"""A model as judge, for what keyword matching cannot settle: temperature 0, one yes/no
verdict per item, and a quote from the judged text that code verifies (a "yes" whose quote
is not in the text counts as "no"). Rubrics are versioned files in `evals/rubrics/`."""

from __future__ import annotations

import json
from typing import Literal

from coach.core.datamodels import StrictModel
from coach.core.resources import bundled_dir
from coach.core.yamlfiles import load_yaml_model
from coach.llm.evidence import quote_found
from coach.llm.gateway import Gateway
from coach.llm.structured import strict_schema


class Rubric(StrictModel):
    version: int
    name: str
    instructions: str


class Verdict(StrictModel):
    verdict: Literal["yes", "no"]
    evidence: str


def load_rubric(name: str) -> Rubric:
    return load_yaml_model(bundled_dir("evals") / "rubrics" / f"{name}.yaml", Rubric)


async def judge(llm: Gateway, rubric: Rubric, *, claim: str, text: str) -> bool:
    messages = [
        {
            "role": "system",
            "content": f"[coach:judge] {rubric.instructions.strip()}\nReply with JSON only: "
            + json.dumps(strict_schema(Verdict)),
        },
        {"role": "user", "content": f"EXPECTED FACT: {claim}\n\nSUMMARY:\n{text}\nEND OF SUMMARY"},
    ]
    verdict = await llm.structured(messages, Verdict, "verdict")
    return verdict.verdict == "yes" and quote_found(verdict.evidence, [text])
