"""Performance figures, each printed beside a baseline measured in the same run (never timed asserts)."""
