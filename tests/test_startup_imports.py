"""An API process starts without scikit-learn: it loads when a model is trained or used.

scikit-learn with SciPy and pandas is about 150 MiB per process; a process that
serves no analytics field need not hold it.
"""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = ("sklearn", "scipy", "pandas")

PROBE = """
import json, sys
{imports}
print(json.dumps(sorted({{m.split(".")[0] for m in sys.modules}} & set({heavy!r}))))
"""


def _loaded_after(imports: str) -> list[str]:
    """The heavy packages a fresh interpreter holds after ``imports``."""
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(imports=imports, heavy=HEAVY)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_app_and_the_command_line_start_without_scikit_learn():
    assert _loaded_after("import cims.cli, cims.app") == []


def test_the_credit_model_still_brings_scikit_learn_when_used():
    # The probe can see the packages: the check above is not empty by accident.
    assert set(_loaded_after("import cims.analytics.credit")) == set(HEAVY)


def test_the_mappings_are_the_credit_models():
    from cims.analytics import credit, mappings

    assert credit.MAPPINGS is mappings.MAPPINGS
    assert credit.credit_kind(credit.GERMAN_CREDIT) == "credit-german_credit"
