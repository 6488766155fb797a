"""Names vulture cannot see used: called by a framework or set on another library's objects.

Read by ``vulture`` (configured in pyproject.toml, run by ``./dev.sh lint``); never imported.
Rule functions are registered by ``@rule`` and fixtures by ``@pytest.fixture``: the
configuration ignores those decorators instead of listing each function here.
"""

_ = object()

# python-docx: section and document properties the exporter sets.
_.page_height, _.page_width, _.left_margin, _.right_margin, _.bottom_margin, _.top_margin
_.different_first_page_header_footer
_.is_linked_to_previous
_.subject, _.last_modified_by, _.revision, _.created, _.modified

# requests: a session that ignores proxy settings (LanguageTool runs on this computer).
_.trust_env

# pdfminer calls the layout device's render_char with all of its arguments.
_.render_char
graphicstate
ncs

# Qt calls these overrides of its virtual methods.
_.canInsertFromMimeData
_.createMimeDataFromSelection
_.insertFromMimeData
_.intrinsicSize
_.drawObject
_.highlightBlock
_.mergeWith
_.closeEvent
_.dropEvent
_.paintEvent

# pytest calls its hooks and reads module-level marks; pytest-qt's qapp fixture is requested for its side effect.
pytest_collection_modifyitems
pytestmark
qapp

# The values Paragraph.list_style may take, named in the model for its readers.
LIST_STYLES

# A field of a library match, part of its record for the callers that show it.
_.paragraph_id

# The library's actions, kept on the window by name like the others.
_.search_action, _.insert_pre_action, _.insert_op_action

# http.server calls the request handler's methods; ThreadingHTTPServer reads daemon_threads.
_.log_message, _.do_GET, _.do_POST
_.daemon_threads

# Library hooks overridden by name: language-tool-python's request (and its retry count), requests'
# redirect target (and the response it is given), zlib's decompressor signature.
_._query_server, _.num_tries, _.get_redirect_target, _.resp, _.max_length

# spylls' Suggest calls its n-gram stage by name; Resolute's subclass overrides it.
_.ngram_suggestions
