"""Ordering: producers, shelves and products; permanences with the offer they
freeze when orders open; the members' baskets and the order page."""
