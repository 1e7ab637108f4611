"""A headless Chromium driven over the DevTools protocol, as a person uses a page: open it (from
file://), read what the console said, click and type, run a script, take a screenshot.

No Playwright: Debian's /usr/bin/chromium and the `websockets` client are enough. One browser per
`Browser` (its own profile in a temporary folder), ended with it.
"""

from __future__ import annotations

import base64
import contextlib
import itertools
import json
import os
import signal
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from websockets.sync.client import connect

FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
         "--no-default-browser-check", "--allow-file-access-from-files", "--hide-scrollbars")


PROFILE_REMOVAL_TRIES = 5
PROFILE_REMOVAL_PAUSE = 0.2  # seconds: for Chromium's last helper to exit


class BrowserError(RuntimeError):
    pass


class Browser:
    """`with Browser(exe) as b: b.open(url); b.errors; b.evaluate('1+1'); b.screenshot(path)`."""

    def __init__(self, exe: str, width: int = 1200, height: int = 900, mobile: bool = False) -> None:
        self._profile = tempfile.TemporaryDirectory(prefix="kompass-chromium-")
        self._proc = subprocess.Popen(
            [exe, *FLAGS, f"--user-data-dir={self._profile.name}", "--remote-debugging-port=0",
             f"--window-size={width},{height}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        self._ids = itertools.count(1)
        self.console: list[dict] = []  # every console message and uncaught exception, in order
        try:
            self._ws = connect(self._page_socket(), max_size=None, open_timeout=30)
            for domain in ("Page", "Runtime", "Log"):
                self.call(f"{domain}.enable")
            if mobile:
                self.call("Emulation.setDeviceMetricsOverride", width=width, height=height,
                          deviceScaleFactor=2, mobile=True)
        except BaseException:
            self.close()
            raise

    def _page_socket(self) -> str:
        port_file = Path(self._profile.name) / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not port_file.exists() or len(port_file.read_text().split()) < 2:
            if self._proc.poll() is not None or time.monotonic() > deadline:
                raise BrowserError("Chromium did not start its DevTools endpoint")
            time.sleep(0.05)
        port = port_file.read_text().split()[0]
        import urllib.request

        while True:
            targets = json.loads(urllib.request.urlopen(f"http://127.0.0.1:{port}/json", timeout=10).read())
            pages = [t for t in targets if t.get("type") == "page"]
            if pages:
                return pages[0]["webSocketDebuggerUrl"]
            if time.monotonic() > deadline:
                raise BrowserError("Chromium has no page to drive")
            time.sleep(0.05)

    def _record(self, msg: dict) -> None:
        method, params = msg.get("method"), msg.get("params", {})
        if method == "Runtime.consoleAPICalled":
            text = " ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", []))
            self.console.append({"level": params.get("type"), "text": text})
        elif method == "Runtime.exceptionThrown":
            d = params.get("exceptionDetails", {})
            self.console.append({"level": "error", "text": d.get("exception", {}).get("description") or d.get("text")})
        elif method == "Log.entryAdded":
            e = params.get("entry", {})
            self.console.append({"level": e.get("level"), "text": f"{e.get('text')} {e.get('url', '')}".strip()})

    def call(self, method: str, timeout: float = 60, **params: Any) -> dict:
        mid = next(self._ids)
        self._ws.send(json.dumps({"id": mid, "method": method, "params": params}))
        deadline = time.monotonic() + timeout
        while True:
            msg = json.loads(self._ws.recv(timeout=max(0.1, deadline - time.monotonic())))
            if msg.get("id") == mid:
                if "error" in msg:
                    raise BrowserError(f"{method}: {msg['error']}")
                return msg.get("result", {})
            self._record(msg)

    def _wait_event(self, method: str, timeout: float = 60) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            msg = json.loads(self._ws.recv(timeout=max(0.1, deadline - time.monotonic())))
            self._record(msg)
            if msg.get("method") == method:
                return msg.get("params", {})

    def open(self, url: str) -> None:
        """Navigates to `url` and waits for its load event (scripts run, images laid out)."""
        self.call("Page.navigate", url=url)
        self._wait_event("Page.loadEventFired")

    @property
    def errors(self) -> list[str]:
        return [m["text"] for m in self.console if m["level"] in ("error", "assert")]

    def evaluate(self, expression: str) -> Any:
        r = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in r:
            raise BrowserError(f"{expression[:80]}: {r['exceptionDetails']}")
        return r.get("result", {}).get("value")

    def key(self, key: str, code: str, key_code: int, text: str = "") -> None:
        """Presses a key on the focused element (`text`: what it types, "\r" for Enter, " " for Space)."""
        self.call("Input.dispatchKeyEvent", type="keyDown", key=key, code=code, windowsVirtualKeyCode=key_code,
                  text=text)
        self.call("Input.dispatchKeyEvent", type="keyUp", key=key, code=code, windowsVirtualKeyCode=key_code)

    def screenshot(self, path: Path, full_page: bool = True) -> Path:
        params: dict[str, Any] = {"format": "png", "captureBeyondViewport": full_page}
        data = self.call("Page.captureScreenshot", **params)["data"]
        path.write_bytes(base64.b64decode(data))
        return path

    def close(self) -> None:
        ws = getattr(self, "_ws", None)
        if ws is not None:
            ws.close()
        if self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
        # Chromium's helpers (crashpad, GPU, zygote) outlive it for a moment and still write into the
        # profile: removing it then failed with "Directory not empty". They are its session's.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self._proc.pid, signal.SIGKILL)
        for attempt in range(PROFILE_REMOVAL_TRIES):
            try:
                self._profile.cleanup()
                return
            except OSError:
                if attempt == PROFILE_REMOVAL_TRIES - 1:
                    raise
                time.sleep(PROFILE_REMOVAL_PAUSE)

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
