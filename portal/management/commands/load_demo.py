"""Load a believable small buying group, so that every screen has something
real to show. Each part of the portal adds its own share (`<app>/demo.py`).

Running it again keeps what is there.
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from home import demo as home_demo
from members import demo as members_demo
from shop import demo as shop_demo


class Command(BaseCommand):
    help = "Load the demonstration group (pages, accounts…); safe to run again."

    def handle(self, *args, **options):
        with transaction.atomic():
            home_demo.load()
            members_demo.load()
            shop_demo.load()
        self.stdout.write(
            self.style.SUCCESS(
                "Demonstration data ready. Logins: "
                f"{members_demo.MEMBER_EMAIL} (member), "
                f"{members_demo.MANAGER_EMAIL} (manager), "
                f"password {members_demo.DEMO_PASSWORD}"
            )
        )
