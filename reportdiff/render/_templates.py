"""The jinja2 environment shared by the HTML renderers (report and plans pages)."""

from __future__ import annotations

import functools
import importlib.resources
from pathlib import Path

import jinja2

#: A template every installation has; used to tell a real templates folder from an empty one.
_PROBE = "report.html.j2"


def template_dir() -> Path:
    """Return the templates folder: inside an installed wheel, else the source tree's."""
    try:
        packaged = importlib.resources.files("reportdiff") / "templates"
        if packaged.is_dir() and (packaged / _PROBE).is_file():
            return Path(str(packaged))
    except (ModuleNotFoundError, TypeError):  # -- a zipped or unusual install: try the tree --
        pass
    return Path(__file__).resolve().parents[2] / "templates"


@functools.lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """Return the environment, built once: compiling templates costs far more than rendering."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(template_dir())),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


__all__ = ["environment", "template_dir"]
