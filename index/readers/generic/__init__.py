"""The layout-free reader: any document's lines (`layout.Line`) → Meeting.

It knows no publishing system. Items are found from the document's own structure:

- **numbering that recurs and increases**: ``Punkt 3: title``, ``3. title``, ``3) title``,
  ``3<tab>title``, a number on a line of its own, or ``title (punkt 3)``; candidates are
  grouped by pattern and typography and the best chain of increasing numbers wins;
- **evidence** for each candidate: a known section heading (`index.sections`) or a
  case-number label soon after it, styled type (bold, larger, an HTML heading), and the
  table of contents when the document prints one;
- **guards**: a candidate is no item when its title starts in lower case (a numbered
  "at ..." list), is itself a section heading or a decision phrase, stands right after a
  decision heading (``Beslutning`` / ``Punkt 2: Godkendt.``), or opens a quotation.

Run-in headings ("Sagsfremstilling: text") are split before anything else. Meeting fields
come from the usual labels (Mødedato, Dato, Tidspunkt, Sted, Mødested, Deltagere,
Fraværende, Afbud); the udvalg is named as the body calls itself ("Kommunalbestyrelsens
møde" → "Kommunalbestyrelsen"). A document without a ``Referat``/``Dagsorden`` word
before its first item, or whose items carry no evidence, or that reads as an
association's minutes, is not minutes.

Items without any number are taken from headings set apart that a known section
heading or a case number follows, when the numbering yields fewer. `read_document` is
the PDF and text readers' entry: the known families' rules (`index.layout`) first, kept
when plausible, and the confidence of whichever reading stands (`confidence.assess`).

The modules, one concern each (each uses only modules above it in this list):

- `lines`: neighbouring lines with text, a line's type, titles normalised and compared;
- `numbers`: the patterns an item number is printed in, and their values;
- `cases`: case numbers, labelled, bare or in brackets;
- `status`: an item's open or closed status, a decision's short verdicts;
- `meeting`: the meeting's fields before the first item (kind, udvalg, date, place);
- `headings`: which lines are section headings, and how the document sets them;
- `typeset`: lines rewritten before reading (dashes, bracketed and underlined lines,
  titles broken inside their marker);
- `runin`: run-in headings split from their text;
- `toc`: the table of contents;
- `candidates`: every line that may open an item, with its title;
- `labelled`: items laid out as labelled fields, rewritten as ``Punkt N: title``;
- `titles`: how far an item's title runs;
- `preamble`: the lines above a title that belong to its item;
- `chains`: weighing the openings and choosing the chain of items;
- `unnumbered`: items without numbers;
- `sectioning`: an item's text split into sections;
- `items`: an item from its opening to the next;
- `protocol`: decisions collected after the items, each given to the item it numbers;
- `guards`: whether what was found is minutes;
- `reader`: `read_lines`, the generic reader's entry for lines;
- `document`: `read_document`, the PDF and text readers' entry (known families first).
"""

from referat.index.readers.generic.document import read_document
from referat.index.readers.generic.labelled import label_value_items
from referat.index.readers.generic.reader import Reading, parse_lines, read_lines
from referat.index.readers.generic.runin import split_run_in
from referat.index.readers.generic.toc import table_of_contents

__all__ = ["Reading", "label_value_items", "parse_lines", "read_document",
           "read_lines", "split_run_in", "table_of_contents"]
