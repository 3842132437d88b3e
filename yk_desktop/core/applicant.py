"""Who an applicant is, for finding what they already handed in (办法 Art. 13): a lookup key from the ID
number or the unified social credit code, and the checks each kind of applicant needs."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from enum import StrEnum

from yk_desktop.core.credit_code import validate_credit_code
from yk_desktop.core.errors import InvalidValue
from yk_desktop.core.idcard import mask_id_number, validate_id_number
from yk_desktop.core.phone import validate_phone
from yk_desktop.core.text import clean_person_name, clean_text


class ApplicantKind(StrEnum):
    PERSON = "person"
    ENTERPRISE = "enterprise"


@dataclass(frozen=True)
class Applicant:
    kind: ApplicantKind
    name: str
    id_number: str  # 居民身份证号 for a person, 统一社会信用代码 for an enterprise
    phone: str

    @property
    def key(self) -> str:
        return applicant_key(self.kind, self.id_number)

    @property
    def masked_id(self) -> str:
        # A credit code is public (it is printed on the licence); a person's ID is not.
        return self.id_number if self.kind is ApplicantKind.ENTERPRISE else mask_id_number(self.id_number)


def applicant_key(kind: ApplicantKind | str, id_number: str) -> str:
    """SHA-256 of kind and number: an index for earlier materials, so lookups need no ID column scan.

    Not a secret (ID numbers have little entropy); the case rows keep the whole number where the law
    needs it. Empty for an applicant without a number (nothing can be reused then).
    """
    if not id_number:
        return ""
    return hashlib.sha256(f"{ApplicantKind(kind).value}:{id_number.upper()}".encode()).hexdigest()


def key_for(kind: str, id_text: str) -> str:
    """The lookup key for what a clerk has typed so far; empty while the number is not valid yet."""
    try:
        k = ApplicantKind(kind)
        number = (
            validate_id_number(id_text).number if k is ApplicantKind.PERSON else validate_credit_code(id_text)
        )
    except (ValueError, InvalidValue):
        return ""
    return applicant_key(k, number)


def make_applicant(kind: str, name: str, id_number: str, phone: str) -> Applicant:
    """Validate what the clerk typed; raises InvalidValue naming the field to fix."""
    try:
        k = ApplicantKind(kind)
    except ValueError:
        raise InvalidValue("申请人类型只能是“个人”或“企业”", "申请人类型") from None
    if k is ApplicantKind.PERSON:
        clean_name = clean_person_name(name, "申请人姓名")
        number = validate_id_number(id_number).number if id_number.strip() else ""
    else:
        clean_name = clean_text(name, "企业名称", 200)
        if not id_number.strip():
            raise InvalidValue("企业申请人须填写统一社会信用代码", "统一社会信用代码")
        number = validate_credit_code(id_number)
    clean_phone = validate_phone(phone) if phone.strip() else ""
    return Applicant(k, clean_name, number, clean_phone)
