"""Validate corpus files while writing them: ``python3 scripts/check_batch.py FILE...``.

Prints every problem (file:line: id: message) and the coverage counts. Runs
with the project's virtual environment if the current Python lacks canlp's
dependencies.
"""

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

try:
    import pycountry  # noqa: F401
except ImportError:
    for venv in (ROOT / ".venv", Path("/work/venv")):
        python = venv / "bin" / "python"
        if python.exists() and not os.environ.get("CANLP_CHECK_REEXEC"):
            os.environ["CANLP_CHECK_REEXEC"] = "1"
            os.execv(str(python), [str(python), *sys.argv])
    sys.exit("check_batch: install canlp's dependencies first (pip install -e .)")

from canlp.corpus import coverage, validate_files  # noqa: E402


def main(paths):
    records, problems = validate_files([Path(p) for p in paths])
    for problem in problems:
        print(problem)
    print(f"\n{len(records)} records, {len(problems)} problems")
    print(json.dumps(coverage(records), indent=1, sort_keys=True))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
