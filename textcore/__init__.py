"""Bottom layer: text grammars shared by parsers/ and normalizers/ (imports nothing of ours)."""
