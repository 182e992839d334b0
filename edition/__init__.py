"""The edition pipeline: load and validate → model → transform → render → export."""
