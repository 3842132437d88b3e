"""Tamper-evident audit trail: each entry's hash covers its content and the previous entry's hash.

Chains are per terminal; the head row (``AuditHead``) is advanced by an UPDATE in the same
transaction, which serialises writers of one chain on PostgreSQL and under SQLite's write lock.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import UTC
from typing import cast

from sqlalchemy import Table, bindparam, insert, select, update

from yk_desktop.core.ids import new_id
from yk_desktop.services.runtime import UnitOfWork
from yk_desktop.store.insert_or_ignore import insert_or_ignore
from yk_desktop.store.models import AuditEntry, AuditHead

# Rows written outside any registered terminal (first seed, CLI before registration) share this chain.
NO_TERMINAL = uuid.UUID(int=0)


def _digest(prev: str, entry: AuditEntry) -> str:
    payload = json.dumps(
        [
            prev,
            str(entry.id),
            str(entry.chain_id),
            entry.chain_seq,
            str(entry.hall_id) if entry.hall_id else None,
            str(entry.origin_terminal_id) if entry.origin_terminal_id else None,
            entry.hlc,
            entry.at.astimezone(UTC).isoformat(),  # SQLite hands times back in UTC
            str(entry.actor_id) if entry.actor_id else None,
            entry.action,
            entry.entity,
            str(entry.entity_id) if entry.entity_id else None,
            entry.detail,
        ],
        ensure_ascii=False,
        sort_keys=True,
        default=str,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


# Built once: the audit entry is written on every call and issue (hot path, see queue.call_next).
_ADVANCE_KNOWN_HEAD = (
    update(cast(Table, AuditHead.__table__))
    .where(
        AuditHead.chain_id == bindparam("chain"),
        AuditHead.seq == bindparam("old_seq"),
        AuditHead.hash == bindparam("old_hash"),
    )
    .values(seq=bindparam("new_seq"), hash=bindparam("new_hash"))
)
_ENTRIES = cast(Table, AuditEntry.__table__)
_ADD_ENTRY = insert(_ENTRIES)
# PostgreSQL: advance the known head and insert the entry in one statement; no row is inserted when
# the head had moved, which the slow path then handles.
_ADD_ENTRY_IF_HEAD_KNOWN = (
    insert(_ENTRIES)
    .from_select(
        [c.key for c in _ENTRIES.columns],
        select(*[bindparam(f"e_{c.key}", type_=c.type) for c in _ENTRIES.columns]).select_from(
            _ADVANCE_KNOWN_HEAD.returning(AuditHead.chain_id).cte("advanced")
        ),
    )
    .execution_options(preserve_rowcount=True)
)  # SQLAlchemy reports -1 for INSERT … SELECT otherwise


def record(
    uow: UnitOfWork,
    action: str,
    entity: str,
    entity_id: uuid.UUID | None,
    *,
    actor_id: uuid.UUID | None = None,
    detail: dict[str, object] | None = None,
    hall_id: uuid.UUID | None = None,
) -> AuditEntry:
    """Append one entry to this terminal's chain, inside the caller's transaction.

    The fast path trusts this process's memory of its chain head and advances it with one
    conditional UPDATE; when another writer moved the head (or a transaction of ours rolled back),
    the condition fails and the slow path reads the head under its row lock.
    """
    session = uow.session
    chain_id = uow.runtime.terminal_id or NO_TERMINAL
    entry = AuditEntry(
        id=new_id(),
        hall_id=hall_id or uow.runtime.hall_id,
        origin_terminal_id=uow.runtime.terminal_id,
        hlc=uow.stamp(),
        chain_id=chain_id,
        at=uow.now(),
        actor_id=actor_id,
        action=action,
        entity=entity,
        entity_id=entity_id,
        detail=detail or {},
    )
    heads = uow.runtime.audit_heads
    known = heads.get(chain_id)
    if known is not None:
        _link(entry, known[0] + 1, known[1])
        advance = {
            "chain": chain_id,
            "old_seq": known[0],
            "old_hash": known[1],
            "new_seq": entry.chain_seq,
            "new_hash": entry.hash,
        }
        conn = session.connection()
        if uow.is_postgres:
            values = {f"e_{c.key}": getattr(entry, c.key) for c in _ENTRIES.columns}
            if conn.execute(_ADD_ENTRY_IF_HEAD_KNOWN, {**advance, **values}).rowcount == 1:
                heads[chain_id] = (entry.chain_seq, entry.hash)
                return entry
        elif conn.execute(_ADVANCE_KNOWN_HEAD, advance).rowcount == 1:
            return _insert(uow, entry, heads)
    # A new chain's head row may be created by two writers at once: insert-or-ignore, then advance
    # it under its row lock (the UPDATE), which every writer of the chain takes in turn.
    insert_or_ignore(session, AuditHead, {"chain_id": chain_id, "seq": 0, "hash": ""}, ["chain_id"])
    head = session.execute(
        update(AuditHead)
        .where(AuditHead.chain_id == chain_id)
        .values(seq=AuditHead.seq + 1)
        .returning(AuditHead.seq, AuditHead.hash)
        .execution_options(synchronize_session=False)
    ).one()
    _link(entry, head.seq, head.hash)
    session.execute(
        update(AuditHead)
        .where(AuditHead.chain_id == chain_id)
        .values(hash=entry.hash)
        .execution_options(synchronize_session=False)
    )
    return _insert(uow, entry, heads)


def _link(entry: AuditEntry, seq: int, prev: str) -> None:
    entry.chain_seq, entry.prev_hash = seq, prev
    entry.hash = _digest(prev, entry)


def _insert(uow: UnitOfWork, entry: AuditEntry, heads: dict[uuid.UUID, tuple[int, str]]) -> AuditEntry:
    # A Core INSERT: the ORM's flush machinery costs more than the statement on this hot path.
    columns = {c.key: getattr(entry, c.key) for c in AuditEntry.__table__.columns}
    uow.session.connection().execute(_ADD_ENTRY, columns)
    heads[entry.chain_id] = (entry.chain_seq, entry.hash)
    return entry


@dataclass(frozen=True)
class ChainCheck:
    chain_id: uuid.UUID
    entries: int
    intact: bool
    first_bad_seq: int | None
    message: str


def verify_chain(uow: UnitOfWork, chain_id: uuid.UUID) -> ChainCheck:
    """Recompute every link; the first entry whose content or order was altered is reported."""
    with uow.reading():
        rows = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.chain_id == chain_id).order_by(AuditEntry.chain_seq)
        ).all()
        head = uow.session.get(AuditHead, chain_id)
        prev = ""
        for expected_seq, entry in enumerate(rows, start=1):
            if (
                entry.chain_seq != expected_seq
                or entry.prev_hash != prev
                or _digest(prev, entry) != entry.hash
            ):
                message = f"审计记录第 {expected_seq} 条被改动或缺失。"
                return ChainCheck(chain_id, len(rows), False, expected_seq, message)
            prev = entry.hash
        # The head remembers the last link: entries cut off the end of the chain show up here.
        head_seq, head_hash = (head.seq, head.hash) if head else (0, "")
        if head_seq != len(rows) or head_hash != prev:
            message = f"审计链末尾缺少记录：应有 {head_seq} 条，现存 {len(rows)} 条。"
            return ChainCheck(chain_id, len(rows), False, len(rows) + 1, message)
        return ChainCheck(chain_id, len(rows), True, None, f"审计链完整，共 {len(rows)} 条。")


def verify_all(uow: UnitOfWork) -> list[ChainCheck]:
    """Every chain in the database (one per terminal), for ``yk-desktop audit verify``."""
    with uow.reading():
        chains = list(uow.session.scalars(select(AuditHead.chain_id).order_by(AuditHead.chain_id)))
    return [verify_chain(uow.runtime.uow(), chain) for chain in chains]
