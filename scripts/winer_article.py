#!/usr/bin/env python3
"""Turn a raw WiNER-fr text into an article file.

Development tool (not part of the package), for the blind sets of scripts/annotating.md:

    python scripts/winer_article.py RAW.txt WINER_PATH NUMBER OUTDIR

RAW.txt is a WiNER-fr file's text as stored (title line, blank line, text), WINER_PATH its path in
the corpus (2017/06/2017_06_26-001.txt), NUMBER the article's number, OUTDIR the blind set's folder.
Writes OUTDIR/NUMBER_slug.txt (title, source line, blank line, text with WiNER's spaces before
« , . ) » removed), prints its path and appends WINER_PATH to OUTDIR/../used.txt.
"""

import re
import sys
from pathlib import Path

raw, winer, number, outdir = sys.argv[1:5]
text = Path(raw).read_text(encoding="utf-8").strip("\n")
title, _, body = text.partition("\n")
title = title.strip()
body = body.strip("\n")
body = re.sub(r" +([.,)])", r"\1", body)
body = re.sub(r"\( +", "(", body)
words = re.findall(r"\w+", title.lower())[:4]
slug = "_".join(words)
url = "https://fr.wikinews.org/wiki/" + title.replace(" ", "_")
out = Path(outdir) / f"{number}_{slug}.txt"
out.write_text(
    f"{title}\nsource: {url} (French Wikinews, CC BY 2.5; text as in WiNER-fr {winer})\n\n{body}\n",
    encoding="utf-8",
)
with open(Path(outdir).parent / "used.txt", "a", encoding="utf-8") as f:
    f.write(winer + "\n")
print(out)
