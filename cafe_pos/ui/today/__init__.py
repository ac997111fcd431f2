"""The "Aujourd'hui" section: where a manager starts the day."""
