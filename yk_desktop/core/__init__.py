"""Pure rules of the hall — numbering, ordering, working days, validation, masking, clocks; no Qt, no SQL."""
