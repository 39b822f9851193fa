"""Record every output a speed change must leave byte-identical, and compare with a recording.

    python benchmarks/outputs.py record /tmp/before     # write the outputs into /tmp/before
    python benchmarks/outputs.py check /tmp/before      # write them again beside it and compare

The pairs: the seed against the sample, both sample pairs, every consecutive pair of the real
reports in ../shared/real, and every pair of the audits' keys (tests/data/audit*/key.json) in
the forms their tests build (built once into ``<recording>.forms`` with the audits' own
builders, and reused, since a rebuilt PDF or .docx need not be byte-identical). Each pair gives
JSON, HTML, Markdown and terminal text; each real report gives its ``plans`` JSON, and the real
folder ``check``'s JSON. Everything runs in one process, so that a cache keyed wrongly across
reports shows as a difference too.
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
REAL = ROOT.parent / "shared" / "real"
SAMPLES = ROOT / "samples"
FORMATS = ("json", "html", "md", "text")


def _audit_folders(forms: Path) -> dict[str, Path]:
    """Each audit's folder of inputs, built with its tests' own builders when not there yet."""
    import shutil

    from audit19_key import DATA as AUDIT19
    from audit27_key import forms as audit27_forms

    folders = {"audit19": AUDIT19, "audit27": audit27_forms(forms / "audit27" / "reports")}
    for name in ("audit27b", "audit30", "audit31", "audit32"):
        target = forms / name / "reports"
        if not target.is_dir():
            module = __import__(f"{name}_forms")
            try:
                module.build_forms(target, forms / name / "build")
            except Exception:
                shutil.rmtree(target, ignore_errors=True)
                raise
        folders[name] = target
    return folders


def pairs(forms: Path) -> dict[str, tuple[Path, Path]]:
    found = {
        "seed-sample": (ROOT / "seeds" / "000_ed6269d44b6c061b.txt", SAMPLES / "haidian_2025_constructed.txt"),
        "yunze": (SAMPLES / "yunze_sfj_2024_constructed.txt", SAMPLES / "yunze_sfj_2025_constructed.txt"),
    }
    real = sorted(REAL.glob("guowuyuan-zfgzbg-*-s.txt"))
    for old, new in zip(real, real[1:]):
        found[f"real-{old.stem.split('-')[2]}-{new.stem.split('-')[2]}"] = (old, new)
    for audit, folder in _audit_folders(forms).items():
        key = json.loads((ROOT / "tests" / "data" / audit / "key.json").read_text(encoding="utf-8"))
        for name, entry in key.items():
            if isinstance(entry, dict) and "old" in entry:
                found[f"{audit}-{name}"] = (folder / entry["old"], folder / entry["new"])
    return found


def record(out: Path, forms: Path) -> None:
    from reportdiff import compare, load_report, render, render_plans
    from reportdiff.cli import cli
    from reportdiff.plans import analyse_plans

    out.mkdir(parents=True, exist_ok=True)
    for name, (old, new) in pairs(forms).items():
        comparison = compare(str(old), str(new))
        for fmt in FORMATS:
            text = render(comparison, fmt)
            (out / f"{name}.{fmt}").write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    for path in sorted(REAL.glob("guowuyuan-zfgzbg-*-s.txt")):
        (out / f"plans-{path.stem}.json").write_text(render_plans(analyse_plans(load_report(str(path))), "json"),
                                                    encoding="utf-8")
    with contextlib.redirect_stdout(io.StringIO()):
        cli.main(["check", str(REAL), "--no-cache", "--json", str(out / "check-real.json")], prog_name="reportdiff",
                 standalone_mode=False)


def check(before: Path) -> int:
    after = before.with_name(before.name + ".after")
    record(after, before.with_name(before.name + ".forms"))
    names = sorted({p.name for p in before.iterdir()} | {p.name for p in after.iterdir()})
    differ = [n for n in names if not (before / n).exists() or not (after / n).exists()
              or (before / n).read_bytes() != (after / n).read_bytes()]
    for name in differ:
        print(f"DIFFERS: {name}")
    print(f"{len(names) - len(differ)}/{len(names)} outputs byte-identical")
    return 1 if differ else 0


if __name__ == "__main__":
    command, folder = sys.argv[1], Path(sys.argv[2])
    if command == "record":
        record(folder, folder.with_name(folder.name + ".forms"))
    else:
        sys.exit(check(folder))
