"""The scanned signed 委托书 of a proxy case: which files are taken, and how they are kept.

The file goes into the database with its name, type, size and SHA-256, so every terminal of the hall (also
one on central PostgreSQL) can show it without a shared drive, and the audit trail can name exactly which
file was on record. Only PDF, JPEG and PNG are taken, recognised by their first bytes, up to a size a
readable scan never needs to exceed. Replacing a scan keeps the old row, marked replaced.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePath

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from yk_desktop.core.text import clean_text
from yk_desktop.services.errors import InvalidInput, checking_input
from yk_desktop.store.models import AgencyAttachment

# A phone photo or a 300 dpi scan of the two pages fits well under this; a bigger file is usually a colour
# scan at 600 dpi, which nobody needs to read a signature, and it would slow every terminal that opens it.
ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024
FIELD = "委托书扫描件"
# (signature at the start of the file, content type, the extensions its name may have)
FILE_TYPES = (
    (b"%PDF-", "application/pdf", (".pdf",)),
    (b"\xff\xd8\xff", "image/jpeg", (".jpg", ".jpeg")),
    (b"\x89PNG\r\n\x1a\n", "image/png", (".png",)),
)
# For a file dialog's name filter; both cases, since scanners on some PCs write 「SCAN0001.PDF」.
FILE_FILTER = "*.pdf *.jpg *.jpeg *.png *.PDF *.JPG *.JPEG *.PNG"


@dataclass(frozen=True)
class Upload:
    """A file the clerk chose: its name (folders are dropped) and its bytes."""

    file_name: str
    data: bytes


@dataclass(frozen=True)
class AttachmentInfo:
    id: uuid.UUID
    file_name: str
    content_type: str
    size: int
    sha256: str
    uploaded_at: datetime


def too_big(name: str, size: int) -> InvalidInput:
    """The refusal of a file over the limit (also raised by a reader that looked at the size first)."""
    limit = ATTACHMENT_MAX_BYTES // 1024 // 1024
    return InvalidInput(
        f"文件“{name}”有 {size / 1024 / 1024:.1f} MB，超过 {limit} MB 的上限；"
        "请用 200 dpi 灰度重新扫描，或压缩后再附加。",
        field=FIELD,
    )


def check_upload(upload: Upload) -> tuple[str, str]:
    """(clean file name, content type) of a scan, or InvalidInput saying what is wrong with the file.

    The type is read from the file's first bytes, not its name, and the name's extension must agree: a
    renamed file would otherwise open in the wrong viewer at the next window.
    """
    with checking_input():
        name = clean_text(PurePath(upload.file_name.replace("\\", "/")).name, "文件名", 200)
    size = len(upload.data)
    if size == 0:
        raise InvalidInput(f"文件“{name}”是空的，请重新扫描后再附加。", field=FIELD)
    if size > ATTACHMENT_MAX_BYTES:
        raise too_big(name, size)
    suffix = PurePath(name).suffix.lower()
    for magic, content_type, suffixes in FILE_TYPES:
        if upload.data.startswith(magic):
            if suffix not in suffixes:
                kind = content_type.split("/")[1].upper()
                raise InvalidInput(
                    f"文件“{name}”的内容是 {kind} 格式，与扩展名不符，请核对后重新选择。", field=FIELD
                )
            return name, content_type
    raise InvalidInput(f"只能附加 PDF、JPEG 或 PNG 格式的扫描件，“{name}”不是这几种格式。", field=FIELD)


def current_attachment(session: Session, agency_id: uuid.UUID) -> AttachmentInfo | None:
    """The scan on record now (the bytes are not loaded)."""
    row = session.execute(
        select(
            AgencyAttachment.id,
            AgencyAttachment.file_name,
            AgencyAttachment.content_type,
            AgencyAttachment.size,
            AgencyAttachment.sha256,
            AgencyAttachment.uploaded_at,
        ).where(AgencyAttachment.agency_id == agency_id, AgencyAttachment.replaced_at.is_(None))
    ).first()
    return AttachmentInfo(*row) if row is not None else None


def store(
    session: Session,
    *,
    hall_id: uuid.UUID,
    agency_id: uuid.UUID,
    upload: Upload,
    checked: tuple[str, str],
    staff_id: uuid.UUID | None,
    now: datetime,
) -> tuple[AttachmentInfo, AttachmentInfo | None]:
    """Keep ``upload`` (already checked) as the proxy case's scan, inside the caller's transaction.

    Returns (the new scan, the one it replaced or None).
    """
    name, content_type = checked
    previous = current_attachment(session, agency_id)
    session.execute(
        update(AgencyAttachment)
        .where(AgencyAttachment.agency_id == agency_id, AgencyAttachment.replaced_at.is_(None))
        .values(replaced_at=now)
    )
    digest = hashlib.sha256(upload.data).hexdigest()
    row = AgencyAttachment(
        hall_id=hall_id,
        agency_id=agency_id,
        file_name=name,
        content_type=content_type,
        size=len(upload.data),
        sha256=digest,
        data=upload.data,
        uploaded_at=now,
        staff_id=staff_id,
    )
    session.add(row)
    session.flush()
    return AttachmentInfo(row.id, name, content_type, row.size, digest, now), previous


def attachment_data(session: Session, attachment_id: uuid.UUID) -> bytes:
    data = session.scalar(select(AgencyAttachment.data).where(AgencyAttachment.id == attachment_id))
    assert data is not None  # the column is NOT NULL and the id came from this database
    return bytes(data)
