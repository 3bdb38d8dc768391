"""Rehearsal: practise a difficult conversation against a counterpart played offline from a
persona file (or by a model), then a debrief with a scorecard."""
