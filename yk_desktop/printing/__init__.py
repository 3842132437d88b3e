"""Documents as PDF with reportlab, and the one Code 128 encoder both reportlab and Qt draw; no Qt, no SQL."""

from reportlab import rl_config

# Our PDFs are binary files on disk and in the archive; ASCII85 text encoding of page streams (reportlab's
# default, for 7-bit channels) makes them ~5 % bigger and ~8 % slower to build for nothing.
rl_config.useA85 = 0
