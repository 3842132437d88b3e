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
TS=resources/i18n/yk_desktop_en.ts
BEFORE=$(mktemp)
trap 'rm -f "$BEFORE"' EXIT
cp "$TS" "$BEFORE"
"$BIN/pyside6-lupdate" yk_desktop/gui/*.py -source-language zh_CN -target-language en \
    -no-obsolete -locations relative -ts "$TS"
# lupdate does not see plurals in Python ("%n 个工作日") and turns them back into plain messages.
"$BIN/python" resources/i18n/keep_plurals.py "$BEFORE" "$TS"
"$BIN/pyside6-lrelease" "$TS" -qm resources/i18n/yk_desktop_en.qm
