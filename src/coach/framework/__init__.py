"""The question framework: models, loading and routing. No UI imports."""
