"""Function words of one language, read from ``lang/<lang>/syntax/``.

The clause analyser needs closed word classes (auxiliaries, modal forms, negation words,
subordinators, case-marked articles and pronouns...) that the tagger's tags do not fully give.
They are data, so a researcher can extend them without Python; this module only loads them
into one immutable bundle per language.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from ..lang import load_lines, load_tsv


@dataclass(frozen=True)
class Syntax:
    lang: str
    aux_builds: dict[str, frozenset[str]]
    modal_forms: dict[str, str]
    negation: frozenset[str]
    subordinators: dict[str, str]
    relative_pronouns: frozenset[str]
    agent_preps: frozenset[str]
    speech_verbs: frozenset[str]
    control_verbs: dict[str, tuple[str, bool]]
    verb_tags: dict[str, str]
    locative_preps: frozenset[str]
    deadline_preps: frozenset[str]
    person_pronouns: frozenset[str]
    first_person: frozenset[str]
    negation_exceptions: frozenset[str]
    parenthetical_markers: frozenset[str]
    quantity_prefixes: frozenset[tuple[str, str]]
    genitive_preps: frozenset[str]

    @property
    def passive_aux(self) -> frozenset[str]:
        """Lemmas of the auxiliary that builds the passive (werden; be, get)."""
        return frozenset(lemma for lemma, b in self.aux_builds.items() if "passive" in b)
    case_forms: dict[str, frozenset[str]] = field(default_factory=dict)
    reflexives: frozenset[str] = frozenset()
    #: past forms of the perfect auxiliaries ("hatte", "had"): they make a perfect a pluperfect
    past_auxiliaries: frozenset[str] = frozenset()
    #: English verbs whose mandative that-clause is asked for: lemma -> demand | appeal
    mandative: dict[str, str] = field(default_factory=dict)
    #: verbs of leaving a place: demanding them is an expulsion (CAMEO 166)
    departure_verbs: dict[str, frozenset[str]] = field(default_factory=dict)
    #: adjectives that close a clause as a separable particle ("stellte ... sicher"), German
    adjective_particles: frozenset[str] = frozenset()
    #: prepositions standing for an event noun's genitive ("die Festnahme von X"), German
    genitive_substitutes: frozenset[str] = frozenset()
    #: modal form -> modality in a clause reported by a past speech verb ("said it would"),
    #: English (the sequence of tenses backshifts "will" to "would")
    reported_modal: dict[str, str] = field(default_factory=dict)
    #: English verbs whose bare -ed form without an object is a headline passive ("killed in")
    reduced_passive: frozenset[str] = frozenset()
    #: verbs an adjective particle joins before a participle / infinitive ("machen"), German
    adjective_particle_hosts: frozenset[str] = frozenset()
    #: participles the tagger takes for particles ("hat sich ... bekannt"): form -> lemma, German
    particle_participles: dict[str, str] = field(default_factory=dict)

    def cases(self, word: str) -> frozenset[str] | None:
        """Cases a German article/pronoun form can mark; None when the word says nothing."""
        return self.case_forms.get(word) or self.case_forms.get(word.lower())


@functools.lru_cache(maxsize=None)
def load_syntax(lang: str) -> Syntax:
    """The function-word bundle of ``lang`` ("de" or "en"), cached (the data never changes)."""
    d = "syntax/"
    aux = {r["lemma"]: frozenset(x.strip() for x in r["builds"].split(","))
           for r in load_tsv(lang, d + "auxiliaries.tsv")}
    modal = {r["form"].lower(): r["modality"] for r in load_tsv(lang, d + "modal_forms.tsv")}
    subs = {r["word"].lower(): r["kind"] for r in load_tsv(lang, d + "subordinators.tsv")}
    control = {r["lemma"]: (r["kind"], r["object_control"] == "yes")
               for r in load_tsv(lang, d + "control_verbs.tsv")}
    cases: dict[str, frozenset[str]] = {}
    refl: frozenset[str] = frozenset()
    adj_parts: frozenset[str] = frozenset()
    gen_subst: frozenset[str] = frozenset()
    part_pp: dict[str, str] = {}
    adj_hosts: frozenset[str] = frozenset()
    if lang == "de":
        adj_hosts = frozenset(load_lines(lang, d + "adjective_particle_hosts.txt"))
        part_pp = {r["form"].lower(): r["lemma"]
                   for r in load_tsv(lang, d + "particle_participles.tsv")}
        gen_subst = frozenset(load_lines(lang, d + "genitive_substitutes.txt"))
        adj_parts = frozenset(load_lines(lang, d + "adjective_particles.txt"))
        cases = {r["form"]: frozenset(c.strip() for c in r["cases"].split(","))
                 for r in load_tsv(lang, d + "case_forms.tsv")}
        refl = frozenset(load_lines(lang, d + "reflexives.txt"))
    mandative = {r["lemma"]: r["mode"] for r in load_tsv(lang, d + "mandative_verbs.tsv")} \
        if lang == "en" else {}
    departure = {r["lemma"]: frozenset(w.strip() for w in r["not_with_object"].split(",")
                                       if w.strip() not in ("", "-"))
                 for r in load_tsv(lang, d + "departure_verbs.tsv")} if lang == "en" else {}
    return Syntax(
        lang=lang, aux_builds=aux, modal_forms=modal,
        negation=frozenset(w.lower() for w in load_lines(lang, d + "negation.txt")),
        subordinators=subs,
        relative_pronouns=frozenset(w.lower() for w in load_lines(lang, d + "relative_pronouns.txt")),
        agent_preps=frozenset(load_lines(lang, d + "agent_prepositions.txt")),
        speech_verbs=frozenset(load_lines(lang, d + "speech_verbs.txt")),
        control_verbs=control,
        locative_preps=frozenset(load_lines(lang, d + "locative_prepositions.txt")),
        deadline_preps=frozenset(load_lines(lang, d + "deadline_prepositions.txt")),
        person_pronouns=frozenset(load_lines(lang, d + "person_pronouns.txt")),
        first_person=frozenset(load_lines(lang, d + "first_person_pronouns.txt")),
        negation_exceptions=frozenset(load_lines(lang, d + "negation_exceptions.txt")),
        parenthetical_markers=frozenset(load_lines(lang, d + "parenthetical_markers.txt")),
        quantity_prefixes=frozenset(tuple(x.lower().split()[:2]) for x in
                                    load_lines(lang, d + "quantity_prefixes.txt")
                                    if len(x.split()) == 2),
        genitive_preps=frozenset(load_lines(lang, d + "genitive_prepositions.txt")),
        verb_tags={r["tag"]: r["class"] for r in load_tsv(lang, d + "verb_tags.tsv")},
        case_forms=cases, reflexives=refl, mandative=mandative,
        departure_verbs=departure, adjective_particles=adj_parts,
        genitive_substitutes=gen_subst, particle_participles=part_pp,
        adjective_particle_hosts=adj_hosts,
        reported_modal={r["form"].lower(): r["reported"] for r in load_tsv(lang, d + "modal_forms.tsv")
                        if r.get("reported", "-") not in ("", "-")},
        reduced_passive=frozenset(load_lines(lang, d + "reduced_passive_verbs.txt"))
        if lang == "en" else frozenset(),
        past_auxiliaries=frozenset(w.lower() for w in load_lines(lang, d + "past_auxiliaries.txt")),
    )


@functools.lru_cache(maxsize=None)
def intent_codes() -> dict[tuple[str, str], str]:
    """(mode, CAMEO code of the announced event) -> CAMEO code to emit (03x intent, 13x threat)."""
    return {(r["mode"], r["code"]): r["result"]
            for r in load_tsv("common", "syntax/intent_codes.tsv")}
