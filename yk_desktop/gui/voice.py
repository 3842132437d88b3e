"""The hall display's voice (叫号播报): calls spoken in Chinese through Qt's text-to-speech, one at a time.

``CallAnnouncer.announce("A015", 3)`` queues 「请 A 零 一 五 号到 3 号窗口办理」 (DOMAIN.md Queue; a recall
adds 「重呼」 in front), spoken ``repeats`` times. Calls wait their turn (FIFO): the next utterance starts
only after the engine is back to Ready, so two calls never talk over each other. A watchdog per
utterance keeps a stuck engine from holding the queue: an utterance not done after 8 s gives the engine
up for the chime (calling into a stalled engine again was seen to hang the caller).

Without a working Chinese voice (no engine, an engine error, no Chinese locale or voice, an engine that
stops answering) each call plays ``resources/sounds/chime.wav`` instead, and ``available``/``status_text``
/``availability_changed`` say so, for the screen to show. Everything runs on the UI thread, driven by the
engine's signals and timers; nothing here waits.

Known cost: Qt's speech-dispatcher plug-in connects (and may start the server) inside the QTextToSpeech
constructor, about 2 s on the UI thread once at start; PySide keeps the GIL there, so a thread would not
help. A speech-dispatcher left hanging (seen when its audio output is broken) never finishes that open,
so the same steps run first in a throw-away process (``voiceprobe``, from the worker pool, with a
timeout), and the chime is used when they hang.
"""

from __future__ import annotations

import logging
import re
import subprocess
import sys
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer, QUrl, Signal
from PySide6.QtTextToSpeech import QTextToSpeech, QVoice

from yk_desktop.gui.workers import run_in_pool
from yk_desktop.resources import resource

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QSoundEffect

log = logging.getLogger(__name__)

# Digits read one by one: "A015" heard as 「A 零 一 五」, never as "fifteen" or 「零一十五」.
_DIGITS = dict(zip("0123456789", "零一二三四五六七八九", strict=True))
# ``spoken`` carries this in front of the sentence when the chime played instead of a voice.
CHIME_MARK = "（提示音）"
# A call takes about 3 s to say; an engine still "speaking" after this has stopped answering.
WATCHDOG_MS = 8_000
# A breath between two utterances, so a repeat is heard as a repeat and not as one long sentence.
GAP_MS = 600
# The chime is about 1 s long; the next call waits until it has rung out.
CHIME_MS = 1_500
# How long opening the engine in the probe process may take before the engine counts as hung (a cold
# speech-dispatcher start with its modules takes about 2 s).
PROBE_TIMEOUT_S = 12.0
# Chinese voices that are not Mandarin: the hall calls in 普通话.
_NOT_MANDARIN = re.compile(r"cantonese|yue|hakka|min ?nan|wu\b|粤|客家|闽南", re.IGNORECASE)
_MANDARIN = re.compile(r"mandarin|\bcmn\b|chinese|普通话|中文|zh[-_]?cn", re.IGNORECASE)


def spoken_number(number: str) -> str:
    """A ticket number as it must be heard: letters as they are, digits one by one in Chinese."""
    return " ".join(_DIGITS.get(ch, ch) for ch in number if not ch.isspace())


def call_text(number: str, window_number: int, recall: bool = False) -> str:
    """What the hall hears for a call; always Chinese (the voice is zh_CN whatever the UI language)."""
    text = f"请 {spoken_number(number)} 号到 {window_number} 号窗口办理"
    return f"重呼，{text}" if recall else text


def default_engine() -> str | None:
    """The platform's own engine (speechd, sapi, winrt, darwin…); "mock" is Qt's test double."""
    engines = [name for name in QTextToSpeech.availableEngines() if name != "mock"]
    return engines[0] if engines else None


def engine_opens(name: str, timeout: float | None = None) -> bool:
    """False when opening ``name`` (and listing its voices) does not finish within ``timeout`` seconds.

    Run from the worker pool: the same steps run in a throw-away process (``voiceprobe``), which is
    killed when it hangs, so a hung speech-dispatcher costs the screen a chime, never a freeze.
    """
    timeout = PROBE_TIMEOUT_S if timeout is None else timeout
    try:
        subprocess.run(
            [sys.executable, "-m", "yk_desktop.gui.voiceprobe", name],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        log.warning("speech engine %s did not open within %.0f s: using the chime", name, timeout)
        return False
    return True


def _mandarin_rank(voice: QVoice) -> tuple[bool, bool, str] | None:
    """Sort key for a Mandarin voice (base voices before "+variant"s, latin read as English so the
    letter in "A015" sounds like the letter on the ticket), or None when the voice is not Mandarin."""
    name = voice.name()
    chinese = voice.locale().language() == QLocale.Language.Chinese or bool(_MANDARIN.search(name))
    if not chinese or _NOT_MANDARIN.search(name):
        return None
    return ("+" in name, "pinyin" in name.lower(), name)


def open_engine(name: str, parent: QObject) -> QTextToSpeech:
    """A text-to-speech engine opened under the neutral locale, then left to choose_chinese_voice.

    Qt's speechd plugin starts on the application's default locale and fails outright ("Failed to
    initialize default locale and voice") when that locale has no voice — and our UI sets zh_CN,
    while espeak-ng lists its Mandarin voice under a language Qt cannot map ("cmn" → C). Opening it
    under C and picking the Mandarin voice afterwards works on every engine.
    """
    keep = QLocale()
    QLocale.setDefault(QLocale.c())
    try:
        return QTextToSpeech(name, parent)
    finally:
        QLocale.setDefault(keep)


def choose_chinese_voice(tts: QTextToSpeech) -> bool:
    """Switch ``tts`` to Mandarin if it has it: a Chinese locale (zh_CN first), else a Mandarin voice
    filed under no locale (speech-dispatcher lists espeak-ng's "cmn" voices under "C")."""
    locales = tts.availableLocales()
    chinese = [loc for loc in locales if loc.language() == QLocale.Language.Chinese]
    chinese.sort(key=lambda loc: (loc.territory() != QLocale.Country.China, loc.name()))
    for loc in chinese:
        tts.setLocale(loc)
        if tts.availableVoices():
            return True
    ranked = [
        (rank, voice) for loc in locales for voice in tts.allVoices(loc) if (rank := _mandarin_rank(voice))
    ]
    if not ranked:
        return False
    tts.setVoice(min(ranked, key=lambda pair: pair[0])[1])
    return True


@dataclass(frozen=True)
class _Utterance:
    text: str
    first: bool  # the first of a call's repeats: the chime rings once per call, not once per repeat


def open_chinese_voice(
    engine: str | None,
    parent: QObject,
    *,
    require_chinese: bool,
    opened: Callable[[QTextToSpeech], None],
    failed: Callable[[str], None],
) -> None:
    """Open ``engine`` with a Mandarin voice for the display and the kiosk alike; calls back ``opened`` with
    the engine or ``failed`` with the reason to show. Never blocks: a hung speech-dispatcher would hang the
    QTextToSpeech constructor, so speechd is opened in a probe process from the worker pool first."""

    def open_now() -> None:
        name = engine or ""
        if name not in QTextToSpeech.availableEngines():
            failed(QCoreApplication.translate("VoiceEngine", "未找到语音引擎 {0}").format(name))
            return
        tts = open_engine(name, parent)
        if tts.state() == QTextToSpeech.State.Error:
            tts.deleteLater()
            failed(
                QCoreApplication.translate("VoiceEngine", "语音引擎 {0} 无法启动：{1}").format(
                    name, tts.errorString()
                )
            )
            return
        if require_chinese and not choose_chinese_voice(tts):
            tts.deleteLater()  # a healthy engine, just without Mandarin: an English voice reading Chinese is noise
            failed(QCoreApplication.translate("VoiceEngine", "未找到中文语音引擎"))
            return
        opened(tts)

    def probed(responds: bool) -> None:
        if responds:
            open_now()
        else:
            failed(QCoreApplication.translate("VoiceEngine", "语音引擎无响应"))

    def probe_failed(exc: BaseException) -> None:
        log.warning("speech-dispatcher check failed", exc_info=exc)
        open_now()

    if engine is None:
        QTimer.singleShot(
            0, parent, lambda: failed(QCoreApplication.translate("VoiceEngine", "未找到语音引擎"))
        )
    elif engine == "speechd":
        run_in_pool(engine_opens, engine, on_done=probed, on_error=probe_failed, context=parent)
    else:
        QTimer.singleShot(0, parent, open_now)


class CallAnnouncer(QObject):
    """Speaks calls one after another; falls back to a chime when no Chinese voice works.

    Args:
        engine: a ``QTextToSpeech.availableEngines()`` name; None: the platform's engine.
        repeats: how often each call is said (``DisplayConfig.voice_repeats``).
        require_chinese: tests with Qt's "mock" engine (English and Nordic voices only) pass False.
    """

    spoken = Signal(str)  # the sentence, when its utterance (or the chime, CHIME_MARK + sentence) starts
    availability_changed = Signal(bool, str)  # available, status_text

    def __init__(
        self,
        engine: str | None = None,
        repeats: int = 2,
        *,
        require_chinese: bool = True,
        watchdog_ms: int = WATCHDOG_MS,
        gap_ms: int = GAP_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.repeats = max(1, repeats)
        self.require_chinese = require_chinese
        self.engine_name = engine if engine is not None else default_engine()
        self.available = False
        self.starting = True  # until the engine is open or given up; calls wait meanwhile
        self.status_text = ""
        self._queue: deque[_Utterance] = deque()
        self._current: _Utterance | None = None
        self._left_ready = False  # the current utterance got the engine out of Ready at least once
        self._closed = False
        self._tts: QTextToSpeech | None = None
        self._sound: QSoundEffect | None = None  # made on the first chime
        self._watchdog = self._single_shot(watchdog_ms, self._on_watchdog)
        self._gap = self._single_shot(gap_ms, self._next)
        self._chime_timer = self._single_shot(CHIME_MS, self._finish)

        open_chinese_voice(
            self.engine_name,
            self,
            require_chinese=require_chinese,
            opened=self._opened,
            failed=self._give_up,
        )

    def _single_shot(self, msec: int, slot: Callable[[], object]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(msec)
        timer.timeout.connect(slot)
        return timer

    # -- the public side ------------------------------------------------------------------------------

    def announce(self, number: str, window_number: int, recall: bool = False) -> str:
        """Queue a call (``repeats`` utterances); returns the sentence that will be said."""
        text = call_text(number, window_number, recall)
        if not self._closed:
            self._queue.extend(_Utterance(text, i == 0) for i in range(self.repeats))
            self._next()
        return text

    @property
    def engine(self) -> QTextToSpeech | None:
        """The Qt engine while it speaks for us (None before it is open and after it is given up)."""
        return self._tts if self.available else None

    def pending(self) -> int:
        """Utterances not finished yet, the one being said included."""
        return len(self._queue) + (self._current is not None)

    def stop(self) -> None:
        """Forget everything queued; the display is going away. A sentence already begun is left to end
        by itself (a few seconds): stopping a stalled engine can hang the caller."""
        self._closed = True
        self._queue.clear()
        self._current = None
        for timer in (self._watchdog, self._gap, self._chime_timer):
            timer.stop()

    # -- opening the engine ---------------------------------------------------------------------------

    def _opened(self, tts: QTextToSpeech) -> None:
        if self._closed:
            tts.deleteLater()
            return
        name = self.engine_name
        tts.stateChanged.connect(self._on_state)
        tts.errorOccurred.connect(self._on_error)
        self._tts = tts
        self.starting = False
        self.available = True
        log.info("叫号语音：%s，%s", name, tts.voice().name())
        self.availability_changed.emit(True, "")
        self._next()

    def _give_up(self, reason: str) -> None:
        """No voice from here on: every call gets the chime, and the screen is told why."""
        self.starting = False
        self.available = False
        self.status_text = self.tr("语音播报不可用（{0}），改为提示音").format(reason)
        log.warning("%s", self.status_text)
        self.availability_changed.emit(False, self.status_text)
        self._next()

    # -- the queue ------------------------------------------------------------------------------------

    def _next(self) -> None:
        if self._closed or self.starting or self._current is not None or self._gap.isActive():
            return
        if not self.available:
            while self._queue and not self._queue[0].first:
                self._queue.popleft()  # the chime rings once per call
        if not self._queue:
            return
        utterance = self._current = self._queue.popleft()
        if self.available and self._tts is not None:
            self._left_ready = False
            self._watchdog.start()
            self.spoken.emit(utterance.text)
            self._tts.say(utterance.text)
        else:
            self._chime_timer.start()
            self.spoken.emit(CHIME_MARK + utterance.text)
            self._chime()

    def _chime(self) -> None:
        # Imported here: QtMultimedia costs every mode's start-up time and most halls never need it.
        from PySide6.QtMultimedia import QSoundEffect

        if self._sound is None:
            self._sound = QSoundEffect(self)
            self._sound.setSource(QUrl.fromLocalFile(str(resource("sounds", "chime.wav"))))
        self._sound.play()

    def _finish(self) -> None:
        self._watchdog.stop()
        self._current = None
        if self._queue and not self._closed:
            self._gap.start()

    def _on_state(self, state: QTextToSpeech.State) -> None:
        if state == QTextToSpeech.State.Error:
            self._on_error(None, self._tts.errorString() if self._tts is not None else "")
        elif self._current is None or not self.available:
            return
        elif state in (QTextToSpeech.State.Speaking, QTextToSpeech.State.Synthesizing):
            self._left_ready = True
        elif state == QTextToSpeech.State.Ready and self._left_ready:
            self._finish()

    def _on_error(self, _reason: object, message: str) -> None:
        self._lose_voice(self.tr("语音引擎出错：{0}").format(message))

    def _on_watchdog(self) -> None:
        # No second chance: speech-dispatcher with a broken audio output was seen to hang the caller
        # in stop() after a stalled utterance, so a stalled engine is not called again.
        self._lose_voice(self.tr("语音引擎无响应"))

    def _lose_voice(self, reason: str) -> None:
        """The engine broke while in use: the call it was saying is rung again as a chime."""
        if not self.available:
            return
        self._watchdog.stop()
        if self._current is not None:
            self._queue.appendleft(replace(self._current, first=True))
            self._current = None
        if self._tts is not None:
            # Not stopped or deleted here: a stalled engine can hang whoever calls into it.
            self._tts.stateChanged.disconnect(self._on_state)
            self._tts.errorOccurred.disconnect(self._on_error)
        self._give_up(reason)
