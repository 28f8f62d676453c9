"""What other parts of the portal may hook into (the permanence's mails,
for one). Each is sent once the transition's transaction has committed."""

from django.dispatch import Signal

# sender=Permanence, permanence=…, by=the member who acted (or None)
orders_opened = Signal()
orders_closed = Signal()
permanence_cancelled = Signal()
