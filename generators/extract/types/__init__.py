"""One module per fact type, named as the type: each exposes `extract(doc, offset, ctx) -> list[Fact]`."""
