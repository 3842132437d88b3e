"""Extra windows for tests that need many windows calling at once (the demo hall has a handful)."""

from __future__ import annotations

from sqlalchemy import func, select

from yk_desktop.services.runtime import Runtime
from yk_desktop.store.models import Category, Window, WindowCategory


def add_windows(runtime: Runtime, count: int, weights: dict[str, int]) -> list[int]:
    """Add ``count`` windows serving the given category prefixes with the given weights; their numbers."""
    with runtime.uow() as uow:
        session = uow.session
        hall_id = runtime.hall_id
        assert hall_id is not None
        first = (session.scalar(select(func.max(Window.number)).where(Window.hall_id == hall_id)) or 0) + 1
        categories = {
            c.prefix: c for c in session.scalars(select(Category).where(Category.hall_id == hall_id))
        }
        numbers = list(range(first, first + count))
        for number in numbers:
            window = Window(hall_id=hall_id, number=number, name=f"测试窗口{number}")
            session.add(window)
            session.flush()
            for prefix, weight in weights.items():
                session.add(
                    WindowCategory(
                        hall_id=hall_id, window_id=window.id, category_id=categories[prefix].id, weight=weight
                    )
                )
        uow.commit()
    return numbers
