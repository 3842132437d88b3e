"""yk-desktop: the window-side desktop system of 营口市政务服务中心."""

__version__ = "0.1.0"
