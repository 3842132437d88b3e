#!/bin/sh
# Refresh the translation catalogue after changing UI text in yk_desktop/gui, then compile it.
#   1. lupdate collects every self.tr("…") / QCoreApplication.translate("ctx", "…") string (source: zh_CN)
#      into yk_desktop_en.ts, keeping the English already written;
#   2. translate the new entries with Qt Linguist (.venv/bin/pyside6-linguist resources/i18n/yk_desktop_en.ts)
#      or by editing the .ts XML;
#   3. lrelease compiles the .ts into the .qm the program loads (gui/i18n.py). Commit both files.
set -eu
cd "$(dirname "$0")/../.."
BIN="${VENV:-.venv}/bin"
"$BIN/pyside6-lupdate" yk_desktop/gui/*.py -source-language zh_CN -target-language en \
    -no-obsolete -locations relative -ts resources/i18n/yk_desktop_en.ts
"$BIN/pyside6-lrelease" resources/i18n/yk_desktop_en.ts -qm resources/i18n/yk_desktop_en.qm
