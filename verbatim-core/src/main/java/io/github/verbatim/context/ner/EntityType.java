package io.github.verbatim.context.ner;

import java.util.Locale;

/**
 * The four named-entity types Verbatim tags, in the CoNLL tradition.
 *
 * <p>Mapping from Stanford CoreNLP's labels (the silver training data): PERSON → {@link #PER};
 * ORGANIZATION → {@link #ORG}; LOCATION, CITY, STATE_OR_PROVINCE, COUNTRY → {@link #LOC}; NATIONALITY,
 * MISC, RELIGION, IDEOLOGY, CRIMINAL_CHARGE, CAUSE_OF_DEATH, TITLE-less named things → {@link #MISC}.
 * Numeric and temporal labels (DATE, TIME, DURATION, SET, NUMBER, ORDINAL, MONEY, PERCENT), TITLE, EMAIL,
 * URL and HANDLE are not entities here and map to nothing ({@link #fromCoreNlp} returns null).
 */
public enum EntityType {
    /** A person. */
    PER,
    /** An organisation: company, party, agency, team, outlet. */
    ORG,
    /** A location: country, city, region, geographic feature, venue. */
    LOC,
    /** Any other name: nationalities, events, works, religions, ideologies. */
    MISC;

    /** The type for a CoreNLP NER label, or null when the label is not a named-entity type here. */
    public static EntityType fromCoreNlp(String label) {
        switch (label.toUpperCase(Locale.ROOT)) {
            case "PERSON":
                return PER;
            case "ORGANIZATION":
                return ORG;
            case "LOCATION": case "CITY": case "STATE_OR_PROVINCE": case "COUNTRY":
                return LOC;
            case "NATIONALITY": case "MISC": case "RELIGION": case "IDEOLOGY": case "CRIMINAL_CHARGE":
            case "CAUSE_OF_DEATH":
                return MISC;
            default:
                return null;
        }
    }
}
