"""The words the engine's code writes into rule messages (a rule's ``{why}``, ``{problem}``),
marked for translation without Qt: ``Words.tr("…")`` is looked up in the interface's catalogue
under the context "Words" (pyside6-lupdate reads the context from this name: keep it so), and
its own placeholders are filled after translation."""

from composer.i18n import Context

Words = Context("Words")

# A report's notes (what was not checked and why), in the interface's language.
NoteWords = Context("NoteWords")
