"""The explorer: a static site of the published dataset (`kompass site`, `--site DIR`).

- `model`: the release's tables as small typed records (published reports only);
- `stats`: national figures (distributions, medians of the same framework and period);
- `svg`: the charts, as inline SVG with text alternatives;
- `search`: the prebuilt full-text index (Swedish and Norwegian Snowball stems);
- `themes`: recurring themes of the findings per framework and area (TF-IDF, k-means);
- `pages`: every page as an HTML string (pure: records in, strings out);
- `build`: reads a curated release and writes the site (the only module doing IO).
"""
