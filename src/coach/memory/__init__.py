"""Memory as values, and the reading interface search needs (the SQLite repository that implements it is `coach.store.memory`)."""
