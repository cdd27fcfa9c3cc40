"""The legitimation dossier: one programme, as the municipality may see it, on paper and in Excel.

A professional takes it to the municipality, and from there it travels further (an
alderman, the council). So it is ALWAYS built as the outside view of the programme,
whoever asks for it: the municipality's viewer reads every part, which means consented
stories in their masked form only, reflections the professionals shared and without
their pseudonyms, and no number resting on fewer people than the threshold. The viewer
who asks only decides whether they may see the programme at all, and (inside the
organisation) for which funding municipality the dossier is made.

Every part comes from the same reads the pages use; nothing here queries the database.
"""

from impact_core.samen.dossier.content import Dossier, build, outside_viewer
from impact_core.samen.dossier.pdf import dossier_pdf
from impact_core.samen.dossier.xlsx import dossier_xlsx

__all__ = ["Dossier", "build", "dossier_pdf", "dossier_xlsx", "outside_viewer"]
