"""One module per condition kind."""
