package io.github.verbatim.index.store;

/** Names of the Lucene fields and document types of the store; shared by its writer and reader. */
final class StoreFields {

    static final String TYPE = "type";
    static final String ARTICLE = "article";
    static final String ATTRIBUTION = "attribution";
    static final String STATEMENT = "statement";
    static final String SPEAKER = "speaker";

    /** Article key; on the article and on each of its attributions (the delete/update unit). */
    static final String ARTICLE_KEY = "article_key";
    /** Article key, on article documents only (the set of stored articles). */
    static final String STORED_ARTICLE = "stored_article";
    static final String ID = "id";
    static final String DOC = "doc";
    static final String TITLE = "title";
    static final String URL = "url";
    static final String OUTLET = "outlet";
    static final String OUTLET_KEY = "outlet_key";
    static final String PUBLISHED = "published";
    static final String PUBLISHED_DAY = "published_day";
    static final String LANGUAGE = "language";
    static final String TEXT = "text";
    static final String ARTICLE_TEXT = "article_text";
    static final String RESULT_JSON = "result_json";
    static final String ATTRIBUTION_JSON = "attribution_json";
    static final String KIND = "kind";
    static final String SPEAKER_NAME = "speaker_name";
    /** On attributions: the article-local speaker's observation id ({@code articleKey#e1}). */
    static final String SPEAKER_KEY = "speaker_key";
    /** On attributions: the folded speaker name. */
    static final String SPEAKER_NAME_KEY = "speaker_name_key";
    /** Stored only, on speakers: folded names all of whose observations the speaker holds. */
    static final String OWNED_NAME = "owned_name";
    static final String CUE_TEXT = "cue_text";
    static final String SOURCE_TEXT = "source_text";
    static final String MEMBER = "member";
    /** Stored only, on speaker documents: the observation ids merged into the speaker. */
    static final String OBSERVATION = "observation";
    static final String ALIAS_KEY = "alias_key";
    /** Indexed only, on speakers: every observation id merged into it (finds an article-local speaker's speaker). */
    static final String SPEAKER_OBSERVATION = "speaker_observation";
    static final String STATEMENTS = "statements";
    static final String JSON = "json";
    /** Doc values on attribution documents, for facet counts: raw outlet, speaker name, kind. */
    static final String FACET_OUTLET = "facet_outlet";
    static final String FACET_SPEAKER = "facet_speaker";
    static final String FACET_KIND = "facet_kind";

    /** Commit user-data key: whether statements and speakers reflect every stored article. */
    static final String AGGREGATES = "aggregates";
    static final String CURRENT = "current";
    static final String STALE = "stale";

    private StoreFields() {
    }
}
