"""Meeting summaries: drafted from notes or a transcript (offline, or with a model whose
every item must quote the input), checked, accepted, and saved into memory."""
