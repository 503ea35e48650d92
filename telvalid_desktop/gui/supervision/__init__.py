"""The team lead's window: dossiers on hold, the team's workload, the dashboard, the users."""
