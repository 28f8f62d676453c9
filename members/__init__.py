"""The group's people: accounts, the management team, the group's settings."""
