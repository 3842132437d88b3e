"""The Qt faces of the program: login, the mode windows (clerk, kiosk, display, manager) and their shell.

Widgets here only call services (through the worker pool in ``workers``) and show what comes back;
no SQL and no SQLAlchemy import, so every use case stays testable without a window (DESIGN.md §5).
"""
