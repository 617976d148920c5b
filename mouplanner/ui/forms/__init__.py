"""Record forms: one dialog class driven by per-entity field specs."""
