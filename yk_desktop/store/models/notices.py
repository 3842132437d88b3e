"""One-time notifications (一次性告知书, 办法 Art. 11) and the materials an applicant had verified (Art. 13).

A notice is a snapshot: the lines copy each material's name and terms as printed, so a later catalog
edit never changes what an applicant was told. Off-list lines (Art. 19) carry the clerk's reason.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from yk_desktop.store.base import Base
from yk_desktop.store.models.hall import HallOwned


class LineStatus(StrEnum):
    BROUGHT = "brought"
    MISSING = "missing"
    REUSED = "reused"  # verified in an earlier case: not asked again (Art. 13)
    NOT_APPLICABLE = "not_applicable"  # a conditional material whose condition does not hold


class NoticeState(StrEnum):
    OPEN = "open"
    ACCEPTED = "accepted"  # a case was accepted from it
    VOID = "void"


class Notice(HallOwned, Base):
    __tablename__ = "notices"
    __table_args__ = (UniqueConstraint("hall_id", "notice_no"),)

    notice_no: Mapped[str] = mapped_column(String(24))
    issued_at: Mapped[datetime]
    window_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("windows.id"), default=None)
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
    ticket_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tickets.id"), default=None)
    bundle_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("bundles.id"), default=None)
    item_ids: Mapped[list[str]] = mapped_column(default=list)
    applicant_kind: Mapped[str] = mapped_column(String(16), default="person")
    applicant_name: Mapped[str] = mapped_column(String(200))
    # Kept whole: accepting the case needs it; masked wherever shown or printed.
    applicant_id_number: Mapped[str] = mapped_column(String(40), default="")
    applicant_phone: Mapped[str] = mapped_column(String(20), default="")
    # SHA-256 of the normalised ID or credit code: finds earlier verified materials without a scan of IDs.
    applicant_key: Mapped[str] = mapped_column(String(64), default="", index=True)
    hand_in: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(16), default=NoticeState.OPEN.value)

    lines: Mapped[list[NoticeLine]] = relationship(
        back_populates="notice", cascade="all, delete-orphan", order_by="NoticeLine.position"
    )


class NoticeLine(HallOwned, Base):
    __tablename__ = "notice_lines"

    notice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("notices.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    material_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("materials.id"), default=None)
    name: Mapped[str] = mapped_column(String(200))
    items: Mapped[list[str]] = mapped_column(default=list)  # item names that need it (bundles)
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    condition: Mapped[str | None] = mapped_column(Text, default=None)
    original: Mapped[str] = mapped_column(String(20), default="original")
    copies: Mapped[int] = mapped_column(Integer, default=1)
    form: Mapped[str] = mapped_column(String(16), default="paper")
    issuer: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    tolerable: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(16), default=LineStatus.MISSING.value)
    off_list: Mapped[bool] = mapped_column(Boolean, default=False)
    off_list_reason: Mapped[str] = mapped_column(Text, default="")

    notice: Mapped[Notice] = relationship(back_populates="lines")


class VerifiedMaterial(HallOwned, Base):
    """A material an applicant handed in and the hall verified; reusable ones are never asked again."""

    __tablename__ = "verified_materials"
    __table_args__ = (UniqueConstraint("hall_id", "applicant_key", "material_id"),)

    applicant_key: Mapped[str] = mapped_column(String(64), index=True)
    material_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("materials.id"))
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cases.id"), default=None)
    verified_at: Mapped[datetime]
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
    valid_until: Mapped[date | None] = mapped_column(Date, default=None)
