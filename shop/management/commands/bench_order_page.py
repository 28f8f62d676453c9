"""Measure the order page on a large group's workload.

The workload is built through the project's own services: 300 members, 40
producers, 1,500 products on offer, 25 basket lines per member. Then one
member's order page is fetched, and quantities are changed, through Django's
test client (server time only: no network, no browser), counting SQL queries.

Run it with `make bench`; docs/performance.md keeps the latest figures.
"""

import random
import statistics
import time
from decimal import Decimal

from django.core.management.base import BaseCommand
from django.db import connection, reset_queries
from django.test import Client
from django.test.utils import CaptureQueriesContext

from members.models import Member
from shop.models import OfferItem, Permanence, Producer, Product, Shelf, Unit
from shop.services.ordering import set_quantity
from shop.services.permanences import open_orders

MEMBERS, PRODUCERS, PRODUCTS, LINES = 300, 40, 1500, 25
PAGE_RUNS, CHANGE_RUNS = 10, 200


def _percentile(values, percent):
    return sorted(values)[int(len(values) * percent / 100)]


class Command(BaseCommand):
    help = "Build a large group's workload and time the order page."

    def handle(self, *args, **options):
        random.seed(2027)
        started = time.perf_counter()
        permanence, members = self.build()
        self.stdout.write(f"workload built in {time.perf_counter() - started:.0f} s")

        client = Client()
        member = members[0]
        client.force_login(member)
        url = f"/permanence/{permanence.pk}/"

        client.get(url)  # warm up
        page_times = []
        for _run in range(PAGE_RUNS):
            with CaptureQueriesContext(connection) as queries:
                begin = time.perf_counter()
                response = client.get(url)
                page_times.append(time.perf_counter() - begin)
        assert response.status_code == 200
        page_queries = len(queries)
        static = [
            "/static/css/portal.css",
            "/static/js/portal.js",
            "/static/js/order.js",
        ]

        items = list(
            OfferItem.objects.filter(permanence=permanence).values_list("pk", "minimum")
        )
        change_times, change_queries = [], []
        for _run in range(CHANGE_RUNS):
            pk, minimum = random.choice(items)
            quantity = random.choice([Decimal(0), minimum])
            with CaptureQueriesContext(connection) as queries:
                begin = time.perf_counter()
                client.post(
                    url + "quantity/",
                    {"item": pk, "quantity": str(quantity)},
                    HTTP_ACCEPT="application/json",
                )
                change_times.append(time.perf_counter() - begin)
            change_queries.append(len(queries))

        self.stdout.write(
            "\n".join(
                [
                    f"database: {connection.vendor}",
                    f"order page: {len(response.content) // 1024} KiB of HTML, "
                    f"{page_queries} queries, median "
                    f"{statistics.median(page_times) * 1000:.0f} ms, "
                    f"max {max(page_times) * 1000:.0f} ms over {PAGE_RUNS} runs "
                    f"(+ {len(static)} static files, served without Django in "
                    "production)",
                    f"quantity change: at most {max(change_queries)} queries, "
                    f"median {statistics.median(change_times) * 1000:.1f} ms, "
                    f"p95 {_percentile(change_times, 95) * 1000:.1f} ms "
                    f"over {CHANGE_RUNS} changes",
                ]
            )
        )
        reset_queries()

    def build(self):
        """The workload, made through the services a real group uses."""
        shelves = [
            Shelf.objects.create(name=f"Rayon {n}", sort_order=n) for n in range(8)
        ]
        producers = [
            Producer.objects.create(
                name=f"Producteur {n}", price_coefficient=Decimal("1.1")
            )
            for n in range(PRODUCERS)
        ]
        units = [Unit.PIECE, Unit.KILOGRAM, Unit.PIECE_BY_WEIGHT]
        products = []
        for n in range(PRODUCTS):
            unit = units[n % 3]
            products.append(
                Product(
                    producer=producers[n % PRODUCERS],
                    shelf=shelves[n % len(shelves)],
                    name=f"Produit {n:04d}",
                    unit=unit,
                    average_weight=Decimal("0.8")
                    if unit == Unit.PIECE_BY_WEIGHT
                    else None,
                    producer_price=Decimal(random.randint(50, 2500)) / 100,
                    minimum=Decimal("0.5") if unit == Unit.KILOGRAM else Decimal(1),
                    step=Decimal("0.5") if unit == Unit.KILOGRAM else Decimal(1),
                    maximum=Decimal(10),
                    deposit=Decimal("0.30") if n % 10 == 0 else Decimal(0),
                    stock=Decimal(500) if n % 7 == 0 else None,
                )
            )
        Product.objects.bulk_create(products)
        members = [
            Member.objects.create_user(
                email=f"membre{n}@example.org", basket_name=f"Panier {n}"
            )
            for n in range(MEMBERS)
        ]
        permanence = Permanence.objects.create(date="2027-03-25")
        permanence.producers.set(producers)
        open_orders(permanence)
        items = list(permanence.offer_items.values_list("pk", "minimum"))
        for member in members:
            for pk, minimum in random.sample(items, LINES):
                set_quantity(member, pk, minimum)
        return permanence, members
