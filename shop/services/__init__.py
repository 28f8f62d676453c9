"""The shop's services: every change that touches several models, called
alike by views, the admin, tasks and commands."""
