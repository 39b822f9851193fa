"""Headless Chromium screenshots for the HTML tests (skipped where Chromium is absent)."""

from __future__ import annotations

import shutil
import struct
import subprocess
from pathlib import Path

import pytest

#: Flags for a root sandbox with no network: without the background-networking ones
#: Chromium keeps trying to reach its update and sync hosts.
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync")

needs_chromium = pytest.mark.skipif(shutil.which("chromium") is None,
                                    reason="chromium is not on PATH; no browser check (.ci/run installs it)")


def screenshot(html: str, workdir: Path, name: str, query: str = "", size: tuple[int, int] = (1280, 2000)) -> bytes:
    """Render ``html`` in headless Chromium and return the PNG, checked to be ``size``."""
    page = workdir / "page.html"
    page.write_text(html, encoding="utf-8")
    png = workdir / name
    subprocess.run(
        ["chromium", *FLAGS, f"--user-data-dir={workdir / 'profile'}", f"--screenshot={png}",
         f"--window-size={size[0]},{size[1]}", f"file://{page}{query}"],
        capture_output=True, timeout=120, check=False,
    )
    assert png.exists(), f"chromium wrote no {name}"
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", data[16:24]) == size
    return data


class Page:
    """One headless Chromium tab driven through the DevTools protocol over a pipe (no extra packages).

    ``--remote-debugging-pipe`` makes Chromium read NUL-terminated JSON commands on fd 3 and
    write replies and events on fd 4; each command is answered by id.
    """

    def __init__(self, workdir: Path, width: int = 1280, height: int = 900) -> None:
        import os

        self._to_chrome_r, self._to_chrome_w = os.pipe()
        self._from_chrome_r, self._from_chrome_w = os.pipe()
        # -- the child must see the pipes as fds 3 and 4: copy them out of the way first, so
        #    that neither overwrites the other, then into place (fds 3 and 4 are kept open) --
        reading, writing = self._to_chrome_r, self._from_chrome_w

        def remap() -> None:
            high_read, high_write = os.dup(reading) + 100, os.dup(writing) + 100
            os.dup2(reading, high_read)
            os.dup2(writing, high_write)
            os.dup2(high_read, 3)
            os.dup2(high_write, 4)
            os.set_inheritable(3, True)
            os.set_inheritable(4, True)

        self._process = subprocess.Popen(
            ["chromium", *FLAGS, "--remote-debugging-pipe", f"--user-data-dir={workdir / 'cdp-profile'}",
             f"--window-size={width},{height}", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            pass_fds=(3, 4), preexec_fn=remap,
        )
        os.close(self._to_chrome_r)
        os.close(self._from_chrome_w)
        self._writer = os.fdopen(self._to_chrome_w, "wb", buffering=0)
        self._reader = os.fdopen(self._from_chrome_r, "rb", buffering=0)
        self._buffer = b""
        self._next = 0
        target = self._call("Target.createTarget", url="about:blank")["targetId"]
        self._session = self._call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        self.call("Page.enable")
        self.resize(width, height)

    def _read_message(self) -> dict:
        import json

        while b"\0" not in self._buffer:
            chunk = self._reader.read(1 << 16)
            if not chunk:
                raise RuntimeError("chromium closed the DevTools pipe")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(raw)

    def _call(self, method: str, session: str | None = None, **params) -> dict:
        import json

        self._next += 1
        message = {"id": self._next, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        self._writer.write(json.dumps(message).encode() + b"\0")
        while True:
            reply = self._read_message()
            if reply.get("id") == self._next:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})

    def call(self, method: str, **params) -> dict:
        """Send one DevTools command to the tab and return its result."""
        return self._call(method, self._session, **params)

    def resize(self, width: int, height: int) -> None:
        self.call("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1,
                  mobile=width < 600)

    def open(self, url: str) -> None:
        """Load ``url`` and wait until its scripts ran."""
        import time

        self.call("Page.navigate", url=url)
        for _ in range(200):
            if self.evaluate("document.readyState") == "complete":
                return
            time.sleep(0.05)
        raise RuntimeError(f"{url} did not finish loading")

    def evaluate(self, expression: str):
        """Return the value of a JavaScript expression in the page."""
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def press(self, key: str) -> None:
        """Type one printable key (``n``, ``j`` …) as a user would."""
        for kind in ("keyDown", "char", "keyUp"):
            params = {"type": kind, "key": key}
            if kind == "char":
                params["text"] = key
            else:
                params["code"] = f"Key{key.upper()}"
                params["windowsVirtualKeyCode"] = ord(key.upper())
            self.call("Input.dispatchKeyEvent", **params)

    def screenshot(self, path: Path, full_page: bool = False) -> bytes:
        """Save a PNG of the viewport (or the whole page) to ``path`` and return it."""
        import base64

        params = {"format": "png"}
        if full_page:
            size = self.call("Page.getLayoutMetrics")["cssContentSize"]
            params.update(captureBeyondViewport=True,
                          clip={"x": 0, "y": 0, "width": size["width"], "height": min(size["height"], 12000), "scale": 1})
        data = base64.b64decode(self.call("Page.captureScreenshot", **params)["data"])
        path.write_bytes(data)
        return data

    def close(self) -> None:
        try:
            self._call("Browser.close")
        except (RuntimeError, OSError, BrokenPipeError):
            pass
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._writer.close()
        self._reader.close()
