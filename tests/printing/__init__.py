"""Tests of yk_desktop.printing: fonts, the Code 128 encoder and escaping, checked on real PDFs."""
