"""Test support helpers: a throwaway PostgreSQL server for tests and benchmarks."""
