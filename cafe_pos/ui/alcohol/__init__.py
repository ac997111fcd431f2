"""Responsible-sale prompts and settings as standalone Qt widgets.

The sale and tab screens plug ``ResponsibleSaleGuards`` (``guards.py``) into their
``guards=`` hook; they may also place a ``DrunkRefusalButton`` and a ``SamButton`` and
show a ``ReminderToast`` after a round goes on a tab. Réglages gets the
``ResponsibleSettingsPage`` through ``entry.LazyResponsibleSettingsPage`` (built when
first opened). Rules live in
``cafe_pos.services.alcohol``, ``alcohol_config`` and ``promotions``; these widgets only ask
and show.
"""
