"""Use cases: plain functions over a unit of work that return plain values and raise typed errors."""
