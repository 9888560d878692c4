"""Many years of one issuer: ``timeline`` (the only pandas importer), ``lineages``, ``rows``, ``pool``."""
