"""The labelled corpus, scored by the project's shared scorer (../shared/tools/score_corpus.py)
through the real command line: balanced category accuracy and rule micro-F1 must stay at or
above 0.95."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
SCORER = ROOT.parent / "shared" / "tools" / "score_corpus.py"
CORPUS = sorted((ROOT / "tests" / "corpus").glob("*.jsonl"))
THRESHOLD = 0.95
MIN_MESSAGES = 200


def test_corpus_is_big_and_varied_enough() -> None:
    rows = [
        json.loads(line)
        for path in CORPUS
        for line in path.read_text("utf-8").splitlines()
        if line.strip()
    ]
    assert len(rows) >= MIN_MESSAGES
    assert len({r["id"] for r in rows}) == len(rows), "ids must be unique"
    assert {r["expected_category"] for r in rows} == {"critical", "proactive", "forbidden"}
    assert {r["language"] for r in rows} >= {"en", "de", "fr", "es", "it", "pt", "nl", "pl"}
    assert {r.get("format", "text") for r in rows} == {"text", "html"}
    assert any(r["expected_rules"] == [] for r in rows), "clean messages too"


@pytest.mark.slow
@pytest.mark.skipif(not SCORER.exists(), reason="the shared scorer is not next to the project")
def test_corpus_scores_stay_above_the_bar() -> None:
    result = subprocess.run(
        [
            sys.executable,
            str(SCORER),
            *map(str, CORPUS),
            "--composer",
            f"{sys.executable} -m composer",
            "--min-balanced-accuracy",
            str(THRESHOLD),
            "--min-micro-f1",
            str(THRESHOLD),
            "--show-errors",
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
