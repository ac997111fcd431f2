"""The counter sale screen: quick keys, scanning, the ticket, payment and refunds."""
