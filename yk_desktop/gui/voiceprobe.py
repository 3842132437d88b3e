"""Open the speech engine once in a throw-away process: ``python -m yk_desktop.gui.voiceprobe speechd``.

A speech-dispatcher whose audio output is broken answers its socket but never finishes listing voices,
and Qt's plug-in then waits forever inside the UI thread (PySide holds the GIL there, so a thread does not
help). The display and the kiosk run this first, with a timeout: only when the same steps finish here are
they taken in the program. Exit 0: opened (prints the voice chosen, or nothing without Mandarin).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtTextToSpeech import QTextToSpeech

from yk_desktop.gui.voice import choose_chinese_voice, open_engine


def main(argv: list[str]) -> int:
    app = QCoreApplication([])
    name = argv[0] if argv else "speechd"
    tts = open_engine(name, app)
    if tts.state() == QTextToSpeech.State.Error:
        print(tts.errorString())
        return 1
    if choose_chinese_voice(tts):
        print(tts.voice().name())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
