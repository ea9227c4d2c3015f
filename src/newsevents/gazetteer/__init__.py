"""Gazetteers: where places and countries are, and how news names them (see ``countries``)."""

from .countries import CountryMatch, country_name, country_of, lookup

__all__ = ["CountryMatch", "country_of", "country_name", "lookup"]
