"""Event coding: who did what to whom, coded CAMEO/PLOVER (lexicons in ``lexicon.py``)."""
