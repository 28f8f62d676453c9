"""Settings, URLs and wiring of the buying group's portal."""
