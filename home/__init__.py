"""The group's public pages, written by its editors in the Wagtail admin."""
