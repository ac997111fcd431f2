"""The Stock section (F3): stock list, reception, count, orders, losses, and the till's
date check (``till``)."""
