"""The Rapports section: today's figures, week and month charts, any report as PDF or print."""
