"""The documents of a notice and a case, built from the database and archived: read back from the PDF."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.printing.pdfcheck import flat, poppler_text, render_gray
from tests.services.test_notices_and_cases import FOOD, PERSON_ID, _all_brought, _request
from yk_desktop.printing.correction import CorrectionLine
from yk_desktop.services import cases, documents, letters, notices
from yk_desktop.services.errors import Conflict
from yk_desktop.services.notices import OffList
from yk_desktop.services.runtime import Runtime


def _pdf(runtime: Runtime, tmp_path: Path, doc: documents.DocumentInfo) -> tuple[Path, str]:
    path = tmp_path / f"{doc.kind}-{doc.number}.pdf"
    path.write_bytes(documents.document_pdf(runtime.uow(), doc.id))
    return path, flat(poppler_text(path))


def _inked(path: Path) -> int:
    image = render_gray(path, 40)
    return sum(1 for p in image.pixels if p < 128)


def test_notice_receipt_and_correction_print_what_the_database_holds(
    runtime: Runtime, tmp_path: Path
) -> None:
    statuses = _all_brought(runtime, FOOD)
    missing = next(n for n, s in statuses.items() if s == "brought")
    statuses[missing] = "missing"
    info = notices.issue_notice(
        runtime.uow(),
        _request(
            runtime,
            hand_in="<font size=90>到 3 号窗口</font>补交",
            statuses=statuses,
            off_list=(OffList("经营场所平面图", "核实<i>操作间</i>面积"),),
        ),
    )
    doc = letters.archive_notice(runtime, info.notice_no)
    assert doc.kind == "notice" and doc.number == info.notice_no and doc.size < 100_000
    path, text = _pdf(runtime, tmp_path, doc)
    assert "一次性告知书" in text and "〔2026〕1号" in text
    assert flat("<font size=90>到 3 号窗口</font>补交") in text  # markup prints as typed
    assert PERSON_ID not in text and "210802********1230" in text
    for line in info.lines:
        assert flat(line.name) in text, line.name
    assert "清单外" in text and flat("核实<i>操作间</i>面积") in text
    assert _inked(path) > 1000

    case = cases.accept_case(
        runtime.uow(), info.notice_no, [cases.Received(missing, 4), cases.Received("经营场所平面图", 1)]
    )
    a4 = letters.archive_receipt(runtime, case.case_no)
    roll = letters.archive_receipt(runtime, case.case_no, roll=True)
    for receipt in (a4, roll):
        path, text = _pdf(runtime, tmp_path, receipt)
        assert case.case_no in text and "2026年11月27日" in text, text[:400]
        assert flat(missing) in text and PERSON_ID not in text
        assert _inked(path) > 500
    assert {d.kind for d in documents.list_documents(runtime.uow(), ref_id=case.id)} == {
        "receipt_a4",
        "receipt_roll",
    }

    number = cases.request_correction(
        runtime.uow(), case.case_no, [CorrectionLine(missing, "复印件不清晰", "清晰并加盖公章")]
    )
    with pytest.raises(Conflict, match="正在补正"):
        letters.archive_receipt(runtime, case.case_no)  # its deadlines are void until the correction arrives
    corr = letters.archive_correction(runtime, number)
    path, text = _pdf(runtime, tmp_path, corr)
    assert "补正材料通知书" in text and flat("复印件不清晰") in text and "〔2026〕1号" in text
    assert _inked(path) > 500


def test_a_receipt_printed_while_the_clock_is_stopped_says_so(runtime: Runtime, tmp_path: Path) -> None:
    info = notices.issue_notice(runtime.uow(), _request(runtime, statuses=_all_brought(runtime, FOOD)))
    case = cases.accept_case(runtime.uow(), info.notice_no, [])
    cases.suspend(runtime.uow(), case.case_no, "等待现场核查")
    for roll in (False, True):
        doc = letters.archive_receipt(runtime, case.case_no, roll=roll)
        path, text = _pdf(runtime, tmp_path, doc)
        assert "中止计时（等待现场核查）" in text and "办结日期相应顺延" in text, text
        assert _inked(path) > 0
    cases.resume(runtime.uow(), case.case_no)
    _path, text = _pdf(runtime, tmp_path, letters.archive_receipt(runtime, case.case_no))
    assert "中止计时" not in text
