"""The Pipeline: components built from a config, run in order over each article."""

from __future__ import annotations

import time
from typing import Any, Iterable, Iterator

from ..article import Article
from ..doc import Doc
from ..errors import ConfigError
from ..record import Record
from ..registry import components as component_registry
from ..settings import load_config
from .base import Component

#: what a Doc has before any component ran
INITIAL = frozenset({"text", "date", "meta"})

#: bump when the output of the shipped components changes meaningfully; stored per document
PIPELINE_VERSION = "0.1.0"


class Pipeline:
    def __init__(self, config: dict[str, Any] | None = None, *, only: Iterable[str] | None = None):
        """Build the components named in ``config['pipeline']['components']``.

        ``only`` keeps just the named components (and drops the rest), e.g. the tokenise-only
        baseline of ``newsevents bench``.
        """
        self.config = config if config is not None else load_config()
        names = list(self.config.get("pipeline", {}).get("components", []))
        if only is not None:
            keep = set(only)
            names = [n for n in names if n in keep]
        self.components: list[tuple[str, Component]] = []
        available = set(INITIAL)
        for name in names:
            settings = dict(self.config.get("components", {}).get(name, {}))
            factory_name = settings.pop("factory", f"newsevents.{name}.v1")
            factory = component_registry.get(factory_name)
            comp = factory(settings)
            missing = [r for r in comp.requires if r not in available]
            if missing:
                raise ConfigError(
                    f"component {name!r} requires {', '.join(missing)}, which no earlier "
                    f"component assigns; check [pipeline] components order")
            available.update(comp.assigns)
            self.components.append((name, comp))
        self.timings: dict[str, float] = {name: 0.0 for name, _ in self.components}

    @property
    def names(self) -> list[str]:
        return [n for n, _ in self.components]

    def lexicon_version(self) -> str:
        """A fingerprint of the language data in use, stored with each document."""
        from ..lang import data_version
        return data_version()

    def analyse(self, article: Article) -> Doc:
        doc = Doc.from_article(article)
        for name, comp in self.components:
            if comp.languages is not None and doc.lang not in comp.languages:
                if doc.lang and f"language {doc.lang!r}" not in " ".join(doc.warnings):
                    doc.warnings.append(
                        f"language {doc.lang!r} is not supported: only language-independent "
                        f"stages ran")
                continue
            t0 = time.perf_counter()
            doc = comp(doc)
            self.timings[name] += time.perf_counter() - t0
        return doc

    def __call__(self, article: Article) -> Record:
        return self.analyse(article).to_record()

    def pipe(self, articles: Iterable[Article]) -> Iterator[Record]:
        for a in articles:
            yield self(a)
