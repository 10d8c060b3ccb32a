"""Theses above rules: a thesis holds pillars, each pillar conditions that confirm, weaken or
kill it; their states are computed from the alerts of the rules they name, never from a
condition of their own."""
