"""The hall display's voice: the words said, one call after another, and the chime when no voice works."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import threading
import time
import wave
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtTextToSpeech import QTextToSpeech
from pytestqt.qtbot import QtBot

from yk_desktop.gui import voice
from yk_desktop.gui.voice import CHIME_MARK, WATCHDOG_MS, CallAnnouncer, call_text, spoken_number
from yk_desktop.resources import resource

A015 = "请 A 零 一 五 号到 3 号窗口办理"


def mock_announcer(qtbot: QtBot, repeats: int = 2, watchdog_ms: int = WATCHDOG_MS) -> CallAnnouncer:
    """Qt's mock engine (about 0.3 s an utterance) has no Chinese voice, so the check is off here."""
    announcer = CallAnnouncer("mock", repeats, require_chinese=False, gap_ms=50, watchdog_ms=watchdog_ms)
    qtbot.waitUntil(lambda: not announcer.starting, timeout=5_000)
    assert announcer.available and announcer.status_text == ""
    return announcer


def test_the_words_follow_the_hall_rule_and_digits_are_said_one_by_one() -> None:
    assert spoken_number("A015") == "A 零 一 五"
    assert spoken_number("B100") == "B 一 零 零"
    assert call_text("A015", 3) == A015
    assert call_text("A015", 3, recall=True) == "重呼，" + A015
    assert call_text("C007", 12) == "请 C 零 零 七 号到 12 号窗口办理"  # windows as a plain number


def test_calls_are_spoken_in_order_one_at_a_time_each_as_often_as_set(qtbot: QtBot) -> None:
    announcer = mock_announcer(qtbot, repeats=2)
    engine = announcer.engine
    assert engine is not None
    timeline: list[str] = []
    announcer.spoken.connect(lambda text: timeline.append(f"start {text} while {engine.state().name}"))
    engine.stateChanged.connect(lambda state: timeline.append(state.name))

    texts = [announcer.announce("A015", 3), announcer.announce("B002", 5), announcer.announce("A016", 1)]
    assert announcer.pending() == 6
    qtbot.waitUntil(lambda: announcer.pending() == 0, timeout=15_000)

    said = [t.split(" while ")[0].removeprefix("start ") for t in timeline if t.startswith("start ")]
    assert said == [texts[0], texts[0], texts[1], texts[1], texts[2], texts[2]]
    # Never two at once: every utterance starts with the engine Ready, and it speaks then returns to
    # Ready before the next one starts.
    assert all(t.endswith("while Ready") for t in timeline if t.startswith("start "))
    assert [t if not t.startswith("start ") else "start" for t in timeline] == [
        "start",
        "Speaking",
        "Ready",
    ] * 6


def test_an_unknown_engine_falls_back_to_the_chime_and_says_so(qtbot: QtBot) -> None:
    announcer = CallAnnouncer("no-such-engine", 2)
    with qtbot.waitSignal(announcer.availability_changed, timeout=5_000) as blocker:
        pass
    assert blocker.args == [False, "语音播报不可用（未找到语音引擎 no-such-engine），改为提示音"]
    assert not announcer.available and announcer.status_text == blocker.args[1]


def test_the_chime_rings_once_per_call_in_order_when_there_is_no_voice(qtbot: QtBot) -> None:
    announcer = CallAnnouncer("no-such-engine", 2)
    changes: list[tuple[bool, str]] = []
    announcer.availability_changed.connect(lambda ok, text: changes.append((ok, text)))
    spoken: list[str] = []
    announcer.spoken.connect(spoken.append)
    announcer.announce("A015", 3)  # queued while the engine is being looked at
    announcer.announce("A016", 4, recall=True)
    qtbot.waitUntil(lambda: announcer.pending() == 0, timeout=10_000)
    assert changes == [(False, announcer.status_text)] and not announcer.available
    assert "未找到语音引擎" in announcer.status_text
    assert spoken == [CHIME_MARK + A015, CHIME_MARK + "重呼，请 A 零 一 六 号到 4 号窗口办理"]


def test_an_engine_without_a_chinese_voice_is_not_used(qtbot: QtBot) -> None:
    announcer = CallAnnouncer("mock")  # English and Nordic voices only
    qtbot.waitUntil(lambda: not announcer.starting, timeout=5_000)
    assert not announcer.available and announcer.engine is None
    assert announcer.status_text == "语音播报不可用（未找到中文语音引擎），改为提示音"
    with qtbot.waitSignal(announcer.spoken, timeout=5_000) as blocker:
        announcer.announce("A015", 3)
    assert blocker.args == [CHIME_MARK + A015]


def test_a_stalled_engine_is_given_up_for_the_chime_and_the_call_is_not_lost(qtbot: QtBot) -> None:
    announcer = mock_announcer(qtbot, repeats=2, watchdog_ms=300)
    engine = announcer.engine
    assert engine is not None
    engine.say = lambda _text: None  # accepts the sentence and never speaks: stuck
    spoken: list[str] = []
    announcer.spoken.connect(spoken.append)
    announcer.announce("A015", 3)
    with qtbot.waitSignal(announcer.availability_changed, timeout=3_000) as blocker:
        pass
    assert blocker.args == [False, "语音播报不可用（语音引擎无响应），改为提示音"]
    qtbot.waitUntil(lambda: announcer.pending() == 0, timeout=5_000)
    assert spoken == [A015, CHIME_MARK + A015]
    announcer.announce("A016", 4)  # later calls go straight to the chime
    qtbot.waitUntil(lambda: announcer.pending() == 0, timeout=5_000)
    assert spoken[-1] == CHIME_MARK + "请 A 零 一 六 号到 4 号窗口办理"


def test_an_engine_error_mid_call_rings_that_call_as_a_chime(qtbot: QtBot) -> None:
    announcer = mock_announcer(qtbot, repeats=1)
    engine = announcer.engine
    assert engine is not None
    spoken: list[str] = []
    announcer.spoken.connect(spoken.append)
    announcer.announce("A015", 3)
    assert spoken == [A015]
    engine.errorOccurred.emit(QTextToSpeech.ErrorReason.Playback, "音频设备已断开")
    assert not announcer.available
    assert announcer.status_text == "语音播报不可用（语音引擎出错：音频设备已断开），改为提示音"
    qtbot.waitUntil(lambda: announcer.pending() == 0, timeout=5_000)
    assert spoken == [A015, CHIME_MARK + A015]


def test_stop_forgets_the_queue(qtbot: QtBot) -> None:
    announcer = mock_announcer(qtbot, repeats=2)
    announcer.announce("A015", 3)
    announcer.announce("A016", 4)
    announcer.stop()
    assert announcer.pending() == 0
    announcer.announce("A017", 5)
    assert announcer.pending() == 0


def test_the_chime_is_a_short_small_wav() -> None:
    path = resource("sounds", "chime.wav")
    assert path.stat().st_size < 100_000
    with wave.open(str(path)) as chime:
        assert chime.getsampwidth() == 2 and chime.getnchannels() in (1, 2)
        assert 0.5 < chime.getnframes() / chime.getframerate() < 1.5


@pytest.fixture
def private_speechd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A speech-dispatcher of our own, playing into ALSA's null device.

    The machine's own server has no sound card here: its module then hangs mid-utterance and the server
    hangs on its way out, which would also break every later test. Ours is stopped at the end.
    """
    if "speechd" not in QTextToSpeech.availableEngines():
        pytest.skip("Qt has no speechd text-to-speech plug-in here")
    server = shutil.which("speech-dispatcher")
    if server is None or not Path("/etc/speech-dispatcher/speechd.conf").exists():
        pytest.skip("speech-dispatcher is not installed")
    conf = tmp_path / "conf"
    shutil.copytree("/etc/speech-dispatcher", conf)
    with (conf / "speechd.conf").open("a", encoding="utf-8") as f:
        f.write('\nAudioOutputMethod "alsa"\nAudioALSADevice "null"\n')
    sock = tmp_path / "speechd.sock"
    proc = subprocess.Popen(
        [
            server,
            "-s",
            "-t",
            "0",
            "-c",
            "unix_socket",
            "-S",
            str(sock),
            "-C",
            str(conf),
            "-L",
            str(tmp_path),
            "-P",
            str(tmp_path / "pid"),
        ],
        stdout=subprocess.DEVNULL,
        stderr=(tmp_path / "stderr.txt").open("wb"),
        start_new_session=True,  # its output modules share its process group, so all of them can be ended
    )
    try:
        deadline = time.monotonic() + 10
        while not sock.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        if not sock.exists():
            output = (tmp_path / "stderr.txt").read_text(errors="replace").strip()
            pytest.skip(f"speech-dispatcher did not start (exit {proc.poll()}): {output[-300:]}")
        monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{sock}")
        yield sock
    finally:
        proc.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(5)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)  # modules left behind, or a server that did not stop
        proc.wait(5)


def test_the_real_speech_dispatcher_speaks_a_call(qtbot: QtBot, private_speechd: Path) -> None:
    # The program runs with a zh_CN default locale, under which Qt's speechd plug-in used to fail to open.
    keep = QLocale()
    QLocale.setDefault(QLocale("zh_CN"))
    announcer = CallAnnouncer("speechd", 1)
    try:
        qtbot.waitUntil(lambda: not announcer.starting, timeout=20_000)
        assert announcer.available, announcer.status_text
        engine = announcer.engine
        assert engine is not None
        states: list[QTextToSpeech.State] = []
        engine.stateChanged.connect(states.append)
        errors: list[str] = []
        engine.errorOccurred.connect(lambda _reason, message: errors.append(message))
        with qtbot.waitSignal(announcer.spoken, timeout=2_000) as blocker:
            announcer.announce("A015", 3)
        assert blocker.args == [A015]
        qtbot.waitUntil(lambda: announcer.pending() == 0, timeout=15_000)
        assert QTextToSpeech.State.Speaking in states
        assert errors == [] and announcer.available  # finished by the engine, not by the watchdog
    finally:
        QLocale.setDefault(keep)
        announcer.stop()
        shiboken6.delete(announcer)  # disconnect from our server before the fixture stops it


@pytest.fixture
def hung_speechd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A speech-dispatcher socket that answers once and then never again, as a server whose audio output
    hangs does."""
    if "speechd" not in QTextToSpeech.availableEngines():
        pytest.skip("Qt has no speechd text-to-speech plug-in here")
    path = tmp_path / "hung.sock"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.listen(8)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            with contextlib.suppress(OSError):
                conn = server.accept()[0]
                accepted.append(conn)
                # Answer the first command (a knock on the socket looks healthy), then fall silent: the
                # client library is left waiting for the next reply.
                conn.settimeout(2)
                if conn.recv(256):
                    conn.sendall(b"208 OK CLIENT NAME SET\r\n")

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{path}")
    monkeypatch.setattr(voice, "PROBE_TIMEOUT_S", 3.0)
    try:
        yield path
    finally:
        stop.set()
        thread.join(2)
        for conn in accepted:
            conn.close()
        server.close()


def test_a_hung_speech_dispatcher_gives_the_chime_and_never_freezes_the_screen(
    qtbot: QtBot, hung_speechd: Path
) -> None:
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(100)
    announcer = CallAnnouncer("speechd", 1)
    try:
        qtbot.waitUntil(lambda: not announcer.starting, timeout=20_000)
        assert not announcer.available
        assert "无响应" in announcer.status_text
        # The UI thread kept running all along: no gap between ticks near the 3 s the probe waited.
        gaps = [b - a for a, b in pairwise(ticks)]
        assert len(ticks) >= 20 and max(gaps) < 1.0, gaps
        with qtbot.waitSignal(announcer.spoken, timeout=2_000) as blocker:
            announcer.announce("A015", 3)
        assert blocker.args[0].startswith(CHIME_MARK)
    finally:
        timer.stop()
        announcer.stop()
