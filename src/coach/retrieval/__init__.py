"""Embeddings and (later) the Chroma index and hybrid search. No UI imports."""
