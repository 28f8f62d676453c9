"""Ordering: producers, shelves, products, permanences, baskets and invoices.

TODO(#4): the catalogue and the order page.
"""
