"""Catalogue manager screens: products list, product form, categories, CSV import/export."""
