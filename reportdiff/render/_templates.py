"""The templates folder of the HTML pages, and the jinja2 environment of the plans page.

The comparison page is written by Python (``html_page.py``) and only reads its CSS and
script from the folder; jinja2 (about 35 ms to import) is imported for the plans page alone.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportdiff.cache_dir import cache_root

if TYPE_CHECKING:
    import jinja2

#: The tag every HTML page reportdiff writes carries in its head: the folder commands skip such
#: pages when they look for reports (``corpus/discover.py``).
GENERATOR_META = '<meta name="generator" content="reportdiff">'
#: A template every installation has; used to tell a real templates folder from an empty one.
_PROBE = "report.css"


def template_dir() -> Path:
    """Return the templates folder: inside an installed wheel, else the source tree's."""
    # -- the package's own folder, as importlib.resources.files would give it for an installed
    #    (unzipped) package; FileSystemLoader reads only real folders anyway. Not importlib.resources
    #    itself: it imports tempfile, shutil and the compression modules (a tenth of an HTML run's
    #    start-up) --
    package = Path(__file__).resolve().parents[1]
    packaged = package / "templates"
    if (packaged / _PROBE).is_file():
        return packaged
    return package.parent / "templates"


def _bytecode_cache(jinja2: Any) -> Any:
    folder = cache_root() / "jinja2"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None

    class BytecodeCache(jinja2.FileSystemBytecodeCache):
        """jinja2's file cache of compiled templates that never fails a render (an unwritable
        cache only costs speed); entries carry the template's checksum, so an edited template
        recompiles."""

        def dump_bytecode(self, bucket: Any) -> None:
            try:
                super().dump_bytecode(bucket)
            except OSError:
                pass

    return BytecodeCache(str(folder))


@functools.lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """Return the environment, built once: compiling templates costs far more than rendering,
    so compiled templates are also kept in the user cache."""
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(template_dir())),
        bytecode_cache=_bytecode_cache(jinja2),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


__all__ = ["environment", "template_dir"]
