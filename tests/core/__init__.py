"""Tests of yk_desktop.core, the pure rules."""
