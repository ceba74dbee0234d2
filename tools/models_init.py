"""Rewrite backend/cims/models/__init__.py from the model modules beside it.

Tortoise discovers models through that one module; writing it from the modules
keeps parallel branches that add models from conflicting in it.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "backend" / "cims" / "models"
SKIP = {"__init__", "enums"}
EXPORTED_BASES = {"Model", "StrEnum", "IntEnum", "Enum"}


def model_names(path: Path) -> list[str]:
    tree = ast.parse(path.read_text())
    return sorted(
        node.name
        for node in tree.body
        if isinstance(node, ast.ClassDef)
        and any(getattr(base, "id", None) in EXPORTED_BASES for base in node.bases)
    )


def main() -> None:
    lines = [
        '"""Tortoise models and nothing else: fields, relations, indexes, constraints."""',
        "",
    ]
    everything: list[str] = []
    for path in sorted(PACKAGE.glob("*.py")):
        if path.stem in SKIP or not (names := model_names(path)):
            continue
        everything += names
        lines.append(f"from cims.models.{path.stem} import (  # noqa: F401")
        lines += [f"    {name}," for name in names]
        lines.append(")")
    lines += (
        ["", "__all__ = ["] + [f'    "{n}",' for n in sorted(everything)] + ["]", ""]
    )
    (PACKAGE / "__init__.py").write_text("\n".join(lines))


if __name__ == "__main__":
    main()
