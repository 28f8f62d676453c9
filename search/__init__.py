"""Search over the site's public pages."""
