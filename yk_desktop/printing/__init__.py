"""Documents as PDF with reportlab, and the one Code 128 encoder both reportlab and Qt draw; no Qt, no SQL."""
