"""The conversation engine: state, coverage, the offline guide and the brief. No UI imports."""
