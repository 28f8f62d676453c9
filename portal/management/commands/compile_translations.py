"""Compile the project's .po files into .mo files without GNU gettext.

`make run` and `make test` call it, so a fresh machine needs only Python;
GNU gettext is needed only to extract new strings (`makemessages`).
"""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand


def catalogue_paths():
    """Every .po file of the project (not of installed packages)."""
    roots = [Path(path) for path in settings.LOCALE_PATHS]
    return sorted(path for root in roots for path in root.glob("*/LC_MESSAGES/*.po"))


class Command(BaseCommand):
    help = "Compile the project's translations (.po to .mo) with polib."

    def handle(self, *args, **options):
        for po_path in catalogue_paths():
            mo_path = po_path.with_suffix(".mo")
            polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
            if options["verbosity"] > 0:
                self.stdout.write(f"compiled {mo_path.relative_to(settings.BASE_DIR)}")
