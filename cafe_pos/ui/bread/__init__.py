"""The bread deposit section (F4, "Dépôt de pain") of the main window."""
