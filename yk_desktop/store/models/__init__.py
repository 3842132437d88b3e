"""All tables, imported together so ``Base.metadata`` is complete for Alembic and tests."""

from yk_desktop.store.base import Base
from yk_desktop.store.models.agency import AgencyAttachment, AgencyEvent, AgencyItem, AgencyRecord
from yk_desktop.store.models.appointments import (
    AfterHoursSession,
    Appointment,
    AppointmentCounter,
    AppointmentEvent,
    SlotException,
    SlotPlan,
)
from yk_desktop.store.models.audit import AuditEntry, AuditHead
from yk_desktop.store.models.calendar import CalendarDay, CalendarYear
from yk_desktop.store.models.cases import Case, CaseEvent, CaseMaterial
from yk_desktop.store.models.catalog import (
    Bundle,
    BundleItem,
    CatalogRevision,
    ItemMaterial,
    Material,
    ServiceItem,
)
from yk_desktop.store.models.documents import ArchivedDocument, DocumentCounter
from yk_desktop.store.models.feedback import (
    Complaint,
    ComplaintEvent,
    Review,
    ReviewFollowUp,
    ReviewFollowUpStep,
)
from yk_desktop.store.models.hall import (
    Category,
    Hall,
    PriorityGroup,
    Staff,
    Terminal,
    Window,
    WindowCategory,
)
from yk_desktop.store.models.inquiries import FirstInquiry, InquiryEvent
from yk_desktop.store.models.notices import Notice, NoticeLine, VerifiedMaterial
from yk_desktop.store.models.queue import Ticket, TicketCounter, TicketEvent, WindowEvent
from yk_desktop.store.models.settings import HallSetting

__all__ = [
    "AfterHoursSession",
    "AgencyAttachment",
    "AgencyEvent",
    "AgencyItem",
    "AgencyRecord",
    "Appointment",
    "AppointmentCounter",
    "AppointmentEvent",
    "ArchivedDocument",
    "AuditEntry",
    "AuditHead",
    "Base",
    "Bundle",
    "BundleItem",
    "CalendarDay",
    "CalendarYear",
    "Case",
    "CaseEvent",
    "CaseMaterial",
    "CatalogRevision",
    "Category",
    "Complaint",
    "ComplaintEvent",
    "DocumentCounter",
    "FirstInquiry",
    "Hall",
    "HallSetting",
    "InquiryEvent",
    "ItemMaterial",
    "Material",
    "Notice",
    "NoticeLine",
    "PriorityGroup",
    "Review",
    "ReviewFollowUp",
    "ReviewFollowUpStep",
    "ServiceItem",
    "SlotException",
    "SlotPlan",
    "Staff",
    "Terminal",
    "Ticket",
    "TicketCounter",
    "TicketEvent",
    "VerifiedMaterial",
    "Window",
    "WindowCategory",
    "WindowEvent",
]
