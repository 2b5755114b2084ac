"""Turn a folder of raw news articles into a searchable, browsable MkDocs archive."""
