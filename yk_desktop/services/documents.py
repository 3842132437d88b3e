"""The archive of printed documents and the numbers they carry.

Every document is kept as the exact PDF that went to the printer (DESIGN.md §7). It is archived before
printing, so a printer that fails or is missing loses nothing: the row stays "not printed" with the error,
and any terminal can print it again from here.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update

from yk_desktop.core.clock import HALL_TZ
from yk_desktop.core.docno import DocKind, doc_payload
from yk_desktop.core.ids import new_id
from yk_desktop.services import audit
from yk_desktop.services.errors import NotFound
from yk_desktop.services.hall import _hall
from yk_desktop.services.runtime import UnitOfWork
from yk_desktop.store.counters import bump_counter
from yk_desktop.store.models import ArchivedDocument, DocumentCounter

# A printer's error text can be long (driver dumps); the archive keeps what a clerk can read.
MAX_ERROR = 500


@dataclass(frozen=True)
class DocumentInfo:
    id: uuid.UUID
    kind: str
    number: str
    title: str
    ref_id: uuid.UUID | None
    created_at: datetime
    size: int
    printed_at: datetime | None
    print_count: int
    last_error: str


def next_payload(uow: UnitOfWork, kind: DocKind) -> str:
    """The next number of ``kind`` this year, inside the caller's transaction (commits with its document)."""
    year = uow.now().astimezone(HALL_TZ).year
    seq = bump_counter(
        uow.session,
        DocumentCounter,
        {"hall_id": _hall(uow), "kind": kind.key, "year": year},
        {"id": new_id(), "hlc": uow.stamp(), "origin_terminal_id": uow.runtime.terminal_id},
    )
    return doc_payload(kind, year, seq)


def _info(row: ArchivedDocument) -> DocumentInfo:
    return DocumentInfo(
        row.id,
        row.kind,
        row.number,
        row.title,
        row.ref_id,
        row.created_at,
        row.size,
        row.printed_at,
        row.print_count,
        row.last_error,
    )


def archive(
    uow: UnitOfWork,
    kind: str,
    number: str,
    title: str,
    pdf: bytes,
    *,
    ref_id: uuid.UUID | None = None,
    staff_id: uuid.UUID | None = None,
) -> DocumentInfo:
    """Keep ``pdf`` (own transaction); call before printing."""
    with uow:
        row = ArchivedDocument(
            hall_id=_hall(uow),
            kind=kind,
            number=number,
            title=title,
            ref_id=ref_id,
            created_at=uow.now(),
            staff_id=staff_id,
            sha256=hashlib.sha256(pdf).hexdigest(),
            size=len(pdf),
            pdf=pdf,
        )
        uow.session.add(row)
        uow.session.flush()
        audit.record(
            uow, "document.archive", "document", row.id, actor_id=staff_id, detail={"number": number}
        )
        info = _info(row)
        uow.commit()
    return info


def mark_printed(uow: UnitOfWork, document_id: uuid.UUID, staff_id: uuid.UUID | None = None) -> None:
    with uow:
        done = uow.session.execute(
            update(ArchivedDocument)
            .where(ArchivedDocument.id == document_id)
            .values(printed_at=uow.now(), print_count=ArchivedDocument.print_count + 1, last_error="")
            .returning(ArchivedDocument.id)
        ).scalar()
        if done is None:
            raise NotFound("未找到该存档文书。")
        audit.record(uow, "document.print", "document", document_id, actor_id=staff_id)
        uow.commit()


def mark_failed(uow: UnitOfWork, document_id: uuid.UUID, error: str) -> None:
    """The print did not happen; the document stays ready to print again."""
    with uow:
        uow.session.execute(
            update(ArchivedDocument)
            .where(ArchivedDocument.id == document_id)
            .values(last_error=error[:MAX_ERROR] or "打印失败")
        )
        uow.commit()


def list_documents(
    uow: UnitOfWork,
    *,
    kind: str | None = None,
    number: str | None = None,
    ref_id: uuid.UUID | None = None,
    unprinted_only: bool = False,
    limit: int = 500,
) -> list[DocumentInfo]:
    """Newest first; the PDF bytes are not loaded (they are deferred)."""
    query = select(ArchivedDocument).where(ArchivedDocument.hall_id == _hall(uow))
    if kind is not None:
        query = query.where(ArchivedDocument.kind == kind)
    if number is not None:
        query = query.where(ArchivedDocument.number == number)
    if ref_id is not None:
        query = query.where(ArchivedDocument.ref_id == ref_id)
    if unprinted_only:
        query = query.where(ArchivedDocument.printed_at.is_(None))
    with uow.reading():
        rows = uow.session.scalars(query.order_by(ArchivedDocument.created_at.desc()).limit(limit))
        return [_info(r) for r in rows]


def document_pdf(uow: UnitOfWork, document_id: uuid.UUID) -> bytes:
    with uow.reading():
        pdf = uow.session.scalar(
            select(ArchivedDocument.pdf).where(
                ArchivedDocument.id == document_id, ArchivedDocument.hall_id == _hall(uow)
            )
        )
    if pdf is None:
        raise NotFound("未找到该存档文书。")
    return bytes(pdf)
