"""The Colis section (point relais): reception, hand-over, returns, drop-offs, the driver's
visit, the month's commission and the carriers' settings."""
