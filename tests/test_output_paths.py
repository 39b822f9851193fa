"""Output paths as shell scripts use them: pipes, ``>>``, ``-``, FIFOs; checked before any work."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
import threading

import pytest

from conftest import SAMPLE, SEED

COMMAND = f"{shlex.quote(sys.executable)} -m reportdiff compare {shlex.quote(str(SEED))} {shlex.quote(str(SAMPLE))}"


def bash(script: str, cwd) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", "-c", script], capture_output=True, cwd=cwd, timeout=120)


def _expected(fmt: str = "json") -> bytes:
    return subprocess.run([*shlex.split(COMMAND), "--format", fmt], capture_output=True, timeout=120,
                          check=True).stdout


def test_dev_stdout_into_a_pipe_delivers_everything(tmp_path) -> None:
    result = bash(f"set -o pipefail; {COMMAND} -o /dev/stdout --format json | cat > piped.json", tmp_path)
    assert result.returncode == 0, result.stderr.decode()
    assert (tmp_path / "piped.json").read_bytes() == _expected()


def test_dev_stdout_appended_by_the_shell_keeps_what_was_there(tmp_path) -> None:
    log = tmp_path / "log.md"
    log.write_text("# earlier run\n", encoding="utf-8")
    result = bash(f"{COMMAND} -o /dev/stdout --format md >> log.md && {COMMAND} -o /dev/fd/1 --format md >> log.md",
                  tmp_path)
    assert result.returncode == 0, result.stderr.decode()
    assert log.read_bytes() == b"# earlier run\n" + _expected("md") * 2


def test_dash_writes_to_stdout(tmp_path) -> None:
    result = bash(f"{COMMAND} -o - --format json > out.json", tmp_path)
    assert result.returncode == 0 and (tmp_path / "out.json").read_bytes() == _expected()


def test_fifo_is_written_into_not_replaced(tmp_path) -> None:
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    result = subprocess.run([*shlex.split(COMMAND), "-o", str(fifo), "--format", "json"], capture_output=True,
                            timeout=120)
    reader.join(timeout=60)
    assert result.returncode == 0, result.stderr.decode()
    assert received == [_expected()]
    assert fifo.is_fifo()


@pytest.mark.parametrize(("output", "message"), [
    ("missing-folder/out.json", "no such folder"),
    (".", "is a directory"),
    ("/dev/fd/9", "descriptor 9 is not open"),
])
def test_output_is_checked_before_reading_any_input(tmp_path, output: str, message: str) -> None:
    # -- stdin stays open and empty: a check that came after loading would hang here --
    process = subprocess.Popen([sys.executable, "-m", "reportdiff", "compare", str(SEED), "-", "-o", output,
                                "--format", "json", "--lang", "en"], cwd=tmp_path, stdin=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    try:
        _, stderr = process.communicate(timeout=30)
    finally:
        process.kill()
    assert process.returncode == 2 and message in stderr.decode(), stderr.decode()
    assert len(stderr.decode().strip().splitlines()) == 1


def test_read_only_folder_is_refused_early(tmp_path) -> None:
    if os.geteuid() == 0:
        pytest.skip("running as root: every folder is writable")
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        result = subprocess.run([*shlex.split(COMMAND), "-o", str(folder / "x.json")], capture_output=True, timeout=120)
    finally:
        folder.chmod(0o700)
    assert result.returncode == 2 and "not writable" in result.stderr.decode()


def test_regular_file_is_still_replaced_atomically(tmp_path) -> None:
    out = tmp_path / "out.json"
    out.write_text("x" * 1_000_000, encoding="utf-8")
    result = subprocess.run([*shlex.split(COMMAND), "-o", str(out)], capture_output=True, timeout=120)
    assert result.returncode == 0
    assert json.loads(out.read_text(encoding="utf-8"))["schema_version"] == 1
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_writing_a_file_leaves_only_the_file_and_imports_no_tempfile(tmp_path) -> None:
    # -- the temporary file is made without the tempfile module (shutil, random, bz2, lzma) --
    script = (
        "import sys\n"
        "from reportdiff.cli import main\n"
        f"sys.argv = ['reportdiff', 'compare', {str(SEED)!r}, {str(SAMPLE)!r}, '-o', 'out.html']\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as exc:\n"
        "    assert not exc.code, exc.code\n"
        "print('tempfile' in sys.modules, 'shutil' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "False"]
    assert sorted(path.name for path in tmp_path.iterdir()) == ["out.html"]
    assert oct((tmp_path / "out.html").stat().st_mode & 0o777) == oct(0o666 & ~_umask())


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
